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
  /** each rule's matches by id, one map per speaker constraint (none, agent, customer) */
  private readonly memo = { none: new Map<string, Match[]>(), agent: new Map(), customer: new Map() };

  constructor(
    private readonly plan: EvaluationPlan,
    private readonly call: CallContext,
  ) {}

  rule(id: string, speaker: Speaker | null = null): Match[] {
    const memo = this.memo[speaker ?? 'none'];
    let result = memo.get(id);
    if (!result) {
      const node = this.plan.rules.get(id);
      if (!node) throw new Error(`unknown rule ${id}`); // the checker refuses such libraries
      result = this.eval(node, speaker);
      memo.set(id, result);
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
        return this.or(node.operands, speaker);
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

  /** The matches of every operand; most operands match nothing in a given call. */
  private or(operands: readonly RuleNode[], speaker: Speaker | null): Match[] {
    let all: Match[] | null = null;
    for (const o of operands) {
      const matches = this.eval(o, speaker);
      if (matches.length === 0) continue;
      if (all === null) all = matches;
      else all = all.concat(matches);
    }
    return all === null ? [] : inPlaceOrder(all);
  }

  private and(operands: readonly RuleNode[], speaker: Speaker | null): Match[] {
    const all: Match[] = [];
    for (const o of operands) {
      const matches = this.eval(o, speaker);
      if (matches.length === 0) return [];
      all.push(...matches);
    }
    const located = all.filter((m) => !m.callLevel);
    return located.length > 0 ? inPlaceOrder(located) : [callLevelMatch(this.call.duration)];
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
    switch (node.measure) {
      case 'silence':
        return timeline.gaps
          .filter((g) => passes(g.seconds, cmp) && (speaker === null || g.after === speaker))
          .map((g) => timeMatch(g.start, g.end, this.call.turnAt(g.start)));
      case 'overtalk':
        return this.stretches(timeline.overtalk, cmp);
      case 'hold':
        return this.stretches(timeline.holds, cmp);
      case 'monologue':
        return timeline.monologues
          .filter((m) => passes(m.seconds, cmp) && (speaker === null || m.speaker === speaker))
          .map((m) => ({
            ...timeMatch(m.start, m.end, this.call.turnAt(m.start)),
            lastTurn: this.call.turnAt(m.end - 1e-9),
          }));
      case 'talk_ratio': {
        const talk = sum(timeline.agent) + sum(timeline.customer);
        return talk > 0 && passes(sum(timeline.agent) / talk, cmp)
          ? [callLevelMatch(this.call.duration)]
          : [];
      }
      case 'duration':
        return passes(this.call.duration, cmp) ? [callLevelMatch(this.call.duration)] : [];
    }
  }

  /** The stretches of time (overtalk, holds) whose length passes the comparison. */
  private stretches(intervals: readonly Interval[], cmp: MeasureComparison): Match[] {
    return intervals
      .filter(([start, end]) => end > start && passes(end - start, cmp))
      .map(([start, end]) => timeMatch(start, end, this.call.turnAt(start)));
  }
}

type MeasureComparison = Extract<RuleNode, { kind: 'measure' }>['comparison'];

/** Whether a measure passes its comparison (no comparison: any value does). */
function passes(value: number, cmp: MeasureComparison): boolean {
  return cmp === null || compare(value, cmp.op, cmp.value);
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
 * The matches sorted by place without repeats: the list itself when it already is (as most are,
 * one operand's matches), else a sorted copy.
 */
function inPlaceOrder(matches: Match[]): Match[] {
  for (let i = 1; i < matches.length; i++) {
    const previous = matches[i - 1] as Match;
    const m = matches[i] as Match;
    if (byPlace(previous, m) >= 0 || samePlace(previous, m)) return dedupe([...matches].sort(byPlace));
  }
  return matches;
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
