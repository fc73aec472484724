import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Library, LibraryRule, RuleError } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { type LibraryRecord, useSaveLibrary } from '../../../api/libraries';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { apiIssuesToErrors } from '../../../forms/issues';
import { useLeaveGuard } from '../../../hooks/useLeaveGuard';
import { useWorkspace } from '../../../hooks/workspace';
import type { Lang } from '../shared/labels';
import { LibraryHeaderFields } from './LibraryHeaderFields';
import { LiveTest } from './LiveTest';
import { uniqueId } from './librarySlug';
import { ProblemsSummary } from './ProblemsSummary';
import { RuleFields } from './RuleFields';
import { firstShownRule, RuleList } from './RuleList';
import { serverRuleErrors } from './ruleErrors';
import { checkDraft, ruleFieldErrors, useLibraryCheck } from './useLibraryCheck';

interface LibraryEditorProps {
  readonly record: LibraryRecord;
  /** shipped libraries, and readers without the right, see the rules and try them, without editing */
  readonly readOnly: boolean;
  readonly lang: Lang;
}

interface ServerRefusal {
  /** the draft the server refused: its errors hold until the next change */
  readonly draft: Library;
  readonly rules: Map<number, RuleError[]>;
  readonly fields: Record<string, string>;
}

function newRule(t: (key: string) => string, taken: ReadonlySet<string>): LibraryRule {
  return {
    id: uniqueId('nouvelle_regle', taken),
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'good',
    cost: 'none',
    label: { fr: t('analysis.editor.newRuleFr'), en: t('analysis.editor.newRuleEn') },
    rule: 'agent:"bonjour"',
  };
}

/**
 * A library's rules, grouped by kind and theme; the chosen rule's fields with its text checked at
 * every change (core's checkLibrary, in the browser) and tried on a stored call; saved whole.
 */
export function LibraryEditor({ record, readOnly, lang }: LibraryEditorProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveLibrary(workspaceId);
  const [saved, setSaved] = useState<Library>(record.library);
  const [draft, setDraft] = useState<Library>(record.library);
  const [selected, setSelected] = useState(() => firstShownRule(record.library.rules));
  const [deleting, setDeleting] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const check = useLibraryCheck(t, draft);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const leaveModal = useLeaveGuard(!readOnly && dirty, 'analysis.editor.leave').modal;

  const serverStill = refusal && refusal.draft === draft ? refusal : null;
  const ruleErrors = serverStill && check.ruleErrors.size === 0 ? serverStill.rules : check.ruleErrors;
  const fieldErrors = serverStill ? { ...check.fieldErrors, ...serverStill.fields } : check.fieldErrors;
  const errorCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const [index, list] of ruleErrors) counts.set(index, list.length);
    for (const key of Object.keys(fieldErrors)) {
      const m = /^rules\.(\d+)\./.exec(key);
      if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
    return counts;
  }, [ruleErrors, fieldErrors]);
  const fieldName: Readonly<Record<string, string>> = {
    'name.fr': t('analysis.editor.nameFr'),
    'name.en': t('analysis.editor.nameEn'),
  };
  const libraryErrors = Object.entries(fieldErrors)
    .filter(([key]) => !key.startsWith('rules.'))
    .map(([key, message]) => t('analysis.editor.fieldProblem', { field: fieldName[key] ?? key, message }));

  const index = Math.min(selected, draft.rules.length - 1);
  const rule = draft.rules[index];
  const updateRule = (next: LibraryRule) =>
    setDraft((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? next : r)) }));
  const addRule = () => {
    const rules = [...draft.rules, newRule(t, new Set(draft.rules.map((r) => r.id)))];
    setDraft({ ...draft, rules });
    setSelected(rules.length - 1);
  };
  const removeRule = (at: number) => {
    setDraft((d) => ({ ...d, rules: d.rules.filter((_, i) => i !== at) }));
    setSelected((s) => Math.max(0, s > at ? s - 1 : s === at ? at - 1 : s));
  };

  const onSave = () => {
    const now = checkDraft(t, draft);
    const firstBad = [...now.ruleErrors.keys()].sort((a, b) => a - b)[0];
    if (firstBad !== undefined || Object.keys(now.fieldErrors).length > 0) {
      if (firstBad !== undefined) setSelected(firstBad);
      notifications.show({ color: 'orange', message: t('analysis.editor.fixFirst') });
      return;
    }
    save.mutate(
      { id: record.id, library: draft },
      {
        onSuccess: (next) => {
          setSaved(next.library);
          setDraft(next.library);
          setRefusal(null);
          notifySuccess(t('analysis.editor.saved'));
        },
        onError: (error) => {
          if (
            isApiError(error) &&
            (error.status === 422 || error.status === 400) &&
            error.issues.length > 0
          ) {
            const rules = serverRuleErrors(error.issues, (i) => draft.rules[i]?.rule);
            const fields = apiIssuesToErrors(
              t,
              error.issues.filter(
                (i) => !(i.path[0] === 'rules' && i.path[2] === 'rule' && i.params?.line !== undefined),
              ),
            );
            setRefusal({ draft, rules, fields });
            const first = [...rules.keys()].sort((a, b) => a - b)[0];
            if (first !== undefined) setSelected(first);
          }
          notifyError(t, error, t('analysis.editor.refused'));
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {leaveModal}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <LibraryHeaderFields library={draft} onChange={setDraft} errors={fieldErrors} readOnly={readOnly} />
          <Group justify="space-between" align="center">
            <ProblemsSummary
              rules={draft.rules}
              errors={ruleErrors}
              libraryErrors={libraryErrors}
              onSelect={setSelected}
              lang={lang}
            />
            {readOnly ? (
              <Text size="sm" c="dimmed">
                {t('analysis.editor.readOnly')}
              </Text>
            ) : (
              <Group gap="sm">
                {dirty ? (
                  <Text size="sm" c="orange.8" data-testid="unsaved">
                    {t('analysis.editor.unsaved')}
                  </Text>
                ) : null}
                <Button
                  leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                  onClick={onSave}
                  loading={save.isPending}
                  disabled={!dirty}
                >
                  {t('common.save')}
                </Button>
              </Group>
            )}
          </Group>
        </Stack>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <RuleList
            rules={draft.rules}
            selected={index}
            onSelect={setSelected}
            errorCounts={errorCounts}
            lang={lang}
            {...(readOnly ? {} : { onAdd: addRule })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {rule ? (
            <Stack gap="md">
              <Paper
                withBorder
                p="md"
                component="section"
                aria-label={t('analysis.editor.ruleRegion', { label: rule.label[lang] || rule.id })}
                data-testid="rule-editor"
              >
                <RuleFields
                  key={index}
                  rule={rule}
                  onChange={updateRule}
                  onDelete={() => setDeleting(index)}
                  errors={ruleErrors.get(index) ?? []}
                  fieldErrors={ruleFieldErrors(fieldErrors, index)}
                  readOnly={readOnly}
                />
              </Paper>
              <LiveTest library={check.checked} index={index} lang={lang} />
            </Stack>
          ) : (
            <Text c="dimmed">{t('analysis.editor.noRule')}</Text>
          )}
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={deleting !== null}
        title={t('analysis.editor.deleteRuleTitle')}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting !== null) removeRule(deleting);
          setDeleting(null);
        }}
      >
        {t('analysis.editor.deleteRuleConfirm', {
          label: deleting !== null ? (draft.rules[deleting]?.label[lang] ?? '') : '',
        })}
      </ConfirmModal>
    </Stack>
  );
}
