import { Alert, Group, Paper, ScrollArea, Stack, Switch, Text, Title, UnstyledButton } from '@mantine/core';
import type { Library } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranscript } from '../../../api/transcripts';
import { LoadGate } from '../../../components/LoadGate';
import { formatNumber } from '../../../format';
import { useWorkspace } from '../../../hooks/workspace';
import { formatClock } from '../shared/figures';
import { ruleColor } from '../shared/HighlightedText';
import { spansByTurn, turnOfHit } from '../shared/highlight';
import type { Lang } from '../shared/labels';
import { TurnsList } from '../shared/TurnsList';
import { useJumpToTurn } from '../shared/useJumpToTurn';
import { CallPicker } from './CallPicker';
import { useRuleTrial } from './useRuleTrial';

const TURN_ID = 'trial-turn';

interface LiveTestProps {
  /** the library as checked (the edits of the last moment) */
  readonly library: Library;
  readonly index: number;
  readonly lang: Lang;
}

/** Tries the rule being edited on a stored call, in the browser, at every change: its hits in the turns. */
export function LiveTest({ library, index, lang }: LiveTestProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [callId, setCallId] = useState<string | null>(null);
  const [onlyHits, setOnlyHits] = useState(true);
  const call = useTranscript(workspaceId, callId);
  const transcript = call.data?.transcript;
  const trial = useRuleTrial(library, index, transcript);
  const rule = library.rules[index];
  const { active, jump } = useJumpToTurn(TURN_ID);
  const hits = useMemo(() => (trial.state === 'done' ? trial.hits : []), [trial]);
  const spans = useMemo(() => spansByTurn(hits), [hits]);
  const turnStarts = useMemo(() => transcript?.turns.map((turn) => turn.start) ?? [], [transcript]);
  const hitTurns = useMemo(() => new Set(hits.map((h) => turnOfHit(h, turnStarts))), [hits, turnStarts]);
  const style = { label: rule ? rule.label[lang] || rule.id : '', color: ruleColor(rule) };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-test-title" data-testid="live-test">
      <Title order={3} size="h5" mb={4} id="live-test-title">
        {t('analysis.liveTest.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('analysis.liveTest.intro')}
      </Text>
      <Stack gap="sm">
        <CallPicker value={callId} onChange={setCallId} />
        {callId ? (
          <LoadGate loads={[call]}>
            {() =>
              trial.state === 'broken' ? (
                <Alert color="orange">{t('analysis.liveTest.broken')}</Alert>
              ) : trial.state === 'done' && transcript ? (
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text size="sm" fw={600} data-testid="live-test-result" role="status" aria-live="polite">
                      {t('analysis.liveTest.hits', {
                        count: hits.length,
                        formatted: formatNumber(hits.length),
                      })}
                    </Text>
                    <Switch
                      label={t('analysis.liveTest.onlyHits')}
                      checked={onlyHits}
                      onChange={(e) => setOnlyHits(e.currentTarget.checked)}
                      size="xs"
                    />
                  </Group>
                  {hits.length > 0 ? (
                    <Group gap={6}>
                      {hits.map((hit) => (
                        <UnstyledButton
                          key={`${hit.start}-${hit.end}`}
                          onClick={() => jump(turnOfHit(hit, turnStarts))}
                          fz="xs"
                          px={6}
                          py={2}
                          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
                        >
                          {formatClock(hit.start)}
                          {hit.spans.length === 0 ? ` · ${t('analysis.call.noWords')}` : ''}
                        </UnstyledButton>
                      ))}
                    </Group>
                  ) : null}
                  <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
                    {onlyHits && hits.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('analysis.liveTest.noHits')}
                      </Text>
                    ) : (
                      <TurnsList
                        turns={transcript.turns}
                        spans={spans}
                        styleOf={() => style}
                        focusRuleId={rule?.id ?? null}
                        activeTurn={active}
                        idPrefix={TURN_ID}
                        {...(onlyHits ? { only: hitTurns } : {})}
                      />
                    )}
                  </ScrollArea.Autosize>
                </Stack>
              ) : null
            }
          </LoadGate>
        ) : null}
      </Stack>
    </Paper>
  );
}
