/**
 * First names and surname initials of the demo agents, by country of the site: French for
 * Brest and Lille, Moroccan for Casablanca and Rabat, Malagasy for Antananarivo. Agents are shown
 * as "first name + initial" ('Maëlle L.'), the way contact-centre reports usually name them.
 */
export type NameOrigin = 'fr' | 'ma' | 'mg';

const FIRST_NAMES: Record<NameOrigin, readonly string[]> = {
  fr: [
    'Maëlle',
    'Erwan',
    'Gwenaëlle',
    'Yann',
    'Nolwenn',
    'Loïc',
    'Camille',
    'Thomas',
    'Manon',
    'Julien',
    'Léa',
    'Hugo',
    'Chloé',
    'Lucas',
    'Inès',
    'Mathis',
    'Clara',
    'Théo',
    'Sarah',
    'Nathan',
    'Emma',
    'Maxime',
    'Pauline',
    'Antoine',
    'Laura',
    'Romain',
    'Océane',
    'Kévin',
    'Marine',
    'Quentin',
    'Élodie',
    'Bastien',
    'Justine',
    'Florian',
    'Anaïs',
    'Corentin',
    'Morgane',
    'Gaëtan',
    'Solène',
    'Ronan',
  ],
  ma: [
    'Youssef',
    'Salma',
    'Fatima-Zahra',
    'Mehdi',
    'Imane',
    'Hamza',
    'Khadija',
    'Omar',
    'Sara',
    'Ayoub',
    'Meryem',
    'Anas',
    'Houda',
    'Othmane',
    'Kawtar',
    'Amine',
    'Nisrine',
    'Karim',
    'Zineb',
    'Hicham',
    'Ghita',
    'Yassine',
    'Loubna',
    'Reda',
    'Hajar',
    'Soufiane',
    'Asmae',
    'Ilyas',
    'Chaimae',
    'Adil',
    'Oumaima',
    'Tarik',
    'Sanaa',
    'Mouad',
    'Dounia',
    'Badr',
    'Rim',
    'Walid',
    'Hind',
    'Nabil',
  ],
  mg: [
    'Hery',
    'Fara',
    'Tiana',
    'Mialy',
    'Voahangy',
    'Rado',
    'Tojo',
    'Fanja',
    'Haja',
    'Nirina',
    'Lova',
    'Mamy',
    'Rija',
    'Andry',
    'Tahina',
    'Soa',
    'Onja',
    'Fitiavana',
    'Miora',
    'Hasina',
    'Toky',
    'Sitraka',
    'Njaka',
    'Volana',
    'Santatra',
    'Mahery',
    'Faniry',
    'Aina',
    'Hanitra',
    'Lalaina',
    'Ravo',
    'Tsiky',
    'Fenitra',
    'Nomena',
    'Antsa',
    'Koloina',
    'Mendrika',
    'Kanto',
    'Miarana',
    'Zo',
  ],
};

/** Surname initials, weighted by repetition (Breton Le/Ker-, Moroccan Ben-/El-, Malagasy Ra-). */
const INITIALS: Record<NameOrigin, string> = {
  fr: 'LLLKKMMBBDGPRCTHFSN',
  ma: 'BBBEEEAAMTKSZOCLH',
  mg: 'RRRRRRAAAHNTMF',
};

const SITE_ORIGIN: Record<string, NameOrigin> = {
  brest: 'fr',
  lille: 'fr',
  casa: 'ma',
  rabat: 'ma',
  tana: 'mg',
};
const VENDOR_ORIGIN: Record<string, NameOrigin> = { armor: 'fr', atlas: 'ma', tsiry: 'mg' };

/** Where the names of a site's agents come from: the site key, else its vendor's, else French. */
export function nameOrigin(siteKey: string, vendorKey: string): NameOrigin {
  return SITE_ORIGIN[siteKey] ?? VENDOR_ORIGIN[vendorKey] ?? 'fr';
}

/**
 * Deterministic source of agent display names, unique within one vendor (a vendor's sites share
 * it): names are drawn from a shuffled list of first name + initial, and a repeated pair gets a
 * second letter ('Léa Le.') rather than a duplicate.
 */
export class AgentNamer {
  private readonly used = new Set<string>();

  /** @param random uniform draws in [0, 1), e.g. the generator's seeded PRNG */
  constructor(private readonly random: () => number) {}

  /** A fresh name of `origin` not yet given by this namer. */
  next(origin: NameOrigin): string {
    const firsts = FIRST_NAMES[origin];
    const initials = INITIALS[origin];
    for (let attempt = 0; ; attempt++) {
      const first = firsts[Math.floor(this.random() * firsts.length)] as string;
      const initial = initials[Math.floor(this.random() * initials.length)] as string;
      const extra = attempt < 50 ? '' : 'aeiou'[attempt % 5];
      const name = `${first} ${initial}${extra}.`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}
