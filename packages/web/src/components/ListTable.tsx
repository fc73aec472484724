import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Sorting } from '../hooks/useSort';
import { ActionsTh } from './ActionsTh';
import { RowActions } from './RowActions';
import { SortableTh } from './SortableTh';

export interface ListColumn<K extends string> {
  readonly label: string;
  /** absent when the column does not sort */
  readonly sortKey?: K;
}

interface ListTableProps<T extends { readonly id: string; readonly name: string }, K extends string> {
  /** the search box, and any other filter beside it */
  readonly filters: ReactNode;
  /** the rows the filters leave, sorted */
  readonly sorting: Sorting<T, K>;
  /** shown instead of the table when the filters leave nothing */
  readonly noMatch: string;
  /** counts the rows shown, e.g. "12 vendors" */
  readonly caption: string;
  /** below this width (px) the table scrolls sideways */
  readonly minWidth: number;
  readonly columns: readonly ListColumn<K>[];
  /** a row's cells, one per column; the actions cell follows */
  readonly cells: (row: T) => ReactNode;
  /** a row's edit page; undefined when the user may not edit */
  readonly editTo: ((row: T) => string) | undefined;
  /** undefined when the user may not delete */
  readonly onDelete: ((row: T) => void) | undefined;
}

/** A searchable, sortable table of named records, each row ending with its edit and delete actions. */
export function ListTable<T extends { readonly id: string; readonly name: string }, K extends string>({
  filters,
  sorting: { sorted, sort, toggle },
  noMatch,
  caption,
  minWidth,
  columns,
  cells,
  editTo,
  onDelete,
}: ListTableProps<T, K>) {
  return (
    <Stack gap="md">
      {filters}
      {sorted.length === 0 ? (
        <Text c="dimmed">{noMatch}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table>
            <Table.Caption ta="left">{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map(({ label, sortKey }) =>
                  sortKey ? (
                    <SortableTh
                      key={label}
                      label={label}
                      active={sort.key === sortKey}
                      order={sort.order}
                      onSort={() => toggle(sortKey)}
                    />
                  ) : (
                    <Table.Th key={label}>{label}</Table.Th>
                  ),
                )}
                <ActionsTh />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => (
                <Table.Tr key={row.id}>
                  {cells(row)}
                  <Table.Td>
                    <RowActions
                      itemName={row.name}
                      editTo={editTo?.(row)}
                      onDelete={onDelete ? () => onDelete(row) : undefined}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
