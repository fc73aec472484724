import { bank } from './template.ts';

/**
 * What agents say in every kind of call, phrasing by phrasing. Each bank is either a practice
 * (its lines all realise it) or its neutral counterpart (its lines realise none of the library's
 * practices), so the generator knows what a call contains from the banks it drew from.
 * `$e` is the feminine ending of the agent's own adjectives, `$ec` the customer's.
 */

/** Greeting that names the company (greeting_company). */
export const GREETING_COMPANY = bank([
  'Hélios Énergie bonjour, $agent à votre écoute.',
  'Bonjour et bienvenue chez Hélios Énergie, $agent à l’appareil.',
  'Hélios Énergie, service clients, bonjour, je suis $agent.',
  'Bonjour, service client Hélios Énergie, $agent {à votre écoute|à l’appareil}.',
  '{Bonjour|Bonsoir}, vous êtes bien chez Hélios Énergie, $agent à votre écoute.',
]);
/** Greeting without the company name. */
export const GREETING_PLAIN = bank([
  'Bonjour, $agent à votre écoute.',
  'Oui, bonjour.',
  'Allô, oui, bonjour ?',
  'Bonjour, $agent à l’appareil.',
  '{Bonjour|Bonsoir}, je vous écoute.',
]);
/** Open question after the greeting (asks_open_question). */
export const OPEN_QUESTION = bank([
  'Que puis-je faire pour vous ?',
  'En quoi puis-je vous aider ?',
  'Comment puis-je vous aider {aujourd’hui|} ?',
  'Qu’est-ce qui vous amène {aujourd’hui|} ?',
  'Que puis-je pour vous ?',
  'C’est à quel sujet ?',
  'Je vous écoute, quelle est votre demande ?',
]);
/** What an agent says while cutting the customer off (with interrupts). */
export const INTERRUPT_LEAD = bank([
  'Oui, oui, d’accord, j’ai compris, attendez, attendez, ',
  'Oui, oui, c’est bon, je vois le problème, laissez-moi regarder, ',
  'D’accord, d’accord, pas besoin de tout me raconter, ',
]);
/** Start of a rephrasing of the need (rephrases_need). */
export const REPHRASE_LEAD = bank([
  'Si je comprends bien, ',
  'Si j’ai bien compris, ',
  'Donc, si je vous suis bien, ',
  'Je reformule pour être sûr$e d’avoir bien compris : ',
  'Autrement dit, ',
  'Vous me dites donc que ',
  'Pour être sûr$e de bien comprendre : ',
]);
/** End of a rephrasing: checking it with the customer. */
export const REPHRASE_TAIL = bank([', c’est bien ça ?', ', c’est ça ?', ', d’accord ?', '.']);
/** Neutral acknowledgement. */
export const ACK = bank([
  'D’accord.',
  'Très bien.',
  'Entendu.',
  'Oui, je vois.',
  'D’accord, je note.',
  'Bien.',
]);
/** Empathy phrase (empathy). */
export const EMPATHY = bank([
  'Je comprends tout à fait votre inquiétude.',
  'Je comprends que ce soit {stressant|désagréable|inquiétant|agaçant}.',
  'Je me mets à votre place, ce n’est pas agréable.',
  'Je vous comprends, {ce n’est pas simple|c’est une situation pénible}.',
  'J’entends bien votre {agacement|inquiétude}.',
  'C’est tout à fait compréhensible.',
  'Je comprends parfaitement.',
  'Oh, je suis désolé$e d’apprendre ça.',
  'Ah oui, ça ne doit pas être facile.',
]);
/** Identity check by contract number (identity_check). */
export const IDENTITY_CONTRACT = bank([
  'Pour commencer, pouvez-vous me donner votre numéro de contrat ?',
  'Vous avez votre numéro client sous la main ?',
  'Pouvez-vous me rappeler votre référence client, s’il vous plaît ?',
  'Il me faudrait votre numéro de contrat, il est en haut à droite de vos factures.',
  'Vous pouvez me donner le numéro de contrat, s’il vous plaît ?',
]);
/** Identity check by date of birth (identity_check). */
export const IDENTITY_BIRTH = bank([
  'Pour vérifier votre identité, pouvez-vous me donner votre nom et votre date de naissance ?',
  'Pour des raisons de sécurité, quelle est votre date de naissance ?',
  'Vous pouvez me rappeler vos nom et prénom, et votre code postal ?',
]);
/** Identity check by address (identity_check). */
export const IDENTITY_ADDRESS = bank([
  'Pouvez-vous me confirmer votre adresse, s’il vous plaît ?',
  'Quelle est votre adresse postale complète ?',
  'Je dois d’abord vérifier votre identité : quelle est votre adresse exacte ?',
]);
/** Thanks for the identifier. */
export const IDENTITY_THANKS = bank([
  'Merci $civ $nom.',
  'Parfait, merci.',
  'C’est noté, merci.',
  'Très bien, je vous ai trouvé$ec.',
]);
/** The agent finds the file without asking for an identifier. */
export const NO_IDENTITY = bank([
  'Je vous retrouve avec le numéro qui appelle, $civ $nom.',
  'Votre dossier s’affiche, $civ $nom.',
  'Je vois votre dossier à l’écran.',
]);
/** Complaint about the tools (blames_tool). */
export const BLAME_TOOL = bank([
  'Excusez-moi, le système rame énormément ce matin.',
  'Ça rame aujourd’hui, ça ne va pas vite du tout.',
  'Mon ordinateur est bloqué, il faut que je relance.',
  'L’outil ne marche pas bien depuis ce matin, excusez-moi.',
  'Le logiciel est très lent aujourd’hui, c’est pénible.',
  'Attendez, mon écran est figé... voilà, ça revient.',
  'C’est l’informatique, ça bugue encore.',
  'Désolé$e, mon poste est très lent ce matin.',
  'Mon application ne répond plus, ça arrive tout le temps.',
]);
/** Hold announcement with the words callMeasures knows, so a silent hold counts as hold. */
export const HOLD_STRICT = bank([
  'Je vous mets en attente quelques instants, ',
  'Ne quittez pas, ',
  'Un instant, s’il vous plaît, ',
  'Patientez un petit instant, ',
]);
/** Other hold announcements (before hold music only). */
export const HOLD_LOOSE = bank([
  'Je vais vous mettre en attente une minute, ',
  'Je vous demande de bien vouloir patienter, ',
  'Restez en ligne, ',
  'Je vous fais patienter un moment, ',
  'Accordez-moi deux petites minutes, ',
]);
/** Thanks on return from hold (hold_thanked). */
export const HOLD_THANKS = bank([
  'Merci de votre patience. ',
  'Merci d’avoir patienté. ',
  'Je vous remercie de votre attente. ',
  'Merci de m’avoir attendu$e. ',
]);
/** Return from hold without thanks. */
export const HOLD_BACK = bank(['Oui, alors, ', 'Voilà, je suis de retour. ', 'Alors, c’est bon, ', 'Bon, ']);
/** Apology for the inconvenience (apologises). */
export const APOLOGY = bank([
  'Je suis vraiment désolé$e pour ce désagrément.',
  'Toutes nos excuses pour la gêne occasionnée.',
  'Je vous prie de nous excuser pour ce contretemps.',
  'Veuillez nous excuser pour cette situation.',
  'Je suis navré$e de ce qui vous arrive.',
  'Je m’excuse pour ce retard de traitement.',
]);
/** Reply to a dissatisfied customer, without empathy. */
export const DISSATISFACTION_REPLY = bank(['Hm.', 'C’est la procédure.', 'Je note votre remarque.', 'Bien.']);
/** Reply to a request for a manager. */
export const MANAGER_REPLY = bank([
  'Mon responsable n’est pas disponible pour le moment, je lui transmets votre demande.',
  'Je vais faire remonter votre demande à mon superviseur, il vous rappellera.',
  'Je note votre demande, un responsable vous recontactera.',
]);
/** Start of a summary (summarises). */
export const SUMMARY_LEAD = bank([
  'Je récapitule : ',
  'Pour résumer, ',
  'Donc, pour récapituler : ',
  'En résumé, ',
  'Je fais le point avec vous : ',
  'Si je reprends ce qu’on a fait ensemble : ',
]);
/** Asks whether there is anything else (offers_further_help). */
export const FURTHER_HELP = bank([
  'Est-ce que je peux faire autre chose pour vous ?',
  'Puis-je faire autre chose pour vous ?',
  'Avez-vous d’autres questions ?',
  'Y a-t-il autre chose que je puisse faire pour vous ?',
  'Je peux vous aider pour autre chose ?',
  'Et sinon, il y a autre chose que vous vouliez voir avec moi ?',
  'Je peux faire quelque chose d’autre pour vous ?',
]);
/** Thanks for the call, followed by a WISH (polite_close). */
export const THANK_CALL = bank([
  'Merci de votre appel',
  'Merci d’avoir appelé Hélios Énergie',
  'Je vous remercie de votre confiance',
  'Merci pour votre appel',
  'Merci à vous d’avoir appelé',
]);
/** Goodbye wish after THANK_CALL. */
export const WISH = bank([
  ' et bonne journée, au revoir.',
  ', je vous souhaite une bonne journée.',
  ', bonne fin de journée, au revoir.',
  ', au revoir $civ $nom.',
  ' et bonne soirée.',
]);
/** Goodbye without thanks for the call. */
export const PLAIN_CLOSE = bank([
  'Très bien. Bonne journée, au revoir.',
  'Au revoir $civ $nom.',
  'Bonne fin de journée, au revoir.',
  'D’accord, au revoir.',
  'Bonne journée.',
]);
/** Recorded greeting of the IVR (a system turn). */
export const IVR = bank([
  'Bienvenue chez Hélios Énergie. Votre appel peut être enregistré pour améliorer la qualité de notre service.',
  'Hélios Énergie, bonjour. Cet appel peut être enregistré. Un conseiller va vous répondre.',
]);
