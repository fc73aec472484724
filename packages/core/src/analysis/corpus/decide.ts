import type { Rng } from '../../shared/seeded-rng.ts';
import type { Product, ScenarioBank } from './scenario.ts';
import { pick } from './template.ts';
import type { AgentHabits, CallTruth } from './types.ts';

/**
 * What one call contains, decided before a word is written: the agent's practices drawn from
 * their habits, the customer's reactions drawn from what the agent did. The ground truth of the
 * call is read from these decisions only.
 */
/** An extra offer and how the customer takes it. */
export interface OfferDecision {
  product: Product;
  early: boolean;
  /** the benefit in the offer's turn, in the agent's next turn, or none */
  benefit: 'inline' | 'later' | null;
  /** the customer asks what it costs first (never together with an objection) */
  question: boolean;
  objection: boolean;
  final: 'accept' | 'refuse' | null;
}

/** A hold: announced or not, thanked or not, with music or in silence, and its length. */
export interface HoldDecision {
  announced: boolean;
  thanked: boolean;
  /** hold music (a system turn), else a silence after the announcement */
  music: boolean;
  seconds: number;
}

/** Where a customer's dissatisfaction or request for a manager comes. */
export type Trigger = 'argue' | 'cant' | 'hold' | 'silence' | 'base';

/** Everything the generator decided for one call. */
export interface Decisions {
  ivr: boolean;
  greetCompany: boolean;
  openQuestion: boolean;
  identity: 'contract' | 'birth' | 'address' | null;
  interrupt: boolean;
  rephrase: boolean;
  empathy: boolean;
  empathyAtStart: boolean;
  searchSilence: boolean;
  blameTool: boolean;
  jargon: boolean;
  contest: boolean;
  argue: boolean;
  impossible: boolean;
  alternative: boolean;
  hold: HoldDecision | null;
  apology: boolean;
  cue: 'boiler' | 'paper' | null;
  moneyTrouble: boolean;
  paymentPlan: boolean;
  offer: OfferDecision | null;
  nextSteps: boolean;
  summary: boolean;
  furtherHelp: boolean;
  thankCall: boolean;
  dissatisfaction: Trigger | null;
  manager: Trigger | null;
  thanks: boolean;
}

const clamp = (p: number, lo = 0.02, hi = 0.95): number => Math.min(hi, Math.max(lo, p));
const n = (b: boolean): number => (b ? 1 : 0);

