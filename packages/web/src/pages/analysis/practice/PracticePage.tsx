import { Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RUN_BREAKDOWN, usePractice, useRun } from '../../../api/analysis';
import { useVendors } from '../../../api/vendors';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { Crumbs } from '../shared/Crumbs';
import { ruleColor } from '../shared/HighlightedText';
import { isNotFound } from '../shared/isNotFound';
import { labelIndex, useLang } from '../shared/labels';
import { PolarityMark } from '../shared/PolarityMark';
import { analysisPaths } from '../shared/paths';
import { Section } from '../shared/Section';
import { ExampleCalls } from './ExampleCalls';
import { GroupShares } from './GroupShares';
import { PracticeFigures } from './PracticeFigures';
import { ReactionComparisons } from './ReactionComparisons';
import { RuleCard } from './RuleCard';

/**
 * /analysis/runs/:runId/practices/:ruleId: a practice (or reaction) of a run: the rule, its share
 * by vendor and by agent, the customers' reactions after it, and example calls.
 */
export function PracticePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { runId = '', ruleId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const practice = usePractice(workspaceId, runId, ruleId);
  // the run's own copy of the library names the reactions (the run page has usually loaded it)
  const run = useRun(workspaceId, runId, RUN_BREAKDOWN);
  const vendors = useVendors(workspaceId);
  const labelOf = useMemo(() => labelIndex(run.data?.library.rules ?? [], lang), [run.data, lang]);
  if (isNotFound(practice)) return <NotFoundPage />;

  const data = practice.data;
  const rule = data?.rule;
  const vendorName = (key: string | null) =>
    key === null ? t('analysis.unknown') : (vendors.data?.find((v) => v.id === key)?.name ?? key);
  const agentName = (key: string | null) => key ?? t('analysis.unknownAgent');
  const costless = (rule?.cost ?? 'none') === 'none';
  const color = ruleColor(rule);
  const label = rule ? rule.label[lang] : '';

  return (
    <div style={{ maxWidth: 1280 }}>
      <Crumbs
        items={[
          { label: t('analysis.runs.title'), to: href(analysisPaths.runs()) },
          { label: data?.run.name ?? '…', to: href(analysisPaths.run(runId)) },
          { label: label || '…' },
        ]}
      />
      <PageHeader
        title={label || t('analysis.practice.title')}
        description={
          rule?.theme
            ? t(`analysis.themes.${rule.theme}`)
            : rule
              ? t(`analysis.kinds.${rule.kind}`)
              : undefined
        }
        actions={rule ? <PolarityMark polarity={rule.polarity} /> : null}
      />
      <LoadGate loads={[practice, vendors]}>
        {() =>
          data && rule ? (
            <Stack gap="md">
              <RuleCard rule={rule} lang={lang} />
              {data.all ? <PracticeFigures all={data.all} costless={costless} /> : null}
              <Section id="practice-vendors" title={t('analysis.practice.byVendor')}>
                <GroupShares
                  groups={data.byVendor}
                  nameOf={vendorName}
                  groupLabel={t('analysis.call.vendor')}
                  chartLabel={t('analysis.practice.byVendorChart', { label })}
                  color={color}
                  costless={costless}
                  testId="practice-by-vendor"
                />
              </Section>
              <Section id="practice-agents" title={t('analysis.practice.byAgent')}>
                {data.byAgent.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('analysis.practice.noAgents')}
                  </Text>
                ) : (
                  <GroupShares
                    groups={data.byAgent}
                    nameOf={agentName}
                    groupLabel={t('analysis.call.agent')}
                    chartLabel={t('analysis.practice.byAgentChart', { label })}
                    color={color}
                    costless={costless}
                    testId="practice-by-agent"
                  />
                )}
              </Section>
              {data.all?.practice && data.all.practice.reactions.length > 0 ? (
                <Section id="practice-reactions" title={t('analysis.practice.reactions')}>
                  <Text size="xs" c="dimmed" mb="sm">
                    {t('analysis.practice.reactionsHint')}
                  </Text>
                  <ReactionComparisons reactions={data.all.practice.reactions} labelOf={labelOf} />
                </Section>
              ) : null}
              <Section id="practice-examples" title={t('analysis.practice.examples')}>
                <Group mb="xs" gap={6}>
                  <Text size="xs" c="dimmed">
                    {t('analysis.practice.examplesHint')}
                  </Text>
                </Group>
                <ExampleCalls
                  runId={runId}
                  ruleId={ruleId}
                  first={data.examples}
                  total={data.exampleTotal}
                  vendors={vendors.data ?? []}
                  color={color}
                  label={label}
                />
              </Section>
            </Stack>
          ) : null
        }
      </LoadGate>
    </div>
  );
}
