import type { ScenarioBank } from './scenario.ts';
import { bank, exchanges } from './template.ts';

/** Moving house: start supply at the new home, end it at the old one. */
export const MOVING: ScenarioBank = {
  id: 'moving',
  activity: 'Déménagement',
  opener: bank([
    'Bonjour, voilà, je vous appelle parce que je déménage le $date et je voudrais savoir comment faire pour l’électricité dans mon nouveau logement, et arrêter l’ancien contrat.',
    'Oui, bonjour, on vient d’acheter une maison à $nouvelleVille, on emménage le $date, et il faut que je transfère mon contrat d’énergie, je ne sais pas trop comment ça se passe.',
    'Bonjour, je quitte mon appartement de $ville à la fin du mois et je m’installe à $nouvelleVille, je voudrais faire la mise en service là-bas et arrêter ici.',
  ]),
  need: bank([
    'vous déménagez le $date et vous souhaitez transférer votre contrat dans votre nouveau logement',
    'vous voulez une mise en service à $nouvelleVille et la résiliation de votre logement actuel',
  ]),
  search: bank([
    'Je regarde votre contrat actuel.',
    'Je consulte les informations de votre logement actuel.',
  ]),
  finding: bank([
    'Je vois votre contrat pour le logement de $ville, on peut tout à fait le transférer.',
    'Il me faudra le numéro du compteur du nouveau logement pour la mise en service.',
    'Votre contrat actuel est au $adresse, le transfert est simple à faire.',
  ]),
  jargonFinding: bank([
    'Il me faudra le numéro de PDL du nouveau logement pour la mise en service.',
    'Je dois vérifier que le point de livraison du nouveau logement est bien actif côté GRD.',
  ]),
  steps: [
    exchanges([
      [
        'A: Quelle est l’adresse du nouveau logement ?',
        'C: C’est au $nouvelleAdresse.',
        'A: $nouvelleAdresse, c’est noté.',
      ],
      [
        'A: Et le nouveau logement, il se trouve où exactement ?',
        'C: Au $nouvelleAdresse.',
        'A: Très bien, je le saisis.',
      ],
    ]),
    exchanges([
      [
        'A: Vous connaissez le numéro du compteur, là-bas ?',
        'C: Je ne l’ai pas, mais il y a un compteur Linky.',
        'A: Ce n’est pas grave, je le retrouve avec l’adresse.',
      ],
      [
        'A: Le compteur du nouveau logement est accessible ?',
        'C: Oui, il est dans le garage.',
        'A: Parfait.',
      ],
    ]),
    exchanges([
      [
        'A: Pour l’ancien logement, vous pourrez relever le compteur le jour du départ ?',
        'C: Oui, je le ferai le matin avant de rendre les clés.',
        'A: Parfait, vous me communiquerez l’index à ce moment-là.',
      ],
      [
        'A: Vous rendez les clés de l’ancien logement quel jour ?',
        'C: Le $date, le même jour que l’emménagement.',
        'A: On arrête donc l’ancien contrat ce jour-là.',
      ],
    ]),
  ],
  contest: bank([
    'Mais on m’avait dit au téléphone que tout se ferait automatiquement !',
    'J’avais déjà envoyé un mail il y a trois semaines pour ça.',
  ]),
  argue: bank([
    'Non, ce n’est pas possible que quelqu’un vous ait dit ça.',
    'Vous vous trompez, rien n’est automatique pour un déménagement.',
    'C’est faux, nous n’avons reçu aucun mail.',
  ]),
  calm: bank([
    'Je ne trouve pas de trace de votre mail, mais on va tout faire maintenant.',
    'Je vois, dans ce cas on fait le nécessaire aujourd’hui.',
  ]),
  impossible: bank([
    'Vous pouvez faire la mise en service dès demain matin ?',
    'Est-ce que vous pouvez couper l’ancien compteur aujourd’hui même ?',
  ]),
  cant: bank([
    'Non, je ne peux pas garantir une mise en service pour demain.',
    'Je ne pourrai pas avancer la date, le délai minimum est fixé par le distributeur.',
    'Je n’ai pas la possibilité de couper le compteur à distance aujourd’hui.',
  ]),
  alternative: bank([
    ' Par contre, je peux vous réserver le premier créneau disponible.',
    ' En revanche, je peux programmer l’arrêt à la date exacte de votre départ.',
    ' Ce que je peux faire, c’est demander une mise en service express.',
  ]),
  cantReply: bank(['C’est le fonctionnement.', 'C’est comme ça.', '']),
  holdReason: bank([
    'je vérifie la disponibilité du compteur auprès du distributeur.',
    'je regarde avec un collègue pour la date de fin de l’ancien contrat.',
  ]),
  holdReturn: bank([
    'le compteur du nouveau logement est bien actif, aucun déplacement n’est nécessaire.',
    'la date du $date est bien possible pour l’ancien logement.',
  ]),
  resolution: bank([
    'J’enregistre la mise en service au $nouvelleAdresse à partir du $date, et l’arrêt de l’ancien logement le même jour.',
    'C’est enregistré : votre contrat suit au nouveau logement à partir du $date.',
  ]),
  nextSteps: bank([
    ' La mise en service sera effectuée d’ici le $date, sans intervention d’un technicien.',
    ' Vous recevrez votre nouveau contrat par mail sous 48 heures.',
    ' Comptez cinq jours ouvrés pour recevoir la facture de clôture de l’ancien logement.',
  ]),
  vague: bank([' Tout est enregistré de notre côté.', ' Vous n’avez plus rien à faire.', '']),
  summary: bank([
    'la mise en service au $nouvelleAdresse est enregistrée à partir du $date, et l’ancien logement s’arrête le même jour.',
    'votre contrat est transféré à $nouvelleVille et vous nous donnerez l’index de l’ancien compteur le jour du départ.',
  ]),
  products: ['maintenance', 'paperless'],
  fillers: exchanges([
    [
      'A: C’est une maison ou un appartement, le nouveau logement ?',
      'C: Une maison, avec un petit jardin.',
      'A: Très bien.',
    ],
    [
      'C: Il faut que je prévienne aussi pour le gaz ?',
      'A: Si le logement a le gaz, oui, on peut le faire en même temps.',
      'C: Non, je crois que c’est tout électrique là-bas.',
    ],
    [
      'A: Vous déménagez loin ?',
      'C: Une quarantaine de kilomètres, on se rapproche du travail de mon conjoint.',
      'A: C’est une bonne raison.',
    ],
    [
      'A: Vous avez la date de remise des clés ?',
      'C: Oui, on signe chez le notaire le $date.',
      'A: D’accord, on se cale sur cette date.',
    ],
    [
      'C: Les cartons, j’ai l’impression de ne jamais en voir le bout.',
      'A: Les déménagements, c’est toujours du sport.',
      'C: Ça, vous pouvez le dire.',
    ],
    [
      'A: Les anciens occupants ont arrêté leur contrat ?',
      'C: Je crois, oui, ils sont partis la semaine dernière.',
      'A: D’accord, le compteur est donc libre.',
    ],
    [
      'A: Le nouveau logement, c’est quelle surface ?',
      'C: À peu près $surface mètres carrés.',
      'A: Je le note pour calculer votre mensualité.',
    ],
    [
      'C: Je dois vous envoyer l’état des lieux ?',
      'A: Non, ce n’est pas nécessaire, l’index suffit.',
      'C: Ah, tant mieux.',
    ],
    [
      'A: Vous gardez le même compte pour le prélèvement ?',
      'C: Oui, rien ne change de ce côté-là.',
      'A: Parfait.',
    ],
    [
      'A: Il y aura combien de personnes dans le nouveau logement ?',
      'C: Nous serons $personnes.',
      'A: Entendu.',
    ],
    [
      'C: Et pour internet, c’est vous aussi ?',
      'A: Non, nous ne faisons que l’énergie, il faudra voir avec votre opérateur.',
      'C: Ah oui, bien sûr.',
    ],
    [
      'A: Le chauffage, là-bas, c’est électrique ?',
      'C: Oui, une pompe à chaleur récente.',
      'A: D’accord, c’est économe.',
    ],
  ]),
};
