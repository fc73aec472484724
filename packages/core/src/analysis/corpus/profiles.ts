import type { AgentHabits, AgentProfile } from './types.ts';

/**
 * The demo's agents: a few excellent, a few weak, and average ones with a marked habit each, so
 * that the analysis has best practices to surface and agents to coach.
 */

const AVERAGE: AgentHabits = {
  greetCompany: 0.75,
  openQuestion: 0.6,
  identity: 0.75,
  rephrase: 0.45,
  empathy: 0.45,
  holdAnnounce: 0.75,
  holdThanks: 0.6,
  searchSilence: 0.2,
  blameTool: 0.08,
  interrupt: 0.08,
  jargon: 0.15,
  apology: 0.35,
  alternative: 0.6,
  argue: 0.15,
  offer: 0.45,
  offerEarly: 0.12,
  benefit: 0.5,
  summary: 0.45,
  furtherHelp: 0.6,
  thankCall: 0.6,
  nextSteps: 0.55,
  paymentPlan: 0.7,
};

const EXCELLENT: Partial<AgentHabits> = {
  greetCompany: 0.97,
  openQuestion: 0.9,
  identity: 0.97,
  rephrase: 0.85,
  empathy: 0.8,
  holdAnnounce: 0.97,
  holdThanks: 0.9,
  searchSilence: 0.04,
  blameTool: 0.01,
  interrupt: 0.02,
  jargon: 0.03,
  apology: 0.7,
  alternative: 0.92,
  argue: 0.02,
  offer: 0.7,
  offerEarly: 0.04,
  benefit: 0.85,
  summary: 0.88,
  furtherHelp: 0.92,
  thankCall: 0.9,
  nextSteps: 0.9,
  paymentPlan: 0.95,
};

const WEAK: Partial<AgentHabits> = {
  greetCompany: 0.4,
  openQuestion: 0.3,
  identity: 0.45,
  rephrase: 0.1,
  empathy: 0.12,
  holdAnnounce: 0.35,
  holdThanks: 0.25,
  searchSilence: 0.5,
  blameTool: 0.3,
  interrupt: 0.25,
  jargon: 0.4,
  apology: 0.1,
  alternative: 0.2,
  argue: 0.45,
  offer: 0.25,
  offerEarly: 0.35,
  benefit: 0.15,
  summary: 0.12,
  furtherHelp: 0.3,
  thankCall: 0.25,
  nextSteps: 0.2,
  paymentPlan: 0.3,
};

type Seed = readonly [
  id: string,
  firstName: string,
  feminine: boolean,
  vendor: string,
  site: string,
  habits: Partial<AgentHabits>,
];

const AGENTS: readonly Seed[] = [
  ['nadia-b', 'Nadia', true, 'Atlas Relation Client', 'Casablanca', EXCELLENT],
  [
    'julien-m',
    'Julien',
    false,
    'Atlas Relation Client',
    'Casablanca',
    { ...EXCELLENT, offer: 0.85, summary: 0.95 },
  ],
  ['sarah-k', 'Sarah', true, 'Voxalia', 'Lyon', { ...EXCELLENT, empathy: 0.95, offer: 0.55 }],
  [
    'karim-t',
    'Karim',
    false,
    'Atlas Relation Client',
    'Tunis',
    { offer: 0.8, offerEarly: 0.45, benefit: 0.3 },
  ],
  ['amelie-r', 'Amélie', true, 'Voxalia', 'Lyon', { summary: 0.1, furtherHelp: 0.2, thankCall: 0.3 }],
  [
    'yanis-d',
    'Yanis',
    false,
    'Voxalia',
    'Dakar',
    { searchSilence: 0.55, blameTool: 0.35, holdAnnounce: 0.5 },
  ],
  ['laura-p', 'Laura', true, 'Atlas Relation Client', 'Tunis', { identity: 0.35, jargon: 0.5 }],
  ['moussa-s', 'Moussa', false, 'Voxalia', 'Dakar', { rephrase: 0.8, empathy: 0.75, argue: 0.05 }],
  ['kevin-l', 'Kévin', false, 'Atlas Relation Client', 'Casablanca', WEAK],
  ['ines-f', 'Inès', true, 'Voxalia', 'Dakar', { ...WEAK, argue: 0.6, interrupt: 0.4 }],
  ['thomas-g', 'Thomas', false, 'Atlas Relation Client', 'Tunis', { ...WEAK, offer: 0.6, alternative: 0.1 }],
  ['chloe-v', 'Chloé', true, 'Voxalia', 'Lyon', {}],
];

/**
 * Twelve agents of two vendors on four sites: three excellent, three weak, six average with a
 * marked habit (early offers, no summary, silent searches, skipped identity checks...).
 */
export function defaultAgentProfiles(): AgentProfile[] {
  return AGENTS.map(([id, firstName, feminine, vendor, site, habits]) => ({
    id,
    firstName,
    feminine,
    vendor,
    site,
    habits: { ...AVERAGE, ...habits },
  }));
}
