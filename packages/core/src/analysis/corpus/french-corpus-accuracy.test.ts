import { describe, expect, it } from 'vitest';
import { FRENCH_LIBRARY } from '../library/library-fr.ts';
import { analyzeCall, compileLibrary } from '../rules/index.ts';
import { generateFrenchCorpus } from './generate.ts';

/**
 * Runs the shipped French library over a generated corpus whose truth is known and measures, per
 * practice and per reaction, call-level precision (calls the rule reports that truly have it) and
 * recall (calls that have it that the rule reports). The truth comes from the generator's
 * decisions, never from the matcher.
 */

const SEED = 20261001;
const CALLS = 1000;
/** Every shipped rule must reach this precision and recall on the corpus. */
const FLOOR = 0.95;
/** and be present in at least this many calls of the sample, so that it is really exercised */
const MIN_POSITIVES = 20;

interface Score {
  id: string;
  kind: string;
  tp: number;
  fp: number;
  fn: number;
}

/** The runtime's console: core compiles without DOM or Node types. */
const out = (globalThis as unknown as { console: { log(text: string): void } }).console;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);

function scoreCorpus(): Score[] {
  const compiled = compileLibrary(FRENCH_LIBRARY);
  const reported = FRENCH_LIBRARY.rules.filter((r) => r.kind !== 'definition');
  const scores = new Map<string, Score>(
    reported.map((r) => [r.id, { id: r.id, kind: r.kind, tp: 0, fp: 0, fn: 0 }]),
  );
  for (const { transcript, truth } of generateFrenchCorpus({ seed: SEED, count: CALLS })) {
    const found = new Set(analyzeCall(compiled, transcript).hits.map((h) => h.ruleId));
    const expected = new Set([...truth.practices, ...truth.reactions]);
    for (const s of scores.values()) {
      const isFound = found.has(s.id);
      const isExpected = expected.has(s.id);
      if (isFound && isExpected) s.tp++;
      else if (isFound) s.fp++;
      else if (isExpected) s.fn++;
    }
  }
  return [...scores.values()];
}

describe(`French library on ${CALLS} generated calls (seed ${SEED})`, () => {
  it(`reaches precision and recall ≥ ${FLOOR} on every practice and reaction, each in ≥ ${MIN_POSITIVES} calls`, () => {
    const scores = scoreCorpus();
    const failures: string[] = [];
    const rows = scores.map((s) => {
      const precision = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
      const recall = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
      const positives = s.tp + s.fn;
      if (precision < FLOOR) failures.push(`${s.id}: precision ${pct(precision).trim()}`);
      if (recall < FLOOR) failures.push(`${s.id}: recall ${pct(recall).trim()}`);
      if (positives < MIN_POSITIVES) failures.push(`${s.id}: only ${positives} positive calls`);
      return `${s.id.padEnd(28)} ${s.kind.padEnd(9)} ${String(positives).padStart(5)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)} ${pct(precision)} ${pct(recall)}`;
    });
    const header = `${'rule'.padEnd(28)} ${'kind'.padEnd(9)} ${'calls'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)} ${'prec.'.padStart(6)} ${'recall'.padStart(6)}`;
    out.log([header, ...rows].join('\n'));
    expect(failures).toEqual([]);
  }, 120_000);
});
