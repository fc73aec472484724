import { Select } from '@mantine/core';
import type { SearchParamFilter } from '../hooks/useSearchParamFilter';
import { nameOptions } from './options';

interface NameFilterProps {
  readonly label: string;
  /** what the empty filter reads, e.g. "All vendors" */
  readonly placeholder: string;
  readonly items: readonly { readonly id: string; readonly name: string }[];
  readonly filter: SearchParamFilter;
  /** in pixels, from the small breakpoint up; full width below */
  readonly width: number;
}

/** Narrows a list to one named record (a vendor, an activity); clearing it shows all again. */
export function NameFilter({ label, placeholder, items, filter, width }: NameFilterProps) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={nameOptions(items)}
      value={filter.value}
      clearable
      searchable
      w={{ base: '100%', sm: width }}
      onChange={filter.set}
    />
  );
}
