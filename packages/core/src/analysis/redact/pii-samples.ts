import { renderEmail } from './pii-email.ts';
import { type Form, type Language, renderCard, renderIban, renderNir, renderPhone } from './pii-render.ts';
import { createRng, padded, type Rng, randomDigits } from './pii-values.ts';
import { frenchNumber, spellDigits } from './spell-numbers.ts';
import { REDACTION_TYPES, type RedactionType } from './types.ts';

/**
 * A seeded, deterministic set of sentences as callers and agents say them, for measuring
 * redaction: sentences holding one random valid personal number or address of each type, in
 * French and English, written and spoken; and sentences with none, but with amounts, dates,
 * times, contract and order numbers, which redaction must leave as they are.
 */

export interface PiiSample {
  readonly text: string;
  /** the kind of personal data in the text; null for a sentence without any */
  readonly type: RedactionType | null;
  /** where it is in the text (0 and 0 when none) */
  readonly start: number;
  readonly end: number;
  readonly language: Language;
  readonly form: Form;
}

const CARRIERS: Readonly<Record<Language, Readonly<Record<RedactionType, readonly string[]>>>> = {
  fr: {
    card: [
      "Alors ma carte c'est le {x}.",
      'Le numéro de carte : {x}, expiration fin juin.',
      'Oui, {x}, voilà.',
      '{x}',
    ],
    iban: [
      "Mon IBAN c'est {x}.",
      "Je vous dicte l'IBAN : {x}, c'est bon ?",
      'Vous prélevez sur le {x} merci.',
    ],
    nir: [
      "Mon numéro de sécurité sociale c'est le {x}.",
      'Numéro de sécu : {x}.',
      "Alors c'est {x}, je crois.",
    ],
    phone: [
      'Vous pouvez me rappeler au {x}.',
      "Mon portable c'est le {x}, merci.",
      "Oui c'est le {x}",
      '{x}',
    ],
    email: ["Mon adresse mail c'est {x}.", "Envoyez-le à {x} s'il vous plaît.", "C'est {x}, voilà."],
  },
  en: {
    card: [
      'Sure, my card number is {x}.',
      "It's {x}, expiry next June.",
      'Okay the card is {x} thanks.',
      '{x}',
    ],
    iban: ['My IBAN is {x}.', 'The account is {x}, is that right?', 'Please debit {x} from now on.'],
    nir: ['My French social security number is {x}.'],
    phone: ['You can call me back on {x}.', 'My number is {x}, thanks.', "It's {x}.", '{x}'],
    email: ['My email is {x}.', 'Send it to {x} please.', "Yes it's {x}."],
  },
};

/** `perType` sentences holding personal data of each type, in type order. */
export function piiSamples(seed: number, perType: number): PiiSample[] {
  const rng = createRng(seed);
  const samples: PiiSample[] = [];
  for (const type of REDACTION_TYPES) {
    for (let i = 0; i < perType; i++) {
      const language: Language = type === 'nir' || rng.next() < 0.55 ? 'fr' : 'en';
      const { text: value, form } = render(type, rng, language);
      const carrier = rng.pick(CARRIERS[language][type]);
      const at = carrier.indexOf('{x}');
      const text = carrier.slice(0, at) + value + carrier.slice(at + 3);
      samples.push({ text, type, start: at, end: at + value.length, language, form });
    }
  }
  return samples;
}

function render(type: RedactionType, rng: Rng, language: Language) {
  if (type === 'card') return renderCard(rng, language);
  if (type === 'iban') return renderIban(rng, language);
  if (type === 'nir') return renderNir(rng);
  if (type === 'phone') return renderPhone(rng, language);
  return renderEmail(rng, language);
}

const MONTHS_FR =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const MONTHS_EN =
  'January February March April May June July August September October November December'.split(' ');

