import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { TargetKpi } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { RowTarget } from '../../../api/kpi';
import { formatNumber } from '../../../format';
import { type FigureKind, formatFigure, NO_FIGURE } from './kpiFormat';
import { TargetBadge } from './TargetBadge';

interface FigureCellProps {
  readonly kind: FigureKind;
  readonly value: number | null | undefined;
  /** sample size, for survey figures */
  readonly n?: number | undefined;
  readonly targetKpi?: TargetKpi | undefined;
  readonly target?: RowTarget | undefined;
  /** opens the contacts behind the figure */
  readonly onDrill?: (() => void) | undefined;
}

/** A figure in a table: right-aligned, its n below when sampled, and its met/missed badge. */
export function FigureCell({ kind, value, n, targetKpi, target, onDrill }: FigureCellProps) {
  const { t } = useTranslation();
  const text = formatFigure(kind, value);
  const figure =
    text === NO_FIGURE ? (
      <Text span c="dimmed" title={t('dashboards.noFigure')}>
        {text}
      </Text>
    ) : onDrill ? (
      <Anchor component="button" type="button" onClick={onDrill} title={t('dashboards.drill.open')} fz="sm">
        {text}
      </Anchor>
    ) : (
      <Text span size="sm">
        {text}
      </Text>
    );
  return (
    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
      <Stack gap={2} align="flex-end">
        {figure}
        {n !== undefined ? (
          <Text size="xs" c="dimmed">
            {t('dashboards.sample', { n: formatNumber(n, 0) })}
          </Text>
        ) : null}
        {targetKpi ? <TargetBadge kpi={targetKpi} target={target} /> : null}
      </Stack>
    </Table.Td>
  );
}
