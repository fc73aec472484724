import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { acceptInvitationSchema } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useAcceptInvitation, useInvitationInfo } from '../../api/invitations';
import { useSignIn } from '../../api/me';
import { Loading } from '../../components/Loading';
import { enumLabel } from '../../components/options';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, showErrorOnForm } from '../../forms/errors';
import { zodErrors } from '../../forms/issues';
import { AuthFrame } from './AuthFrame';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const info = useInvitationInfo(token);
  const accept = useAcceptInvitation(token);
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: (values) => zodErrors(t, acceptInvitationSchema, values),
  });

  if (info.isPending) return <Loading fullPage />;
  if (info.isError) {
    const gone = isApiError(info.error) && [404, 409, 410].includes(info.error.status);
    return (
      <AuthFrame title={t('invite.title')}>
        <Stack>
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {gone ? t('invite.invalid') : errorMessage(t, info.error)}
          </Alert>
          <Button component={Link} to="/sign-in" variant="default">
            {t('invite.goToSignIn')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  const { email, workspaceName, role, vendorName } = info.data;
  const submit = form.onSubmit((values) => {
    const input = { name: values.name.trim(), password: values.password };
    accept.mutate(input, {
      onSuccess: () =>
        signIn.mutate(
          { email, password: input.password },
          {
            onSuccess: () => void navigate('/', { replace: true }),
            onError: () => void navigate(`/sign-in?email=${encodeURIComponent(email)}`, { replace: true }),
          },
        ),
      onError: (error) => showErrorOnForm(t, form, error),
    });
  });

  return (
    <AuthFrame title={t('invite.title')}>
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {t('invite.intro', { workspace: workspaceName, role: enumLabel(t, 'role', role) })}
            {vendorName ? ` ${t('invite.forVendor', { vendor: vendorName })}` : ''}
          </Text>
          <TextInput label={t('invite.email')} value={email} readOnly variant="filled" />
          <TextInput
            label={t('invite.name')}
            autoComplete="name"
            required
            autoFocus
            {...form.getInputProps('name')}
          />
          <PasswordField
            label={t('invite.password')}
            description={t('invite.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={accept.isPending || signIn.isPending} fullWidth>
            {t('invite.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
