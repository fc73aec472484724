import type { ScenarioBank } from './scenario.ts';
import { bank, exchanges } from './template.ts';

/** A bill far higher than usual: an estimated meter reading, corrected with the real one. */
export const BILL: ScenarioBank = {
  id: 'bill',
  activity: 'Facturation',
  opener: bank([
    'Bonjour {madame|monsieur}, voilà, j’appelle parce que j’ai reçu ma facture $deMois et elle est de $montant euros, alors que d’habitude je paie autour de $habituel euros, je ne comprends pas du tout.',
    'Oui bonjour, c’est au sujet de ma dernière facture, elle fait $montant euros, c’est presque trois fois plus que d’habitude, et on n’a rien changé à la maison.',
    'Bonjour, je vous appelle parce que ma facture d’électricité a explosé, $montant euros pour deux mois, je voudrais bien comprendre d’où ça vient.',
    'Bonjour, alors voilà, j’ai une facture de $montant euros qui vient d’arriver, je pense qu’il y a une erreur sur le relevé du compteur.',
  ]),
  need: bank([
    'votre facture $deMois est de $montant euros, bien au-dessus de vos $habituel euros habituels, et vous voulez comprendre pourquoi',
    'vous contestez le montant de votre dernière facture, qui vous paraît beaucoup trop élevé',
    'vous pensez que le relevé de compteur de votre facture de $montant euros est erroné',
  ]),
  search: bank([
    'Je regarde votre historique de consommation.',
    'Je consulte vos derniers relevés.',
    'Je vais regarder vos index de compteur.',
  ]),
  finding: bank([
    'Je vois que votre facture $deMois a été établie sur une estimation, le relevé réel ne nous est pas parvenu.',
    'Alors, votre compteur n’a pas pu être relevé en $moisPrecedent, la consommation a donc été estimée, et visiblement largement surestimée.',
    'Votre dernière facture est basée sur un index estimé à $index kilowattheures.',
  ]),
  jargonFinding: bank([
    'Je vois que le GRD n’a pas transmis l’index de votre PDL, donc on a facturé sur une estimation.',
    'L’index sur votre point de livraison a été estimé à $index, c’est pour ça.',
    'Il y a aussi la hausse du TURPE et de la CTA, mais surtout votre index a été estimé.',
  ]),
  steps: [
    exchanges([
      [
        'A: Est-ce que vous pouvez relever votre compteur maintenant, {s’il vous plaît|si vous êtes chez vous} ?',
        'C: Oui, je suis juste à côté, attendez... alors, j’ai $indexReel.',
        'A: $indexReel, c’est noté.',
      ],
      [
        'A: Vous auriez un relevé récent de votre compteur ?',
        'C: Oui, je l’ai pris en photo {hier soir|ce matin}, c’est $indexReel.',
        'A: Très bien, je le saisis.',
      ],
      [
        'A: Vous pouvez me lire le chiffre affiché sur votre compteur ?',
        'C: Alors, il affiche $indexReel, si je lis bien.',
        'A: Parfait, c’est bien en dessous de l’estimation.',
      ],
    ]),
  ],
  contest: bank([
    'Mais enfin, je n’ai jamais consommé autant, on est deux dans l’appartement !',
    'Le compteur Linky est censé envoyer les relevés tout seul, non ?',
    'Je ne vois pas comment on aurait pu consommer ça en deux mois.',
  ]),
  argue: bank([
    'Non, vous avez tort, le compteur a bien transmis quelque chose.',
    'Ce n’est pas possible que vous ayez consommé si peu, $civ.',
    'Vous vous trompez, les relevés sont faits automatiquement.',
    'C’est vous qui vous êtes trompé$ec en lisant le compteur.',
    'Je vous ai déjà expliqué que c’était une estimation.',
    'C’est faux, on vous a envoyé un courrier pour le relevé.',
  ]),
  calm: bank([
    'Justement, c’est ce que nous allons vérifier ensemble.',
    'C’est bien possible, je vais comparer avec votre relevé.',
    'Il arrive que le compteur ne communique pas, regardons ça.',
  ]),
  impossible: bank([
    'Vous ne pouvez pas tout simplement annuler cette facture ?',
    'Est-ce que vous pouvez me rembourser la différence tout de suite ?',
  ]),
  cant: bank([
    'Je ne peux pas annuler une facture déjà émise.',
    'Non, je ne peux pas faire de remboursement immédiat.',
    'Malheureusement, on ne peut pas supprimer une facture.',
    'Ce n’est pas possible d’annuler une facture déjà émise.',
  ]),
  alternative: bank([
    ' Par contre, je peux émettre une facture rectificative avec votre relevé réel.',
    ' En revanche, je peux déduire le trop-perçu de votre prochaine échéance.',
    ' Ce que je peux faire, c’est suspendre le prélèvement en attendant la correction.',
  ]),
  cantReply: bank(['C’est comme ça.', 'C’est la règle.', '']),
  holdReason: bank([
    'je vérifie auprès du service relève.',
    'je demande confirmation au service facturation.',
  ]),
  holdReturn: bank([
    'le service relève me confirme que l’index $deMois était estimé.',
    'c’est confirmé, il y a eu une erreur d’estimation.',
  ]),
  resolution: bank([
    'Je corrige la facture avec votre relevé réel : le montant passe à $corrige euros.',
    'J’ai fait la correction, votre facture rectifiée est de $corrige euros.',
  ]),
  nextSteps: bank([
    ' Vous recevrez la facture rectificative sous cinq jours ouvrés.',
    ' Le trop-perçu sera remboursé sous quinze jours sur votre compte.',
    ' La correction sera prise en compte d’ici la fin de la semaine.',
    ' Comptez une dizaine de jours pour recevoir le nouveau document.',
  ]),
  vague: bank([' Tout est en ordre.', ' C’est réglé.', ' Le nécessaire est fait.', '']),
  summary: bank([
    'votre facture $deMois était basée sur une estimation, je l’ai corrigée avec votre index de $indexReel, et le nouveau montant est de $corrige euros.',
    'l’index estimé a été remplacé par votre relevé réel et la facture est recalculée à $corrige euros.',
  ]),
  products: ['paperless', 'option'],
  fillers: exchanges([
    [
      'A: Vous êtes combien à vivre dans le logement ?',
      'C: Nous sommes $personnes.',
      'A: Et c’est une maison ou un appartement ?',
      'C: Un appartement, au deuxième étage.',
    ],
    [
      'A: Votre logement fait à peu près combien de mètres carrés ?',
      'C: Environ $surface mètres carrés.',
      'A: D’accord, je le note.',
    ],
    [
      'A: Vous êtes chauffé$ec à l’électricité ?',
      'C: Oui, ce sont des radiateurs électriques, plutôt anciens.',
      'A: Ça peut jouer en hiver, effectivement.',
    ],
    [
      'A: Vous avez un compteur Linky ?',
      'C: Oui, il a été posé il y a deux ans à peu près.',
      'A: Il devrait donc communiquer ses index.',
      'C: C’est ce que je pensais aussi.',
    ],
    [
      'A: Vous avez eu des travaux ou un nouvel appareil ces derniers mois ?',
      'C: Non, rien du tout, à part un sèche-linge, et on s’en sert peu.',
      'A: Un sèche-linge consomme, mais pas à ce point.',
    ],
    [
      'C: Et ça correspond à quelle période exactement, cette facture ?',
      'A: Elle couvre $moisPrecedent et $mois.',
      'C: Ah, deux mois d’hiver, donc.',
      'A: Oui, c’est la période où l’on consomme le plus.',
    ],
    [
      'A: Vous êtes en option heures creuses ou en tarif base ?',
      'C: Heures creuses, je crois, c’est écrit sur la facture.',
      'A: Oui, je le vois, de 22 heures à 6 heures.',
    ],
    [
      'A: Vous faites tourner les machines la nuit ?',
      'C: Oui, le lave-vaisselle surtout.',
      'A: C’est bien, c’est moins cher en heures creuses.',
    ],
    [
      'C: Le chauffage électrique, ça représente combien en gros sur une facture ?',
      'A: En hiver, souvent plus de la moitié de la consommation.',
      'C: Ah, quand même.',
    ],
    [
      'A: Vous étiez absent$ec pendant les fêtes ?',
      'C: Oui, une semaine chez ma fille.',
      'A: Alors votre consommation réelle devrait être encore plus basse.',
    ],
    [
      'A: Vous consultez votre consommation sur internet ?',
      'C: Non, jamais, je ne savais même pas que c’était possible.',
      'A: On y voit la consommation jour par jour, c’est pratique.',
    ],
    [
      'A: Je vous propose qu’on regarde ensemble le détail de la facture.',
      'C: Oui, je l’ai devant moi.',
      'A: La première ligne, c’est l’abonnement, ensuite la consommation.',
    ],
    [
      'C: Et l’an dernier, à la même période, j’avais payé combien ?',
      'A: Je vois $habituel euros pour la même période.',
      'C: Voilà, c’est bien ce que je disais.',
    ],
  ]),
};
