import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { callMeasures, type Hit } from '@vigie/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useRunCall } from '../../../api/analysis';
import { useVendors } from '../../../api/vendors';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { Crumbs } from '../shared/Crumbs';
import { spansByTurn, turnOfHit } from '../shared/highlight';
import { isNotFound } from '../shared/isNotFound';
import { ruleLabel, useLang } from '../shared/labels';
import { analysisPaths } from '../shared/paths';
import { TurnsList } from '../shared/TurnsList';
import { useJumpToTurn } from '../shared/useJumpToTurn';
import { useRuleStyles } from '../shared/useRuleStyles';
import { CallHeader } from './CallHeader';
import { CallTimeline } from './CallTimeline';
import { HitsPanel } from './HitsPanel';

const TURN_ID = 'turn';

/**
 * /analysis/runs/:runId/calls/:transcriptId (?rule= the practice the reader came from): the call,
 * its time line, its turns with every hit marked, and its hits rule by rule.
 */
export function CallViewerPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { runId = '', transcriptId = '' } = useParams();
  const [params] = useSearchParams();
  const focusRuleId = params.get('rule');
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const call = useRunCall(workspaceId, runId, transcriptId);
  const vendors = useVendors(workspaceId);
  const data = call.data;
  const rules = data?.rules ?? [];
  const styleOf = useRuleStyles(rules, lang);
  const { active, jump } = useJumpToTurn(TURN_ID);
  const turnStarts = useMemo(() => data?.transcript.turns.map((turn) => turn.start) ?? [], [data]);
  const spans = useMemo(() => spansByTurn(data?.result.hits ?? []), [data]);
  const silences = useMemo(() => (data ? callMeasures(data.transcript).silences : []), [data]);
  const onHit = (hit: Hit) => jump(turnOfHit(hit, turnStarts));

  // coming from a practice, its first hit is brought into view once
  const jumped = useRef(false);
  useEffect(() => {
    if (jumped.current || !data || !focusRuleId) return;
    const first = data.result.hits.find((h) => h.ruleId === focusRuleId);
    if (first) {
      jumped.current = true;
      requestAnimationFrame(() => jump(turnOfHit(first, turnStarts)));
    }
  }, [data, focusRuleId, jump, turnStarts]);

  if (isNotFound(call)) return <NotFoundPage />;

  const vendorName = (id: string) => vendors.data?.find((v) => v.id === id)?.name ?? id;
  const title = data
    ? t('analysis.call.title', { callId: data.summary.callId })
    : t('analysis.call.titleLoading');
  return (
    <div style={{ maxWidth: 1400 }}>
      <Crumbs
        items={[
          { label: t('analysis.runs.title'), to: href(analysisPaths.runs()) },
          { label: data?.run.name ?? '…', to: href(analysisPaths.run(runId)) },
          ...(focusRuleId
            ? [
                {
                  label: ruleLabel(rules, focusRuleId, lang),
                  to: href(analysisPaths.practice(runId, focusRuleId)),
                },
              ]
            : []),
          { label: data?.summary.callId ?? '…' },
        ]}
      />
      <PageHeader title={title} description={data?.run.name} />
      <LoadGate loads={[call]}>
        {() =>
          data ? (
            <Stack gap="md">
              <CallHeader
                summary={data.summary}
                measures={data.result.measures}
                vendorName={vendors.data ? vendorName(data.summary.vendorId) : '…'}
              />
              <Paper withBorder p="md" component="section" aria-labelledby="call-timeline-title">
                <Title order={2} size="h4" mb="xs" id="call-timeline-title">
                  {t('analysis.call.timeline')}
                </Title>
                <CallTimeline
                  turns={data.transcript.turns}
                  silences={silences}
                  hits={data.result.hits}
                  durationSeconds={data.result.measures.durationSeconds}
                  styleOf={styleOf}
                  focusRuleId={focusRuleId}
                  onHit={onHit}
                />
              </Paper>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <Paper withBorder p="md" component="section" aria-labelledby="call-turns-title">
                    <Title order={2} size="h4" mb="sm" id="call-turns-title">
                      {t('analysis.call.turnsTitle', { count: data.transcript.turns.length })}
                    </Title>
                    {data.summary.redactions && Object.values(data.summary.redactions).some((n) => n > 0) ? (
                      <Text size="xs" c="dimmed" mb="sm">
                        {t('analysis.call.redacted')}
                      </Text>
                    ) : null}
                    <TurnsList
                      turns={data.transcript.turns}
                      spans={spans}
                      styleOf={styleOf}
                      focusRuleId={focusRuleId}
                      activeTurn={active}
                      idPrefix={TURN_ID}
                    />
                  </Paper>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <div
                    style={{
                      position: 'sticky',
                      top: 76,
                      maxHeight: 'calc(100vh - 96px)',
                      overflowY: 'auto',
                    }}
                  >
                    <HitsPanel
                      hits={data.result.hits}
                      rules={rules}
                      styleOf={styleOf}
                      focusRuleId={focusRuleId}
                      onHit={onHit}
                    />
                  </div>
                </Grid.Col>
              </Grid>
            </Stack>
          ) : null
        }
      </LoadGate>
    </div>
  );
}
