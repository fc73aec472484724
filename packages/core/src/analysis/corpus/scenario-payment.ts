import type { ScenarioBank } from './scenario.ts';
import { bank, exchanges } from './template.ts';

/** A customer who struggles to pay: instalments, deferral, the energy voucher. */
export const PAYMENT: ScenarioBank = {
  id: 'payment',
  activity: 'Recouvrement',
  opener: bank([
    'Bonjour, j’ai reçu une lettre de relance pour une facture de $montant euros, et en ce moment j’ai vraiment du mal à payer, je voulais voir ce qu’on pouvait faire.',
    'Oui, bonjour, voilà, je suis au chômage depuis deux mois et je ne vais pas pouvoir payer la facture de $montant euros en une fois.',
    'Bonjour, j’ai un souci, le prélèvement de $montant euros a été rejeté, c’est un peu juste en ce moment sur le compte.',
    'Bonjour madame, je vous appelle parce que j’ai des difficultés pour régler ma dernière facture, $montant euros, ce n’est pas possible pour moi ce mois-ci.',
  ]),
  need: bank([
    'vous avez une facture de $montant euros en retard et vous cherchez une solution pour la régler',
    'vous n’arrivez pas à régler les $montant euros d’un seul coup',
  ]),
  search: bank(['Je regarde l’état de votre compte.', 'Je consulte votre solde.']),
  finding: bank([
    'Je vois effectivement un impayé de $montant euros, le prélèvement du $jour $mois a été rejeté.',
    'Votre solde est de $montant euros, avec la facture $deMois.',
  ]),
  jargonFinding: bank([
    'Le montant inclut la CTA et la CSPE, c’est pour ça qu’il est aussi élevé.',
    'Il y a le TURPE et les taxes dans ce montant, ça pèse lourd.',
    'Votre PDL est passé en procédure de relance automatique.',
  ]),
  steps: [
    exchanges([
      [
        'A: Est-ce que vous êtes en mesure de régler une partie aujourd’hui ?',
        'C: Je peux peut-être mettre cinquante euros tout de suite.',
        'A: D’accord, je le note.',
      ],
      [
        'A: Le prélèvement a été rejeté pour quelle raison ?',
        'C: Le compte était à découvert, ma paie est arrivée en retard.',
        'A: D’accord, ça arrive.',
      ],
      [
        'A: Vous avez une idée de la somme que vous pourriez verser chaque mois ?',
        'C: Peut-être quatre-vingts euros, pas plus.',
        'A: Je le note.',
      ],
    ]),
  ],
  contest: bank([
    'Mais j’ai déjà payé une partie le mois dernier !',
    'Je n’ai jamais reçu la première relance, moi.',
  ]),
  argue: bank([
    'Non, vous avez tort, aucun paiement n’est arrivé.',
    'C’est faux, la relance est partie le $jour $moisPrecedent.',
    'Vous n’avez pas bien lu le courrier, tout y est indiqué.',
  ]),
  calm: bank([
    'Je ne vois pas de paiement, mais on va regarder ensemble.',
    'Je regarde la date d’envoi de la relance.',
  ]),
  impossible: bank([
    'Vous pouvez annuler les frais de retard ?',
    'Est-ce que vous pouvez attendre six mois avant de prélever ?',
  ]),
  cant: bank([
    'Je ne peux pas annuler les frais de retard.',
    'Non, nous ne pouvons pas suspendre les prélèvements aussi longtemps.',
  ]),
  alternative: bank([
    ' Par contre, je peux demander un geste commercial à mon service.',
    ' En revanche, je peux décaler la date de votre prochain prélèvement au $jour du mois.',
    ' La seule chose que je puisse faire, c’est vous envoyer un nouvel avis de paiement.',
  ]),
  cantReply: bank(['C’est la règle.', '']),
  holdReason: bank([
    'je vérifie avec le service recouvrement.',
    'je pose la question à un collègue du recouvrement.',
  ]),
  holdReturn: bank([
    'le service recouvrement est d’accord, la procédure de relance est suspendue.',
    'mon collègue confirme que la relance peut être suspendue.',
  ]),
  resolution: bank([
    'J’ai mis à jour votre dossier, la relance est suspendue.',
    'C’est enregistré dans votre dossier.',
  ]),
  nextSteps: bank([
    ' Vous recevrez la confirmation par courrier sous huit jours.',
    ' Le premier prélèvement sera effectué dans les cinq jours.',
    ' La modification sera prise en compte sous 48 heures.',
  ]),
  vague: bank([' C’est noté dans votre dossier.', ' Voilà.', '']),
  summary: bank([
    'la facture de $montant euros est en retard, votre dossier est à jour et la relance est suspendue.',
    'votre solde de $montant euros est enregistré et le recouvrement est suspendu.',
  ]),
  products: ['paperless', 'option'],
  fillers: exchanges([
    ['C: Je suis gêné$ec de vous embêter avec ça.', 'A: Vous ne m’embêtez pas du tout, c’est mon travail.'],
    ['A: Vous êtes mensualisé$ec actuellement ?', 'C: Non, je paie à chaque facture.', 'A: D’accord.'],
    [
      'C: Ça arrive souvent, des gens dans mon cas ?',
      'A: Plus qu’on ne le croit, surtout en hiver.',
      'C: Ça me rassure un peu.',
    ],
    ['A: Vous percevez des aides au logement ?', 'C: Oui, les APL.', 'A: D’accord, c’est noté.'],
    ['A: Votre paie tombe à quelle date en général ?', 'C: Vers le cinq du mois.', 'A: Je le note.'],
    [
      'C: Et si je paie en ligne, c’est pris en compte tout de suite ?',
      'A: Oui, le paiement par carte est enregistré immédiatement.',
      'C: D’accord, c’est bon à savoir.',
    ],
    ['A: Le compte prélevé est toujours le même ?', 'C: Oui, toujours le même.', 'A: Très bien.'],
    ['C: Il n’y aura pas de coupure, au moins ?', 'A: Non, pas à ce stade, rassurez-vous.', 'C: Ouf.'],
    ['A: Vous vivez seul$ec dans le logement ?', 'C: Avec mes deux enfants.', 'A: D’accord.'],
    [
      'C: Je ne savais pas qu’on pouvait appeler pour ça.',
      'A: Si, il ne faut surtout pas hésiter.',
      'C: Je le saurai pour la prochaine fois.',
    ],
  ]),
};

