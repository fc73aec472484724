import { describe, expect, it } from 'vitest';
import { termsInForce, versionInForce } from './terms-in-force.ts';
import { contractInput, phase, validContract } from './test-helpers.ts';

const v = (effectiveFrom: string, phases = [phase()]) => ({
  effectiveFrom,
  reason: `from ${effectiveFrom}`,
  phases,
});

describe('termsInForce', () => {
  it('gives the whole month to one version and phase when nothing changes', () => {
    const t = termsInForce(validContract(contractInput([phase()])), '2026-02');
    expect(t.monthDays).toBe(28);
    expect(t.segments).toHaveLength(1);
    expect(t.segments[0]).toMatchObject({ from: '2026-02-01', to: '2026-02-28', days: 28, monthDays: 28 });
  });

  it('splits a month at an amendment taking effect on the 11th: 10 days then 21', () => {
    const contract = validContract(contractInput([], { versions: [v('2026-01-01'), v('2026-03-11')] }));
    expect(versionInForce(contract, '2026-03-10')).toBe(0);
    expect(versionInForce(contract, '2026-03-11')).toBe(1);
    const t = termsInForce(contract, '2026-03');
    expect(t.segments.map((s) => [s.versionIndex, s.from, s.to, s.days])).toEqual([
      [0, '2026-03-01', '2026-03-10', 10],
      [1, '2026-03-11', '2026-03-31', 21],
    ]);
  });

  it('splits a month at a pilot ending on the 15th', () => {
    const contract = validContract(
      contractInput([phase({ kind: 'pilot', end: '2026-04-15' }), phase({ start: '2026-04-16' })]),
    );
    const t = termsInForce(contract, '2026-04');
    expect(t.segments.map((s) => [s.phase.kind, s.days])).toEqual([
      ['pilot', 15],
      ['run', 15],
    ]);
  });

  it('leaves out the days before the start and after the end', () => {
    const contract = validContract(
      contractInput([phase({ start: '2026-01-20', end: '2026-01-25' })], {
        start: '2026-01-20',
        end: '2026-01-25',
        versions: [v('2026-01-20', [phase({ start: '2026-01-20', end: '2026-01-25' })])],
      }),
    );
    const t = termsInForce(contract, '2026-01');
    expect(t.segments[0]).toMatchObject({ from: '2026-01-20', to: '2026-01-25', days: 6 });
    expect(t.uncoveredDays).toHaveLength(25);
  });
});
