import type { LibraryRule } from './library.ts';
import { definition } from './library-builders.ts';

/** The French library's building blocks (definitions): never reported, referenced with @id. */
export const FRENCH_DEFINITIONS: readonly LibraryRule[] = [
  definition(
    'thanks_call',
    ["Remerciement pour l'appel", 'Thanks for the call'],
    'agent:("merci (de|pour) votre (appel|confiance|fidélité)" OR "merci [à] [vous] d\'avoir (appelé|contacté)" OR "merci de nous avoir (appelé*|contacté*)" OR "je vous remercie (de|pour) votre (appel|confiance|fidélité)" OR "je vous remercie d\'avoir (appelé|contacté)")',
  ),
  definition('hello', ['Salutation', 'Greeting word'], 'bonjour OR bonsoir OR bienvenue'),
  definition(
    // the brand as agents say it: to adapt to each client (Hélios Énergie is the demo client)
    'company',
    ["Nom de l'entreprise (à adapter)", 'Company name (to adapt)'],
    '"hélios [énergie]" OR "bienvenue chez" OR "service client*"',
  ),
  definition(
    'goodbye',
    ['Prise de congé', 'Goodbye'],
    'agent:("au revoir" OR "bonne (journée|soirée|continuation|après-midi|semaine)" OR "bonne fin de (journée|semaine|matinée)" OR "à bientôt")',
  ),
  definition(
    'summary',
    ['Récapitulatif', 'Summary'],
    'agent:("je (récapitule|résume)" OR "pour (récapituler|résumer)" OR "en (résumé|récapitulatif)" OR "récapitulons" OR "je fais le point" OR "faisons le point" OR "si je reprends")',
  ),
  definition(
    'hold_announce',
    ["Annonce d'une mise en attente", 'Hold announcement'],
    'agent:("en attente" OR "ne quittez pas" OR "(gardez|restez) [bien] [en] [la] ligne" OR "(un|quelques) [petit|petits] (instant|instants)" OR "(une|deux|quelques) [petite|petites] (minute|minutes|seconde|secondes)" OR patientez OR patienter)',
  ),
  definition(
    'hold_thanks',
    ["Remerciement après l'attente", 'Thanks after the hold'],
    'agent:("merci (de|pour) votre (patience|attente)" OR "merci [à] [vous] d\'avoir (patienté|attendu)" OR "merci de m\'avoir (attendu|attendue)" OR "je vous remercie (de|pour) votre (patience|attente)" OR "je vous remercie d\'avoir (patienté|attendu)")',
  ),
  definition(
    'identity_question',
    ["Vérification de l'identité", 'Identity check'],
    'agent:("(votre|le) (numéro|référence) [de] (contrat|client)" OR "votre date de naissance" OR "(vérifier|confirmer|rappeler) votre (identité|adresse)" OR "votre adresse (postale|complète|exacte|actuelle)" OR "votre code postal" OR "vérification d\'identité")',
  ),
  definition(
    'offer',
    ["Proposition d'une offre complémentaire", 'Extra offer'],
    'agent:(("(propose|proposer|proposons|conseille|recommande)" OR "avez-vous pensé" OR "vous avez pensé" OR "saviez-vous" OR "vous connaissez" OR "connaissez-vous" OR "vous parler (de|du)" OR "(intéresse|intéresserait|dirait|tenterait)" OR "seriez-vous intéressé*") NEAR/12 ("contrat d\'entretien" OR "entretien [annuel] de [votre] chaudière" OR "option *" OR "facture* (électronique*|dématérialisée*|numérique*)" OR "facture* en ligne" OR "e-facture" OR "offre *" OR "assistance dépannage"))',
  ),
  definition(
    'benefit',
    ["Bénéfice client de l'offre", 'Customer benefit of the offer'],
    'agent:("(ce|cela) qui vous (permet|permettra|permettrait)" OR "cela vous (permet|permettra|permettrait)" OR "l\'avantage" OR "vous n\'aurez plus" OR "plus besoin de" OR "l\'esprit tranquille" OR "en toute tranquillité" OR "vous (économisez|économiserez|économiseriez)" OR "(ça|cela) vous (évite|évitera|éviterait)")',
  ),
  definition(
    'cant',
    ['Refus du conseiller', "Agent's refusal"],
    'agent:("je ne (peux|pourrai|pourrais) (pas|rien)" OR "(on|nous) ne (peut|pouvons|pourra) pas" OR "je n\'ai pas le droit" OR "je n\'ai pas la possibilité" OR "pas possible de" OR "pas (autorisé|faisable)")',
  ),
  definition(
    'alternative',
    ['Solution alternative', 'Alternative solution'],
    'agent:("par contre (je|on|nous) (peux|pourrais|vais|peut|pourrait|pouvons|propose)" OR "en revanche (je|on|nous) (peux|pourrais|vais|peut|pourrait|pouvons|propose)" OR "par contre il est possible" OR "en revanche il est possible" OR "ce que je (peux|pourrais) faire c\'est" OR "seule chose que je (peux|puisse) faire" OR "une autre solution" OR "je vous propose plutôt")',
  ),
  definition(
    'money_trouble',
    ['Difficulté de paiement exprimée', 'Payment difficulty stated'],
    'customer:("du mal à (payer|régler|boucler)" OR "(des|en) difficulté*" OR "pas les moyens" OR "je ne (peux|pourrai|vais) pas (payer|régler)" OR "pas pouvoir (payer|régler)" OR "au chômage" OR "un peu (juste|serré|serrée)")',
  ),
];
