import { type Interval, intersection, total, union } from './intervals.ts';
import { mentionsAny } from './mentions.ts';
import type { SpeakerRole, Transcript, Turn } from './transcript.ts';

/**
 * Derived measures of a transcribed call (issue 5): talk time per side, silences, overtalk, hold,
 * longest monologue, agent talk ratio. Pure and O(n log n) over the turns (one sort, then linear
 * sweeps over time intervals); all values are exact floats in seconds, nothing is rounded.
 */

/** Default minimum length of a gap counted as a silence, and of a pause that breaks a monologue. */
export const DEFAULT_SILENCE_MIN_SECONDS = 3;

/** A gap after an agent's hold announcement counts as hold only from this length on. */
export const HOLD_SILENCE_MIN_SECONDS = 20;

/** Text of a `system` turn that marks hold (hold music, hold prompt), French and English. */
export const HOLD_SYSTEM_PHRASES = [
  'attente',
  "musique d'attente",
  'mise en attente',
  '[hold]',
  'hold music',
  'on hold',
] as const;

/** Text of an `agent` turn that announces a hold, French and English. */
export const HOLD_ANNOUNCEMENT_PHRASES = [
  'je vous mets en attente',
  'un instant',
  'ne quittez pas',
  'patientez',
  'let me put you on hold',
  'one moment',
  'please hold',
] as const;

export interface CallMeasuresOptions {
  /** gaps shorter than this are not silences, and do not break a monologue (default 3) */
  silenceMinSeconds?: number;
}

/** A stretch where nobody (system included) speaks. */
export interface Silence {
  start: number;
  end: number;
  seconds: number;
  /** who spoke last before the gap; null for a gap at the start of the call */
  after: SpeakerRole | null;
}

export interface Monologue {
  speaker: 'agent' | 'customer';
  /** end − start, short pauses included */
  seconds: number;
  start: number;
  end: number;
}

export interface CallMeasures {
  /** transcript.durationSeconds when given, else the end of the last turn */
  durationSeconds: number;
  agentTalkSeconds: number;
  customerTalkSeconds: number;
  systemSeconds: number;
  /** agent and customer speaking at once */
  overtalkSeconds: number;
  silences: Silence[];
  silenceSeconds: number;
  longestSilenceSeconds: number;
  holdSeconds: number;
  longestMonologue: Monologue | null;
  /** agent talk / (agent talk + customer talk); null when both are 0 */
  agentTalkRatio: number | null;
  turnCounts: Record<SpeakerRole, number>;
}

/**
 * Measures a call.
 *
 * - Talk time per role is the union of that role's turn intervals (overlapping turns of one role
 *   count once); overtalk is the intersection of the agent and customer unions.
 * - Silences are the gaps in the union of all turns (system included) of at least
 *   `silenceMinSeconds`: a gap before the first turn counts (`after: null`); the tail after the
 *   last turn counts only when `transcript.durationSeconds` is given. `after` is the role of the
 *   turn that ended last before the gap (ties: the one that started last).
 * - Hold is the sum of
 *   (a) the union of the `system` turns whose text contains one of {@link HOLD_SYSTEM_PHRASES}, and
 *   (b) every gap of at least {@link HOLD_SILENCE_MIN_SECONDS} (whatever `silenceMinSeconds` is)
 *       whose last agent turn before it contains one of {@link HOLD_ANNOUNCEMENT_PHRASES} — the
 *       customer may acknowledge in between ("d'accord"), and every gap until the agent speaks
 *       again counts. A gap before the first turn is never hold.
 *   Phrases match case-, accent- and apostrophe-insensitively, on word boundaries ("attente"
 *   does not match "attentes"). (a) and (b) never overlap: (b) is time where nobody speaks.
 * - The longest monologue considers agent and customer turns only, in start order: consecutive
 *   turns of one speaker merge into one stretch while the pause between them is shorter than
 *   `silenceMinSeconds`; a turn of the other speaker (even overlapping) or a longer pause starts a
 *   new stretch. Its length is end − start, short pauses included; ties keep the earliest.
 */
export function callMeasures(transcript: Transcript, options: CallMeasuresOptions = {}): CallMeasures {
  return measuresOfTimeline(callTimeline(transcript, options), options);
}

/** callMeasures of a timeline already computed (with the same options). */
export function measuresOfTimeline(timeline: CallTimeline, options: CallMeasuresOptions = {}): CallMeasures {
  const silenceMin = options.silenceMinSeconds ?? DEFAULT_SILENCE_MIN_SECONDS;
  const { turns, durationSeconds } = timeline;

  const turnCounts: Record<SpeakerRole, number> = { agent: 0, customer: 0, system: 0 };
  for (const t of turns) turnCounts[t.speaker] += 1;

  const agentTalkSeconds = total(timeline.agent);
  const customerTalkSeconds = total(timeline.customer);
  const silences: Silence[] = timeline.gaps
    .filter((g) => g.seconds >= silenceMin)
    .map(({ start, end, seconds, after }) => ({ start, end, seconds, after }));
  const talk = agentTalkSeconds + customerTalkSeconds;
  const longestMonologue = timeline.monologues.reduce<Monologue | null>(
    (best, m) => (!best || m.seconds > best.seconds ? m : best),
    null,
  );
  return {
    durationSeconds,
    agentTalkSeconds,
    customerTalkSeconds,
    systemSeconds: total(timeline.system),
    overtalkSeconds: total(timeline.overtalk),
    silences,
    silenceSeconds: silences.reduce((sum, s) => sum + s.seconds, 0),
    longestSilenceSeconds: silences.reduce((max, s) => Math.max(max, s.seconds), 0),
    holdSeconds: total(timeline.holds),
    longestMonologue,
    agentTalkRatio: talk > 0 ? agentTalkSeconds / talk : null,
    turnCounts,
  };
}

