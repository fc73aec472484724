import { Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { STRATA_BY, type StrataBy } from '../../../api/samples';
import type { PlanFormValues } from './planForm';

/** Whether and how the sample is spread over vendors, sites, activities or agents. */
export function StrataFields({ form }: { readonly form: UseFormReturnType<PlanFormValues> }) {
  const { t } = useTranslation();
  const stratified = form.values.strataBy !== 'none';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('samples.form.strataBy')}
          description={t('samples.form.strataByHint')}
          data={STRATA_BY.map((by) => ({ value: by, label: t(`samples.strata.by.${by}`) }))}
          allowDeselect={false}
          {...form.getInputProps('strataBy')}
          onChange={(value) => form.setFieldValue('strataBy', (value ?? 'none') as StrataBy)}
        />
        <NumberInput
          label={t('samples.form.minPerStratum')}
          description={t('samples.form.minPerStratumHint')}
          min={0}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          disabled={!stratified}
          {...form.getInputProps('minPerStratum')}
        />
      </SimpleGrid>
      <Radio.Group label={t('samples.form.strataMode')} {...form.getInputProps('strataMode')}>
        <Group mt={4} gap="lg">
          <Radio value="proportional" label={t('samples.strata.mode.proportional')} disabled={!stratified} />
          <Radio value="equal" label={t('samples.strata.mode.equal')} disabled={!stratified} />
        </Group>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t(form.values.strataMode === 'equal' ? 'samples.form.equalHint' : 'samples.form.proportionalHint')}
      </Text>
    </Stack>
  );
}
