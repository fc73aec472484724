import type { ObjectiveProgress } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { achievedCount, objectiveViews } from './objectiveViews';

const p = (k: number, n: number) => ({ k, n, value: k / n, interval: null });
const label = (id: string) => id.toUpperCase();

describe('objectiveViews', () => {
  const objectives = [
    { practiceId: 'a', direction: 'at_most' as const, target: 0.1 },
    { practiceId: 'b', direction: 'at_least' as const, target: 0.8 },
  ];

  it('shows the baseline rates until the cycle is measured', () => {
    const views = objectiveViews(objectives, null, (id) => (id === 'a' ? p(20, 100) : null), label);
    expect(views.map((v) => [v.label, v.before?.k ?? null, v.after, v.progress])).toEqual([
      ['A', 20, null, null],
      ['B', null, null, null],
    ]);
    expect(achievedCount(views)).toEqual({ achieved: 0, total: 2 });
  });

  it('then the progress measured, before and after', () => {
    const progress: ObjectiveProgress = {
      practiceId: 'a',
      objective: objectives[0] ?? { practiceId: 'a', direction: 'at_most', target: 0.1 },
      before: p(20, 100),
      after: p(5, 100),
      change: null,
      meetsTarget: true,
      significant: true,
      achieved: true,
    };
    const views = objectiveViews(objectives, { objectives: [progress], achieved: true }, () => null, label);
    expect(views.map((v) => [v.label, v.before?.k, v.after?.k])).toEqual([['A', 20, 5]]);
    expect(achievedCount(views)).toEqual({ achieved: 1, total: 1 });
  });
});
