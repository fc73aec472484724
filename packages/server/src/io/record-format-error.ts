/**
 * A file that cannot be read as records at all (empty, truncated, not the format its name
 * says, a header without the required columns...). `message` names the file and, when the
 * fault has one, the line: `calls.csv, line 3: ...`; `code` is stable.
 */
export class RecordFormatError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line (CSV, JSON) or sheet row (XLSX); null when the file as a whole is at fault */
    readonly line: number | null,
    readonly code: string,
    detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}, line ${line}: ${detail}`);
    this.name = 'RecordFormatError';
  }
}

/** A warning about the file as a whole (encoding...); same shape as core's ImportIssue. */
export interface RecordReadWarning {
  readonly line: number;
  readonly code: string;
  readonly message: string;
  readonly severity: 'warning';
}

/** One record of a file: its 1-based line (or sheet row) and its values by column name. */
export interface RecordRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}
