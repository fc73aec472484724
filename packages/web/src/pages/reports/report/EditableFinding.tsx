import { Switch, Textarea } from '@mantine/core';
import type { ReportFinding } from '@vigie/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingEdit } from '../shared/reportEdit';
import { FindingCard } from './FindingCard';
import { QuestionsEditor } from './QuestionsEditor';

interface EditableFindingProps {
  readonly finding: ReportFinding;
  readonly runId: string;
  readonly onEdit: (practiceId: string, edit: FindingEdit) => void;
}

/** A finding of a draft: kept or left out, the analyst's comment, the questions to the vendor. */
export const EditableFinding = memo(function EditableFinding({
  finding,
  runId,
  onEdit,
}: EditableFindingProps) {
  const { t } = useTranslation();
  const id = finding.practiceId;
  return (
    <FindingCard
      finding={finding}
      runId={runId}
      actions={
        <Switch
          label={t('reports.editor.included')}
          checked={finding.included}
          onChange={(e) => onEdit(id, { included: e.currentTarget.checked })}
        />
      }
    >
      <Textarea
        label={t('reports.editor.comment')}
        description={t('reports.editor.commentHint')}
        autosize
        minRows={2}
        maxRows={10}
        maxLength={20_000}
        value={finding.comment}
        onChange={(e) => onEdit(id, { comment: e.currentTarget.value })}
      />
      <QuestionsEditor
        questions={finding.questions}
        onChange={(questions) => onEdit(id, { questions })}
        headingId={`finding-${id}-questions`}
      />
    </FindingCard>
  );
});
