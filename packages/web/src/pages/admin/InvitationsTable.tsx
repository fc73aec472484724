import { Badge, Button, Table } from '@mantine/core';
import type { Invitation, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { ActionsTh } from '../../components/ActionsTh';
import { enumLabel } from '../../components/options';
import { formatDateTime } from '../../format';

type InvitationState = 'pending' | 'accepted' | 'expired';

function stateOf(i: Invitation): InvitationState {
  if (i.acceptedAt) return 'accepted';
  return Date.parse(i.expiresAt) < Date.now() ? 'expired' : 'pending';
}

const STATE_COLOR: Readonly<Record<InvitationState, string>> = {
  pending: 'blue',
  accepted: 'teal',
  expired: 'gray',
};

interface InvitationsTableProps {
  readonly invitations: readonly Invitation[];
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly onRevoke: (i: Invitation) => void;
}

export function InvitationsTable({ invitations, vendors, onRevoke }: InvitationsTableProps) {
  const { t } = useTranslation();
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fields.email')}</Table.Th>
            <Table.Th>{t('users.fields.role')}</Table.Th>
            <Table.Th>{t('users.fields.vendor')}</Table.Th>
            <Table.Th>{t('users.fields.status')}</Table.Th>
            <Table.Th>{t('users.fields.expiresAt')}</Table.Th>
            <ActionsTh />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((i) => {
            const state = stateOf(i);
            return (
              <Table.Tr key={i.id}>
                <Table.Td>{i.email}</Table.Td>
                <Table.Td>{enumLabel(t, 'role', i.role)}</Table.Td>
                <Table.Td>{i.vendorId ? (vendors.get(i.vendorId)?.name ?? '—') : '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLOR[state]}>
                    {t(`users.invitationState.${state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {state === 'accepted' && i.acceptedAt
                    ? formatDateTime(i.acceptedAt)
                    : formatDateTime(i.expiresAt)}
                </Table.Td>
                <Table.Td ta="right">
                  {state === 'pending' ? (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRevoke(i)}>
                      {t('users.revoke')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
