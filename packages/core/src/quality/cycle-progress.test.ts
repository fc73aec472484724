import { describe, expect, it } from 'vitest';
import { COACHING_THEMES, type CoachingTheme } from '../analysis/library/library.ts';
import { type CycleObjective, nextFocusTheme, objectiveProgress, themeAchieved } from './cycle-progress.ts';

const atMost = (target: number): CycleObjective => ({ practiceId: 'argues', direction: 'at_most', target });
const atLeast = (target: number): CycleObjective => ({
  practiceId: 'empathy',
  direction: 'at_least',
  target,
});

describe('objectiveProgress', () => {
  it('achieves a bad practice brought from 30/100 to 12/100 under a 15 % target (z test)', () => {
    // difference 0.12 − 0.30 = −0.18; every cell expects ≥ 100 × 42 / 200 = 21, so the z test:
    // pooled p = 42/200 = 0.21; SE = √(0.21 × 0.79 × (1/100 + 1/100)) = √0.003318 = 0.057602;
    // z = −0.18 / 0.057602 = −3.1249; two-sided p = 2 × (1 − Φ(3.1249)) = 2 × 0.000889 = 0.00178.
    const p = objectiveProgress(atMost(0.15), { k: 30, n: 100 }, { k: 12, n: 100 });
    expect(p.change?.test).toBe('two_proportion_z');
    expect(p.change?.difference).toBeCloseTo(-0.18, 12);
    expect(p.change?.pValue).toBeCloseTo(0.00178, 4);
    expect(p.before?.value).toBe(0.3);
    expect(p.after.value).toBe(0.12);
    // the new rate's Wilson interval (0.070 to 0.198) still crosses 15 %: the significant fall decides
    expect(p.after.interval?.high).toBeGreaterThan(0.15);
    expect(p.meetsTarget).toBe(true);
    expect(p.significant).toBe(true);
    expect(p.achieved).toBe(true);
  });

  it('does not achieve a target met by chance: 16/100 → 13/100, p ≈ 0.55, interval across 15 %', () => {
    // pooled p = 29/200 = 0.145; SE = √(0.145 × 0.855 × 0.02) = 0.049795; z = −0.03 / 0.049795 =
    // −0.6025; p = 2 × (1 − Φ(0.6025)) = 0.547. Wilson of 13/100: 0.0776 to 0.2098, across 0.15.
    const p = objectiveProgress(atMost(0.15), { k: 16, n: 100 }, { k: 13, n: 100 });
    expect(p.change?.pValue).toBeCloseTo(0.547, 3);
    expect(p.after.interval?.low).toBeCloseTo(0.0776, 4);
    expect(p.after.interval?.high).toBeCloseTo(0.2098, 4);
    expect(p.meetsTarget).toBe(true);
    expect(p.significant).toBe(false);
    expect(p.achieved).toBe(false);
  });

  it('achieves through the interval alone: 90/100 → 190/200, at least 80 %, p ≈ 0.10', () => {
    // min expected = 100 × 20 / 300 = 6.67 ≥ 5: z test. pooled p = 280/300 = 0.93333;
    // SE = √(0.93333 × 0.06667 × (1/200 + 1/100)) = 0.030551; z = 0.05 / 0.030551 = 1.6366; p = 0.1017.
    // Wilson of 190/200: low 0.9104 > 0.80, so the new rate is surely above the target.
    const p = objectiveProgress(atLeast(0.8), { k: 90, n: 100 }, { k: 190, n: 200 });
    expect(p.change?.pValue).toBeCloseTo(0.1017, 4);
    expect(p.significant).toBe(false);
    expect(p.after.interval?.low).toBeCloseTo(0.9104, 4);
    expect(p.achieved).toBe(true);
  });

  it('does not count a significant change the wrong way: 5/100 → 14/100 of a bad practice', () => {
    // pooled p = 19/200 = 0.095; SE = √(0.095 × 0.905 × 0.02) = 0.041467; z = 0.09 / 0.041467 =
    // 2.1704; p = 0.0300 < 0.05, but the practice grew. 14 % meets the 15 % target; Wilson 0.085 to
    // 0.221 crosses it.
    const p = objectiveProgress(atMost(0.15), { k: 5, n: 100 }, { k: 14, n: 100 });
    expect(p.change?.pValue).toBeCloseTo(0.03, 3);
    expect(p.meetsTarget).toBe(true);
    expect(p.significant).toBe(false);
    expect(p.achieved).toBe(false);
  });

  it("uses Fisher's exact test on small counts: 6/10 → 1/10 is not significant (p = 4440/77520)", () => {
    // min expected = 10 × 7 / 20 = 3.5 < 5. Margins: 10 and 10 calls, 7 with the practice; the
    // after-count x is hypergeometric, P(x) = C(10, x) C(10, 7 − x) / C(20, 7), C(20, 7) = 77520:
    //   x:        0     1      2      3      4      5     6    7
    //   count:  120  2100  11340  25200  25200  11340  2100  120
    // observed x = 1 (2100); tables no more probable: x = 0, 1, 6, 7 → (120 + 2100 + 2100 + 120)
    // / 77520 = 4440 / 77520 = 0.057276 > 0.05.
    const p = objectiveProgress(atMost(0.2), { k: 6, n: 10 }, { k: 1, n: 10 });
    expect(p.change?.test).toBe('fisher_exact');
    expect(p.change?.pValue).toBeCloseTo(4440 / 77520, 10);
    expect(p.meetsTarget).toBe(true);
    expect(p.significant).toBe(false);
    // Wilson of 1/10 reaches 0.404, above 0.2
    expect(p.achieved).toBe(false);
  });

  it("finds 8/10 → 1/10 significant by Fisher's exact test (p = 920/167960)", () => {
    // min expected = 10 × 9 / 20 = 4.5 < 5. C(20, 9) = 167960; P(x) ∝ C(10, x) C(10, 9 − x):
    //   x:       0    1     2      3      4      5      6     7    8   9
    //   count:  10  450  5400  25200  52920  52920  25200  5400  450  10
    // observed x = 1 (450); x = 0, 1, 8, 9 are no more probable: 920 / 167960 = 0.0054775.
    const p = objectiveProgress(atMost(0.2), { k: 8, n: 10 }, { k: 1, n: 10 });
    expect(p.change?.test).toBe('fisher_exact');
    expect(p.change?.pValue).toBeCloseTo(920 / 167960, 10);
    expect(p.significant).toBe(true);
    expect(p.achieved).toBe(true);
  });

  it('judges without a baseline on the interval alone', () => {
    // 3/120 = 0.025: Wilson high = (0.025 + 1.96²/240 + 1.96 √(0.025 × 0.975/120 + 1.96²/57600))
    // / (1 + 1.96²/120) = (0.041007 + 0.032196) / 1.032013 = 0.07093 < 0.10: achieved.
    const sure = objectiveProgress(atMost(0.1), null, { k: 3, n: 120 });
    expect(sure.before).toBeNull();
    expect(sure.change).toBeNull();
    expect(sure.significant).toBe(false);
    expect(sure.after.interval?.high).toBeCloseTo(0.07093, 5);
    expect(sure.achieved).toBe(true);
    // 9/120 = 0.075 meets 10 %, but its interval reaches 0.136
    const unsure = objectiveProgress(atMost(0.1), null, { k: 9, n: 120 });
    expect(unsure.meetsTarget).toBe(true);
    expect(unsure.achieved).toBe(false);
  });

  it('misses a target not met, and says nothing over an empty sample', () => {
    expect(objectiveProgress(atLeast(0.5), { k: 10, n: 100 }, { k: 40, n: 100 }).achieved).toBe(false);
    const empty = objectiveProgress(atLeast(0.5), null, { k: 0, n: 0 });
    expect(empty.after.value).toBeNull();
    expect(empty.meetsTarget).toBe(false);
  });

  it('refuses impossible counts and targets', () => {
    expect(() => objectiveProgress(atMost(1.5), null, { k: 1, n: 10 })).toThrow(/target/);
    expect(() => objectiveProgress(atMost(0.1), null, { k: 11, n: 10 })).toThrow(/after/);
    expect(() => objectiveProgress(atMost(0.1), { k: 1.5, n: 10 }, { k: 1, n: 10 })).toThrow(/before/);
  });
});

