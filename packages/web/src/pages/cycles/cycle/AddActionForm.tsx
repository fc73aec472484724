import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAddAction } from '../../../api/cycles';
import { notifySuccess, showErrorOnForm } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';
import { addDays, today } from '../shared/dates';
import { ActionFields } from './ActionFields';
import { type ActionValues, toActionInput, validateAction } from './actionForm';

/** a first due date: two weeks ahead */
const DEFAULT_DUE_DAYS = 14;

/** Adds an action to the plan; the form empties once it is added, ready for the next one. */
export function AddActionForm({ cycleId }: { readonly cycleId: string }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const add = useAddAction(workspaceId, cycleId);
  const form = useForm<ActionValues>({
    initialValues: { text: '', owner: '', dueOn: addDays(today(), DEFAULT_DUE_DAYS) },
    validate: (values) => validateAction(t, values),
  });
  const submit = form.onSubmit((values) =>
    add.mutate(toActionInput(values), {
      onSuccess: () => {
        notifySuccess(t('cycles.actions.added'));
        form.reset();
      },
      onError: (error) => showErrorOnForm(t, form, error),
    }),
  );
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-default-hover)">
      <form onSubmit={submit} noValidate aria-labelledby="add-action-title">
        <Stack gap="sm">
          <Title order={3} size="h5" id="add-action-title">
            {t('cycles.actions.addTitle')}
          </Title>
          <ActionFields form={form} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              {t('cycles.actions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
