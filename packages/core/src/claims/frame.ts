/**
 * Reporting frames: who a sentence says is speaking. A frame is a speaker noun phrase with a
 * verb of saying ("the Hama Police Command said", "said Observatory chief Rami Abdel Rahman",
 * "X told Y", "according to X", "X quoted a source at Y as saying"). The speaker is read from
 * the words themselves, not from a list of known names: a run of capitalised words, role and
 * organisation nouns ("source", "official", "Command", "agency") and their modifiers ("local",
 * "state-run"), bounded by anything else. Text without commas (FA-KES) runs clauses together,
 * so the phrase also stops at a figure, a verb, a date word or a new clause's capital.
 *
 * The name is then normalised: known aliases ("the Observatory" is SOHR), the institution a
 * source speaks from ("a source at the Hama Police Command" is Hama Police Command), the
 * organisation of a spokesman ("Jaish al-Islam spokesman Islam Alloush" is Jaish al-Islam), a
 * capital speaking for its government ("Damascus said" is the Syrian government), and anything
 * else verbatim without its articles. "He added", "the source said", "the ministry said" are
 * anaphoric: the article resolves them to a source named before (extract.ts).
 */

import { armedGroupNamed, rejectsProposal, sidesIn, UN_NAMES } from "./events.js"
import { findPlaces } from "./gazetteer.js"
import { alternatesAtTop } from "./regex.js"
import { isNeighbourCountry } from "./syria-places.js"

/** The first token after a list of two or more places opening the phrase [from, to), or `from`. */
const afterPlaceList = (tokens: ReadonlyArray<Token>, from: number, to: number, s: string): number => {
  // (a list without commas ends "X and Y": no "and", no list, and no gazetteer scan)
  if (to - from < 3 || !tokens[from]!.cap) return from
  let and = false
  for (let k = from + 1; k < to - 1 && !and; k++) and = tokens[k]!.lower === "and"
  if (!and) return from
  const base = tokens[from]!.start
  const places = findPlaces(s.slice(base, tokens[to - 1]!.end))
  let pos = 0
  let n = 0
  for (const p of places) {
    if (!/^\s*(?:and\s+)?$/i.test(s.slice(base + pos, base + p.start))) break
    pos = p.end
    n++
  }
  if (n < 2) return from
  let k = from
  while (k < to && tokens[k]!.start < base + pos) k++
  return k < to && tokens[k]!.cap ? k : from
}

/** Is the whole phrase one place's name ("Homs", "Deir ez-Zor")? */
// (a country next to Syria is a place to the gazetteer, and a state when it speaks: "Turkey said")
const isPlaceName = (phrase: string): boolean => {
  const places = findPlaces(phrase)
  return places.length === 1 && places[0]!.start === 0 && places[0]!.end >= phrase.length - 2 && !isNeighbourCountry(places[0]!.id)
}

export interface Frame {
  /** the normalised speaker, or the anaphoric phrase itself ("the source", "he") */
  readonly speaker: string
  /** the speaker phrase as written */
  readonly phrase: string
  /** true when the speaker refers back to someone named before */
  readonly anaphoric: boolean
  /** the verb of saying, lower-cased ("said", "according", "denied") */
  readonly verb: string
  /** offsets of the verb (or "according to") in the sentence */
  readonly at: number
  readonly end: number
  /** offsets of the speaker phrase */
  readonly speakerAt: number
  readonly speakerEnd: number
}

interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  /** a word (letters or digits), as opposed to punctuation */
  readonly word: boolean
  readonly cap: boolean
}

// A word may hold inner hyphens, apostrophes and dots ("state-run", "U.S.", "al-Nusra").
// A token is what TOKEN = /[A-Za-z0-9\u00c0-\u024f]+(?:['’.-]+[A-Za-z0-9\u00c0-\u024f]+)*\.?|[^\sA-Za-z0-9\u00c0-\u024f]/g
// matches. Its classes by code unit: a word character, a joiner inside a word, and \s (JavaScript's
// white space and line terminators).
const isTokenWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f)
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/** The end of TOKEN's match at `i` (a word character or any other non-space), read by hand:
 * every sentence with a verb of saying is tokenised, and the regex with its match arrays cost more. */
const tokenEnd = (s: string, i: number): number => {
  const n = s.length
  if (!isTokenWord(s.charCodeAt(i))) return i + 1
  i++
  while (i < n && isTokenWord(s.charCodeAt(i))) i++
  // (?:['’.-]+[word]+)*
  for (;;) {
    let j = i
    while (j < n && isJoiner(s.charCodeAt(j))) j++
    if (j === i || j >= n || !isTokenWord(s.charCodeAt(j))) break
    i = j + 1
    while (i < n && isTokenWord(s.charCodeAt(i))) i++
  }
  // \.?
  return i < n && s.charCodeAt(i) === 46 ? i + 1 : i
}

const tokenize = (s: string, from = 0, to = s.length): Array<Token> => {
  const out: Array<Token> = []
  const n = s.length
  for (let at = from; at < to && at < n; ) {
    if (isSpace(s.charCodeAt(at))) {
      at++
      continue
    }
    const mEnd = tokenEnd(s, at)
    const whole = s.slice(at, mEnd)
    let text = whole
    // a trailing dot belongs to the word only in abbreviations ("U.S.", "Gen.")
    if (text.length > 1 && text.endsWith(".") && !/^(?:[A-Z]\.)+$|^(?:[A-Z]\.)*[A-Z]\.$|^(?:Maj|Gen|Lt|Col|Brig|Capt|Sgt|Dr|Mr|Mrs|Ms|St|Prof)\.$/.test(text))
      text = text.slice(0, -1)
    const c = text.charCodeAt(0)
    const word = isTokenWord(c)
    // (a capital with a mark is a capital: "Şanlıurfa", "Ömer")
    const cap = word && ((c >= 65 && c <= 90) || (c >= 0xc0 && text[0] !== text[0]!.toLowerCase()))
    out.push({ text, lower: text.toLowerCase(), start: at, end: at + text.length, word, cap })
    if (text.length < whole.length) out.push({ text: ".", lower: ".", start: at + text.length, end: mEnd, word: false, cap: false })
    at = mEnd
  }
  return out
}

/** The words of tokens [from, to), one space between them (where the sentence itself is not at hand). */
const textOf = (tokens: ReadonlyArray<Token>, from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ")

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean))

/** Nouns that head a speaker phrase: roles, bodies, media. */
const HEAD = set(`
  source sources official officials spokesman spokeswoman spokesperson spokesmen correspondent correspondents reporter reporters
  director head chief chairman governor minister ministry commander manager commanders activist activists resident residents witness
  witnesses doctor doctors medic medics nurse nurses rescuer rescuers volunteer volunteers worker workers monitor monitors
  observatory group groups agency agencies channel television tv media outlet outlets website websites site sites newspaper daily
  statement statements report reports bulletin authorities administration council councils committee committees command directorate
  hospital hospitals network center centre office coordinator envoy ambassador army military police forces coalition
  government regime organisation organization organisations organizations movement faction brigade front officer officers
  department service mission observers mayor leader leaders member members deputy analyst analysts team teams general
  president prime spokesperson commission headquarters unit units staff people campaigners groups journalist journalists
  photographer inhabitants locals sheikh imam priest mp lawmaker lawmakers embassy ministry companies charity charities governorate
  secretary ambassador counterpart premier ombudsman estimates figures data statistics fighters rebels militants insurgents jihadists troops soldiers
  watchdog watchdogs broadcaster broadcasters powers investigators investigator inspectors inspector experts expert researchers researcher lawyers lawyer party parties alliance militia militias facility facilities paramedic paramedics opposition corps arm wing community authority
  owner owners surgeon surgeons physician physicians pharmacist eyewitness eyewitnesses governorship municipality
  representative representatives delegate delegates delegation partners cluster`)
/** Fighters speak for themselves only as the subject opening a sentence ("Opposition fighters said
 * ..."); inside one they are what the sentence is about ("fighting between the militants and
 * U.S.-backed fighters Syrian opposition activists said"). */
const COMBATANT = set("fighters rebels militants insurgents jihadists troops soldiers")

/** Roles followed by a person's name: "spokesman Islam Alloush", "chief Rami Abdel Rahman". */
const NAMED_ROLE = set(`
  spokesman spokeswoman spokesperson director head chief chairman governor minister commander manager activist resident witness doctor
  correspondent reporter official envoy ambassador coordinator leader general president member deputy analyst journalist
  photographer sheikh imam mayor officer lawmaker mp secretary ambassador
  owner surgeon physician pharmacist eyewitness`)

/** known names that stand for many unnamed people: one of them named speaks for himself */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set([
  "activists",
  "rescue workers",
  "hospital officials",
  "opposition activists",
  "residents",
  "witnesses",
  "medical sources",
  "doctors",
  "medics",
  "surgeons",
  "local sources"
])

/** Lower-case modifiers inside a speaker phrase. */
const MODIFIER = set(`
  local medical military security opposition state state-run state-owned state-controlled official pro-government pro-regime
  pro-opposition pro-assad rebel-run rebel-held opposition-run independent international humanitarian regional rights human news
  media social arabic-language kurdish-language english-language former senior top field informed reliable anonymous unnamed
  civil defence defense rescue emergency health interior foreign war monitoring informed relief aid united government army
  police press information activist activists hospital forensic village town city provincial province district
  military-run monitoring-group spokesman's agency's us u.s. un u.n. other another various several multiple different
  extremist jihadist militant rebel armed terrorist islamist kurdish british-based britain-based uk-based
  london-based istanbul-based beirut-based turkey-based coventry-based based affiliated linked backed run
  reconciliation refugee children's warring same latest updated preliminary regimes governments regime's government's coordination`)

const DET = set("the a an this that these those its their his her")
const CITING = /^(?:citing|quoting)$/
/** the head nouns of a named body ("paramilitary group", "rights organisation") */
const BODY_NOUN =
  /^(?:group|groups|organi[sz]ation|network|movement|agency|committee|council|militia|faction|coalition|alliance|commission|center|centre|charity|monitor)$/
/** Capitalised words that open a clause rather than name a speaker. */
const CLAUSE_WORD = set(`
  on in at earlier later meanwhile also but and however yesterday today tonight monday tuesday wednesday thursday friday
  saturday sunday january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec when while after before since as if though although because so then there this that it its
  they he she we i you our their his her some many most all several according`)

const PRONOUN = set("he she they it we")
/** a pronoun after "according to" */
const OBJECT_PRONOUN = /^(?:him|her|them)$/

// Verbs of saying: finite forms open a frame with the subject before them (or the object after,
// "said the Observatory"); participles ("adding", "saying") continue the sentence's frame.
const SAY = set(`
  said say says told tells reported reports added adds announced announces stated confirmed confirms claimed claims alleged
  alleges estimated estimates estimate documented counted recorded records noted notes indicated affirmed mentioned declared revealed explained stressed warned
  accused accuses blamed blames denied denies deny tweeted wrote insisted quoted cited described put gave gives given informed issued published released
  believes believe suggest suggests puts placed places acknowledge acknowledged acknowledges admitted admits repeated reiterated confirm specified clarified
  stresses warns indicates affirms mentions declares reveals explained explains insists asserted asserts condemned condemns decried decries
  argued argues argue rejected rejects dismissed dismisses refuted refutes called calls spoke spoken speak speaks`)
const SPOKE = /^(?:spoke|spoken|speak|speaks)$/
const HARMED_NOUN = /^(?:casualties|dead|wounded|injured|victims|killed)$/
const OWN_MOUTHPIECE = /^(?:spokes(?:man|woman|person)|commander|leader|head|chief|official|director|media)$/
/** verbs of saying only before a toll, a number or an account ("put the death toll at 50") */
const GIVES_TOLL = set("put puts putting gave gives given placed places")
const SAY_PARTICIPLE = set("saying adding noting reporting citing stressing stating pointing explaining indicating putting")
// "pointed out" is a finite verb of saying only with its particle
/** what an unnamed source in a place comes to: no one in particular */
const ANONYMOUS = /^(?:(?:a|an|the)\s+)?(?:source|sources|official|officials)$/i
/** verbs whose speaker may follow them ("said the Observatory") */
const INVERTS = set("said says added adds reported reports stated wrote noted explained continued specified clarified")
/** "said" by a relay: the speaker is its object ("quoted a source at X as saying"). */
const RELAY = set("quoted cited")
/** "claimed (the) lives", "claims 6 martyrs": a toll taken, not words said */
// ("Mortar Attack Targets Damascus School Claims 11 Children": the people it took, with no verb
// of their own after them, which "claims 11 children were killed" has)
const HARM_TAKEN =
  /^\s+(?:(?:the|their|his|her|many|more)\s+)?(?:li(?:ves?|fe)\b|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\s+(?:[A-Za-z-]+\s+){0,2}?(?:lives|martyrs|victims|dead|(?:people|persons|civilians|children|women|soldiers|fighters|militants|troops)\b(?!(?:\s+[\w-]+){0,6}?\s+(?:were|was|are|had|have|has|died|killed|wounded|injured)\b))\b)/i
/** verbs of saying whose passive names the speaker after "by" */
const PASSIVE_AGENT = set("reported announced confirmed documented counted stated recorded released published")
/** passive or non-reporting uses: "were reported killed", "claimed the lives of" */
const PASSIVE_BEFORE = set("were was been being is are be reportedly")

// words that make a capital after them no government speaking: prepositions ("at war with Damascus",
// "sources close to Cairo") and a list ("Ankara and Damascus")
const DESCRIBED_NOT = /^(?:with|of|at|in|to|from|against|for|on|by|near|inside|outside|across|like|war|and|or)$/
/** Capitals speaking for their governments. */
const METONYM: ReadonlyMap<string, string> = new Map([
  ["damascus", "Syrian government"],
  ["moscow", "Russia"],
  ["the kremlin", "Russia"],
  ["kremlin", "Russia"],
  ["ankara", "Turkey"],
  ["washington", "United States"],
  ["tehran", "Iran"],
  ["paris", "France"],
  ["london", "Britain"],
  ["beijing", "China"],
  ["riyadh", "Saudi Arabia"],
  ["doha", "Qatar"],
  ["brussels", "Belgium"],
  ["amman", "Jordan"],
  ["cairo", "Egypt"],
  // in reports on Syria, the government and the army said without a country are Syria's
  ["the government", "Syrian government"],
  ["government", "Syrian government"],
  ["the regime", "Syrian government"],
  ["regime", "Syrian government"],
  ["the army", "Syrian army"],
  ["the syrian government", "Syrian government"],
  ["syrian government", "Syrian government"],
  ["the syrian regime", "Syrian government"]
])

