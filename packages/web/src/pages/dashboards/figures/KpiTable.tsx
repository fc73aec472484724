import { Anchor, Group, Stack, Table } from '@mantine/core';
import type { ContactClass, TargetKpi } from '@vigie/core';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiRow, Period } from '../../../api/kpi';
import { SortableTh } from '../../../components/SortableTh';
import { ExportMenu } from '../../../export/ExportMenu';
import { compareText } from '../../../format';
import { useSort } from '../../../hooks/useSort';
import { FigureCell } from './FigureCell';
import { kpiExportTable } from './kpiExport';
import type { FigureKind } from './kpiFormat';

/** One figure column of a KPI table, and of its export. */
export interface KpiColumn {
  readonly id: string;
  readonly header: string;
  readonly kind: FigureKind;
  readonly value: (row: KpiRow) => number | null;
  /** survey figures: their sample size, shown below and exported in a column of its own */
  readonly n?: (row: KpiRow) => number;
  readonly nHeader?: string;
  /** the KPI whose target badge the figure carries */
  readonly targetKpi?: TargetKpi;
  /** the figure opens its contacts: those of this class, or all of them */
  readonly drill?: ContactClass | 'all';
}

/** The first column: what a row is (a vendor, a site, an agent). */
export interface RowLabel {
  readonly header: string;
  readonly text: (row: KpiRow) => string;
  /** the row's own page, if it has one */
  readonly href?: (row: KpiRow) => string | undefined;
  /** what the name opens instead when it has no page (the row's contacts) */
  readonly onOpen?: (row: KpiRow) => void;
}

interface KpiTableProps {
  /** names the export (file and sheet) */
  readonly title: string;
  readonly period: Period | null;
  readonly caption: string;
  /** left of the export button: a search box… */
  readonly filters?: ReactNode;
  readonly rows: readonly KpiRow[];
  readonly rowKey: (row: KpiRow) => string;
  readonly label: RowLabel;
  readonly columns: readonly KpiColumn[];
  /** the contacts behind a figure; figures are plain text without it */
  readonly onDrill?: (row: KpiRow, drill: ContactClass | 'all') => void;
  /** false for a row whose contacts no filter can find (e.g. those without a site) */
  readonly canDrill?: (row: KpiRow) => boolean;
  /** below this width (px) the table scrolls sideways */
  readonly minWidth: number;
  readonly defaultSort?: string;
}

const LABEL_KEY = 'label';

/**
 * Figures per vendor, site or agent: sortable by any column (a missing figure counts as the
 * lowest), and exported as sorted.
 */
export function KpiTable({
  title,
  period,
  caption,
  filters,
  rows,
  rowKey,
  label,
  columns,
  onDrill,
  canDrill = () => true,
  minWidth,
  defaultSort = LABEL_KEY,
}: KpiTableProps) {
  const { t } = useTranslation();
  const compare = useCallback(
    (key: string, a: KpiRow, b: KpiRow) => {
      const column = columns.find((c) => c.id === key);
      if (!column) return compareText(label.text(a), label.text(b));
      const [x, y] = [column.value(a), column.value(b)];
      if (x === y) return compareText(label.text(a), label.text(b));
      return (x ?? Number.NEGATIVE_INFINITY) - (y ?? Number.NEGATIVE_INFINITY);
    },
    [columns, label],
  );
  const { sorted, sort, toggle } = useSort<KpiRow, string>(
    rows,
    { key: defaultSort, order: defaultSort === LABEL_KEY ? 'asc' : 'desc' },
    compare,
  );
  return (
    <Stack gap="xs">
      <Group justify={filters ? 'space-between' : 'flex-end'} align="flex-end" gap="sm">
        {filters}
        <ExportMenu
          name={title}
          period={period}
          disabled={sorted.length === 0}
          table={() => kpiExportTable(title, label, columns, sorted)}
        />
      </Group>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table>
          <Table.Caption ta="left">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <SortableTh
                label={label.header}
                active={sort.key === LABEL_KEY}
                order={sort.order}
                onSort={() => toggle(LABEL_KEY)}
              />
              {columns.map((c) => (
                <SortableTh
                  key={c.id}
                  label={c.header}
                  active={sort.key === c.id}
                  order={sort.order}
                  onSort={() => toggle(c.id)}
                />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => {
              const name = label.text(row);
              const href = label.href?.(row);
              return (
                <Table.Tr key={rowKey(row)}>
                  <Table.Th scope="row" fw={600}>
                    {href ? (
                      <Anchor component={Link} to={href} fw={600} fz="sm">
                        {name}
                      </Anchor>
                    ) : label.onOpen ? (
                      <Anchor
                        component="button"
                        type="button"
                        fw={600}
                        fz="sm"
                        onClick={() => label.onOpen?.(row)}
                        title={t('dashboards.drill.open')}
                      >
                        {name}
                      </Anchor>
                    ) : (
                      name
                    )}
                  </Table.Th>
                  {columns.map((c) => (
                    <FigureCell
                      key={c.id}
                      kind={c.kind}
                      value={c.value(row)}
                      n={c.n?.(row)}
                      targetKpi={c.targetKpi}
                      target={c.targetKpi ? row.targets?.[c.targetKpi] : undefined}
                      onDrill={
                        c.drill && onDrill && canDrill(row) ? () => onDrill(row, c.drill ?? 'all') : undefined
                      }
                    />
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
