import { Button, Stack, Title } from '@mantine/core';
import { IconMailPlus, IconSend } from '@tabler/icons-react';
import type { Invitation, Member } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvitations, useRevokeInvitation } from '../../api/invitations';
import { useMembers, useRemoveMember } from '../../api/members';
import { useVendors } from '../../api/vendors';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySuccess } from '../../forms/errors';
import { useCan, useWorkspace } from '../../hooks/workspace';
import { ChangeRoleModal } from './ChangeRoleModal';
import { InvitationsTable } from './InvitationsTable';
import { InviteModal } from './InviteModal';
import { MembersTable } from './MembersTable';
import { ResetPasswordModal } from './ResetPasswordModal';

type Dialog =
  | { kind: 'invite' }
  | { kind: 'role'; member: Member }
  | { kind: 'password'; member: Member }
  | { kind: 'remove'; member: Member }
  | { kind: 'revoke'; invitation: Invitation };

/** Administration: the workspace's members and its invitations. */
export function UsersPage() {
  const allowed = useCan();
  if (!allowed('read', 'invitation')) return <NoAccess />;
  return <UsersAdmin />;
}

function UsersAdmin() {
  const { t } = useTranslation();
  const { workspaceId, me } = useWorkspace();
  const members = useMembers(workspaceId);
  const invitations = useInvitations(workspaceId);
  const vendors = useVendors(workspaceId);
  const removeMember = useRemoveMember(workspaceId);
  const revoke = useRevokeInvitation(workspaceId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const vendorMap = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v])), [vendors.data]);
  const vendorList = vendors.data ?? [];

  const confirmRemove = (member: Member) =>
    removeMember.mutate(member.userId, {
      onSuccess: () => notifySuccess(t('users.removed', { name: member.name || member.email })),
      onError: (error) => notifyError(t, error),
      onSettled: close,
    });
  const confirmRevoke = (invitation: Invitation) =>
    revoke.mutate(invitation.id, {
      onSuccess: () => notifySuccess(t('users.revoked', { email: invitation.email })),
      onError: (error) => notifyError(t, error),
      onSettled: close,
    });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Button
            leftSection={<IconMailPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'invite' })}
          >
            {t('users.invite')}
          </Button>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="members-title">
          <Title order={2} size="h4" mb="sm" id="members-title">
            {t('users.membersTitle')}
          </Title>
          {members.isPending ? (
            <Loading />
          ) : members.isError ? (
            <QueryError error={members.error} onRetry={() => void members.refetch()} />
          ) : (
            <MembersTable
              members={members.data}
              vendors={vendorMap}
              currentUserId={me.user.id}
              canManage
              onChangeRole={(member) => setDialog({ kind: 'role', member })}
              onResetPassword={(member) => setDialog({ kind: 'password', member })}
              onRemove={(member) => setDialog({ kind: 'remove', member })}
            />
          )}
        </section>
        <section aria-labelledby="invitations-title">
          <Title order={2} size="h4" mb="sm" id="invitations-title">
            {t('users.invitationsTitle')}
          </Title>
          {invitations.isPending ? (
            <Loading />
          ) : invitations.isError ? (
            <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
          ) : invitations.data.length === 0 ? (
            <EmptyBlock
              icon={<IconSend size={28} />}
              title={t('users.noInvitationTitle')}
              description={t('users.noInvitationText')}
            />
          ) : (
            <InvitationsTable
              invitations={invitations.data}
              vendors={vendorMap}
              onRevoke={(invitation) => setDialog({ kind: 'revoke', invitation })}
            />
          )}
        </section>
      </Stack>

      {dialog?.kind === 'invite' ? <InviteModal vendors={vendorList} onClose={close} /> : null}
      {dialog?.kind === 'role' ? (
        <ChangeRoleModal member={dialog.member} vendors={vendorList} onClose={close} />
      ) : null}
      {dialog?.kind === 'password' ? <ResetPasswordModal member={dialog.member} onClose={close} /> : null}
      <ConfirmModal
        opened={dialog?.kind === 'remove'}
        title={t('users.removeTitle')}
        confirmLabel={t('users.remove')}
        loading={removeMember.isPending}
        onConfirm={() => dialog?.kind === 'remove' && confirmRemove(dialog.member)}
        onClose={close}
      >
        {dialog?.kind === 'remove'
          ? t('users.removeConfirm', { name: dialog.member.name || dialog.member.email })
          : ''}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog?.kind === 'revoke'}
        title={t('users.revokeTitle')}
        confirmLabel={t('users.revoke')}
        loading={revoke.isPending}
        onConfirm={() => dialog?.kind === 'revoke' && confirmRevoke(dialog.invitation)}
        onClose={close}
      >
        {dialog?.kind === 'revoke' ? t('users.revokeConfirm', { email: dialog.invitation.email }) : ''}
      </ConfirmModal>
    </>
  );
}
