import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/me';
import { enumLabel } from '../components/options';
import { useWorkspace } from '../hooks/workspace';

function initials(name: string): string {
  return (name.match(/\p{L}+/gu) ?? [])
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ compact }: { readonly compact: boolean }) {
  const { t } = useTranslation();
  const { me, membership } = useWorkspace();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const name = me.user.name || me.user.email;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={compact ? 4 : 'xs'}
          aria-label={t('header.userMenu', { name })}
          leftSection={
            <Avatar size={28} color="indigo" radius="xl">
              {initials(name)}
            </Avatar>
          }
          rightSection={compact ? null : <IconChevronDown size={14} aria-hidden />}
        >
          {compact ? null : name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
          <Text size="xs" c="dimmed">
            {enumLabel(t, 'role', membership.role)}
            {membership.vendorName ? ` · ${membership.vendorName}` : ''}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
