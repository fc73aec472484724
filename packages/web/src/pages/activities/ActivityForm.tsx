import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type Activity,
  type ActivityInput,
  activityInputSchema,
  CHANNELS,
  checkActivity,
  DIRECTIONS,
} from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useSaveActivity } from '../../api/activities';
import { languageOptions } from '../../components/countries';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { enumOptions } from '../../components/options';
import { issueMessage, pathKey, zodErrors } from '../../forms/issues';
import { useSaveAndReturn } from '../../forms/useSaveAndReturn';
import { useWorkspace } from '../../hooks/workspace';
import { type ActivityFormValues, toCandidate, toValues } from './activityValues';
import { OpeningHoursEditor } from './OpeningHoursEditor';

export function ActivityForm({ activity }: { readonly activity: Activity | null }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveActivity(workspaceId);
  const form = useForm<ActivityFormValues>({
    initialValues: toValues(activity),
    validate: (values) => {
      const shape = zodErrors(t, activityInputSchema, toCandidate(values));
      if (Object.keys(shape).length > 0) return shape;
      // the same rules the server applies (422), shown before the round trip
      const rules = checkActivity(activityInputSchema.parse(toCandidate(values)));
      return Object.fromEntries(rules.map((i) => [pathKey(i.path), issueMessage(t, i)]));
    },
  });

  const { submit, saving, listHref } = useSaveAndReturn({
    form,
    save,
    id: activity?.id,
    listPath: 'activities',
    toInput: (values): ActivityInput => activityInputSchema.parse(toCandidate(values)),
    savedMessage: ({ name }) => t('activities.saved', { name }),
    conflict: { field: 'name', message: t('activities.nameTaken') },
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <TextInput label={t('activities.fields.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('activities.fields.channel')}
            required
            allowDeselect={false}
            data={enumOptions(t, 'channel', CHANNELS)}
            {...form.getInputProps('channel')}
          />
          <Select
            label={t('activities.fields.direction')}
            required
            allowDeselect={false}
            data={enumOptions(t, 'direction', DIRECTIONS)}
            {...form.getInputProps('direction')}
          />
        </SimpleGrid>
        <MultiSelect
          labelProps={{ 'data-required': true }}
          label={t('activities.fields.languages')}
          required
          searchable
          data={languageOptions(form.values.languages)}
          {...form.getInputProps('languages')}
        />
        <Fieldset legend={t('activities.fields.openingHours')} variant="unstyled">
          <OpeningHoursEditor form={form} />
        </Fieldset>
        <FormAlert
          errors={form.errors}
          fieldKeys={['name', 'channel', 'direction', 'languages', 'openingHours.*']}
        />
        <FormActions cancel={listHref} saving={saving} />
      </Stack>
    </form>
  );
}
