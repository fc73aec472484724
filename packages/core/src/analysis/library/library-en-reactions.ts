import type { LibraryRule } from './library.ts';

/** The English library's customer reactions. */
export const ENGLISH_REACTIONS: readonly LibraryRule[] = [
  // ---------------------------------------------------------------------------------------------
  // Customer reactions
  // ---------------------------------------------------------------------------------------------
  {
    id: 'refusal',
    kind: 'reaction',
    label: { fr: 'Refus', en: 'Refusal' },
    description: {
      fr: 'Dans les deux tours qui suivent une proposition du conseiller, le client dit non. Le « no thank you » qui répond à « anything else » n’en est pas un.',
      en: 'Within two turns of a proposal by the agent, the customer says no. The "no thank you" answering "anything else" is not one.',
    },
    rule: 'agent:@proposal THEN/2 customer:(no OR nope OR "not (interested|now|today|necessary|needed)" OR "i will pass" OR "i do not (want|need|think)" OR "i would rather not" OR "i am (good|fine|okay|set)" OR "all set")',
  },
  {
    id: 'acceptance',
    kind: 'reaction',
    label: { fr: 'Acceptation', en: 'Acceptance' },
    description: {
      fr: 'Dans les deux tours qui suivent une proposition du conseiller, le client dit oui.',
      en: 'Within two turns of a proposal by the agent, the customer says yes.',
    },
    rule: 'agent:@proposal THEN/2 customer:(yes OR yeah OR yep OR sure OR "please do" OR "go ahead" OR "sounds (good|great|perfect)" OR "that would be (great|good|nice|perfect|fine|wonderful)" OR "let\'s do (it|that)" OR absolutely OR definitely)',
  },
  {
    id: 'objection',
    kind: 'reaction',
    label: { fr: 'Objection', en: 'Objection' },
    rule: 'customer:("too (expensive|much|high|long|slow|complicated)" OR "why (should|would|do|does|did|is|are|can) (i|it|that|this|you|there)" OR "but i (already|thought|never|was)" OR "(been|was) told" OR "not make [any] sense" OR "i do not (agree|accept)" OR "(that|that\'s) [is] not (fair|right|acceptable)" OR "i never (asked|agreed|authorized|authorised|ordered|requested|signed)" OR "how come" OR "should not (be|have)")',
  },
  {
    id: 'dissatisfaction',
    kind: 'reaction',
    label: { fr: 'Mécontentement', en: 'Dissatisfaction' },
    rule: 'customer:(frustrat* OR annoy* OR upset OR angry OR furious OR disappoint* OR ridiculous OR unacceptable OR terrible OR horrible OR awful OR outrageous OR unhappy OR "not (happy|satisfied|pleased|acceptable)" OR "(waste|wasting) [of] my time" OR "fed up" OR "sick (of|and)" OR "(worst|poor|bad|lousy) (service|experience|bank)" OR "(second|third|fourth|fifth|umpteenth) time" OR "(called|calling) (several|many|multiple|3|4|5) times")',
  },
  {
    id: 'asks_manager',
    kind: 'reaction',
    label: { fr: 'Demande un responsable', en: 'Asks for a manager' },
    rule: 'customer:(manager OR supervisor OR superior OR escalat* OR "(speak|talk) (to|with) (someone|somebody) (else|higher|senior)" OR "in charge")',
  },
  {
    id: 'thanks',
    kind: 'reaction',
    label: { fr: 'Remerciements appuyés', en: 'Warm thanks' },
    description: {
      fr: 'Le client remercie chaleureusement (« thank you so much », « you have been very helpful »), au-delà du simple « thank you » de fin d’appel.',
      en: 'The customer thanks warmly ("thank you so much", "you have been very helpful"), beyond the plain "thank you" that ends most calls.',
    },
    rule: 'customer:("thank you (so|very) much" OR "thanks (so|very) much" OR "thanks a lot" OR "many thanks" OR "(thank|thanks) [you] for (your|all|everything)" OR "[really] appreciate (it|that|your|you)" OR "you have been [very|so|really|most|super] helpful" OR "(is|are|that\'s) [very|so|really] (kind|nice|helpful)")',
  },
  {
    id: 'churn_threat',
    kind: 'reaction',
    label: { fr: 'Menace de partir', en: 'Threatens to leave' },
    rule: 'customer:("close (my|the|our) account*" OR "(switch|move|change) (banks|bank)" OR "(another|different|other) bank" OR "take my (business|money|accounts) (elsewhere|somewhere)" OR "cancel my (account|membership|subscription)")',
  },
  {
    id: 'confusion',
    kind: 'reaction',
    label: { fr: 'Incompréhension', en: 'Confusion' },
    rule: 'customer:("i do not (understand|follow)" OR "what do you mean" OR "i am (confused|lost)" OR "what does (that|it|this) mean")',
  },
];
