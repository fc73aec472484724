import type { ScenarioBank } from './scenario.ts';
import { bank, exchanges } from './template.ts';

/**
 * New bank details for the direct debit: a simple request that leaves room for a rebound on the
 * boiler maintenance contract.
 */
export const UPSELL: ScenarioBank = {
  id: 'upsell',
  activity: 'Gestion de compte',
  opener: bank([
    'Bonjour, j’ai changé de banque et je voudrais mettre à jour mes coordonnées bancaires pour le prélèvement, je ne sais pas si ça peut se faire par téléphone.',
    'Oui bonjour, voilà, je voudrais donner mon nouveau RIB pour le prélèvement, parce que j’ai ouvert un compte dans une autre banque.',
    'Bonjour, j’appelle parce que je viens de changer de banque et il faudrait modifier le RIB sur mon contrat, s’il vous plaît.',
  ]),
  need: bank([
    'vous voulez remplacer votre RIB par celui de votre nouvelle banque',
    'vous souhaitez modifier vos coordonnées bancaires pour le prélèvement',
  ]),
  search: bank(['Je regarde votre mandat de prélèvement.', 'Je consulte vos coordonnées bancaires.']),
  finding: bank([
    'Je vois votre mandat actuel, on peut le modifier tout de suite.',
    'Votre prélèvement actuel passe le $jour de chaque mois.',
  ]),
  jargonFinding: bank([
    'Je vais créer un nouveau mandat SEPA rattaché à votre PDL.',
    'Votre mensualité couvre aussi la CSPE et la CTA, ça ne change pas.',
  ]),
  steps: [
    exchanges([
      [
        'A: Pouvez-vous me dicter votre nouvel IBAN ?',
        'C: Oui, attendez, je l’ai sous les yeux... $iban, et la suite sur la deuxième ligne.',
        'A: Je vous écoute.',
        'C: Voilà, c’est tout, avec la clé à la fin.',
      ],
      [
        'A: Vous avez votre nouvel IBAN sous la main ?',
        'C: Oui, c’est $iban, je vous donne la fin aussi ?',
        'A: Oui, s’il vous plaît.',
        'C: Voilà, je vous ai tout dit.',
      ],
    ]),
    exchanges([
      [
        'A: Vous souhaitez garder le prélèvement au $jour du mois ?',
        'C: Oui, c’est bien pour moi.',
        'A: Très bien.',
      ],
      ['A: Le prélèvement reste à la même date ?', 'C: Oui, ça ne change pas.', 'A: Parfait.'],
    ]),
  ],
  contest: bank([
    'Mais j’avais déjà envoyé mon nouveau RIB par courrier le mois dernier !',
    'On m’a prélevé deux fois ce mois-ci, je ne comprends pas.',
  ]),
  argue: bank([
    'C’est faux, nous n’avons reçu aucun courrier.',
    'Non, vous vous trompez, il n’y a eu qu’un seul prélèvement.',
    'Je vous l’ai déjà dit, il n’y a rien dans votre dossier.',
  ]),
  calm: bank([
    'Je ne le vois pas encore dans votre dossier, on va le faire ensemble maintenant.',
    'Je vérifie vos prélèvements du mois.',
  ]),
  impossible: bank([
    'Vous pouvez mettre le prélèvement au 30 du mois ?',
    'Est-ce que vous pouvez annuler le prélèvement de demain ?',
  ]),
  cant: bank([
    'Je ne peux pas mettre un prélèvement après le 28.',
    'Non, je ne peux pas annuler un prélèvement déjà transmis à la banque.',
  ]),
  alternative: bank([
    ' Par contre, je peux le mettre au 28, ça revient presque au même.',
    ' En revanche, il est possible de vous le rembourser dès qu’il est passé.',
    ' Ce que je peux faire, c’est décaler le suivant.',
  ]),
  cantReply: bank(['C’est le règlement bancaire.', '']),
  holdReason: bank([
    'je vérifie avec le service des paiements.',
    'je demande à un collègue de la gestion des comptes.',
  ]),
  holdReturn: bank([
    'le service des paiements a bien pris la modification.',
    'mon collègue confirme que le nouveau mandat peut être créé aujourd’hui.',
  ]),
  resolution: bank(['J’ai enregistré votre nouvel IBAN.', 'C’est fait, le nouveau mandat est créé.']),
  nextSteps: bank([
    ' Le changement sera pris en compte sous dix jours.',
    ' Ce sera fait sous 48 heures.',
    ' Vous recevrez le nouveau mandat par mail sous 48 heures.',
    ' Le prochain prélèvement sera effectué sur le nouveau compte d’ici deux semaines.',
  ]),
  vague: bank([' C’est modifié.', ' Voilà.', '']),
  summary: bank([
    'votre nouvel IBAN est enregistré et le prélèvement reste à la même date.',
    'le mandat est mis à jour avec les coordonnées de votre nouvelle banque.',
  ]),
  products: ['maintenance', 'maintenance', 'paperless'],
  fillers: exchanges([
    [
      'C: Ma nouvelle banque, c’est une banque en ligne, ça ne pose pas de problème ?',
      'A: Non, aucun, du moment que c’est un compte européen.',
      'C: Très bien.',
    ],
    [
      'A: Le compte est à votre nom ?',
      'C: Oui, c’est un compte joint avec mon conjoint.',
      'A: D’accord, ça ne pose aucun souci.',
    ],
    [
      'C: Je dois fermer l’ancien compte tout de suite ?',
      'A: Attendez que le prochain prélèvement passe sur le nouveau, c’est plus prudent.',
      'C: D’accord, c’est noté.',
    ],
    [
      'A: Vous voulez que je change aussi l’adresse de facturation ?',
      'C: Non, elle ne change pas.',
      'A: Entendu.',
    ],
    [
      'C: Et pour les prochaines factures, ça ne change rien ?',
      'A: Non, seul le compte prélevé change.',
      'C: Parfait.',
    ],
    ['A: Vous êtes mensualisé$ec, je vois.', 'C: Oui, c’est plus simple pour le budget.', 'A: Tout à fait.'],
    [
      'C: Vous n’avez pas besoin d’un papier signé ?',
      'A: Non, l’accord par téléphone suffit, il est enregistré.',
      'C: Ah, c’est plus simple qu’avant.',
    ],
    [
      'A: C’est bien le nom de la banque que je vois, Banque Populaire ?',
      'C: Non, c’est une banque en ligne, le nom n’apparaît pas pareil.',
      'A: Ah d’accord, ce n’est pas grave.',
    ],
    [
      'C: Vous êtes où, vous ? On entend du monde derrière.',
      'A: Sur un plateau avec des collègues, excusez le bruit.',
      'C: Oh, ce n’est rien.',
    ],
  ]),
};
