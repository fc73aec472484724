import type { Library } from './library.ts';
import { ENGLISH_DEFINITIONS } from './library-en-definitions.ts';
import { ENGLISH_PRACTICES } from './library-en-practices.ts';
import { ENGLISH_REACTIONS } from './library-en-reactions.ts';

/**
 * The shipped English practice library (issue 5): the English counterpart of the French library,
 * with the same rule ids where the practice is the same, so statistics compare across languages.
 *
 * The wording comes from real calls: the Gridspace-Stanford Harper Valley bank calls (greeting
 * "hello this is harper valley national bank my name is ... how can i help you today", closing "is
 * there anything else i can help you with ... thank you for calling have a great day", identity
 * questions "what is your address", "what is your phone number") and from general call-centre
 * English. Rules are single-quoted so their double-quoted phrases need no escaping.
 *
 * Reminders of the normaliser (rules/normalize-text.ts) that shaped the phrases:
 * - "'s" is not spelt out ("what's" is the token `whats`, "that's" is `thats`), so both forms are
 *   written where both are said; "can't", "I'm", "you'd", "I've" are spelt out (can not, i am...);
 * - spoken numbers are digits ("one moment" is `1 moment`), in the rules as in the calls;
 * - `(a|b)` alternatives are single words here, as the language documents them.
 */
export const ENGLISH_LIBRARY: Library = {
  id: 'vigie_en',
  language: 'en',
  name: { fr: 'Pratiques en centre de contacts (anglais)', en: 'Contact-centre practices (English)' },
  description: {
    fr: "Bibliothèque livrée pour les appels en anglais : pratiques des conseillers classées selon les six thèmes de coaching, réactions des clients et briques communes. Le nom de l'entreprise (définition company_name) est à adapter.",
    en: "Shipped library for calls in English: agent practices grouped by the six coaching themes, customer reactions and shared building blocks. Adapt the company's name (definition company_name).",
  },
  rules: [...ENGLISH_DEFINITIONS, ...ENGLISH_PRACTICES, ...ENGLISH_REACTIONS],
};
