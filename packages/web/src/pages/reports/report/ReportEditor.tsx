import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { FeedbackReport } from '@vigie/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FeedbackReportRecord, useSaveReport } from '../../../api/reports';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useLeaveGuard } from '../../../hooks/useLeaveGuard';
import { useWorkspace } from '../../../hooks/workspace';
import {
  editFinding,
  excludedCount,
  type FindingEdit,
  themeStatus,
  toSavedDocument,
} from '../shared/reportEdit';
import { BestPractices } from './BestPractices';
import { ComplianceEffectiveness } from './ComplianceEffectiveness';
import { EditableFinding } from './EditableFinding';
import { PublishButton } from './PublishButton';
import { ReportFacts } from './ReportFacts';
import { ReportTextFields } from './ReportTextFields';
import { ThemeSection } from './ThemeSection';

/**
 * A draft report for the client's analysts: its texts, the focus theme, and per finding whether it
 * is kept, a comment and the questions; figures and excerpts stay as drafted. Saved whole (Ctrl+S),
 * then published.
 */
export function ReportEditor({ record }: { readonly record: FeedbackReportRecord }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const save = useSaveReport(workspaceId);
  const [saved, setSaved] = useState<FeedbackReport>(record.document);
  const [draft, setDraft] = useState<FeedbackReport>(record.document);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const leaveModal = useLeaveGuard(dirty, 'reports.editor.leave').modal;
  const excluded = excludedCount(draft);

  const onEdit = useCallback(
    (practiceId: string, edit: FindingEdit) => setDraft((d) => editFinding(d, practiceId, edit)),
    [],
  );

  const saveDraft = async (): Promise<boolean> => {
    try {
      const next = await save.mutateAsync({ id: record.id, document: toSavedDocument(draft) });
      setSaved(next.document);
      setDraft(next.document);
      notifySuccess(t('reports.editor.saved'));
      return true;
    } catch (error) {
      notifyError(t, error, t('reports.editor.refused'));
      return false;
    }
  };
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (dirty && !save.isPending) void saveDraft();
        },
      ],
    ],
    [],
  );

  return (
    <Stack gap="md">
      {leaveModal}
      <Paper
        withBorder
        p="sm"
        shadow="xs"
        style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 0rem) + 0.5rem)', zIndex: 3 }}
        data-testid="report-toolbar"
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {t('reports.editor.draftNote')}
            {excluded > 0 ? ` ${t('reports.editor.excludedCount', { count: excluded })}` : ''}
          </Text>
          <Group gap="sm">
            {dirty ? (
              <Text size="sm" c="orange.8" data-testid="unsaved">
                {t('reports.editor.unsaved')}
              </Text>
            ) : null}
            <Button
              variant={dirty ? 'filled' : 'default'}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={() => void saveDraft()}
              loading={save.isPending}
              disabled={!dirty}
              title={t('reports.editor.saveShortcut')}
            >
              {t('common.save')}
            </Button>
            <PublishButton
              reportId={record.id}
              vendorName={draft.vendor.name}
              saveFirst={dirty ? saveDraft : null}
            />
          </Group>
        </Group>
      </Paper>
      <ReportFacts record={record} />
      <Paper withBorder p="md" component="section" aria-label={t('reports.editor.texts')}>
        <ReportTextFields report={draft} onChange={(edit) => setDraft((d) => ({ ...d, ...edit }))} />
      </Paper>
      {draft.themes.map((theme) => (
        <ThemeSection key={theme.theme} theme={theme} status={themeStatus(theme, draft.focusTheme)}>
          {theme.findings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.theme.noFindings')}
            </Text>
          ) : (
            theme.findings.map((finding) => (
              <EditableFinding
                key={finding.practiceId}
                finding={finding}
                runId={record.runId}
                onEdit={onEdit}
              />
            ))
          )}
        </ThemeSection>
      ))}
      <BestPractices rows={draft.bestPractices} />
      <ComplianceEffectiveness report={draft} />
    </Stack>
  );
}
