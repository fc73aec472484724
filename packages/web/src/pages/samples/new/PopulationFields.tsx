import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type Activity, type Allocation, DISPOSITIONS, OUTCOMES, type Site, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useTranscriptAgents } from '../../../api/transcripts';
import { nameOptions } from '../../../components/options';
import { useWorkspace } from '../../../hooks/workspace';
import type { PlanFormValues } from './planForm';

interface PopulationFieldsProps {
  readonly form: UseFormReturnType<PlanFormValues>;
  readonly vendors: readonly Vendor[];
  readonly sites: readonly Site[];
  readonly activities: readonly Activity[];
  readonly allocations: readonly Allocation[];
}

/** The activities allocated to a vendor; all of them when none is (or no vendor is chosen). */
function activitiesOf(
  vendorId: string | null,
  activities: readonly Activity[],
  allocations: readonly Allocation[],
) {
  if (!vendorId) return activities;
  const ids = new Set(
    allocations.filter((a) => a.lines.some((l) => l.vendorId === vendorId)).map((a) => a.activityId),
  );
  return ids.size > 0 ? activities.filter((a) => ids.has(a.id)) : activities;
}

/** Which stored calls the sample is drawn from; sites, activities and agents follow the vendor. */
export function PopulationFields({ form, vendors, sites, activities, allocations }: PopulationFieldsProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const { vendorId } = form.values;
  const agents = useTranscriptAgents(workspaceId, vendorId);
  const agentNames = [...new Set((agents.data ?? []).map((a) => a.agent).filter(Boolean))].sort();
  const vendorSites = sites.filter((s) => !vendorId || s.vendorId === vendorId);

  const changeVendor = (next: string | null) =>
    form.setValues({
      vendorId: next,
      siteIds: form.values.siteIds.filter((id) => !next || sites.find((s) => s.id === id)?.vendorId === next),
      agents: [],
    });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('samples.form.vendor')}
          description={t('samples.form.vendorHint')}
          placeholder={t('samples.population.allVendors')}
          data={nameOptions(vendors)}
          clearable
          searchable
          {...form.getInputProps('vendorId')}
          onChange={changeVendor}
        />
        <MultiSelect
          label={t('samples.form.sites')}
          placeholder={t('samples.form.allSites')}
          data={nameOptions(vendorSites)}
          searchable
          clearable
          {...form.getInputProps('siteIds')}
        />
        <MultiSelect
          label={t('samples.form.activities')}
          placeholder={t('samples.form.allActivities')}
          data={nameOptions(activitiesOf(vendorId, activities, allocations))}
          searchable
          clearable
          {...form.getInputProps('activityIds')}
        />
        <MultiSelect
          label={t('samples.form.agents')}
          placeholder={t('samples.form.allAgents')}
          data={agentNames}
          searchable
          clearable
          limit={100}
          {...form.getInputProps('agents')}
        />
        <TextInput type="date" label={t('samples.form.from')} {...form.getInputProps('from')} />
        <TextInput
          type="date"
          label={t('samples.form.to')}
          min={form.values.from || undefined}
          {...form.getInputProps('to')}
        />
        <NumberInput
          label={t('samples.form.minMinutes')}
          min={0}
          decimalScale={1}
          allowNegative={false}
          {...form.getInputProps('minMinutes')}
        />
        <NumberInput
          label={t('samples.form.maxMinutes')}
          min={0}
          decimalScale={1}
          allowNegative={false}
          {...form.getInputProps('maxMinutes')}
        />
        <TagsInput
          label={t('samples.form.dispositions')}
          description={t('samples.form.contactHint')}
          data={[...DISPOSITIONS]}
          {...form.getInputProps('dispositions')}
        />
        <TagsInput
          label={t('samples.form.outcomes')}
          description={t('samples.form.contactHint')}
          data={[...OUTCOMES]}
          {...form.getInputProps('outcomes')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('samples.form.excludeSampled')}
        description={t('samples.form.excludeSampledHint')}
        {...form.getInputProps('excludeSampled', { type: 'checkbox' })}
      />
    </Stack>
  );
}
