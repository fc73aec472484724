import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Member, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useUpdateMember } from '../../api/members';
import { FormActions } from '../../components/FormActions';
import { notifySuccess, showErrorOnForm } from '../../forms/errors';
import { useWorkspace } from '../../hooks/workspace';
import { RoleFields, type RoleValues } from './RoleFields';
import { roleErrors, toRoleBinding } from './roleBinding';

interface ChangeRoleModalProps {
  readonly member: Member;
  readonly vendors: readonly Vendor[];
  readonly onClose: () => void;
}

export function ChangeRoleModal({ member, vendors, onClose }: ChangeRoleModalProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const update = useUpdateMember(workspaceId);
  const form = useForm<RoleValues>({
    initialValues: { role: member.role, vendorId: member.vendorId },
    validate: (values) => roleErrors(t, values),
  });
  const submit = form.onSubmit((values) => {
    const binding = toRoleBinding(values);
    if (!binding) return;
    update.mutate(
      { userId: member.userId, update: binding },
      {
        onSuccess: () => {
          notifySuccess(t('users.roleChanged', { name: member.name || member.email }));
          onClose();
        },
        onError: (error) => showErrorOnForm(t, form, error),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('users.changeRoleTitle')} centered>
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {member.name} · {member.email}
          </Text>
          <RoleFields form={form} vendors={vendors} />
          <FormActions cancel={onClose} saving={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
