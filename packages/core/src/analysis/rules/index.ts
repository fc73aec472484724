export { analyzeCall } from './analyze-call.ts';
export type { RuleNode, SourceSpan } from './ast.ts';
export { type CheckedLibrary, checkLibrary } from './check-library.ts';
export { type CompiledLibrary, compileLibrary } from './compile-library.ts';
export { foldWord, type TextToken, tokenizeText } from './normalize-text.ts';
export { parseRule, ruleSyntaxError } from './parse-rule.ts';
export { formatRuleError, type RuleError, RuleLanguageError } from './rule-error.ts';
