import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { invitationInputSchema, type Vendor } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateInvitation } from '../../api/invitations';
import { FormActions } from '../../components/FormActions';
import { showErrorOnForm } from '../../forms/errors';
import { zodErrors } from '../../forms/issues';
import { useWorkspace } from '../../hooks/workspace';
import { RoleFields, type RoleValues } from './RoleFields';
import { roleErrors, toRoleBinding } from './roleBinding';

interface InviteValues extends RoleValues {
  email: string;
}

function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

/** Invite form; once sent, shows the one-time link to hand to the invited person. */
export function InviteModal({
  vendors,
  onClose,
}: {
  readonly vendors: readonly Vendor[];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const create = useCreateInvitation(workspaceId);
  const [acceptUrl, setAcceptUrl] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: '', role: 'viewer', vendorId: null },
    validate: (values) => {
      const errors = zodErrors(t, invitationInputSchema, { ...values, email: values.email.trim() });
      return { ...roleErrors(t, values), ...errors };
    },
  });
  const submit = form.onSubmit((values) => {
    const binding = toRoleBinding(values);
    if (!binding) return;
    create.mutate(
      { email: values.email.trim(), ...binding },
      {
        onSuccess: (created) => setAcceptUrl(absoluteUrl(created.acceptUrl)),
        onError: (error) =>
          showErrorOnForm(t, form, error, {
            conflictField: 'email',
            conflictMessage: t('users.alreadyInvited'),
          }),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('users.inviteTitle')} centered size="lg">
      {acceptUrl ? (
        <Stack>
          <Alert color="teal" icon={<IconInfoCircle size={18} />}>
            {t('users.inviteCreated', { email: form.values.email.trim() })}
          </Alert>
          <TextInput
            label={t('users.acceptUrl')}
            value={acceptUrl}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Group justify="flex-end">
            <CopyButton value={acceptUrl}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'teal' : undefined}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                  }
                  onClick={copy}
                >
                  {copied ? t('users.copied') : t('users.copyLink')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('users.fields.email')}
              type="email"
              required
              data-autofocus
              {...form.getInputProps('email')}
            />
            <RoleFields form={form} vendors={vendors} />
            <FormActions cancel={onClose} saving={create.isPending} submitLabel={t('users.sendInvite')} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
