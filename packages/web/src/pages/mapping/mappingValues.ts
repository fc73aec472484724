import type {
  Disposition,
  DurationFormat,
  MappingDefinition,
  MappingDefinitionInput,
  RecordFormat,
  TimestampFormat,
} from '@vigie/core';
import { MAPPING_FIELD_KEYS, type MappingFieldKey } from './mappingFields';

/**
 * Where one field comes from, as the screen edits it. `pick` is the value of the field's select:
 * '' (not mapped), `column:<name>`, `constant:<value>` (a channel or a direction), 'text' (a
 * constant typed in `text`) or 'split' (a date column and a time column).
 */
export interface FieldChoice {
  pick: string;
  text: string;
  dateColumn: string | null;
  timeColumn: string | null;
}

/** One value of the source's disposition column and the disposition it means. */
export interface DispositionChoice {
  source: string;
  disposition: Disposition | null;
}

/** The parts of a definition the screen does not edit, kept as they are when a mapping is edited. */
type KeptParts = Pick<
  MappingDefinitionInput,
  'outcomeValues' | 'channelValues' | 'directionValues' | 'offeredWhen'
>;

export interface MappingValues {
  name: string;
  format: RecordFormat;
  /** CSV only */
  delimiter: string | null;
  fields: Record<MappingFieldKey, FieldChoice>;
  timestampFormat: TimestampFormat;
  timeZone: string;
  durationFormat: DurationFormat;
  /** a list rather than a record: source values may hold dots, which form paths would split */
  dispositionValues: DispositionChoice[];
  kept: KeptParts;
}

export const columnPick = (column: string) => `column:${column}`;
export const constantPick = (value: string) => `constant:${value}`;

/** The column a pick names, or null. */
export function pickedColumn(pick: string): string | null {
  return pick.startsWith('column:') ? pick.slice('column:'.length) : null;
}

const emptyChoice = (): FieldChoice => ({ pick: '', text: '', dateColumn: null, timeColumn: null });

export function emptyValues(): MappingValues {
  return {
    name: '',
    format: 'csv',
    delimiter: null,
    fields: Object.fromEntries(MAPPING_FIELD_KEYS.map((k) => [k, emptyChoice()])) as Record<
      MappingFieldKey,
      FieldChoice
    >,
    timestampFormat: 'iso',
    timeZone: 'Europe/Paris',
    durationFormat: 'seconds',
    dispositionValues: [],
    kept: {},
  };
}

type Source = NonNullable<MappingDefinition['fields'][MappingFieldKey]>;

function toChoice(source: Source | undefined, constantIsText: boolean): FieldChoice {
  const choice = emptyChoice();
  if (!source) return choice;
  if ('column' in source) choice.pick = columnPick(source.column);
  else if ('constant' in source) {
    if (constantIsText) {
      choice.pick = 'text';
      choice.text = source.constant;
    } else choice.pick = constantPick(source.constant);
  } else {
    choice.pick = 'split';
    choice.dateColumn = source.dateColumn;
    choice.timeColumn = source.timeColumn;
  }
  return choice;
}

/** A saved definition, as the screen edits it. */
export function fromDefinition(def: MappingDefinition): MappingValues {
  const fields = emptyValues().fields;
  for (const key of MAPPING_FIELD_KEYS) {
    fields[key] = toChoice(def.fields[key], key === 'activity' || key === 'vendor' || key === 'site');
  }
  return {
    name: def.name,
    format: def.format,
    delimiter: def.delimiter ?? null,
    fields,
    timestampFormat: def.timestampFormat,
    timeZone: def.timeZone,
    durationFormat: def.durationFormat,
    dispositionValues: Object.entries(def.dispositionValues).map(([source, disposition]) => ({
      source,
      disposition,
    })),
    kept: {
      outcomeValues: def.outcomeValues,
      channelValues: def.channelValues,
      directionValues: def.directionValues,
      offeredWhen: def.offeredWhen,
    },
  };
}

function toSource(choice: FieldChoice): Record<string, string> | undefined {
  const column = pickedColumn(choice.pick);
  if (column !== null) return { column };
  if (choice.pick.startsWith('constant:')) return { constant: choice.pick.slice('constant:'.length) };
  // an empty text or a missing column is left for the schema to refuse, beside the field
  if (choice.pick === 'text') return { constant: choice.text };
  if (choice.pick === 'split')
    return { dateColumn: choice.dateColumn ?? '', timeColumn: choice.timeColumn ?? '' };
  return undefined;
}

/**
 * The definition the values describe, still unchecked: core's mappingDefinitionSchema decides
 * whether it holds, with the same messages the server would give.
 */
export function toCandidate(values: MappingValues): unknown {
  const fields: Record<string, Record<string, string>> = {};
  for (const key of MAPPING_FIELD_KEYS) {
    const source = toSource(values.fields[key]);
    if (source) fields[key] = source;
  }
  return {
    ...values.kept,
    name: values.name.trim(),
    format: values.format,
    ...(values.format === 'csv' && values.delimiter ? { delimiter: values.delimiter } : {}),
    fields,
    timestampFormat: values.timestampFormat,
    timeZone: values.timeZone.trim(),
    durationFormat: values.durationFormat,
    dispositionValues: Object.fromEntries(
      values.dispositionValues.flatMap((d) => (d.disposition ? [[d.source, d.disposition]] : [])),
    ),
  };
}
