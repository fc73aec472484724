import type { CoachingTheme, CostMeasure, Library, LibraryRule } from './library.ts';

/**
 * The French practice library Vigie ships (issue 5): practices of the six coaching themes of
 * DOMAIN.md, good and bad, the customer reactions they are compared with, and the shared building
 * blocks (`definition` rules) they reference. Written for French customer-service calls of a
 * utility or subscription business; `company` must be adapted to the client's brand names.
 *
 * Rules are single-quoted so that the rule language's double quotes need no escaping. Inside a
 * word group `(a|b)`, elided words are written in their normalised form (`m'` as `me`), as the
 * matcher reads them.
 */

type Text = readonly [fr: string, en: string];

const bi = ([fr, en]: Text) => ({ fr, en });

function definition(id: string, label: Text, rule: string): LibraryRule {
  return { id, kind: 'definition', label: bi(label), rule };
}

function practice(
  id: string,
  theme: CoachingTheme,
  polarity: 'good' | 'bad',
  cost: CostMeasure,
  label: Text,
  description: Text,
  rule: string,
): LibraryRule {
  return {
    id,
    kind: 'practice',
    theme,
    polarity,
    cost,
    label: bi(label),
    description: bi(description),
    rule,
  };
}

function reaction(id: string, label: Text, description: Text, rule: string): LibraryRule {
  return { id, kind: 'reaction', label: bi(label), description: bi(description), rule };
}

const DEFINITIONS: LibraryRule[] = [
  definition(
    'thanks_call',
    ["Remerciement pour l'appel", 'Thanks for the call'],
    'agent:("merci (de|pour) votre (appel|confiance|fidélité)" OR "merci [à] [vous] d\'avoir (appelé|contacté)" OR "merci de nous avoir (appelé*|contacté*)" OR "je vous remercie (de|pour) votre (appel|confiance|fidélité)" OR "je vous remercie d\'avoir (appelé|contacté)")',
  ),
  definition('hello', ['Salutation', 'Greeting word'], 'bonjour OR bonsoir OR bienvenue'),
  definition(
    // the brand as agents say it: to adapt to each client (Hélios Énergie is the demo client)
    'company',
    ["Nom de l'entreprise (à adapter)", 'Company name (to adapt)'],
    '"hélios [énergie]" OR "bienvenue chez" OR "service client*"',
  ),
  definition(
    'goodbye',
    ['Prise de congé', 'Goodbye'],
    'agent:("au revoir" OR "bonne (journée|soirée|continuation|après-midi|semaine)" OR "bonne fin de (journée|semaine|matinée)" OR "à bientôt")',
  ),
  definition(
    'summary',
    ['Récapitulatif', 'Summary'],
    'agent:("je (récapitule|résume)" OR "pour (récapituler|résumer)" OR "en (résumé|récapitulatif)" OR "récapitulons" OR "je fais le point" OR "faisons le point" OR "si je reprends")',
  ),
  definition(
    'hold_announce',
    ["Annonce d'une mise en attente", 'Hold announcement'],
    'agent:("en attente" OR "ne quittez pas" OR "(gardez|restez) [bien] [en] [la] ligne" OR "(un|quelques) [petit|petits] (instant|instants)" OR "(une|deux|quelques) [petite|petites] (minute|minutes|seconde|secondes)" OR patientez OR patienter)',
  ),
  definition(
    'hold_thanks',
    ["Remerciement après l'attente", 'Thanks after the hold'],
    'agent:("merci (de|pour) votre (patience|attente)" OR "merci [à] [vous] d\'avoir (patienté|attendu)" OR "merci de m\'avoir (attendu|attendue)" OR "je vous remercie (de|pour) votre (patience|attente)" OR "je vous remercie d\'avoir (patienté|attendu)")',
  ),
  definition(
    'identity_question',
    ["Vérification de l'identité", 'Identity check'],
    'agent:("(votre|le) (numéro|référence) [de] (contrat|client)" OR "votre date de naissance" OR "(vérifier|confirmer|rappeler) votre (identité|adresse)" OR "votre adresse (postale|complète|exacte|actuelle)" OR "votre code postal" OR "vérification d\'identité")',
  ),
  definition(
    'offer',
    ["Proposition d'une offre complémentaire", 'Extra offer'],
    'agent:(("(propose|proposer|proposons|conseille|recommande)" OR "avez-vous pensé" OR "vous avez pensé" OR "saviez-vous" OR "vous connaissez" OR "connaissez-vous" OR "vous parler (de|du)" OR "(intéresse|intéresserait|dirait|tenterait)" OR "seriez-vous intéressé*") NEAR/12 ("contrat d\'entretien" OR "entretien [annuel] de [votre] chaudière" OR "option *" OR "facture* (électronique*|dématérialisée*|numérique*)" OR "facture* en ligne" OR "e-facture" OR "offre *" OR "assistance dépannage"))',
  ),
  definition(
    'benefit',
    ["Bénéfice client de l'offre", 'Customer benefit of the offer'],
    'agent:("(ce|cela) qui vous (permet|permettra|permettrait)" OR "cela vous (permet|permettra|permettrait)" OR "l\'avantage" OR "vous n\'aurez plus" OR "plus besoin de" OR "l\'esprit tranquille" OR "en toute tranquillité" OR "vous (économisez|économiserez|économiseriez)" OR "(ça|cela) vous (évite|évitera|éviterait)")',
  ),
  definition(
    'cant',
    ['Refus du conseiller', "Agent's refusal"],
    'agent:("je ne (peux|pourrai|pourrais) (pas|rien)" OR "(on|nous) ne (peut|pouvons|pourra) pas" OR "je n\'ai pas le droit" OR "je n\'ai pas la possibilité" OR "pas possible de" OR "pas (autorisé|faisable)")',
  ),
  definition(
    'alternative',
    ['Solution alternative', 'Alternative solution'],
    'agent:("par contre (je|on|nous) (peux|pourrais|vais|peut|pourrait|pouvons|propose)" OR "en revanche (je|on|nous) (peux|pourrais|vais|peut|pourrait|pouvons|propose)" OR "par contre il est possible" OR "en revanche il est possible" OR "ce que je (peux|pourrais) faire c\'est" OR "seule chose que je (peux|puisse) faire" OR "une autre solution" OR "je vous propose plutôt")',
  ),
  definition(
    'money_trouble',
    ['Difficulté de paiement exprimée', 'Payment difficulty stated'],
    'customer:("du mal à (payer|régler|boucler)" OR "(des|en) difficulté*" OR "pas les moyens" OR "je ne (peux|pourrai|vais) pas (payer|régler)" OR "pas pouvoir (payer|régler)" OR "au chômage" OR "un peu (juste|serré|serrée)")',
  ),
];

