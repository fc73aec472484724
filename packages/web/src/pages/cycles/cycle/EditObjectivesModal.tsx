import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type CycleDetail, useUpdateCycle } from '../../../api/cycles';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';
import {
  fromObjectives,
  type ObjectiveRow,
  toFormErrors,
  toObjectives,
  validateObjectives,
} from '../new/cycleForm';
import { ObjectivesEditor } from '../new/ObjectivesEditor';
import { cycleIssueErrors } from '../shared/cycleErrors';
import type { RunPractice } from '../shared/useRunPractices';

interface EditValues {
  objectives: ObjectiveRow[];
  endsOn: string;
}

/** Changes a cycle's objectives and end date while it is in progress (the client's analysts). */
export function EditObjectivesModal({
  cycle,
  practices,
  onClose,
}: {
  readonly cycle: CycleDetail;
  readonly practices: readonly RunPractice[];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const update = useUpdateCycle(workspaceId, cycle.id);
  const form = useForm<EditValues>({
    initialValues: { objectives: fromObjectives(cycle.objectives), endsOn: cycle.endsOn },
    validate: (v) => ({
      ...validateObjectives(t, v.objectives),
      ...(!v.endsOn
        ? { endsOn: t('validation.date') }
        : v.endsOn < cycle.startsOn
          ? { endsOn: t('rules.dates.end_before_start') }
          : {}),
    }),
  });
  const themePractices = practices.filter((p) => p.theme === cycle.focusTheme);

  const submit = form.onSubmit((values) =>
    update.mutate(
      { objectives: toObjectives(values.objectives), endsOn: values.endsOn },
      {
        onSuccess: () => {
          notifySuccess(t('cycles.objectives.saved'));
          onClose();
        },
        onError: (error) => {
          const placed = cycleIssueErrors(t, error);
          if (placed) form.setErrors(toFormErrors(placed));
          else notifyError(t, error);
        },
      },
    ),
  );

  return (
    <Modal opened onClose={onClose} title={t('cycles.objectives.editTitle')} size="xl">
      <form onSubmit={submit} noValidate aria-label={t('cycles.objectives.editTitle')}>
        <Stack gap="sm">
          <ObjectivesEditor
            rows={form.values.objectives}
            onChange={(rows) => {
              form.setFieldValue('objectives', rows);
              form.clearErrors();
            }}
            errors={form.errors}
            practices={themePractices}
            emptyHint={themePractices.length === 0 ? t('cycles.objectives.noThemePractice') : undefined}
          />
          <TextInput
            type="date"
            label={t('cycles.fields.endsOn')}
            required
            w={{ base: '100%', sm: 240 }}
            {...form.getInputProps('endsOn')}
          />
          <FormAlert errors={form.errors} fieldKeys={['endsOn', 'objectives', 'objectives.*']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