/** A gap where no turn runs, of any length. */
export interface Gap extends Silence {
  /**
   * the last agent turn before the gap announces a hold; only looked at for gaps long enough to
   * be hold (HOLD_SILENCE_MIN_SECONDS), false for shorter ones
   */
  holdAnnounced: boolean;
}

/** The intervals a call's measures (and the rule language's non-verbal conditions) are made of. */
export interface CallTimeline {
  /** the turns in time order */
  turns: Turn[];
  durationSeconds: number;
  agent: Interval[];
  customer: Interval[];
  system: Interval[];
  /** agent and customer speaking at once */
  overtalk: Interval[];
  /** every gap of positive length, from 0 to the end of the call */
  gaps: Gap[];
  /** hold music turns and held silences (see callMeasures), in time order, disjoint */
  holds: Interval[];
  /** every stretch of one side speaking without the other (see callMeasures), in time order */
  monologues: Monologue[];
}

/** The intervals of a call, computed once for its measures and its rules (see callMeasures). */
export function callTimeline(transcript: Transcript, options: CallMeasuresOptions = {}): CallTimeline {
  const silenceMin = options.silenceMinSeconds ?? DEFAULT_SILENCE_MIN_SECONDS;
  if (!Number.isFinite(silenceMin) || silenceMin < 0) {
    throw new Error(`silenceMinSeconds must be a finite number ≥ 0, got ${silenceMin}`);
  }
  // Transcripts come in start order (the schema requires it); sorting is for other callers.
  const turns = isSorted(transcript.turns) ? [...transcript.turns] : [...transcript.turns].sort(byTime);
  const lastEnd = turns.reduce((max, t) => Math.max(max, t.end), 0);
  const agent = union(turns.filter((t) => t.speaker === 'agent'));
  const customer = union(turns.filter((t) => t.speaker === 'customer'));
  const gaps = findGaps(turns, transcript.durationSeconds);
  const holdMusic = union(
    turns.filter((t) => t.speaker === 'system' && mentionsAny(t.text, HOLD_SYSTEM_PHRASES)),
  );
  // Held silences are gaps, so they never overlap hold music (which is a turn).
  const heldSilences = gaps
    .filter((g) => g.seconds >= HOLD_SILENCE_MIN_SECONDS && g.holdAnnounced)
    .map((g): Interval => [g.start, g.end]);
  return {
    turns,
    durationSeconds: transcript.durationSeconds ?? lastEnd,
    agent,
    customer,
    system: union(turns.filter((t) => t.speaker === 'system')),
    overtalk: intersection(agent, customer),
    gaps,
    holds: [...holdMusic, ...heldSilences].sort((a, b) => a[0] - b[0]),
    monologues: monologues(turns, silenceMin),
  };
}

function isSorted(turns: readonly Turn[]): boolean {
  for (let i = 1; i < turns.length; i++) if (byTime(turns[i - 1] as Turn, turns[i] as Turn) > 0) return false;
  return true;
}

const ROLE_ORDER: Record<SpeakerRole, number> = { agent: 0, customer: 1, system: 2 };

/** Sort key making the result independent of the input order (start, end, role, text). */
function byTime(a: Turn, b: Turn): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    ROLE_ORDER[a.speaker] - ROLE_ORDER[b.speaker] ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

/** Every gap of positive length where no turn runs, from 0 to the end of the call. */
function findGaps(sorted: readonly Turn[], givenDuration: number | undefined): Gap[] {
  const gaps: Gap[] = [];
  let coveredUntil = 0;
  let lastTurn: Turn | null = null; // the turn ending last so far (ties: started last)
  let lastAgent: Turn | null = null; // the agent turn ending last so far (ties: started last)
  // whether lastAgent announces a hold: read only for gaps long enough to be hold, once per turn
  let announcedBy: Turn | null = null;
  let announced = false;
  // one step per turn, for the gap before it, and a last one for the gap before the call's end
  for (let i = 0; i <= sorted.length; i++) {
    const t = sorted[i];
    const end = t ? t.start : givenDuration;
    if (end !== undefined && end > coveredUntil) {
      const seconds = end - coveredUntil;
      if (seconds >= HOLD_SILENCE_MIN_SECONDS && lastAgent !== announcedBy) {
        announcedBy = lastAgent;
        announced = lastAgent !== null && mentionsAny(lastAgent.text, HOLD_ANNOUNCEMENT_PHRASES);
      }
      gaps.push({
        start: coveredUntil,
        end,
        seconds,
        after: lastTurn?.speaker ?? null,
        holdAnnounced: seconds >= HOLD_SILENCE_MIN_SECONDS && announced,
      });
    }
    if (!t) break;
    if (!lastTurn || t.end >= lastTurn.end) lastTurn = t;
    if (t.speaker === 'agent' && (!lastAgent || t.end >= lastAgent.end)) lastAgent = t;
    coveredUntil = Math.max(coveredUntil, t.end);
  }
  return gaps;
}

function monologues(sorted: readonly Turn[], silenceMin: number): Monologue[] {
  const out: Monologue[] = [];
  let current: Monologue | null = null;
  for (const t of sorted) {
    if (t.speaker === 'system') continue;
    if (current && current.speaker === t.speaker && t.start - current.end < silenceMin) {
      current.end = Math.max(current.end, t.end);
      current.seconds = current.end - current.start;
    } else {
      current = { speaker: t.speaker, start: t.start, end: t.end, seconds: t.end - t.start };
      out.push(current);
    }
  }
  return out;
}
