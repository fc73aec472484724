import type { ApiIssue } from '../../api/client';

/** One refused line of an uploaded invoice: the file's row and field, and what is wrong. */
export interface UploadProblem {
  /** 1-based row of the file (the header is row 1), when the issue names one */
  readonly row: number | null;
  readonly field: string | null;
  readonly code: string;
  readonly message: string;
}

/** Path parts that name a list or the file itself, not a field. */
const CONTAINERS = new Set(['rows', 'lines', 'file', 'body']);

function asRow(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

/**
 * The server's 400 on an invoice file, as rows of a table. The row and field come from the
 * issue's params when it gives them, else from its path (['rows', 12, 'amount'] or [12, 'amount']).
 */
export function uploadProblems(issues: readonly ApiIssue[]): UploadProblem[] {
  return issues
    .map((issue) => {
      const params = issue.params ?? {};
      const row = asRow(params.row) ?? issue.path.map(asRow).find((r) => r !== null) ?? null;
      const fromPath = [...issue.path]
        .reverse()
        .find((p): p is string => typeof p === 'string' && !CONTAINERS.has(p) && asRow(p) === null);
      const field = typeof params.field === 'string' ? params.field : (fromPath ?? null);
      return { row, field, code: issue.code, message: issue.message };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
