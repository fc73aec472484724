import { digitRuns, type Item } from './digit-runs.ts';
import { findEmails } from './email.ts';
import { detectInRun } from './run-detect.ts';
import { type Token, tokenize } from './tokens.ts';
import {
  REDACTION_MARKERS,
  REDACTION_TYPES,
  type RedactedText,
  type Redaction,
  type RedactionType,
  type RedactOptions,
} from './types.ts';

const ALL_TYPES: ReadonlySet<RedactionType> = new Set(REDACTION_TYPES);

/**
 * Replaces the personal data of a text (payment card numbers, IBANs, French social security
 * numbers, phone numbers, e-mail addresses; written or spoken, French or English) with markers
 * such as `[PHONE]`, and says where they were. One pass over the tokens, linear in the text.
 * Numbers are only taken when their checksum or shape says what they are: amounts, dates,
 * times, contract and order numbers stay.
 */
export function redactText(text: string, options: RedactOptions = {}): RedactedText {
  const types = options.types ? new Set(options.types) : ALL_TYPES;
  const tokens = tokenize(text);
  const found: Redaction[] = [];
  if (types.has('email')) {
    for (const span of findEmails(tokens)) found.push(spanOf(tokens, 'email', span.first, span.last));
  }
  // spoken numbers joined across spaces, then, when that may read otherwise, by spelling rules
  // ("soixante douze": 72, or 60 12); the longest find wins where the two readings overlap
  const loose = digitRuns(tokens, 'spaces');
  const readings = loose.spaced ? [loose, digitRuns(tokens, 'hyphens')] : [loose];
  for (const { runs } of readings) {
    for (const run of runs) {
      for (const match of detectInRun(run, types)) {
        const first = (run[match.from] as Item).first;
        found.push(spanOf(tokens, match.type, first, (run[match.to] as Item).last));
      }
    }
  }
  const redactions = nonOverlapping(found);
  return { text: applyRedactions(text, redactions), redactions };
}

/**
 * The text with each redaction replaced by its marker; `offset` is where `text` starts in the
 * text the redactions refer to. The redactions must be in order and not overlap.
 */
export function applyRedactions(text: string, redactions: readonly Redaction[], offset = 0): string {
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start - offset) + REDACTION_MARKERS[r.type];
    at = r.end - offset;
  }
  return out + text.slice(at);
}

function spanOf(tokens: readonly Token[], type: RedactionType, first: number, last: number): Redaction {
  let start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  // "(555) 123-4567": the opening parenthesis goes with the closing one inside the number
  const before = tokens[first - 1];
  if (before?.text === '(' && tokens.slice(first, last + 1).some((t) => t.text === ')')) start = before.start;
  return { type, start, end };
}

/**
 * How much a find is worth against an overlapping one, which happens when the two readings of
 * spoken numbers differ: a mod-97 check (1 chance in 97 by accident) beats Luhn (1 in 10), which
 * beats a shape alone; an e-mail address holds the digits it overlaps.
 */
const STRENGTH: Readonly<Record<RedactionType, number>> = { iban: 3, nir: 3, card: 2, email: 2, phone: 1 };

/**
 * Finds that do not overlap: in each cluster of overlapping finds, the strongest, then the
 * longest, then the earliest, and again among those it does not overlap. Clusters are small
 * (finds of one reading never overlap), so this stays linear.
 */
function nonOverlapping(found: Redaction[]): Redaction[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Redaction[] = [];
  for (let i = 0; i < found.length; ) {
    let end = (found[i] as Redaction).end;
    let j = i + 1;
    while (j < found.length && (found[j] as Redaction).start < end)
      end = Math.max(end, (found[j++] as Redaction).end);
    kept.push(...pick(found.slice(i, j)));
    i = j;
  }
  return kept;
}

function pick(cluster: Redaction[]): Redaction[] {
  if (cluster.length === 1) return cluster;
  const ranked = [...cluster].sort(
    (a, b) => STRENGTH[b.type] - STRENGTH[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: Redaction[] = [];
  for (const r of ranked) if (chosen.every((c) => r.end <= c.start || r.start >= c.end)) chosen.push(r);
  return chosen.sort((a, b) => a.start - b.start);
}
