import type { Library } from './library.ts';
import { FRENCH_DEFINITIONS } from './library-fr-definitions.ts';
import { FRENCH_PRACTICES } from './library-fr-practices.ts';
import { FRENCH_REACTIONS } from './library-fr-reactions.ts';

/**
 * The French practice library Vigie ships (issue 5): practices of the six coaching themes of
 * DOMAIN.md, good and bad, the customer reactions they are compared with, and the shared building
 * blocks (`definition` rules) they reference. Written for French customer-service calls of a
 * utility or subscription business; `company` must be adapted to the client's brand names.
 *
 * Rules are single-quoted so that the rule language's double quotes need no escaping. Inside a
 * word group `(a|b)`, elided words are written in their normalised form (`m'` as `me`), as the
 * matcher reads them.
 */

export const FRENCH_LIBRARY: Library = {
  id: 'vigie_fr',
  language: 'fr',
  name: { fr: 'Pratiques du service client (français)', en: 'Customer-service practices (French)' },
  description: {
    fr: 'Bonnes et mauvaises pratiques des conseillers par thème de coaching, et réactions des clients.',
    en: 'Good and bad agent practices by coaching theme, and customer reactions.',
  },
  rules: [...FRENCH_DEFINITIONS, ...FRENCH_PRACTICES, ...FRENCH_REACTIONS],
};
