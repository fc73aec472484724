import { Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
import { Link, useNavigate } from 'react-router';
import { useSaveActivity } from '../../api/activities';
import { languageOptions } from '../../components/countries';
import { FormAlert } from '../../components/FormAlert';
import { enumOptions } from '../../components/options';
import { notifySuccess, showErrorOnForm } from '../../forms/errors';
import { issueMessage, pathKey, zodErrors } from '../../forms/issues';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import { type ActivityFormValues, toCandidate, toValues } from './activityValues';
import { OpeningHoursEditor } from './OpeningHoursEditor';

export function ActivityForm({ activity }: { readonly activity: Activity | null }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
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

  const submit = form.onSubmit((values) => {
    const input: ActivityInput = activityInputSchema.parse(toCandidate(values));
    save.mutate(
      { id: activity?.id, input },
      {
        onSuccess: () => {
          notifySuccess(t('activities.saved', { name: input.name }));
          void navigate(href('activities'));
        },
        onError: (error) =>
          showErrorOnForm(t, form, error, {
            conflictField: 'name',
            conflictMessage: t('activities.nameTaken'),
          }),
      },
    );
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
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={href('activities')}>
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
