import type { ScenarioBank } from './scenario.ts';
import { bank, exchanges } from './template.ts';

/** A customer leaving for a competitor. */
export const CANCELLATION: ScenarioBank = {
  id: 'cancellation',
  activity: 'Résiliation',
  opener: bank([
    'Bonjour, je vous appelle pour résilier mon contrat d’électricité, j’ai trouvé moins cher chez $concurrent et je voudrais savoir comment ça se passe.',
    'Oui bonjour, voilà, je souhaite mettre fin à mon contrat, je pars chez $concurrent, les prix sont plus bas là-bas.',
    'Bonjour, je voudrais résilier, les prix ont trop augmenté cette année, je vais changer de fournisseur.',
  ]),
  need: bank([
    'vous souhaitez résilier votre contrat pour partir chez $concurrent',
    'vous voulez mettre fin à votre contrat parce que vous avez trouvé moins cher',
  ]),
  search: bank(['Je regarde votre contrat.', 'Je consulte les conditions de votre contrat.']),
  finding: bank([
    'Votre contrat est sans engagement, vous pouvez partir quand vous le souhaitez.',
    'Je vois que vous êtes chez nous depuis $annees ans, avec un prix indexé.',
    'En fait, c’est votre nouveau fournisseur qui s’occupe de la résiliation quand vous souscrivez chez lui.',
  ]),
  jargonFinding: bank([
    'En fait, la bascule se fait côté GRD quand votre nouveau fournisseur fait la demande sur votre PDL.',
    'Votre PCE et votre PDL seront simplement rattachés à votre nouveau fournisseur.',
  ]),
  steps: [
    exchanges([
      [
        'A: Vous avez déjà souscrit chez votre nouveau fournisseur ?',
        'C: Pas encore, je voulais d’abord vous appeler.',
        'A: D’accord, c’est lui qui fera les démarches.',
      ],
      [
        'A: Qu’est-ce qui vous a décidé$ec à partir ?',
        'C: Surtout le prix, la dernière hausse a été dure à avaler.',
        'A: D’accord, je le note.',
      ],
    ]),
  ],
  contest: bank([
    'Mais on m’avait dit qu’il n’y avait aucun frais de résiliation !',
    'J’avais déjà demandé la résiliation le mois dernier, par mail.',
  ]),
  argue: bank([
    'Ce n’est pas possible que quelqu’un vous ait dit ça.',
    'Vous n’avez pas bien lu votre contrat, les frais y figurent.',
    'Non, vous vous trompez, on n’a rien reçu.',
  ]),
  calm: bank([
    'Je vérifie ce point, il n’y a pas de frais sur votre type de contrat.',
    'Je ne vois pas votre mail, on va prendre la demande maintenant.',
  ]),
  impossible: bank([
    'Vous pouvez faire la résiliation avec effet au premier du mois dernier ?',
    'Est-ce que vous pouvez me rembourser l’abonnement du mois en cours ?',
  ]),
  cant: bank([
    'Je ne peux pas antidater une résiliation.',
    'Non, on ne peut pas rembourser un abonnement entamé.',
  ]),
  alternative: bank([
    ' Par contre, je peux l’enregistrer dès aujourd’hui.',
    ' En revanche, je peux vous faire une facture de clôture au prorata de votre consommation.',
    ' Ce que je peux faire, c’est clôturer à la date de votre dernier relevé.',
  ]),
  cantReply: bank(['C’est la règle.', '']),
  holdReason: bank([
    'je vérifie les conditions de votre contrat avec un collègue.',
    'je regarde avec le service contrats.',
  ]),
  holdReturn: bank([
    'mon collègue me confirme qu’il n’y a aucuns frais de résiliation.',
    'le service contrats confirme la date de fin.',
  ]),
  resolution: bank([
    'J’enregistre votre demande de résiliation.',
    'C’est noté, votre résiliation est enregistrée.',
  ]),
  nextSteps: bank([
    ' Vous recevrez votre facture de clôture sous quatre semaines.',
    ' La résiliation sera effective sous 48 heures après la demande de votre nouveau fournisseur.',
    ' Comptez une quinzaine de jours pour la facture de clôture.',
  ]),
  vague: bank([' Vous n’avez rien de plus à faire.', ' Voilà.', '']),
  summary: bank([
    'votre demande de résiliation est enregistrée et votre nouveau fournisseur fera le reste.',
    'votre contrat s’arrête, et la facture de clôture reprendra votre dernier index.',
  ]),
  products: ['fixed_price'],
  fillers: exchanges([
    [
      'A: Vous étiez satisfait$ec du service, en dehors du prix ?',
      'C: Oui, dans l’ensemble, je n’ai pas eu de souci.',
      'A: Tant mieux.',
    ],
    [
      'C: Est-ce que je vais avoir une coupure pendant le changement ?',
      'A: Non, aucune coupure, le courant reste le même.',
      'C: Ah, tant mieux, j’avais peur de ça.',
    ],
    [
      'C: Je dois renvoyer quelque chose, un boîtier ?',
      'A: Non, rien, le compteur reste en place.',
      'C: D’accord.',
    ],
    [
      'A: Vous connaissez la date de souscription chez le nouveau fournisseur ?',
      'C: Normalement la semaine prochaine.',
      'A: Très bien.',
    ],
    [
      'C: Et mon dernier prélèvement, il passe quand même ?',
      'A: Oui, celui du $jour est le dernier.',
      'C: D’accord.',
    ],
    ['A: Vous restez dans le même logement ?', 'C: Oui, je ne bouge pas.', 'A: D’accord.'],
    [
      'C: C’est dommage, j’étais bien chez vous, mais avec les prix actuels...',
      'A: C’est noté, je fais remonter la remarque.',
    ],
    [
      'A: Vous aviez aussi le gaz chez nous ?',
      'C: Non, seulement l’électricité.',
      'A: D’accord, il n’y a donc qu’un contrat.',
    ],
    [
      'C: Si je veux revenir un jour, c’est possible ?',
      'A: Bien sûr, vous serez toujours bienvenu$ec.',
      'C: C’est bon à savoir.',
    ],
    [
      'A: Vous avez un solde créditeur en ce moment, il vous sera reversé.',
      'C: Ah, je ne savais pas.',
      'A: Il apparaîtra sur la facture de clôture.',
    ],
  ]),
};
