import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ActionItem, useUpdateAction } from '../../../api/cycles';
import { notifySuccess, showErrorOnForm } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';
import { ActionFields } from './ActionFields';
import { type ActionValues, COMMENT_MAX, toActionInput, validateAction } from './actionForm';

type EditValues = ActionValues & { comment: string };

/** Changes an action's text, owner, due date, and its note. */
export function ActionEditModal({
  cycleId,
  action,
  onClose,
}: {
  readonly cycleId: string;
  readonly action: ActionItem;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const update = useUpdateAction(workspaceId, cycleId);
  const form = useForm<EditValues>({
    initialValues: { text: action.text, owner: action.owner, dueOn: action.dueOn, comment: action.comment },
    validate: (values) => validateAction(t, values),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { id: action.id, input: { ...toActionInput(values), comment: values.comment.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t('cycles.actions.saved'));
          onClose();
        },
        onError: (error) => showErrorOnForm(t, form, error),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('cycles.actions.editTitle')} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('cycles.actions.editTitle')}>
        <Stack gap="sm">
          <ActionFields form={form} autoFocus />
          <Textarea
            label={t('cycles.actions.comment')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={COMMENT_MAX}
            {...form.getInputProps('comment')}
          />
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
