import { Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { CoachingTheme } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../analysis/shared/labels';

/**
 * The six coaching themes in their order, the vendor's achieved ones ticked and its next focus
 * marked: one theme at a time, the next once progress is measured.
 */
export function ThemeTrack({
  achieved,
  nextFocus,
  inProgress,
}: {
  readonly achieved: readonly CoachingTheme[];
  readonly nextFocus: CoachingTheme | null;
  /** a cycle is in progress: the next focus is the theme being worked on */
  readonly inProgress: boolean;
}) {
  const { t } = useTranslation();
  const focusName = inProgress ? t('cycles.list.currentFocus') : t('cycles.list.nextFocus');
  const done = new Set(achieved);
  const label = (theme: CoachingTheme) => t(`analysis.themes.${theme}`);
  return (
    <Stack gap={6}>
      <Group gap="lg">
        <Text size="sm" data-testid="achieved-themes">
          <Text span fw={600} inherit>
            {t('cycles.list.achieved')}
          </Text>{' '}
          {achieved.length > 0 ? achieved.map(label).join(', ') : t('cycles.list.noneAchieved')}
        </Text>
        <Text size="sm" data-testid="next-focus">
          <Text span fw={600} inherit>
            {focusName}
          </Text>{' '}
          {nextFocus ? label(nextFocus) : t('cycles.list.allAchieved')}
        </Text>
      </Group>
      <Group
        component="ol"
        gap={6}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('cycles.list.track')}
      >
        {THEMES.map((theme) => {
          const isDone = done.has(theme);
          const isFocus = theme === nextFocus;
          return (
            <li key={theme} data-theme={theme}>
              <Badge
                size="sm"
                radius="sm"
                variant={isFocus ? 'filled' : isDone ? 'light' : 'outline'}
                color={isFocus ? 'blue' : isDone ? 'teal' : 'gray'}
                leftSection={isDone ? <IconCheck size={12} aria-hidden /> : null}
                tt="none"
              >
                {label(theme)}
                {isDone || isFocus ? (
                  <VisuallyHidden>{` (${isDone ? t('cycles.state.achieved') : focusName})`}</VisuallyHidden>
                ) : null}
              </Badge>
            </li>
          );
        })}
      </Group>
    </Stack>
  );
}
