import { contractSchema } from '@vigie/core';

/**
 * How a contract is saved. A new contract is created; a saved one whose only change is one more
 * version at the end is amended (the server appends it and leaves the signed versions alone);
 * anything else replaces the document, which the server refuses if it touches an invoiced month.
 */
export type SavePlan =
  | { readonly kind: 'create' }
  | { readonly kind: 'replace' }
  | {
      readonly kind: 'amend';
      readonly amendment: {
        readonly effectiveFrom: string;
        readonly reason: string;
        readonly phases: unknown[];
      };
    };

type Doc = Readonly<Record<string, unknown>>;

/** Defaults filled in and keys sorted, so that two writings of the same terms compare equal. */
function canonical(doc: Doc): string | null {
  const parsed = contractSchema.safeParse({ ...doc, id: 'x' });
  if (!parsed.success) return null;
  return JSON.stringify(parsed.data, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

function versionsOf(doc: Doc): unknown[] {
  return Array.isArray(doc.versions) ? doc.versions : [];
}

export function planSave(saved: Doc | null, next: Doc): SavePlan {
  if (!saved) return { kind: 'create' };
  const savedVersions = versionsOf(saved);
  const nextVersions = versionsOf(next);
  if (nextVersions.length !== savedVersions.length + 1) return { kind: 'replace' };
  const before = canonical(saved);
  const withoutLast = canonical({ ...next, versions: nextVersions.slice(0, -1) });
  const last = nextVersions.at(-1) as Record<string, unknown> | undefined;
  if (!before || before !== withoutLast || !last) return { kind: 'replace' };
  return {
    kind: 'amend',
    amendment: {
      effectiveFrom: String(last.effectiveFrom ?? ''),
      reason: String(last.reason ?? ''),
      phases: Array.isArray(last.phases) ? last.phases : [],
    },
  };
}
