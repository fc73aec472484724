import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Activity, Allocation, Site, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreatePlan } from '../../../api/samples';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess, showErrorOnForm } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Section } from '../../analysis/shared/Section';
import { samplePaths } from '../paths';
import { PopulationFields } from './PopulationFields';
import {
  INITIAL_VALUES,
  PLACED_FIELDS,
  type PlanFormValues,
  toFormErrors,
  toRequest,
  validatePlan,
} from './planForm';
import { SeedField } from './SeedField';
import { SizeFields } from './SizeFields';
import { StrataFields } from './StrataFields';

interface PlanFormProps {
  readonly vendors: readonly Vendor[];
  readonly sites: readonly Site[];
  readonly activities: readonly Activity[];
  readonly allocations: readonly Allocation[];
}

/** The new plan, section by section; saved, it opens on its page, ready to draw. */
export function PlanForm({ vendors, sites, activities, allocations }: PlanFormProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const create = useCreatePlan(workspaceId);
  const form = useForm<PlanFormValues>({
    initialValues: INITIAL_VALUES,
    validate: (values) => validatePlan(t, values),
  });

  // a long form: the first field to fix takes the focus, wherever it sits
  const focusFirst = (errors: Record<string, unknown>) => {
    const first = PLACED_FIELDS.find((key) => errors[key]);
    if (first) form.getInputNode(first)?.focus();
  };

  const submit = form.onSubmit(
    (values) => {
      create.mutate(toRequest(values), {
        onSuccess: (plan) => {
          notifySuccess(t('samples.form.saved', { name: plan.name }));
          void navigate(href(samplePaths.plan(plan.id)));
        },
        onError: (error) =>
          showErrorOnForm(
            t,
            {
              setErrors: (errors) => {
                const placed = toFormErrors(errors);
                form.setErrors(placed);
                focusFirst(placed);
              },
              setFieldError: form.setFieldError,
            },
            error,
          ),
      });
    },
    (errors) => focusFirst(errors),
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t('samples.form.title')}>
      <Stack gap="md">
        <TextInput
          label={t('samples.form.name')}
          description={t('samples.form.nameHint')}
          required
          maxLength={200}
          {...form.getInputProps('name')}
        />
        <Section id="plan-population" title={t('samples.form.population')}>
          <PopulationFields
            form={form}
            vendors={vendors}
            sites={sites}
            activities={activities}
            allocations={allocations}
          />
        </Section>
        <Section id="plan-size" title={t('samples.form.size')}>
          <SizeFields form={form} />
        </Section>
        <Section id="plan-strata" title={t('samples.form.strata')}>
          <StrataFields form={form} />
        </Section>
        <Section id="plan-seed" title={t('samples.form.seedTitle')}>
          <SeedField form={form} />
        </Section>
        <FormAlert errors={form.errors} fieldKeys={PLACED_FIELDS} />
        <FormActions
          cancel={href(samplePaths.list())}
          saving={create.isPending}
          submitLabel={t('samples.form.submit')}
        />
      </Stack>
    </form>
  );
}
