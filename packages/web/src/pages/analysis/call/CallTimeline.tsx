import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { Hit, Silence, Turn } from '@vigie/core';
import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatSeconds } from '../shared/figures';
import type { MarkStyle } from '../shared/HighlightedText';

interface CallTimelineProps {
  readonly turns: readonly Turn[];
  readonly silences: readonly Silence[];
  readonly hits: readonly Hit[];
  readonly durationSeconds: number;
  readonly styleOf: (ruleId: string) => MarkStyle;
  readonly focusRuleId: string | null;
  readonly onHit: (hit: Hit) => void;
}

const LABEL = 92;
const LANE = 18;
const GAP = 8;
const AXIS = 22;

function tickStep(duration: number): number {
  for (const step of [10, 15, 30, 60, 120, 300, 600]) if (duration / step <= 12) return step;
  return 1200;
}

/**
 * The call over time: one lane of turn bars per speaker, the silences, and the hits of the
 * library as marks one can click (or reach with the keyboard) to read the turn.
 */
export function CallTimeline({
  turns,
  silences,
  hits,
  durationSeconds,
  styleOf,
  focusRuleId,
  onHit,
}: CallTimelineProps) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const titleId = useId();
  const duration = Math.max(durationSeconds, turns.at(-1)?.end ?? 0, 1);
  const plot = Math.max(100, width - LABEL - 8);
  const x = (seconds: number) => LABEL + (Math.min(seconds, duration) / duration) * plot;
  const w = (start: number, end: number) => Math.max(1.5, x(end) - x(start));
  const hasSystem = turns.some((turn) => turn.speaker === 'system');
  const lanes = [
    { key: 'agent', label: t('analysis.speakers.agent') },
    { key: 'customer', label: t('analysis.speakers.customer') },
    ...(hasSystem ? [{ key: 'system', label: t('analysis.speakers.system') }] : []),
    { key: 'silence', label: t('analysis.call.silences') },
    { key: 'hits', label: t('analysis.call.hitsLane') },
  ];
  const y = (key: string) => 4 + lanes.findIndex((l) => l.key === key) * (LANE + GAP);
  const height = 4 + lanes.length * (LANE + GAP) + AXIS;
  const step = tickStep(duration);
  const ticks: number[] = [];
  for (let s = 0; s <= duration; s += step) ticks.push(s);
  const keyed = (hit: Hit) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onHit(hit);
    }
  };
  const color = { agent: 'indigo', customer: 'orange', system: 'gray' } as const;

  return (
    <Box ref={ref} data-testid="call-timeline">
      {width > 0 ? (
        <svg width={width} height={height} aria-labelledby={titleId}>
          <title id={titleId}>{t('analysis.call.timeline')}</title>
          {lanes.map((lane) => (
            <g key={lane.key}>
              <text x={0} y={y(lane.key) + LANE - 5} fontSize={12} fill="var(--mantine-color-dimmed)">
                {lane.label}
              </text>
              <rect x={LABEL} y={y(lane.key)} width={plot} height={LANE} fill="var(--mantine-color-gray-0)" />
            </g>
          ))}
          {ticks.map((s) => (
            <g key={s}>
              <line
                x1={x(s)}
                x2={x(s)}
                y1={4}
                y2={height - AXIS + 2}
                stroke="var(--mantine-color-gray-3)"
                strokeDasharray="2 3"
              />
              <text
                x={x(s)}
                y={height - 6}
                fontSize={11}
                textAnchor="middle"
                fill="var(--mantine-color-dimmed)"
              >
                {formatClock(s)}
              </text>
            </g>
          ))}
          {turns.map((turn, i) => (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: a turn is its place in the call
              key={i}
              x={x(turn.start)}
              y={y(turn.speaker)}
              width={w(turn.start, turn.end)}
              height={LANE}
              fill={`var(--mantine-color-${color[turn.speaker]}-${turn.speaker === 'system' ? 3 : 5})`}
              data-speaker={turn.speaker}
            >
              <title>{`${formatClock(turn.start)} ${turn.text.slice(0, 120)}`}</title>
            </rect>
          ))}
          {silences.map((s) => (
            <rect
              key={s.start}
              x={x(s.start)}
              y={y('silence')}
              width={w(s.start, s.end)}
              height={LANE}
              fill="var(--mantine-color-gray-5)"
              fillOpacity={0.55}
              data-testid="timeline-silence"
            >
              <title>
                {t('analysis.call.silenceAt', {
                  at: formatClock(s.start),
                  seconds: formatSeconds(s.seconds),
                })}
              </title>
            </rect>
          ))}
          {hits.map((hit, i) => {
            const { label, color: c } = styleOf(hit.ruleId);
            const focused = focusRuleId === hit.ruleId;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>
              <g
                // biome-ignore lint/suspicious/noArrayIndexKey: hits are in time order and do not move
                key={i}
                role="button"
                tabIndex={0}
                aria-label={`${formatClock(hit.start)} ${label}`}
                onClick={() => onHit(hit)}
                onKeyDown={keyed(hit)}
                style={{ cursor: 'pointer' }}
                data-rule-id={hit.ruleId}
              >
                <title>{`${formatClock(hit.start)} ${label}`}</title>
                <rect
                  x={x(hit.start)}
                  y={y('hits') + (focused ? 0 : 3)}
                  width={Math.max(4, x(hit.end) - x(hit.start))}
                  height={focused ? LANE : LANE - 6}
                  fill={`var(--mantine-color-${c}-${focused ? 7 : 5})`}
                  rx={2}
                />
              </g>
            );
          })}
        </svg>
      ) : null}
    </Box>
  );
}
