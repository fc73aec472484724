import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DURATION_FORMATS, MAPPING_DELIMITERS, RECORD_FORMATS, TIMESTAMP_FORMATS } from '@vigie/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingValues } from './mappingValues';

/** Translation keys of the formats, whose values hold ':' and '/' (which i18next keys cannot). */
const TIMESTAMP_KEYS: Readonly<Record<(typeof TIMESTAMP_FORMATS)[number], string>> = {
  iso: 'iso',
  'YYYY-MM-DD HH:mm:ss': 'ymd',
  'DD/MM/YYYY HH:mm:ss': 'dmy',
  'MM/DD/YYYY HH:mm:ss': 'mdy',
  'epoch-seconds': 'epoch',
};
const DURATION_KEYS: Readonly<Record<(typeof DURATION_FORMATS)[number], string>> = {
  seconds: 'seconds',
  'hh:mm:ss': 'hms',
  milliseconds: 'milliseconds',
};
const DELIMITER_KEYS: Readonly<Record<(typeof MAPPING_DELIMITERS)[number], string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'bar',
};

/** The zones this browser knows, for the time-zone select. */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Paris', 'UTC'];
  }
}

/** How the file is laid out and how it writes date-times and durations. */
export function FormatOptions({ form }: { readonly form: UseFormReturnType<MappingValues> }) {
  const { t } = useTranslation();
  const zones = useMemo(timeZones, []);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('mapping.format.file')}
        data={RECORD_FORMATS.map((f) => ({ value: f, label: t(`mapping.format.files.${f}`) }))}
        allowDeselect={false}
        {...form.getInputProps('format')}
      />
      {form.values.format === 'csv' ? (
        <Select
          label={t('mapping.format.delimiter')}
          description={t('mapping.format.delimiterHelp')}
          data={MAPPING_DELIMITERS.map((d) => ({
            value: d,
            label: t(`mapping.format.delimiters.${DELIMITER_KEYS[d]}`),
          }))}
          clearable
          placeholder={t('mapping.format.delimiters.comma')}
          {...form.getInputProps('delimiter')}
        />
      ) : (
        <div />
      )}
      <Select
        label={t('mapping.format.timestamp')}
        description={t('mapping.format.timestampHelp')}
        data={TIMESTAMP_FORMATS.map((f) => ({
          value: f,
          label: t(`mapping.format.timestamps.${TIMESTAMP_KEYS[f]}`),
        }))}
        allowDeselect={false}
        {...form.getInputProps('timestampFormat')}
      />
      <Select
        label={t('mapping.format.timeZone')}
        description={t('mapping.format.timeZoneHelp')}
        data={zones}
        searchable
        allowDeselect={false}
        {...form.getInputProps('timeZone')}
      />
      <Select
        label={t('mapping.format.duration')}
        description={t('mapping.format.durationHelp')}
        data={DURATION_FORMATS.map((f) => ({
          value: f,
          label: t(`mapping.format.durations.${DURATION_KEYS[f]}`),
        }))}
        allowDeselect={false}
        {...form.getInputProps('durationFormat')}
      />
    </SimpleGrid>
  );
}
