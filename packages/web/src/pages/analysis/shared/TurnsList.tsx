import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { Turn } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from './figures';
import { HighlightedText, type MarkStyle } from './HighlightedText';
import type { MarkSpan } from './highlight';

const SPEAKER_COLOR = { agent: 'indigo', customer: 'orange', system: 'gray' } as const;

interface TurnsListProps {
  readonly turns: readonly Turn[];
  readonly spans: ReadonlyMap<number, readonly MarkSpan[]>;
  readonly styleOf: (ruleId: string) => MarkStyle;
  readonly focusRuleId?: string | null;
  /** the turn just jumped to, outlined */
  readonly activeTurn?: number | null;
  /** prefix of the turns' element ids (`${idPrefix}-${index}`), to scroll to them */
  readonly idPrefix: string;
  /** only these turns (the others are left out); all when absent */
  readonly only?: ReadonlySet<number>;
}

/** The call's turns in order: when, who, and what was said with the hits marked. */
export function TurnsList({
  turns,
  spans,
  styleOf,
  focusRuleId,
  activeTurn,
  idPrefix,
  only,
}: TurnsListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {turns.map((turn, index) => {
        if (only && !only.has(index)) return null;
        const color = SPEAKER_COLOR[turn.speaker];
        return (
          <Box
            component="li"
            // biome-ignore lint/suspicious/noArrayIndexKey: a turn is its place in the call
            key={index}
            id={`${idPrefix}-${index}`}
            data-turn={index}
            tabIndex={-1}
            pl="sm"
            py={4}
            style={{
              borderLeft: `3px solid var(--mantine-color-${color}-5)`,
              marginLeft: turn.speaker === 'customer' ? 'var(--mantine-spacing-xl)' : 0,
              outline: activeTurn === index ? '2px solid var(--mantine-color-blue-5)' : undefined,
              outlineOffset: 2,
              borderRadius: 2,
              scrollMarginTop: 80,
            }}
          >
            <Group gap="xs" mb={2}>
              <Badge size="xs" variant="light" color={color}>
                {t(`analysis.speakers.${turn.speaker}`)}
              </Badge>
              <Text size="xs" c="dimmed" ff="monospace">
                {formatClock(turn.start)} – {formatClock(turn.end)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <HighlightedText
                text={turn.text}
                spans={spans.get(index) ?? []}
                styleOf={styleOf}
                focusRuleId={focusRuleId ?? null}
              />
            </Text>
          </Box>
        );
      })}
    </Stack>
  );
}
