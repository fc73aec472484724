import {
  type Icon,
  IconBuildingSkyscraper,
  IconChartLine,
  IconChartPie,
  IconDice5,
  IconFileImport,
  IconFileInvoice,
  IconFileText,
  IconHeadset,
  IconHistory,
  IconMapPin,
  IconMessageCircleSearch,
  IconMessageReport,
  IconStairsUp,
  IconTargetArrow,
  IconUsers,
} from '@tabler/icons-react';
import type { Resource } from '@vigie/core';

export interface NavItem {
  /** translation key under nav.items */
  readonly key: string;
  /** path inside the workspace; absent for a section still to come */
  readonly path?: string;
  readonly icon?: Icon;
  /** the item is shown only to those who may read this */
  readonly resource?: Resource;
}

export interface NavGroup {
  /** translation key under nav.groups */
  readonly key: string;
  readonly items: readonly NavItem[];
}

/** The navbar follows the outsourcing lifecycle: frame, choose, contract, operate, steer. */
export const NAV_GROUPS: readonly NavGroup[] = [
  { key: 'frame', items: [{ key: 'needs' }, { key: 'forecasts' }] },
  { key: 'choose', items: [{ key: 'tenders' }, { key: 'assessments' }] },
  {
    key: 'contract',
    items: [
      { key: 'contracts', path: 'contracts', icon: IconFileText, resource: 'contract' },
      { key: 'targets', path: 'targets', icon: IconTargetArrow, resource: 'target' },
    ],
  },
  {
    key: 'operate',
    items: [
      { key: 'vendors', path: 'vendors', icon: IconBuildingSkyscraper, resource: 'vendor' },
      { key: 'sites', path: 'sites', icon: IconMapPin, resource: 'site' },
      { key: 'activities', path: 'activities', icon: IconHeadset, resource: 'activity' },
      { key: 'allocations', path: 'allocations', icon: IconChartPie, resource: 'allocation' },
      { key: 'imports', path: 'imports', icon: IconFileImport, resource: 'import' },
    ],
  },
  {
    key: 'steer',
    items: [
      { key: 'dashboards', path: 'dashboards', icon: IconChartLine, resource: 'kpi' },
      { key: 'samples', path: 'samples', icon: IconDice5, resource: 'sample' },
      { key: 'reports', path: 'reports', icon: IconMessageReport, resource: 'report' },
      { key: 'cycles', path: 'cycles', icon: IconStairsUp, resource: 'cycle' },
      { key: 'analysis', path: 'analysis', icon: IconMessageCircleSearch, resource: 'analysis' },
      { key: 'invoices', path: 'invoices', icon: IconFileInvoice, resource: 'invoice' },
    ],
  },
  {
    key: 'admin',
    items: [
      { key: 'users', path: 'admin/users', icon: IconUsers, resource: 'invitation' },
      { key: 'audit', path: 'admin/audit', icon: IconHistory, resource: 'audit' },
    ],
  },
];