// Known sources under one name each (the scorer's and a reader's aliases).
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:syrian observatory|sohr|sorh|the observatory|observatory|rami abdel ?rahman|rami abdulrahman|(?:britain|uk|u\.k\.|london)-based (?:syrian )?(?:opposition )?(?:group|monitor|observatory|monitoring group|watchdog|organi[sz]ation)|syrian ob[a-z]{5,12} for human rights|monitor|war monitor|monitoring group|human rights monitoring group)\b/i,
    "SOHR"
  ],
  [/\b(?:white helmets|civil defen[cs]e|syria civil defen[cs]e)\b/i, "White Helmets"],
  [
    /\b(?:russian (?:defen[cs]e )?ministry(?: of defen[cs]e)?|russian mod|russia'?s mod|russia'?s (?:defen[cs]e )?ministry|russias (?:defen[cs]e )?ministry|russian ministry of defen[cs]e|defen[cs]e ministry in moscow|konashenkov|shoigu)\b/i,
    "Russian Defense Ministry"
  ],
  [/\b(?:russian general staff|rudskoy)\b/i, "Russian General Staff"],
  [/\b(?:russian (?:military|army|armed forces)|russia'?s (?:military|army|armed forces)|russias (?:military|army|armed forces))\b/i, "Russian military"],
  [
    /\b(?:sana|syrian arab news agency|syrian news agency|syrian official (?:media|news agency|television|tv)|official syrian (?:news agency|media|television|tv)|state news agency|state-run news agency|state-owned news agency|official news agency|state-run media|state media|state television|state tv|state-run tv|state-run television|(?<!pro-)(?:regime|government)(?:['’]?s)?\s+(?:official\s+)?(?:television|tv|news\s+agency|media))\b/i,
    "SANA"
  ],
  // (not the Free Syrian Army, the rebels)
  [
    /\b(?:(?<!free\s)syrian army|syria'?s army|syrias army|army(?:['’]?s)? general command|general command of the army|(?<!(?:turkish|russian|israeli|american|us|u\.s\.|iraqi|jordanian|lebanese|iranian|kurdish|coalition|western|french|british)\s)military sources?|syrian military)\b/i,
    "Syrian army"
  ],
  // (the General Staff named as such is the gold's and a reader's own speaker, as Russia's is)
  [/\b(?:turkish general staff|turkey'?s general staff|turkeys general staff)\b/i, "Turkish General Staff"],
  [/\b(?:turkish (?:military|armed forces|army)|turkey'?s (?:military|armed forces|army))\b|\bTSK\b/i, "Turkish military"],
  // (the Kurdish-run police of the northeast, by its own name or in English)
  [/\b(?:asayish|asayesh)\b/i, "Asayish"],
  // (Turkey's disaster agency, by its initials as the gold and Turkish media name it)
  [/\b(?:AFAD|disaster\s+and\s+emergency\s+management\s+(?:authority|agency|presidency))\b/i, "AFAD"],
  // (the UN's human rights office, named apart from the UN by the gold and by those it answers)
  [
    /\b(?:OHCHR|(?:UN|U\.N\.?|United Nations)\s+(?:human\s+)?rights\s+office|(?:Office\s+of\s+the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?High\s+Commissioner\s+for\s+Human\s+Rights)(?![\w-])/,
    "OHCHR"
  ],
  // (the UN's agencies by the initials the gold and readers know them by: "the UN humanitarian
  // office, OCHA", "the U.N. refugee agency")
  [
    /\b(?:OCHA(?:['’]?s)?|(?:UN|U\.N\.?|United\s+Nations)(?:['’]s?)?\s+humanitarian\s+(?:affairs\s+|coordination\s+)?(?:office|agency)|Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs)(?![\w-])/,
    "OCHA"
  ],
  [
    /\b(?:UNHCR(?:['’]?s)?|(?:UN|U\.N\.?|United\s+Nations)(?:['’]s?)?\s+(?:refugee|refugees)\s+agency|(?:UN|U\.N\.?|United\s+Nations)\s+High\s+Commissioner\s+for\s+Refugees)(?![\w-])/,
    "UNHCR"
  ],
  [/\b(?:UNICEF(?:['’]?s)?|(?:UN|U\.N\.?|United\s+Nations)(?:['’]s?)?\s+children['’]?s\s+(?:agency|fund))(?![\w-])/, "UNICEF"],
  [/\b(?:United Nations|UN|U\.N|U\.N\.)(?![\w-])/, "UN"],
  [/\b(?:YPG|People['’]?s\s+Protection\s+Units)(?![\w-])/, "YPG"],
  [/\b(?:SDF|Syrian\s+Democratic\s+Forces)(?![\w-])/, "SDF"],
  [/\b(?:WHO|World Health Organi[sz]ation)(?![\w-])/, "WHO"],
  [/\b(?:amaq|aamaq)\b/i, "Amaq"],
  // (Turkey's state agency by the name the golds give it, however the text describes it)
  [/\bAnadolu(?:\s+(?:news\s+)?agency)?\b/i, "Anadolu Agency"],
  [/\b(?:Local\s+Coordination\s+Committees?(?:\s+(?:of|in)\s+Syria)?|LCCs?)(?![\w-])/, "Local Coordination Committees"],
  // (the Russian military's centre at Hmeimim, by any of the names it went by)
  [
    /\b(?:russian\s+(?:reconciliation|coordination)\s+(?:center|centre)|russian\s+(?:center|centre)(?=\s+for\s+(?:the\s+)?(?:reconciliation|coordinating|coordination|monitoring)\b|\s+in\s+(?:hmeimim|syria)\b|\s*$)|(?:center|centre)\s+for\s+(?:the\s+)?reconciliation\s+of\s+(?:the\s+)?(?:opposing|warring|conflicting)|reconciliation\s+(?:center|centre))\b/i,
    "Russian center for reconciliation"
  ],
  [/\b(?:MSF|M\w{0,3}cins\s+Sans\s+Fronti\w{1,3}s|Doctors\s+Without\s+Borders)(?![\w-])/, "MSF"],
  [/\b(?:ICRC|International\s+Committee\s+of\s+the\s+Red\s+Cross)(?![\w-])/, "ICRC"],
  [/\b(?:NDF|National Defen[cs]e Forces?)(?![\w-])/, "National Defence Forces"],
  [/\b(?:IDF|Israel(?:i)?\s+Defen[cs]e\s+Forces|Israeli\s+(?:army|military))(?![\w-])/, "Israeli army"],
  // (the gold's convention, and the reader's: a kind of people is kept as the text names it -
  // doctors, medics, witnesses - and only its unnamed "sources" are one name)
  [/\b(?:medical sources?|medical officials?)\b/i, "medical sources"],
  [/\b(?:hospital officials?)\b/i, "hospital officials"],
  [/\b(?:doctors?|physicians?)\b/i, "doctors"],
  [/\b(?:medics?)\b/i, "medics"],
  [/\b(?:surgeons?)\b/i, "surgeons"],
  [/\b(?:local sources?)\b/i, "local sources"],
  [/\b(?:opposition activists?)\b/i, "opposition activists"],
  [/\b(?:activists?)\b/i, "activists"],
  [/\b(?:residents|resident)\b/i, "residents"],
  // (rescuers unnamed are kept as such, as the labels keep them: only Syria Civil Defence by its
  // names is the White Helmets)
  [/\b(?:rescue\s+workers|rescuers|rescue\s+teams)\b/i, "rescue workers"],
  [/\b(?:witnesses|eyewitness(?:es)?)\b/i, "witnesses"],
  [/\b(?:rights groups|rights organi[sz]ations|rights companies)\b/i, "rights groups"],
  // (unnamed rebels and the state's unnamed sources, whole phrases only, by the gold's names for
  // them: not "Ahrar al-Sham rebel group", "a rebel commander")
  // (bare "rebels" stays as written: "a monitor and rebels said" is the monitor's, see COMBATANT)
  [
    /^(?:the\s+)?(?:syrian\s+)?(?:rebel\s+(?:groups|factions|forces|fighters)|(?:armed\s+)?opposition\s+(?:factions|fighters|groups)|(?:armed\s+)?factions)$/i,
    "rebels"
  ],
  [/^(?:syrian\s+)?(?:government|regime)\s+sources?$|^(?:the\s+)?syrian\s+(?:army\s+)?command$/i, "Syrian government"]
]

// (the names opening on \b share it, tested once at each place rather than once per name: ALIAS_ANY
// is only tested, which name matched is not read from it)
const ALIAS_SOURCES = ALIASES.map(([re]) => re.source)
const ALIAS_BOUNDED = ALIAS_SOURCES.filter((s) => s.startsWith("\\b") && !alternatesAtTop(s))
const ALIAS_ANY = new RegExp(
  [
    ...(ALIAS_BOUNDED.length > 0 ? [`\\b(?:${ALIAS_BOUNDED.map((s) => s.slice(2)).join("|")})`] : []),
    ...ALIAS_SOURCES.filter((s) => !ALIAS_BOUNDED.includes(s))
  ].join("|"),
  "i"
)
const ALIAS_CASED = ALIASES.filter(([re]) => !re.flags.includes("i"))

/** The known name of a speaker phrase, or null. */
// (a phrase is asked about again and again while its article is read, half the calls: the last
// readings are kept, as for sidesIn; the reading is a pure function of the phrase)
const recentKnown = new Map<string, string | null>()
export const knownSource = (phrase: string): string | null => {
  const known = recentKnown.get(phrase)
  if (known !== undefined) return known
  const name = readKnownSource(phrase)
  if (recentKnown.size >= 64) recentKnown.clear()
  recentKnown.set(phrase, name)
  return name
}
const readKnownSource = (phrase: string): string | null => {
  // one pass to learn whether any known name is there at all (most phrases name none)
  if (!ALIAS_ANY.test(phrase) && !ALIAS_CASED.some(([re]) => re.test(phrase))) return null
  for (const [re, name] of ALIASES) {
    if (!re.test(phrase)) continue
    // another state's agency ("Turkeys state-run news agency Anadolu") is not Syria's
    if (name === "SANA" && FOREIGN_AGENCY.test(phrase) && !/\bsana\b/i.test(phrase)) continue
    return name
  }
  return null
}
// (read only where the SANA pattern matched: a lookbehind inside the one-pass pattern costs every phrase)
const FOREIGN_AGENCY =
  /\b(?:turkish|iranian|russian|iraqi|jordanian|lebanese|israeli|egyptian|saudi|qatari|chinese|american|british|french|german|kurdish)\s+(?:state-run|state-owned|official|state)\s+(?:news\s+agency|media|television|tv)\b|\b(?!syria|regime|government|assad|its\b|country|the\b)[a-z]+(?:'s|’s|s)\s+(?:state-run|state-owned|official)\s+(?:news\s+agency|media)\b|\b(?:state-run|state-owned|official)\s+(?:news\s+agency|media)\s+(?!(?:said|says|reported|reports|added|stated|announced|quoted|quoting|cited|citing|that|on|in|of|the|and|as)\b)[a-z]+/i

/** Sources the rules know by name. */
export const KNOWN_SOURCES: ReadonlySet<string> = new Set(ALIASES.map(([, name]) => name))

/** Does this word name a body or a role ("Command", "Ministry", "Council"), never a person's surname? */
export const isBodyWord = (word: string): boolean => HEAD.has(word.toLowerCase())

// (the possessive dropped only where there is one: the regex replace cost every token)
// (the possessive read by its last two characters: inPhrase asks this of every word it walks past)
// ("the Kurdish self-administration": a self-administration, self-government or self-defence is a body)
const isHead = (t: Token): boolean =>
  HEAD.has(t.lower) || (possessive(t.lower) && HEAD.has(t.lower.slice(0, -2))) || (t.lower.includes("-") && SELF_BODY.test(t.lower))
const SELF_BODY = /^self-(?:administration|government|defen[cs]e)$/
const possessive = (w: string): boolean => {
  const n = w.length
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false
  const q = w.charCodeAt(n - 2)
  return q === 39 || q === 0x2019
}
/** /^\d/.test(s), without a regex call: the phrase walks ask it of every token they pass */
const startsWithDigit = (s: string): boolean => {
  const c = s.charCodeAt(0)
  return c >= 48 && c <= 57
}
const isNamePart = (t: Token): boolean =>
  t.word && (t.cap || /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|abdel|abdul|de|van|von)$|^(?:al|el)-/.test(t.text)) && !startsWithDigit(t.text)

/** a noun or adjective that may stand inside a place a speaker is at ("the makeshift field point"),
 * not a verb's form or an adverb */
const PLAIN_WORD = /^[a-z][a-z-]*$(?<!(?:ed|ing|ly))/

/** The connector before the lower-case words ending at token `end` ("at | the makeshift field
 * point"): up to three nouns or adjectives after an article; -1 if there is none. */
// (past one word only where the head opens its phrase, "A medic at ...": without commas "troops in
// the border area Turkish officials said" runs two clauses together)
/** a lower-case noun or adjective, neither a connector nor an article */
const isPlainWord = (t: Token): boolean => t.word && !t.cap && !CONNECTOR.test(t.lower) && !DET.has(t.lower) && PLAIN_WORD.test(t.lower)
const connectorBefore = (tokens: ReadonlyArray<Token>, end: number): number => {
  // (a participle right after the article is an adjective too: "doctors in the besieged | districts")
  const plain = (t: Token, k: number): boolean =>
    (isPlainWord(t) || (/^[a-z]{3,}ed$/.test(t.lower) && DET.has(tokens[k - 1]?.lower ?? ""))) && !LOCATIVE.test(t.lower) && !HEAD.has(t.lower)
  // (the last word may be any lower-case word: "a spokesman for the opposition-aligned | Homs Media Centre")
  if (end < 0 || !tokens[end]!.word || tokens[end]!.cap || /\d/.test(tokens[end]!.text)) return -1
  let c = end - 1
  while (c >= end - 3 && c >= 1 && plain(tokens[c]!, c)) c--
  const words = end - c
  if (c >= 1 && DET.has(tokens[c]!.lower)) c--
  if (words > 1 && !(c >= 1 && (c === 1 || DET.has(tokens[c - 2]!.lower) || tokens[c - 2]!.text === ","))) return -1
  return c
}

/** Can this token be inside a speaker phrase (walking backwards from the verb)? */
const inPhrase = (t: Token): boolean => {
  if (!t.word) return t.text === "&" || t.text === "'" || t.text === "’"
  if (startsWithDigit(t.text)) return false
  if (PRONOUN.has(t.lower)) return true
  if (t.cap) return !CLAUSE_WORD.has(t.lower) || t.lower === "the" || t.lower === "a" || t.lower === "an"
  return (
    // (a head's possessive too: "the Syrian army's general command")
    isHead(t) ||
    MODIFIER.has(t.lower) ||
    DET.has(t.lower) ||
    PRONOUN.has(t.lower) ||
    // ("Staffan de Mistura", "Ibn Taymiyyah"): particles inside a person's name
    /^(?:of|for|at|in|from|and|al|el|ad|bin|ibn|abu|de|van|von|on|with|to)$/.test(t.lower) ||
    /^(?:al|el)-/.test(t.lower) ||
    /-based$|-run$|-led$|-backed$|-affiliated$|-linked$|-held$|-controlled$|-supported$/.test(t.lower)
  )
}

const CONNECTOR = /^(?:of|for|at|in|from|on|with|to)$/
const COMPASS_ADJECTIVE = /^(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/
const PLACE_KIND_WORD = /^(?:neighbou?rhood|neighborhood|district|quarter|camp|town|village|city|area|province|countryside)$/
const REACHED = /^(?:contacted|reached|speaking|interviewed|talking|writing|relayed|quoted|cited)$/
const BEARING_ASIDE =
  /^(?:(?:about|some|around|roughly|nearly|just|only|almost)\s+)?(?:(?:\d[\d.,]*|[a-z]+)\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+)?(?:to\s+the\s+|from\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:\s+of\s+[\w -]+)?$/i
const DISTANCE = /^\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b/i
const OWN_PART = /^for\s+(?:its|his|her|their|our|my)\s+(?:own\s+)?part$/i
const ASIDE_CLAUSE = /^(?:who|which|in|on|at|during|after|before|via|through|from|with|[a-z]{3,}(?:ed|ing))$/
const HEADS_BODY = /^(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|founded|manages|managed)$/

/** Whether the capitalised words right before token `c` name a body: a run of capitals (and
 * "of") with a head among them ("Directorate of Health", "Hama Police Command"). */
const namedBody = (tokens: ReadonlyArray<Token>, c: number): boolean => {
  let k = c - 1
  if (!tokens[k]?.cap) return false
  for (; k >= 0 && k > c - 7; k--) {
    const w = tokens[k]!
    if (w.cap && isHead(w)) return true
    if (!(w.cap || (w.lower === "of" && tokens[k - 1]?.cap === true))) return false
  }
  return false
}

/** The start of a lower-case run of a body's own name ending right before token `end` ("for
 * reconciliation of the opposing sides" after "Russian Center"): a run of up to six lower-case
 * words and "of", "for", "the", opening on "for" or "of" right after a capitalised head; or 0. */
const lowerTail = (tokens: ReadonlyArray<Token>, end: number): number => {
  let k = end - 1
  while (k > 0 && end - k <= 7 && tokens[k]!.word && !tokens[k]!.cap && !/\d/.test(tokens[k]!.text)) {
    if (/^(?:for|of)$/.test(tokens[k]!.lower) && tokens[k - 1]!.cap && isHead(tokens[k - 1]!) && BODY_NOUN.test(tokens[k - 1]!.lower)) return k
    if (SAY.has(tokens[k]!.lower) || /^(?:was|were|is|are|has|have|had|be|been|which|who|that|when|after|as)$|ly$/.test(tokens[k]!.lower)) return 0
    k--
  }
  return 0
}

/** "An activist in the town who gave his name as Abu Hisham told AFP", "A resident ..., who asked
 * to be identified only as Abu Omar, said": the name the speaker goes by, right before the verb
 * (or its comma), is who speaks; [from, to) or null. */
// the words before "by his first name" and "gave his first name" when the name is the speaker's own
const OWN_NAME_HOLDER = String.raw`^(?:(?:an?|the|one)\s+)?(?:(?!(?:who|that|which)\b)[\w'’.-]+\s+){0,5}?`
const BY_OWN_NAME = new RegExp(
  String.raw`${OWN_NAME_HOLDER}(?:who\s+(?:asked|wished|wanted|agreed|preferred|requested)\s+(?:not\s+)?to\s+be\s+)?(?:identified|known|named)$|^who\s+(?:asked|wished|wanted|agreed|preferred|requested)\s+to\s+be\s+(?:identified|known|named)$|^(?:identified|known|named)$`,
  "i"
)
const GAVE_OWN_NAME = new RegExp(String.raw`${OWN_NAME_HOLDER}who(?:\s+would)?$|^who(?:\s+would)?$`, "i")
/** The name a speaker named after the verb gave, in the words right after his phrase ending at
 * token `to`: "an activist who gave his name as Abu Hisham", "a resident, who gave only his first
 * name, Omar"; [from, to) of the name, or null. */
const nameGivenAfter = (tokens: ReadonlyArray<Token>, to: number): readonly [number, number] | null => {
  let k = to
  if (tokens[k]?.text === ",") k++
  if (tokens[k]?.lower !== "who") return null
  k++
  if (tokens[k]?.lower === "would") k++
  if (!/^(?:gave|give)$/.test(tokens[k]?.lower ?? "")) return null
  k++
  if (tokens[k]?.lower === "only") k++
  if (!/^(?:his|her)$/.test(tokens[k]?.lower ?? "")) return null
  k++
  if (/^(?:first|last|given|family)$/.test(tokens[k]?.lower ?? "")) k++
  if (tokens[k]?.lower !== "name") return null
  k++
  if (tokens[k]?.lower === "only") k++
  if (tokens[k]?.lower === "as" || tokens[k]?.text === ",") k++
  const from = k
  while (k < tokens.length && k - from < 4 && tokens[k]!.cap && isNamePart(tokens[k]!)) k++
  return k > from ? [from, k] : null
}
const nameGivenAs = (tokens: ReadonlyArray<Token>, i: number): readonly [number, number] | null => {
  let end = i
  if (tokens[end - 1]?.text === ",") end--
  let k = end
  while (k > 0 && end - k < 4 && isNamePart(tokens[k - 1]!) && tokens[k - 1]!.lower !== "as") k--
  // ("who asked to be identified only by his first name, Mohammed, told": the name after "name")
  if (k < end && tokens[k]!.cap) {
    let n = k - 1
    if (tokens[n]?.text === ",") n--
    if (tokens[n]?.lower === "name" && /^(?:first|last|given|family)$/.test(tokens[n - 1]?.lower ?? "") && /^(?:his|her)$/.test(tokens[n - 2]?.lower ?? "")) {
      const v = tokens[n - 3]?.lower === "only" ? n - 4 : n - 3
      const verb = tokens[v]?.lower ?? ""
      if (!/^(?:by|gave|give|giving|gives)$/.test(verb)) return null
      // (the name the speaker gave, not someone the speaker names: "The Observatory, which identified
      // the commander only by his first name", "A doctor who treated a boy identified only by ...")
      let c = v
      while (c > 0 && tokens[c - 1]!.text !== ",") c--
      const before = textOf(tokens, c, v).replace(/\s+only$/i, "")
      return (verb === "by" ? BY_OWN_NAME : GAVE_OWN_NAME).test(before) ? [k, end] : null
    }
  }
  if (k === end || !tokens[k]!.cap || tokens[k - 1]?.lower !== "as") return null
  // ("who gave his first name only as Omar")
  const only = tokens[k - 2]?.lower === "only" && tokens[k - 3]?.lower === "name" ? 1 : 0
  const w1 = tokens[k - 2 - only]?.lower ?? ""
  const w2 = tokens[k - 3 - only]?.lower ?? ""
  const given =
    /^(?:identified|named|known)$/.test(w1) ||
    (w1 === "only" && /^(?:identified|named|known)$/.test(w2)) ||
    (w1 === "name" && /^(?:his|her|their)$/.test(w2)) ||
    // ("who gave his first name as Omar")
    (w1 === "name" && /^(?:first|last|given|family)$/.test(w2) && /^(?:his|her)$/.test(tokens[k - 4 - only]?.lower ?? ""))
  return given ? [k, end] : null
}

/** The speaker phrase ending right before token `i` (exclusive), walking back; [from, to). */
const phraseBefore = (tokens: ReadonlyArray<Token>, i: number): readonly [number, number] | null => {
  const given = nameGivenAs(tokens, i)
  if (given !== null) return given
  // "Turkey for its part said" (commas stripped): the aside is no part of the speaker
  // ("for its own part")
  const own = tokens[i - 2]?.lower === "own" ? 1 : 0
  if (
    i >= 4 + own &&
    tokens[i - 1]!.lower === "part" &&
    /^(?:its|their|his|her|our)$/.test(tokens[i - 2 - own]!.lower) &&
    tokens[i - 3 - own]!.lower === "for" &&
    tokens[i - 4 - own]!.word
  )
    return phraseBefore(tokens, i - 3 - own)
  let from = i
  for (;;) {
    const t = tokens[from - 1]
    if (t === undefined) break
    // "The Syrian Observatory for Human Rights (SOHR) estimated": an abbreviation in brackets
    // ("(TRT World and Agencies) Syrian Observatory ... said": a photo credit in brackets is no part of it)
    // (or square ones, "Human Rights [SOHR] said")
    if (t.text === ")" || t.text === "]") {
      // ("(Reuters) Western powers say": a wire's credit opening the sentence is no part of it)
      if (tokens[from - 3]?.text === (t.text === ")" ? "(" : "[") && from > 3 && /^[A-Z][A-Za-z]{1,7}$/.test(tokens[from - 2]!.text)) {
        from -= 3
        continue
      }
      // "The Kurdish Red Crescent (Heyva Sor a Kurd) said": a name's other name in brackets
      // belongs to the phrase before it
      if (t.text === ")" && from === i) {
        let o = from - 2
        while (o >= 0 && o > from - 12 && tokens[o]!.text !== "(" && tokens[o]!.text !== ")" && !SAY.has(tokens[o]!.lower)) o--
        if (o >= 1 && tokens[o]!.text === "(" && tokens[o - 1]!.cap && inPhrase(tokens[o - 1]!)) {
          from = o
          continue
        }
      }
    }
    // "the Jordan Armed Forces – Arab Army said": a name's second name after a dash belongs to it
    if (
      (t.text === "–" || t.text === "—") &&
      from < i &&
      i - from <= 5 &&
      tokens[from]!.cap &&
      tokens[from - 2]?.cap === true &&
      tokens.slice(from, i).every((x) => (x.cap && !CLAUSE_WORD.has(x.lower)) || /^(?:of|for|the|and)$/.test(x.text))
    ) {
      from--
      continue
    }
    // "The Syrian Observatory for Human Rights - which monitors the conflict ... - said": an aside
    // between dashes (up to 30 tokens: an aside, not a clause)
    if ((t.text === "-" || t.text === "–" || t.text === "—") && from === i) {
      let k = from - 2
      while (k >= 0 && k > from - 32 && tokens[k]!.text !== t.text && (!SAY.has(tokens[k]!.lower) || tokens[k]!.lower === "according")) k--
      // (the speaker is the phrase before the aside, not a noun inside it: "leader of the Army of
      // Islam - a merged collection of rebel opposition groups - declared")
      if (k >= 1 && tokens[k]!.text === t.text && inPhrase(tokens[k - 1]!)) return phraseBefore(tokens, k)
      break
    }
    // "X, the head of the local civil defence, said", "X, also known as White Helmets, reported":
    // an apposition between commas belongs to the phrase before it
    if (t.text === "," && from === i) {
      let k = from - 2
      // (a distance is an aside too: "The local council in X, about 4km to the north, said")
      while (
        k >= 0 &&
        k > from - 16 &&
        tokens[k]!.text !== "," &&
        (!/^\d/.test(tokens[k]!.text) || DISTANCE.test(`${tokens[k]!.text} ${tokens[k + 1]?.text ?? ""}`)) &&
        !SAY.has(tokens[k]!.lower)
      )
        k--
      // "A doctor at a field hospital in the nearby al-Sakhour district, Abdel Aziz al-Hamoud, told
      // EFE": a person's name between commas after the role that describes him is the speaker
      // (not after a body's spokesman, "A spokesman for the SDF, Mustafa Bali, denied": the body
      // speaks; nor after another name, "John Kerry and his Russian counterpart, Sergei Lavrov")
      if (k >= 1 && tokens[k]!.text === "," && from - 1 - (k + 1) >= 2 && from - 1 - (k + 1) <= 4) {
        const name = tokens.slice(k + 1, from - 1)
        let d = k - 1
        while (d > 0 && k - d < 14 && tokens[d - 1]!.word) d--
        const described = textOf(tokens, d, k)
        const known = knownSource(described)
        if (
          name[0]!.cap &&
          name.every((x) => isNamePart(x) && !isHead(x) && !CLAUSE_WORD.has(x.lower)) &&
          !isPlaceName(textOf(tokens, k + 1, from - 1)) &&
          /^(?:a|an|the|one)$/i.test(tokens[d]!.text) &&
          !/\b(?:and|spokes(?:man|woman|person))\b/i.test(described) &&
          (known === null || GENERIC_PEOPLE.has(known)) &&
          armedGroupNamed(described) === null &&
          !tokens.slice(d, k).some((x) => x.cap && isHead(x))
        )
          return [k + 1, from - 1]
      }
      // ("An aid worker at the Ain Issa camp, some 30 miles north of Raqqa, said": where the place
      // named last lies)
      if (k >= 1 && tokens[k]!.text === "," && PLACE_KIND_WORD.test(tokens[k - 1]!.lower) && BEARING_ASIDE.test(textOf(tokens, k + 1, from - 1)))
        return phraseBefore(tokens, k)
      if (k >= 1 && tokens[k]!.text === "," && inPhrase(tokens[k - 1]!)) {
        // ("The bakery's owner, reached by telephone, said", "X, who asked not to be named, said": a
        // participle's or a relative clause's aside says how, not who)
        if (ASIDE_CLAUSE.test(tokens[k + 1]!.lower) && !isHead(tokens[k + 1]!) && !MODIFIER.has(tokens[k + 1]!.lower)) return phraseBefore(tokens, k)
        // (and where it lies: "The local council in X, about 4km to the north, said")
        if (BEARING_ASIDE.test(textOf(tokens, k + 1, from - 1))) return phraseBefore(tokens, k)
        // (and whose turn it is: "The army, for its part, said")
        if (OWN_PART.test(textOf(tokens, k + 1, from - 1))) return phraseBefore(tokens, k)
        // (and what a body is: "Ahrar al-Sham, one of the strongest rebel groups in the area, said")
        const body = bodyDescribed(tokens, k, k + 1, from - 1)
        if (body !== null) return body
        from = k
        continue
      }
      break
    }
    // "Raqqa 24 gave a toll of 14": a name ending in digits right before the verb
    if (
      from === i &&
      /^\d{1,3}$/.test(t.text) &&
      tokens[from - 2]?.cap === true &&
      !CLAUSE_WORD.has(tokens[from - 2]!.lower) &&
      (SAY.has(tokens[i]?.lower ?? "") || /^(?:gave|put|gives|puts)$/.test(tokens[i]?.lower ?? "")) &&
      // (opening its clause: not "six militants who were defending Division 30 said Observatory director ...")
      (from < 3 || !tokens[from - 3]!.word || DET.has(tokens[from - 3]!.lower))
    ) {
      from--
      continue
    }
    // ("Activists there said": the adverb of place is no part of the speaker)
    if (t.lower === "there" && from === i && from >= 2 && tokens[from - 2]!.word) return phraseBefore(tokens, i - 1)
    // "An official at the Syrian Information Ministry contacted by telephone rejected ...": how the
    // speaker was reached is no part of him (up to four words after the participle)
    if (from === i && !inPhrase(t)) {
      for (let k = from - 2; k >= 1 && k >= from - 6; k--) {
        if (REACHED.test(tokens[k]!.lower) && inPhrase(tokens[k - 1]!) && (isHead(tokens[k - 1]!) || isNamePart(tokens[k - 1]!))) return phraseBefore(tokens, k)
        if (!tokens[k]!.word) break
      }
    }
    // "Sources close to the regime said", "Media outlets close to the PKK/PYD claimed": whom a
    // speaker is close to is part of the phrase
    if (t.lower === "close" && tokens[from]?.lower === "to" && from >= 2 && isHead(tokens[from - 2]!)) {
      from--
      continue
    }
    // "Activists in the besieged al-Waer neighbourhood said": the kind of a place named before it, and
    // a participle describing the place, are part of the phrase
    // ("A medic at a field clinic in the nearby village of Hneida told": a place's kind before its
    // name, with up to two words after the article)
    if (!inPhrase(t)) {
      // (an adjective may be a participle here: "the besieged town of Madaya")
      const adjective = (x: Token): boolean => isPlainWord(x) || (x.word && !x.cap && /^[a-z]+ed$/.test(x.lower))
      const kind = PLACE_KIND_WORD.test(t.lower) ? from - 1 : adjective(t) && PLACE_KIND_WORD.test(tokens[from]?.lower ?? "") ? from : -1
      if (kind >= 0 && tokens[kind + 1]?.lower === "of" && tokens[kind + 2]?.cap === true) {
        let k = kind - 1
        while (k >= 0 && kind - k <= 2 && adjective(tokens[k]!)) k--
        // (only where a speaker's head owns the place: "a medic at a field clinic in |the nearby
        // village of", not "kidnapped them in |the oil-rich eastern province of Deir Ezzor said")
        const owner = k >= 2 && CONNECTOR.test(tokens[k - 1]!.lower) ? k - 2 : -1
        const c = owner >= 0 && !isHead(tokens[owner]!) ? connectorBefore(tokens, owner) : -1
        const head = owner < 0 ? -1 : isHead(tokens[owner]!) ? owner : c >= 1 && CONNECTOR.test(tokens[c]!.lower) && isHead(tokens[c - 1]!) ? c - 1 : -1
        // (and that head opens its clause: not "Jets killed 40 militants in airstrikes in the central
        // province of Hama local media reported")
        let opens = head
        while (opens > 0 && head - opens < 3 && (isPlainWord(tokens[opens - 1]!) || DET.has(tokens[opens - 1]!.lower))) opens--
        if (DET.has(tokens[k]?.lower ?? "") && head >= 0 && (opens === 0 || !tokens[opens - 1]!.word)) {
          from = k + 1
          continue
        }
      }
    }
    // ("Rescue workers in Syria's northern Hama province said": a bearing before a place's name)
    // (only in a speaker's own locative, its head noun right before: not "in northern Aleppo Russian
    // sources said", commas stripped)
    if (!inPhrase(t) && COMPASS_ADJECTIVE.test(t.lower) && tokens[from]?.cap === true && from < i - 1) {
      const p = /['’]s$/.test(tokens[from - 2]?.text ?? "") ? from - 3 : from - 2
      if (CONNECTOR.test(tokens[p]?.lower ?? "") && tokens[p - 1] !== undefined && isHead(tokens[p - 1]!) && !tokens[p - 1]!.cap) {
        from--
        continue
      }
    }
    if (!inPhrase(t) && PLACE_KIND_WORD.test(t.lower) && from >= 2 && isNamePart(tokens[from - 2]!)) {
      from--
      continue
    }
    if (!inPhrase(t) && /^[a-z]{3,}ed$/.test(t.lower) && tokens[from] !== undefined && isNamePart(tokens[from]!) && DET.has(tokens[from - 2]?.lower ?? "")) {
      from--
      continue
    }
    if (!inPhrase(t)) {
      // "Residents in the area", "doctors at the field hospital": a common noun after a connector
      // that follows a head noun
      const c = connectorBefore(tokens, from - 1)
      // ("the Directorate of Health in east Aleppo reported": or a name with a head of its own)
      if (t.word && !t.cap && !/\d/.test(t.text) && c >= 1 && CONNECTOR.test(tokens[c]!.lower) && (isHead(tokens[c - 1]!) || namedBody(tokens, c))) {
        from = c
        continue
      }
      // "The Russian Center for reconciliation of the opposing sides said": a named body's name
      // going on in lower case after "for" or "of" (a capitalised head within the name before it)
      const tail = lowerTail(tokens, from)
      if (tail > 0) {
        from = tail
        continue
      }
      break
    }
    // a pronoun is a whole phrase ("he said"), never part of a longer one
    if (PRONOUN.has(t.lower)) {
      if (from === i) from--
      break
    }
    from--
    // an article opens a phrase: "the center of the city | the statement said"; but "a network of
    // activists" after a name and its abbreviation describes that name ("The Local Coordination
    // Committees (LCC) a network of activists reported")
    if (DET.has(t.lower) && from > 0 && !CONNECTOR.test(tokens[from - 1]!.lower) && tokens[from - 1]!.lower !== "and") {
      const named = tokens[from - 1]!
      if (!((t.lower === "a" || t.lower === "an") && (named.text === ")" || (named.cap && isHead(named))))) break
    }
  }
  if (tokens[from]?.text === ",") from++
  if (tokens[from] !== undefined && tokens[from]!.start > 0) {
    for (let k = i - 1; k >= from; k--) {
      if (COMBATANT.has(tokens[k]!.lower)) {
        // "a monitor and rebels said": fighters joined to another speaker speak with it
        const other = tokens[k - 2]
        if (tokens[k - 1]?.lower === "and" && other !== undefined && k - 2 >= from && isHead(other) && !COMBATANT.has(other.lower)) break
        // ("BEIRUT (Reuters) - Rebels said", "Syrian rebels said": the fighters themselves speak, right
        // before the verb and counted by no number)
        // (not "killed 30 Syrian rebels said a monitoring group": a number within the words before)
        if (k === i - 1 && SAY.has(tokens[i]?.lower ?? "") && !tokens.slice(Math.max(0, k - 3), k).some((x) => /^\d/.test(x.text) || NUMBER_WORD.test(x.lower)))
          break
        from = k + 1
        break
      }
    }
  }
  // "the reconciliation centre", "a rescue team": a common noun compounded with the head
  const prev = tokens[from - 1]
  if (
    from < i &&
    isHead(tokens[from]!) &&
    prev?.word &&
    !prev.cap &&
    !/\d|(?:ed|ing|ly)$/.test(prev.lower) &&
    !CONNECTOR.test(prev.lower) &&
    DET.has(tokens[from - 2]?.lower ?? "")
  )
    from -= 2
  // "U.N. war crimes investigators": a known body's name before nouns compounding the head
  if (from < i && isHead(tokens[from]!)) {
    let k = from - 1
    while (k >= 0 && from - k <= 3 && isPlainWord(tokens[k]!)) k--
    if (k >= 0 && k < from - 1 && tokens[k]!.cap && knownSource(tokens[k]!.text) !== null && (k === 0 || DET.has(tokens[k - 1]!.lower) || !tokens[k - 1]!.word))
      from = k
  }
  // a phrase neither starts nor ends on a connector or "and"
  while (from < i && (CONNECTOR.test(tokens[from]!.lower) || tokens[from]!.lower === "and")) {
    // "in the city" before "told" belongs to the subject only after a head noun; here it opens the clause
    from++
  }
  // a connector may only join a head (or a name) to what follows: "sources in the city", "Ministry of Defense";
  // "killed 10 people in Damascus SOHR said" starts after "in"
  for (let k = i - 1; k > from; k--) {
    const t = tokens[k]!
    if (!CONNECTOR.test(t.lower)) continue
    const before = tokens[k - 1]!
    // (or the last noun of a head's place: "A medic at the field point | in al-Mayadin")
    const c = connectorBefore(tokens, k - 1)
    const placeOfHead = c >= from + 1 && CONNECTOR.test(tokens[c]!.lower) && isHead(tokens[c - 1]!)
    // (or "close" after a head: "sources close to the regime")
    const closeTo = t.lower === "to" && before.lower === "close" && k >= 2 && isHead(tokens[k - 2]!)
    // (or a place's kind before its name: "the nearby village of Hneida")
    const placeKind = t.lower === "of" && PLACE_KIND_WORD.test(before.lower) && tokens[k + 1]?.cap === true
    if (!(isHead(before) || before.cap || DET.has(before.lower) || MODIFIER.has(before.lower) || placeOfHead || closeTo || placeKind)) {
      from = k + 1
      break
    }
  }
  if (from >= i) return null
  // "targeted by a radical rebel group Syrian state TV reports": after a common head noun a
  // capitalised name with a head of its own opens another phrase (commas stripped), the speaker's;
  // not after a role that names its holder ("army spokesman Brig. Gen. Ali Mayhoub")
  for (let k = from + 1; k < i; k++) {
    const h = tokens[k - 1]!
    // (not after a possessive owning a unit's short name right before the verb: "the Syrian army's
    // General Command said"; but "shelling by the Syrian army's Fourth Division SOHR said")
    // (a unit known by its own name is read by it: "the Russian military's Reconciliation Centre")
    const ownedUnit = /['’]s$/.test(h.text) && i - k <= 2 && UNIT_NAME.test(tokens[i - 1]!.text) && knownSource(textOf(tokens, k, i)) === null
    if (h.cap || !isHead(h) || NAMED_ROLE.has(h.lower) || !tokens[k]!.cap || DET.has(tokens[k]!.lower) || ownedUnit) continue
    // (or a known source's name: "carried out by a rebel brigade SOHR said")
    if (tokens.slice(k, i).some((x) => isHead(x)) || knownSource(textOf(tokens, k, i)) !== null) {
      from = k
      break
    }
  }
  // "... said its operations target only Nusra and allied groups and Russia's Defence Ministry has
  // denied that ...": a verb in the singular after "A and B" has B alone for its subject, and A ends
  // the clause before (speakers joined, "The Media Office and the Observatory say", take the plural)
  if (SINGULAR_VERB.test(tokens[i]?.lower ?? "")) {
    const before = tokens[from - 1]
    if (before?.word === true && !before.cap && !DET.has(before.lower) && !CONNECTOR.test(before.lower) && !SAY.has(before.lower) && !isHead(before)) {
      for (let k = i - 2; k > from; k--)
        if (tokens[k]!.lower === "and") {
          from = k + 1
          break
        }
    }
  }
  // "Hamza Khatib the manager of Al-Quds hospital told", "Necip Ensari a local civil defense official
  // said": the person a role describes is the speaker (a spokesman speaks for his body, kept below)
  const named = namedBeforeRole(tokens, from, i)
  if (named !== null) return named
  // "the Syrian Center for Policy Research an NGO has put", "The Local Coordination Committees
  // another anti-government monitoring group says": an indefinite apposition describes the
  // organisation named before it, which is the speaker
  for (let a = from; a >= Math.max(1, from - 3); a--) {
    const w = tokens[a]!
    if (/^(?:a|an|another)$/.test(w.lower)) {
      let k = a - 1
      // ("The Syrian Center for Policy Research however a Beirut-based NGO": past a sentence adverb)
      if (k > 0 && /^(?:however|though|meanwhile|also|instead|too)$/.test(tokens[k]!.lower)) k--
      let head = false
      while (k >= 0 && tokens[k]!.word && (tokens[k]!.cap || (CONNECTOR.test(tokens[k]!.lower) && k > 0 && tokens[k - 1]!.cap))) {
        if (tokens[k]!.cap && isHead(tokens[k]!)) head = true
        k--
      }
      if (head && k + 1 < a) return [k + 1, a]
      break
    }
    if (a < from && (!w.word || w.cap)) break
  }
  // "The Syrian American Medical Society (SAMS) which supports the facility said" (commas
  // stripped): a relative clause's object is no speaker; the name it describes is
  if (from >= 3 && tokens[from - 1]!.word && !tokens[from - 1]!.cap) {
    for (let k = from - 1; k >= 1 && k >= from - 4; k--) {
      const w = tokens[k]!
      if (!w.word) break
      if ((w.lower === "which" || w.lower === "who") && (tokens[k - 1]!.text === ")" || tokens[k - 1]!.cap)) {
        const named = phraseBefore(tokens, k)
        if (named !== null && tokens.slice(named[0], named[1]).some((x) => x.cap && !DET.has(x.lower))) return named
        break
      }
    }
  }
  return [from, i]
}

const ROLE_OF_BODY = /^(?:official|officials|spokesman|spokeswoman|spokesperson|representative|member|source|sources)$/
const OWNER_WORD = /^(?:region['’]?s|province['’]?s|provinces|city['’]?s|citys|town['’]?s|towns|area['’]?s|areas|district['’]?s|districts|its|their|local)$/
const LOWER_BODY = /^(?:authority|authorities|directorate|council|ministry|command|administration|department|board|committee|municipality|governorate)$/
const SINGULAR_VERB =
  /^(?:has|is|was|says|tells|reports|adds|announces|states|confirms|claims|denies|rejects|dismisses|accuses|blames|estimates|notes|puts|gives|counts|records|documents|insists|warns|reveals|affirms|mentions|declares|explains)$/

/** The body named right before the comma at `end` when the words [from, to) after it, up to the
 * next comma, describe it ("Ahrar al-Sham, | one of the strongest rebel groups in the area,", "The
 * Syrian civil defence, | the rescue service active in rebel areas,"), or null: a description
 * opening on an article or "one of" whose words name no body of their own, after a name a reader
 * knows for a body (a known source, an armed group, or capitalised words ending on a body's head
 * noun: "Forces", "Committees"). Without the commas the same words are most often a place or a day
 * before "the X said", and are not read so. */
const bodyDescribed = (tokens: ReadonlyArray<Token>, end: number, from: number, to: number): readonly [number, number] | null => {
  if (end < 1 || from >= to) return null
  const first = tokens[from]!.lower
  const of = first === "one" && tokens[from + 1]?.lower === "of" ? from + 2 : from
  if (!/^(?:the|a|an)$/.test(tokens[of]?.lower ?? "") || of + 1 >= to) return null
  const described = tokens.slice(of + 1, to)
  // (a description, not another name or a person's role: "SANA, the Syrian Arab News Agency" is one
  // name twice; "X, the head of the council" is a person)
  if (described.some((t) => (t.cap && isHead(t)) || NAMED_ROLE.has(t.lower)) || knownSource(textOf(tokens, of, to)) !== null) return null
  const name = phraseBefore(tokens, end)
  if (name === null || name[1] !== end) return null
  const words = tokens.slice(name[0], name[1])
  const text = textOf(tokens, name[0], name[1])
  const last = words.at(-1)!
  if (isPlaceName(text.replace(/^the\s+/i, ""))) return null
  const body =
    knownSource(text) !== null ||
    armedGroupNamed(text) !== null ||
    (last.cap && isHead(last) && words.every((t) => t.cap || CONNECTOR.test(t.lower) || DET.has(t.lower)))
  return body ? name : null
}

/** The name of two to four words before an apposition [from, to) opening on an article whose
 * head is a person's role ("the manager of ...", "a local civil defense official"), or null. */
const namedBeforeRole = (tokens: ReadonlyArray<Token>, from: number, to: number): readonly [number, number] | null => {
  if (from < 2 || !/^(?:a|an|the)$/.test(tokens[from]!.lower)) return null
  let role = from + 1
  while (role < to && !NAMED_ROLE.has(tokens[role]!.lower) && (MODIFIER.has(tokens[role]!.lower) || (tokens[role]!.word && !isHead(tokens[role]!)))) role++
  if (role >= to || !NAMED_ROLE.has(tokens[role]!.lower) || /^spokes/.test(tokens[role]!.lower)) return null
  let k = from
  while (k > 0 && from - k < 4 && isNamePart(tokens[k - 1]!) && !isHead(tokens[k - 1]!) && !CLAUSE_WORD.has(tokens[k - 1]!.lower)) k--
  // ("near Thawra Street a RIA Novosti correspondent reported": a place, not a name)
  // ("Inside Qusayr an activist said", commas stripped: where the speaker is, opening the sentence)
  if (from - k < 2 || !tokens[k]!.cap || (k > 0 && LOCATIVE.test(tokens[k - 1]!.lower)) || LOCATIVE.test(tokens[k]!.lower)) return null
  const name = textOf(tokens, k, from)
  return isPlaceName(name) || knownSource(name) !== null ? null : [k, from]
}

/** The capitalised name with a head of its own before "a/an" and up to four lower-case words
 * ending at `end` ("The Aleppo Media Center | an activist collective"), or null. */
const nameBeforeDescription = (tokens: ReadonlyArray<Token>, end: number): readonly [number, number] | null => {
  let a = end - 1
  // (lower-case words, or a capitalised place's "-based": "a Beirut-based nongovernmental organization")
  while (
    a >= 0 &&
    end - a <= 5 &&
    tokens[a]!.word &&
    (!tokens[a]!.cap || /-(?:based|run|led|backed)$/.test(tokens[a]!.lower)) &&
    !/^\d/.test(tokens[a]!.text) &&
    !/^(?:a|an)$/.test(tokens[a]!.lower)
  )
    a--
  if (a < 1 || a === end - 1 || !/^(?:a|an)$/.test(tokens[a]!.lower)) return null
  let k = a
  let head = false
  while (k > 0 && (tokens[k - 1]!.cap || (CONNECTOR.test(tokens[k - 1]!.lower) && k > 1 && tokens[k - 2]!.cap))) {
    if (tokens[k - 1]!.cap && isHead(tokens[k - 1]!)) head = true
    k--
  }
  if (k > 0 && DET.has(tokens[k - 1]!.lower)) k--
  return head && k < a ? [k, a] : null
}

/** Whether a side of the war is named from token `k` on ("regime forces", "the US-led coalition"). */
const opensSide = (tokens: ReadonlyArray<Token>, k: number): boolean => sidesIn(textOf(tokens, k, k + 3))[0]?.at === 0

/** The speaker phrase starting at token `i`, walking forward ("said the Observatory", "according to X"). */
const phraseAfter = (tokens: ReadonlyArray<Token>, i: number): readonly [number, number] | null => {
  // "reported in Al-Zahra quarter": a place after the verb, no speaker
  if (CONNECTOR.test(tokens[i]?.lower ?? "")) return null
  let to = i
  let sawHead = false
  let lastHeadLower = false
  while (to < tokens.length) {
    const t = tokens[to]!
    if (!t.word) break
    if (/^\d/.test(t.text)) break
    // (the World Health Organization, "according to WHO", is a name: only the pronoun ends the phrase)
    if (t.lower === "that" || t.lower === "as" || t.lower === "on" || (t.lower === "who" && t.text !== "WHO") || t.lower === "which") break
    // "According to SOHR the US-led coalition bombed ...", "according to the Observatory regime
    // forces shelled ...": without commas, a known body's name ends where an article or a side of
    // the war opens the clause it reports
    // (after a common head noun only an article: "paramilitary group Hezbollah" is one phrase)
    // (the side is looked for last: this runs at every word of every phrase after a verb)
    if (to > i && !DET.has(tokens[to - 1]!.lower)) {
      const prev = tokens[to - 1]!
      if (
        prev.cap
          ? knownSource(textOf(tokens, i, to)) !== null && (DET.has(t.lower) || opensSide(tokens, to))
          : DET.has(t.lower) && isHead(prev) && !NAMED_ROLE.has(prev.lower)
      )
        break
    }
    if (t.cap) {
      // after a common head noun a capital opens a new clause ("the bulletin Jabhat al-Nusra ..."),
      // except a name after a role ("spokesman Islam Alloush")
      // (and a body's name after its described kind: "paramilitary group Hezbollah", not "the group Islamic State fighters")
      if (lastHeadLower && !NAMED_ROLE.has(tokens[to - 1]!.lower) && !(BODY_NOUN.test(tokens[to - 1]!.lower) && to - 2 >= i && !DET.has(tokens[to - 2]!.lower)))
        break
      if (CLAUSE_WORD.has(t.lower) && !DET.has(t.lower)) break
    } else if (
      !(
        isHead(t) ||
        MODIFIER.has(t.lower) ||
        DET.has(t.lower) ||
        /^(?:of|for|at|in|from|and|al|el|bin|abu)$/.test(t.lower) ||
        /^(?:al|el)-/.test(t.lower) ||
        // ("said the so-called Syrian Observatory": an outlet's sneer, no part of the name)
        /-based$|-run$|^so-called$/.test(t.lower) ||
        // "said the frontline commander": any word between an article and a head noun is its modifier
        (to > i &&
          DET.has(tokens[to - 1]!.lower) &&
          (to - 1 === i || !tokens[to - 1]!.cap) &&
          tokens[to + 1] !== undefined &&
          isHead(tokens[to + 1]!) &&
          !CLAUSE_WORD.has(t.lower)) ||
        // "according to Lebanese Shiite paramilitary group Hezbollah": an adjective of a named body's head noun
        (to > i &&
          tokens[to - 1]!.cap &&
          !DET.has(tokens[to - 1]!.lower) &&
          tokens[to + 1] !== undefined &&
          BODY_NOUN.test(tokens[to + 1]!.lower) &&
          !/(?:ed|ing)$/.test(t.lower) &&
          !CLAUSE_WORD.has(t.lower))
      )
    )
      break
    // "in"/"of" continue only into a name or "the"
    if (CONNECTOR.test(t.lower)) {
      const next = tokens[to + 1]
      if (next === undefined || !(next.cap || next.lower === "the")) break
    }
    if (isHead(t)) sawHead = true
    lastHeadLower = isHead(t) && !t.cap
    to++
  }
  while (to > i && /^(?:of|for|at|in|from|and|the|a|an)$/.test(tokens[to - 1]!.lower)) to--
  if (to <= i) return null
  const hasName = tokens.slice(i, to).some((t) => t.cap && !DET.has(t.lower))
  if (sawHead || hasName) return [i, to]
  // a known body in lower case and without a head noun: "according to the civil defence"
  return knownSource(textOf(tokens, i, to)) !== null ? [i, to] : null
}

const join = (tokens: ReadonlyArray<Token>, from: number, to: number, s: string): string => s.slice(tokens[from]!.start, tokens[to - 1]!.end)

/** First conjunct of a joined subject, and of a comma-less list ("opposition activists former residents"). */
const firstConjunct = (tokens: ReadonlyArray<Token>, from: number, to: number): number => {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!
    if (t.lower === "and" || t.text === "&") {
      // "Ministry of Awqaf and Religious Endowments" keeps "and" inside capitalised names
      const prev = tokens[k - 1]!
      const next = tokens[k + 1]
      if (prev.cap && next?.cap && !DET.has(next.lower) && k + 1 < to && !isHead(next)) continue
      return k
    }
    // a plural head noun followed by a modifier starts another phrase
    const prev = tokens[k - 1]!
    if (!prev.cap && isHead(prev) && /s$/.test(prev.lower) && (MODIFIER.has(t.lower) || DET.has(t.lower)) && !CONNECTOR.test(t.lower)) return k
  }
  return to
}

/** The last run of capitalised words (with "of", "for", "al-") that holds a capitalised head noun. */
const capitalisedRun = (tokens: ReadonlyArray<Token>): string | null => {
  let best: string | null = null
  let k = 0
  while (k < tokens.length) {
    if (!tokens[k]!.cap || DET.has(tokens[k]!.lower)) {
      k++
      continue
    }
    let j = k
    let head = false
    // (a body's head noun, not a title's: "Secretary General" names no body)
    let bodyHead = false
    // ("Office for the Coordination of Humanitarian Affairs": "for the" inside a name goes on)
    while (
      j < tokens.length &&
      (tokens[j]!.cap ||
        // ("Syrian President Bashar al-Assad": a surname with its article goes on with the name)
        // (not after a body's head noun: "The Free Syrian Army al-Hamza division said")
        (j > k &&
          /^(?:al|el|ad|as|ash|at|az|ar)-[A-Z]/.test(tokens[j]!.text) &&
          (!isHead(tokens[j - 1]!) || NAMED_ROLE.has(tokens[j - 1]!.lower) || tokens[j - 1]!.lower === "imam")) ||
        (/^(?:of|for|al|el|and)$|^(?:al|el)-/.test(tokens[j]!.text) && tokens[j + 1]?.cap === true) ||
        // ("the National Organisation for Human Rights in Syria": a body of the whole country)
        (tokens[j]!.text === "in" && tokens[j + 1]?.text === "Syria" && j + 2 === tokens.length && head) ||
        (/^(?:of|for)$/.test(tokens[j]!.text) && tokens[j + 1]?.lower === "the" && tokens[j + 2]?.cap === true))
    ) {
      if (tokens[j + 1]?.lower === "the" && !tokens[j]!.cap) j++
      // ("Homs Governor Talal al-Barazi", "Free Syrian Army Spokesman Ahmed Hamo": a place's or a
      // body's office and the one holding it, not one name; "Foreign Minister Walid Muallem" goes on)
      if (j > k && NAMED_ROLE.has(tokens[j]!.lower) && (bodyHead || holdsOffices(textOf(tokens, k, j)))) {
        j++
        break
      }
      if (isHead(tokens[j]!) && tokens[j]!.cap) {
        head = true
        if (!NAMED_ROLE.has(tokens[j]!.lower)) bodyHead = true
      }
      j++
    }
    if (head && j - k >= 2 && !NAMED_ROLE.has(tokens[j - 1]!.lower)) best = textOf(tokens, k, j)
    k = j
  }
  return best
}

/** the lower-case nouns that say what kind of body a name before them is ("activist group") */
const KIND_OF_BODY = /^(?:group|network|collective|agency|centre|center|organi[sz]ation|campaign|outlet|monitor|office|coalition|union)$/
/**
 * "Ariha Today activist group", "the Raqqa Is Being Slaughtered Silently campaign": a name of two
 * capitalised words or more, then what kind of body it is in lower case, ends the phrase. The name
 * is the speaker; the kind alone ("activists") is how a report speaks of bodies it does not name.
 */
const describedName = (tokens: ReadonlyArray<Token>): string | null => {
  const n = tokens.length
  if (n < 3 || !KIND_OF_BODY.test(tokens[n - 1]!.lower)) return null
  let j = n - 1
  // one or two lower-case words of kind ("activist group", "local media network")
  while (j > 0 && n - j <= 3 && !tokens[j - 1]!.cap) j--
  let k = j
  while (k > 0 && (tokens[k - 1]!.cap || /^(?:al|el|of|is|for)$|^(?:al|el)-/i.test(tokens[k - 1]!.text)) && !DET.has(tokens[k - 1]!.lower)) k--
  while (k < j && !tokens[k]!.cap) k++
  if (j - k < 2) return null
  const written = textOf(tokens, k, j)
  // ("the Islamic Resistance's war media centre": the owner speaks, not its possessive)
  const name = written.replace(/['’]s$/, "")
  if (knownSource(name) !== null || isPlaceName(name) || sidesIn(name).length > 0) return name === written ? null : (knownSource(name) ?? name)
  return name
}

/** a place or an armed group, whose offices ("Homs Governor", "Jaish al-Islam Spokesman") speak for it */
const holdsOffices = (name: string): boolean => isPlaceName(name) || armedGroupNamed(name) !== null

// The same phrases come back in article after article ("the Syrian Observatory for Human Rights").
const NORMALISED = new Map<string, string>()
const NORMALISED_MAX = 20_000

/** The name a speaker phrase stands for. */
// "according to government figures", "health ministry data": the owner of the figures speaks
// (not "the latest figures", "official data": figures no owner is named for)
const OWNED_INFO = /^(.*\S)\s+(?:figures|data|statistics|estimates|numbers)$/
const NO_OWNER =
  /^(?:the\s+)?(?:new|latest|updated|revised|fresh|final|preliminary|initial|earlier|previous|recent|official|unofficial|available|these|those|such|other|its|their)$/i
const TRAILING_PARTICIPLE = /(?<=[a-z]\s*\S+)\s+(?:run|based|backed|led|affiliated|linked|active|operating|working)$/
export const normaliseSpeaker = (phrase: string): string => {
  let name = NORMALISED.get(phrase)
  // "a source close to the Syrian army": the one close to a body is not the body itself
  if (name === undefined && phrase.includes(" close to ")) {
    const bare = phrase.replace(/^(?:an?|the|one)\s+/i, "")
    const first = bare.slice(0, bare.indexOf(" "))
    name = HEAD.has(first.toLowerCase()) ? first.toLowerCase() + bare.slice(first.length) : bare
    NORMALISED.set(phrase, name)
  }
  if (name === undefined) {
    const owned = OWNED_INFO.exec(phrase)
    name = normalise(owned !== null && !NO_OWNER.test(owned[1]!) ? owned[1]! : phrase)
    // (a directorate named inside a longer phrase: "medical sources at the Directorate of Health in Aleppo")
    name = armedGroupNamed(name) ?? directorateName(name) ?? name
    name = asCompound(name)
    // "the Turkish state news agency Anadolu", "the pro-regime website Al Masdar News": the outlet
    // by its name, past the words that describe it
    const described = DESCRIBED_OUTLET.exec(name)
    if (described !== null) name = knownSource(described[1]!) ?? described[1]!
    // one spelling for the word armies are named by ("Jaysh al-Izza", "Jeish al-Islam" are Jaish ...)
    if (name.includes("J")) name = name.replace(/\bJ(?:aysh|eish|aich)\b/g, "Jaish")
    // ("the health directorate run by the local authorities", "the rescue service active in rebel
    // areas": a participle after the head opens what describes it, no part of the name)
    if (TRAILING_PARTICIPLE.test(name)) name = name.replace(TRAILING_PARTICIPLE, "")
    if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear()
    NORMALISED.set(phrase, name)
  }
  return name
}

/** the adjective of a country, for a body it owns ("Syria's Health Ministry" is the Syrian one) */
const COUNTRY_ADJECTIVE: ReadonlyMap<string, string> = new Map([
  ["Syria", "Syrian"],
  ["Lebanon", "Lebanese"],
  ["Turkey", "Turkish"],
  ["Russia", "Russian"],
  ["Iran", "Iranian"],
  ["Iraq", "Iraqi"],
  ["Jordan", "Jordanian"],
  ["Israel", "Israeli"],
  ["Egypt", "Egyptian"],
  ["Qatar", "Qatari"],
  ["Britain", "British"],
  ["France", "French"],
  ["Germany", "German"]
])
// (its possessive, or the bare name before a lower-case noun: not "Qatar Red Crescent Society", a
// name, nor "Turkeys" with its apostrophe lost, which the text's own spelling keeps)
const COUNTRY_OWNER = new RegExp(`^(${[...COUNTRY_ADJECTIVE.keys()].join("|")})(?:['’]s\\s+(?=\\S)|\\s+(?=[a-z]))`)
const COMMON_OWNER = /^([a-z][\w-]+)['’]s\s+((?:[a-z][\w-]+\s+)*[a-z][\w-]+)$/
/** One spelling for a name written as an owner's: a country's possessive or a country before a
 * noun is its adjective ("Syria's Health Ministry", "Lebanon officials"), and a common noun's
 * possessive the compound ("the bakery's owner" is the bakery owner; not a body's, "the
 * ministry's spokesman", which refers back). */
const asCompound = (name: string): string => {
  const country = COUNTRY_OWNER.exec(name)
  if (country !== null && knownSource(name) === null) {
    const rest = name.slice(country[0].length)
    // (a country's own name after it is its name: "Turkey Syria border" is no owner's)
    if (!COUNTRY_OWNER.test(rest)) return `${COUNTRY_ADJECTIVE.get(country[1]!)} ${rest}`
  }
  const common = COMMON_OWNER.exec(name)
  if (common !== null && !HEAD.has(common[1]!)) return `${common[1]} ${common[2]}`
  return name
}

const VICTIM_HEAD = /^(?:people|persons|civilians|residents|children|women|men|victims|families|inhabitants|locals|villagers|displaced|refugees)$/
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands|several|many|some)$/
const DIRECTORATE_OF =
  /^(?:the\s+)?Directorate\s+of\s+([A-Z]\w+)\s+(?:in|of)\s+(?:(?:east|west|north|south|eastern|western|northern|southern)\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$/
const directorateName = (name: string): string | null => {
  if (!name.includes("Directorate of")) return null
  const m = DIRECTORATE_OF.exec(name)
  if (m === null) return null
  const place = m[2]!.replace(/\s+(?:Governorate|Province)$/, "")
  return isPlaceName(place) ? `${place} ${m[1]} Directorate` : null
}

/** "rescuers and a monitor": two different known speakers, named together ("White Helmets and SOHR"), or null */
const jointSource = (first: string, second: () => string): string | null => {
  const a = knownSource(first)
  const b = a === null ? null : knownSource(second())
  return b === null || b === a ? null : `${a} and ${b}`
}

// (not a plural opening a name: "Doctors Without Borders")
const NAME_POSSESSIVE = /\b([A-Z][a-z]{3,}[a-rt-z])s\b(?!\s+[A-Z])/g
// "Turkeys official news agency Anadolu", "Russia's state agency TASS": a country's possessive
// before the body it owns, named last: the body speaks (not "Turkeys health ministry", named by it)
/** the countries whose capitals speak for them ("Turkey", "Russia") */
const GOVERNED: ReadonlySet<string> = new Set(METONYM.values())
const OWNED_NAMED = /^([A-Z][\w-]*?)(?:['’]s|s)\s+((?:[a-z][\w-]*\s+)+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$/
// "Mohammad al-Shaar Syrias interior minister", "Khaled Mansour Turkeys deputy health minister": a
// person named before an office that a place, a country or a known body owns (commas stripped, the
// possessive without its apostrophe) speaks, as "Jowan Ibrahim the commander of the Kurdish police"
// does; the owner's possessive is no name's end
const OWNER_ROLE = /^(.+?)(?:['’]s|s)\s+(?:[a-z][\w-]*\s+)*([a-z][\w-]*)$/
const DELEGATION_OF = /^(?:the\s+)?(?:(?:head|chief|leader|member)s?\s+of\s+the\s+)?([A-Za-z]+)\s+(?:delegation|delegates?|representatives?)$/i
const OFFICIAL_ROLE = /^(?:spokes(?:man|woman|person|people|men)|officials?|diplomats?|ministers?)$/
const REPRESENTATIVE_OF =
  /^(?:[Tt]he\s+|[Aa]\s+)?(?:(?:permanent|deputy|special)\s+)?(?:representative|envoy|ambassador|delegate|delegation)s?\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*){0,3})$/
const OWNER_UNIT =
  /^(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:team|office|centre|center|command|unit|wing|department|branch|bureau|cell)$/
// "the Syrian army's General Command": an armed force's command, its name capitalised, speaks for
// the force
const UNIT_NAME = /^(?:Command|Office|Centre|Center|Unit|Department|Branch|Bureau)$/
const FORCE_UNIT =
  /^(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+){1,3}(?:army|military|forces))['’]s\s+(?:[A-Z][\w-]*\s+)?(?:Command|Office|Centre|Center|Unit|Department|Branch|Bureau)$/
const PERSON_WORD = /^(?:[A-Z][\w.'’-]*|(?:al|el|bin|ibn|abu)(?:-\S+)?)$/
const personBeforeOwnedRole = (m: RegExpExecArray): string | null => {
  if (!(NAMED_ROLE.has(m[2]!.replace(/s$/, "")) || m[2] === "representative")) return null
  const words = m[1]!.split(/\s+/)
  // (the longest owner that is a place, a country or a known body: "the Syrian National Coalition")
  for (let j = 2; j < words.length; j++) {
    const owner = words.slice(j).join(" ")
    if (!words.slice(j).every((w) => /^[A-Z]/.test(w)) || (!isPlaceName(owner) && !GOVERNED.has(owner) && knownSource(owner) === null)) continue
    const person = words.slice(0, words[j - 1] === "the" ? j - 1 : j)
    if (person.length < 2 || person.length > 5 || !person.every((w) => PERSON_WORD.test(w))) return null
    const name = person.join(" ")
    return knownSource(name) !== null || findPlaces(name).some((p) => p.start === 0) ? null : name
  }
  return null
}
// "Syrian Revolution General Commission SRGC": a name's own initials after it, their brackets
// stripped with the commas, are no part of it
const INITIALS_AFTER = /^((?:[A-Z][\w-]*\s+(?:(?:of|for|the|and)\s+)*)+)([A-Z]{2,6})$/
const withoutInitials = (whole: string): string => {
  const m = INITIALS_AFTER.exec(whole)
  if (m === null) return whole
  const initials = m[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|the|and)$/.test(w))
    .map((w) => w[0])
    .join("")
  return initials === m[2] ? m[1]!.trim() : whole
}
const DASHED_NAME = /^(.*?[A-Z][\w'’-]*)\s+[–—]\s+[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*)){0,4}$/
const normalise = (written: string): string => {
  // ("the Jordan Armed Forces – Arab Army": the first of a name's two names)
  const dashed = DASHED_NAME.exec(written)
  if (dashed !== null) return normalise(dashed[1]!)
  const whole = withoutInitials(written)
  // (a headline's "... Reports" are the reports, as the body's "reports" are)
  if (whole === "Reports" || whole === "Report") return "reports"
  const owned = OWNED_NAMED.exec(whole)
  if (owned !== null && (isPlaceName(owned[1]!) || GOVERNED.has(owned[1]!))) return normalise(owned[2]!)
  const ownedRole = OWNER_ROLE.exec(whole)
  if (ownedRole !== null) {
    const person = personBeforeOwnedRole(ownedRole)
    if (person !== null) return person
    // "Russias defence minister", "Turkeys health minister": a country's office, named whole (the
    // country's possessive alone is no speaker); a minister speaks for a ministry the list may know
    const owner = ownedRole[1]!
    const role = ownedRole[2]!
    if (/^[A-Z][\w-]*$/.test(owner) && NAMED_ROLE.has(role) && (GOVERNED.has(owner) || isPlaceName(owner)))
      return role === "minister" ? (knownSource(whole.replace(/minister$/, "ministry")) ?? whole) : whole
  }
  // "The representative of the Syrian Arab Republic", "the delegation of the Free Syrian Army": a
  // state's or a body's representative speaks for it (Syria's for its government)
  // ("Government delegates", "the head of the government delegation": the government's)
  const delegation = DELEGATION_OF.exec(whole)
  if (delegation !== null && METONYM.has(delegation[1]!.toLowerCase())) return METONYM.get(delegation[1]!.toLowerCase())!
  const represented = REPRESENTATIVE_OF.exec(whole)
  if (represented !== null) {
    const of = represented[1]!
    if (/^(?:Syria|Syrian Arab Republic)$/.test(of)) return "Syrian government"
    return knownSource(of) ?? armedGroupNamed(of) ?? METONYM.get(of.toLowerCase()) ?? of
  }
  // "Hezbollah's war media centre", "the Kurdish Red Crescent's medical team": a named body's unit
  // with no name of its own speaks for the body (not a place's: "Aleppo's health directorate")
  const unit = OWNER_UNIT.exec(whole)
  if (unit !== null && !isPlaceName(unit[1]!) && !GOVERNED.has(unit[1]!)) return knownSource(unit[1]!) ?? armedGroupNamed(unit[1]!) ?? unit[1]!
  // (a country's armed force is read as its adjective names it: "Syrian army")
  const forceUnit = FORCE_UNIT.exec(whole)
  // (a unit the list knows by its own name keeps it: "the Russian military's Reconciliation Centre")
  if (forceUnit !== null) {
    const unitName = whole.slice(whole.search(/['’]s\s/) + 3)
    const ownNamed = knownSource(`${forceUnit[1]!.split(/\s+/)[0]} ${unitName}`)
    return ownNamed ?? knownSource(forceUnit[1]!) ?? armedGroupNamed(forceUnit[1]!) ?? forceUnit[1]!
  }
  // "Much of the international community": the body, not the share of it
  const raw = /^(?:much|many|most|some|parts?|all)\s+of\s+the\s+/i.test(whole) ? whole.replace(/^\S+\s+of\s+/, "") : whole
  // "Damascus-based Shaam News Network": where a body sits is no part of its name
  // (unless the seat names it: "The London-based Syrian opposition organization" is SOHR)
  const unseated = /^(?:[Tt]he\s+)?[A-Z][\w-]*-based\s+(?=[A-Z])/.test(raw) ? raw.replace(/^(?:[Tt]he\s+)?[A-Z][\w-]*-based\s+/, "") : raw
  const seatNamed = unseated !== raw && knownSource(unseated) === null ? knownSource(raw) : null
  if (seatNamed !== null) return seatNamed
  // "the Directorate of Health in east Aleppo": a governorate's directorate, named as the gold names
  // them ("Aleppo Health Directorate")
  const directorate = directorateName(whole)
  if (directorate !== null) return directorate
  // "The monitoring group Airwars", "the activist group Raqqa Is Being Slaughtered Silently": a
  // body's kind in lower case, then its name, is that name (not the kind's usual referent: "a
  // monitoring group" alone is the Observatory)
  const kindNamed = KIND_THEN_NAME.exec(unseated)
  if (kindNamed !== null && !isPlaceName(kindNamed[1]!) && !WIRE.test(kindNamed[1]!))
    return armedGroupNamed(kindNamed[1]!) ?? knownSource(kindNamed[1]!) ?? kindNamed[1]!
  // "a spokesperson for the Kurdish Red Crescent in Hasakah": where a named body's office sits is no
  // part of its name
  const located = LOCATED.exec(unseated)
  // (a name closing on a capital, with no "of" in it: "the Directorate of Health in Aleppo" is the
  // governorate's, "the Russian center for reconciliation ... in Syria" whole)
  // (nor a place in a place: "a spokesman at the hospital in Kafr Takharim in Idlib")
  if (
    located !== null &&
    // (or a named body's reporter: "the NNA correspondent in Baalbek" is the agency's)
    /\b[A-Z][\w'’-]*(?:'s|’s)?(?:\s+(?:correspondents?|reporters?))?$/.test(located[1]!) &&
    !/\sof\s/.test(located[1]!) &&
    isPlaceName(located[2]!) &&
    // (a body of the whole country keeps it: "the National Organisation for Human Rights in Syria")
    located[2] !== "Syria" &&
    !isPlaceName(/(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*(?=(?:'s|’s)?(?:\s+(?:correspondents?|reporters?))?$)/.exec(located[1]!)![0])
  )
    return normalise(located[1]!)
  // "Jesr Press's correspondent in Idlib", "Al Jazeera's reporter": a named outlet speaking through
  // its own reporter is that outlet (no speaker at all where the outlet is the article's own)
  const reporterOf = OUTLET_REPORTER.exec(unseated)
  if (reporterOf !== null && !isPlaceName(reporterOf[1]!)) return knownSource(reporterOf[1]!) ?? reporterOf[1]!
  // "... 21 others in al-Sinaah FNA reports": a place before an agency's abbreviation, commas
  // stripped, is where the figure was, not part of the name
  const placed = /^(?:in\s+)?(\S.*?)\s+([A-Z]{2,6})$/.exec(unseated)
  // (not a channel: "Al Mayadeen TV" is the channel's name)
  if (placed !== null && !MEDIA_KIND.test(placed[2]!.toLowerCase()) && (/^(?:al|el|ar|as|ad|ash)-/.test(placed[1]!) || isPlaceName(placed[1]!)))
    return knownSource(placed[2]!) ?? placed[2]!
  // "the United Nations children's agency (UNICEF)": a known abbreviation in brackets names it
  // (in square brackets as well: "The Islamic State [IS] group")
  const abbreviation = /[([]([A-Z]{2,6}|[A-Z][a-z]{3,20})[)\]]/.exec(unseated)
  if (abbreviation !== null && knownSource(abbreviation[1]!) !== null) return knownSource(abbreviation[1]!)!
  // "SANAs correspondent", "SOHRs director": an acronym's possessive without its apostrophe
  // ... and a name's abbreviation in brackets ("the Local Coordination Committees (LCC)")
  // (and a known name's: "the Observatorys director")
  const tokens = tokenize(
    unseated
      .replace(/\b([A-Z]{2,})s\b/g, "$1")
      .replace(NAME_POSSESSIVE, (m, stem: string) => (knownSource(stem) === null ? m : stem))
      .replace(/\s*(?:\([^()]{1,60}\)|\[[A-Z]{2,6}\])/g, "")
  ).filter((t) => t.word || t.text === "&")
  if (tokens.length === 0) return unseated.trim()
  const to = firstConjunct(tokens, 0, tokens.length)
  const own = tokens.slice(0, to)
  // "rescuers and a monitor said", "SANA and the Observatory reported": two known speakers give the
  // figure together
  const text = own.map((t) => t.text).join(" ")
  if (to < tokens.length - 1 && (tokens[to]!.lower === "and" || tokens[to]!.text === "&")) {
    const joint = jointSource(text, () =>
      tokens
        .slice(to + 1)
        .map((t) => t.text)
        .join(" ")
    )
    if (joint !== null) return joint
  }
  const metonym = METONYM.get(text.toLowerCase().replace(/^the /, "the ").trim())
  if (metonym !== undefined) return metonym
  // "Rebel-backer Washington", "regime ally Moscow": a capital after words that describe it
  // (hyphenated or lower case, not a name of their own) still speaks for its government
  if (own.length >= 2 && own.length <= 3) {
    const capital = METONYM.get(own.at(-1)!.lower)
    // (see DESCRIBED_NOT)
    if (capital !== undefined && own.slice(0, -1).every((t) => (t.text.includes("-") || !t.cap) && !DESCRIBED_NOT.test(t.lower))) return capital
  }
  // "according to Jowan Ibrahim the commander of the Kurdish police": the person the role describes
  const det = own.findIndex((t) => DET.has(t.lower))
  if (det >= 2 && det <= 4) {
    const named = namedBeforeRole(own, det, own.length)
    if (named !== null && named[0] === 0)
      return own
        .slice(0, det)
        .map((t) => t.text)
        .join(" ")
  }
  // "a source at the Hama Police Command", "doctors at the Bab al-Hawa Hospital": the institution
  const at = own.findIndex((t, k) => k > 0 && /^(?:at|from|in|with|within|of)$/.test(t.lower) && isHead(own[k - 1]!) && (!own[k - 1]!.cap || k === 1))
  const inside = at > 0 ? own.slice(at + 1).filter((t) => !DET.has(t.lower)) : []
  // ("a source at Aleppo police command": an institution named in lower case ends on its head noun)
  // ("Hamid Karim head of the Free Lawyers Union": a named role's body, as for a spokesman, when
  // the body is a capitalised name of two words or more, whatever its last word)
  // ("SANA reporter in Deir Ezzor": where the reporter is, not a body)
  const namedBody =
    at > 0 && NAMED_ROLE.has(own[at - 1]!.lower) && inside.length >= 2 && inside.every((t) => t.cap) && !isPlaceName(inside.map((t) => t.text).join(" "))
  if (namedBody || (inside.some((t) => t.cap) && (inside.some((t) => isHead(t) && t.cap) || (inside.length >= 2 && isHead(inside.at(-1)!))))) {
    const name = inside.map((t) => t.text).join(" ")
    return knownSource(name) ?? name
  }
  // ("an official of the region's health authority", "a spokesman for the local council": a body
  // written in lower case, named by its kind, speaks through its official; not a hospital's or a
  // clinic's staff, who are kept as the text names them)
  if (at > 0 && ROLE_OF_BODY.test(own[at - 1]!.lower) && inside.length >= 1 && inside.every((t) => !t.cap && t.word)) {
    const words = inside.map((t) => t.lower)
    const from = OWNER_WORD.test(words[0]!) ? 1 : 0
    if (words.length - from >= 1 && words.length - from <= 3 && LOWER_BODY.test(words.at(-1)!)) return words.slice(from).join(" ")
  }
  // ("an official at the governors office in Homs": an office in lower case and its place, the Homs governors office)
  const seat = inside.findIndex((t, k) => k > 0 && /^(?:in|of)$/.test(t.lower) && isHead(inside[k - 1]!) && !inside[k - 1]!.cap)
  if (seat > 0 && seat < inside.length - 1 && inside.slice(seat + 1).every((t) => t.cap) && inside.slice(0, seat).every((t) => !t.cap)) {
    const name = [...inside.slice(seat + 1), ...inside.slice(0, seat)].map((t) => t.text).join(" ")
    return knownSource(name) ?? name
  }
  // "Another activist group the Local Coordination Committees", "Turkeys official Anadolu Agency":
  // a capitalised name with a head noun is the speaker's name
  // "Governor Talal al-Barazi told AFP": a capitalised title before a name is no part of the name
  if (own.length >= 3 && own[0]!.cap && NAMED_ROLE.has(own[0]!.lower) && own.slice(1).every((t) => isNamePart(t) && !isHead(t))) {
    const person = own
      .slice(1)
      .map((t) => t.text)
      .join(" ")
    if (!isPlaceName(person) && knownSource(person) === null) return person
  }
  // "(Minister of health in the Syrian interim) government Mohammad Jundi": a common head noun
  // before a person's name ends the words that describe him
  // (not after a noun that names a known source itself: a headline's "... monitor Sylvia Westall"
  // is the monitor, and a byline)
  if (
    own.length >= 3 &&
    !own[0]!.cap &&
    isHead(own[0]!) &&
    !NAMED_ROLE.has(own[0]!.lower) &&
    knownSource(own[0]!.text) === null &&
    own.slice(1).every((t) => t.cap && isNamePart(t) && !isHead(t))
  ) {
    const person = textOf(own, 1, own.length)
    if (own.length <= 5 && !isPlaceName(person) && knownSource(person) === null && armedGroupNamed(person) === null) return person
  }
  const run = capitalisedRun(own)
  if (run !== null) return knownSource(run) ?? run
  const described = describedName(own)
  if (described !== null) return described
  const known = knownSource(text)
  // "local activist Mohammad al-Halabi", "activist Mansoor Hussain told": a named activist,
  // resident or doctor speaks for himself, not as one of the many a generic name stands for
  if (known !== null && GENERIC_PEOPLE.has(known)) {
    let first = own.length
    while (first > 0 && isNamePart(own[first - 1]!) && !isHead(own[first - 1]!)) first--
    // (a name opens on a capital: "Mohammad al-Halabi")
    while (first < own.length && !own[first]!.cap) first++
    const person = own
      .slice(first)
      .map((t) => t.text)
      .join(" ")
    if (own.length - first >= 2 && first > 0 && NAMED_ROLE.has(own[first - 1]!.lower) && !isPlaceName(person)) return person
  }
  if (known !== null) return known
  // "the manager of al-Quds hospital Hamza Khatib": the person the role and its body name
  if (at > 0 && NAMED_ROLE.has(own[at - 1]!.lower) && !/^spokes/.test(own[at - 1]!.lower)) {
    let last = own.length
    while (last > at + 1 && isNamePart(own[last - 1]!) && !isHead(own[last - 1]!)) last--
    const person = own.slice(last).map((t) => t.text)
    if (person.length >= 2 && last > at + 1 && !isNamePart(own[last - 1]!) && !isPlaceName(person.join(" "))) return person.join(" ")
  }
  // "a spokesman in Moscow", "officials in Ankara": a state's spokesman, where its capital seats him
  if (at > 0 && own[at]!.lower === "in" && inside.length === 1 && OFFICIAL_ROLE.test(own[at - 1]!.lower)) {
    const state = METONYM.get(inside[0]!.lower)
    if (state !== undefined) return state
  }
  // "Zakaria Malahifji senior official in the Aleppo opposition group Fastaqim": a person named
  // before his role (commas stripped) is the speaker, as where a comma sets the role apart
  if (at > 0) {
    let n = 0
    while (n < at && own[n]!.cap && isNamePart(own[n]!) && !isHead(own[n]!)) n++
    const person = textOf(own, 0, n)
    if (
      n >= 2 &&
      n <= 4 &&
      n < at &&
      own.slice(n, at).every((t) => !t.cap) &&
      own.slice(n, at).some((t) => NAMED_ROLE.has(t.lower)) &&
      !isPlaceName(person) &&
      knownSource(person) === null
    )
      return person
  }
  // "a security source in Hama": a place is never the speaker; the role is
  if (at > 0) {
    const role = own.slice(0, at).filter((t) => !DET.has(t.lower))
    if (role.length > 0) return role.map((t) => t.lower).join(" ")
  }
  // "Jaish al-Islam spokesman Islam Alloush": the organisation; "Homs governor Talal al-Barazi": the office
  const role = own.findIndex((t) => NAMED_ROLE.has(t.lower))
  let kept = own
  if (role >= 0) {
    kept = own.slice(0, role + 1)
    // (a capitalised modifier is part of a body's name, "Free Syrian Army", "Aleppo Health
    // Directorate", where the name has a head noun; "Foreign Minister" is a title)
    const words = kept.slice(0, -1).filter((t) => !DET.has(t.lower))
    // ("Islamic State spokesman Abu Mohammad al-Adnani": an armed group's whole name, whose words
    // may be modifiers elsewhere, "state media")
    const group = words.length >= 2 && words.every((t) => t.cap) ? armedGroupNamed(words.map((t) => t.text).join(" ")) : null
    if (group !== null) return group
    const named = words.filter((t) => t.cap || !MODIFIER.has(t.lower))
    const org = named.some((t) => t.cap && isHead(t)) ? named : words.filter((t) => !MODIFIER.has(t.lower))
    const orgName = org.map((t) => t.text).join(" ")
    // "A Syrian security official": a nationality is no body; the role speaks, with its words
    if (org.length > 0 && org.every((t) => DEMONYM.test(t.text))) return [...words, own[role]!].map((t) => t.text).join(" ")
    // a place before the role is the office's ("Homs governor"); a body is the source ("Jaish al-Islam")
    if (org.length > 0 && org.every((t) => t.cap || /^(?:al|el|of|for|and)$|^(?:al|el)-/i.test(t.text)) && !isPlaceName(orgName)) kept = org
    // "the coalitions spokesman": the body whose spokesman he is (a possessive without its apostrophe)
    else if (org.length === 1 && !org[0]!.cap && /s$/.test(org[0]!.lower) && HEAD.has(org[0]!.lower.slice(0, -1))) return org[0]!.lower.slice(0, -1)
    // "The hospital's director, Dr. Samer Haddad": a role of a body the text does not name, and
    // the person in apposition, who is named alone elsewhere ("Dr. Samer Haddad said"): the person
    else if (
      org.length > 0 &&
      org.every((t) => !t.cap) &&
      own.length - role - 1 >= 2 &&
      own.slice(role + 1).every((t) => isNamePart(t)) &&
      !isPlaceName(
        own
          .slice(role + 1)
          .map((t) => t.text)
          .join(" ")
      )
    )
      kept = own.slice(role + 1)
    else if (org.length === 0) {
      // "spokesman Islam Alloush", "a local resident Malik Kasab": the person is the name ("the
      // manager of al-Quds hospital Hamza Khatib": the name closing the phrase)
      let last = own.length
      while (last > role + 1 && isNamePart(own[last - 1]!)) last--
      const person =
        last < own.length && own.slice(role + 1, last).some((t) => !isNamePart(t)) ? own.slice(last) : own.slice(role + 1).filter((t) => isNamePart(t))
      if (person.length > 0) kept = person
    }
  }
  // "killed in al-Bab Rami Khalil told AFP": a place running into a person's name is not theirs
  if (kept.length >= 3 && kept.every((t) => t.cap || /^(?:al|el)-/.test(t.text)) && !kept.some((t) => isHead(t))) {
    const lead = findPlaces(kept.map((t) => t.text).join(" "))[0]
    if (lead !== undefined && lead.start === 0) {
      let chars = 0
      let k = 0
      while (k < kept.length && chars < lead.end) chars += kept[k++]!.text.length + 1
      if (k < kept.length - 1) kept = kept.slice(k)
    }
  }
  // articles, "other", a possessive country ("Turkeys state-run Anadolu Agency") and "state-run" go
  let a = 0
  while (
    a < kept.length - 1 &&
    (DET.has(kept[a]!.lower) ||
      /^(?:other|another|some|several|many|state-run|state-owned|official)$/.test(kept[a]!.lower) ||
      (/^(?:turkeys|turkey's|russias|russia's|syrias|syria's|irans|iran's|iraqs|iraq's|lebanons|lebanon's)$/.test(kept[a]!.lower) &&
        kept.slice(a + 1).some((t) => t.cap)))
  )
    a++
  kept = kept.slice(a)
  return kept.map((t) => t.text).join(" ")
}

// (after an article or a description: a headline's bare "... monitor Turkey PM says" runs two
// headlines together)
/** wires whose credit may follow a headline's attribution ("... says monitoring group AFP") */
const WIRE = /^(?:AFP|AP|Reuters|DPA|dpa|EFE|ANSA|Xinhua|Anadolu|IRNA|TASS|RIA Novosti|Sputnik)$/
// (a place's name first too: "The Raqqa activist group Sound and Picture")
const KIND_THEN_NAME =
  /^(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[A-Z][\w'’-]*\s+(?=[a-z]))?(?:[a-z][\w-]*\s+|[A-Z]\w*-[a-z][\w-]*\s+|[A-Z][a-z]+(?:ist|ian|ish|ese|i)\s+){0,3}|(?:[a-z][\w-]*\s+|[A-Z]\w*-[a-z][\w-]*\s+|[A-Z][a-z]+(?:ist|ian|ish|ese|i)\s+){1,3})(?:group|monitor|watchdog|organi[sz]ation|network|charity|campaign|agency|collective|initiative|NGO)\s+((?:(?:al|el)-)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and|al|el|in)\s+)*(?:(?:al|el)-)?[A-Z][\w'’.-]*)*)$/
const LOCATED = /^(.+?\s\S+)\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,2})$/
const DEMONYM =
  /^(?:Syrian|Turkish|Russian|Iranian|Iraqi|Lebanese|Jordanian|Israeli|Kurdish|American|British|French|German|Saudi|Qatari|Emirati|Egyptian|Chinese|Arab|Western|European|Palestinian|Kuwaiti|Afghan|Pakistani)$/
// (the owner with its apostrophe, or a body's noun without it: not "the press statement", "the news report")
const OWNED_DOCUMENT =
  /^[Tt]he\s+([a-z]{3,})(?:['’]s|(?<=\b(?:centre|center|ministry|observatory|agency|committee|council|network|command|directorate|organi[sz]ation|coalition|army|military|monitor|group|office|authority|commission|board|union))s)\s+(?:(?:daily|weekly|monthly|latest|new|last|own|official|recent)\s+)?(?:bulletin|statement|report|tally|count|figures|data|statistics|communiqu[eé])$/
const REJECTING = /^(?:rejected|rejects|dismissed|dismisses|refuted|refutes)$/
const DESCRIBED_REPORTS = /^\s+(?:the\s+|these\s+|such\s+)?(?:reports?|claims?|accusations?|allegations?|charges?|it|this|them)\b/i
const SENTENCE_ADVERB = /,?\s+(?:however|though|meanwhile|nonetheless|nevertheless|instead|in\s+turn|for\s+(?:its|their|his|her)\s+part)\s*,?$/i
const OWN_DOCUMENT =
  /^(?:its|their)\s+(?:(?:daily|weekly|monthly|annual|latest|new|last|own|official|recent|final|preliminary)\s+)?(?:bulletin|statement|report|tally|count|figures|data|statistics|records|documentation|communiqu[eé])$/i
const POSSESSIVE_OWNER = /(?<=\w)['’]s$/
const ANAPHORA =
  /^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:same\s+)?(?:[a-z-]+\s+)?(?:facility|facilities|source|sources|spokesman|spokeswoman|official|officials|statement|report|bulletin|center|centre|ministry|agency|group|correspondent|reporter|army|military|command|network|monitor|organisation|organization|channel|broadcaster|website|television|committee|council|coalition|director|chief|head|governor|commander|general|colonel)|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]im|[Hh]er|[Tt]hem|(?:[Oo]ne|[Ss]ome|[Oo]thers?|[Aa]nother)(?:\s+of\s+them)?)$/

// "the charity said", "the relief agency said": one body called by any noun that heads a speaker,
// after "the", is one named before (a plural, "the activists", is a category; a person's role,
// "the envoy", is a person, found by the role's own words)
const DEFINITE_SINGULAR = /^[Tt]he\s+(?:[a-z-]+\s+)?([a-z]{3,})$/
const definiteBody = (phrase: string): boolean => {
  const head = DEFINITE_SINGULAR.exec(phrase)?.[1]
  return head !== undefined && !head.endsWith("s") && HEAD.has(head) && !NAMED_ROLE.has(head)
}

/** Is this speaker phrase a reference back ("the source", "he", "the ministry", "the charity")? */
export const isAnaphoric = (phrase: string): boolean => ANAPHORA.test(phrase.trim()) || definiteBody(phrase.trim())

// One quick test before tokenising: most sentences name no speaker.
const CUE =
  /\b(?:said|says?|told|tells|reported|reports|added|adds|announced|stated|confirm(?:ed|s)?|claim(?:ed|s)?|alleged|allegations?|accusations?|estimated|estimates?(?=\s+(?:that|there|some|about|around|more|over|at\s+least|up\s+to|\d))|received(?=\s+(?:\w+\s+){0,2}?reports?\s+(?:that|of)\b)|documented|counted|record(?:ed|s)(?=\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|a\s+total\s+of\s+)?\d)|noted|indicated|affirmed|mentioned|declared?s?|revealed|reveals|explain(?:ed|s)|specified|clarified|stress(?:ed|es)|warn(?:ed|s)|asserts?|asserted|condemn(?:ed|s)|decri(?:ed|es)|insists|indicates|affirms|mentions|accuse[ds]|blamed?|blames|denie[ds]|deny|reject(?:ed|s)|dismiss(?:ed|es)|refute[ds]|call(?:ed|s)|tweeted|wrote|insisted|(?:spoke|spoken|speaks?)(?=\s+of\b)|argue[ds]?|quoted|cited|described|according|saying|adding|noting|reporting|citing|puts?|putting|placed|places|gave|gives|given(?=\s+(?:a|an|the|its|their)\s+)|informed|pointed\s+out|point(?:ed|s)\s+the\s+finger|issued|published|released|believes?|suggests?|acknowledg(?:e|ed|es)|admit(?:ted|s)|repeated|reiterated|report|(?:found|finds|showed|shows|concluded|concludes)\s+that)\b/i

/** Every reporting frame in a sentence, in order; with `general`, where the rules find none, those
 * read by shape alone (not in a headline, whose words run together without verbs of their own). */
export const readFrames = (s: string, general = false): Array<Frame> => {
  // (CUES finds the same verbs as CUE: with none, no window, and nothing read)
  const out: Array<Frame> = []
  // A speaker is near its verb: tokenise only the stretches around the verbs, not a whole long sentence.
  let windowEnd = -1
  let windowStart = 0
  CUES.lastIndex = 0
  const windows: Array<readonly [number, number]> = []
  for (let m = CUES.exec(s); m !== null; m = CUES.exec(s)) {
    const a = m.index - WINDOW_BEFORE < 200 ? 0 : m.index - WINDOW_BEFORE
    const b = Math.min(s.length, m.index + m[0].length + WINDOW_AFTER)
    if (a <= windowEnd) windowEnd = b
    else {
      if (windowEnd >= 0) windows.push([windowStart, windowEnd])
      windowStart = a
      windowEnd = b
    }
  }
  if (windowEnd >= 0) windows.push([windowStart, windowEnd])
  for (const [a, b] of windows) {
    // start on a word boundary
    let from = a
    while (from > 0 && from < s.length && /\S/.test(s[from - 1]!)) from++
    readWindow(s, tokenize(s, from, b), out)
  }
  // "Reports confirmed that five civilians were killed ... said the source": reports that name no
  // one give way to a speaker the sentence names
  if (out.length > 1 && out.some((f) => BARE_REPORTS.test(f.phrase))) return out.filter((f) => !BARE_REPORTS.test(f.phrase))
  return out.length > 0 || !general ? out : generalFrames(s)
}
const BARE_REPORTS = /^(?:the\s+|some\s+|other\s+|earlier\s+|initial\s+)?reports?$/i

const WINDOW_BEFORE = 240
const DESCRIBED_OUTLET =
  /^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|news\s+website|website|broadcaster|channel|newspaper|daily)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)$/
const OUTLET_REPORTER =
  /^(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:'s|’s)\s+(?:(?:own|local|field)\s+)?(?:correspondents?|reporters?|journalists?)(?:\s+(?:in|at|on)\s+.*)?$/
const TIME_BEFORE_AGENT =
  /^(?:yesterday|today|tonight|earlier|later|late|early|on|last|this|morning|evening|afternoon|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const BEFORE_ATTRIBUTIVE = /^(?:of|for|with|from|about|against|over|into|amid|despite)$/
const WINDOW_AFTER = 160
/** Does the quotation mark at `at` close words said (a pair's second mark, an odd number of marks
 * before it), not a name in quotes ('civil-defense units also known as the "White Helmets" told')? */
const closesQuote = (s: string, at: number): boolean => {
  if (s[at] === "“") return false
  let n = 0
  let open = -1
  QUOTE_MARK.lastIndex = 0
  for (let m = QUOTE_MARK.exec(s); m !== null && m.index < at; m = QUOTE_MARK.exec(s)) {
    n++
    open = m.index
  }
  return n % 2 === 1 && at - open > QUOTED_NAME_MAX
}
const QUOTE_MARK = /["“”]/g
/** a quoted stretch this short is a name ("White Helmets", "Euphrates Shield"), not words said */
const QUOTED_NAME_MAX = 40
const ADVERB = /^[a-z]{4,}ly$/
const NOT_ADVERB = /^(?:family|assembly|anomaly|monopoly|homily|daily|weekly|monthly|yearly|quarterly|butterfly|jolly|supply|reply|holy|ugly|friendly)$/
/** a manner adverb ("independently", "reportedly"), not a noun in -ly ("family", "daily") */
const isAdverb = (word: string): boolean => ADVERB.test(word) && !NOT_ADVERB.test(word)
const CUES = new RegExp(CUE.source, "gi")

// "... in northern Syria Al Mayadeen TV reported", "near the cities of Deir ez-Zor and Raqqa local
// media reported", "near Damascus British Foreign Secretary William Hague said" (commas stripped):
// the place that closes a locative runs into a speaker who is complete without it, and the rest
// speaks. Not a body a place names: "a source at Aleppo Police Command" ("at" and "from" say whose
// source), "the Homs Media Center", "in Homs governor Talal Barazi" (an office a place holds).
const GLUED_LOCATIVE = /^(?:near|in|inside|outside|of|around|into|across|and)$/
const DIRECTION = /^(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|rural)$/
const PLACE_KIND = /^(?:city|town|village|province|countryside|governorate|area|region)$/
const PLACE_OFFICE = /^(?:governor|mayor|member|resident|activist)$/
const MEDIA_KIND = /^(?:tv|television|channel|radio|agency|newspaper)$/
const QUARTER_KIND = /^(?:district|neighbourhood|neighborhood|quarter)$/
const HELD_BY = /^[a-z]+-(?:held|controlled|besieged|run)$/
const gluedPlaceEnd = (tokens: ReadonlyArray<Token>, from: number, to: number, s: string): number => {
  let k = from
  const locativeBefore = (at: number): boolean => {
    let b = at - 1
    while (b >= 0 && DIRECTION.test(tokens[b]!.lower)) b--
    return b >= 0 && GLUED_LOCATIVE.test(tokens[b]!.lower)
  }
  // (a phrase that names a known source already keeps its span: the places in it stay the
  // speaker's, not the sentence's, as before)
  const known = (): boolean => knownSource(join(tokens, from, to, s)) !== null
  // the phrase may open on the locative itself: "in northern Aleppo Russian sources"
  if (GLUED_LOCATIVE.test(tokens[k]!.lower)) k++
  // ... on the article after it: "near the Daesh-controlled town of Al Tabqah local media"
  else if (DET.has(tokens[k]!.lower)) {
    if (!locativeBefore(k) || known()) return from
    k++
  }
  // ... on a place's name right after it, or on a kind of place and its name, which say it is a
  // place: "the countrys province of Hama local media"
  else if (!locativeBefore(k) && (!(PLACE_KIND.test(tokens[k]!.lower) && tokens[k + 1]?.lower === "of") || known())) return from
  // (and who holds it: "the opposition-held Bab al-Nairab district")
  while (k < to && (DIRECTION.test(tokens[k]!.lower) || HELD_BY.test(tokens[k]!.lower))) k++
  const last = tokens[to - 1]!
  // what is left after the places speaks on its own: a known source or armed group, a body named
  // by a lower-case noun ("local media", "Russian sources"), or someone named with a role
  const speaksAlone = (at: number): boolean => {
    // (not the tail of a channel's name: "Syria Al Mayadeen TV channel")
    if (MEDIA_KIND.test(tokens[at]!.lower)) return false
    const rest = join(tokens, at, to, s)
    const named = tokens.slice(at, to)
    return (
      knownSource(rest) !== null ||
      // a person's name of two words or more ("... district in Aleppo Ibrahim Abu Leith told")
      (named.length >= 2 && named.length <= 4 && named[0]!.cap && named.every((t) => isNamePart(t) && !isHead(t)) && findPlaces(rest).length === 0) ||
      armedGroupNamed(rest) !== null ||
      (last.cap && MEDIA_KIND.test(last.lower) && at < to - 1) ||
      (!last.cap && isHead(last) && !PLACE_KIND.test(last.lower)) ||
      (last.cap && tokens.slice(at, to).some((t) => NAMED_ROLE.has(t.lower)) && !tokens.slice(at, to).some((t) => PLACE_OFFICE.test(t.lower)))
    )
  }
  // places in a row ("Syrias Aleppo"), each with the kind of place after it ("Homs city"); the
  // speaker is what follows the most of them ("Syrias Idlib monitor", not "Idlib monitor"), though a
  // name may hold a place ("Syria Al Mayadeen TV")
  const ends: Array<number> = []
  let previous = ""
  while (to - k >= 2) {
    // ("town of Al Tabqah": the kind of place before its name)
    if (to - k >= 4 && PLACE_KIND.test(tokens[k]!.lower) && tokens[k + 1]!.lower === "of") k += 2
    if (!tokens[k]!.cap) break
    let p = Math.min(to - 1, k + 3)
    while (p > k && !isPlaceName(join(tokens, k, p, s))) p--
    if (p === k) break
    // (the place said again opens the name: "in Aleppo Aleppo University officials")
    const place = join(tokens, k, p, s)
    if (place === previous) break
    previous = place
    if (p < to - 1 && (PLACE_KIND.test(tokens[p]!.lower) || QUARTER_KIND.test(tokens[p]!.lower))) p++
    k = p
    ends.push(k)
    // ("Bab al-Nairab district in Aleppo": the city a quarter is in)
    if (to - k >= 3 && (tokens[k]!.lower === "in" || tokens[k]!.lower === "of") && tokens[k + 1]!.cap) k++
  }
  for (let e = ends.length - 1; e >= 0; e--) if (speaksAlone(ends[e]!)) return ends[e]!
  return from
}

// "the town of Ghandoura", "the village of Taduf", "the Euphrates River": places written with their
// kind, or a landmark the gazetteer does not hold
const PLACE_OF = /^(?:(?:town|village|city|province|governorate|district|neighbou?rhood|area|region|countryside|suburbs?|outskirts)\s+of\s+)(?=[A-Z])/i
const LANDMARK = /^(?:[A-Z][\w'-]*\s+){1,3}(?:River|Lake|Valley|Mountains?|Dam|Crossing|Street|Square|Highway|Road|Bridge)$/
const HARM_WORD = /^(?:dead|killed|injured|wounded|hurt|martyrs|casualties|died|dies|kill|kills)$/
/** the word before a headline's closing "Reports" names the victims, their harm or a place, not a speaker */
const namesNoSpeaker = (t: Token): boolean => VICTIM_HEAD.test(t.lower) || HARM_WORD.test(t.lower) || isPlaceName(t.text)
const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/i
const namesPlace = (phrase: string): boolean => {
  // (a kind of place names one, in the gazetteer or not: "the town of Ghandoura")
  if (PLACE_OF.test(phrase) && /^(?:\S+\s+of\s+)(?:(?:al-|el-)?[A-Z][\w'-]*\s*){1,3}$/.test(phrase)) return true
  return LANDMARK.test(phrase)
}

const OBJECT_OF = /^(?:among|amongst|between|with|for|against|to|from|on|at|near|around)$/
const readWindow = (s: string, tokens: Array<Token>, out: Array<Frame>): void => {
  const push = (given: readonly [number, number], at: number, end: number): boolean => {
    // ("said an activist who gave his name as Abu Hisham": the name he gave, after the verb)
    const range = tokens[given[0]]!.start > at ? (nameGivenAfter(tokens, given[1]) ?? given) : given
    const [from0, to0] = range
    // "... in Idlib Hama Aleppo and Deir al-Zor Moumtzis said": a list of places (commas stripped)
    // runs into the name after it, and is no part of the speaker
    let from = afterPlaceList(tokens, from0, to0, s)
    // "... created panic among residents activists said" (commas stripped): a noun right after a
    // preposition is its object, and the noun after that is who speaks
    if (
      to0 - from >= 2 &&
      OBJECT_OF.test(tokens[from - 1]?.lower ?? "") &&
      // (not the phrase "according to" opens: "according to government sources" is one speaker)
      tokens[from - 2]?.lower !== "according" &&
      !tokens[from]!.cap &&
      isHead(tokens[from]!) &&
      !tokens[from + 1]!.cap &&
      isHead(tokens[from + 1]!)
    )
      from++
    // "... with children among the casualties media reported" (commas stripped): the harm counted
    // is no part of who speaks
    if (to0 - from >= 3 && tokens[from]!.lower === "the" && HARMED_NOUN.test(tokens[from + 1]!.lower)) from += 2
    else if (to0 - from >= 2 && HARMED_NOUN.test(tokens[from]!.lower) && tokens[from - 1]?.lower === "the") from++
    let to = firstConjunct(tokens, from, to0)
    // ("rescuers and a monitor said": two known speakers give it together, read whole in `normalise`)
    if (
      to < to0 - 1 &&
      (tokens[to]!.lower === "and" || tokens[to]!.text === "&") &&
      jointSource(join(tokens, from, to, s), () => join(tokens, to + 1, to0, s)) !== null
    )
      to = to0
    // "... districts including al-Kalaseh Bustan al-Qasr and al-Sakhour civil defense officials
    // said": names with no head noun, then a role in lower case at the end: the role speaks
    if (to < to0 && !tokens.slice(from, to).some((x) => isHead(x) || PRONOUN.has(x.lower)) && knownSource(join(tokens, from, to, s)) === null) {
      // (the role may name its holder: "civil defense official Ibrahim Abu al-Laith")
      let end = to0
      while (end > to && isNamePart(tokens[end - 1]!)) end--
      if (end === to || !NAMED_ROLE.has(tokens[end - 1]!.lower)) end = to0
      let k = end
      while (k > to && tokens[k - 1]!.word && !tokens[k - 1]!.cap && (isHead(tokens[k - 1]!) || MODIFIER.has(tokens[k - 1]!.lower))) k--
      if (k < end && isHead(tokens[end - 1]!)) {
        from = k
        to = to0
      }
    }
    // "... near Syrias northern town of Al Tabqah media reported": a place after "of" or "in" running
    // into a bare head noun is where; the noun alone speaks
    if (to - from >= 3 && !tokens[to - 1]!.cap && isHead(tokens[to - 1]!) && !NAMED_ROLE.has(tokens[to - 1]!.lower) && tokens[to - 2]!.cap) {
      let k = to - 2
      while (k > from && tokens[k - 1]!.cap) k--
      if (k > from && LOCATIVE.test(tokens[k - 1]!.lower) && isPlaceName(join(tokens, k, to - 1, s))) from = to - 1
    }
    from = gluedPlaceEnd(tokens, from, to, s)
    // a phrase of articles and modifiers alone names no one ("An estimated 1.2 million")
    // ("The coalition, however, rejected the reports": a sentence adverb is no part of the name)
    let phrase = join(tokens, from, to, s).replace(SENTENCE_ADVERB, "")
    // "Its spokesman Abu Shaima acknowledged": the body "its" refers to speaks through him, as a
    // body's named spokesman does
    // (where nothing before names the body, the man himself: kept as the frame's speaker)
    let mouthpiece: string | null = null
    if (/^(?:its|their)$/i.test(tokens[from - 1]?.text ?? "") && OWN_MOUTHPIECE.test(tokens[from]!.lower)) {
      mouthpiece = normaliseSpeaker(phrase)
      phrase = "it"
    }
    if (
      !tokens.slice(from, to).some((t) => isHead(t) || (t.cap && !DET.has(t.lower)) || PRONOUN.has(t.lower) || OBJECT_PRONOUN.test(t.lower)) &&
      knownSource(phrase) === null
    )
      return false
    // "the centre's daily bulletin said" (or "the centers", its apostrophe dropped): the body it
    // refers back to speaks through its publication
    const owned = OWNED_DOCUMENT.exec(phrase)
    if (owned !== null) phrase = `the ${owned[1]}`
    // "according to its monthly report": the body the sentence named speaks through its own document
    else if (OWN_DOCUMENT.test(phrase)) phrase = "the report"
    // "according to SNHR's count", "the group's tally": the owner of a count the phrase stops before
    else if (POSSESSIVE_OWNER.test(phrase)) phrase = phrase.replace(POSSESSIVE_OWNER, "")
    const anaphoric = isAnaphoric(phrase) && knownSource(phrase) === null
    const speaker = anaphoric ? (mouthpiece ?? phrase) : normaliseSpeaker(phrase)
    // a place is never a speaker ("... on the other side of the border from Idlib told Anadolu")
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, "")
    if (speaker === "" || (!anaphoric && METONYM.get(bare.toLowerCase()) === undefined && (isPlaceName(bare) || namesPlace(bare)))) return false
    // a day never speaks ("said Mondays attack ...")
    if (WEEKDAYS.test(bare)) return false
    // "Residents of Daraya near Damascus accused ...": a capital after a preposition is a place, not its government
    // (the speaker is the phrase before the place: "Residents of Daraya")
    if (!anaphoric && METONYM.get(bare.toLowerCase()) !== undefined && LOCATIVE.test(tokens[from - 1]?.lower ?? "")) {
      const outer = from > 1 ? phraseBefore(tokens, from - 1) : null
      return outer !== null && outer[1] <= from - 1 && push(outer, at, end)
    }
    // "SANA reported citing a local source", "said Reuters quoting residents": the one cited speaks
    // (the innermost source, as with "was quoted as saying by")
    const last = Math.max(end, tokens[to - 1]!.end)
    let k = to
    while (k < tokens.length && tokens[k]!.start < last) k++
    // ("SANA news agency reported the attack quoting Homs Governor ...": past a short object)
    let c = k
    while (c < k + 3 && c < tokens.length && tokens[c]!.word && !tokens[c]!.cap && !startsWithDigit(tokens[c]!.text) && !CITING.test(tokens[c]!.lower)) c++
    if (CITING.test(tokens[c]?.lower ?? "")) k = c
    if (CITING.test(tokens[k]?.lower ?? "")) {
      // (not "a source" alone, whom the relay names no better than itself)
      const cited = phraseAfter(tokens, k + 1)
      if (cited !== null && !ANONYMOUS.test(normaliseSpeaker(join(tokens, cited[0], cited[1], s))) && push(cited, at, end)) return true
    }
    out.push({ speaker, phrase, anaphoric, verb: s.slice(at, end).toLowerCase(), at, end, speakerAt: tokens[from]!.start, speakerEnd: tokens[to - 1]!.end })
    return true
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    const lower = t.lower
    if (!MAY_FRAME.has(lower)) continue
    // "the neighbourhood of Sheikh Said it said", "Port Said": a capitalised "Said" after a name is part of it
    // (only where a pronoun and its own verb of saying follow: "UN Says 50 Killed" keeps its verb)
    if (
      t.cap &&
      (lower === "said" || lower === "says") &&
      tokens[i - 1]?.cap === true &&
      tokens[i - 1]!.word &&
      PRONOUN.has(tokens[i + 1]?.lower ?? "") &&
      SAY.has(tokens[i + 2]?.lower ?? "")
    )
      continue
    if (lower === "according" && tokens[i + 1]?.lower === "to") {
      // "according to earlier information provided by a source at X": the provider speaks
      // "According to him the militants are retreating": the one just named speaks again
      // (not "her" owning a noun: "According to her ministry")
      const after = tokens[i + 3]
      const owns = tokens[i + 2]?.lower === "her" && after !== undefined && after.word && !after.cap && !DET.has(after.lower) && !/^\d/.test(after.text)
      if (OBJECT_PRONOUN.test(tokens[i + 2]?.lower ?? "") && !owns) {
        push([i + 2, i + 3], t.start, tokens[i + 1]!.end)
        continue
      }
      const from = providedBy(tokens, i + 2)
      // "according to preliminary data": figures with no owner named are nobody's words
      if (from === i + 2 && ownerlessInfo(tokens, from)) continue
      // "according to unconfirmed reports from local sources": the sources the reports came from
      // speak, where a speaker's head noun names them (not "media reports from Aleppo")
      const maker = from === i + 2 ? reportsFrom(tokens, from) : null
      const byMaker = maker === null ? null : phraseAfter(tokens, maker)
      let range = byMaker !== null && HEAD.has(tokens[byMaker[1] - 1]?.lower ?? "") ? byMaker : phraseAfter(tokens, from)
      // "according to information gathered by PHR from medical staff": the people it was gathered
      // from gave the figure; the gatherer relays it
      // ("by our colleagues from medical staff": the gatherer may be no speaker phrase of its own)
      if (from > i + 2 && INFO_BY.test(tokens[from - 2]?.lower ?? "") && INFO_NOUN.test(tokens[from - 3]?.lower ?? "")) {
        let j = from
        while (j < from + 5 && j < tokens.length && tokens[j]!.word && tokens[j]!.lower !== "from") j++
        const gatheredFrom = tokens[j]?.lower === "from" ? phraseAfter(tokens, j + 1) : null
        if (gatheredFrom !== null && isHead(tokens[gatheredFrom[1] - 1]!)) range = gatheredFrom
      }
      if (range !== null) push(range, t.start, tokens[i + 1]!.end)
      continue
    }
    // "the claim by activists in the Syrian Revolution General Commission that": a claim's owner
    if (CLAIM_NOUN.has(lower) && tokens[i + 1]?.lower === "by" && tokens[i - 1] !== undefined && DET.has(tokens[i - 1]!.lower)) {
      const range = phraseAfter(tokens, i + 2)
      if (range !== null) push(range, t.start, tokens[i + 1]!.end)
      continue
    }
    // "media report", "activists report": the plural present only after a plural speaker ("a UN report said" is a noun)
    const plural = lower === "report" && PLURAL_SPEAKER.test(tokens[i - 1]?.lower ?? "")
    // "said Said Seif al Qalamoni": a name read already as a speaker says nothing itself
    if (out.some((f) => t.start >= f.speakerAt && t.end <= f.speakerEnd)) continue
    // "daily reports of attacks", "claims of a massacre": nouns, not verbs of saying
    if ((lower === "reports" || lower === "claims" || lower === "report") && tokens[i + 1]?.lower === "of") continue
    // "Initial reports indicated", "Media claims said": a verb of saying right after makes them nouns
    if ((lower === "reports" || lower === "claims") && SAY.has(tokens[i + 1]?.lower ?? "")) continue
    // "The Syrian Network for Human Rights found that ...", "a report by X showed that ...": a
    // finding told is a saying
    const finding = FINDS.has(lower) && tokens[i + 1]?.lower === "that"
    // ("OHCHR has received reports that ...": reports received and passed on are a saying; not "its
    // hospitals had received 141 wounded")
    // (not inside another's words: "the representative said her delegation had received reports" is hers)
    const received =
      lower === "received" && out.length === 0 && (/^reports?$/.test(tokens[i + 1]?.lower ?? "") || /^reports?$/.test(tokens[i + 2]?.lower ?? ""))
    const finite =
      SAY.has(lower) ||
      plural ||
      finding ||
      received ||
      (lower === "pointed" && tokens[i + 1]?.lower === "out") ||
      // "pointed the finger at the government": an accusation, said
      ((lower === "pointed" || lower === "points") && tokens[i + 1]?.lower === "the" && tokens[i + 2]?.lower === "finger")
    if (!finite && !SAY_PARTICIPLE.has(lower)) continue
    // ("Civilians reported killed: 9-14", "fighters reported dead": a report's field or a passive
    // without its auxiliary, no one saying)
    if (
      lower === "reported" &&
      /^(?:killed|dead|injured|wounded|missing|hurt|detained|arrested|displaced)$/.test(tokens[i + 1]?.lower ?? "") &&
      (tokens[i + 2]?.text === ":" ||
        /^\d/.test(tokens[i + 2]?.text ?? "") ||
        /^(?:civilians|people|persons|children|women|fighters|soldiers)$/.test(tokens[i - 1]?.lower ?? ""))
    )
      continue
    // ("could not be independently confirmed": passive or negated across an adverb too)
    // ("Casualties are also reported in ...": across "also" and "still" as well)
    let p = i - 1
    while (p > 0 && (isAdverb(tokens[p]!.text) || /^(?:also|still|now|further)$/.test(tokens[p]!.lower))) p--
    const prev = tokens[p]
    const next = tokens[i + 1]
    // "accused the army of repeated attacks", "amid reported clashes": a verb of saying right after a
    // preposition is a participle before its noun, no one saying
    // (or inside quotation marks: 'accused the army of "repeated attacks"')
    const q = /^["“]$/.test(tokens[i - 1]?.text ?? "") ? i - 2 : i - 1
    if (p >= q && BEFORE_ATTRIBUTIVE.test(tokens[q]?.lower ?? "")) continue
    // ("IS said in a statement": a name in capitals, not the verb "is")
    if (prev !== undefined && PASSIVE_BEFORE.has(prev.lower) && !/^[A-Z]{2,}$/.test(prev.text)) {
      // "22 injuries were reported by the civil defence rescuers": the agent reports
      // ("This was announced yesterday evening by the health authority": past a time between)
      let by = i + 1
      while (by < i + 5 && TIME_BEFORE_AGENT.test(tokens[by]?.lower ?? "")) by++
      if (tokens[by]?.lower === "by" && PASSIVE_AGENT.has(lower)) {
        const range = phraseAfter(tokens, by + 1)
        if (range !== null) push(range, t.start, tokens[by]!.end)
      }
      // "the Russian military was quoted as saying by local media": the one quoted speaks (the
      // innermost source), not the relay after "by"
      // ("... was quoted by AFP as saying": past the relay named between)
      let as = i + 1
      if (lower === "quoted" && next?.lower === "by") while (as < i + 7 && tokens[as] !== undefined && tokens[as]!.lower !== "as") as++
      if (lower === "quoted" && tokens[as]?.lower === "as" && tokens[as + 1]?.lower === "saying" && p > 0) {
        const range = phraseBefore(tokens, p)
        if (range !== null && !LISTENER_BEFORE(tokens, range[0])) push(range, t.start, tokens[as + 1]!.end)
      }
      continue
    }
    // "did not say", "no longer pointed out": nothing said
    if (prev !== undefined && /^(?:not|never|longer|n't)$/.test(prev.lower)) continue
    // "... Leaves 20 Syrian Civilians Dead Reports": a headline's closing word after the victims,
    // their harm or a place is the reports it goes by, which speak ("... SANA Reports" is SANA's)
    if (next === undefined && t.text[0] === "R" && (lower === "reports" || lower === "report") && i > 0 && namesNoSpeaker(tokens[i - 1]!)) {
      push([i, i + 1], t.start, t.end)
      continue
    }
    // "claimed the lives of", "put the death toll", "gave birth"
    // ("has claimed lives of eight civilians", "Bomb ... Claims 6 Lebanese Martyrs": the toll it took)
    if ((lower === "claimed" || lower === "claims") && next !== undefined && HARM_TAKEN.test(s.slice(t.end, t.end + 90))) continue
    // ("placed the death toll from the air raids at 50")
    if (
      GIVES_TOLL.has(lower) &&
      (lower === "given"
        ? !GIVEN_COUNT.test(s.slice(t.end, t.end + 40))
        : !/\b(?:toll|number|figure|tally|total|count|account|picture|version|narrative|figures)\b|^\s+(?:it|them)\s+at\b/i.test(s.slice(t.end, t.end + 30)))
    )
      continue
    // ("described reports of civilian casualties as black propaganda": a verdict on reports speaks)
    if (lower === "informed" || ((lower === "described" || lower === "called" || lower === "calls") && !DESCRIBED_REPORTS.test(s.slice(t.end, t.end + 30))))
      continue
    // ("The Syrian army rejected calls for a ceasefire": rejecting a proposal says nothing)
    if (REJECTING.test(lower) && rejectsProposal(s.slice(t.end, t.end + 50))) continue
    // "issued its daily bulletin", "released a statement": the body that speaks
    if (
      (lower === "issued" || lower === "published" || lower === "released") &&
      !/^\s+(?:(?:a|an|its|their|the)\s+)?(?:\w+\s+)?(?:statement|bulletin|report|communiqu)/i.test(s.slice(t.end, t.end + 40))
    )
      continue
    if (lower === "pointing" && next?.lower !== "out") continue
    // ("ACLED records 412 fatalities" speaks; "X told Reuters the hospital had recorded four deaths":
    // a count kept inside words already said is the speaker's)
    if ((lower === "recorded" || lower === "records") && out.length > 0) continue
    // ("activists have spoken of 11 dead": what they spoke of is what they said; not "spoke to AFP")
    if (SPOKE.test(lower) && next?.lower !== "of") continue
    // "Reuters also reported residents and rescue workers as saying that ...": the innermost source
    if (lower === "reported" && next !== undefined && !CONNECTOR.test(next.lower)) {
      const range = phraseAfter(tokens, i + 1)
      if (range !== null && tokens[range[1]]?.lower === "as" && tokens[range[1] + 1]?.lower === "saying") {
        push(range, t.start, tokens[range[1] + 1]!.end)
        continue
      }
    }
    if (RELAY.has(lower)) {
      // "SANA's correspondent quoted a source at Aleppo Police Command as saying"; but "SANA
      // quoted a source in Hasaka": an unnamed source in a place is the relay's
      const range = phraseAfter(tokens, i + 1)
      if (range !== null && !ANONYMOUS.test(normaliseSpeaker(join(tokens, range[0], range[1], s)))) {
        push(range, t.start, t.end)
        continue
      }
    }
    if (!finite) {
      // "... with the observatory reporting a new attack": the subject of an absolute clause speaks
      const withAt = tokens.slice(Math.max(0, i - 6), i).findLastIndex((x) => x.lower === "with")
      if (withAt >= 0) {
        const w = Math.max(0, i - 6) + withAt
        const range = phraseBefore(tokens, i)
        if (range !== null && range[0] === w + 1 && push(range, t.start, t.end)) continue
      }
      // "Syria's state TV has raised the death toll ... saying 22 people died": the sentence's subject
      // speaks through the participle when no verb of saying names anyone before it
      if (lower === "saying" && tokens[0]!.start === 0 && !out.some((f) => f.at < t.start)) {
        const range = phraseAfter(tokens, 0)
        if (range !== null && range[1] < i && SUBJECT_VERB.test(tokens[range[1]]!.lower) && tokens.slice(range[0], range[1]).some((x) => isHead(x)))
          push(range, t.start, t.end)
      }
      continue
    }
    // "has said", "had reported": the subject is before the auxiliary
    let v = i
    // 'The Observatory "has documented the killing of ...': a quotation opening between subject and verb
    // ('"... near Khan Shaykhun of Idlib province" said a statement': a quote closing before the
    // verb ends the words said, and the speaker follows the verb)
    const skipQuote = () => {
      while (v > 0 && /^["“”]$/.test(tokens[v - 1]!.text) && !closesQuote(s, tokens[v - 1]!.start)) v--
    }
    skipQuote()
    while (
      v > 0 &&
      /^(?:has|have|had|also|later|earlier|further|previously|then|again|would|will|could|however|meanwhile|separately|subsequently|once|now)$/.test(
        tokens[v - 1]!.lower
      )
    )
      v--
    // "Russia has categorically denied", "the monitor repeatedly said": a manner adverb between
    // the subject and its verb (not a noun that ends the same way: "the family said", "Al-Watan daily")
    while (v > 1 && isAdverb(tokens[v - 1]!.text)) {
      v--
      while (v > 0 && /^(?:has|have|had|also|would|will|could)$/.test(tokens[v - 1]!.lower)) v--
    }
    skipQuote()
    // "Idlib administration on Monday announced": a time between the speaker and the verb
    if (v > 1 && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(tokens[v - 1]!.lower)) {
      v--
      if (v > 1 && /^(?:on|late|early|earlier|later)$/.test(tokens[v - 1]!.lower)) v--
    } else if (v > 2 && /^(?:week|month|year)$/.test(tokens[v - 1]!.lower) && /^(?:last|this|earlier|later)$/.test(tokens[v - 2]!.lower)) {
      // "UN investigators last week said"
      v -= 2
    }
    // "confirmed or alleged that": the subject is before both verbs
    // (a verb before, even misspelt, "confired or alleged": "recorded 120 air strikes and said" is another clause's object)
    if (
      v >= 2 &&
      /^(?:or|and)$/.test(tokens[v - 1]!.lower) &&
      tokens[v - 2]!.word &&
      !tokens[v - 2]!.cap &&
      (SAY.has(tokens[v - 2]!.lower) || tokens[v - 2]!.lower.endsWith("ed"))
    )
      v -= 2
    // "An activist in Deir al-Zor who spoke on condition of anonymity told Reuters"
    const relative = (from: number, reach: number): number => {
      for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
        const w = tokens[k]!
        if (!w.word || startsWithDigit(w.text)) break
        // "who spoke on condition of anonymity", "that is affiliated to the Syrian opposition"
        if (w.text === "who" || ((w.text === "that" || w.text === "which") && k > 0 && (tokens[k - 1]!.cap || isHead(tokens[k - 1]!)))) return k
      }
      return -1
    }
    // "The observatory, which relies on a network of sources on the ground, said": the subject
    // before a relative clause set off by commas
    if (v > 2 && tokens[v - 1]!.text === ",") {
      for (let k = v - 2; k >= Math.max(1, v - 30); k--) {
        const w = tokens[k]!
        // (or an apposition: "Rescue workers from the Syria Civil Defence, a volunteer group operating in opposition areas, said")
        if (w.text === "," && /^(?:which|who|whose|a|an)$/.test(tokens[k + 1]?.lower ?? "")) {
          v = k
          break
        }
        // (an abbreviation in brackets may stand inside it: "which fights alongside the Syrian Democratic Forces (SDF)")
        if (!w.word && w.text !== "," && w.text !== "-" && w.text !== "(" && w.text !== ")") break
      }
    }
    const verbAt = v
    // ("An activist in the town who gave his name as Abu Hisham told AFP": the name he goes by speaks)
    const given = nameGivenAs(tokens, i)
    if (given !== null) {
      push(given, t.start, t.end)
      continue
    }
    const near = relative(v, 10)
    if (near >= 0) v = near
    // "The US and France termed the assaults war crimes and said ...": the subject of the first verb
    if (v > 0 && /^(?:and|but)$/.test(tokens[v - 1]!.lower)) {
      if (tokens[0]!.start > 0) continue
      // (past a time opening the sentence, "Yesterday alone Syria Civil Defence recorded ... and said",
      // and an aside after the name, "Syria Civil Defence (the White Helmets) recorded")
      // (the clause after a semicolon has a subject of its own: "...; the Syrian authorities have denied ... and say")
      let start = 0
      for (let k = v - 2; k > 0; k--)
        if (tokens[k]!.text === ";") {
          start = k + 1
          break
        }
      while (start < v - 1 && LEADING_TIME.test(tokens[start]!.lower)) start++
      let end = start
      while (end < v - 1 && inPhrase(tokens[end]!) && !PRONOUN.has(tokens[end]!.lower)) end++
      let verb = end
      if (tokens[verb]?.text === "(") {
        while (verb < v - 1 && tokens[verb]!.text !== ")") verb++
        verb++
      }
      if (end > start && verb < v - 1 && tokens[verb]!.word && !tokens[verb]!.cap) push([start, end], t.start, t.end)
      continue
    }
    // "Manal a 28-year-old teacher living in Midan said": the person an age apposition describes
    if (v > 0 && s.lastIndexOf("-year-old", tokens[v]!.start) > tokens[v]!.start - 120) {
      const aged = AGE_APPOSITION.exec(s.slice(Math.max(0, tokens[v]!.start - 120), tokens[v]!.start))
      if (aged !== null) {
        const at = tokens[v]!.start - aged[0].length
        const first = tokens.findIndex((x) => x.start === at)
        const last = first < 0 ? -1 : tokens.findIndex((x) => x.end === at + aged[1]!.length)
        if (first >= 0 && last >= first && push([first, last + 1], t.start, t.end)) continue
      }
    }
    let before = phraseBefore(tokens, v)
    // "ISIS in a statement published on Twitter and the messaging service Telegram said": the one
    // whose statement it is, before the words telling where it was published
    if (before !== null) {
      for (let k = before[0] - 1; k >= 2 && k >= before[0] - 12; k--) {
        if (!SPOKEN_IN.test(tokens[k]!.lower) || !/^(?:a|an|its|their)$/.test(tokens[k - 1]!.lower) || tokens[k - 2]!.text !== "in") continue
        // (only where the words after it tell where it was put out: "In a statement to SANA a
        // source at the Police Command said" names its speaker after it)
        if (!PUT_OUT.test(tokens[k + 1]?.lower ?? "")) break
        const subject = phraseBefore(tokens, k - 2)
        if (subject !== null && subject[1] === k - 2) before = subject
        break
      }
    }
    // "Rami Abdurrahman who heads the Britain-based Syrian Observatory for Human Rights said": one
    // who heads a known body speaks for it, as "the Observatory chief" does
    if (near >= 0 && tokens[near]!.lower === "who" && HEADS_BODY.test(tokens[near + 1]?.lower ?? "") && near + 2 < verbAt) {
      const body = join(tokens, near + 2, verbAt, s)
      if (knownSource(body) !== null) before = [near + 2, verbAt]
    }
    // "The Aleppo Media Center an activist collective said", "The Syrian Center for Policy Research a
    // Beirut-based nongovernmental organization has put": the name an indefinite description follows,
    // whatever its nouns
    if (near < 0 && (before === null || !tokens.slice(before[0], before[1]).some((x) => x.cap))) {
      const named = nameBeforeDescription(tokens, before?.[0] ?? v)
      if (named !== null) before = named
    }
    // a longer relative clause, when nothing before the verb names a speaker ("The U.S.-led
    // coalition which launched an air war against IS in Syria last September said ...")
    // (also when the words before the verb are the clause's own: "The monitor which relies on a
    // network of sources inside Syria for its information said")
    if (near < 0) {
      const far = relative(verbAt, 16)
      // (only a clause opened by "which" or "who" where the words before the verb are its own: "a
      // report that a US drone carried out the strike" is what the report said)
      // (and only where those words name nobody known: "... who had defected to join opposition
      // forces the observatory said")
      if (far >= 0 && (before === null || (before[0] > far && tokens[far]!.text !== "that" && knownSource(join(tokens, before[0], before[1], s)) === null))) {
        const subject = phraseBefore(tokens, far)
        // (a subject that speaks: "The monitor", not the victims, "Twelve people who were waiting for bread")
        const speaks =
          subject !== null &&
          !/^\d/.test(tokens[subject[0]]!.text) &&
          !VICTIM_HEAD.test(tokens[subject[1] - 1]!.lower) &&
          !NUMBER_WORD.test(tokens[subject[0]]!.lower) &&
          tokens.slice(subject[0], subject[1]).some((x) => isHead(x) || x.cap)
        if (before === null || speaks) before = subject
      }
    }
    // "Rescue workers responding to the attacks gave", "The US-led coalition targeting the jihadists
    // in both Syria and Iraq reported": the subject before a participle's clause, when nothing
    // nearer the verb has a head noun
    if (near < 0 && (before === null || !tokens.slice(before[0], before[1]).some((x) => isHead(x)))) {
      for (let k = (before?.[0] ?? v) - 1; k >= Math.max(1, v - 10); k--) {
        const w = tokens[k]!
        if (!w.word || /^\d/.test(w.text)) break
        if (w.cap || !/[a-z]{3,}ing$/.test(w.lower) || NOT_PARTICIPLE.test(w.lower) || !isHead(tokens[k - 1]!)) continue
        const subject = phraseBefore(tokens, k)
        if (subject !== null && tokens.slice(subject[0], subject[1]).some((x) => isHead(x))) {
          before = subject
          // "Syria Civil Defence a Syrian rescue service operating in rebel-held areas said": the
          // name the indefinite description follows
          const article = /^(?:a|an)$/.test(tokens[subject[0]]!.lower) ? subject[0] : subject[0] - 1
          if (article > 0 && /^(?:a|an)$/.test(tokens[article]!.lower)) {
            let j = article
            while (j > 0 && article - j < 5 && tokens[j - 1]!.cap) j--
            if (article - j >= 2 || (j < article && isHead(tokens[j]!))) before = [j, article]
          }
        }
        break
      }
    }
    // "killed 1102 people said the Observatory": the people counted are no speaker
    // ("killing nine people Sputnik reported": the counted people open the phrase, the name speaks)
    if (before !== null && COUNT_BEFORE(tokens, before[0]) && (VICTIM.test(tokens[before[1] - 1]!.lower) || VICTIM.test(tokens[before[0]]!.lower))) {
      let from = before[0]
      // ("eight volunteers opposition activists said": only the counted noun goes)
      if (!VICTIM.test(tokens[before[1] - 1]!.lower)) while (from < before[1] - 1 && VICTIM.test(tokens[from]!.lower)) from++
      else while (from < before[1] && !tokens[from]!.cap) from++
      before = from < before[1] ? [from, before[1]] : null
    }
    // "... destruction in public facilities and hospitals said the Observatory.": a name closing the
    // sentence after the verb speaks, and the bare noun before it ends the words said
    // (or the object of "of" before the verb: "the Shiite sect of President Bashar al-Assad said Talal
    // al-Barazi": the name after the verb, ending the sentence, speaks)
    if (before !== null && INVERTS.has(lower) && (bareNoun(tokens, before) || tokens[before[0] - 1]?.lower === "of")) {
      const after = phraseAfter(tokens, i + 1)
      if (
        after !== null &&
        closesSentence(tokens, after[1], s) &&
        tokens.slice(after[0], after[1]).some((x) => x.cap && !DET.has(x.lower)) &&
        push(after, t.start, t.end)
      )
        continue
    }
    // "barrel bombs which they say fail to discriminate": the pronoun of a relative clause is the
    // sentence's subject ("Rights groups have criticised ...")
    if (before !== null && before[1] - before[0] === 1 && /^(?:they|it)$/.test(tokens[before[0]]!.lower) && tokens[0]!.start === 0) {
      const rel = tokens[before[0] - 1]?.lower ?? ""
      const subject = rel === "which" || rel === "that" || rel === "who" ? phraseAfter(tokens, 0) : null
      if (subject !== null && subject[1] < before[0] - 1 && tokens.slice(subject[0], subject[1]).some((x) => isHead(x))) before = subject
    }
    // (a phrase that names no one, a place, falls through to the speaker after the verb)
    if (before !== null && !LISTENER_BEFORE(tokens, before[0]) && push(before, t.start, t.end)) continue
    // "attacks by rebels that had hit the centre a monitoring group said": no relative clause after all
    if (near >= 0) {
      const direct = phraseBefore(tokens, verbAt)
      if (direct !== null && !LISTENER_BEFORE(tokens, direct[0]) && push(direct, t.start, t.end)) continue
    }
    // "said the Observatory", "said Observatory chief Rami Abdel Rahman"; not "told reporters",
    // and never "blamed the coalition", "denied the charges"
    if (INVERTS.has(lower) && next !== undefined) {
      const after = phraseAfter(tokens, providedBy(tokens, i + 1))
      if (after !== null && !SUBJECT_OF_CLAUSE(tokens, after[1])) push(after, t.start, t.end)
    }
  }
}

/** "said Daesh attacked the village", "probe reports opposition fighters committed": a phrase after
 * the verb followed by a verb of its own is the subject of the words said, not an inverted speaker */
const SUBJECT_OF_CLAUSE = (tokens: ReadonlyArray<Token>, k: number): boolean => {
  const t = tokens[k]
  // (not a participle describing the speaker: "said the Observatory a group opposed to Assad")
  return t?.word === true && !t.cap && CLAUSE_VERB.test(t.lower) && !/^(?:to|in|by|with|on|for|from|at|as)$/.test(tokens[k + 1]?.lower ?? "")
}
const CLAUSE_VERB =
  /^(?:[a-z]{3,}ed|has|have|had|was|were|is|are|will|would|could|may|might|shot|hit|struck|took|began|fought|launched|fired|killed|attacked|seized|stormed|shelled|bombed)$/
/** words in -ing that open no participle clause of the subject */
const NOT_PARTICIPLE =
  /^(?:according|during|including|following|saying|adding|noting|citing|reporting|stating|killing|wounding|injuring|leaving|causing|bring|thing|nothing|something|anything|building|morning|evening|fighting|shelling|bombing|ceasefire)$/
/** a phrase of common nouns alone, with no article or name ("hospitals", "public facilities") */
const bareNoun = (tokens: ReadonlyArray<Token>, [from, to]: readonly [number, number]): boolean =>
  tokens.slice(from, to).every((x) => x.word && !x.cap && !DET.has(x.lower) && !PRONOUN.has(x.lower))
/** nothing but punctuation from token `k` to the end of the sentence */
const closesSentence = (tokens: ReadonlyArray<Token>, k: number, s: string): boolean =>
  k >= tokens.length ? /^[\s.!"”]*$/.test(s.slice(tokens[k - 1]!.end)) : !tokens[k]!.word && /^[.!]$/.test(tokens[k]!.text) && k + 1 >= tokens.length

/** a name, then "a 28-year-old teacher (living in Midan)", up to the verb */
const AGE_APPOSITION =
  /([A-Z][a-z'-]+(?:\s+(?:al-|el-|abu\s+|bin\s+)?[A-Z][a-z'-]+){0,2}),?\s+an?\s+\d{1,3}-year-old(?:\s+(?:(?!(?:the|an?|said|says|told|added|stated|reported|counted|claimed)\b)[a-z][\w-]*|(?:in|from|of)\s+[A-Z][\w-]*)){1,6}?,?\s*$/
/** a finite verb or auxiliary right after a sentence's subject */
/** "has given a figure of about 300", "had given a toll of 12": a count given, not "given a hearing" */
const GIVEN_COUNT = /^\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll|number|tally|total|count|estimate)\b/i
const SUBJECT_VERB = /^(?:has|have|had|is|are|was|were|raised|updated|put|issued|published|released|broadcast|aired|showed|reported)$/

const LOCATIVE = /^(?:near|in|inside|outside|from|of|at|around|into|to|towards|toward)$/
const INFO_NOUN = /^(?:information|figures|data|statistics|estimates|numbers|reports?|count|tally)$/
const STATEMENT_NOUN = /^(?:statement|communiqu[eé]|bulletin|release)$/
const TOLL_MODIFIER =
  /^(?:new|latest|updated|revised|fresh|final|preliminary|initial|earlier|previous|death|casualty|recent|annual|monthly|weekly|joint|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/
const TOLL_NOUN = /^(?:toll|tally|count|figures?|estimates?|report|statement|bulletin|data|statistics)$/
const INFO_BY = /^(?:provided|released|published|issued|given|compiled|gathered|collected|obtained|documented|received)$/
const RECORDS_OF = /^(?:statistics|figures|data|records|documentation|count|tally)$/
/** Past "(earlier) information provided by" to the token after "by"; else `i` itself. */
const providedBy = (tokens: ReadonlyArray<Token>, i: number): number => {
  let k = i
  while (k < i + 3 && k < tokens.length && !INFO_NOUN.test(tokens[k]!.lower)) k++
  // ("information received from the press office of ...": whoever gave it)
  if (
    k < tokens.length &&
    INFO_NOUN.test(tokens[k]!.lower) &&
    INFO_BY.test(tokens[k + 1]?.lower ?? "") &&
    (tokens[k + 2]?.lower === "by" || tokens[k + 2]?.lower === "from")
  )
    return k + 3
  // "said a statement by the Russian defence ministry": the body that issued the statement speaks
  k = i
  if (DET.has(tokens[k]?.lower ?? "")) k++
  if (STATEMENT_NOUN.test(tokens[k]?.lower ?? "") && /^(?:by|from|of)$/.test(tokens[k + 1]?.lower ?? "")) return k + 2
  // "according to a statement released Saturday by the Syrian Revolution General Commission",
  // "a statement issued by the brigade": its issuer, past a day between
  if (STATEMENT_NOUN.test(tokens[k]?.lower ?? "") && INFO_BY.test(tokens[k + 1]?.lower ?? "")) {
    for (let b = k + 2; b < k + 6 && b < tokens.length; b++) {
      if (tokens[b]!.lower === "by") return b + 1
      if (
        !/^(?:on|late|early|last|this|earlier|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening)$/.test(
          tokens[b]!.lower
        )
      )
        break
    }
  }
  // "according to a new toll from the observatory": whoever keeps the toll speaks ("a toll of 24" is a figure)
  while (k < i + 3 && TOLL_MODIFIER.test(tokens[k]?.lower ?? "")) k++
  if (TOLL_NOUN.test(tokens[k]?.lower ?? "") && /^(?:by|from)$/.test(tokens[k + 1]?.lower ?? "")) return k + 2
  // "according to the statistics of the Health Board": whose records they are (not "figures of 24")
  // ("according to the final count of the council's documentation office": whose count it is)
  if (RECORDS_OF.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "of" && DET.has(tokens[k + 2]?.lower ?? "")) return k + 2
  return i
}

const LEADING_TIME =
  /^(?:yesterday|today|tonight|overnight|earlier|later|meanwhile|alone|also|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
/** Past "(unconfirmed) reports from" to the token after "from"; else null. */
const reportsFrom = (tokens: ReadonlyArray<Token>, i: number): number | null => {
  let k = i
  if (DET.has(tokens[k]?.lower ?? "")) k++
  while (k < i + 3 && REPORT_MODIFIER.test(tokens[k]?.lower ?? "")) k++
  return /^(?:reports?|information|accounts?)$/.test(tokens[k]?.lower ?? "") && /^(?:from|by)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : null
}
const REPORT_MODIFIER = /^(?:unconfirmed|initial|preliminary|early|earlier|first|latest|new|conflicting|local|media|press|several|some|multiple)$/
/** "preliminary data", "the latest figures": information whose owner the words do not name. */
const ownerlessInfo = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  let k = i
  if (DET.has(tokens[k]?.lower ?? "")) k++
  const modified = k
  while (k < modified + 2 && TOLL_MODIFIER.test(tokens[k]?.lower ?? "")) k++
  // ("according to the report": a report the story has named, whose owner speaks)
  return k > modified && OWNERLESS_INFO.test(tokens[k]?.lower ?? "") && !/^(?:by|from|of)$/.test(tokens[k + 1]?.lower ?? "")
}
const OWNERLESS_INFO = /^(?:information|figures|data|statistics|estimates|numbers)$/

/** Is the phrase starting at `from` right after a figure ("killed 1102 people said ...")? */
const COUNT_BEFORE = (tokens: ReadonlyArray<Token>, from: number): boolean => {
  const prev = tokens[from - 1]
  return (
    prev !== undefined &&
    (/^\d/.test(prev.text) ||
      /^(?:dozens|scores|hundreds|thousands|tens|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/.test(
        prev.lower
      ))
  )
}
const VICTIM =
  /^(?:people|persons|civilians|children|women|men|fighters|soldiers|troops|rebels|militants|members|others|volunteers|workers|patients|students|staff|journalists|policemen|officers)$/
/** what a body speaks in: "in a statement published on Twitter ... said" */
const SPOKEN_IN = /^(?:statement|communiqu[eé]|message|video|post|posting|recording|announcement)$/
const PUT_OUT = /^(?:published|posted|issued|released|carried|broadcast|circulated|aired|distributed|uploaded)$/

/** nouns whose owner follows "by": "the claim by activists that ..." */
const CLAIM_NOUN = set("claim claims allegation allegations accusation accusations")
/** Every word readWindow reads a frame at ("according", a claim's noun, a verb of saying or its
 * participle, "report", "pointed"): any other word is passed at once, with one lookup. */
const FINDS = set("found finds showed shows concluded concludes")
const MAY_FRAME: ReadonlySet<string> = new Set(["according", "report", "pointed", "points", "received", ...CLAIM_NOUN, ...SAY, ...SAY_PARTICIPLE, ...FINDS])
/** plural speakers with which "report" is a verb of saying */
const PLURAL_SPEAKER = /^(?:media|activists|sources|witnesses|residents|officials|monitors|agencies|outlets|reports|medics|doctors|rescuers)$/

/** "told SANA", "quoted by AFP": a phrase right after these is the listener, not a speaker. */
const LISTENER_BEFORE = (tokens: ReadonlyArray<Token>, from: number): boolean => {
  const prev = tokens[from - 1]
  if (prev === undefined) return false
  if (prev.lower === "told" || prev.lower === "to") return true
  // "quoted by AFP"; "the execution of the pilot by Nusra Front said Said Seif": the doer of an act,
  // not the subject of "said" (the speaker follows the verb); but "a report (issued) by the Syrian
  // Network for Human Rights said": the author of a report is the one who says what it says
  if (prev.lower !== "by") return false
  const noun = INFO_BY.test(tokens[from - 2]?.lower ?? "") ? tokens[from - 3] : tokens[from - 2]
  return noun === undefined || !AUTHORED.test(noun.lower)
}
/** what a body writes: its author speaks through it */
const AUTHORED =
  /^(?:report|reports|statement|statements|study|survey|bulletin|letter|investigation|analysis|tally|count|toll|figures|data|estimate|estimates|document|communiqu[eé]|release)$/

/** A sub-headline's attribution at its end, without a verb ("... origin of explosion unknown
 * monitoring group"): only the unmistakable ones, as a body sentence may end on any noun. */
export const sublineSource = (s: string): string | null => {
  const tail = /(?:\b(?:syrian\s+)?state\s+(?:media|tv|television)|\bmonitor(?:(?:ing)?\s+group)?)\s*[.!]?\s*$/i.exec(s)
  return tail === null ? null : normaliseSpeaker(tail[0].replace(/[\s.!]+$/, ""))
}

/** the site's name and section trail after a headline: " - Region - World - Ahram Online", " - Sputnik International" */
const SITE_TRAIL =
  /(?:\s+-\s+[A-Z][\w'.&]*(?:\s+[A-Z][\w'.&]*){0,2}){2,4}\s*$|\s+-\s+[A-Z][\w'.&]*\s+(?:International|Online|Times|News|Daily|Sabah|Post|Network)\s*$/
/** A headline's own attribution at its end: "... kills 14 State media", "...: aid agencies",
 * "... 70 killed in north of Aleppo monitor | Jordan Times". */
export const headlineSource = (title: string): string | null => {
  const t = title
    .replace(/\s*\|[^|]*$/, "")
    .replace(SITE_TRAIL, "")
    .trim()
  // "...: aid agencies", "... Kills Five Injures Seven - Homs Governor": a speaker after a colon or a dash
  const colon = /(?::\s*|\s+[-–]\s+)([A-Za-z][A-Za-z' ]{2,40})$/.exec(t)
  if (colon !== null && colon[1]!.trim().split(/\s+/).length <= 4) {
    const phrase = colon[1]!.trim()
    const tokens = tokenize(phrase)
    if (tokens.some((x) => isHead(x))) return normaliseSpeaker(phrase)
  }
  const tail =
    /(?:\b(?:syrian\s+)?state\s+(?:media|tv|television)|\bmonitor(?:(?:ing)?\s+group)?|\bobservatory|\bNGO|\bactivists|\brescuers|\bmedics|\bofficials|\bsources|\bSOHR|\bUN|\bresidents|\bwitnesses)\s*[.!]?\s*$/i.exec(
      t
    )
  if (tail !== null) return normaliseSpeaker(tail[0].replace(/[\s.!]+$/, ""))
  // "... Kills Five Syrians in Aleppo SANA", "... kills 32 Medical source": a known source's name
  // ending the headline, not after a preposition or a count ("clashes with the Syrian army", "kill 12 doctors")
  const words = t.split(/\s+/)
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const known = knownSource(words.slice(-k).join(" "))
    // (a shorter tail already names it: the last word is no part of the name, "Syrian army advances")
    if (known === null || (k > 1 && knownSource(words.slice(-k, -1).join(" ")) !== null)) continue
    // (a reporting body only, never a side or the people a headline may be about: "... as it
    // targets Syrian army", "... as Russia targets doctors"; after a count only a source's own
    // word: "kills 32 Medical source")
    const before = words[words.length - k - 1]!
    const reports = HEADLINE_REPORTERS.has(known) || /^sources?$/i.test(words.at(-1)!)
    return !reports ||
      HEADLINE_SOURCE_BLOCKED.test(before) ||
      ((/^\d/.test(before) || NUMBER_WORD.test(before.toLowerCase())) && !/^sources?$/i.test(words.at(-1)!))
      ? null
      : known
  }
  // "Russian Defense Ministry: More than 100 ISIS terrorists killed": a known source's whole name
  // before a colon opening it (not "Activists arrested in Damascus: 12 killed")
  const lead = /^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}):\s/.exec(t)
  const known = lead === null ? null : knownSource(lead[1]!)
  if (known !== null) return known
  // ("SNHR: 1,046 civilians killed", "Russian MoD: no Russian jets over ...", "Kurdish officials: ...":
  // an acronym, or a few capitalised words and a speaker's noun, before the colon)
  const named = LEAD_SPEAKER.exec(t)
  // (not a page's label, "VIDEO:", "UPDATE:", nor a side the headline is about, "ISIS: The battle for Raqqa ...")
  if (named === null || HEADLINE_LABEL.test(named[1]!) || (/^[A-Z]{2,6}$/.test(named[1]!) && knownSource(named[1]!) === null && sidesIn(named[1]!).length > 0))
    return null
  return normaliseSpeaker(named[1]!)
}
const HEADLINE_LABEL =
  /^(?:VIDEO|VIDEOS|PHOTO|PHOTOS|UPDATE|UPDATED|LIVE|WATCH|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|URGENT|FLASH|FACTBOX|TIMELINE|EXPLAINER|AUDIO|MAP|INTERVIEW|EDITORIAL|NEWS|REPORT)$/
const LEAD_SPEAKER =
  /^((?:[A-Z]{2,6})|(?:[A-Z][\w'-]*\s+){0,2}(?:officials?|sources?|activists|residents|medics|doctors|monitors?|rescuers|witnesses|spokesman|ministry|army|military|police|MoD|[A-Z]{2,6})):\s/
/** known sources that report, which a headline may end on as its attribution */
const HEADLINE_REPORTERS: ReadonlySet<string> = new Set(["SOHR", "SANA", ...UN_NAMES, "WHO", "MSF", "White Helmets", "Russian Defense Ministry", "Amaq"])
const HEADLINE_SOURCE_BLOCKED = /^(?:with|by|of|in|on|at|near|for|against|from|to|into|over|and|or|the|a|an)$/i

// ---------------------------------------------------------------------------------------------
// The general reading: a sentence with a verb of saying or counting in which the rules above find
// no frame (their speaker must hold a head noun they know) gives its speaker by shape alone: the
// noun phrase right before the verb ("The Response Coordinators in northern Syria said", "Local
// councils report that", "The Afrin health board has raised the number ... to 28") or right after
// "according to" ("according to the popular defence committees in the two towns"). No word list
// of speakers: what the phrase may hold is told by what it may not (figures, verbs, clause words,
// days, victims), so speakers nobody listed are read as written.

/** verbs that give a figure with their subject as its speaker */
const GENERAL_SAY =
  /^(?:said|says|say|told|tells|reported|report|reports|estimate|estimates|estimated|describe|describes|described|documented|recorded|counted|confirmed|confirms|announced|announces|stated|states|indicate|indicates|indicated)$/
/** "report", "estimate" are also nouns, and what "indicates" may be no one: as verbs of saying here only before what is said */
const NOUN_OR_VERB = /^(?:report|reports|estimate|estimates|indicate|indicates|indicated|states)$/
const SAID_WHAT = /^(?:that|more|over|at|about|around|some|up|nearly|almost|least|\d.*)$/
/** "raised the toll to", "put the number at": a count's keeper revising it */
const COUNT_VERB = /^(?:raised|raises|put|puts|updated|revised)$/
const COUNT_NOUN = /^(?:toll|number|count|tally|figure)$/
/** auxiliaries and adverbs between a subject and its verb */
const BETWEEN = /^(?:has|have|had|also|later|earlier|then|now|separately|previously|initially|further|already|reportedly|repeatedly|still)$/
/** words no speaker phrase holds */
const NOT_IN_SPEAKER =
  /^(?:in|at|on|from|near|inside|outside|across|around|among|within|under|over|via|by|to|into|with|without|after|before|since|during|as|than|amid|despite|against|about|toward|towards|upon|between|while|when|where|which|who|whom|whose|that|this|these|those|it|its|they|their|them|he|she|his|her|we|our|us|i|you|your|there|if|but|or|so|not|no|is|are|was|were|be|been|being|has|have|had|left|will|would|can|could|may|might|must|should|did|does|do|said|says|also|however|meanwhile|yesterday|today|tonight|morning|evening|night|week|month|year|killed|dead|wounded|injured)$/
/** a preposition whose object a phrase is: then it names no speaker ("the strike on the rebel stronghold of X reported") */
const OBJECT_AFTER =
  /^(?:on|to|for|from|with|against|into|over|about|of|by|amid|despite|toward|towards|upon|under|after|before|during|since|through|via|among|between|and|or)$/
/** where a body is, after its name ("The Response Coordinators in northern Syria said") */
const PLACED = /^(?:in|at|from|inside|near|outside|across)$/
/** the victims a count ends on: a speaker named after them ("killing 5 people witnesses said", commas stripped) starts after them */
const COUNTED = /^(?:people|persons|civilians|children|women|men|others|victims|fighters|soldiers|militants|members|families|troops|rebels|refugees|displaced)$/
/** a head noun that names a place, a count or a side, never who speaks */
const NO_SPEAKER_HEAD =
  /^(?:side|border|area|areas|city|town|village|province|countryside|governorate|region|suburbs?|outskirts|neighbou?rhoods?|district|camp|front|frontline|line|road|street|toll|number|count|tally|figure|total|attacks?|strikes?|airstrikes?|bombings?|explosions?|blasts?|shelling|raids?|clashes|fighting)$/
const VERB_FORM = /^[a-z]{3,}(?:ed|ing)$/
/** lower-case words in -ed or -ing that are a speaker's modifiers, not verbs */
const MODIFIER_FORM =
  /^(?:united|armed|based|affiliated|backed|linked|allied|informed|unnamed|unidentified|concerned|specialized|specialised|monitoring|leading|ruling|governing)$/
/** what "according to X" names when X only holds the figures ("a list of names compiled by a local medical centre") */
const MADE_BY = /^(?:compiled|issued|published|released|gathered|collected|provided|kept|prepared|shared)$/
/** words that join a name's parts ("Office of the High Commissioner for Human Rights") */
const JOINS = /^(?:of|for|and)$/
const SOFTENER = /^(?:still|also|not|now|yet|already|widely|being)$/
/** a saying denied, wished or to come ("didnt say", "would say", "to say") */
const NOT_SAID = /^(?:didnt|didn't|did|doesnt|doesn't|does|dont|don't|do|never|cannot|can't|cant|wont|won't|could|would|will|may|might|should|must|to|not)$/
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/

const speakerWord = (t: Token): boolean =>
  t.word &&
  !/^\d/.test(t.text) &&
  !NOT_IN_SPEAKER.test(t.lower) &&
  !MONTH.test(t.lower) &&
  !WEEKDAYS.test(t.lower) &&
  !(NUMBER_WORD.test(t.lower) && !DET.has(t.lower)) &&
  (!VERB_FORM.test(t.lower) || MODIFIER_FORM.test(t.lower) || MODIFIER.has(t.lower) || HEAD.has(t.lower))

interface GeneralPhrase {
  readonly from: number
  readonly to: number
  readonly phrase: string
  readonly anaphoric: boolean
}

/** A speaker phrase [from, to) read by shape, or null: a determiner inside it starts it (not one
 * after "of": "the Office of the High Commissioner"), articles and quantifiers dropped (but "the
 * monitor" still refers back). */
const generalPhrase = (tokens: ReadonlyArray<Token>, from: number, to: number, s: string): GeneralPhrase | null => {
  for (let j = to - 1; j > from; j--)
    if (DET.has(tokens[j]!.lower) && !JOINS.test(tokens[j - 1]!.lower)) {
      from = j
      break
    }
  while (from < to && JOINS.test(tokens[from]!.lower)) from++
  const written = from
  while (from < to && (DET.has(tokens[from]!.lower) || /^(?:some|several|many|other|various)$/.test(tokens[from]!.lower))) from++
  if (from >= to) return null
  const head = tokens[to - 1]!
  if (
    head.lower.length < 2 ||
    DET.has(head.lower) ||
    JOINS.test(head.lower) ||
    COUNTED.test(head.lower) ||
    NO_SPEAKER_HEAD.test(head.lower) ||
    MODIFIER_FORM.test(head.lower)
  )
    return null
  const phrase = join(tokens, from, to, s)
  if (METONYM.get(phrase.toLowerCase()) === undefined && (isPlaceName(phrase) || namesPlace(phrase))) return null
  return { from, to, phrase, anaphoric: isAnaphoric(join(tokens, written, to, s)) && knownSource(phrase) === null }
}

/** The start of the words after the last place named inside [from, to) ("the town of Douma
 * activists", commas stripped), or `from`; a place's kind after it is the place's ("Hama province"). */
const afterPlaceInside = (tokens: ReadonlyArray<Token>, from: number, to: number, s: string): number => {
  for (let j = to - 1; j >= from; j--) {
    if (!tokens[j]!.cap) continue
    let k = j
    while (k > from && tokens[k - 1]!.cap) k--
    if (isPlaceName(join(tokens, k, j + 1, s))) {
      let end = j + 1
      while (end < to && NO_SPEAKER_HEAD.test(tokens[end]!.lower)) end++
      return end
    }
    j = k
  }
  return from
}

/** The start of the run of speaker words ending before token `end`. */
const runBefore = (tokens: ReadonlyArray<Token>, end: number): number => {
  let k = end
  while (k > 0 && speakerWord(tokens[k - 1]!) && end - k < 7) k--
  return k
}

/** The speaker phrase ending right before token `end` (exclusive), by shape, or null. */
const subjectBefore = (tokens: ReadonlyArray<Token>, end: number, s: string): GeneralPhrase | null => {
  const k = runBefore(tokens, end)
  if (k === end) return null
  const after = afterPlaceInside(tokens, k, end, s)
  // ("The Response Coordinators in northern Syria said", "A rights group inside the camp told": the
  // body before a place or a setting speaks)
  if ((after === end || after === k) && k >= 2 && PLACED.test(tokens[k - 1]!.lower)) {
    const j = runBefore(tokens, k - 1)
    if (j < k - 1) return OBJECT_AFTER.test(tokens[j - 1]?.lower ?? "") || PLACED.test(tokens[j - 1]?.lower ?? "") ? null : generalPhrase(tokens, j, k - 1, s)
  }
  if (after === end) return null
  // (commas stripped: "killing 5 people witnesses said" - the speaker starts after the victims)
  let start = after
  for (let j = end - 2; j >= after; j--)
    if (COUNTED.test(tokens[j]!.lower)) {
      start = j + 1
      break
    }
  // (the object of a preposition names no speaker: "The execution of the pilot by Nusra Front said",
  // "officials involved in internal discussions said"; nor what a count counts: "two pigs said")
  const before = tokens[k - 1]
  if (
    start === k &&
    before !== undefined &&
    (OBJECT_AFTER.test(before.lower) || PLACED.test(before.lower) || /^\d/.test(before.text) || NUMBER_WORD.test(before.lower))
  )
    return null
  return generalPhrase(tokens, start, end, s)
}

/** The speaker phrase starting at token `i` after "according to", by shape, or null. */
const objectAfter = (tokens: ReadonlyArray<Token>, i: number, s: string): GeneralPhrase | null => {
  let k = i
  // (a determiner not after "of" starts the clause's own subject: "According to diplomats the inspectors are ...")
  while (
    k < tokens.length &&
    !MADE_BY.test(tokens[k]!.lower) &&
    (speakerWord(tokens[k]!) || tokens[k]!.lower === "of") &&
    !(k > i && DET.has(tokens[k]!.lower) && !JOINS.test(tokens[k - 1]!.lower)) &&
    k - i < 8
  )
    k++
  while (k > i && tokens[k - 1]!.lower === "of") k--
  // ("a list of names compiled by a local medical centre": its maker)
  if (MADE_BY.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "by") return objectAfter(tokens, k + 2, s)
  return k > i ? generalPhrase(tokens, i, k, s) : null
}

const GENERAL_CUE =
  /\b(?:said|says?|told|tells|reported|reports?|estimate[sd]?|describe[sd]?|documented|recorded|counted|confirm(?:ed|s)|announce[sd]|stated?s?|indicate[sd]?|according\s+to|raised|raises|puts?|updated|revised)\b/i

/** Frames read by shape alone, for a sentence in which the rules found none. */
const generalFrames = (s: string): Array<Frame> => {
  const out: Array<Frame> = []
  if (!GENERAL_CUE.test(s)) return out
  const tokens = tokenize(s)
  const frame = ({ from, to, phrase, anaphoric }: GeneralPhrase, at: number, end: number): void => {
    const speaker = anaphoric ? phrase : normaliseSpeaker(phrase)
    if (speaker === "") return
    out.push({ speaker, phrase, anaphoric, verb: s.slice(at, end).toLowerCase(), at, end, speakerAt: tokens[from]!.start, speakerEnd: tokens[to - 1]!.end })
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      // ("according to to the U.N", a slip)
      const from = tokens[i + 2]?.lower === "to" ? i + 3 : i + 2
      // ("according to initial information": figures nobody owns)
      if (ownerlessInfo(tokens, from)) continue
      const range = objectAfter(tokens, from, s)
      if (range !== null) frame(range, t.start, tokens[i + 1]!.end)
      continue
    }
    const next = tokens[i + 1]?.lower ?? ""
    const counts = COUNT_VERB.test(t.lower) && next === "the" && (COUNT_NOUN.test(tokens[i + 2]?.lower ?? "") || COUNT_NOUN.test(tokens[i + 3]?.lower ?? ""))
    if (!counts && !GENERAL_SAY.test(t.lower)) continue
    // (not "were reported killed", "described as", "reports of", "the report that")
    // (nor "could not be independently confirmed", "are still reported in")
    let b = i - 1
    while (b > 0 && (SOFTENER.test(tokens[b]!.lower) || isAdverb(tokens[b]!.lower))) b--
    // (nor "an estimated 220000", "hundreds reported dead")
    if (
      PASSIVE_BEFORE.has(tokens[b]?.lower ?? "") ||
      DET.has(tokens[b]?.lower ?? "") ||
      NOT_SAID.test(tokens[b]?.lower ?? "") ||
      /^(?:as|of|by|between|at)$/.test(next) ||
      HARM_WORD.test(next)
    )
      continue
    if (NOUN_OR_VERB.test(t.lower) && !SAID_WHAT.test(next)) continue
    let end = i
    while (end > 0 && (BETWEEN.test(tokens[end - 1]!.lower) || isAdverb(tokens[end - 1]!.lower))) end--
    // ("patients from the nearby villages who reported that": the relative clause's antecedent)
    if (tokens[end - 1]?.lower === "who") end -= tokens[end - 2]?.text === "," ? 2 : 1
    const range = subjectBefore(tokens, end, s)
    if (range !== null) frame(range, t.start, t.end)
  }
  return out
}
