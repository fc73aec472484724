import { describe, expect, it } from 'vitest';
import { cleanSamples, piiSamples } from './pii-samples.ts';
import { redactText } from './redact-text.ts';
import { REDACTION_TYPES, type RedactionType } from './types.ts';

/**
 * Recall on a generated set: 2,000 sentences (400 per type) holding one random valid personal
 * number or address, French and English, written, spoken and mixed, in varied carrier sentences;
 * and 1,000 sentences without any, with amounts, dates, times, contract and order numbers. Seeded,
 * so a change of figures means a change of behaviour.
 */
const PER_TYPE = 400;

describe('recall on generated samples', () => {
  const samples = piiSamples(20240501, PER_TYPE);

  it('finds at least 98% of each type, covering all of it, with its own marker', () => {
    const found = Object.fromEntries(REDACTION_TYPES.map((t) => [t, 0])) as Record<RedactionType, number>;
    for (const s of samples) {
      const { redactions } = redactText(s.text);
      const covered = redactions.some((r) => r.type === s.type && r.start <= s.start && r.end >= s.end);
      if (covered && s.type) found[s.type] += 1;
    }
    for (const type of REDACTION_TYPES) expect(found[type] / PER_TYPE, type).toBeGreaterThanOrEqual(0.98);
  });

  it('does not redact the carrier sentences around them', () => {
    const outside = samples.filter((s) =>
      redactText(s.text).redactions.some((r) => r.end <= s.start || r.start >= s.end),
    );
    expect(outside.length / samples.length).toBeLessThanOrEqual(0.01);
  });

  it('leaves at least 99% of sentences without personal data unchanged', () => {
    const clean = cleanSamples(7, 1000);
    const changed = clean.filter((s) => redactText(s.text).text !== s.text);
    expect(changed.length / clean.length).toBeLessThanOrEqual(0.01);
  });

  it('generates the same samples from the same seed', () => {
    expect(piiSamples(1, 3)).toEqual(piiSamples(1, 3));
    expect(piiSamples(1, 3)).not.toEqual(piiSamples(2, 3));
  });
});
