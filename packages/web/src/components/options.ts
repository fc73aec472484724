import type { TFunction } from 'i18next';
import { compareText } from '../format';

export type EnumGroup =
  | 'channel'
  | 'direction'
  | 'shore'
  | 'vendorStatus'
  | 'role'
  | 'auditAction'
  | 'entity';

/** The translated name of an enum value, e.g. ('channel', 'web_callback') → 'Rappel web'. */
export function enumLabel(t: TFunction, group: EnumGroup, value: string): string {
  return t(`enums.${group}.${value}`, { defaultValue: value });
}

/** Select / MultiSelect data for an enum, in its declared order. */
export function enumOptions(t: TFunction, group: EnumGroup, values: readonly string[]) {
  return values.map((value) => ({ value, label: enumLabel(t, group, value) }));
}

/** Select data for named records (vendors, activities…), sorted by name. */
export function nameOptions(items: readonly { readonly id: string; readonly name: string }[]) {
  return items.map((i) => ({ value: i.id, label: i.name })).sort((a, b) => compareText(a.label, b.label));
}
