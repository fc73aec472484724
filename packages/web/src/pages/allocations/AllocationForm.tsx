import { Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
import { Link, useNavigate } from 'react-router';
import { useSaveAllocation } from '../../api/allocations';
import { FormAlert } from '../../components/FormAlert';
import { nameOptions } from '../../components/options';
import { notifySuccess, showErrorOnForm } from '../../forms/errors';
import { issuesToErrors, zodErrors } from '../../forms/issues';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
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
  const href = useWsHref();
  const navigate = useNavigate();
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

  const submit = form.onSubmit((values) => {
    const input: AllocationInput = allocationInputSchema.parse(toCandidate(values));
    save.mutate(
      { id: allocation?.id, input },
      {
        onSuccess: () => {
          notifySuccess(t('allocations.saved'));
          void navigate(href('allocations'));
        },
        onError: (error) => showErrorOnForm(t, form, error),
      },
    );
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
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={href('allocations')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
