import { intersection, total, union } from './intervals.ts';
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
  const silenceMin = options.silenceMinSeconds ?? DEFAULT_SILENCE_MIN_SECONDS;
  if (!Number.isFinite(silenceMin) || silenceMin < 0) {
    throw new Error(`silenceMinSeconds must be a finite number ≥ 0, got ${silenceMin}`);
  }

  const turns = [...transcript.turns].sort(byTime);
  const lastEnd = turns.reduce((max, t) => Math.max(max, t.end), 0);
  const durationSeconds = transcript.durationSeconds ?? lastEnd;

  const turnCounts: Record<SpeakerRole, number> = { agent: 0, customer: 0, system: 0 };
  for (const t of turns) turnCounts[t.speaker] += 1;

  const agent = union(turns.filter((t) => t.speaker === 'agent'));
  const customer = union(turns.filter((t) => t.speaker === 'customer'));
  const system = union(turns.filter((t) => t.speaker === 'system'));
  const agentTalkSeconds = total(agent);
  const customerTalkSeconds = total(customer);
  const systemSeconds = total(system);
  const overtalkSeconds = total(intersection(agent, customer));

  const gaps = findGaps(turns, transcript.durationSeconds);
  const silences: Silence[] = gaps
    .filter((g) => g.seconds >= silenceMin)
    .map(({ start, end, seconds, after }) => ({ start, end, seconds, after }));
  const silenceSeconds = silences.reduce((sum, s) => sum + s.seconds, 0);
  const longestSilenceSeconds = silences.reduce((max, s) => Math.max(max, s.seconds), 0);

  const holdMusic = total(
    union(turns.filter((t) => t.speaker === 'system' && mentionsAny(t.text, HOLD_SYSTEM_PHRASES))),
  );
  const heldSilence = gaps
    .filter((g) => g.seconds >= HOLD_SILENCE_MIN_SECONDS && g.holdAnnounced)
    .reduce((sum, g) => sum + g.seconds, 0);

  const talk = agentTalkSeconds + customerTalkSeconds;
  return {
    durationSeconds,
    agentTalkSeconds,
    customerTalkSeconds,
    systemSeconds,
    overtalkSeconds,
    silences,
    silenceSeconds,
    longestSilenceSeconds,
    holdSeconds: holdMusic + heldSilence,
    longestMonologue: longestMonologue(turns, silenceMin),
    agentTalkRatio: talk > 0 ? agentTalkSeconds / talk : null,
    turnCounts,
  };
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

interface Gap extends Silence {
  /** the last agent turn before the gap announces a hold */
  holdAnnounced: boolean;
}

/** Every gap of positive length where no turn runs, from 0 to the end of the call. */
function findGaps(sorted: readonly Turn[], givenDuration: number | undefined): Gap[] {
  const gaps: Gap[] = [];
  let coveredUntil = 0;
  let lastTurn: Turn | null = null; // the turn ending last so far (ties: started last)
  let lastAgent: Turn | null = null; // the agent turn ending last so far (ties: started last)
  let announced = false;
  const gapTo = (end: number): void => {
    if (end <= coveredUntil) return;
    gaps.push({
      start: coveredUntil,
      end,
      seconds: end - coveredUntil,
      after: lastTurn?.speaker ?? null,
      holdAnnounced: announced,
    });
  };
  for (const t of sorted) {
    gapTo(t.start);
    if (!lastTurn || t.end >= lastTurn.end) lastTurn = t;
    if (t.speaker === 'agent' && (!lastAgent || t.end >= lastAgent.end)) {
      lastAgent = t;
      announced = mentionsAny(t.text, HOLD_ANNOUNCEMENT_PHRASES);
    }
    coveredUntil = Math.max(coveredUntil, t.end);
  }
  if (givenDuration !== undefined) gapTo(givenDuration);
  return gaps;
}

function longestMonologue(sorted: readonly Turn[], silenceMin: number): Monologue | null {
  let best: Monologue | null = null;
  let current: Monologue | null = null;
  const close = (): void => {
    if (current && (!best || current.seconds > best.seconds)) best = current;
  };
  for (const t of sorted) {
    if (t.speaker === 'system') continue;
    if (current && current.speaker === t.speaker && t.start - current.end < silenceMin) {
      current.end = Math.max(current.end, t.end);
      current.seconds = current.end - current.start;
    } else {
      close();
      current = { speaker: t.speaker, start: t.start, end: t.end, seconds: t.end - t.start };
    }
  }
  close();
  return best;
}