/** The customer says they struggle to pay (in a bill call). */
export const MONEY_TROUBLE = bank([
  'Et je vous le dis franchement, je ne vais pas pouvoir payer ça, c’est un peu juste en ce moment.',
  'Moi, $montant euros, je n’ai pas les moyens de les sortir d’un coup.',
  'J’ai déjà du mal à payer les factures normales, alors celle-là...',
]);
/** The agent proposes a way to pay. */
export const PLAN = bank([
  'Je peux vous proposer un échéancier en trois fois, soit environ $mensualite euros par mois.',
  'On peut étaler le paiement sur quatre mois, sans frais.',
  'Avez-vous reçu le chèque énergie cette année ? Vous pouvez l’utiliser pour cette facture.',
  'Je vous propose un report de paiement au $jour du mois prochain.',
  'On peut faire un paiement en plusieurs fois, si ça vous aide.',
]);
/** The customer takes the proposed way to pay. */
export const PLAN_REPLY = bank([
  'D’accord, ça m’arrangerait bien.',
  'Oui, ça devrait aller comme ça.',
  'Ah oui, ça m’aiderait beaucoup.',
]);
/** The agent gives no way to pay. */
export const NO_PLAN = bank([
  'La facture doit être réglée avant le $date, sinon des frais de relance s’appliqueront.',
  'Il faudra régler la totalité avant la prochaine échéance.',
]);
/** The customer takes the absence of a solution. */
export const NO_PLAN_REPLY = bank([
  'Bon, je vais me débrouiller.',
  'Je vais voir ce que je peux faire.',
  'Bon.',
]);
