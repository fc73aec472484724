import type { Library, LibraryRule } from '../library/library.ts';
import { childNodes, type RuleNode, type Speaker } from './ast.ts';
import { parseRule } from './parse-rule.ts';
import { type RuleError, RuleLanguageError, ruleError } from './rule-error.ts';

export interface CheckedLibrary {
  /** every error of every rule, in rule order; empty when the library can run */
  errors: RuleError[];
  /** the trees of the rules that parsed */
  trees: Map<string, RuleNode>;
}

/**
 * Parses and checks every rule of a library: syntax, references to rules that exist and do not
 * loop, speakers that can both hold, NEAR between words, and the fields each kind needs.
 */
export function checkLibrary(library: Pick<Library, 'rules'>): CheckedLibrary {
  const errors: RuleError[] = [];
  const trees = new Map<string, RuleNode>();
  const seen = new Set<string>();
  for (const rule of library.rules) {
    if (seen.has(rule.id))
      errors.push(
        whole(rule, 'duplicate_id', `another rule has the id ${rule.id}`, 'give each rule its own id'),
      );
    seen.add(rule.id);
    errors.push(...fieldErrors(rule));
    try {
      trees.set(rule.id, parseRule(rule.id, rule.rule));
    } catch (e) {
      if (e instanceof RuleLanguageError) errors.push(...e.issues);
      else throw e;
    }
  }
  for (const rule of library.rules) {
    const tree = trees.get(rule.id);
    if (tree) errors.push(...treeErrors(rule, tree, trees, seen));
  }
  return { errors, trees };
}

function fieldErrors(rule: LibraryRule): RuleError[] {
  if (rule.kind === 'practice' && (!rule.theme || !rule.polarity))
    return [
      whole(
        rule,
        'missing_theme',
        'a practice needs a theme and a polarity',
        'choose its coaching theme and whether it is good or bad',
      ),
    ];
  if (rule.kind !== 'practice' && (rule.theme || rule.polarity || (rule.cost && rule.cost !== 'none')))
    return [
      whole(
        rule,
        'practice_only',
        'only practices have a theme, a polarity and a cost',
        'remove them, or make the rule a practice',
      ),
    ];
  return [];
}

function treeErrors(
  rule: LibraryRule,
  tree: RuleNode,
  trees: Map<string, RuleNode>,
  ids: Set<string>,
): RuleError[] {
  const errors: RuleError[] = [];
  const at = (node: RuleNode, code: string, message: string, hint: string): void => {
    errors.push(
      ruleError(rule.id, rule.rule, node.span.start, node.span.end - node.span.start, code, message, hint),
    );
  };
  const walk = (node: RuleNode, speaker: Speaker | null): void => {
    if (node.kind === 'ref') {
      if (!ids.has(node.id)) at(node, 'unknown_rule', `no rule has the id ${node.id}`, closest(node.id, ids));
      else if (reaches(node.id, rule.id, trees))
        at(
          node,
          'cyclic_reference',
          `@${node.id} leads back to ${rule.id}`,
          'a rule cannot reference itself, directly or through others',
        );
    } else if (node.kind === 'speaker' && speaker !== null && speaker !== node.speaker) {
      at(
        node,
        'speaker_conflict',
        `${node.speaker}: inside ${speaker}: can never match`,
        'keep one speaker for this part',
      );
    } else if (node.kind === 'near') {
      for (const side of [node.left, node.right])
        if (!isWords(side, trees, new Set()))
          at(
            side,
            'near_needs_words',
            'NEAR compares places of words in a turn',
            'use phrases on both sides of NEAR, or THEN for a sequence',
          );
    }
    for (const child of childNodes(node)) walk(child, node.kind === 'speaker' ? node.speaker : speaker);
  };
  walk(tree, null);
  return errors;
}

/** Whether rule `from` references `target`, directly or through other rules. */
function reaches(from: string, target: string, trees: Map<string, RuleNode>): boolean {
  const stack = [from];
  const visited = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === target) return true;
    if (visited.has(id)) continue;
    visited.add(id);
    const tree = trees.get(id);
    if (tree) stack.push(...refsOf(tree));
  }
  return false;
}

function refsOf(node: RuleNode): string[] {
  return node.kind === 'ref' ? [node.id] : childNodes(node).flatMap(refsOf);
}

/** Whether a node only ever matches words of one turn (what NEAR measures distances between). */
function isWords(node: RuleNode, trees: Map<string, RuleNode>, visiting: Set<string>): boolean {
  switch (node.kind) {
    case 'phrase':
      return true;
    case 'near':
      return isWords(node.left, trees, visiting) && isWords(node.right, trees, visiting);
    case 'or':
      return node.operands.every((o) => isWords(o, trees, visiting));
    case 'speaker':
    case 'position':
      return isWords(node.operand, trees, visiting);
    case 'ref': {
      const tree = trees.get(node.id);
      if (!tree || visiting.has(node.id)) return true; // reported as unknown or cyclic instead
      visiting.add(node.id);
      return isWords(tree, trees, visiting);
    }
    default:
      return false;
  }
}

/** A hint naming the id closest in spelling (at most two edits away), when there is one. */
function closest(id: string, ids: Set<string>): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const other of ids) {
    const d = editDistance(id, other);
    if (d < bestDistance) {
      best = other;
      bestDistance = d;
    }
  }
  return best ? `did you mean @${best}?` : 'write the id of a rule of this library';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function whole(rule: LibraryRule, code: string, message: string, hint: string): RuleError {
  return ruleError(rule.id, rule.rule, 0, rule.rule.length, code, message, hint);
}