/** Sentences of calls without personal data: each `{…}` is filled with a random value. */
const CLEAN: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'Le montant est de {amount} euros.',
    'Votre contrat {ref} est bien actif.',
    'Je vous rappelle le {date} à {time}.',
    'Ça fait {said} euros par mois.',
    'On est le {day} {month} {year}, votre contrat {ref} court jusque-là.',
    'Le colis arrive entre {h}h et {h}h, code postal {cp}.',
    'Ticket numéro {ref}, priorité {n}, {n} appels depuis le {date}.',
    'Plus de {n} euros de frais, à ce point-là je résilie.',
    'Commande {ref} du {date}, {amount} euros, livrée à {time}.',
    'Il me reste {said} minutes et {n} Go sur le forfait {n}.',
    "Mon numéro client c'est {spoken}, et la carte se termine par {last4}.",
    'Il est {day} heures {day}, vous avez payé {said} euros le {day} {month}.',
    'Option un, deux ou trois ? Plus {n} euros de frais.',
  ],
  en: [
    'The total is USD {amount}, or $ {n}.',
    'Your order {ref} ships on {month} {n}.',
    'Call back at {time} tomorrow, ticket {ref}.',
    "That's {n} dollars and {n} cents a month.",
    "It's been {n} days at this point, since {date}.",
    "I'm at home, call me at {h} please.",
    'Account {ref} has {n} devices and {n} lines.',
    'Reference {ref} dated {date}, amount {amount}.',
    'We are at {n} percent, {n} out of {n} tickets closed.',
    'The plan is {n} dollars for {n} gigs, contract {ref}.',
    'My customer number is {spoken} and the card ends in {last4}.',
    'It was two hundred and forty dollars on {month} twelfth, plus {n} in fees.',
    'Press one, then two, then three; in twenty twenty-four we paid nineteen ninety-nine.',
  ],
};

/** `count` sentences without personal data, half French, half English. */
export function cleanSamples(seed: number, count: number): PiiSample[] {
  const rng = createRng(seed);
  const samples: PiiSample[] = [];
  for (let i = 0; i < count; i++) {
    const language: Language = i % 2 === 0 ? 'fr' : 'en';
    const text = rng
      .pick(CLEAN[language])
      .replace(/\{(\w+)\}/g, (_, slot: string) => fill(slot, rng, language));
    samples.push({ text, type: null, start: 0, end: 0, language, form: 'written' });
  }
  return samples;
}

function fill(slot: string, rng: Rng, language: Language): string {
  const months = language === 'fr' ? MONTHS_FR : MONTHS_EN;
  switch (slot) {
    case 'amount':
      return rng.next() < 0.5
        ? String(1 + rng.int(9999))
        : `${1 + rng.int(9)} ${padded(rng, 0, 999, 3)},${padded(rng, 0, 99, 2)}`;
    case 'ref': // contract, order and ticket numbers: 6 to 12 digits, never a leading 0
      return String(1 + rng.int(9)) + randomDigits(rng, 5 + rng.int(7));
    case 'date':
      return [padded(rng, 1, 28, 2), padded(rng, 1, 12, 2), String(2020 + rng.int(8))].join(
        rng.pick(['/', '.', ' ']),
      );
    case 'time':
      return language === 'fr'
        ? `${padded(rng, 8, 19, 2)}h${padded(rng, 0, 59, 2)}`
        : `${1 + rng.int(12)}:${padded(rng, 0, 59, 2)} pm`;
    case 'said':
      return frenchNumber(1 + rng.int(2999), rng.next() < 0.8 ? '-' : ' ');
    case 'day':
      return frenchNumber(1 + rng.int(28));
    case 'month':
      return rng.pick(months);
    case 'year':
      return frenchNumber(2020 + rng.int(8));
    case 'spoken': // a customer number said digit by digit: 5 to 8 digits
      return spellDigits(randomDigits(rng, 5 + rng.int(4)), language, 'digits');
    case 'last4':
      return randomDigits(rng, 4);
    case 'h':
      return String(8 + rng.int(12));
    case 'cp':
      return padded(rng, 1000, 95999, 5);
    default:
      return String(1 + rng.int(99));
  }
}
