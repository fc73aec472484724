import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { Proportion } from '@vigie/core';
import { formatPercent } from '../../../format';
import { formatShare } from '../shared/figures';

export interface IntervalRow {
  readonly key: string;
  readonly label: string;
  readonly share: Proportion;
}

interface IntervalBarsProps {
  readonly rows: readonly IntervalRow[];
  /** what the chart shows, for screen readers (the table beside it holds the same figures) */
  readonly label: string;
  readonly color: string;
}

const LABEL = 170;
const VALUE = 64;
const ROW = 24;
const AXIS = 20;

/** One bar per group with its 95 % interval as a whisker: how sure each share is, at a glance. */
export function IntervalBars({ rows, label, color }: IntervalBarsProps) {
  const { ref, width } = useElementSize();
  const plot = Math.max(80, width - LABEL - VALUE);
  const x = (v: number) => LABEL + Math.max(0, Math.min(1, v)) * plot;
  const height = rows.length * ROW + AXIS;
  return (
    <Box ref={ref} component="figure" m={0} aria-label={label}>
      {width > 0 ? (
        <svg width={width} height={height} aria-hidden="true">
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <g key={v}>
              <line
                x1={x(v)}
                x2={x(v)}
                y1={0}
                y2={height - AXIS}
                stroke="var(--mantine-color-gray-3)"
                strokeDasharray="2 3"
              />
              <text
                x={x(v)}
                y={height - 6}
                fontSize={11}
                textAnchor="middle"
                fill="var(--mantine-color-dimmed)"
              >
                {formatPercent(v, 0)}
              </text>
            </g>
          ))}
          {rows.map((row, i) => {
            const y = i * ROW;
            const mid = y + ROW / 2;
            const value = row.share.value;
            const interval = row.share.interval;
            return (
              <g key={row.key}>
                <text x={LABEL - 8} y={mid + 4} fontSize={12} textAnchor="end" fill="currentColor">
                  {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
                </text>
                {value !== null ? (
                  <rect
                    x={x(0)}
                    y={y + 5}
                    width={x(value) - x(0)}
                    height={ROW - 10}
                    fill={`var(--mantine-color-${color}-3)`}
                  />
                ) : null}
                {interval ? (
                  <g stroke={`var(--mantine-color-${color}-9)`} strokeWidth={1.5}>
                    <line x1={x(interval.low)} x2={x(interval.high)} y1={mid} y2={mid} />
                    <line x1={x(interval.low)} x2={x(interval.low)} y1={mid - 5} y2={mid + 5} />
                    <line x1={x(interval.high)} x2={x(interval.high)} y1={mid - 5} y2={mid + 5} />
                  </g>
                ) : null}
                <text x={LABEL + plot + 6} y={mid + 4} fontSize={12} fill="currentColor">
                  {formatShare(value)}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
    </Box>
  );
}
