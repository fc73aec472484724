/**
 * The kinds of personal data that redaction finds in call transcripts, and the markers that
 * replace them. Markers are language-neutral (`[PHONE]`, not `[TÉLÉPHONE]`) so that rules and
 * exports read the same for French and English calls.
 */

export const REDACTION_TYPES = ['card', 'iban', 'nir', 'phone', 'email'] as const;
export type RedactionType = (typeof REDACTION_TYPES)[number];

/** What replaces each kind of personal data in the text. */
export const REDACTION_MARKERS: Readonly<Record<RedactionType, string>> = {
  card: '[CARD]',
  iban: '[IBAN]',
  nir: '[NIR]',
  phone: '[PHONE]',
  email: '[EMAIL]',
};

/**
 * One redacted span: `start` (inclusive) and `end` (exclusive) are UTF-16 offsets in the ORIGINAL
 * text. It carries no content, so the original value cannot be read back from it.
 */
export interface Redaction {
  readonly type: RedactionType;
  readonly start: number;
  readonly end: number;
}

export interface RedactOptions {
  /** the kinds to look for (default: all of them) */
  readonly types?: readonly RedactionType[];
}

export interface RedactedText {
  /** the text with each redacted span replaced by its marker */
  readonly text: string;
  /** the spans replaced, in text order, never overlapping */
  readonly redactions: readonly Redaction[];
}