/** Draws a call's decisions for an agent's habits and a scenario. */
export function decide(rng: Rng, h: AgentHabits, scenario: ScenarioBank): Decisions {
  const is = (id: ScenarioBank['id']): boolean => scenario.id === id;
  const moneyTrouble = is('payment') || (is('bill') && rng.chance(0.2));
  const cueChance = is('upsell') ? 0.5 : is('cancellation') ? 0.08 : 0.2;
  const cue = rng.chance(cueChance) ? (is('upsell') || rng.chance(0.6) ? 'boiler' : 'paper') : null;
  const contest = rng.chance(0.4);
  const argue = contest && rng.chance(h.argue);
  const impossible = rng.chance(0.4);
  const alternative = impossible && rng.chance(h.alternative);
  const announced = rng.chance(h.holdAnnounce);
  const music = !announced || rng.chance(0.6);
  const hold = rng.chance(0.45)
    ? {
        announced,
        thanked: announced && rng.chance(h.holdThanks),
        music,
        seconds: music ? rng.between(25, 150) : rng.between(25, 80),
      }
    : null;
  const searchSilence = rng.chance(h.searchSilence);
  const blameTool = rng.chance(h.blameTool);
  const empathy = rng.chance(h.empathy);
  const rephrase = rng.chance(h.rephrase);
  const cantNoAlt = impossible && !alternative;
  const unannounced = hold !== null && !hold.announced;

  const dissatisfied = rng.chance(
    clamp(
      0.05 +
        0.5 * n(cantNoAlt) +
        0.35 * n(argue) +
        0.2 * n(unannounced) +
        0.15 * n(searchSilence) +
        0.1 * n(blameTool) -
        0.04 * n(empathy),
    ),
  );
  const triggers: Trigger[] = [];
  if (argue) triggers.push('argue');
  if (cantNoAlt) triggers.push('cant');
  if (unannounced) triggers.push('hold');
  if (searchSilence) triggers.push('silence');
  triggers.push('base');
  const dissatisfaction = dissatisfied ? (triggers[0] as Trigger) : null;
  const wantsManager = rng.chance(
    clamp(0.02 + 0.35 * n(argue) + 0.15 * n(cantNoAlt) + 0.1 * n(dissatisfied)),
  );
  const manager = wantsManager ? (dissatisfaction ?? (argue ? 'argue' : cantNoAlt ? 'cant' : 'base')) : null;

  const offerChance = h.offer * (cue ? 1.35 : 1) * (is('upsell') ? 1.3 : 1);
  let offer: OfferDecision | null = null;
  if (rng.chance(clamp(offerChance, 0, 0.97))) {
    const early = rng.chance(h.offerEarly);
    const hasBenefit = rng.chance(h.benefit);
    const question = rng.chance(0.35);
    const objection = !question && rng.chance(hasBenefit ? 0.3 : 0.45);
    const accept = clamp(
      0.18 +
        0.18 * n(rephrase) +
        0.12 * n(empathy) +
        0.22 * n(hasBenefit) +
        0.1 * n(cue !== null) -
        0.2 * n(early) -
        0.15 * n(argue) -
        0.1 * n(dissatisfied),
      0.03,
      0.85,
    );
    const final = rng.chance(accept) ? 'accept' : rng.chance(objection ? 0.55 : 0.85) ? 'refuse' : null;
    const product: Product =
      cue === 'boiler' ? 'maintenance' : cue === 'paper' ? 'paperless' : pick(rng, scenario.products);
    // a benefit given "later" needs a later agent turn: after the question or the objection
    const benefit = !hasBenefit ? null : (question || objection) && rng.chance(0.5) ? 'later' : 'inline';
    offer = { product, early, benefit, question, objection, final };
  }

  const apology = rng.chance(h.apology * (contest || impossible || is('bill') ? 1 : 0.6));
  const nextSteps = rng.chance(h.nextSteps);
  const summary = rng.chance(h.summary);
  return {
    ivr: rng.chance(0.3),
    greetCompany: rng.chance(h.greetCompany),
    openQuestion: rng.chance(h.openQuestion),
    identity: rng.chance(h.identity)
      ? pick(rng, ['contract', 'contract', 'birth', 'address'] as const)
      : null,
    interrupt: rng.chance(h.interrupt),
    rephrase,
    empathy,
    empathyAtStart: rng.chance(0.6),
    searchSilence,
    blameTool,
    jargon: rng.chance(h.jargon),
    contest,
    argue,
    impossible,
    alternative,
    hold,
    apology,
    cue,
    moneyTrouble,
    paymentPlan: moneyTrouble && rng.chance(h.paymentPlan),
    offer,
    nextSteps,
    summary,
    furtherHelp: rng.chance(h.furtherHelp),
    thankCall: rng.chance(h.thankCall),
    dissatisfaction,
    manager,
    thanks: rng.chance(
      clamp(
        0.3 +
          0.2 * n(empathy) +
          0.1 * n(rephrase) +
          0.1 * n(apology) +
          0.1 * n(nextSteps) +
          0.05 * n(summary) -
          0.3 * n(dissatisfied) -
          0.15 * n(argue),
        0.03,
        0.9,
      ),
    ),
  };
}

/** The practice and reaction ids of FRENCH_LIBRARY that a call with these decisions contains. */
export function truthOf(d: Decisions): CallTruth {
  const o = d.offer;
  const has: Record<string, boolean> = {
    greeting_company: d.greetCompany,
    hold_announced: d.hold?.announced === true,
    hold_thanked: d.hold?.thanked === true,
    hold_unannounced: d.hold !== null && !d.hold.announced,
    long_search_silence: d.searchSilence,
    asks_open_question: d.openQuestion,
    rephrases_need: d.rephrase,
    summarises: d.summary,
    closes_without_summary: !d.summary,
    polite_close: d.thankCall,
    empathy: d.empathy,
    jargon: d.jargon,
    interrupts: d.interrupt,
    apologises: d.apology,
    offers_alternative: d.alternative,
    argues: d.argue,
    cant_without_alternative: d.impossible && !d.alternative,
    blames_tool: d.blameTool,
    extra_offer: o !== null,
    offer_benefit: o?.benefit != null,
    offer_too_early: o?.early === true,
    missed_opportunity: d.cue !== null && o === null,
    offers_further_help: d.furtherHelp,
    explains_next_steps: d.nextSteps,
    identity_check: d.identity !== null,
    acts_without_identity_check: d.identity === null,
    proposes_payment_plan: d.paymentPlan,
  };
  const reactions: Record<string, boolean> = {
    refusal: o?.final === 'refuse',
    acceptance: o?.final === 'accept',
    objection: o?.objection === true,
    dissatisfaction: d.dissatisfaction !== null,
    asks_manager: d.manager !== null,
    thanks: d.thanks,
  };
  const ids = (r: Record<string, boolean>): string[] => Object.keys(r).filter((k) => r[k]);
  return { practices: ids(has), reactions: ids(reactions) };
}
