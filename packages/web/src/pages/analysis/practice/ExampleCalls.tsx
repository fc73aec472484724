import { Anchor, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import type { Vendor } from '@vigie/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type RunCall, useRunCalls } from '../../../api/analysis';
import { LoadGate } from '../../../components/LoadGate';
import { nameOptions } from '../../../components/options';
import { locale } from '../../../format';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { DASH, formatLocalDateTime, formatSeconds } from '../shared/figures';
import { analysisPaths } from '../shared/paths';

const PAGE = 10;
const EXCERPTS = 3;

interface ExampleCallsProps {
  readonly runId: string;
  readonly ruleId: string;
  /** the first page, as the practice's page gives it */
  readonly first: readonly RunCall[];
  readonly total: number;
  readonly vendors: readonly Vendor[];
  readonly color: string;
  readonly label: string;
}

/** Calls where the rule matched, newest first, with the words it matched; each opens the call viewer. */
export function ExampleCalls({ runId, ruleId, first, total, vendors, color, label }: ExampleCallsProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const own = page === 1 && !vendorId;
  const more = useRunCalls(
    workspaceId,
    runId,
    { ruleId, vendorId: vendorId ?? undefined, limit: PAGE, offset: (page - 1) * PAGE },
    !own,
  );
  const items = own ? first : (more.data?.items ?? []);
  const count = own ? total : (more.data?.total ?? 0);
  const vendorName = (id: string) => vendors.find((v) => v.id === id)?.name ?? id;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          {t('analysis.practice.examplesCount', { count })}
        </Text>
        {vendors.length > 1 ? (
          <Select
            label={t('analysis.practice.examplesVendor')}
            placeholder={t('analysis.newRun.allVendors')}
            data={nameOptions(vendors)}
            value={vendorId}
            onChange={(v) => {
              setVendorId(v);
              setPage(1);
            }}
            clearable
            w={{ base: '100%', sm: 260 }}
          />
        ) : null}
      </Group>
      <LoadGate loads={own ? [] : [more]}>
        {() =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('analysis.practice.noExamples')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table data-testid="example-calls" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('analysis.call.callId')}</Table.Th>
                    <Table.Th>{t('analysis.call.vendor')}</Table.Th>
                    <Table.Th>{t('analysis.call.agent')}</Table.Th>
                    <Table.Th>{t('analysis.call.date')}</Table.Th>
                    <Table.Th ta="right">{t('analysis.call.duration')}</Table.Th>
                    <Table.Th>{t('analysis.practice.matched')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <ExampleRow
                      key={item.transcript.id}
                      runId={runId}
                      ruleId={ruleId}
                      item={item}
                      vendorName={vendorName(item.transcript.vendorId)}
                      color={color}
                      label={label}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </LoadGate>
      {count > PAGE ? (
        <Pagination
          total={Math.ceil(count / PAGE)}
          value={page}
          onChange={setPage}
          size="sm"
          getControlProps={(control) => ({
            'aria-label': t(`analysis.practice.page.${control}`),
          })}
        />
      ) : null}
    </Stack>
  );
}

interface ExampleRowProps {
  readonly runId: string;
  readonly ruleId: string;
  readonly item: RunCall;
  readonly vendorName: string;
  readonly color: string;
  readonly label: string;
}

function ExampleRow({ runId, ruleId, item, vendorName, color, label }: ExampleRowProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const { transcript, hits } = item;
  // one line per hit; a sequence (A THEN B) shows its parts joined by "…"
  const excerpts = hits
    .map((h) => h.spans.map((s) => s.text).filter(Boolean))
    .filter((parts) => parts.length > 0);
  const markStyle = {
    backgroundColor: `var(--mantine-color-${color}-1)`,
    color: 'inherit',
    padding: '0 2px',
  };
  return (
    <Table.Tr data-transcript-id={transcript.id}>
      <Table.Td>
        <Anchor
          component={Link}
          to={href(analysisPaths.call(runId, transcript.id, ruleId))}
          size="sm"
          fw={600}
        >
          {transcript.callId}
        </Anchor>
      </Table.Td>
      <Table.Td>{vendorName}</Table.Td>
      <Table.Td>{transcript.agent ?? DASH}</Table.Td>
      <Table.Td>{formatLocalDateTime(transcript.startedAt, locale())}</Table.Td>
      <Table.Td ta="right">{formatSeconds(transcript.durationSeconds)}</Table.Td>
      <Table.Td>
        {excerpts.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('analysis.practice.hitsWithoutWords', { count: hits.length })}
          </Text>
        ) : (
          <Stack gap={2}>
            {excerpts.slice(0, EXCERPTS).map((parts, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: excerpts are in time order and do not move
              <Text size="xs" key={i}>
                {parts.map((text, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a hit are in order
                  <Fragment key={j}>
                    {j > 0 ? ' … ' : null}
                    <mark data-rule-id={ruleId} title={label} style={markStyle}>
                      {text}
                    </mark>
                  </Fragment>
                ))}
              </Text>
            ))}
            {excerpts.length > EXCERPTS ? (
              <Text size="xs" c="dimmed">
                {t('analysis.practice.moreExcerpts', { count: excerpts.length - EXCERPTS })}
              </Text>
            ) : null}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
