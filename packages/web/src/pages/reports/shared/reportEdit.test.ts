import type { FeedbackReport, ReportFinding, ReportTheme } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import {
  answersByQuestion,
  callClock,
  editFinding,
  excludedCount,
  isNewQuestion,
  newQuestion,
  themeStatus,
  toSavedDocument,
} from './reportEdit';

function finding(practiceId: string, theme: ReportFinding['theme']): ReportFinding {
  return {
    practiceId,
    label: practiceId,
    description: '',
    theme,
    polarity: 'bad',
    calls: { k: 3, n: 10, value: 0.3, interval: { low: 0.1, high: 0.6 } },
    secondsPerCall: 12,
    secondsTotal: 36,
    reactions: [],
    impact: 3.6,
    excerpts: [],
    questions: [{ id: `${practiceId}.q1`, text: 'Why?' }],
    comment: '',
    included: true,
  };
}

function theme(
  id: ReportTheme['theme'],
  status: ReportTheme['status'],
  findings: ReportFinding[],
): ReportTheme {
  return { theme: id, label: id, status, findings };
}

const report: FeedbackReport = {
  version: 1,
  language: 'fr',
  vendor: { id: 'v1', name: 'Atlas' },
  runId: 'r1',
  sample: null,
  calls: 10,
  title: 'Retour qualité — Atlas',
  introduction: '',
  focusTheme: 'phone_tool',
  themes: [
    theme('phone_tool', 'focus', [finding('hold_long', 'phone_tool')]),
    theme('relational_quality', 'deferred', [finding('interrupts', 'relational_quality')]),
    theme('proactivity', 'other', []),
  ],
  bestPractices: [],
  compliance: [],
  effectiveness: [],
};

describe('report edits', () => {
  it('change one finding and leave the others as they are', () => {
    const edited = editFinding(report, 'interrupts', { included: false, comment: 'À revoir' });
    expect(edited.themes[1]?.findings[0]).toMatchObject({ included: false, comment: 'À revoir' });
    expect(edited.themes[0]).toBe(report.themes[0]);
    expect(excludedCount(edited)).toBe(1);
    expect(excludedCount(report)).toBe(0);
  });

  it('send new questions with the empty id, keep the others', () => {
    const added = { ...newQuestion(), text: 'Comment faire autrement ?' };
    expect(isNewQuestion(added)).toBe(true);
    const edited = editFinding(report, 'hold_long', {
      questions: [{ id: 'hold_long.q1', text: 'Pourquoi ?' }, added],
    });
    expect(toSavedDocument(edited).themes[0]?.findings[0]?.questions).toEqual([
      { id: 'hold_long.q1', text: 'Pourquoi ?' },
      { id: '', text: 'Comment faire autrement ?' },
    ]);
  });

  it('mark the chosen focus theme and defer the former one, as the server does', () => {
    const [phone, relational, proactivity] = report.themes as [ReportTheme, ReportTheme, ReportTheme];
    expect(themeStatus(phone, 'relational_quality')).toBe('deferred');
    expect(themeStatus(relational, 'relational_quality')).toBe('focus');
    expect(themeStatus(proactivity, 'relational_quality')).toBe('other');
    expect(themeStatus(phone, 'phone_tool')).toBe('focus');
  });

  it('group answers by question and write call times as mm:ss', () => {
    const at = '2026-01-01T00:00:00Z';
    const grouped = answersByQuestion([
      { id: 'a1', questionId: 'q1', text: 'one', answeredBy: 'x', answeredAt: at },
      { id: 'a2', questionId: 'q2', text: 'two', answeredBy: 'x', answeredAt: at },
      { id: 'a3', questionId: 'q1', text: 'three', answeredBy: 'y', answeredAt: at },
    ]);
    expect(grouped.get('q1')?.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(callClock(83.4)).toBe('01:23');
    expect(callClock(4502)).toBe('75:02');
  });
});
