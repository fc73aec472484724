import { Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../format';
import { CONFIDENCES, type PlanFormValues, type SizeMode } from './planForm';
import { SizePreview } from './SizePreview';

/** How many calls: a given number, or enough for a margin of error at a confidence level. */
export function SizeFields({ form }: { readonly form: UseFormReturnType<PlanFormValues> }) {
  const { t } = useTranslation();
  const { sizeMode } = form.values;
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="size-mode-label">
          {t('samples.form.sizeMode')}
        </Text>
        <SegmentedControl
          aria-labelledby="size-mode-label"
          data={[
            { value: 'margin', label: t('samples.size.mode.margin') },
            { value: 'fixed', label: t('samples.size.mode.fixed') },
          ]}
          value={sizeMode}
          onChange={(value) => form.setFieldValue('sizeMode', value as SizeMode)}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {sizeMode === 'fixed' ? (
        <NumberInput
          label={t('samples.form.fixedSize')}
          description={t('samples.form.fixedSizeHint')}
          min={1}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          w={{ base: '100%', sm: 280 }}
          {...form.getInputProps('size')}
        />
      ) : (
        <>
          <Group align="flex-start" grow preventGrowOverflow={false}>
            <NumberInput
              label={t('samples.form.margin')}
              description={t('samples.form.marginHint')}
              min={0.1}
              max={50}
              step={0.5}
              decimalScale={2}
              allowNegative={false}
              suffix=" %"
              {...form.getInputProps('marginPercent')}
            />
            <Select
              label={t('samples.form.confidence')}
              description={t('samples.form.confidenceHint')}
              data={CONFIDENCES.map((c) => ({ value: c, label: formatPercent(Number(c), 0) }))}
              allowDeselect={false}
              {...form.getInputProps('confidence')}
            />
          </Group>
          <SizePreview
            marginPercent={form.values.marginPercent}
            confidence={Number(form.values.confidence)}
          />
        </>
      )}
    </Stack>
  );
}
