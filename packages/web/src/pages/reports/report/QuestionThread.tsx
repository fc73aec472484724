import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { ReportQuestion } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReportAnswer, useAnswerQuestion } from '../../../api/reports';
import { formatDateTime } from '../../../format';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace } from '../../../hooks/workspace';

interface QuestionThreadProps {
  readonly reportId: string;
  readonly question: ReportQuestion;
  readonly number: number;
  readonly answers: readonly ReportAnswer[];
  /** the vendor's users and the client's analysts answer; others read */
  readonly canAnswer: boolean;
}

/** A question to the vendor, the answers it got (oldest first), and a box to answer it. */
export function QuestionThread({ reportId, question, number, answers, canAnswer }: QuestionThreadProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const answer = useAnswerQuestion(workspaceId, reportId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const labelId = `question-${question.id}`;

  const submit = () => {
    if (!text.trim()) {
      setError(t('reports.answers.empty'));
      return;
    }
    setError(null);
    answer.mutate(
      { questionId: question.id, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          notifySuccess(t('reports.answers.sent'));
        },
        onError: (e) => notifyError(t, e, t('reports.answers.refused')),
      },
    );
  };

  return (
    <Paper withBorder p="sm" radius="sm" component="li" data-question-id={question.id}>
      <Stack gap="xs">
        <Text fw={600} size="sm" id={labelId}>
          {t('reports.answers.numbered', { n: number, text: question.text })}
        </Text>
        <Stack gap={6} pl="md" aria-label={t('reports.answers.thread', { n: number })} component="section">
          {answers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.answers.none')}
            </Text>
          ) : (
            answers.map((a) => (
              <Paper
                key={a.id}
                p="xs"
                bg="var(--mantine-color-default-hover)"
                data-answer-id={a.id}
                data-testid="answer"
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {a.text}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('reports.answers.by', { email: a.answeredBy, date: formatDateTime(a.answeredAt) })}
                </Text>
              </Paper>
            ))
          )}
          {canAnswer ? (
            <Stack gap={6}>
              <Textarea
                aria-label={t('reports.answers.label', { n: number })}
                placeholder={t('reports.answers.placeholder')}
                autosize
                minRows={1}
                maxRows={10}
                maxLength={10_000}
                value={text}
                error={error}
                onChange={(e) => setText(e.currentTarget.value)}
                onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
              />
              <Group justify="flex-end">
                <Button size="xs" onClick={submit} loading={answer.isPending}>
                  {t('reports.answers.submit')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
