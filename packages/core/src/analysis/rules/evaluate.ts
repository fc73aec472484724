import type { Interval } from '../intervals.ts';
import type { Comparison, RuleNode, Speaker } from './ast.ts';
import type { CallContext } from './call-context.ts';
import { byPlace, callLevelMatch, comesAfter, type Match, timeMatch } from './match.ts';

/** What evaluation needs of the compiled library: each phrase node's number and each rule's tree. */
export interface EvaluationPlan {
  readonly phraseIds: ReadonlyMap<RuleNode, number>;
  readonly rules: ReadonlyMap<string, RuleNode>;
}

/**
 * Evaluates rule trees over one call (docs/rule-language.md for the meaning of each node). A
 * speaker constraint is passed down to the phrases and conditions it governs; references are
 * evaluated once per call and speaker.
 */
export class CallEvaluator {
  private readonly memo = new Map<string, Match[]>();

  constructor(
    private readonly plan: EvaluationPlan,
    private readonly call: CallContext,
  ) {}

  rule(id: string, speaker: Speaker | null = null): Match[] {
    const key = `${id}:${speaker}`;
    let result = this.memo.get(key);
    if (!result) {
      const node = this.plan.rules.get(id);
      if (!node) throw new Error(`unknown rule ${id}`); // the checker refuses such libraries
      result = this.eval(node, speaker);
      this.memo.set(key, result);
    }
    return result;
  }

  eval(node: RuleNode, speaker: Speaker | null): Match[] {
    switch (node.kind) {
      case 'phrase':
        return this.phrase(node, speaker);
      case 'ref':
        return this.rule(node.id, speaker);
      case 'or':
        return dedupe(node.operands.flatMap((o) => this.eval(o, speaker)).sort(byPlace));
      case 'and':
        return this.and(node.operands, speaker);
      case 'not':
        return this.eval(node.operand, speaker).length > 0 ? [] : [callLevelMatch(this.call.duration)];
      case 'then':
        return then(this.eval(node.left, speaker), this.eval(node.right, speaker), node.withinTurns);
      case 'near':
        return near(this.eval(node.left, speaker), this.eval(node.right, speaker), node.words, this.call);
      case 'speaker':
        return speaker !== null && speaker !== node.speaker ? [] : this.eval(node.operand, node.speaker);
      case 'position':
        return this.eval(node.operand, speaker).filter((m) => m.callLevel || this.inPosition(node, m));
      case 'measure':
        return this.measure(node, speaker);
    }
  }

  private phrase(node: RuleNode, speaker: Speaker | null): Match[] {
    const id = this.plan.phraseIds.get(node) as number;
    const out: Match[] = [];
    for (const m of this.call.phraseMatches[id] ?? []) {
      const turn = this.call.turns[m.turn];
      if (!turn || (speaker !== null && turn.speaker !== speaker)) continue;
      const tokens = this.call.tokens[m.turn] ?? [];
      const charStart = tokens[m.tokenStart]?.start ?? 0;
      const charEnd = tokens[m.tokenEnd - 1]?.end ?? charStart;
      out.push({
        start: this.call.timeAt(m.turn, charStart),
        end: this.call.timeAt(m.turn, charEnd),
        turn: m.turn,
        lastTurn: m.turn,
        spans: [{ turn: m.turn, charStart, charEnd }],
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        callLevel: false,
      });
    }
    return out.sort(byPlace);
  }

  private and(operands: readonly RuleNode[], speaker: Speaker | null): Match[] {
    const all: Match[] = [];
    for (const o of operands) {
      const matches = this.eval(o, speaker);
      if (matches.length === 0) return [];
      all.push(...matches);
    }
    const located = all.filter((m) => !m.callLevel);
    return located.length > 0 ? dedupe(located.sort(byPlace)) : [callLevelMatch(this.call.duration)];
  }

  private inPosition(node: Extract<RuleNode, { kind: 'position' }>, m: Match): boolean {
    const duration = this.call.duration;
    if (node.unit === 'turns') {
      return node.edge === 'first' ? m.turn < node.amount : m.turn >= this.call.turns.length - node.amount;
    }
    const seconds = node.unit === 'ratio' ? node.amount * duration : node.amount;
    return node.edge === 'first' ? m.start < seconds : m.start >= duration - seconds;
  }

