/**
 * The Interaction fields a mapping fills, in the order the mapping screen lists them, and how
 * each may be sourced (see mappingDefinitionSchema in core).
 */
type FieldKind =
  /** a column only */
  | 'column'
  /** a column or one of a fixed list of values (channel, direction) */
  | 'enum'
  /** a column or a constant text (activity, vendor, site) */
  | 'text'
  /** a column, or a date column and a time column */
  | 'dateTime';

export interface MappedField {
  readonly key: MappingFieldKey;
  readonly kind: FieldKind;
  /** the mapping is refused without it */
  readonly required: boolean;
}

export const MAPPING_FIELD_KEYS = [
  'id',
  'offeredAt',
  'disposition',
  'answeredAt',
  'endedAt',
  'waitSeconds',
  'talkSeconds',
  'holdSeconds',
  'wrapUpSeconds',
  'agent',
  'customerId',
  'activity',
  'vendor',
  'site',
  'channel',
  'direction',
  'outcomes',
] as const;
export type MappingFieldKey = (typeof MAPPING_FIELD_KEYS)[number];

const KINDS: Readonly<Partial<Record<MappingFieldKey, FieldKind>>> = {
  offeredAt: 'dateTime',
  answeredAt: 'dateTime',
  endedAt: 'dateTime',
  activity: 'text',
  vendor: 'text',
  site: 'text',
  channel: 'enum',
  direction: 'enum',
};

export const MAPPING_FIELDS: readonly MappedField[] = MAPPING_FIELD_KEYS.map((key) => ({
  key,
  kind: KINDS[key] ?? 'column',
  // the disposition may be left out when the answer time tells answered calls: checked apart
  required: key === 'id' || key === 'offeredAt',
}));
