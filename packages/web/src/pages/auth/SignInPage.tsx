import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSignIn } from '../../api/me';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage } from '../../forms/errors';
import { AuthFrame, safeNext } from './AuthFrame';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const failure = signIn.error
    ? isApiError(signIn.error) && (signIn.error.status === 401 || signIn.error.status === 400)
      ? t('signIn.invalid')
      : errorMessage(t, signIn.error)
    : null;

  return (
    <AuthFrame title={t('signIn.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          signIn.mutate(
            { email: values.email.trim(), password: values.password },
            { onSuccess: () => void navigate(next, { replace: true }) },
          ),
        )}
      >
        <Stack>
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {failure ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {failure}
            </Alert>
          ) : null}
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