describe('themeAchieved', () => {
  const yes = objectiveProgress(atMost(0.15), { k: 30, n: 100 }, { k: 12, n: 100 });
  const no = objectiveProgress(atMost(0.15), { k: 16, n: 100 }, { k: 13, n: 100 });
  it('needs every objective achieved, and at least one', () => {
    expect(themeAchieved([yes])).toBe(true);
    expect(themeAchieved([yes, no])).toBe(false);
    expect(themeAchieved([])).toBe(false);
  });
});

describe('nextFocusTheme', () => {
  const done = (...themes: CoachingTheme[]) => new Set<CoachingTheme>(themes);
  it('moves to the next theme not achieved, wrapping around', () => {
    expect(nextFocusTheme(COACHING_THEMES, done('phone_tool'), 'phone_tool')).toBe('structured_conversation');
    expect(
      nextFocusTheme(COACHING_THEMES, done('business_procedures', 'phone_tool'), 'business_procedures'),
    ).toBe('structured_conversation');
    expect(
      nextFocusTheme(COACHING_THEMES, done('structured_conversation', 'relational_quality'), 'phone_tool'),
    ).toBe('difficult_situations');
  });
  it('starts from the beginning without a current theme', () => {
    expect(nextFocusTheme(COACHING_THEMES, done(), null)).toBe('phone_tool');
    expect(nextFocusTheme(COACHING_THEMES, done('phone_tool'), null)).toBe('structured_conversation');
  });
  it('comes back to the current theme when it is the only one left, and is null when all are done', () => {
    const others = COACHING_THEMES.filter((t) => t !== 'proactivity');
    expect(nextFocusTheme(COACHING_THEMES, done(...others), 'proactivity')).toBe('proactivity');
    expect(nextFocusTheme(COACHING_THEMES, done(...COACHING_THEMES), 'proactivity')).toBeNull();
  });
});
