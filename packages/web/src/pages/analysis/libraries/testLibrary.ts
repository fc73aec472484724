import type { Library, LibraryRule } from '@vigie/core';

const REFERENCE = /@([a-z][a-z0-9_]*)/g;

/** The ids a rule's text references with @id. */
export function referencedIds(rule: string): string[] {
  return [...rule.matchAll(REFERENCE)].map((m) => m[1] as string);
}

/**
 * A library to try one rule alone: that rule (a definition is tried as a reaction, so that its
 * hits are reported) and the definitions it needs, directly or through others. The other rules'
 * mistakes do not stop the test.
 */
export function libraryForRule(library: Library, index: number): { library: Library; ruleId: string } | null {
  const rule = library.rules[index];
  if (!rule) return null;
  const tried: LibraryRule =
    rule.kind === 'definition' ? { id: rule.id, kind: 'reaction', label: rule.label, rule: rule.rule } : rule;
  const byId = new Map(library.rules.map((r, i) => [r.id, i === index ? tried : r]));
  const needed = new Map<string, LibraryRule>([[tried.id, tried]]);
  const queue = referencedIds(tried.rule);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (needed.has(id)) continue;
    const found = byId.get(id);
    if (!found) continue; // reported as unknown_rule by the check
    needed.set(id, found);
    queue.push(...referencedIds(found.rule));
  }
  return { library: { ...library, rules: [...needed.values()] }, ruleId: tried.id };
}
