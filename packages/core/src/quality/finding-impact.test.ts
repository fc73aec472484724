import { describe, expect, it } from 'vitest';
import { compareProportions } from '../analysis/stats/compare-proportions.ts';
import type { ReactionAfterPractice } from '../analysis/stats/group-stats.ts';
import { byDifference, practiceImpact, strongestReaction } from './finding-impact.ts';

const reaction = (
  reactionId: string,
  k1: number,
  n1: number,
  k2: number,
  n2: number,
): ReactionAfterPractice => ({
  reactionId,
  comparison: compareProportions(k1, n1, k2, n2),
});

// refusal: 30/50 after vs 10/50 without: d = +0.40, z test p ≈ 0.00004 (significant)
// thanks: 5/50 vs 35/50: d = −0.60, significant
// asks_manager: 3/6 vs 0/2: d = +0.50, Fisher p = 0.464 (not significant)
// objection: no calls without the practice: no difference at all
const REACTIONS = [
  reaction('refusal', 30, 50, 10, 50),
  reaction('thanks', 5, 50, 35, 50),
  reaction('asks_manager', 3, 6, 0, 2),
  reaction('objection', 2, 50, 0, 0),
];

describe('reaction order and the strongest reaction', () => {
  it('orders by absolute difference, reactions without one last', () => {
    expect(byDifference(REACTIONS).map((r) => r.reactionId)).toEqual([
      'thanks',
      'asks_manager',
      'refusal',
      'objection',
    ]);
  });

  it('breaks ties by id', () => {
    const a = reaction('b_reaction', 1, 10, 2, 10);
    const b = reaction('a_reaction', 1, 10, 2, 10);
    expect(byDifference([a, b]).map((r) => r.reactionId)).toEqual(['a_reaction', 'b_reaction']);
  });

  it('takes the largest significant difference, never a larger one that may be chance', () => {
    expect(REACTIONS[2]?.comparison.pValue).toBeGreaterThan(0.05);
    expect(strongestReaction(REACTIONS)?.reactionId).toBe('thanks');
    expect(strongestReaction(REACTIONS.filter((r) => r.reactionId !== 'thanks'))?.reactionId).toBe('refusal');
    expect(strongestReaction([REACTIONS[2], REACTIONS[3]].filter((r) => r !== undefined))).toBeNull();
  });
});

describe('practiceImpact', () => {
  it('is s × (c + 60 × |d|)', () => {
    // 25 % of calls, 40 s per call, a reaction 30 points apart: 0.25 × (40 + 18) = 14.5 s per call
    expect(practiceImpact(0.25, 40, 0.3)).toBeCloseTo(14.5, 12);
    // the sign of the difference does not matter: a fall in thanks weighs as a rise in refusals
    expect(practiceImpact(0.25, 40, -0.3)).toBeCloseTo(14.5, 12);
    // cost not measured: only the reaction counts
    expect(practiceImpact(0.5, null, 1)).toBe(30);
    expect(practiceImpact(0.5, 12, 0)).toBe(6);
  });
});