const PRACTICES: LibraryRule[] = [
  // 1. phone-tool mastery
  practice(
    'greeting_company',
    'phone_tool',
    'good',
    'none',
    ["Salue et nomme l'entreprise", 'Greets and names the company'],
    [
      "Dans les 20 premières secondes, le conseiller salue le client et nomme l'entreprise.",
      'In the first 20 seconds, the agent greets the customer and names the company.',
    ],
    'first(20s, agent:(@hello NEAR/10 @company))',
  ),
  practice(
    'hold_announced',
    'phone_tool',
    'good',
    'none',
    ['Annonce la mise en attente', 'Announces the hold'],
    [
      'Le conseiller prévient avant de faire patienter (« je vous mets en attente », « ne quittez pas »).',
      'The agent warns before making the customer wait ("I\'ll put you on hold", "please hold").',
    ],
    '@hold_announce',
  ),
  practice(
    'hold_thanked',
    'phone_tool',
    'good',
    'span',
    ["Remercie pour l'attente", 'Thanks the customer for waiting'],
    [
      "Après l'annonce d'une attente, le conseiller remercie le client de sa patience. Coût : de l'annonce au remerciement.",
      'After announcing a wait, the agent thanks the customer for their patience. Cost: from announcement to thanks.',
    ],
    '@hold_announce THEN/5 @hold_thanks',
  ),
  practice(
    'hold_unannounced',
    'phone_tool',
    'bad',
    'hold',
    ['Mise en attente sans annonce', 'Hold without announcement'],
    [
      "Le client est mis en attente sans que l'attente lui ait été annoncée. Coût : toute l'attente de l'appel.",
      "The customer is put on hold without being told. Cost: the call's whole hold time.",
    ],
    'hold AND NOT @hold_announce',
  ),
  practice(
    'long_search_silence',
    'phone_tool',
    'bad',
    'span',
    ['Long silence pendant une recherche', 'Long silence while searching'],
    [
      'Plus de 10 secondes de silence après une phrase du conseiller : il cherche sans tenir le client informé.',
      'More than 10 seconds of silence after the agent spoke: searching without keeping the customer informed.',
    ],
    'agent:silence > 10s',
  ),
  // 2. structured conversation
  practice(
    'asks_open_question',
    'structured_conversation',
    'good',
    'none',
    ['Pose une question ouverte', 'Asks an open question'],
    [
      'Le conseiller laisse le client exposer sa demande (« que puis-je faire pour vous ? », « racontez-moi »).',
      'The agent lets the customer explain ("how can I help you?", "tell me").',
    ],
    'agent:("que puis-je [faire] pour vous" OR "en quoi puis-je vous (aider|être)" OR "comment puis-je vous aider" OR "qu\'est-ce qui vous amène" OR "racontez-moi" OR "m\'en dire plus" OR "que s\'est-il passé" OR "dites-moi tout" OR "expliquez-moi" OR "à quel sujet" OR "quelle est votre demande")',
  ),
  practice(
    'rephrases_need',
    'structured_conversation',
    'good',
    'none',
    ['Reformule la demande', 'Rephrases the need'],
    [
      "Le conseiller reformule la demande du client pour vérifier qu'il l'a comprise (« si je comprends bien »).",
      'The agent rephrases the request to check it was understood ("if I understand correctly").',
    ],
    'agent:("si je (comprends|comprend) bien" OR "si j\'ai bien compris" OR "d\'avoir bien compris" OR "(sûr|sûre) de bien comprendre" OR "autrement dit" OR "je reformule" OR "si je vous suis bien" OR "vous me (dites|indiquez|expliquez) donc")',
  ),
  practice(
    'summarises',
    'structured_conversation',
    'good',
    'none',
    ['Fait une synthèse', 'Summarises'],
    [
      "Dans la seconde moitié de l'appel, le conseiller récapitule ce qui a été fait ou convenu.",
      'In the second half of the call, the agent recaps what was done or agreed.',
    ],
    'last(50%, @summary)',
  ),
  practice(
    'closes_without_summary',
    'structured_conversation',
    'bad',
    'none',
    ['Conclut sans synthèse', 'Closes without a summary'],
    [
      'Le conseiller prend congé sans avoir récapitulé ce qui a été fait ou convenu.',
      'The agent says goodbye without having recapped what was done or agreed.',
    ],
    'last(60s, @goodbye) AND NOT @summarises',
  ),
  practice(
    'polite_close',
    'structured_conversation',
    'good',
    'none',
    ['Prend congé en remerciant', 'Closes with thanks'],
    [
      'Dans les 30 dernières secondes, le conseiller remercie le client de son appel ou de sa confiance.',
      'In the last 30 seconds, the agent thanks the customer for calling or for their trust.',
    ],
    'last(30s, @thanks_call)',
  ),
  // 3. relational quality
  practice(
    'empathy',
    'relational_quality',
    'good',
    'none',
    ["Fait preuve d'empathie", 'Shows empathy'],
    [
      'Le conseiller exprime sa compréhension de la situation du client (« je comprends tout à fait »).',
      'The agent acknowledges the customer\'s situation ("I completely understand").',
    ],
    'agent:("je comprends (tout|parfaitement|vraiment|votre|vos|que)" OR "je vous comprends" OR "je me mets à votre place" OR "doit pas être (facile|simple|évident|agréable)" OR "(désolé|désolée) d\'apprendre" OR "(désolé|désolée) d\'entendre" OR "j\'entends [bien] votre" OR "c\'est [tout] [à] [fait] (compréhensible|légitime)")',
  ),
  practice(
    'jargon',
    'relational_quality',
    'bad',
    'turns',
    ['Emploie du jargon', 'Uses jargon'],
    [
      'Le conseiller emploie des sigles ou termes internes que le client ne connaît pas (PDL, TURPE, GRD...).',
      'The agent uses acronyms or internal terms the customer does not know (PDL, TURPE, GRD...).',
    ],
    'agent:(PDL OR PCE OR TURPE OR CTA OR CSPE OR GRD OR TICGN OR "point de (livraison|comptage)" OR "(tarif|composante) d\'acheminement")',
  ),
  practice(
    'interrupts',
    'relational_quality',
    'bad',
    'span',
    ['Coupe la parole', 'Interrupts'],
    [
      'Le conseiller et le client parlent en même temps plus de 2 secondes. Coût : la durée de ce chevauchement.',
      'The agent and the customer talk over each other for more than 2 seconds. Cost: the length of that overtalk.',
    ],
    'overtalk > 2s',
  ),
  // 4. difficult situations
  practice(
    'apologises',
    'difficult_situations',
    'good',
    'none',
    ["S'excuse pour le désagrément", 'Apologises for the inconvenience'],
    [
      'Le conseiller présente des excuses pour la gêne subie par le client.',
      'The agent apologises for the trouble the customer went through.',
    ],
    'agent:("(désolé|désolée|navré|navrée) (pour|de) (ce|cet|cette|la|le|les|votre|vos|ces)" OR "(toutes|avec) nos excuses" OR "je vous (prie|demande) de (nous|me) excuser" OR "veuillez (nous|me) excuser" OR "je vous présente (nos|mes) excuses" OR "je m\'excuse")',
  ),
  practice(
    'offers_alternative',
    'difficult_situations',
    'good',
    'none',
    ['Propose une alternative', 'Offers an alternative'],
    [
      "Face à une demande impossible, le conseiller dit ce qu'il peut faire (« par contre, je peux... »).",
      'Faced with an impossible request, the agent says what they can do ("however, I can...").',
    ],
    '@alternative',
  ),
  practice(
    'argues',
    'difficult_situations',
    'bad',
    'turns',
    ['Contredit le client', 'Argues with the customer'],
    [
      "Le conseiller s'oppose frontalement au client (« vous avez tort », « ce n'est pas possible que »). Coût : les tours concernés.",
      'The agent confronts the customer ("you are wrong", "it is not possible that"). Cost: the turns concerned.',
    ],
    'agent:("vous avez tort" OR "vous vous trompez" OR "vous êtes (trompé|trompée)" OR "pas possible que" OR "c\'est faux" OR "je vous [le] ai déjà (dit|expliqué)" OR "vous n\'avez pas [bien] (lu|compris|écouté)" OR "c\'est impossible" OR "c\'est [de] votre faute" OR "pas (notre|mon) problème")',
  ),
  practice(
    'cant_without_alternative',
    'difficult_situations',
    'bad',
    'turns',
    ['« Je ne peux pas » sans alternative', '"I can\'t" without an alternative'],
    [
      "Le conseiller oppose un refus et ne propose aucune autre solution dans l'appel. Coût : les tours du refus.",
      'The agent refuses and offers no other solution anywhere in the call. Cost: the turns of the refusal.',
    ],
    '@cant AND NOT @alternative',
  ),
  practice(
    'blames_tool',
    'difficult_situations',
    'bad',
    'turns',
    ["Met en cause l'outil", 'Blames the tool'],
    [
      'Le conseiller se plaint de son outil devant le client (« le système rame », « ça bugue »). Coût : les tours concernés.',
      'The agent complains about their tools to the customer ("the system is slow"). Cost: the turns concerned.',
    ],
    'agent:(("système" OR outil OR logiciel OR ordinateur OR ordi OR poste OR informatique OR écran OR serveur OR réseau OR application OR appli) NEAR/6 (rame OR rament OR plante OR bug* OR bloqu* OR lent* OR "marche (pas|plus)" OR "fonctionne (pas|plus)" OR "répond (pas|plus)" OR "en panne" OR figé* OR capricieux)) OR agent:("ça rame" OR "ça bugue")',
  ),
  // 5. proactivity and rebound
  practice(
    'extra_offer',
    'proactivity',
    'good',
    'turns',
    ['Propose une offre complémentaire', 'Makes an extra offer'],
    [
      "Le conseiller rebondit sur un service utile au client (contrat d'entretien, option, facture électronique...). Coût : les tours de la proposition.",
      'The agent rebounds with a useful service (maintenance contract, option, paperless bill...). Cost: the turns of the offer.',
    ],
    '@offer',
  ),
  practice(
    'offer_benefit',
    'proactivity',
    'good',
    'none',
    ["Argumente l'offre par un bénéfice client", 'Argues the offer with a customer benefit'],
    [
      "L'offre est présentée avec ce qu'elle apporte au client (« ce qui vous permet de », « l'avantage »).",
      'The offer comes with what it brings the customer ("which lets you", "the advantage is").',
    ],
    '(@offer THEN/3 @benefit) OR (@offer NEAR/30 @benefit)',
  ),
  practice(
    'offer_too_early',
    'proactivity',
    'bad',
    'turns',
    ['Propose une offre avant de traiter la demande', 'Offers before handling the request'],
    [
      "L'offre arrive dans les 90 premières secondes, avant que la demande du client soit traitée.",
      "The offer comes in the first 90 seconds, before the customer's request is handled.",
    ],
    'first(90s, @offer)',
  ),
  practice(
    'missed_opportunity',
    'proactivity',
    'bad',
    'none',
    ['Opportunité de rebond manquée', 'Missed rebound opportunity'],
    [
      'Le client parle de sa chaudière, de son chauffe-eau ou de ses factures papier, et aucune offre ne lui est faite.',
      'The customer mentions their boiler, water heater or paper bills, and no offer is made.',
    ],
    'customer:("chaudière" OR "chauffe-eau" OR "facture* papier" OR "courrier* papier") AND NOT @offer',
  ),
  practice(
    'offers_further_help',
    'proactivity',
    'good',
    'none',
    ['Propose son aide pour autre chose', 'Offers further help'],
    [
      "Avant de conclure, le conseiller demande s'il peut faire autre chose pour le client.",
      'Before closing, the agent asks whether there is anything else they can do.',
    ],
    'agent:(("autre chose" OR "quelque chose d\'autre" OR "d\'autres questions" OR "une autre question" OR "une autre demande") NEAR/6 ("pour vous" OR "vous aider" OR "puis-je" OR "je peux" OR "y a-t-il" OR "il y a" OR "avez-vous" OR "vous avez" OR "que je puisse" OR "vous renseigner"))',
  ),
  practice(
    'explains_next_steps',
    'proactivity',
    'good',
    'none',
    ['Annonce la suite et son délai', 'Explains the next steps and when'],
    [
      'Le conseiller dit quand la demande sera traitée ou quand le client recevra ce qui est prévu.',
      'The agent says when the request will be handled or when the customer will receive what is due.',
    ],
    'agent:(("vous (recevrez|allez recevoir)" OR "(sera|seront) (effectué*|envoyé*|fait*|traité*|pris*|activé*|effective*|réalisé*|versé*|rectifié*|corrigé*|clôturé*|mis*|remboursé*|enregistré*)" OR comptez OR prévoyez) NEAR/10 (sous OR "d\'ici" OR délai OR jour OR jours OR heures OR semaine OR semaines OR ouvrés))',
  ),
  // 6. business procedures
  practice(
    'identity_check',
    'business_procedures',
    'good',
    'none',
    ["Vérifie l'identité du client", "Checks the customer's identity"],
    [
      "Le conseiller demande un élément d'identification : numéro de contrat, adresse, date de naissance.",
      'The agent asks for an identifier: contract number, address, date of birth.',
    ],
    '@identity_question',
  ),
  practice(
    'acts_without_identity_check',
    'business_procedures',
    'bad',
    'none',
    ["Traite la demande sans vérifier l'identité", 'Acts without an identity check'],
    [
      "Le conseiller traite la demande sans avoir demandé aucun élément d'identification de tout l'appel.",
      'The agent handles the request without asking for any identifier in the whole call.',
    ],
    'NOT @identity_check',
  ),
  practice(
    'proposes_payment_plan',
    'business_procedures',
    'good',
    'none',
    ['Propose une solution de paiement', 'Proposes a payment solution'],
    [
      "Le client fait part d'une difficulté de paiement et le conseiller propose un échéancier, un report ou le chèque énergie.",
      'The customer mentions trouble paying and the agent proposes instalments, a deferral or the energy voucher.',
    ],
    '@money_trouble THEN agent:(échéancier OR étaler OR étalement OR "en plusieurs fois" OR "chèque énergie" OR "fonds de solidarité" OR "délai de paiement" OR "report* [de|du] (paiement|prélèvement|échéance)")',
  ),
];

