import { Badge, Box, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Hit } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { ReportedRule } from '../../../api/analysis';
import { formatClock } from '../shared/figures';
import type { MarkStyle } from '../shared/HighlightedText';
import { PolarityMark } from '../shared/PolarityMark';

interface HitsPanelProps {
  readonly hits: readonly Hit[];
  readonly rules: readonly ReportedRule[];
  readonly styleOf: (ruleId: string) => MarkStyle;
  readonly focusRuleId: string | null;
  readonly onHit: (hit: Hit) => void;
}

/** What the call's hits say, rule by rule in the library's order; each hit leads to its turn. */
export function HitsPanel({ hits, rules, styleOf, focusRuleId, onHit }: HitsPanelProps) {
  const { t } = useTranslation();
  const groups = rules
    .map((rule) => ({ rule, hits: hits.filter((h) => h.ruleId === rule.id) }))
    .filter((g) => g.hits.length > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="call-hits-title" data-testid="call-hits">
      <Title order={2} size="h4" mb="sm" id="call-hits-title">
        {t('analysis.call.hitsTitle', { count: hits.length })}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analysis.call.noHits')}
        </Text>
      ) : (
        <Stack gap="md">
          {groups.map(({ rule, hits: ruleHits }) => {
            const { label, color } = styleOf(rule.id);
            return (
              <Box
                key={rule.id}
                data-rule-group={rule.id}
                style={{
                  borderLeft: `4px solid var(--mantine-color-${color}-5)`,
                  background: focusRuleId === rule.id ? `var(--mantine-color-${color}-0)` : undefined,
                }}
                pl="xs"
              >
                <Group gap={6} wrap="nowrap" mb={4}>
                  <PolarityMark polarity={rule.polarity} />
                  <Text size="sm" fw={600} style={{ flex: 1 }}>
                    {label}
                  </Text>
                  <Badge size="sm" variant="light" color={color}>
                    {ruleHits.length}
                  </Badge>
                </Group>
                <Stack gap={2}>
                  {ruleHits.map((hit) => {
                    const words = hit.spans.map((s) => s.text).join(' … ');
                    return (
                      <UnstyledButton
                        key={`${hit.start}-${hit.end}`}
                        onClick={() => onHit(hit)}
                        px={4}
                        py={2}
                        style={{ borderRadius: 4 }}
                      >
                        <Text size="xs" span ff="monospace" c="dimmed" mr={6}>
                          {formatClock(hit.start)}
                        </Text>
                        <Text size="xs" span>
                          {words ? t('analysis.quote', { text: words }) : t('analysis.call.noWords')}
                        </Text>
                      </UnstyledButton>
                    );
                  })}
                </Stack>
              </Box>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
