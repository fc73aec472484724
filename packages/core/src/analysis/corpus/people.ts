import type { Rng } from '../../shared/seeded-rng.ts';
import { pick } from './template.ts';

/**
 * The made-up customers of Hélios Énergie: names, addresses, numbers and amounts in the forms
 * French customers say them (contract numbers in pairs of digits, amounts with cents, dates
 * with the month's name).
 */

const WOMEN = [
  'Sophie',
  'Nathalie',
  'Isabelle',
  'Catherine',
  'Sandrine',
  'Claire',
  'Aurélie',
  'Céline',
  'Martine',
  'Fatima',
  'Léa',
  'Chloé',
  'Manon',
  'Nadia',
  'Émilie',
  'Valérie',
  'Hélène',
  'Camille',
];
const MEN = [
  'Philippe',
  'Thierry',
  'Nicolas',
  'Laurent',
  'Julien',
  'Stéphane',
  'Mehdi',
  'Olivier',
  'Pascal',
  'Karim',
  'Thomas',
  'Antoine',
  'Bernard',
  'Patrick',
  'Romain',
  'Hugo',
  'Yannick',
  'Sébastien',
];
const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
  'Nguyen',
  'Haddad',
  'Le Gall',
  'Perrin',
  'Chevalier',
  'Gauthier',
];
const STREETS = [
  'rue Victor-Hugo',
  'avenue Jean-Jaurès',
  'rue de la République',
  'boulevard Gambetta',
  'rue Pasteur',
  'allée des Tilleuls',
  'chemin des Vignes',
  'rue du Moulin',
  'impasse des Lilas',
  'place de la Mairie',
  'rue Jules-Ferry',
  'avenue de Verdun',
  'rue des Écoles',
  'route de Lyon',
];
const CITIES: readonly (readonly [string, string])[] = [
  ['Lyon', '69003'],
  ['Villeurbanne', '69100'],
  ['Grenoble', '38000'],
  ['Saint-Étienne', '42000'],
  ['Annecy', '74000'],
  ['Valence', '26000'],
  ['Clermont-Ferrand', '63000'],
  ['Dijon', '21000'],
  ['Mâcon', '71000'],
  ['Chambéry', '73000'],
  ['Bourg-en-Bresse', '01000'],
  ['Vienne', '38200'],
];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'];
const RIVALS = [
  'Volta Énergie',
  'Ampère Direct',
  'un fournisseur en ligne',
  'EkoWatt',
  'un fournisseur moins cher',
];

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

/** Digits grouped by two, as a number is read out on the phone. */
function pairs(s: string): string {
  return s.replace(/(\d\d)(?=\d)/g, '$1 ');
}

/** Euros with cents, French style (187,40). */
function euros(rng: Rng, lo: number, hi: number): string {
  const cents = rng.int(100);
  return `${Math.floor(rng.between(lo, hi))},${cents < 10 ? '0' : ''}${cents}`;
}

function thousands(n: number): string {
  return n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n);
}

/**
 * The values a call's templates use: the customer (civ, nom, prenom), the agent (agent, e for
 * the feminine agreement of the agent’s own adjectives, ec the customer’s), places, numbers, amounts and dates.
 */
export function callVars(rng: Rng, agentFirstName: string, agentFeminine: boolean): Record<string, string> {
  const woman = rng.chance(0.55);
  const home = rng.int(CITIES.length);
  const [ville, cp] = CITIES[home] as readonly [string, string];
  // the new home (moving house) is in another town
  const [ville2, cp2] = CITIES[(home + 1 + rng.int(CITIES.length - 1)) % CITIES.length] as readonly [
    string,
    string,
  ];
  const month = rng.int(12);
  const day = 1 + rng.int(28);
  const habitual = Math.floor(rng.between(55, 140));
  const index = 8000 + rng.int(30000);
  const contract = `${4 + rng.int(5)}${digits(rng, 9)}`;
  return {
    civ: woman ? 'Madame' : 'Monsieur',
    ec: woman ? 'e' : '',
    nom: pick(rng, SURNAMES),
    prenom: pick(rng, woman ? WOMEN : MEN),
    agent: agentFirstName,
    e: agentFeminine ? 'e' : '',
    contrat: pairs(contract),
    ref: `HE ${digits(rng, 3)} ${digits(rng, 3)}`,
    naissance: `${1 + rng.int(28)} ${pick(rng, MONTHS)} ${1945 + rng.int(60)}`,
    adresse: `${1 + rng.int(120)} ${pick(rng, STREETS)}, ${cp} ${ville}`,
    ville,
    nouvelleAdresse: `${1 + rng.int(80)} ${pick(rng, STREETS)}, ${cp2} ${ville2}`,
    nouvelleVille: ville2,
    tel: `06 ${pairs(digits(rng, 8))}`,
    mois: MONTHS[month] as string,
    // « de mars », « d’août » (elision before a vowel)
    deMois: /^[aeiouéèâ]/.test(MONTHS[month] as string) ? `d’${MONTHS[month]}` : `de ${MONTHS[month]}`,
    moisPrecedent: MONTHS[(month + 11) % 12] as string,
    date: `${DAYS[rng.int(DAYS.length)]} ${day} ${MONTHS[(month + 1) % 12]}`,
    jour: String(day),
    montant: euros(rng, habitual * 2, habitual * 4),
    habituel: String(habitual),
    corrige: euros(rng, habitual * 0.9, habitual * 1.4),
    mensualite: euros(rng, 40, 120),
    index: thousands(index),
    indexReel: thousands(index - 400 - rng.int(2500)),
    iban: `FR76 ${digits(rng, 4)} ${digits(rng, 4)} ${digits(rng, 4)}`,
    prixEntretien: `${9 + rng.int(8)},90`,
    concurrent: pick(rng, RIVALS),
    surface: String(35 + 5 * rng.int(22)),
    personnes: String(1 + rng.int(5)),
    annees: String(3 + rng.int(15)),
  };
}
