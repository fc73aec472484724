/**
 * The rule language's syntax tree (docs/rule-language.md): readonly and `kind`-tagged, so the
 * checker and the compiler switch over it exhaustively. Every node keeps its source span for
 * messages.
 */

/** Characters [start, end) of the rule's source text. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** One choice of a phrase position: normalised tokens, the last one a prefix when `prefix`. */
export interface PhraseAlternative {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

/** A position of a phrase: one of its alternatives, or any word when `alternatives` is null. */
export interface PhraseItem {
  readonly alternatives: readonly PhraseAlternative[] | null;
  readonly optional: boolean;
}

export type Speaker = 'agent' | 'customer';
export type Comparison = '>' | '>=' | '<' | '<=';
export const MEASURES = ['silence', 'overtalk', 'hold', 'monologue', 'talk_ratio', 'duration'] as const;
export type MeasureName = (typeof MEASURES)[number];

export type RuleNode =
  | {
      readonly kind: 'phrase';
      readonly items: readonly PhraseItem[];
      readonly source: string;
      readonly span: SourceSpan;
    }
  | { readonly kind: 'ref'; readonly id: string; readonly span: SourceSpan }
  | { readonly kind: 'or'; readonly operands: readonly RuleNode[]; readonly span: SourceSpan }
  | { readonly kind: 'and'; readonly operands: readonly RuleNode[]; readonly span: SourceSpan }
  | { readonly kind: 'not'; readonly operand: RuleNode; readonly span: SourceSpan }
  | {
      readonly kind: 'then';
      readonly left: RuleNode;
      readonly right: RuleNode;
      /** B within this many turns after A's turn; null: anywhere after */
      readonly withinTurns: number | null;
      readonly span: SourceSpan;
    }
  | {
      readonly kind: 'near';
      readonly left: RuleNode;
      readonly right: RuleNode;
      /** at most this many words between them */
      readonly words: number;
      readonly span: SourceSpan;
    }
  | {
      readonly kind: 'speaker';
      readonly speaker: Speaker;
      readonly operand: RuleNode;
      readonly span: SourceSpan;
    }
  | {
      readonly kind: 'position';
      readonly edge: 'first' | 'last';
      readonly amount: number;
      /** seconds, a ratio of the duration (0..1), or turns */
      readonly unit: 'seconds' | 'ratio' | 'turns';
      readonly operand: RuleNode;
      readonly span: SourceSpan;
    }
  | {
      readonly kind: 'measure';
      readonly measure: MeasureName;
      /** seconds, or a ratio (0..1) for talk_ratio; null: any stretch (hold only) */
      readonly comparison: { readonly op: Comparison; readonly value: number } | null;
      readonly span: SourceSpan;
    };

export type RuleNodeKind = RuleNode['kind'];

/** The nodes directly under a node, in source order. */
export function childNodes(node: RuleNode): readonly RuleNode[] {
  switch (node.kind) {
    case 'or':
    case 'and':
      return node.operands;
    case 'then':
    case 'near':
      return [node.left, node.right];
    case 'not':
    case 'speaker':
    case 'position':
      return [node.operand];
    case 'phrase':
    case 'ref':
    case 'measure':
      return [];
  }
}
