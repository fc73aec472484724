import type { Hit } from '@vigie/core';

/** A hit's characters in one turn. */
export interface MarkSpan {
  readonly ruleId: string;
  readonly charStart: number;
  readonly charEnd: number;
}

/** A stretch of a turn's text and the rules whose hits cover all of it (none: plain text). */
export interface TextSegment {
  readonly start: number;
  readonly text: string;
  readonly ruleIds: readonly string[];
}

/** Each turn's hit spans, by turn index. */
export function spansByTurn(hits: readonly Hit[]): Map<number, MarkSpan[]> {
  const byTurn = new Map<number, MarkSpan[]>();
  for (const hit of hits) {
    for (const span of hit.spans) {
      const list = byTurn.get(span.turn) ?? [];
      list.push({ ruleId: hit.ruleId, charStart: span.charStart, charEnd: span.charEnd });
      byTurn.set(span.turn, list);
    }
  }
  return byTurn;
}

/**
 * Cuts a turn's text where hits start and end, so that overlapping hits of several rules can be
 * drawn as nested marks. Spans outside the text are clipped; empty ones are ignored.
 */
export function segmentText(text: string, spans: readonly MarkSpan[]): TextSegment[] {
  const clipped = spans
    .map((s) => ({
      ruleId: s.ruleId,
      start: Math.max(0, Math.min(text.length, s.charStart)),
      end: Math.max(0, Math.min(text.length, s.charEnd)),
    }))
    .filter((s) => s.end > s.start);
  if (clipped.length === 0) return text ? [{ start: 0, text, ruleIds: [] }] : [];
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const ruleIds: string[] = [];
    for (const s of clipped)
      if (s.start <= from && s.end >= to && !ruleIds.includes(s.ruleId)) ruleIds.push(s.ruleId);
    const previous = segments.at(-1);
    // neighbours covered by the same rules are one mark
    if (previous && sameRules(previous.ruleIds, ruleIds)) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(from, to) };
    } else {
      segments.push({ start: from, text: text.slice(from, to), ruleIds });
    }
  }
  return segments;
}

function sameRules(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The turn a hit is shown at: its first span's, else the turn being spoken when it starts. */
export function turnOfHit(hit: Hit, turnStarts: readonly number[]): number {
  const first = hit.spans[0];
  if (first) return first.turn;
  let found = 0;
  for (let i = 0; i < turnStarts.length; i++) if ((turnStarts[i] as number) <= hit.start) found = i;
  return found;
}
