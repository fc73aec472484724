import type { Rng } from '../../shared/seeded-rng.ts';
import * as A from './bank-agent.ts';
import * as C from './bank-customer.ts';
import { ACCEPT_CONFIRM, AFTER_OFFER, OFFERS, REFUSAL_ACK, THINK_ACK } from './bank-offer.ts';
import type { Decisions, OfferDecision, Trigger } from './decide.ts';
import type { ScenarioBank } from './scenario.ts';
import { MONEY_TROUBLE, NO_PLAN, NO_PLAN_REPLY, PLAN, PLAN_REPLY } from './scenario-payment.ts';
import { type Bank, bank, type Exchange, say, type Vars } from './template.ts';
import type { Line } from './types.ts';

/**
 * Writes a call's lines from its decisions, in three parts (opening, handling, closing) between
 * which the generator slides filler exchanges to reach the call's length.
 */
export interface Script {
  opening: Line[];
  handling: Line[];
  closing: Line[];
}

const HUM = bank(['Bon.', 'Hm.', 'D’accord...', 'Bon, d’accord.']);
const UNSURE = bank(['Je ne sais pas, je verrai.', 'Euh, je vais voir.', 'Je ne sais pas trop.']);
const MUSIC = '[musique d’attente]';

/** Lower-cases the first letter, for a sentence continued after a lead ("Si je comprends bien, "). */
function cont(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

class Writer {
  readonly lines: Line[] = [];
  constructor(
    private readonly rng: Rng,
    private readonly vars: Vars,
  ) {}

  say(from: Bank): string {
    return say(this.rng, from, this.vars);
  }

  agent(text: string, extra: Partial<Line> = {}): void {
    this.lines.push({ speaker: 'agent', text, ...extra });
  }

  customer(text: string, extra: Partial<Line> = {}): void {
    this.lines.push({ speaker: 'customer', text, ...extra });
  }

  exchange(ex: Exchange): void {
    for (const line of ex)
      this.lines.push({ speaker: line.speaker, text: say(this.rng, [line.text], this.vars) });
  }
}

/** Writes the customer's dissatisfaction and request for a manager when they come at `at`. */
function reactions(w: Writer, d: Decisions, at: Trigger, otherwise: Bank | null): void {
  if (d.dissatisfaction === at) {
    w.customer(w.say(C.DISSATISFACTION), { tag: 'dissatisfaction' });
    w.agent(w.say(d.empathy ? A.EMPATHY : A.DISSATISFACTION_REPLY));
  }
  if (d.manager === at) {
    w.customer(w.say(C.ASKS_MANAGER), { tag: 'asks_manager' });
    w.agent(w.say(A.MANAGER_REPLY));
  }
  if (d.dissatisfaction !== at && d.manager !== at && otherwise) w.customer(w.say(otherwise));
}

function offerExchange(w: Writer, o: OfferDecision): void {
  const bankOf = OFFERS[o.product];
  w.agent(w.say(bankOf.offer) + (o.benefit === 'inline' ? w.say(bankOf.benefit) : ''), {
    tag: 'extra_offer',
  });
  const later = o.benefit === 'later' ? w.say(bankOf.benefit) : '';
  if (o.question) {
    w.customer(w.say(C.OFFER_QUESTION));
    w.agent(w.say(bankOf.answer) + later);
  } else if (o.objection) {
    w.customer(w.say(C.OBJECTION), { tag: 'objection' });
    w.agent(w.say(bankOf.objectionReply) + later);
  }
  if (o.final === 'accept') {
    w.customer(w.say(C.ACCEPT), { tag: 'acceptance' });
    w.agent(w.say(ACCEPT_CONFIRM));
    w.customer(w.say(AFTER_OFFER));
  } else if (o.final === 'refuse') {
    w.customer(w.say(C.REFUSE), { tag: 'refusal' });
    w.agent(w.say(REFUSAL_ACK));
  } else {
    w.customer(w.say(UNSURE));
    w.agent(w.say(THINK_ACK));
  }
}

function hold(rng: Rng, w: Writer, d: Decisions, s: ScenarioBank): void {
  const h = d.hold;
  if (!h) return;
  const reason = w.say(s.holdReason);
  if (!h.announced) {
    w.agent(capital(reason));
    w.lines.push({ speaker: 'system', text: MUSIC, seconds: h.seconds, tag: 'hold_unannounced' });
  } else {
    // a silent hold is only hold when announced with the words callMeasures knows
    w.agent(w.say(h.music && rng.chance(0.5) ? A.HOLD_LOOSE : A.HOLD_STRICT) + reason, {
      tag: 'hold_announced',
    });
    if (h.music) {
      if (rng.chance(0.7)) w.customer(w.say(C.HOLD_ACK));
      w.lines.push({ speaker: 'system', text: MUSIC, seconds: h.seconds });
    } else w.customer(w.say(C.HOLD_ACK), { pauseAfter: h.seconds });
  }
  w.agent(w.say(h.thanked ? A.HOLD_THANKS : A.HOLD_BACK) + capital(w.say(s.holdReturn)), {
    tag: h.thanked ? 'hold_thanked' : undefined,
  });
  reactions(w, d, 'hold', C.ACK);
}

/** Writes the call: opening (greeting to first findings), handling, closing. */
export function writeScript(rng: Rng, d: Decisions, s: ScenarioBank, vars: Vars): Script {
  // opening
  const w = new Writer(rng, vars);
  if (d.ivr) w.lines.push({ speaker: 'system', text: w.say(A.IVR) });
  w.agent(
    w.say(d.greetCompany ? A.GREETING_COMPANY : A.GREETING_PLAIN) +
      (d.openQuestion ? ` ${w.say(A.OPEN_QUESTION)}` : ''),
  );
  w.customer(w.say(s.opener) + w.say(C.VOLUNTEER_CONTRACT));
  const lead = d.interrupt ? w.say(A.INTERRUPT_LEAD) : '';
  const reply = d.rephrase ? w.say(A.REPHRASE_LEAD) + w.say(s.need) + w.say(A.REPHRASE_TAIL) : w.say(A.ACK);
  const empathy = d.empathy && d.empathyAtStart ? ` ${w.say(A.EMPATHY)}` : '';
  w.agent(
    (lead ? lead + cont(reply) : reply) + empathy,
    d.interrupt ? { overlap: rng.between(2.6, 3.6), tag: 'interrupts' } : {},
  );
  if (d.rephrase) w.customer(w.say(C.CONFIRM));
  if (d.identity) {
    const [ask, answer] =
      d.identity === 'contract'
        ? [A.IDENTITY_CONTRACT, C.ANSWER_CONTRACT]
        : d.identity === 'birth'
          ? [A.IDENTITY_BIRTH, C.ANSWER_BIRTH]
          : [A.IDENTITY_ADDRESS, C.ANSWER_ADDRESS];
    w.agent(w.say(ask), { tag: 'identity_check' });
    w.customer(w.say(answer));
    w.agent(w.say(A.IDENTITY_THANKS));
  } else if (rng.chance(0.6)) w.agent(w.say(A.NO_IDENTITY));
  if (d.offer?.early) offerExchange(w, d.offer);
  const blame = d.blameTool ? ` ${w.say(A.BLAME_TOOL)}` : '';
  w.agent(w.say(s.search) + blame, {
    pauseAfter: d.searchSilence ? rng.between(11, 18) : rng.between(1.5, 5.5),
  });
  w.agent(w.say(d.jargon ? s.jargonFinding : s.finding));
  reactions(w, d, 'silence', C.ACK);
  if (d.moneyTrouble && s.id === 'bill') {
    w.customer(w.say(MONEY_TROUBLE));
    w.agent(w.say(d.paymentPlan ? PLAN : NO_PLAN));
    w.customer(w.say(d.paymentPlan ? PLAN_REPLY : NO_PLAN_REPLY));
  }
  if (d.cue) {
    w.customer(w.say(d.cue === 'boiler' ? C.CUE_BOILER : C.CUE_PAPER));
    w.agent(w.say(A.ACK));
  }
  reactions(w, d, 'base', null);
  const opening = w.lines.splice(0);

  // handling
  for (const step of s.steps) w.exchange(step[rng.int(step.length)] as Exchange);
  if (s.id === 'payment') {
    w.agent(w.say(d.paymentPlan ? PLAN : NO_PLAN));
    w.customer(w.say(d.paymentPlan ? PLAN_REPLY : NO_PLAN_REPLY));
  }
  if (d.contest) {
    w.customer(w.say(s.contest));
    w.agent(w.say(d.argue ? s.argue : s.calm), { tag: d.argue ? 'argues' : undefined });
    reactions(w, d, 'argue', HUM);
  }
  hold(rng, w, d, s);
  const handling = w.lines.splice(0);

  // closing
  if (d.impossible) {
    w.customer(w.say(s.impossible));
    w.agent(w.say(s.cant) + (d.alternative ? w.say(s.alternative) : ` ${w.say(s.cantReply)}`.trimEnd()), {
      tag: d.alternative ? 'offers_alternative' : 'cant_without_alternative',
    });
    reactions(w, d, 'cant', HUM);
  }
  const sorry = d.apology ? `${w.say(A.APOLOGY)} ` : '';
  const late = d.empathy && !d.empathyAtStart ? `${w.say(A.EMPATHY)} ` : '';
  w.agent(late + sorry + w.say(s.resolution) + w.say(d.nextSteps ? s.nextSteps : s.vague));
  w.customer(w.say(C.ACK));
  if (d.offer && !d.offer.early) offerExchange(w, d.offer);
  if (d.summary) {
    w.agent(w.say(A.SUMMARY_LEAD) + w.say(s.summary), { tag: 'summarises' });
    w.customer(w.say(C.SUMMARY_REPLY));
  }
  const thanks = d.thanks ? w.say(C.THANKS) : '';
  if (d.furtherHelp) {
    w.agent(w.say(A.FURTHER_HELP), { tag: 'offers_further_help' });
    w.customer(`${w.say(C.NOTHING_ELSE)} ${thanks}`.trimEnd(), d.thanks ? { tag: 'thanks' } : {});
  } else w.customer(thanks || w.say(C.NO_THANKS), d.thanks ? { tag: 'thanks' } : {});
  const welcome = d.thanks ? 'Je vous en prie. ' : '';
  w.agent(welcome + (d.thankCall ? w.say(A.THANK_CALL) + w.say(A.WISH) : w.say(A.PLAIN_CLOSE)));
  w.customer(w.say(C.GOODBYE));
  return { opening, handling, closing: w.lines };
}
