import { Badge, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCan, useWsHref } from '../hooks/workspace';
import { NAV_GROUPS, type NavGroup } from './navigation';

interface NavigationProps {
  /** called after a link is followed (closes the navbar on phones) */
  readonly onNavigate: () => void;
}

function GroupTitle({ group, index }: { readonly group: NavGroup; readonly index: number }) {
  const { t } = useTranslation();
  const lifecycle = group.key !== 'admin';
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} component="h2">
      {lifecycle ? `${index + 1}. ` : ''}
      {t(`nav.groups.${group.key}`)}
    </Text>
  );
}

export function Navigation({ onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const href = useWsHref();
  const allowed = useCan();
  return (
    <nav aria-label={t('nav.label')}>
      {NAV_GROUPS.map((group, index) => {
        const items = group.items.filter((item) => !item.resource || allowed('read', item.resource));
        if (items.length === 0) return null;
        return (
          <Stack key={group.key} gap={0} component="section" aria-label={t(`nav.groups.${group.key}`)}>
            <GroupTitle group={group} index={index} />
            {items.map((item) => {
              const label = t(`nav.items.${item.key}`);
              if (!item.path) {
                return (
                  <NavLink
                    key={item.key}
                    component="div"
                    label={label}
                    disabled
                    aria-disabled
                    rightSection={
                      <Badge size="xs" variant="light" color="gray">
                        {t('nav.soon')}
                      </Badge>
                    }
                  />
                );
              }
              const to = href(item.path);
              const Icon = item.icon;
              const active = pathname === to || pathname.startsWith(`${to}/`);
              return (
                <NavLink
                  key={item.key}
                  component={Link}
                  to={to}
                  label={label}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  leftSection={Icon ? <Icon size={18} stroke={1.6} aria-hidden /> : null}
                  onClick={onNavigate}
                />
              );
            })}
          </Stack>
        );
      })}
    </nav>
  );
}
