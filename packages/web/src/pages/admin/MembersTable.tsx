import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { Member, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { ActionsTh } from '../../components/ActionsTh';
import { enumLabel } from '../../components/options';
import { compareText } from '../../format';

interface MembersTableProps {
  readonly members: readonly Member[];
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly currentUserId: string;
  readonly canManage: boolean;
  readonly onChangeRole: (m: Member) => void;
  readonly onResetPassword: (m: Member) => void;
  readonly onRemove: (m: Member) => void;
}

export function MembersTable({
  members,
  vendors,
  currentUserId,
  canManage,
  onChangeRole,
  onResetPassword,
  onRemove,
}: MembersTableProps) {
  const { t } = useTranslation();
  const sorted = [...members].sort((a, b) => compareText(a.name || a.email, b.name || b.email));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <Table.Caption ta="left">{t('users.memberCount', { count: members.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fields.name')}</Table.Th>
            <Table.Th>{t('users.fields.email')}</Table.Th>
            <Table.Th>{t('users.fields.role')}</Table.Th>
            <Table.Th>{t('users.fields.vendor')}</Table.Th>
            {canManage ? <ActionsTh /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => {
            const self = m.userId === currentUserId;
            return (
              <Table.Tr key={m.userId}>
                <Table.Td fw={600}>
                  {m.name || '—'}
                  {self ? (
                    <Badge ml="xs" size="xs" variant="outline">
                      {t('users.you')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={m.role === 'admin' ? 'grape' : m.role === 'vendor' ? 'orange' : 'indigo'}
                  >
                    {enumLabel(t, 'role', m.role)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {m.vendorId ? (vendors.get(m.vendorId)?.name ?? '—') : <Text c="dimmed">—</Text>}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {self ? null : (
                        <Button size="compact-sm" variant="subtle" onClick={() => onChangeRole(m)}>
                          {t('users.changeRole')}
                        </Button>
                      )}
                      <Button size="compact-sm" variant="subtle" onClick={() => onResetPassword(m)}>
                        {t('users.resetPassword')}
                      </Button>
                      {self ? null : (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRemove(m)}>
                          {t('users.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
