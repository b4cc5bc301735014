/**
 * Words that show an item is covered, in Finnish, Swedish and English, on
 * lower-case plain text. Kept narrow: a false "covered" only hides a warning,
 * a false warning misleads. Finnish and Swedish inflect, so most entries are
 * stems; `\b` does not know ä and ö, so whole words use `word()`.
 */

/** Any of these whole words (Unicode-aware boundaries). */
const word = (...words: string[]) => new RegExp(`(?<![\\p{L}\\d])(?:${words.join('|')})(?![\\p{L}\\d])`, 'u');

export const WORDS = {
  purposes: /käyttötarkoitu|käsittelyn tarkoitu|tarkoituksiin|purpose|ändamål/,
  legalBasis:
    /oikeusperust|käsittelyperust|käsittelyn perust|perusteena on|perustuu|perustuen|suostumu|sopimukse|oikeutettu etu|oikeutetun edun|lakisääteis|legal basis|lawful basis|based on|consent|contract|legitimate interest|legal obligation|rättslig grund|grundar sig|samtycke|avtal|berättigat intresse|rättslig förpliktelse/,
  /**
   * Grounds that are not among the legal bases of Art. 6(1): a relationship,
   * a position, "as the law allows".
   */
  vagueBasis:
    /muu\p{L}* asiallise\p{L}* yhtey\p{L}*|vastaanottajan asema\p{L}*|(?:\p{L}*lain|lainsäädännön) salli\p{L}*(?: ja \p{L}+)? (?:tavo\p{L}*|tava\p{L}*|rajo\p{L}*)|(?:an)?other relevant connection|the recipient[’']s position|recipient[’']s position|(?:in ways|within the limits) permitted (?:and required )?by (?:the )?(?:\p{L}+ ){0,3}(?:law|act)|(?:annan |någon annan )?saklig anknytning|mottagarens ställning|(?:på (?:det )?sätt|inom de gränser) som (?:\p{L}*lagen|lagstiftningen) tillåter/u,
  /** The words of a "legitimate interest" that names only a relationship or a position. */
  relationshipOnly: new Set(
    `muu muun toinen potentiaalinen olemassa oleva nykyinen asiakassuhde asiakassuhteen asiakkuus asiakkuuden
     liikesuhde yhteistyösuhde suhde suhteen yhteistyöhön perustuva asiallinen asiallisen yhteys yhteyden
     rekisteröidyn rekisterinpitäjän välillä välinen vastaanottajan asema kohdeyrityksessä oikeutettu etu
     ja tai sekä
     a an the another other potential existing current customer client business relationship relationships
     relevant connection based on cooperation between data subject controller recipient’s recipient's
     position in target company legitimate interest interests our and or
     en ett annan någon potentiell befintlig kundrelation kundrelationen kundförhållande relation samarbetsrelation
     affärsrelation som grundar sig på samarbete saklig anknytning mellan den registrerade
     personuppgiftsansvarige mottagarens ställning i målföretaget berättigat berättigade intresse intressen vårt
     och eller`.split(/\s+/)
  ),
  consent: /suostumu|consent|samtycke/,
  /** "Explicit consent" to a transfer: Art. 49(1)(a), the only consent that allows one. */
  explicitConsent: /nimenomai\S* suostumu|nimenomais\S* suostumu|explicit consent|explicitly consent|uttryckli(?:g|ga|gt) samtycke/,
  /**
   * Withdrawing consent, in any inflection: perua, perumaan, peruttavissa,
   * peruuttaa, peruutus; återkalla, återkallelse; withdraw, revoke.
   */
  withdraw:
    /(?<![\p{L}])peru(?:a|n|t|mme|tte|vat|u|taan|ttu|ttav|ttaess|tti|ma|mi|mis|is|ko|kaa|u?tta|utet|utus|utuks|utta|ttam)|återkall|återta|ta tillbaka|withdr[ae]w|revok|revoca/u,
  dpo: /tietosuojavastaav|data protection officer|dataskyddsombud/,
  dataCategories: /tietosisältö|henkilötietoryhm|tietoryhm|categories of (personal )?data|data categories|kategorier av personuppgifter/,
  recipients: /luovut|vastaanottaj|recipient|disclos|mottagare|lämnas ut|utlämn/,
  sources: /tietolähte|lähteist|lähteinä|saadaan|kerätään|source|collected from|obtained from|källa|källor|samlas in|erhålls|inhämtas/,
  eea: /eu:n ulkopuol|eu- tai eta|eta:n ulkopuol|eta-alue|euroopan talousalue|euroopan unionin ulkopuol|eu\/eta|outside the (eu|eea|european)|\beea\b|\bees\b|utanför eu/,
  /** Outside the EU/EEA, as a transfer's destination. */
  abroad:
    /(eu|eta|euroopan unionin|euroopan talousalueen|eu- tai eta-alueen|eu- ja eta-alueen|eu-\/eta-alueen|eu\/eta-alueen|eu:n tai eta:n|eu:n ja eta:n|eu:n tai euroopan talousalueen)\S* ulkopuol|outside the (eu|eea|european)|utanför (eu|ees|europeiska)/,
  /** A country outside the EU/EEA, or third countries. */
  thirdCountry:
    /kolmansiin maihin|kolmanteen maahan|kolmansissa maissa|yhdysvaltoihin|yhdysvalloissa|third countr|to the (united states|us|usa)\b|in the (united states|us|usa)\b|tredje land|till usa\b|i usa\b/,
  /**
   * Moving data, as a verb: siirretään, siirry, siirtää (not the nouns siirto,
   * siirtäminen, which head sections); överförs (not överföring); transferred.
   */
  transfer:
    /siirr[eyä]|siirty|siirtä(?!mi)|överför(?!ing)|transferr(?:ed|ing)|(?:we|may|might|will|can|could|would|shall|should|to|not|never|also) transfer\b|transfers (?:personal )?(?:data|information)/,
  safeguards:
    /vakiosopimuslausek|mallisopimuslausek|sopimuslausekkeet|standard contractual clause|standard data protection clause|standardavtalsklausul|riittävyyspäätö|tietosuojan riittävyyttä koskeva päätö|adequacy decision|adekvat skyddsnivå|beslut om adekvat|sitovat yrityssäänn|binding corporate rules|bindande företagsbestämmelser|data privacy framework|tietosuojakehy|dataskyddsram/,
  /** Privacy Shield in any spelling: "Privacy-Shield", "EU–US Privacy Shield", "privacyshield". */
  privacyShield: /privacy[\s\-–—]*shield/,
  /** Words that tell a past framework is no longer relied on. */
  invalidated: /mitätö|kumo|pätemät|ei enää|korvas|korvattu|invalid|annul|struck down|no longer|replaced|ogiltig|upphäv|inte längre|ersatt/,
  retention:
    /säilytysaika|säilytysaja|säilytetään niin kauan|säilytetään kunnes|säilytetään \S+ (vuo|kuukau|päiv)|retention period|retained for|kept for|stored for|kept as long as|stored as long as|lagringstid|sparas i|bevaras i|sparas så länge|lagras så länge/,
  period:
    /\d+\s*(vuo|kk\b|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)|\b(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|one|two|three|four|five|six|seven|eight|nine|ten|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(vuo|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)/,
  complaint:
    /tietosuojavaltuut|valvontaviranomai|tietosuojaviranomai|supervisory authority|data protection ombudsman|data protection authority|dataombudsman|tillsynsmyndighet|integritetsskyddsmyndighet/,
  /** Complaining, with or without naming the authority. */
  complaining: /valitu|valitta|kantel|complain|klagomål|klaga|anmälan till/,
  requirement:
    /lakisääteinen tai sopimukseen perustuva vaatimus|sopimuksen tekemisen edellytys|edellytys sopimuksen|velvollinen antamaan|ei ole velvollinen|statutory or contractual requirement|required by law or (by )?contract|obliged to provide|required to provide|skyldig att lämna|inte skyldig/,
  automated:
    /automaattis\S* päätöksen|automatisoitu\S* päätöksen|profiloi|profilointi|automated decision|automatic decision|profiling|automatiserat beslutsfattande|automatiserade beslut|automatiska beslut|profilering/,
  /**
   * The Personal Data Acts: Finland's henkilötietolaki 523/1999 (in Swedish personuppgiftslagen)
   * and Sweden's personuppgiftslagen 1998:204, both repealed.
   */
  repealedLaw: /henkilötietola|523\/1999|523\/99|personal data act|personuppgiftslag|1998:204/,
  /** Words a statement of a right uses: "oikeus", "voit", "right", "can", "rätt", "kan". */
  right: word('oikeu\\S*', 'voi\\S*', 'voit', 'right\\S*', 'can', 'cannot', 'may', 'entitled', 'rätt\\S*', 'kan', 'får'),
};

/** Negation in a clause: ei, eikä, emme; inte, ej, ingen; not, no, never, cannot, n't. */
export const NEGATION = new RegExp(
  word(
    'ei',
    'eikä',
    'eivät',
    'eivätkä',
    'emme',
    'emmekä',
    'ette',
    'älä',
    'älkää',
    'inte',
    'ej',
    'icke',
    'aldrig',
    'ingen',
    'inga',
    'inget',
    'not',
    'no',
    'never',
    'cannot',
    'neither',
    'nor',
    'none'
  ).source + "|n[’']t(?![\\p{L}])",
  'u'
);

/** An exception to a negation: "ei siirretä, ellei…", "not without consent". */
export const EXCEPTION = word(
  'ellei',
  'elleivät',
  'paitsi',
  'lukuun ottamatta',
  'muutoin kuin',
  'muuten kuin',
  'ilman',
  'unless',
  'except',
  'without',
  'other than',
  'save',
  'om inte',
  'såvida inte',
  'utom',
  'förutom',
  'utan',
  'annat än',
  // "om det inte är nödvändigt", "om den registrerade inte samtycker": unless, with a subject
  // between (a pronoun, or "den" and a noun; not any word: "uppgifter om kunder överförs inte").
  'om (?:det|detta|den|de|du|ni|vi|man|han|hon)(?: \\p{L}+)? inte',
  'såvida (?:\\p{L}+ ){1,2}inte'
);

/** A condition: the sentence says when, not that (a negation there is no refusal). */
export const CONDITION = word(
  'jos',
  'mikäli',
  'kun',
  'ellei',
  'paitsi',
  'silloin kun',
  'niin kauan kuin',
  'if',
  'unless',
  'when',
  'where',
  'while',
  'as long as',
  'except',
  'om',
  'när',
  'såvida',
  'så länge',
  'utom'
);
