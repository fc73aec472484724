import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPencil, IconRotate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ActionItem, useUpdateAction } from '../../../api/cycles';
import { formatDate, formatDateTime } from '../../../format';
import { notifyError } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';
import { isOverdue } from '../shared/dates';

interface ActionRowProps {
  readonly cycleId: string;
  readonly action: ActionItem;
  /** today, to tell an overdue action while the cycle is in progress; null once it is closed */
  readonly day: string | null;
  readonly editable: boolean;
  readonly onEdit: () => void;
  readonly onDone: () => void;
}

/** One action of the plan: text, owner, due date, status, the note; edit, mark done or reopen. */
export function ActionRow({ cycleId, action, day, editable, onEdit, onDone }: ActionRowProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const update = useUpdateAction(workspaceId, cycleId);
  const overdue = day !== null && isOverdue(action, day);
  const status = action.status === 'done' ? 'done' : overdue ? 'overdue' : day === null ? 'notDone' : 'open';
  const color = { done: 'teal', overdue: 'orange', open: 'gray', notDone: 'gray' }[status];
  const reopen = () =>
    update.mutate({ id: action.id, input: { status: 'open' } }, { onError: (e) => notifyError(t, e) });
  return (
    <Table.Tr data-action-id={action.id} data-status={action.status}>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {action.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t('cycles.actions.updated', { email: action.updatedBy, date: formatDateTime(action.updatedAt) })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{action.owner}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={overdue ? 'orange.8' : undefined}>
          {formatDate(action.dueOn)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={color} data-testid="action-status">
          {t(`cycles.actionStatus.${status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="action-comment">
          {action.comment}
        </Text>
      </Table.Td>
      {editable ? (
        <Table.Td>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            {action.status === 'open' ? (
              <Button
                size="compact-sm"
                variant="light"
                color="teal"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={onDone}
                title={t('cycles.actions.markDoneItem', { text: action.text })}
              >
                {t('cycles.actions.markDone')}
              </Button>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconRotate size={14} aria-hidden />}
                onClick={reopen}
                loading={update.isPending}
                title={t('cycles.actions.reopenItem', { text: action.text })}
              >
                {t('cycles.actions.reopen')}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              title={t('common.editItem', { name: action.text })}
            >
              {t('common.edit')}
            </Button>
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
