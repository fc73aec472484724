import { Badge, Code, Group, Paper, Stack, Text } from '@mantine/core';
import type { LibraryRule } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/labels';

/** What the rule looks for: its description, theme, polarity, cost and its text in the rule language. */
export function RuleCard({ rule, lang }: { readonly rule: LibraryRule; readonly lang: Lang }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={t('analysis.practice.ruleTitle')}
      data-testid="rule-card"
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`analysis.kinds.${rule.kind}`)}
          </Badge>
          {rule.theme ? <Badge variant="light">{t(`analysis.themes.${rule.theme}`)}</Badge> : null}
          {rule.polarity ? (
            <Badge variant="light" color={rule.polarity === 'good' ? 'teal' : 'red'}>
              {t(`analysis.polarity.${rule.polarity}`)}
            </Badge>
          ) : null}
          {rule.kind === 'practice' ? (
            <Badge variant="outline" color="gray">
              {t(`analysis.cost.${rule.cost ?? 'none'}`)}
            </Badge>
          ) : null}
        </Group>
        {rule.description ? <Text size="sm">{rule.description[lang]}</Text> : null}
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('analysis.practice.ruleText', { id: rule.id })}
        </Text>
        <Code block data-testid="rule-text" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {rule.rule}
        </Code>
      </Stack>
    </Paper>
  );
}
