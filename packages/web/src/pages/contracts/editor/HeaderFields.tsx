import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Activity, Vendor } from '@vigie/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOptions } from '../../../components/options';
import { currencyCodes, currencyLabel } from '../contractFormat';
import { useEditor } from './editorContext';

interface HeaderFieldsProps {
  readonly vendors: readonly Vendor[];
  readonly activities: readonly Activity[];
  /** a saved contract stays with its vendor */
  readonly vendorLocked: boolean;
  /** the start also moves the first version's date and first phase's start that followed it */
  readonly onStartChange: (value: string) => void;
}

/** Name, vendor, activities, dates, notice, exit conditions and currency of the contract. */
export function HeaderFields({ vendors, activities, vendorLocked, onStartChange }: HeaderFieldsProps) {
  const { t } = useTranslation();
  const { field } = useEditor();
  const currencies = useMemo(() => currencyCodes().map((c) => ({ value: c, label: currencyLabel(c) })), []);
  return (
    <Stack gap="md">
      <TextInput label={t('contracts.fields.name')} required {...field('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contracts.fields.vendorId')}
          required
          searchable
          disabled={vendorLocked}
          data={nameOptions(vendors)}
          {...field('vendorId')}
        />
        <MultiSelect
          label={t('contracts.fields.activities')}
          required
          searchable
          data={nameOptions(activities)}
          {...field('activities')}
        />
        <TextInput
          type="date"
          label={t('contracts.fields.start')}
          required
          {...field('start')}
          onChange={(event) => onStartChange(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('contracts.fields.end')}
          description={t('contracts.hints.end')}
          {...field('end')}
        />
        <TextInput
          label={t('contracts.fields.noticeDays')}
          inputMode="numeric"
          required
          rightSection={t('contracts.units.days')}
          rightSectionWidth={56}
          {...field('noticeDays')}
        />
        <Select
          label={t('contracts.fields.currency')}
          required
          searchable
          data={currencies}
          {...field('currency')}
        />
      </SimpleGrid>
      <Textarea
        label={t('contracts.fields.exitConditions')}
        description={t('contracts.hints.exitConditions')}
        autosize
        minRows={2}
        {...field('exitConditions')}
      />
    </Stack>
  );
}
