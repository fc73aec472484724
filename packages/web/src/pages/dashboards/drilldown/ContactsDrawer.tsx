import { Drawer, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import type { ContactClass } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities } from '../../../api/activities';
import { CONTACTS_MAX_LIMIT, fetchContacts, type Period, useKpiContacts } from '../../../api/kpi';
import { useSites } from '../../../api/sites';
import { LoadGate } from '../../../components/LoadGate';
import { ExportMenu } from '../../../export/ExportMenu';
import type { ExportTable } from '../../../export/table';
import { formatDateTime, formatNumber } from '../../../format';
import { useWorkspace } from '../../../hooks/workspace';
import { type ContactColumn, contactColumns } from './contactColumns';
import type { Drilldown } from './useDrilldown';

const PAGE_SIZE = 50;
/** An export gathers at most this many contacts (20 requests of the largest page). */
const EXPORT_MAX = 10_000;

const CONTACT_CLASSES: readonly ContactClass[] = [
  'answered',
  'abandoned',
  'short_abandoned',
  'offered_other',
  'vru_only',
  'phantom',
  'not_offered',
];

function isContactClass(value: string | null): value is ContactClass {
  return (CONTACT_CLASSES as readonly (string | null)[]).includes(value);
}

interface ContactsListProps {
  readonly drill: Drilldown;
  readonly period: Period;
}

/** The contacts behind one figure, newest first, a page at a time; the class can be changed. */
function ContactsList({ drill, period }: ContactsListProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [contactClass, setContactClass] = useState<ContactClass | null>(drill.filters.class ?? null);
  const [page, setPage] = useState(1);
  const filters = { ...drill.filters, class: contactClass ?? undefined };
  const contacts = useKpiContacts(workspaceId, {
    period,
    filters,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const sites = useSites(workspaceId);
  const activities = useActivities(workspaceId);
  const columns = useMemo(() => {
    const siteName = new Map((sites.data ?? []).map((s) => [s.id, s.name]));
    const activityName = new Map((activities.data ?? []).map((a) => [a.id, a.name]));
    return contactColumns(
      t,
      {
        site: (id) => (id ? (siteName.get(id) ?? '') : ''),
        activity: (id) => (id ? (activityName.get(id) ?? '') : ''),
      },
      formatDateTime,
    );
  }, [t, sites.data, activities.data]);

  const total = contacts.data?.total ?? 0;
  const exportTable = async (): Promise<ExportTable> => {
    const items = [];
    for (let offset = 0; offset < Math.min(total, EXPORT_MAX); offset += CONTACTS_MAX_LIMIT) {
      const next = await fetchContacts(workspaceId, { period, filters, limit: CONTACTS_MAX_LIMIT, offset });
      items.push(...next.items);
      if (next.items.length < CONTACTS_MAX_LIMIT) break;
    }
    return {
      title: drill.title,
      columns: columns.map(({ header, kind }) => ({ header, kind })),
      rows: items.map((c) => columns.map((col) => col.value(c))),
    };
  };
  const cell = (col: ContactColumn, c: Parameters<ContactColumn['value']>[0]) => {
    const text = col.display?.(c) ?? col.value(c);
    return typeof text === 'number' ? formatNumber(text, 0) : (text ?? '');
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('dashboards.contacts.class')}
          placeholder={t('dashboards.contacts.allClasses')}
          data={CONTACT_CLASSES.map((c) => ({ value: c, label: t(`dashboards.contactClass.${c}`) }))}
          value={contactClass}
          clearable
          onChange={(value) => {
            setContactClass(isContactClass(value) ? value : null);
            setPage(1);
          }}
          w={{ base: '100%', xs: 240 }}
        />
        <ExportMenu name={drill.title} period={period} table={exportTable} disabled={total === 0} />
      </Group>
      <LoadGate loads={[contacts]}>
        {() =>
          total === 0 ? (
            <Text c="dimmed">{t('dashboards.contacts.none')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={1100}>
                <Table striped captionSide="top" style={{ opacity: contacts.isPlaceholderData ? 0.55 : 1 }}>
                  <Table.Caption ta="left">
                    {t('dashboards.contacts.count', { count: total, total: formatNumber(total, 0) })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((col) => (
                        <Table.Th
                          key={col.header}
                          style={col.kind === 'number' ? { textAlign: 'right' } : undefined}
                        >
                          {col.header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {(contacts.data?.items ?? []).map((c) => (
                      <Table.Tr key={c.id}>
                        {columns.map((col) => (
                          <Table.Td
                            key={col.header}
                            style={{
                              whiteSpace: 'nowrap',
                              textAlign: col.kind === 'number' ? 'right' : undefined,
                            }}
                          >
                            {cell(col, c)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {total > PAGE_SIZE ? (
                <Pagination
                  total={Math.ceil(total / PAGE_SIZE)}
                  value={page}
                  onChange={setPage}
                  size="sm"
                  aria-label={t('dashboards.contacts.pages')}
                />
              ) : null}
            </>
          )
        }
      </LoadGate>
    </Stack>
  );
}

interface ContactsDrawerProps {
  readonly drill: Drilldown | null;
  readonly period: Period | null;
  readonly onClose: () => void;
}

/** The drill-down: a side panel over the dashboard, closed by Escape or its close button. */
export function ContactsDrawer({ drill, period, onClose }: ContactsDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size="min(100%, 72rem)"
      title={<Text fw={700}>{drill?.title ?? ''}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {drill && period ? (
        <ContactsList key={JSON.stringify(drill.filters)} drill={drill} period={period} />
      ) : null}
    </Drawer>
  );
}
