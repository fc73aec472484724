import { Badge, Button, Center, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconHistory } from '@tabler/icons-react';
import { isIsoDate } from '@vigie/core';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters as AuditQuery, useAuditLog } from '../../api/audit';
import { useMembers } from '../../api/members';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { enumLabel } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useCan, useWorkspace } from '../../hooks/workspace';
import { AuditDiff } from './AuditDiff';
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters';

const ACTION_COLOR: Readonly<Record<string, string>> = { create: 'teal', update: 'blue', delete: 'red' };

function toQuery(f: AuditFilterValues): AuditQuery {
  return {
    entity: f.entity ?? undefined,
    action: f.action ?? undefined,
    actorUserId: f.actorUserId ?? undefined,
    // days (YYYY-MM-DD), both inclusive, as the server expects them
    from: isIsoDate(f.from) ? f.from : undefined,
    to: isIsoDate(f.to) ? f.to : undefined,
  };
}

export function AuditPage() {
  const allowed = useCan();
  if (!allowed('read', 'audit')) return <NoAccess />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const log = useAuditLog(workspaceId, toQuery(filters));
  const members = useMembers(workspaceId);
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const events = log.data?.pages.flatMap((p) => p.items) ?? [];
  let body: ReactNode;
  if (log.isPending) body = <Loading />;
  else if (log.isError) body = <QueryError error={log.error} onRetry={() => void log.refetch()} />;
  else if (events.length === 0) {
    body = (
      <EmptyBlock
        icon={<IconHistory size={28} />}
        title={t('audit.emptyTitle')}
        description={
          JSON.stringify(filters) === JSON.stringify(NO_FILTERS)
            ? t('audit.emptyText')
            : t('audit.emptyFiltered')
        }
      />
    );
  } else {
    body = (
      <>
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
                </Table.Th>
                <Table.Th>{t('audit.fields.when')}</Table.Th>
                <Table.Th>{t('audit.fields.who')}</Table.Th>
                <Table.Th>{t('audit.fields.action')}</Table.Th>
                <Table.Th>{t('audit.fields.entity')}</Table.Th>
                <Table.Th>{t('audit.fields.entityId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => {
                const expanded = open.has(e.id);
                return (
                  <Fragment key={e.id}>
                    <Table.Tr>
                      <Table.Td w={120}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-expanded={expanded}
                          aria-controls={`audit-${e.id}`}
                          leftSection={
                            expanded ? (
                              <IconChevronDown size={14} aria-hidden />
                            ) : (
                              <IconChevronRight size={14} aria-hidden />
                            )
                          }
                          onClick={() => toggle(e.id)}
                        >
                          {t('audit.details')}
                        </Button>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.actorEmail ?? t('audit.system')}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={ACTION_COLOR[e.action] ?? 'gray'}>
                          {enumLabel(t, 'auditAction', e.action)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{enumLabel(t, 'entity', e.entity)}</Table.Td>
                      <Table.Td>
                        <Code>{e.entityId}</Code>
                      </Table.Td>
                    </Table.Tr>
                    {expanded ? (
                      <Table.Tr id={`audit-${e.id}`}>
                        <Table.Td colSpan={6} bg="gray.0">
                          <AuditDiff before={e.before} after={e.after} />
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Center mt="md">
          {log.hasNextPage ? (
            <Button variant="light" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
              {t('audit.loadMore')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('audit.end', { count: events.length })}
            </Text>
          )}
        </Center>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditFilters value={filters} onChange={setFilters} members={members.data ?? []} />
      {body}
    </>
  );
}
