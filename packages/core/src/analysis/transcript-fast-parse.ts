import {
  type CallLinks,
  SPEAKER_ROLES,
  type SpeakerRole,
  type Transcript,
  type Turn,
  transcriptSchema,
  type Word,
} from './transcript.ts';

/**
 * transcriptSchema.safeParse with a fast path: a call that obviously meets the schema (the usual
 * case: files Vigie or a transcription tool wrote) is copied field by field, several times
 * faster than zod; anything else goes through zod, which then names every fault. Both give the
 * same output: known fields only, callId trimmed, links defaulting to {}.
 */
export function safeParseTranscript(raw: unknown): ReturnType<typeof transcriptSchema.safeParse> {
  const fast = fastTranscript(raw);
  return fast ? { success: true, data: fast } : transcriptSchema.safeParse(raw);
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ROLES = new Set<string>(SPEAKER_ROLES);
const LINK_KEYS = ['interactionId', 'vendor', 'site', 'agent', 'activity'] as const;

const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fastTranscript(raw: unknown): Transcript | null {
  if (!isObject(raw)) return null;
  const { callId, language, durationSeconds, links, turns } = raw;
  if (typeof callId !== 'string' || typeof language !== 'string' || !LANGUAGE.test(language)) return null;
  const id = callId.trim();
  if (id.length === 0 || (durationSeconds !== undefined && !isSeconds(durationSeconds))) return null;
  const outLinks = fastLinks(links);
  if (!outLinks || !Array.isArray(turns) || turns.length === 0) return null;
  const outTurns: Turn[] = new Array(turns.length);
  let previousStart = 0;
  for (let i = 0; i < turns.length; i++) {
    const turn = fastTurn(turns[i]);
    if (!turn || turn.start < previousStart) return null;
    previousStart = turn.start;
    outTurns[i] = turn;
  }
  return {
    callId: id,
    language,
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
    links: outLinks,
    turns: outTurns,
  };
}

function fastLinks(links: unknown): CallLinks | null {
  if (links === undefined) return {};
  if (!isObject(links)) return null;
  const out: CallLinks = {};
  for (const key of LINK_KEYS) {
    const v = links[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length === 0) return null;
    out[key] = v;
  }
  if (links.startedAt !== undefined) {
    if (typeof links.startedAt !== 'string') return null;
    out.startedAt = links.startedAt;
  }
  return out;
}

function fastTurn(raw: unknown): Turn | null {
  if (!isObject(raw)) return null;
  const { speaker, start, end, text, words } = raw;
  if (typeof speaker !== 'string' || !ROLES.has(speaker) || typeof text !== 'string') return null;
  if (!isSeconds(start) || !isSeconds(end) || end < start) return null;
  const turn: Turn = { speaker: speaker as SpeakerRole, start, end, text };
  if (words !== undefined) {
    if (!Array.isArray(words)) return null;
    const outWords: Word[] = [];
    for (const w of words) {
      if (!isObject(w) || typeof w.text !== 'string' || !isSeconds(w.start) || !isSeconds(w.end)) return null;
      outWords.push({ text: w.text, start: w.start, end: w.end });
    }
    turn.words = outWords;
  }
  return turn;
}
