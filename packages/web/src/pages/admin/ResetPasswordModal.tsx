import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { acceptInvitationSchema, type Member } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useResetPassword } from '../../api/members';
import { FormActions } from '../../components/FormActions';
import { PasswordField } from '../../components/PasswordField';
import { notifySuccess, showErrorOnForm } from '../../forms/errors';
import { zodErrors } from '../../forms/issues';
import { useWorkspace } from '../../hooks/workspace';

const passwordSchema = acceptInvitationSchema.pick({ password: true });

export function ResetPasswordModal({
  member,
  onClose,
}: {
  readonly member: Member;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const reset = useResetPassword(workspaceId);
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => zodErrors(t, passwordSchema, values),
  });
  const submit = form.onSubmit(({ password }) =>
    reset.mutate(
      { userId: member.userId, password },
      {
        onSuccess: () => {
          notifySuccess(t('users.passwordReset', { name: member.name || member.email }));
          onClose();
        },
        onError: (error) => showErrorOnForm(t, form, error),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('users.resetPasswordTitle')} centered>
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('users.resetPasswordText', { name: member.name || member.email })}</Text>
          <PasswordField
            label={t('users.fields.newPassword')}
            description={t('invite.passwordHint')}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <FormActions cancel={onClose} saving={reset.isPending} submitLabel={t('users.resetPassword')} />
        </Stack>
      </form>
    </Modal>
  );
}
