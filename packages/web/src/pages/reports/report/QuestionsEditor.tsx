import { ActionIcon, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReportQuestion } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newQuestion } from '../shared/reportEdit';

/**
 * The questions put to the vendor about one finding: rewrite, add, remove. A question left empty is
 * dropped on save.
 */
export function QuestionsEditor({
  questions,
  onChange,
  headingId,
}: {
  readonly questions: readonly ReportQuestion[];
  readonly onChange: (questions: ReportQuestion[]) => void;
  readonly headingId: string;
}) {
  const { t } = useTranslation();
  // the question just added takes the focus, so that one types it at once
  const [added, setAdded] = useState<string | null>(null);
  const set = (index: number, text: string) =>
    onChange(questions.map((q, i) => (i === index ? { ...q, text } : q)));
  const add = () => {
    const question = newQuestion();
    setAdded(question.id);
    onChange([...questions, question]);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid="questions-editor">
      <Text fw={600} size="sm" id={headingId}>
        {t('reports.finding.questions')}
      </Text>
      {questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.editor.noQuestions')}
        </Text>
      ) : null}
      {questions.map((q, i) => {
        const label = t('reports.editor.question', { n: i + 1 });
        return (
          <Group key={q.id} align="flex-start" gap="xs" wrap="nowrap" data-question-id={q.id}>
            <Textarea
              aria-label={label}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={2000}
              value={q.text}
              onChange={(e) => set(i, e.currentTarget.value)}
              autoFocus={q.id === added}
              style={{ flex: 1 }}
            />
            <Tooltip label={t('reports.editor.removeQuestion', { n: i + 1 })}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reports.editor.removeQuestion', { n: i + 1 })}
                onClick={() => onChange(questions.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
          {t('reports.editor.addQuestion')}
        </Button>
      </Group>
    </Stack>
  );
}
