import { Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { CHANNELS, DIRECTIONS } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../components/options';
import type { MappedField } from './mappingFields';
import { columnPick, constantPick, type FieldChoice, pickedColumn } from './mappingValues';

interface FieldSourceInputProps {
  readonly field: MappedField;
  readonly choice: FieldChoice;
  readonly columns: readonly string[];
  /** the first sample record, to show what the chosen column holds */
  readonly example: Readonly<Record<string, string>> | null;
  readonly error: string | undefined;
  readonly onChange: (choice: FieldChoice) => void;
}

/** Where one Interaction field comes from: a column of the file, or a fixed value. */
export function FieldSourceInput({
  field,
  choice,
  columns,
  example,
  error,
  onChange,
}: FieldSourceInputProps) {
  const { t } = useTranslation();
  const label = t(`mapping.fields.${field.key}`);
  const columnOptions = columns.map((c) => ({ value: columnPick(c), label: c }));
  const data = [{ group: t('mapping.source.columns'), items: columnOptions }];
  if (field.kind === 'enum') {
    const group = field.key === 'channel' ? 'channel' : 'direction';
    const values = field.key === 'channel' ? CHANNELS : DIRECTIONS;
    data.push({
      group: t('mapping.source.fixed'),
      items: values.map((v) => ({ value: constantPick(v), label: enumLabel(t, group, v) })),
    });
  }
  if (field.kind === 'text') {
    data.push({
      group: t('mapping.source.fixed'),
      items: [{ value: 'text', label: t('mapping.source.text') }],
    });
  }
  if (field.kind === 'dateTime') {
    data.push({
      group: t('mapping.source.other'),
      items: [{ value: 'split', label: t('mapping.source.split') }],
    });
  }
  const column = pickedColumn(choice.pick);
  const sampleValue = column !== null ? example?.[column] : undefined;
  const set = (patch: Partial<FieldChoice>) => onChange({ ...choice, ...patch });

  return (
    <Stack gap={4}>
      <Select
        label={label}
        description={t(`mapping.help.${field.key}`)}
        required={field.required}
        placeholder={t('mapping.source.none')}
        data={data}
        value={choice.pick || null}
        onChange={(pick) => set({ pick: pick ?? '' })}
        clearable={!field.required}
        allowDeselect={false}
        searchable
        error={choice.pick === 'text' || choice.pick === 'split' ? undefined : error}
      />
      {choice.pick === 'text' ? (
        <TextInput
          label={t('mapping.source.textLabel', { field: label })}
          value={choice.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          error={error}
        />
      ) : null}
      {choice.pick === 'split' ? (
        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('mapping.source.dateColumn', { field: label })}
            data={[...columns]}
            value={choice.dateColumn}
            onChange={(dateColumn) => set({ dateColumn })}
            searchable
            error={error && !choice.dateColumn ? error : undefined}
          />
          <Select
            label={t('mapping.source.timeColumn', { field: label })}
            data={[...columns]}
            value={choice.timeColumn}
            onChange={(timeColumn) => set({ timeColumn })}
            searchable
            error={error && !choice.timeColumn ? error : undefined}
          />
        </SimpleGrid>
      ) : null}
      {sampleValue !== undefined ? (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('mapping.source.example')}
          </Text>
          <Text size="xs" ff="monospace">
            {sampleValue === '' ? t('mapping.source.emptyValue') : sampleValue}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
