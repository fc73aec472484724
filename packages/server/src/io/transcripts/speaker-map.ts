import { foldAccents, SPEAKER_ROLES, type SpeakerRole } from '@vigie/core';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * Which role each speaker label of a transcript plays. Built-in French and English names are
 * recognised whatever their case and accents (`Conseillère`, `CLIENT`, `Opérateur 2`); a user
 * mapping given with the import (`{ "spk_0": "agent", "spk_1": "customer" }`) is for labels
 * the format does not explain (diarisation ids, first names) and wins over the built-in names.
 */
export type SpeakerMapping = Readonly<Record<string, SpeakerRole>>;

const BUILT_IN_NAMES: Readonly<Record<SpeakerRole, readonly string[]>> = {
  agent: [
    'agent',
    'conseiller',
    'conseillère',
    'téléconseiller',
    'téléconseillère',
    'opérateur',
    'opératrice',
    'operator',
    'advisor',
    'adviser',
    'rep',
    'représentant',
    'représentante',
  ],
  customer: ['client', 'cliente', 'customer', 'caller', 'appelant', 'appelante'],
  system: ['system', 'système', 'ivr', 'svi', 'musique', 'music'],
};

/** Lower case, accents dropped, spaces collapsed: `Conseillère ` → `conseillere`. */
export function normalizeSpeakerLabel(label: string): string {
  return foldAccents(label).toLowerCase().replace(/\s+/g, ' ').trim();
}

const BUILT_IN = new Map<string, SpeakerRole>(
  SPEAKER_ROLES.flatMap((role) =>
    BUILT_IN_NAMES[role].map((name) => [normalizeSpeakerLabel(name), role] as const),
  ),
);

/** A label and the line it was read on, to resolve all labels of a file at once. */
export interface SpeakerLabelAt {
  readonly label: string;
  readonly line: number;
}

export class SpeakerMap {
  private readonly user = new Map<string, SpeakerRole>();

  constructor(
    private readonly file: string,
    mapping: SpeakerMapping = {},
  ) {
    for (const [label, role] of Object.entries(mapping)) {
      // the mapping may come from a CLI flag or a request body: check it rather than trust the type
      if (!(SPEAKER_ROLES as readonly unknown[]).includes(role)) {
        throw new TranscriptFormatError(
          file,
          null,
          'bad_speaker_mapping',
          `speaker mapping: "${label}" must map to agent, customer or system (got ${JSON.stringify(role)})`,
        );
      }
      this.user.set(normalizeSpeakerLabel(label), role);
    }
  }

  /** The role of a label, or undefined when neither the mapping nor the built-in names know it. */
  roleOf(label: string): SpeakerRole | undefined {
    const key = normalizeSpeakerLabel(label);
    // built-in names also match numbered speakers: `Agent 2`, `client_1`, `Conseiller2`
    return this.user.get(key) ?? BUILT_IN.get(key) ?? BUILT_IN.get(key.replace(/[\s_-]*\d+$/, ''));
  }

  /**
   * The role of every label, in order. An unknown label is an error on its line that lists all
   * the labels of the file, so one fix (a speaker mapping) covers them all.
   */
  resolveAll(labels: readonly SpeakerLabelAt[]): SpeakerRole[] {
    return labels.map(({ label, line }) => {
      const role = this.roleOf(label);
      if (role !== undefined) return role;
      const seen = [...new Set(labels.map((l) => l.label))];
      const unknown = seen.filter((l) => this.roleOf(l) === undefined);
      const example = `{ ${unknown.map((l, i) => `"${l}": "${i === 0 ? 'agent' : 'customer'}"`).join(', ')} }`;
      throw new TranscriptFormatError(
        this.file,
        line,
        'unknown_speaker',
        `unknown speaker "${label}" (speakers in this file: ${seen.join(', ')}); ` +
          `pass a speaker mapping such as ${example}`,
      );
    });
  }
}

/**
 * The speaker prefix of a line, `Agent: Bonjour` or `Conseillère : Bonjour`. A prefix of up to
 * three words counts when it is a known label; an unknown one only when it is a single token
 * (`spk_0`, `Superviseur`), so that a continuation line such as `Il m'a dit : ...` is not taken
 * for a speaker. A colon followed by a digit or `/` (`10:30`, `http://`) is not a prefix.
 */
export function splitSpeakerPrefix(
  line: string,
  speakers: SpeakerMap,
): { label: string; text: string } | null {
  const m = /^([^:]{1,40}?)\s*:(?![/\d])\s*(.*)$/u.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const text = m[2] ?? '';
  if (label.split(/\s+/).length <= 3 && speakers.roleOf(label) !== undefined) return { label, text };
  if (/^[\p{L}\p{N}_.-]+$/u.test(label) && !/^\d+$/.test(label)) return { label, text };
  return null;
}
