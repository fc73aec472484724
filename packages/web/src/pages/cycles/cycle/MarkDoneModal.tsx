import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionItem, useUpdateAction } from '../../../api/cycles';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';
import { COMMENT_MAX } from './actionForm';

/** Marks an action done, with a note on what was done (the vendor's record for the client). */
export function MarkDoneModal({
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
  const [comment, setComment] = useState(action.comment);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setError(t('cycles.actions.noteRequired'));
      return;
    }
    update.mutate(
      { id: action.id, input: { status: 'done', comment: comment.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t('cycles.actions.markedDone'));
          onClose();
        },
        onError: (e) => notifyError(t, e),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cycles.actions.doneTitle')}>
      <form onSubmit={submit} noValidate aria-label={t('cycles.actions.doneTitle')}>
        <Stack gap="sm">
          <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
            {action.text}
          </Text>
          <Textarea
            label={t('cycles.actions.note')}
            description={t('cycles.actions.noteHint')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={COMMENT_MAX}
            required
            value={comment}
            error={error}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={update.isPending}>
              {t('cycles.actions.markDone')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
