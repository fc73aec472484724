import { Badge, Group } from '@mantine/core';
import type { ObjectiveProgress } from '@vigie/core';
import { useTranslation } from 'react-i18next';

/** Significant change, target met, achieved: each said, yes or no. */
export function ObjectiveBadges({ progress }: { readonly progress: ObjectiveProgress }) {
  const { t } = useTranslation();
  const badges = [
    {
      key: 'significant',
      on: progress.significant,
      yes: t('cycles.badges.significant'),
      no: t('cycles.badges.notSignificant'),
    },
    {
      key: 'target',
      on: progress.meetsTarget,
      yes: t('cycles.badges.targetMet'),
      no: t('cycles.badges.targetMissed'),
    },
    {
      key: 'achieved',
      on: progress.achieved,
      yes: t('cycles.badges.achieved'),
      no: t('cycles.badges.notAchieved'),
    },
  ];
  return (
    <Group gap={4}>
      {badges.map((b) => (
        <Badge
          key={b.key}
          size="sm"
          variant={b.on ? 'light' : 'outline'}
          color={b.on ? (b.key === 'achieved' ? 'teal' : 'blue') : 'gray'}
          data-testid={`badge-${b.key}`}
          data-on={b.on}
          tt="none"
        >
          {b.on ? b.yes : b.no}
        </Badge>
      ))}
    </Group>
  );
}
