import { Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type Activity,
  type Allocation,
  type AllocationInput,
  allocationInputSchema,
  checkAllocation,
  type Site,
  type Vendor,
} from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useSaveAllocation } from '../../api/allocations';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { nameOptions } from '../../components/options';
import { issuesToErrors, zodErrors } from '../../forms/issues';
import { useSaveAndReturn } from '../../forms/useSaveAndReturn';
import { useWorkspace } from '../../hooks/workspace';
import { AllocationLines } from './AllocationLines';
import { type AllocationFormValues, toCandidate, toValues } from './allocationValues';

interface AllocationFormProps {
  readonly allocation: Allocation | null;
  readonly defaultActivityId: string | null;
  readonly activities: readonly Activity[];
  readonly vendors: readonly Vendor[];
  readonly sites: readonly Site[];
}

export function AllocationForm({
  allocation,
  defaultActivityId,
  activities,
  vendors,
  sites,
}: AllocationFormProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveAllocation(workspaceId);
  const initialActivity = activities.some((a) => a.id === defaultActivityId) ? defaultActivityId : null;
  const form = useForm<AllocationFormValues>({
    initialValues: toValues(allocation, initialActivity),
    validate: (values) => {
      const candidate = toCandidate(values);
      const shapeErrors = zodErrors(t, allocationInputSchema, candidate);
      if (Object.keys(shapeErrors).length > 0) return shapeErrors;
      // The sum of the shares is left to the server, whose answer the form shows (and the
      // live total already tells); the other self-contained rules are checked here.
      const issues = checkAllocation(allocationInputSchema.parse(candidate)).filter(
        (i) => i.code !== 'allocation.shares_sum',
      );
      return issuesToErrors(t, issues);
    },
  });

  const { submit, saving, listHref } = useSaveAndReturn({
    form,
    save,
    id: allocation?.id,
    listPath: 'allocations',
    toInput: (values): AllocationInput => allocationInputSchema.parse(toCandidate(values)),
    savedMessage: () => t('allocations.saved'),
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Select
          label={t('allocations.fields.activity')}
          required
          searchable
          data={nameOptions(activities)}
          {...form.getInputProps('activityId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('allocations.fields.validFrom')}
            required
            {...form.getInputProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('allocations.fields.validTo')}
            description={t('allocations.validToHint')}
            {...form.getInputProps('validTo')}
          />
        </SimpleGrid>
        <Fieldset legend={t('allocations.fields.lines')} variant="unstyled">
          <AllocationLines form={form} vendors={vendors} sites={sites} />
        </Fieldset>
        <FormAlert
          errors={form.errors}
          fieldKeys={['activityId', 'validFrom', 'validTo', 'lines', 'lines.*']}
        />
        <FormActions cancel={listHref} saving={saving} />
      </Stack>
    </form>
  );
}
