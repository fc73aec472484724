import type { Product } from './scenario.ts';
import { type Bank, bank } from './template.ts';

/**
 * The extra offers: how an agent proposes each, the customer benefit they may add, and their
 * answer to "c'est combien ?". Benefits start with a space: they follow the offer or the answer.
 */
export interface OfferBank {
  offer: Bank;
  benefit: Bank;
  answer: Bank;
  /** the agent's reply to an objection, which argues nothing */
  objectionReply: Bank;
}

/** The phrasings of each extra offer. */
export const OFFERS: Readonly<Record<Product, OfferBank>> = {
  maintenance: {
    offer: bank([
      'Je me permets de vous proposer notre contrat d’entretien pour votre chaudière{, à $prixEntretien euros par mois|}.',
      'Avez-vous pensé au contrat d’entretien de chaudière ? La visite annuelle est obligatoire.',
      'Saviez-vous que nous proposons un contrat d’entretien, avec la visite annuelle et le dépannage ?',
      'Est-ce que notre contrat d’entretien de chaudière vous intéresserait ?',
      'Je vous conseille notre contrat d’entretien, la visite annuelle est incluse.',
      'Vous connaissez notre contrat d’entretien pour les chaudières ?',
      'Je profite de votre appel pour vous parler de notre contrat d’entretien.',
    ]),
    benefit: bank([
      ' Ce qui vous permet d’avoir la visite annuelle sans y penser.',
      ' L’avantage, c’est que le dépannage est inclus, même le week-end.',
      ' Vous n’aurez plus à chercher un chauffagiste en cas de panne.',
      ' Vous avez l’esprit tranquille tout l’hiver.',
    ]),
    answer: bank([
      'C’est $prixEntretien euros par mois, {sans engagement|résiliable à tout moment}.',
      'Une visite par an et les dépannages, pour $prixEntretien euros par mois.',
    ]),
    objectionReply: bank([
      'C’est sans engagement, vous pouvez l’arrêter quand vous voulez.',
      'Il n’y a aucune durée minimale.',
    ]),
  },
  paperless: {
    offer: bank([
      'Je vous propose de passer à la facture électronique.',
      'Avez-vous pensé à la facture en ligne ?',
      'La facture électronique vous intéresserait ?',
      'Je vous recommande la facture dématérialisée, vous la retrouvez dans votre espace client.',
    ]),
    benefit: bank([
      ' Ce qui vous permet de retrouver toutes vos factures au même endroit.',
      ' L’avantage, c’est que vous la recevez dès qu’elle est émise.',
      ' Plus besoin de classer le papier.',
    ]),
    answer: bank(['C’est entièrement gratuit.', 'Ça ne coûte rien, vous recevez un mail à chaque facture.']),
    objectionReply: bank([
      'Vous pourrez revenir au courrier quand vous voudrez.',
      'C’est réversible à tout moment.',
    ]),
  },
  option: {
    offer: bank([
      'Je peux vous proposer l’option Alerte Conso, qui vous prévient quand votre consommation augmente.',
      'Est-ce que l’option Suivi Conso vous intéresse ?',
      'Saviez-vous que nous avons une option de suivi de consommation par SMS ?',
    ]),
    benefit: bank([
      ' Cela vous permet de suivre votre consommation chaque semaine.',
      ' L’avantage, c’est d’être prévenu$ec avant la facture.',
      ' Ça vous évite les mauvaises surprises.',
    ]),
    answer: bank(['C’est deux euros par mois.', 'C’est un euro cinquante par mois, sans engagement.']),
    objectionReply: bank(['Vous pouvez la désactiver quand vous voulez.', 'C’est sans engagement.']),
  },
  fixed_price: {
    offer: bank([
      'Avant de valider, je peux vous proposer notre offre Prix Fixe sur trois ans ?',
      'Saviez-vous que nous avons une offre verte à prix bloqué ?',
      'Seriez-vous intéressé$ec par notre offre Prix Fixe ?',
    ]),
    benefit: bank([
      ' Ce qui vous permettrait de garder le même prix pendant trois ans.',
      ' Vous économiseriez environ quatre-vingts euros par an.',
      ' L’avantage, c’est que vous n’avez aucune démarche à faire.',
    ]),
    answer: bank([
      'Le prix du kilowattheure est bloqué pendant trois ans.',
      'C’est un peu moins que votre tarif actuel, et bloqué.',
    ]),
    objectionReply: bank([
      'Il n’y a pas de frais si vous partez ensuite.',
      'Vous pouvez toujours partir plus tard.',
    ]),
  },
};

/** The agent confirms an accepted offer. */
export const ACCEPT_CONFIRM = bank([
  'Parfait, je l’ajoute à votre contrat dès aujourd’hui.',
  'Très bien, c’est enregistré, vous allez recevoir les conditions par mail.',
  'C’est noté, je m’en occupe.',
]);
/** The agent takes a refusal. */
export const REFUSAL_ACK = bank([
  'Très bien, c’est noté.',
  'Entendu, aucun problème.',
  'D’accord, je n’insiste pas.',
]);
/** The agent leaves a hesitant customer time. */
export const THINK_ACK = bank([
  'Bien sûr, je vous envoie la documentation par mail.',
  'Pas de souci, prenez le temps d’y penser.',
]);
/** The customer takes the agent's answer after accepting or refusing. */
export const AFTER_OFFER = bank(['Très bien.', 'D’accord.', 'Oui.', 'Ok, parfait.']);
