import type { Disposition } from '@vigie/core';
import type { MappingFieldKey } from './mappingFields';

/** `Durée d'attente (s)` → `duree_d_attente_s`: case, accents and punctuation set aside. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Column names seen in French and English telephony exports, normalized. The order of the
 * entries matters for names that only contain a synonym: a more specific field comes first,
 * so that `duree_attente` is the wait, not the talk time (`duree`), and `date_fin` the end,
 * not the offer time (`date`).
 */
const COLUMN_SYNONYMS: readonly (readonly [MappingFieldKey, readonly string[]])[] = [
  [
    'customerId',
    [
      'customer_id',
      'customer',
      'client',
      'id_client',
      'client_id',
      'numero_client',
      'caller',
      'caller_id',
      'appelant',
      'ani',
      'src',
    ],
  ],
  [
    'id',
    [
      'id',
      'id_appel',
      'call_id',
      'callid',
      'contact_id',
      'contactid',
      'uniqueid',
      'identifiant',
      'numero_appel',
      'n_appel',
      'interaction_id',
      'reference',
    ],
  ],
  [
    'answeredAt',
    [
      'answered_at',
      'date_reponse',
      'heure_reponse',
      'heure_decroche',
      'decroche',
      'answer_time',
      'prise_en_charge',
    ],
  ],
  ['endedAt', ['ended_at', 'date_fin', 'heure_fin', 'fin', 'end_time', 'end', 'raccroche']],
  [
    'offeredAt',
    [
      'offered_at',
      'date_appel',
      'date_heure',
      'calldate',
      'call_date',
      'start_time',
      'start',
      'date_debut',
      'debut',
      'heure_arrivee',
      'arrivee',
      'timestamp',
      'date',
    ],
  ],
  ['holdSeconds', ['hold_seconds', 'hold', 'hold_time', 'mise_en_attente', 'garde']],
  ['wrapUpSeconds', ['wrap_up_seconds', 'wrap_up', 'wrapup', 'acw', 'post_appel', 'apres_appel']],
  [
    'waitSeconds',
    [
      'wait_seconds',
      'wait',
      'wait_time',
      'queue_time',
      'duree_attente',
      'temps_attente',
      'attente',
      'delai_attente',
    ],
  ],
  [
    'talkSeconds',
    [
      'talk_seconds',
      'talk',
      'talk_time',
      'billsec',
      'duree_conversation',
      'conversation',
      'duree_appel',
      'duree',
    ],
  ],
  ['disposition', ['disposition', 'statut', 'status', 'etat', 'call_status']],
  ['outcomes', ['outcomes', 'outcome', 'resultat', 'qualification']],
  ['agent', ['agent', 'conseiller', 'teleconseiller', 'operateur', 'agent_name', 'nom_agent', 'login']],
  [
    'activity',
    ['activity', 'activite', 'file_attente', 'file', 'queue', 'queue_name', 'service', 'skill', 'campagne'],
  ],
  ['vendor', ['vendor', 'prestataire', 'outsourcer']],
  ['site', ['site', 'centre', 'plateau']],
  ['channel', ['channel', 'canal', 'media']],
  ['direction', ['direction', 'sens', 'call_direction']],
];

/** True when `synonym` is one of the words of `name` (both normalized): `attente` in `attente_s`. */
function containsWords(name: string, synonym: string): boolean {
  return `_${name}_`.includes(`_${synonym}_`);
}

/**
 * A column for each field the names make obvious, each column used once: first the exact
 * names (`statut`, `agent`), then the names that contain one (`attente_s`, `date_appel_debut`).
 */
export function guessColumns(columns: readonly string[]): Partial<Record<MappingFieldKey, string>> {
  const normalized = columns.map((c) => [c, normalizeName(c)] as const);
  const guess: Partial<Record<MappingFieldKey, string>> = {};
  const used = new Set<string>();
  const pass = (matches: (name: string, synonym: string) => boolean) => {
    for (const [field, synonyms] of COLUMN_SYNONYMS) {
      if (guess[field]) continue;
      const found = normalized.find(
        ([column, name]) => !used.has(column) && synonyms.some((s) => matches(name, s)),
      );
      if (found) {
        guess[field] = found[0];
        used.add(found[0]);
      }
    }
  };
  pass((name, synonym) => name === synonym);
  pass(containsWords);
  return guess;
}

/** Source values for each disposition, normalized; more specific dispositions first, as above. */
const DISPOSITION_SYNONYMS: readonly (readonly [Disposition, readonly string[]])[] = [
  ['short_abandoned', ['short_abandoned', 'abandon_court', 'short_abandon']],
  [
    'abandoned',
    ['abandoned', 'abandonne', 'abandon', 'non_repondu', 'no_answer', 'noanswer', 'perdu', 'lost', 'hang'],
  ],
  ['vru_only', ['vru_only', 'svi', 'ivr', 'vru', 'dissuade', 'dissuasion']],
  ['overflowed', ['overflowed', 'deborde', 'debordement', 'overflow']],
  ['transferred', ['transferred', 'transfere', 'transfert', 'transfer']],
  ['callback', ['callback', 'rappel', 'call_back']],
  ['phantom', ['phantom', 'fantome']],
  [
    'answered',
    ['answered', 'repondu', 'decroche', 'traite', 'answer', 'connected', 'handled', 'agent', 'abouti'],
  ],
];

/** The disposition a source value obviously means (`Répondu`, `ABANDON`), or null. */
export function guessDisposition(value: string): Disposition | null {
  const name = normalizeName(value);
  for (const matches of [(s: string) => name === s, (s: string) => containsWords(name, s)]) {
    for (const [disposition, synonyms] of DISPOSITION_SYNONYMS) {
      if (synonyms.some(matches)) return disposition;
    }
  }
  return null;
}
