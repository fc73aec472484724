import type { Library, LibraryRule } from '../library/library.ts';
import { childNodes, type RuleNode } from './ast.ts';
import { checkLibrary } from './check-library.ts';
import type { EvaluationPlan } from './evaluate.ts';
import { PhraseIndex } from './phrase-index.ts';
import { RuleLanguageError } from './rule-error.ts';

/** A library ready to run: its rules' trees and one index of all their phrases. */
export interface CompiledLibrary {
  readonly library: Library;
  readonly plan: EvaluationPlan;
  readonly phrases: PhraseIndex;
  /** the practices and reactions, which calls are analysed for (definitions are only referenced) */
  readonly reported: readonly LibraryRule[];
}

/** Checks and compiles a library; throws a RuleLanguageError listing every error when it has any. */
export function compileLibrary(library: Library): CompiledLibrary {
  const { errors, trees } = checkLibrary(library);
  if (errors.length > 0) throw new RuleLanguageError(errors);
  const phrases = new PhraseIndex();
  const phraseIds = new Map<RuleNode, number>();
  const collect = (node: RuleNode): void => {
    if (node.kind === 'phrase') phraseIds.set(node, phrases.add(node.items));
    for (const child of childNodes(node)) collect(child);
  };
  for (const tree of trees.values()) collect(tree);
  return {
    library,
    plan: { phraseIds, rules: trees },
    phrases,
    reported: library.rules.filter((r) => r.kind !== 'definition'),
  };
}
