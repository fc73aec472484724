import { Select } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { can } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useWorkspace } from '../hooks/workspace';
import { NAV_GROUPS } from './navigation';

/** The section to open in another workspace: the same one when the role there may read it. */
function sectionFor(pathname: string, role: Parameters<typeof can>[0]['role']): string {
  const section = pathname.split('/').slice(3).join('/');
  for (const group of NAV_GROUPS) {
    for (const item of group.items) {
      if (item.path && (section === item.path || section.startsWith(`${item.path}/`))) {
        return !item.resource || can({ role }, 'read', item.resource) ? item.path : 'vendors';
      }
    }
  }
  return 'vendors';
}

/** Lists the user's workspaces; the choice lives in the URL (/w/:workspaceId/...). */
export function WorkspaceSwitcher({ withLabel }: { readonly withLabel: boolean }) {
  const { t } = useTranslation();
  const { me, workspaceId } = useWorkspace();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const data = me.memberships.map((m) => ({ value: m.workspaceId, label: m.workspaceName }));
  return (
    <Select
      label={withLabel ? t('header.workspace') : undefined}
      aria-label={withLabel ? undefined : t('header.workspace')}
      data={data}
      value={workspaceId}
      allowDeselect={false}
      leftSection={<IconBuilding size={16} aria-hidden />}
      w={withLabel ? '100%' : 240}
      onChange={(next) => {
        const target = me.memberships.find((m) => m.workspaceId === next);
        if (!target || target.workspaceId === workspaceId) return;
        void navigate(`/w/${encodeURIComponent(target.workspaceId)}/${sectionFor(pathname, target.role)}`);
      }}
    />
  );
}
