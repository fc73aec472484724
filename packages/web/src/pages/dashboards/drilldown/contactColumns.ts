import type { TFunction } from 'i18next';
import type { ContactItem } from '../../../api/kpi';
import { enumLabel } from '../../../components/options';
import type { ExportKind, ExportValue } from '../../../export/table';

export interface ContactColumn {
  readonly header: string;
  readonly kind: ExportKind;
  /** the raw value, as exported */
  readonly value: (c: ContactItem) => ExportValue;
  /** the value as the page shows it, when it differs from the raw one */
  readonly display?: (c: ContactItem) => string;
}

/** The columns of the contacts list and of its export. */
export function contactColumns(
  t: TFunction,
  names: { readonly site: (id: string | null) => string; readonly activity: (id: string | null) => string },
  formatInstant: (instant: string) => string,
): ContactColumn[] {
  const seconds = (header: string, value: (c: ContactItem) => number): ContactColumn => ({
    header,
    kind: 'number',
    value,
  });
  return [
    {
      header: t('dashboards.contacts.offeredAt'),
      kind: 'text',
      // local wall-clock as the source wrote it: sorts and reads the same in a spreadsheet
      value: (c) => c.offeredAt.replace('T', ' '),
      display: (c) => formatInstant(c.offeredAt),
    },
    {
      header: t('dashboards.contacts.class'),
      kind: 'text',
      value: (c) => t(`dashboards.contactClass.${c.class}`),
    },
    { header: t('dashboards.contacts.site'), kind: 'text', value: (c) => names.site(c.siteId) },
    { header: t('dashboards.contacts.activity'), kind: 'text', value: (c) => names.activity(c.activityId) },
    {
      header: t('dashboards.contacts.channel'),
      kind: 'text',
      value: (c) => (c.channel ? enumLabel(t, 'channel', c.channel) : ''),
    },
    { header: t('dashboards.contacts.agent'), kind: 'text', value: (c) => c.agent ?? '' },
    seconds(t('dashboards.contacts.wait'), (c) => c.waitSeconds),
    seconds(t('dashboards.contacts.talk'), (c) => c.talkSeconds),
    seconds(t('dashboards.contacts.hold'), (c) => c.holdSeconds),
    seconds(t('dashboards.contacts.wrapUp'), (c) => c.wrapUpSeconds),
    { header: t('dashboards.contacts.customer'), kind: 'text', value: (c) => c.customerId ?? '' },
    { header: t('dashboards.contacts.id'), kind: 'text', value: (c) => c.id },
  ];
}
