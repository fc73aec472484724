import type { ActivityInput, Role, SiteInput, VendorInput } from '@vigie/core';
import { DEFAULT_OPENING_HOURS } from '@vigie/core';

/** The demo client: a French energy retailer with three vendors on three shores. */
export const DEMO_WORKSPACE = { name: 'Hélios Énergie (démo)', currency: 'EUR' };
export const DEMO_SEED = 20261123;
export const DEMO_PASSWORD = 'vigie-demo-2026';

type Key = string;

export const DEMO_VENDORS: readonly (VendorInput & { key: Key })[] = [
  {
    key: 'armor',
    name: 'Armor Contact',
    legalEntity: 'Armor Contact SAS',
    status: 'active',
    contacts: [
      {
        name: 'Maëlle Le Goff',
        role: 'Directrice de compte',
        email: 'm.legoff@armor-contact.example',
        phone: '+33 2 98 00 00 01',
      },
    ],
  },
  {
    key: 'atlas',
    name: 'Atlas Relation Client',
    legalEntity: 'Atlas Relation Client SARL',
    status: 'active',
    contacts: [
      {
        name: 'Youssef Benali',
        role: 'Responsable de production',
        email: 'y.benali@atlas-rc.example',
        phone: '+212 5 22 00 00 01',
      },
    ],
  },
  {
    key: 'tsiry',
    name: 'Tsiry Services',
    legalEntity: 'Tsiry Services SA',
    status: 'active',
    contacts: [
      {
        name: 'Hery Rakoto',
        role: 'Chef de projet',
        email: 'h.rakoto@tsiry.example',
        phone: '+261 20 22 000 01',
      },
    ],
  },
];

export const DEMO_SITES: readonly (Omit<SiteInput, 'vendorId'> & { key: Key; vendor: Key })[] = [
  {
    key: 'brest',
    vendor: 'armor',
    name: 'Brest',
    city: 'Brest',
    country: 'FR',
    shore: 'onshore',
    languages: ['fr'],
    seats: 180,
  },
  {
    key: 'lille',
    vendor: 'armor',
    name: 'Lille',
    city: 'Lille',
    country: 'FR',
    shore: 'onshore',
    languages: ['fr', 'en'],
    seats: 120,
  },
  {
    key: 'casa',
    vendor: 'atlas',
    name: 'Casablanca',
    city: 'Casablanca',
    country: 'MA',
    shore: 'nearshore',
    languages: ['fr', 'ar'],
    seats: 350,
  },
  {
    key: 'rabat',
    vendor: 'atlas',
    name: 'Rabat',
    city: 'Rabat',
    country: 'MA',
    shore: 'nearshore',
    languages: ['fr'],
    seats: 150,
  },
  {
    key: 'tana',
    vendor: 'tsiry',
    name: 'Antananarivo',
    city: 'Antananarivo',
    country: 'MG',
    shore: 'offshore',
    languages: ['fr'],
    seats: 200,
  },
];

const WEEKDAYS_9_18 = {
  mon: [{ start: '09:00', end: '18:00' }],
  tue: [{ start: '09:00', end: '18:00' }],
  wed: [{ start: '09:00', end: '18:00' }],
  thu: [{ start: '09:00', end: '18:00' }],
  fri: [{ start: '09:00', end: '18:00' }],
};

export const DEMO_ACTIVITIES: readonly (ActivityInput & { key: Key })[] = [
  {
    key: 'phone',
    name: 'Service client — téléphone',
    channel: 'phone',
    direction: 'inbound',
    languages: ['fr'],
    openingHours: DEFAULT_OPENING_HOURS,
  },
  {
    key: 'email',
    name: 'Service client — e-mail',
    channel: 'email',
    direction: 'inbound',
    languages: ['fr'],
    openingHours: {},
  },
  {
    key: 'sales',
    name: 'Ventes sortantes',
    channel: 'phone',
    direction: 'outbound',
    languages: ['fr'],
    openingHours: WEEKDAYS_9_18,
  },
  {
    key: 'callback',
    name: 'Rappel web',
    channel: 'web_callback',
    direction: 'inbound',
    languages: ['fr'],
    openingHours: DEFAULT_OPENING_HOURS,
  },
];

export const DEMO_ALLOCATIONS: readonly {
  activity: Key;
  validFrom: string;
  validTo: string | null;
  lines: { vendor: Key; site: Key | null; sharePercent: number }[];
}[] = [
  {
    activity: 'phone',
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
    lines: [
      { vendor: 'armor', site: 'brest', sharePercent: 50 },
      { vendor: 'atlas', site: 'casa', sharePercent: 50 },
    ],
  },
  {
    activity: 'phone',
    validFrom: '2026-01-01',
    validTo: null,
    lines: [
      { vendor: 'armor', site: 'brest', sharePercent: 30 },
      { vendor: 'armor', site: 'lille', sharePercent: 10 },
      { vendor: 'atlas', site: 'casa', sharePercent: 40 },
      { vendor: 'tsiry', site: 'tana', sharePercent: 20 },
    ],
  },
  {
    activity: 'email',
    validFrom: '2026-01-01',
    validTo: null,
    lines: [
      { vendor: 'tsiry', site: 'tana', sharePercent: 60 },
      { vendor: 'atlas', site: 'rabat', sharePercent: 40 },
    ],
  },
  {
    activity: 'sales',
    validFrom: '2026-01-01',
    validTo: null,
    lines: [
      { vendor: 'atlas', site: 'casa', sharePercent: 70 },
      { vendor: 'armor', site: 'brest', sharePercent: 30 },
    ],
  },
  {
    activity: 'callback',
    validFrom: '2026-01-01',
    validTo: null,
    lines: [{ vendor: 'armor', site: 'lille', sharePercent: 100 }],
  },
];

/**
 * How the generated inbound calls of the demo are routed: the current phone allocation (the
 * demo's six months all fall after its start).
 */
export const DEMO_PHONE_SPLIT: readonly { vendorKey: Key; siteKey: Key; share: number }[] = [
  { vendorKey: 'armor', siteKey: 'brest', share: 0.3 },
  { vendorKey: 'armor', siteKey: 'lille', share: 0.1 },
  { vendorKey: 'atlas', siteKey: 'casa', share: 0.4 },
  { vendorKey: 'tsiry', siteKey: 'tana', share: 0.2 },
];

/** One user per role, and one vendor user per vendor. */
export const DEMO_USERS: readonly { email: string; name: string; role: Role; vendor: Key | null }[] = [
  { email: 'admin@demo.vigie.local', name: 'Claire Admin', role: 'admin', vendor: null },
  { email: 'manager@demo.vigie.local', name: 'Marc Manager', role: 'manager', vendor: null },
  { email: 'analyst@demo.vigie.local', name: 'Inès Analyste', role: 'analyst', vendor: null },
  { email: 'finance@demo.vigie.local', name: 'Paul Finance', role: 'finance', vendor: null },
  { email: 'viewer@demo.vigie.local', name: 'Lucie Lecture', role: 'viewer', vendor: null },
  { email: 'armor@demo.vigie.local', name: 'Erwan (Armor Contact)', role: 'vendor', vendor: 'armor' },
  { email: 'atlas@demo.vigie.local', name: 'Salma (Atlas Relation Client)', role: 'vendor', vendor: 'atlas' },
  { email: 'tsiry@demo.vigie.local', name: 'Fara (Tsiry Services)', role: 'vendor', vendor: 'tsiry' },
];
