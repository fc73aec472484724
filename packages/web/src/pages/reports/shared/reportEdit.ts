import type { CoachingTheme, FeedbackReport, ReportFinding, ReportQuestion, ReportTheme } from '@vigie/core';
import type { ReportAnswer } from '../../../api/reports';

/** The analyst's edits of a draft, as pure functions over the report document. */

export type FindingEdit = Partial<Pick<ReportFinding, 'comment' | 'included' | 'questions'>>;

/** Questions added in the editor carry this prefix until saved: the server gives them their id. */
const NEW_QUESTION = 'new:';
let added = 0;

/** A question to write, with a key of its own so that the list can be edited in any order. */
export function newQuestion(): ReportQuestion {
  added += 1;
  return { id: `${NEW_QUESTION}${added}`, text: '' };
}

export function isNewQuestion(question: ReportQuestion): boolean {
  return question.id.startsWith(NEW_QUESTION);
}

/** The document with one finding changed. */
export function editFinding(report: FeedbackReport, practiceId: string, edit: FindingEdit): FeedbackReport {
  return {
    ...report,
    themes: report.themes.map((theme) =>
      theme.findings.some((f) => f.practiceId === practiceId)
        ? {
            ...theme,
            findings: theme.findings.map((f) => (f.practiceId === practiceId ? { ...f, ...edit } : f)),
          }
        : theme,
    ),
  };
}

/** What PUT expects: new questions with the empty id, the server numbers them. */
export function toSavedDocument(report: FeedbackReport): FeedbackReport {
  return {
    ...report,
    themes: report.themes.map((theme) => ({
      ...theme,
      findings: theme.findings.map((f) => ({
        ...f,
        questions: f.questions.map((q) => (isNewQuestion(q) ? { id: '', text: q.text } : q)),
      })),
    })),
  };
}

/**
 * A theme's status under the chosen focus theme, as the server sets it on save: the focus theme,
 * the former focus now deferred, the others as drafted.
 */
export function themeStatus(theme: ReportTheme, focusTheme: CoachingTheme | null): ReportTheme['status'] {
  if (theme.theme === focusTheme) return 'focus';
  return theme.status === 'focus' ? 'deferred' : theme.status;
}

/** The findings kept in the report (what the vendor reads). */
export function includedFindings(theme: ReportTheme): ReportFinding[] {
  return theme.findings.filter((f) => f.included);
}

/** How many findings the analyst left out. */
export function excludedCount(report: FeedbackReport): number {
  return report.themes.reduce((n, t) => n + t.findings.filter((f) => !f.included).length, 0);
}

/** The answers grouped by question, oldest first as the server gives them. */
export function answersByQuestion(answers: readonly ReportAnswer[]): ReadonlyMap<string, ReportAnswer[]> {
  const map = new Map<string, ReportAnswer[]>();
  for (const answer of answers) {
    const list = map.get(answer.questionId);
    if (list) list.push(answer);
    else map.set(answer.questionId, [answer]);
  }
  return map;
}

/** A moment of a call as mm:ss (hours add up in the minutes: 75:02). */
export function callClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
