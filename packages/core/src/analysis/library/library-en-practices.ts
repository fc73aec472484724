import type { LibraryRule } from './library.ts';

/** The English library's practices, theme by theme. */
export const ENGLISH_PRACTICES: readonly LibraryRule[] = [
  // ---------------------------------------------------------------------------------------------
  // 1. Phone-tool mastery
  // ---------------------------------------------------------------------------------------------
  {
    id: 'hold_announced',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'good',
    label: { fr: 'Annonce la mise en attente', en: 'Announces the hold' },
    description: {
      fr: 'Le conseiller prévient avant de faire patienter : « one moment please », « let me put you on hold ».',
      en: 'The agent warns before making the customer wait: "one moment please", "let me put you on hold".',
    },
    rule: 'agent:@hold_announcement',
    cost: 'none',
  },
  {
    id: 'hold_thanked',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'good',
    label: { fr: "Remercie pour l'attente", en: 'Thanks the customer for waiting' },
    description: {
      fr: 'Après une annonce d’attente, le conseiller remercie le client de sa patience dans les cinq tours suivants. Coût : le temps de l’annonce au remerciement.',
      en: 'After announcing a wait, the agent thanks the customer for their patience within the next five turns. Cost: the time from the announcement to the thanks.',
    },
    rule: 'agent:@hold_announcement THEN/5 agent:@hold_thanks',
    cost: 'span',
  },
  {
    id: 'hold_unannounced',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'bad',
    label: { fr: 'Attente non annoncée', en: 'Unannounced hold' },
    description: {
      fr: 'Le client est mis en attente (musique) sans que le conseiller l’ait annoncé de tout l’appel. Coût : tout le temps d’attente de l’appel.',
      en: 'The customer is put on hold (music) and the agent never announced it during the call. Cost: the call’s whole hold time.',
    },
    rule: 'hold AND NOT agent:@hold_announcement',
    cost: 'hold',
  },
  {
    id: 'long_search_silence',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'bad',
    label: { fr: 'Long silence de recherche', en: 'Long search silence' },
    description: {
      fr: 'Plus de 10 secondes sans un mot après une phrase du conseiller (il cherche, le client ne sait pas ce qui se passe). Coût : la durée de ces silences.',
      en: 'More than 10 seconds without a word after the agent spoke (searching, the customer does not know what is happening). Cost: the length of those silences.',
    },
    rule: 'agent:silence > 10s',
    cost: 'span',
  },
  {
    id: 'asks_to_repeat',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'bad',
    label: { fr: 'Fait répéter le client', en: 'Asks the customer to repeat' },
    description: {
      fr: 'Le conseiller n’a pas entendu ou compris et fait répéter : « can you repeat that please », « sorry what was that ». Signe d’écoute ou de ligne à travailler.',
      en: 'The agent did not hear or understand and asks again: "can you repeat that please", "sorry what was that". A sign of listening or line quality to work on.',
    },
    rule: 'agent:("repeat (that|it|the|your|yourself)" OR "say (that|it) again" OR "did not (catch|hear|get|understand) (that|you|it|what|the|your)" OR "what was that" OR pardon OR "come again" OR "(breaking|cutting) up" OR "(hard|difficult) to (hear|understand)")',
    cost: 'turns',
  },
  {
    id: 'transfer_announced',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'good',
    label: { fr: 'Annonce le transfert', en: 'Announces the transfer' },
    description: {
      fr: 'Avant de transférer l’appel, le conseiller dit vers qui : « let me transfer you to our card team ».',
      en: 'Before transferring the call, the agent says to whom: "let me transfer you to our card team".',
    },
    rule: 'agent:("(transfer|transferring|connect|connecting) you (to|with)" OR "put you through")',
    cost: 'none',
  },

  {
    id: 'blames_tool',
    kind: 'practice',
    theme: 'phone_tool',
    polarity: 'bad',
    label: { fr: "Met en cause l'outil", en: 'Blames the tools' },
    description: {
      fr: 'Le conseiller rejette la faute sur le système : « the system is down », « my computer is really slow today ». Coût : les tours où il le dit.',
      en: 'The agent blames the system: "the system is down", "my computer is really slow today". Cost: the turns where they say it.',
    },
    rule: 'agent:((system OR systems OR computer OR screen OR software OR network OR server OR tool OR tools OR application OR app OR connection) NEAR/4 (down OR slow OR frozen OR froze OR freezing OR crash* OR glitch* OR "not (working|letting|loading|responding|allowing)" OR "acting up" OR lagging OR issues OR problems OR trouble OR "will not" OR "does not"))',
    cost: 'turns',
  },
  // ---------------------------------------------------------------------------------------------
  // 2. Structured conversation
  // ---------------------------------------------------------------------------------------------
  {
    id: 'greeting_company',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'good',
    label: { fr: "Accueille avec le nom de l'entreprise", en: "Greets with the company's name" },
    description: {
      fr: "Dans les 20 premières secondes, le conseiller nomme l'entreprise ou remercie de l'appel : « hello this is harper valley national bank », « thank you for calling ».",
      en: 'In the first 20 seconds the agent names the company or thanks for the call: "hello this is harper valley national bank", "thank you for calling".',
    },
    rule: 'first(20s, agent:(@company_name OR "(thank|thanks) [you] for calling" OR "welcome to" OR "you have reached"))',
    cost: 'none',
  },
  {
    id: 'asks_open_question',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'good',
    label: { fr: 'Pose une question ouverte', en: 'Asks an open question' },
    description: {
      fr: 'Le conseiller laisse le client exposer sa demande : « how can i help you today », « what happened », « can you tell me more ».',
      en: 'The agent lets the customer explain: "how can i help you today", "what happened", "can you tell me more".',
    },
    rule: 'agent:("how (can|may) (i|we) (help|assist)" OR "what (can|may) i do" OR "what (brings|brought) you" OR "what (happened|seems|seemed)" OR "what (is|was) going on" OR "(tell|walk) me (more|about|what|how|through|why)" OR "(can|could|would) you (tell|describe|explain|walk) me" OR "how (did|does|do|would|will) (you|that|this|it)" OR "why (do|did|would|are|is) (you|it|that|this)" OR "what (do|would|did) you (need|want|mean|expect|prefer|think)")',
    cost: 'none',
  },
  {
    id: 'rephrases_need',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'good',
    label: { fr: 'Reformule le besoin', en: "Rephrases the customer's need" },
    description: {
      fr: 'Le conseiller reformule la demande pour vérifier qu’il l’a comprise : « so you would like to », « if i understand correctly », « you said monday ».',
      en: 'The agent restates the request to check it is understood: "so you would like to", "if i understand correctly", "you said monday".',
    },
    rule: 'agent:("so you [would] (want|need|like|wish)" OR "so you are (looking|calling|trying|wanting|asking)" OR "if i (understand|understood) [you] [correctly|right]" OR "you are (saying|asking) (that|for|if|to)" OR "let me make sure i (understand|understood|have|got)" OR "just to (confirm|clarify|make)" OR "you (said|say|mentioned)" OR "understand [that] you (want|need|would|are)" OR "correct me if")',
    cost: 'none',
  },
  {
    id: 'summarises',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'good',
    label: { fr: 'Fait une synthèse', en: 'Summarises' },
    description: {
      fr: 'Dans la seconde moitié de l’appel, le conseiller récapitule ce qui a été fait ou convenu : « eighty six dollars has been transferred from your checking account to your savings account ».',
      en: 'In the second half of the call the agent recaps what was done or agreed: "eighty six dollars has been transferred from your checking account to your savings account".',
    },
    rule: 'last(50%, agent:@summary)',
    cost: 'none',
  },
  {
    id: 'closes_without_summary',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'bad',
    label: { fr: 'Conclut sans synthèse', en: 'Closes without a summary' },
    description: {
      fr: 'Le conseiller prend congé sans avoir récapitulé ce qui a été fait ou convenu dans la seconde moitié de l’appel.',
      en: 'The agent says goodbye without having recapped, in the second half of the call, what was done or agreed.',
    },
    rule: 'last(60s, agent:@goodbye) AND NOT @summarises',
    cost: 'none',
  },
  {
    id: 'agent_monologue',
    kind: 'practice',
    theme: 'structured_conversation',
    polarity: 'bad',
    label: { fr: 'Monologue du conseiller', en: 'Agent monologue' },
    description: {
      fr: 'Le conseiller parle plus d’une minute sans laisser le client répondre. Coût : la durée de ces monologues.',
      en: 'The agent talks for more than a minute without letting the customer answer. Cost: the length of those monologues.',
    },
    rule: 'agent:monologue > 60s',
    cost: 'span',
  },

  // ---------------------------------------------------------------------------------------------
  // 3. Relational quality
  // ---------------------------------------------------------------------------------------------
  {
    id: 'uses_customer_name',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'good',
    label: { fr: 'Appelle le client par son nom', en: 'Uses the customer’s name' },
    description: {
      fr: 'Le conseiller nomme le client avec sa civilité : « mister brown », « mrs garcia ». Les prénoms seuls ne peuvent pas être reconnus par une règle générale.',
      en: 'The agent addresses the customer by title and name: "mister brown", "mrs garcia". First names alone cannot be recognised by a general rule.',
    },
    rule: 'agent:"(mr|mrs|ms|mister|missus|misses|dr) *"',
    cost: 'none',
  },
  {
    id: 'empathy',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'good',
    label: { fr: "Fait preuve d'empathie", en: 'Shows empathy' },
    description: {
      fr: 'Le conseiller reconnaît ce que vit le client : « i completely understand », « sorry to hear that », « that must be frustrating ».',
      en: 'The agent acknowledges what the customer goes through: "i completely understand", "sorry to hear that", "that must be frustrating".',
    },
    rule: 'agent:("i [completely|totally|fully|perfectly|really|certainly|definitely] understand" OR "sorry to hear" OR "i can [only|certainly] imagine" OR "(must|would|can) be [so|very|really|quite] (frustrating|difficult|stressful|annoying|worrying|upsetting|hard|inconvenient|confusing|scary)" OR "(sounds|is|that\'s|it\'s) [so|very|really] (frustrating|stressful|upsetting|worrying|annoying|scary|confusing)" OR "i (know|see|appreciate|realize|realise) how (frustrating|difficult|stressful|annoying|important|upsetting|hard|inconvenient|worrying)" OR "i hear you" OR "oh (no|dear)" OR "i would (feel|be) the same")',
    cost: 'none',
  },
  {
    id: 'positive_wording',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'good',
    label: { fr: 'Formulations positives', en: 'Positive wording' },
    description: {
      fr: 'Le conseiller s’engage avec des mots positifs : « sure i can help you with that », « i would be happy to », « absolutely ».',
      en: 'The agent commits with positive words: "sure i can help you with that", "i would be happy to", "absolutely".',
    },
    rule: 'agent:("(happy|glad|delighted) to help" OR "i would be (happy|glad|delighted) to" OR "(my|our) pleasure" OR "of course" OR absolutely OR certainly OR "i can [certainly|definitely] help [you] with that")',
    cost: 'none',
  },
  {
    id: 'polite_close',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'good',
    label: { fr: 'Prend congé poliment', en: 'Closes politely' },
    description: {
      fr: 'Dans les 30 dernières secondes, le conseiller remercie et salue : « thank you for calling have a great day ».',
      en: 'In the last 30 seconds the agent thanks and says goodbye: "thank you for calling have a great day".',
    },
    rule: 'last(30s, agent:("(thank|thanks) [you] [so|very] [much] for (calling|choosing|banking|contacting)" OR "have a (great|good|nice|lovely|wonderful|fantastic|pleasant|blessed) (day|evening|night|afternoon|morning|weekend|one)" OR "take care"))',
    cost: 'none',
  },
  {
    id: 'jargon',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'bad',
    label: { fr: 'Utilise du jargon', en: 'Uses jargon' },
    description: {
      fr: 'Le conseiller emploie des sigles ou termes internes que le client ne connaît pas : ACH, KYC, back office, niveau 2, crédit provisoire. Coût : les tours où il le fait.',
      en: 'The agent uses internal acronyms or terms the customer does not know: ACH, KYC, back office, tier 2, provisional credit. Cost: the turns where it happens.',
    },
    rule: 'agent:(ach OR crm OR ivr OR sla OR kyc OR aml OR nsf OR ofac OR "back office" OR "back end" OR backend OR "(tier|level) (1|2|3)" OR "provisional credit" OR "memo post*" OR "ledger balance" OR "collected (balance|funds)" OR "reg e" OR "(hold|reason|transaction|error) code" OR workflow OR disposition*)',
    cost: 'turns',
  },
  {
    id: 'interrupts',
    kind: 'practice',
    theme: 'relational_quality',
    polarity: 'bad',
    label: { fr: 'Coupe la parole', en: 'Interrupts' },
    description: {
      fr: 'Conseiller et client parlent en même temps plus de 2 secondes. Coût : la durée de ces chevauchements.',
      en: 'Agent and customer talk at once for more than 2 seconds. Cost: the length of that overtalk.',
    },
    rule: 'overtalk > 2s',
    cost: 'span',
  },

  // ---------------------------------------------------------------------------------------------
  // 4. Difficult situations
  // ---------------------------------------------------------------------------------------------
  {
    id: 'apologises',
    kind: 'practice',
    theme: 'difficult_situations',
    polarity: 'good',
    label: { fr: 'Présente des excuses', en: 'Apologises' },
    description: {
      fr: 'Le conseiller s’excuse pour le désagrément : « i apologize for the inconvenience », « i am so sorry about that ».',
      en: 'The agent apologises for the trouble: "i apologize for the inconvenience", "i am so sorry about that".',
    },
    rule: 'agent:("i [do] apologi*" OR "(my|our) apologies" OR "sorry (for|about) [the|any] (inconvenience|trouble|delay|confusion|mix|error|mistake|problem|issue|misunderstanding)" OR "(i|we) (am|are) [so|very|really|truly|terribly] sorry (for|about|that)")',
    cost: 'none',
  },
  {
    id: 'argues',
    kind: 'practice',
    theme: 'difficult_situations',
    polarity: 'bad',
    label: { fr: 'Argumente contre le client', en: 'Argues with the customer' },
    description: {
      fr: 'Le conseiller contredit ou reproche : « as i said », « you have to understand », « that is not my fault ». Coût : les tours où il le fait.',
      en: 'The agent contradicts or blames the customer: "as i said", "you have to understand", "that is not my fault". Cost: the turns where it happens.',
    },
    rule: 'agent:("as i (said|told|explained|mentioned)" OR "like i (said|told)" OR "i (already|just) (said|told|explained)" OR "you are wrong" OR "(that|that\'s) [is] not (true|correct)" OR "not (my|our) fault" OR "you (have|need) to understand" OR "calm down" OR "listen to me" OR "let me finish" OR "if you had (read|listened|checked)" OR "you should have" OR "(is|that\'s) your (fault|problem)" OR "with all due respect")',
    cost: 'turns',
  },
  {
    id: 'cant_without_alternative',
    kind: 'practice',
    theme: 'difficult_situations',
    polarity: 'bad',
    label: { fr: 'Dit non sans proposer d’alternative', en: 'Says no without an alternative' },
    description: {
      fr: 'Le conseiller dit qu’il ne peut pas (« i can’t », « not possible ») et ne propose aucune autre solution de tout l’appel. Coût : les tours où il dit non.',
      en: 'The agent says it cannot be done ("i can\'t", "not possible") and offers no other way anywhere in the call. Cost: the turns where they say no.',
    },
    rule: 'agent:@cant AND NOT agent:@alternative',
    cost: 'turns',
  },

  // ---------------------------------------------------------------------------------------------
  // 5. Proactivity and rebound
  // ---------------------------------------------------------------------------------------------
  {
    id: 'proposes_solution',
    kind: 'practice',
    theme: 'proactivity',
    polarity: 'good',
    label: { fr: 'Propose une solution', en: 'Proposes a solution' },
    description: {
      fr: 'Le conseiller prend la demande en main ou propose une voie : « we can replace your debit card today », « let me get that done for you », « what i can do is ».',
      en: 'The agent takes the request on or offers a way: "we can replace your debit card today", "let me get that done for you", "what i can do is".',
    },
    rule: 'agent:(@help_offer OR @alternative)',
    cost: 'none',
  },
  {
    id: 'extra_offer',
    kind: 'practice',
    theme: 'proactivity',
    polarity: 'good',
    label: { fr: 'Propose une offre complémentaire', en: 'Makes an extra offer' },
    description: {
      fr: 'Le conseiller rebondit sur un autre produit ou service : « while i have you », « would you be interested in », « did you know that ».',
      en: 'The agent rebounds on another product or service: "while i have you", "would you be interested in", "did you know that".',
    },
    rule: 'agent:("while i have you" OR "be interested in" OR "did you know (that|about|we|you)" OR "(we|i) (also|now) (offer|have)" OR "would you [also] like to (open|add|sign|set|enroll|enrol|hear|know|learn|upgrade|apply|try|activate|register)" OR "(sign|set) you up (for|with)" OR "(special|current|exclusive|limited) (offer|promotion|promo|deal|rate)" OR "have you (tried|used|heard) [of|about] (our|the)" OR "take advantage of")',
    cost: 'none',
  },
  {
    id: 'offers_further_help',
    kind: 'practice',
    theme: 'proactivity',
    polarity: 'good',
    label: { fr: 'Propose son aide pour autre chose', en: 'Offers further help' },
    description: {
      fr: 'Avant de conclure, le conseiller demande s’il peut faire autre chose : « is there anything else i can help you with today ».',
      en: 'Before closing, the agent asks whether there is anything else: "is there anything else i can help you with today".',
    },
    rule: 'agent:("anything else" OR "any other (question|questions|concern|concerns)" OR "(something|what) else can i")',
    cost: 'none',
  },
  {
    id: 'closes_without_further_help',
    kind: 'practice',
    theme: 'proactivity',
    polarity: 'bad',
    label: { fr: "Conclut sans proposer d'autre aide", en: 'Closes without offering further help' },
    description: {
      fr: 'Le conseiller prend congé sans avoir demandé si le client avait un autre besoin.',
      en: 'The agent says goodbye without asking whether the customer needed anything else.',
    },
    rule: 'last(60s, agent:@goodbye) AND NOT @offers_further_help',
    cost: 'none',
  },
  {
    id: 'explains_next_steps',
    kind: 'practice',
    theme: 'proactivity',
    polarity: 'good',
    label: { fr: 'Annonce la suite', en: 'Explains the next steps' },
    description: {
      fr: 'Le conseiller dit ce qui va se passer et quand : « it should arrive in three to five business days », « you will receive an email ».',
      en: 'The agent says what happens next and when: "it should arrive in three to five business days", "you will receive an email".',
    },
    rule: 'agent:("(business|working) days" OR "you (will|should) [be] (receive|receiving|get|getting|see|hear)" OR "(will|should|would) [actually|also] [be] (arrive|arriving|delivered|mailed|posted|reflected)" OR "(the|your) next step*" OR "(receive|get) (a|an) (confirmation|email|text|letter|notification)")',
    cost: 'none',
  },

  // ---------------------------------------------------------------------------------------------
  // 6. Business procedures
  // ---------------------------------------------------------------------------------------------
  {
    id: 'identity_check',
    kind: 'practice',
    theme: 'business_procedures',
    polarity: 'good',
    label: { fr: "Vérifie l'identité", en: 'Checks identity' },
    description: {
      fr: 'Le conseiller demande ou vérifie des éléments d’identification : « can i get your name », « what is your address », « what is your phone number », numéro de compte, date de naissance.',
      en: 'The agent asks for or checks identifying details: "can i get your name", "what is your address", "what is your phone number", account number, date of birth.',
    },
    rule: 'agent:@identity_question',
    cost: 'none',
  },
  {
    id: 'acts_without_identity_check',
    kind: 'practice',
    theme: 'business_procedures',
    polarity: 'bad',
    label: { fr: 'Opère sans vérifier l’identité', en: 'Acts without an identity check' },
    description: {
      fr: 'Le conseiller fait une opération ou donne une information du compte (virement, carte, solde) sans avoir posé de question d’identification de tout l’appel.',
      en: 'The agent carries out an operation or gives account information (transfer, card, balance) without asking any identity question in the whole call.',
    },
    rule: 'agent:@account_action AND NOT @identity_check',
    cost: 'none',
  },
  {
    id: 'confirms_transaction_details',
    kind: 'practice',
    theme: 'business_procedures',
    polarity: 'good',
    label: { fr: "Relit les détails de l'opération", en: 'Reads back the transaction details' },
    description: {
      fr: 'Le conseiller relit les comptes, la date ou fait confirmer : « from your savings account into your checking account », « scheduled for saturday », « is that correct ».',
      en: 'The agent reads back the accounts or the date, or asks for confirmation: "from your savings account into your checking account", "scheduled for saturday", "is that correct".',
    },
    rule: 'agent:@transaction_details',
    cost: 'none',
  },
  {
    id: 'gives_reference_number',
    kind: 'practice',
    theme: 'business_procedures',
    polarity: 'good',
    label: { fr: 'Donne un numéro de référence', en: 'Gives a reference number' },
    description: {
      fr: 'Le conseiller donne au client un numéro de confirmation ou de dossier pour le suivi.',
      en: 'The agent gives the customer a confirmation or case number to follow up.',
    },
    rule: 'agent:"(confirmation|reference|case|ticket|tracking) number"',
    cost: 'none',
  },
];
