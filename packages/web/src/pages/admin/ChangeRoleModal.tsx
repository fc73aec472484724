import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Member, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useUpdateMember } from '../../api/members';
import { notifySuccess, showErrorOnForm } from '../../forms/errors';
import { useWorkspace } from '../../hooks/workspace';
import { RoleFields, type RoleValues } from './RoleFields';
import { roleErrors } from './roleBinding';

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
  const submit = form.onSubmit(({ role, vendorId }) => {
    if (!role) return;
    update.mutate(
      { userId: member.userId, update: { role, vendorId: role === 'vendor' ? vendorId : null } },
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
          <RoleFields
            role={form.values.role}
            roleProps={form.getInputProps('role')}
            vendorProps={form.getInputProps('vendorId')}
            clearVendor={() => form.setFieldValue('vendorId', null)}
            vendors={vendors}
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
