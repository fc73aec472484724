import type { Explanation } from './explanation.ts';

/** Reads an explanation's params; a param the template needs but lacks reads as "". */
export class Params {
  constructor(private readonly params: Explanation['params']) {}
  has(name: string): boolean {
    return this.params[name] !== undefined;
  }
  s(name: string): string {
    return String(this.params[name] ?? '');
  }
  n(name: string): number {
    return Number(this.params[name] ?? 0);
  }
}

/** actuals.volumes.phone, actuals.outcomes.sale, actuals.fte... */
export const actualsPath = (p: Params) =>
  `actuals.${p.s('field')}${p.has('channel') ? `.${p.s('channel')}` : ''}${p.has('outcome') ? `.${p.s('outcome')}` : ''}`;

/** 1..n for a basis of n at-risk pools (params numbered percent1, feesCents1...). */
export const segmentsOf = (p: Params) => Array.from({ length: p.n('segments') }, (_, i) => i + 1);
