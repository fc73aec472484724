import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../api/cycles';
import { ActionsTh } from '../../../components/ActionsTh';
import { today } from '../shared/dates';
import { ActionEditModal } from './ActionEditModal';
import { ActionRow } from './ActionRow';
import { AddActionForm } from './AddActionForm';
import { MarkDoneModal } from './MarkDoneModal';

interface ActionPlanProps {
  readonly cycleId: string;
  /** by due date */
  readonly actions: readonly ActionItem[];
  readonly inProgress: boolean;
  /** the vendor's users and the client's analysts, while the cycle is in progress */
  readonly editable: boolean;
}

type Editing = { readonly mode: 'edit' | 'done'; readonly action: ActionItem } | null;

/**
 * The vendor's action plan for the cycle: what it does, who owns it, by when, done or not with a
 * note. Kept while the cycle is in progress; once closed, it is the record.
 */
export function ActionPlan({ cycleId, actions, inProgress, editable }: ActionPlanProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  // once the cycle is closed, an action not done is not late any more: it was not done
  const day = inProgress ? today() : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cycle-action-plan">
      <Stack gap="sm">
        <Title order={2} size="h4" id="cycle-action-plan">
          {t('cycles.actions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {editable
            ? t('cycles.actions.intro')
            : inProgress
              ? t('cycles.actions.readOnly')
              : t('cycles.actions.readOnlyClosed')}
        </Text>
        {actions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="no-actions">
            {t('cycles.actions.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table data-testid="action-plan" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cycles.actions.text')}</Table.Th>
                  <Table.Th>{t('cycles.actions.owner')}</Table.Th>
                  <Table.Th>{t('cycles.actions.dueOn')}</Table.Th>
                  <Table.Th>{t('cycles.actions.status')}</Table.Th>
                  <Table.Th>{t('cycles.actions.comment')}</Table.Th>
                  {editable ? <ActionsTh /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {actions.map((action) => (
                  <ActionRow
                    key={action.id}
                    action={action}
                    day={day}
                    editable={editable}
                    onEdit={() => setEditing({ mode: 'edit', action })}
                    onDone={() => setEditing({ mode: 'done', action })}
                    cycleId={cycleId}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {editable ? <AddActionForm cycleId={cycleId} /> : null}
      </Stack>
      {editing?.mode === 'edit' ? (
        <ActionEditModal cycleId={cycleId} action={editing.action} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.mode === 'done' ? (
        <MarkDoneModal cycleId={cycleId} action={editing.action} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