const REACTIONS: LibraryRule[] = [
  reaction(
    'refusal',
    ["Refus de l'offre", 'Refuses the offer'],
    ['Le client décline une offre du conseiller.', "The customer declines the agent's offer."],
    '@offer THEN/4 customer:("non merci" OR "ne m\'intéresse" OR "m\'intéresse pas" OR "pas (intéressé|intéressée)" OR "en ai pas besoin" OR "pas pour le (moment|instant)" OR "sans façon" OR "je préfère [ne] pas" OR "non [merci] ça ira" OR "m\'en passer" OR "passer mon tour")',
  ),
  reaction(
    'acceptance',
    ["Acceptation de l'offre", 'Accepts the offer'],
    ['Le client accepte une offre du conseiller.', "The customer accepts the agent's offer."],
    '@offer THEN/4 customer:("je (veux|voudrais) bien" OR "pourquoi pas" OR "allons-y" OR "on y va" OR "(oui|ah) ça m\'intéresse" OR "ça pourrait m\'intéresser" OR "ça me (va|convient|tente|plaît)" OR "je (prends|souscris)" OR "vous pouvez [me] [le|la] (ajouter|activer|inscrire|mettre|souscrire)" OR "inscrivez-moi" OR "on fait comme ça" OR "on le fait" OR volontiers OR banco OR "ça marche")',
  ),
  reaction(
    'objection',
    ["Objection à l'offre", 'Objects to the offer'],
    [
      "Le client oppose un frein à l'offre : prix, réflexion, équipement existant.",
      'The customer raises an obstacle to the offer: price, needing time, already equipped.',
    ],
    '@offer THEN/3 customer:("trop cher" OR "(ça|ce) (fait|coûte) cher" OR "assez cher" OR "un peu cher" OR "fait beaucoup" OR réfléchir OR "en (parler|parle|discuter) (à|avec)" OR "déjà quelqu\'un" OR "déjà un (chauffagiste|plombier|artisan|contrat)" OR "pas le moment" OR "pas convaincu*" OR "je ne vois pas (l\'intérêt|l\'utilité)")',
  ),
  reaction(
    'dissatisfaction',
    ['Mécontentement', 'Dissatisfaction'],
    ['Le client exprime son mécontentement.', 'The customer expresses dissatisfaction.'],
    'customer:(inadmissible OR scandaleux OR inacceptable OR "n\'importe quoi" OR "pas sérieux" OR "une honte" OR "en ai [vraiment] (marre|assez)" OR ras-le-bol OR "pas [du] [tout] (content|contente|satisfait|satisfaite)" OR déçu OR déçue OR mécontent OR mécontente OR "vous moquez de moi" OR "se moque de moi" OR lamentable)',
  ),
  reaction(
    'asks_manager',
    ['Demande un responsable', 'Asks for a manager'],
    ['Le client demande à parler à un responsable.', 'The customer asks to speak to a manager.'],
    'customer:(((responsable OR supérieur OR supérieure OR superviseur OR superviseuse OR manager OR chef) NEAR/6 (parler OR passer OR passez OR voir OR avoir OR veux OR voudrais OR exige OR demande)) OR "plus haut placé" OR "parler à quelqu\'un d\'autre")',
  ),
  reaction(
    'thanks',
    ['Remerciements appuyés', 'Warm thanks'],
    [
      'Le client remercie chaleureusement (« merci beaucoup », « je vous remercie »), au-delà du simple « merci ».',
      'The customer thanks warmly ("thank you so much"), beyond a plain "thanks".',
    ],
    'customer:("merci (beaucoup|infiniment|bien|encore|mille)" OR "merci (pour|de) (votre|vos|tout|ces|les)" OR "mille mercis" OR "je vous remercie" OR "(c\'est|vous êtes) [très|bien|vraiment] (gentil|gentille|aimable)" OR "vous m\'avez [bien|beaucoup] (aidé|aidée)")',
  ),
];

/** The French library: practices of the six coaching themes, customer reactions, building blocks. */
export const FRENCH_LIBRARY: Library = {
  id: 'vigie_fr',
  language: 'fr',
  name: { fr: 'Pratiques du service client (français)', en: 'Customer-service practices (French)' },
  description: {
    fr: 'Bonnes et mauvaises pratiques des conseillers par thème de coaching, et réactions des clients.',
    en: 'Good and bad agent practices by coaching theme, and customer reactions.',
  },
  rules: [...DEFINITIONS, ...PRACTICES, ...REACTIONS],
};
