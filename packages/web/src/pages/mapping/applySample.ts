import type { MappingSample } from '../../api/mapping-profiles';
import { distinctValues, withSourceValues } from './dispositionValues';
import { guessColumns } from './guessColumns';
import { guessDurationFormat, guessTimestampFormat } from './guessFormats';
import { MAPPING_FIELD_KEYS } from './mappingFields';
import { columnPick, type MappingValues, pickedColumn } from './mappingValues';

/** The values of a column in the sample, or none when the field is not mapped to a column. */
function columnValues(
  values: MappingValues,
  sample: MappingSample,
  field: keyof MappingValues['fields'],
): string[] {
  const column = pickedColumn(values.fields[field].pick);
  return column === null ? [] : sample.records.map((r) => r[column] ?? '');
}

/**
 * The mapping once a sample is read. The file's layout always follows the sample; a new
 * mapping (`guess`) also gets the obvious columns of the fields still unmapped, the formats
 * its values are written in and, if empty, a name from the file. The values the sample shows
 * in the disposition column are added to the disposition rows.
 */
export function applySample(
  values: MappingValues,
  sample: MappingSample,
  fileName: string,
  guess: boolean,
): MappingValues {
  const next: MappingValues = {
    ...values,
    format: sample.format,
    delimiter: sample.format === 'csv' ? (sample.delimiter ?? values.delimiter) : null,
    fields: { ...values.fields },
  };
  if (guess) {
    const guessed = guessColumns(sample.columns);
    for (const key of MAPPING_FIELD_KEYS) {
      const column = guessed[key];
      if (column !== undefined && next.fields[key].pick === '') {
        next.fields[key] = { ...next.fields[key], pick: columnPick(column) };
      }
    }
    next.timestampFormat =
      guessTimestampFormat(columnValues(next, sample, 'offeredAt')) ?? next.timestampFormat;
    next.durationFormat =
      guessDurationFormat([
        ...columnValues(next, sample, 'waitSeconds'),
        ...columnValues(next, sample, 'talkSeconds'),
      ]) ?? next.durationFormat;
    if (next.name.trim() === '') next.name = fileName.replace(/\.[^.]+$/, '');
  }
  const dispositionColumn = pickedColumn(next.fields.disposition.pick);
  if (dispositionColumn !== null) {
    next.dispositionValues = withSourceValues(
      next.dispositionValues,
      distinctValues(sample.records, dispositionColumn),
    );
  }
  return next;
}
