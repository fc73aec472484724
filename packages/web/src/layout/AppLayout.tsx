import { AppShell, Burger, Group, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useWsHref } from '../hooks/workspace';
import { Navigation } from './Navigation';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** Header (name, workspace, language, user), lifecycle navbar (a drawer on phones), page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const href = useWsHref();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
            />
            <UnstyledButton component={Link} to={href('vendors')}>
              <Group gap={6} wrap="nowrap">
                <IconEye size={24} color="var(--mantine-color-indigo-7)" aria-hidden />
                <Text fw={800} size="lg" c="indigo.8" component="span">
                  Vigie
                </Text>
              </Group>
            </UnstyledButton>
            {wide ? <WorkspaceSwitcher withLabel={false} /> : null}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu compact={!wide} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        {wide ? null : (
          <AppShell.Section p="sm" pb={0}>
            <WorkspaceSwitcher withLabel />
          </AppShell.Section>
        )}
        <AppShell.Section grow component={ScrollArea} p="xs" pb="md">
          <Navigation onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
