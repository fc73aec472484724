import type { LibraryRule } from './library.ts';
import { reaction } from './library-builders.ts';

/** The French library's customer reactions. */
export const FRENCH_REACTIONS: readonly LibraryRule[] = [
  reaction(
    'refusal',
    ["Refus de l'offre", 'Refuses the offer'],
    ['Le client décline une offre du conseiller.', "The customer declines the agent's offer."],
    '@offer THEN/4 customer:("non merci" OR "ne m\'intéresse" OR "m\'intéresse pas" OR "pas (intéressé|intéressée)" OR "en ai pas besoin" OR "pas pour le (moment|instant)" OR "sans façon" OR "je préfère [ne] pas" OR "non [merci] ça ira" OR "m\'en passer" OR "passer mon tour")',
  ),
  reaction(
    'acceptance',
    ["Acceptation de l'offre", 'Accepts the offer'],
    ['Le client accepte une offre du conseiller.', "The customer accepts the agent's offer."],
    '@offer THEN/4 customer:("je (veux|voudrais) bien" OR "pourquoi pas" OR "allons-y" OR "on y va" OR "(oui|ah) ça m\'intéresse" OR "ça pourrait m\'intéresser" OR "ça me (va|convient|tente|plaît)" OR "je (prends|souscris)" OR "vous pouvez [me] [le|la] (ajouter|activer|inscrire|mettre|souscrire)" OR "inscrivez-moi" OR "on fait comme ça" OR "on le fait" OR volontiers OR banco OR "ça marche")',
  ),
  reaction(
    'objection',
    ["Objection à l'offre", 'Objects to the offer'],
    [
      "Le client oppose un frein à l'offre : prix, réflexion, équipement existant.",
      'The customer raises an obstacle to the offer: price, needing time, already equipped.',
    ],
    '@offer THEN/3 customer:("trop cher" OR "(ça|ce) (fait|coûte) cher" OR "assez cher" OR "un peu cher" OR "fait beaucoup" OR réfléchir OR "en (parler|parle|discuter) (à|avec)" OR "déjà quelqu\'un" OR "déjà un (chauffagiste|plombier|artisan|contrat)" OR "pas le moment" OR "pas convaincu*" OR "je ne vois pas (l\'intérêt|l\'utilité)")',
  ),
  reaction(
    'dissatisfaction',
    ['Mécontentement', 'Dissatisfaction'],
    ['Le client exprime son mécontentement.', 'The customer expresses dissatisfaction.'],
    'customer:(inadmissible OR scandaleux OR inacceptable OR "n\'importe quoi" OR "pas sérieux" OR "une honte" OR "en ai [vraiment] (marre|assez)" OR ras-le-bol OR "pas [du] [tout] (content|contente|satisfait|satisfaite)" OR déçu OR déçue OR mécontent OR mécontente OR "vous moquez de moi" OR "se moque de moi" OR lamentable)',
  ),
  reaction(
    'asks_manager',
    ['Demande un responsable', 'Asks for a manager'],
    ['Le client demande à parler à un responsable.', 'The customer asks to speak to a manager.'],
    'customer:(((responsable OR supérieur OR supérieure OR superviseur OR superviseuse OR manager OR chef) NEAR/6 (parler OR passer OR passez OR voir OR avoir OR veux OR voudrais OR exige OR demande)) OR "plus haut placé" OR "parler à quelqu\'un d\'autre")',
  ),
  reaction(
    'thanks',
    ['Remerciements appuyés', 'Warm thanks'],
    [
      'Le client remercie chaleureusement (« merci beaucoup », « je vous remercie »), au-delà du simple « merci ».',
      'The customer thanks warmly ("thank you so much"), beyond a plain "thanks".',
    ],
    'customer:("merci (beaucoup|infiniment|bien|encore|mille)" OR "merci (pour|de) (votre|vos|tout|ces|les)" OR "mille mercis" OR "je vous remercie" OR "(c\'est|vous êtes) [très|bien|vraiment] (gentil|gentille|aimable)" OR "vous m\'avez [bien|beaucoup] (aidé|aidée)")',
  ),
];

/** The French library: practices of the six coaching themes, customer reactions, building blocks. */
