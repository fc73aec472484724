import { describe, expect, it } from 'vitest';
import { targetInForce, targetInputSchema, targetStatus } from './targets.ts';

describe('targetStatus', () => {
  it('reads "met" as at least the target for rates that should be high', () => {
    expect(targetStatus('serviceLevel', 0.8, 0.8)).toBe('met');
    expect(targetStatus('serviceLevel', 0.799, 0.8)).toBe('missed');
  });
  it('reads "met" as at most the target for abandons and seconds', () => {
    expect(targetStatus('abandonRate', 0.05, 0.05)).toBe('met');
    expect(targetStatus('ahtSeconds', 301, 300)).toBe('missed');
  });
  it('gives no status to a null figure', () => {
    expect(targetStatus('fcr', null, 0.8)).toBeNull();
  });
});

describe('targetInputSchema', () => {
  const base = { vendorId: 'v', kpi: 'serviceLevel', target: 0.8, validFrom: '2026-01-01' };
  it('fills the defaults', () => {
    expect(targetInputSchema.parse(base)).toMatchObject({ activityId: null, validTo: null });
  });
  it('rejects a rate typed in percent, naming the field', () => {
    const r = targetInputSchema.safeParse({ ...base, target: 80 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['target']);
  });
  it('accepts NPS points and rejects an end before the start', () => {
    expect(targetInputSchema.safeParse({ ...base, kpi: 'nps', target: 30 }).success).toBe(true);
    const r = targetInputSchema.safeParse({ ...base, validTo: '2025-12-31' });
    expect(r.error?.issues[0]?.path).toEqual(['validTo']);
  });
});

describe('targetInForce', () => {
  const t = (o: Partial<Parameters<typeof targetInForce>[0][number]>) => ({
    vendorId: 'v',
    activityId: null,
    kpi: 'serviceLevel' as const,
    target: 0.8,
    validFrom: '2026-01-01',
    validTo: null,
    ...o,
  });
  it("prefers the activity's own target over the vendor-wide one", () => {
    const all = [t({ target: 0.8 }), t({ activityId: 'a', target: 0.9 })];
    expect(targetInForce(all, 'v', 'a', 'serviceLevel', '2026-03-01', '2026-03-31')).toBe(0.9);
    expect(targetInForce(all, 'v', 'b', 'serviceLevel', '2026-03-01', '2026-03-31')).toBe(0.8);
  });
  it('takes the latest start among those in force, and none outside its dates', () => {
    const all = [t({ target: 0.7, validTo: '2026-05-31' }), t({ target: 0.85, validFrom: '2026-06-01' })];
    expect(targetInForce(all, 'v', null, 'serviceLevel', '2026-05-01', '2026-06-30')).toBe(0.85);
    expect(targetInForce(all, 'v', null, 'serviceLevel', '2026-01-01', '2026-01-31')).toBe(0.7);
    expect(targetInForce(all, 'w', null, 'serviceLevel', '2026-01-01', '2026-01-31')).toBeNull();
  });
});
