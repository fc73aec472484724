import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Activity, TARGET_KPI_NAMES, type Target, type TargetKpi, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useSaveTarget } from '../../api/targets';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { nameOptions } from '../../components/options';
import { useSaveAndReturn } from '../../forms/useSaveAndReturn';
import { useWorkspace } from '../../hooks/workspace';
import {
  directionHint,
  type TargetFormValues,
  targetBounds,
  targetUnit,
  toInput,
  toValues,
  validateTarget,
} from './targetValues';

function isTargetKpi(value: string | null): value is TargetKpi {
  return (TARGET_KPI_NAMES as readonly (string | null)[]).includes(value);
}

interface TargetFormProps {
  readonly target: Target | null;
  readonly defaultVendorId: string | null;
  readonly vendors: readonly Vendor[];
  readonly activities: readonly Activity[];
}

export function TargetForm({ target, defaultVendorId, vendors, activities }: TargetFormProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveTarget(workspaceId);
  const initialVendor = vendors.some((v) => v.id === defaultVendorId) ? defaultVendorId : null;
  const form = useForm<TargetFormValues>({
    initialValues: toValues(target, initialVendor),
    validate: (values) => validateTarget(t, values),
  });
  const { submit, saving, listHref } = useSaveAndReturn({
    form,
    save,
    id: target?.id,
    listPath: 'targets',
    toInput,
    savedMessage: () => t('targets.saved'),
    conflict: { field: 'kpi', message: t('targets.conflict') },
  });
  const kpi = form.values.kpi;
  const bounds = kpi ? targetBounds(kpi) : undefined;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('targets.fields.vendor')}
            required
            searchable
            data={nameOptions(vendors)}
            {...form.getInputProps('vendorId')}
          />
          <Select
            label={t('targets.fields.activity')}
            placeholder={t('targets.allActivities')}
            description={t('targets.activityHint')}
            clearable
            searchable
            data={nameOptions(activities)}
            {...form.getInputProps('activityId')}
          />
          <Select
            label={t('targets.fields.kpi')}
            required
            data={TARGET_KPI_NAMES.map((k) => ({ value: k, label: t(`dashboards.kpi.${k}`) }))}
            {...form.getInputProps('kpi')}
            onChange={(value) => form.setFieldValue('kpi', isTargetKpi(value) ? value : null)}
          />
          <NumberInput
            label={t('targets.fields.target')}
            description={directionHint(t, kpi)}
            required
            decimalScale={2}
            // out-of-range values get a message rather than being silently changed
            clampBehavior="none"
            min={bounds?.min}
            max={bounds?.max}
            rightSection={targetUnit(t, kpi)}
            rightSectionWidth={44}
            {...form.getInputProps('target')}
          />
          <TextInput
            type="date"
            label={t('targets.fields.validFrom')}
            required
            {...form.getInputProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('targets.fields.validTo')}
            description={t('targets.validToHint')}
            {...form.getInputProps('validTo')}
          />
        </SimpleGrid>
        <FormAlert
          errors={form.errors}
          fieldKeys={['vendorId', 'activityId', 'kpi', 'target', 'validFrom', 'validTo']}
        />
        <FormActions cancel={listHref} saving={saving} />
      </Stack>
    </form>
  );
}
