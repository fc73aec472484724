import { Badge, List, Table, Text } from '@mantine/core';
import type { ImportIssue, Interaction } from '@vigie/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';

/** One record as a profile read it: the interaction, or null when its errors rejected it. */
export interface PreviewRow {
  readonly key: string;
  /** the line of the file, when known */
  readonly line: number | null;
  readonly interaction: Interaction | null;
  readonly issues: readonly ImportIssue[];
}

/** Names of the vendors and activities, for rows the server has already resolved to ids. */
export interface PreviewNames {
  readonly vendor: ReadonlyMap<string, string>;
  readonly activity: ReadonlyMap<string, string>;
}

interface PreviewTableProps {
  readonly rows: readonly PreviewRow[];
  readonly caption: string;
  /** absent: vendor and activity are shown as the source wrote them */
  readonly names?: PreviewNames;
}

const dash = (value: string | null) => value ?? '—';

/** Columns after the line number: id, offered at, channel, outcome, wait, talk, agent, vendor, activity. */
const FIELD_COLUMNS = 9;

function IssueList({ issues }: { readonly issues: readonly ImportIssue[] }) {
  return (
    <List size="xs" spacing={2} mt={4}>
      {issues.map((issue) => (
        <List.Item key={`${issue.field ?? ''}:${issue.code}`}>
          <Text span size="xs" c={issue.severity === 'error' ? 'red' : 'orange'}>
            {issue.message}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The first records as Vigie will store them, so that a wrong mapping shows before the import. */
export function PreviewTable({ rows, caption, names }: PreviewTableProps) {
  const { t } = useTranslation();
  const named = (kind: keyof PreviewNames, value: string | null) =>
    value === null ? '—' : (names?.[kind].get(value) ?? value);
  const withLines = rows.some((r) => r.line !== null);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped fz="sm" data-testid="preview-table">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {withLines ? <Table.Th>{t('imports.preview.line')}</Table.Th> : null}
            <Table.Th>{t('imports.preview.id')}</Table.Th>
            <Table.Th>{t('imports.preview.offeredAt')}</Table.Th>
            <Table.Th>{t('imports.preview.channel')}</Table.Th>
            <Table.Th>{t('imports.preview.disposition')}</Table.Th>
            <Table.Th ta="right">{t('imports.preview.wait')}</Table.Th>
            <Table.Th ta="right">{t('imports.preview.talk')}</Table.Th>
            <Table.Th>{t('imports.preview.agent')}</Table.Th>
            <Table.Th>{t('imports.preview.vendor')}</Table.Th>
            <Table.Th>{t('imports.preview.activity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, line, interaction: i, issues }) => (
            <Fragment key={key}>
              <Table.Tr>
                {withLines ? <Table.Td>{line === null ? '—' : formatNumber(line)}</Table.Td> : null}
                {i ? (
                  <>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.id}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.offeredAt.replace('T', ' ')}</Table.Td>
                    <Table.Td>{t(`enums.channel.${i.channel}`)}</Table.Td>
                    <Table.Td>{t(`imports.dispositions.${i.disposition}`)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(i.waitSeconds)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(i.talkSeconds)}</Table.Td>
                    <Table.Td>{dash(i.agent)}</Table.Td>
                    <Table.Td>{named('vendor', i.vendor)}</Table.Td>
                    <Table.Td>{named('activity', i.activity)}</Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={FIELD_COLUMNS}>
                    <Badge color="red" variant="light">
                      {t('imports.preview.rejected')}
                    </Badge>
                    <IssueList issues={issues} />
                  </Table.Td>
                )}
              </Table.Tr>
              {/* a kept row's warnings go on a line of their own, under it */}
              {i && issues.length > 0 ? (
                <Table.Tr>
                  {withLines ? <Table.Td /> : null}
                  <Table.Td colSpan={FIELD_COLUMNS}>
                    <IssueList issues={issues} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