  private measure(node: Extract<RuleNode, { kind: 'measure' }>, speaker: Speaker | null): Match[] {
    const { timeline } = this.call;
    const cmp = node.comparison;
    const passes = (value: number): boolean => cmp === null || compare(value, cmp.op, cmp.value);
    const stretches = (intervals: readonly Interval[]): Match[] =>
      intervals
        .filter(([start, end]) => end > start && passes(end - start))
        .map(([start, end]) => timeMatch(start, end, this.call.turnAt(start)));
    switch (node.measure) {
      case 'silence':
        return timeline.gaps
          .filter((g) => passes(g.seconds) && (speaker === null || g.after === speaker))
          .map((g) => timeMatch(g.start, g.end, this.call.turnAt(g.start)));
      case 'overtalk':
        return stretches(timeline.overtalk);
      case 'hold':
        return stretches(timeline.holds);
      case 'monologue':
        return timeline.monologues
          .filter((m) => passes(m.seconds) && (speaker === null || m.speaker === speaker))
          .map((m) => ({
            ...timeMatch(m.start, m.end, this.call.turnAt(m.start)),
            lastTurn: this.call.turnAt(m.end - 1e-9),
          }));
      case 'talk_ratio': {
        const talk = sum(timeline.agent) + sum(timeline.customer);
        return talk > 0 && passes(sum(timeline.agent) / talk) ? [callLevelMatch(this.call.duration)] : [];
      }
      case 'duration':
        return passes(this.call.duration) ? [callLevelMatch(this.call.duration)] : [];
    }
  }
}

function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}

function sum(intervals: readonly Interval[]): number {
  return intervals.reduce((s, [a, b]) => s + (b - a), 0);
}

/**
 * Each A paired with the first B after it (within n turns when given); a B serves one pair. The
 * pair is one match from the start of A to the end of B.
 */
function then(lefts: readonly Match[], rights: readonly Match[], withinTurns: number | null): Match[] {
  const out: Match[] = [];
  let from = 0;
  for (const a of lefts) {
    while (from < rights.length && !comesAfter(a, rights[from] as Match)) from++;
    if (from >= rights.length) break;
    let pick = -1;
    for (let j = from; j < rights.length; j++) {
      const b = rights[j] as Match;
      if (!comesAfter(a, b)) continue;
      if (withinTurns === null || (b.turn > a.lastTurn && b.turn - a.lastTurn <= withinTurns)) pick = j;
      break;
    }
    if (pick < 0) continue;
    const b = rights[pick] as Match;
    out.push({
      start: Math.min(a.start, b.start),
      end: Math.max(a.end, b.end),
      turn: a.turn,
      lastTurn: Math.max(a.lastTurn, b.lastTurn),
      spans: [...a.spans, ...b.spans],
      tokenStart: -1,
      tokenEnd: -1,
      callLevel: false,
    });
    from = pick + 1;
  }
  return out;
}

/** Each A with the nearest B of its turn at most `words` words away, as one span covering both. */
function near(lefts: readonly Match[], rights: readonly Match[], words: number, call: CallContext): Match[] {
  const out: Match[] = [];
  for (const a of lefts) {
    if (a.tokenStart < 0) continue;
    let best: Match | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const b of rights) {
      if (b.tokenStart < 0 || b.turn !== a.turn || b === a) continue;
      const gap = Math.max(a.tokenStart, b.tokenStart) - Math.min(a.tokenEnd, b.tokenEnd);
      if (gap <= words && gap < bestGap) {
        best = b;
        bestGap = gap;
      }
    }
    if (!best) continue;
    const tokenStart = Math.min(a.tokenStart, best.tokenStart);
    const tokenEnd = Math.max(a.tokenEnd, best.tokenEnd);
    const tokens = call.tokens[a.turn] ?? [];
    const charStart = tokens[tokenStart]?.start ?? 0;
    const charEnd = tokens[tokenEnd - 1]?.end ?? charStart;
    out.push({
      start: Math.min(a.start, best.start),
      end: Math.max(a.end, best.end),
      turn: a.turn,
      lastTurn: a.turn,
      spans: [{ turn: a.turn, charStart, charEnd }],
      tokenStart,
      tokenEnd,
      callLevel: false,
    });
  }
  return dedupe(out.sort(byPlace));
}

/**
 * Drops repeated matches of the same place (OR of alternatives matching the same words, NEAR
 * pairs); sorted by place, repeats are neighbours.
 */
function dedupe(sorted: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && samePlace(last, m)) continue;
    out.push(m);
  }
  return out;
}

function samePlace(a: Match, b: Match): boolean {
  if (a.callLevel || b.callLevel) return a.callLevel === b.callLevel;
  if (a.start !== b.start || a.end !== b.end || a.spans.length !== b.spans.length) return false;
  return a.spans.every((s, i) => {
    const t = b.spans[i];
    return t !== undefined && s.turn === t.turn && s.charStart === t.charStart && s.charEnd === t.charEnd;
  });
}
