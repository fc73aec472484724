import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useMe, useSignOut } from '../api/me';
import { Loading } from '../components/Loading';
import { lastWorkspace } from '../hooks/workspace';

/** `/`: opens the last workspace used on this browser, or the first one. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!me) return <Loading fullPage />;
  const last = lastWorkspace();
  const target = me.memberships.find((m) => m.workspaceId === last) ?? me.memberships[0];
  if (target) return <Navigate to={`/w/${encodeURIComponent(target.workspaceId)}/vendors`} replace />;
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" radius="md" maw={440}>
        <Stack>
          <Title order={1} size="h3">
            {t('home.noWorkspaceTitle')}
          </Title>
          <Text size="sm">{t('home.noWorkspaceText', { email: me.user.email })}</Text>
          <Button
            variant="default"
            loading={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
          >
            {t('header.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
