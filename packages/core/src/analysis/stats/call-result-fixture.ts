import type { CallResult, Hit } from '../call-result.ts';
import type { Library, LibraryRule } from '../library/library.ts';

/** Test fixtures: a small library and a terse way to write the CallResults the engine would give. */

function rule(id: string, kind: LibraryRule['kind'], extra: Partial<LibraryRule> = {}): LibraryRule {
  return { id, kind, label: { fr: id, en: id }, rule: `"${id}"`, ...extra };
}

/**
 * Four practices with a polarity (two good, two bad), one without, two reactions and a definition
 * (which the engine never reports, and the statistics must not count).
 */
export const LIBRARY: Library = {
  id: 'mini',
  language: 'fr',
  name: { fr: 'Mini', en: 'Mini' },
  rules: [
    rule('hold_announced', 'practice', { theme: 'phone_tool', polarity: 'good', cost: 'none' }),
    rule('argues', 'practice', { theme: 'difficult_situations', polarity: 'bad', cost: 'turns' }),
    rule('upsell', 'practice', { theme: 'proactivity', polarity: 'good', cost: 'turns' }),
    rule('long_silence', 'practice', { theme: 'phone_tool', polarity: 'bad', cost: 'span' }),
    rule('mentions_offer', 'practice', { theme: 'business_procedures' }),
    rule('refusal', 'reaction'),
    rule('thanks', 'reaction'),
    rule('apology_words', 'definition'),
  ],
};

export interface CallSpec {
  vendor?: string;
  site?: string;
  agent?: string;
  /** links.startedAt */
  at?: string;
  /** measures.durationSeconds; default 300 */
  duration?: number;
  /** hits as `ruleId@start`, space-separated, e.g. 'argues@30 refusal@45' (each lasts 5 s) */
  hits?: string;
  /** seconds per practice found */
  costs?: Record<string, number>;
}

/** A CallResult from a terse spec. */
export function callResult(callId: string, spec: CallSpec = {}): CallResult {
  const hits: Hit[] = (spec.hits ?? '')
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => {
      const [ruleId = '', at = '0'] = token.split('@');
      const start = Number(at);
      return { ruleId, start, end: start + 5, spans: [] };
    })
    .sort((a, b) => a.start - b.start);
  const duration = spec.duration ?? 300;
  return {
    callId,
    language: 'fr',
    links: {
      ...(spec.vendor === undefined ? {} : { vendor: spec.vendor }),
      ...(spec.site === undefined ? {} : { site: spec.site }),
      ...(spec.agent === undefined ? {} : { agent: spec.agent }),
      ...(spec.at === undefined ? {} : { startedAt: spec.at }),
    },
    measures: {
      durationSeconds: duration,
      agentTalkSeconds: duration * 0.5,
      customerTalkSeconds: duration * 0.4,
      overtalkSeconds: 0,
      silenceSeconds: duration * 0.1,
      longestSilenceSeconds: 0,
      holdSeconds: 0,
      longestMonologueSeconds: 0,
      agentTalkRatio: 0.55,
    },
    hits,
    costs: spec.costs ?? {},
  };
}

/** `count` calls of one agent with the same hits, ids `${prefix}-0`, `${prefix}-1`... */
export function agentCalls(prefix: string, count: number, spec: CallSpec): CallResult[] {
  return Array.from({ length: count }, (_, i) => callResult(`${prefix}-${i}`, spec));
}
