import { Rng } from '../../shared/seeded-rng.ts';
import type { Transcript } from '../transcript.ts';
import { COMMON_FILLERS } from './bank-filler.ts';
import { decide, truthOf } from './decide.ts';
import { callVars } from './people.ts';
import { defaultAgentProfiles } from './profiles.ts';
import type { ScenarioBank } from './scenario.ts';
import { BILL } from './scenario-bill.ts';
import { CANCELLATION } from './scenario-cancellation.ts';
import { MOVING } from './scenario-moving.ts';
import { PAYMENT } from './scenario-payment.ts';
import { UPSELL } from './scenario-upsell.ts';
import { writeScript } from './script.ts';
import { type Exchange, say } from './template.ts';
import { estimateSeconds, timeLines } from './timing.ts';
import type { AgentProfile, FrenchCallSpec, FrenchScenario, GeneratedCall, Line } from './types.ts';

/**
 * The French demo corpus: calls to Hélios Énergie with their ground truth. Each call is drawn
 * from its own seeded generator, so a corpus is the same for a seed whatever is done with it, and
 * any call of it can be made again alone.
 */

const SCENARIO_BANKS: Readonly<Record<FrenchScenario, ScenarioBank>> = {
  bill: BILL,
  moving: MOVING,
  payment: PAYMENT,
  cancellation: CANCELLATION,
  upsell: UPSELL,
};

/** How often each call reason comes (shares of the calls). */
const SCENARIO_WEIGHTS: readonly (readonly [FrenchScenario, number])[] = [
  ['bill', 0.3],
  ['moving', 0.2],
  ['payment', 0.18],
  ['cancellation', 0.14],
  ['upsell', 0.18],
];

/** Calls last 3 to 8 minutes: drawn around 4.5 min, then filled or trimmed to stay inside. */
const MIN_SECONDS = 182;
const MAX_SECONDS = 478;

function drawScenario(rng: Rng): FrenchScenario {
  let r = rng.next();
  for (const [id, weight] of SCENARIO_WEIGHTS) {
    r -= weight;
    if (r < 0) return id;
  }
  return 'bill';
}

/**
 * One call and its truth. The transcript's language is `fr`; its links are the spec's, with the
 * agent, vendor, site and activity filled in from the profile and the scenario.
 */
export function generateFrenchCall(rng: Rng, spec: FrenchCallSpec): GeneratedCall {
  const { transcript, truth } = buildFrenchCall(rng, spec);
  return { transcript, truth };
}

/** A call with, for tests, the tag of each turn (what the line was written to realise). */
export interface TaggedCall extends GeneratedCall {
  tags: (string | undefined)[];
}

/** generateFrenchCall, keeping each turn's tag. */
export function buildFrenchCall(rng: Rng, spec: FrenchCallSpec): TaggedCall {
  const agent = spec.agentProfile;
  const scenario = SCENARIO_BANKS[spec.scenario ?? drawScenario(rng)];
  const vars = callVars(rng, agent.firstName, agent.feminine);
  const decisions = decide(rng, agent.habits, scenario);
  const script = writeScript(rng, decisions, scenario, vars);

  // Fillers, drawn without repeat, until the estimated length reaches the call's target.
  const pool: readonly Exchange[] = [...scenario.fillers, ...COMMON_FILLERS];
  const order = pool.map((_, i) => i);
  const fillers: Line[][] = [];
  const nextFiller = (): boolean => {
    const k = fillers.length;
    if (k >= order.length) return false;
    const j = k + rng.int(order.length - k);
    [order[k], order[j]] = [order[j] as number, order[k] as number];
    const ex = pool[order[k] as number] as Exchange;
    fillers.push(ex.map((l) => ({ speaker: l.speaker, text: say(rng, [l.text], vars) })));
    return true;
  };
  const sum = (lines: readonly Line[]): number => lines.reduce((s, l) => s + estimateSeconds(l), 0);
  const target = Math.min(440, Math.max(200, rng.logNormal(270, 0.25)));
  let estimate = sum(script.opening) + sum(script.handling) + sum(script.closing);
  while (estimate < target && nextFiller()) estimate += sum(fillers[fillers.length - 1] as Line[]);

  const timingSeed = rng.int(0x7fffffff);
  let lines: Line[] = [];
  const time = () => {
    const half = Math.ceil(fillers.length / 2);
    lines = [
      ...script.opening,
      ...fillers.slice(0, half).flat(),
      ...script.handling,
      ...fillers.slice(half).flat(),
      ...script.closing,
    ];
    return timeLines(lines, new Rng(timingSeed));
  };
  let timed = time();
  while (timed.duration < MIN_SECONDS && nextFiller()) timed = time();
  while (timed.duration > MAX_SECONDS && fillers.length > 0) {
    fillers.pop();
    timed = time();
  }

  const transcript: Transcript = {
    callId: spec.callId,
    language: 'fr',
    durationSeconds: timed.duration,
    links: {
      ...spec.links,
      agent: agent.id,
      vendor: agent.vendor,
      site: agent.site,
      activity: scenario.activity,
    },
    turns: timed.turns,
  };
  return { transcript, truth: truthOf(decisions), tags: lines.map((l) => l.tag) };
}

/** Options of {@link generateFrenchCorpus}. */
export interface FrenchCorpusOptions {
  seed: number;
  count: number;
  /** the agents answering, each call drawn among them (default: defaultAgentProfiles()) */
  agents?: readonly AgentProfile[];
  /** only these call reasons, drawn evenly (default: all, with their usual shares) */
  scenarios?: readonly FrenchScenario[];
  /** day of the first call, YYYY-MM-DD (default 2026-10-01); 300 calls a day from 08:00 */
  startDate?: string;
}

const CALLS_PER_DAY = 300;

function startedAt(startDate: string, i: number): string {
  const day = new Date(`${startDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + Math.floor(i / CALLS_PER_DAY));
  const minutes = 8 * 60 + (i % CALLS_PER_DAY) * 2;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day.toISOString().slice(0, 10)}T${hh}:${mm}:00`;
}

/** Streams `count` calls with their truth; the same seed gives the same calls. */
export function* generateFrenchCorpus(options: FrenchCorpusOptions): Generator<GeneratedCall> {
  for (const [rng, spec] of corpusSpecs(options)) yield generateFrenchCall(rng, spec);
}

/** generateFrenchCorpus, keeping each turn's tag (for tests). */
export function* generateTaggedCorpus(options: FrenchCorpusOptions): Generator<TaggedCall> {
  for (const [rng, spec] of corpusSpecs(options)) yield buildFrenchCall(rng, spec);
}

/** Each call's own generator and spec: call i depends only on the seed and i. */
function* corpusSpecs(options: FrenchCorpusOptions): Generator<[Rng, FrenchCallSpec]> {
  const agents = options.agents ?? defaultAgentProfiles();
  if (agents.length === 0) throw new Error('generateFrenchCorpus needs at least one agent');
  const startDate = options.startDate ?? '2026-10-01';
  for (let i = 0; i < options.count; i++) {
    const rng = new Rng((options.seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const agentProfile = agents[rng.int(agents.length)] as AgentProfile;
    const scenario = options.scenarios ? options.scenarios[rng.int(options.scenarios.length)] : undefined;
    const callId = `helios-${options.seed}-${String(i).padStart(6, '0')}`;
    yield [
      rng,
      {
        callId,
        links: { interactionId: `HE-${options.seed}-${i}`, startedAt: startedAt(startDate, i) },
        agentProfile,
        ...(scenario ? { scenario } : {}),
      },
    ];
  }
}
