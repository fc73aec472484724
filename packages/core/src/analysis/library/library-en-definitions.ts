import type { LibraryRule } from './library.ts';

/** The English library's building blocks (definitions): never reported, referenced with @id. */
export const ENGLISH_DEFINITIONS: readonly LibraryRule[] = [
  // ---------------------------------------------------------------------------------------------
  // Building blocks (definitions): never reported, referenced with @id.
  // ---------------------------------------------------------------------------------------------
  {
    id: 'company_name',
    kind: 'definition',
    label: { fr: "Nom de l'entreprise", en: "Company's name" },
    description: {
      fr: "Le nom de l'entreprise tel qu'il est dit et tel que la transcription le déforme (happy, harbor, upper valley). À remplacer par le nom du donneur d'ordre.",
      en: "The company's name as said and as the transcription mishears it (happy, harbor, upper valley). Replace it with the client's own name.",
    },
    rule: '"(harper|happy|harbor|harbour|upper) valley [national] bank"',
  },
  {
    id: 'hold_announcement',
    kind: 'definition',
    label: { fr: 'Annonce d’attente', en: 'Hold announcement' },
    description: {
      fr: 'Le conseiller prévient qu’il fait patienter : mise en attente, « un instant », « une seconde ».',
      en: 'The agent says the customer will wait: a hold, "one moment", "one second".',
    },
    rule: '"(put|place|putting|placing) you on hold" OR "please hold" OR "hold please" OR "(a|one) (moment|sec)" OR "one (second|minute)" OR "(just|wait|give|bear) [me] a (second|minute)" OR "bear with me"',
  },
  {
    id: 'hold_thanks',
    kind: 'definition',
    label: { fr: 'Remerciement pour l’attente', en: 'Thanks for waiting' },
    rule: '"(thank|thanks) [you] for (holding|waiting)" OR "(thank|thanks) [you] for your patience" OR "(thank|thanks) [you] for being [so] patient" OR "appreciate your patience" OR "for bearing with me" OR "(keep|kept|keeping) you waiting" OR "sorry (for|about) the (wait|delay)"',
  },
  {
    id: 'goodbye',
    kind: 'definition',
    label: { fr: 'Prise de congé', en: 'Goodbye' },
    rule: '"have a (great|good|nice|lovely|wonderful|fantastic|pleasant|blessed) (day|evening|night|afternoon|morning|weekend|one)" OR bye OR goodbye OR "take care"',
  },
  {
    id: 'account_action',
    kind: 'definition',
    label: { fr: 'Opération sur le compte', en: 'Account operation' },
    description: {
      fr: 'Le conseiller annonce une opération faite ou un renseignement du compte : virement, carte commandée, mot de passe réinitialisé, solde donné.',
      en: 'The agent reports an operation done or account information given: a transfer, a card ordered, a password reset, a balance read out.',
    },
    rule: '"has been (transferred|sent|ordered|reset|scheduled|changed|updated|cancelled|canceled|processed|submitted|blocked|frozen|paid|issued|mailed|closed|opened|booked)" OR "(i|we) [have] [just|now|already] (ordered|sent|transferred|reset|changed|updated|submitted|cancelled|canceled|processed|blocked|issued|mailed|paid|closed|opened|booked|scheduled)" OR "(balance|balances) (is|are|of)" OR "from your * [account] (to|into) your"',
  },
  {
    id: 'transaction_details',
    kind: 'definition',
    label: { fr: 'Détails de l’opération relus', en: 'Transaction details read back' },
    rule: '"from your * [account] (to|into) your" OR "(scheduled|booked|set) for (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|the)" OR "is that (correct|right)"',
  },
  {
    id: 'summary',
    kind: 'definition',
    label: { fr: 'Synthèse', en: 'Summary' },
    description: {
      fr: 'Le conseiller récapitule ce qui a été fait ou convenu : « pour résumer », ou le compte rendu de l’opération faite.',
      en: 'The agent recaps what was done or agreed: "to sum up", or the report of the operation done.',
    },
    rule: '"to (sum|summarise|summarize|recap)" OR "(in|as) [a] summary" OR "let me (recap|summarise|summarize)" OR "i will (recap|summarise|summarize)" OR "go over what (we|i)" OR @account_action OR @transaction_details',
  },
  {
    id: 'identity_question',
    kind: 'definition',
    label: { fr: 'Question d’identification', en: 'Identity question' },
    rule: '"(can|could|may) i (get|have|take) your (name|full|first|last|account|card|phone|telephone|address|zip|postal|pin|email|member|customer)" OR "(what|what\'s) [is] your (name|full|first|last|account|card|phone|telephone|address|zip|postal|pin|email|member|customer)" OR "(confirm|verify) your (identity|name|full|account|address|phone|telephone|email|pin|zip|details|information)" OR "(security|verification) question*" OR "date of birth" OR "last 4 digits" OR "social security" OR "maiden name" OR "am i speaking (with|to)" OR "(name|number) on the (account|card)"',
  },
  {
    id: 'cant',
    kind: 'definition',
    label: { fr: 'Impossibilité', en: 'Cannot' },
    description: {
      fr: 'Le conseiller dit qu’il ne peut pas : « I can’t », « unable to », « not possible », « against policy ».',
      en: 'The agent says it cannot be done: "I can\'t", "unable to", "not possible", "against policy".',
    },
    rule: '"(i|we) (can|could|will) not (do|offer|give|change|help|cancel|refund|waive|make|process|transfer|send|reset|accept|approve|remove|reverse|extend|issue|replace|order|schedule|authorize|authorise|override|open|close|unlock|release|provide|tell|share|discuss|access|fix|guarantee|allow|modify|update|move|add)" OR "not [be] able to" OR "unable to" OR "not (allowed|authorized|authorised|permitted) to" OR "not possible" OR "nothing (i|we) can do" OR "against [our|the|bank|company] policy" OR "not something (i|we) (can|could)" OR "(i|we) do not (offer|allow|provide|accept|support)"',
  },
  {
    id: 'alternative',
    kind: 'definition',
    label: { fr: 'Alternative proposée', en: 'Alternative offered' },
    rule: '"what (i|we) can do" OR "(i|we) (can|could) (offer|suggest|try|recommend|propose)" OR instead OR alternative* OR "(another|other|different|1) (option*|way*|solution*|possibilit*)" OR "(best|easiest|quickest|fastest) (way|option|thing)" OR "i would (suggest|recommend)" OR "i (suggest|recommend)" OR "how about" OR "you (can|could) (always|also|try|still)"',
  },
  {
    id: 'help_offer',
    kind: 'definition',
    label: { fr: 'Prise en charge annoncée', en: 'Help taken on' },
    rule: '"(i|we) can [definitely|certainly|absolutely] help [you] with (that|this|it|your)" OR "(i|we) can [definitely|certainly|absolutely] (replace|send|order|transfer|reset|schedule|set|take|fix|arrange|sort|cancel|block|update|change)" OR "let me (get|take|help|fix|sort|send|order|set|reset|schedule|transfer|replace|arrange)" OR "let\'s (get|take|fix|sort|set|do)"',
  },
  {
    id: 'proposal',
    kind: 'definition',
    label: { fr: 'Proposition au client', en: 'Proposal to the customer' },
    description: {
      fr: 'Une question qui propose quelque chose au client, à laquelle il peut dire oui ou non.',
      en: 'A question that offers the customer something, to which they can say yes or no.',
    },
    rule: '"would you like" OR "do you want" OR "(shall|should|can|may) i (set|send|order|sign|add|book|schedule|transfer|offer|suggest|proceed)" OR "how about" OR "be interested in" OR "(i|we) (can|could) (offer|suggest|propose)" OR "i would (suggest|recommend)"',
  },
];
