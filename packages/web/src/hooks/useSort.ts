import { useMemo, useState } from 'react';

export type SortOrder = 'asc' | 'desc';

export interface SortState<K extends string> {
  readonly key: K;
  readonly order: SortOrder;
}

export interface Sorting<T, K extends string> {
  readonly sorted: readonly T[];
  readonly sort: SortState<K>;
  /** sorts by this column, or reverses the order if it already does */
  readonly toggle: (key: K) => void;
}

/** Client-side sorting of a table: click a column to sort by it, again to reverse. */
export function useSort<T, K extends string>(
  rows: readonly T[],
  initial: SortState<K>,
  compare: (key: K, a: T, b: T) => number,
): Sorting<T, K> {
  const [sort, setSort] = useState<SortState<K>>(initial);
  const sorted = useMemo(() => {
    const factor = sort.order === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compare(sort.key, a, b));
  }, [rows, sort, compare]);
  const toggle = (key: K) =>
    setSort((s) =>
      s.key === key ? { key, order: s.order === 'asc' ? 'desc' : 'asc' } : { key, order: 'asc' },
    );
  return { sorted, sort, toggle };
}
