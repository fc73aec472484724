import { bank } from './template.ts';

/**
 * What customers say in every kind of call. The reaction banks each realise one reaction of the
 * library; the neutral banks (acknowledgements, closing answers) realise none, so that a call
 * holds a reaction exactly when the generator decided it. `$ec` is the customer's feminine ending.
 */

/** Neutral acknowledgement. */
export const ACK = bank([
  'D’accord.',
  'Oui.',
  'Hm hm.',
  'Ah d’accord.',
  'Très bien.',
  'Oui, je vois.',
  'Ok.',
  'Oui, oui.',
]);
/** Confirms the agent’s rephrasing. */
export const CONFIRM = bank([
  'Oui, c’est ça.',
  'Oui, exactement.',
  'C’est bien ça, oui.',
  'Voilà, c’est ça.',
]);
/** Accepts being put on hold. */
export const HOLD_ACK = bank(['D’accord, je patiente.', 'Oui, pas de souci.', 'D’accord.', 'Oui, allez-y.']);
/** Gives the contract number or reference. */
export const ANSWER_CONTRACT = bank([
  '{Oui, c’est le|Alors, c’est le|Voilà :} $contrat.',
  'Attendez, je l’ai sur ma facture... voilà, $contrat.',
  'Alors, la référence, c’est $ref.',
]);
/** Gives name and date of birth. */
export const ANSWER_BIRTH = bank(['$prenom $nom, {je suis né$ec le|le} $naissance.', 'Le $naissance.']);
/** Gives the address. */
export const ANSWER_ADDRESS = bank(['$adresse.', 'Oui, c’est le $adresse.', 'J’habite au $adresse.']);
/** Sometimes gives the contract number unasked, at the end of the first turn. */
export const VOLUNTEER_CONTRACT = bank([' Mon numéro de contrat, c’est le $contrat.', '']);

/** Asks about an offer (neither objection nor answer). */
export const OFFER_QUESTION = bank([
  'C’est combien ?',
  'Ça coûte combien ?',
  'Ça consiste en quoi exactement ?',
  'C’est-à-dire ?',
]);
/** Accepts the offer (acceptance). */
export const ACCEPT = bank([
  'Oui, pourquoi pas.',
  'Ah oui, ça m’intéresse.',
  'Bon, allez, je veux bien essayer.',
  'D’accord, vous pouvez me l’ajouter.',
  'Oui, ça me va.',
  'Volontiers.',
  'Bon, allons-y.',
  'Oui, je prends.',
  'Ça pourrait m’intéresser, oui, allez.',
  'D’accord, on fait comme ça.',
  'Oui, allez, on le fait.',
]);
/** Declines the offer (refusal). */
export const REFUSE = bank([
  'Non merci.',
  'Non, ça ne m’intéresse pas.',
  'Non, ça m’intéresse pas, merci.',
  'Je n’en ai pas besoin, merci.',
  'Pas pour le moment, merci.',
  'Non, je préfère pas.',
  'Non, ça ira, merci.',
  'Je ne suis pas intéressé$ec.',
  'Je vais passer mon tour.',
]);
/** Objects to the offer (objection). */
export const OBJECTION = bank([
  'C’est un peu cher, quand même.',
  'Ça fait cher pour ce que c’est.',
  'Je vais réfléchir.',
  'Il faut que j’en parle à mon conjoint.',
  'J’ai déjà quelqu’un qui s’en occupe.',
  'Ce n’est pas le moment, avec tout ce qu’on a à payer.',
  'Je ne vois pas l’intérêt, franchement.',
  'Je ne suis pas convaincu$ec.',
  'Je dois en discuter avec ma femme avant.',
  'Ça fait beaucoup, quand même.',
]);
/** Expresses dissatisfaction (dissatisfaction). */
export const DISSATISFACTION = bank([
  'C’est inadmissible, quand même !',
  'C’est n’importe quoi, franchement.',
  'Je ne suis pas du tout content$ec de votre service.',
  'J’en ai vraiment marre de ces histoires.',
  'Je suis très déçu$ec, vraiment.',
  'C’est scandaleux.',
  'Ce n’est pas sérieux, ça.',
  'Vous vous moquez de moi ?',
  'C’est une honte.',
  'Franchement, je suis très mécontent$ec.',
]);
/** Asks for a manager (asks_manager). */
export const ASKS_MANAGER = bank([
  'Je voudrais parler à votre responsable.',
  'Passez-moi votre supérieur, s’il vous plaît.',
  'Est-ce que je peux avoir un responsable ?',
  'Je veux parler à quelqu’un d’autre.',
  'Je peux parler à un superviseur ?',
  'Je veux parler à quelqu’un de plus haut placé.',
]);
/** Warm thanks (thanks). */
export const THANKS = bank([
  'Merci beaucoup pour votre aide.',
  'Je vous remercie, vous avez été très efficace.',
  'Merci infiniment.',
  'C’est très gentil, merci.',
  'Merci pour tout.',
  'Merci bien, vous m’avez bien aidé$ec.',
  'Merci mille fois.',
]);
/** Ends without thanking. */
export const NO_THANKS = bank(['D’accord.', 'Bon, très bien.', 'Ok.', 'Entendu.', 'Bon.']);
/** Agrees with the summary. */
export const SUMMARY_REPLY = bank(['Oui, c’est bien ça.', 'Parfait.', 'D’accord.', 'Oui.']);
/** Has no other request (never a refusal phrase: it may follow an offer closely). */
export const NOTHING_ELSE = bank([
  'Non, ce sera tout.',
  'Non, c’est tout pour aujourd’hui.',
  'Non, je crois que c’est tout.',
  'Non, rien d’autre.',
  'Non, c’est bon pour moi.',
]);
/** Last words. */
export const GOODBYE = bank([
  'Au revoir.',
  'Merci, au revoir.',
  'Au revoir, bonne journée.',
  'Bonne journée, au revoir.',
]);
/** Mentions a boiler or water heater: a rebound opportunity for the maintenance contract. */
export const CUE_BOILER = bank([
  'Au passage, ma chaudière a $annees ans, elle commence à faire du bruit.',
  'Chez moi on se chauffe au gaz, avec une vieille chaudière.',
  'D’ailleurs mon chauffe-eau fait des siennes en ce moment.',
  'Il faut aussi que je m’occupe de la chaudière, elle n’a pas été révisée depuis longtemps.',
]);
/** Mentions paper bills: a rebound opportunity for the paperless bill. */
export const CUE_PAPER = bank([
  'Je reçois toujours mes factures papier, d’ailleurs, je les classe dans un classeur.',
  'Moi je préfère les courriers papier, je ne suis pas très internet.',
]);
