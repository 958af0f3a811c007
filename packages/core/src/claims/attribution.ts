/**
 * Who gives each figure: the speaker of the reporting frame nearest it in its sentence, the
 * speaker a reference back ("he added", "the source pointed out", "the bulletin", "Halabi said")
 * stands for, or, for a sentence naming nobody, the speaker of the next sentence when that one
 * goes on about the same incident. The outlet speaking through its own reporter is no source.
 */
import { findPlaces } from "./gazetteer.js"
import { findFigures } from "./numbers.js"
import { tellsHabit, tellsIncident } from "./timeFrame.js"
import { insideQuotes, sidesIn, UN_NAMES } from "./events.js"
import { type Frame, GENERIC_PEOPLE, headlineSource, isBodyWord, knownSource, normaliseSpeaker, readFrames, sublineSource } from "./frame.js"
import type { Segment } from "./segment.js"
import type { PlaceMatch } from "./types.js"
import { compassHolds, otherNeighbourhoods } from "./where.js"

export { KNOWN_SOURCES, knownSource, normaliseSpeaker, readFrames } from "./frame.js"

const REPORT_REFERRED_BACK =
  /^\W*(?:this|that|these\s+(?:figures|numbers|tolls)|the\s+(?:figures?|numbers?|toll|tally|news|information))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[\w-]+\s+){0,3}?(?:announced|reported|given|released|confirmed|published|provided|documented)\b/i

const WAR_CLAUSE_TOLL =
  /\b(?:war|conflict|uprising|revolution|crisis)\s+(?:which|that)\s+(?:has|had|have)\s+(?:[^.;]{0,80}?\s)?(?:killed|claimed|left|cost|displaced|driven|uprooted)\s+(?:the\s+lives\s+of\s+)?(?:more\s+than|over|at\s+least|about|nearly|some|around|almost|an\s+estimated)?\s*$/i

interface ResolvedFrame {
  readonly frame: Frame
  /** the source it stands for, or null when a reference back finds nobody */
  readonly source: string | null
}

const ABBREVIATED = /((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|in)\s+)*)+)\(([A-Z]{2,6})\)/g
/**
 * The abbreviations an article defines ("the Local Coordination Committees (LCC)"), each to the
 * name it stands for, so "the LCC said" later is the same source; a known body keeps its known
 * name. Only where the name's capitals spell the abbreviation ("Union of Syrian Medical Relief
 * Organisations (UOSSM)", in French order, is left as it is).
 */
const abbreviationsOf = (segments: ReadonlyArray<Segment>): Map<string, string> | null => {
  let out: Map<string, string> | null = null
  for (const seg of segments) {
    if (!seg.text.includes("(")) continue
    for (const m of seg.text.matchAll(ABBREVIATED)) {
      const abbreviation = m[2]!
      const words = m[1]!.trim().split(/\s+/)
      // the shortest run of words before the brackets whose capitals spell it
      for (let k = words.length - 1; k >= 0; k--) {
        if (!/^[A-Z]/.test(words[k]!)) continue
        const initials = words
          .slice(k)
          .filter((w) => /^[A-Z]/.test(w))
          .map((w) => w[0])
          .join("")
        if (initials === abbreviation) {
          const name = words.slice(k).join(" ")
          ;(out ??= new Map()).set(abbreviation, knownSource(name) ?? name)
          break
        }
        if (initials.length >= abbreviation.length) break
      }
    }
  }
  return out
}

const ACRONYM = /^[A-Z]{2,6}$/
const NAME_LINK = /^(?:of|for|and|the|in)$/
// a body's name ends on a noun of organisations: "Independent Doctors Association", "Human Rights Watch"
const BODY_END =
  /^(?:Association|Associations|Council|Councils|Network|Committee|Committees|Union|Organi[sz]ations?|Society|Federation|Front|Army|Forces|Agency|Centre|Center|Commission|Coalition|Movement|Group|Brigade|Brigades|Watch|Command|Directorate|Ministry|Office|Institute|Foundation|Syndicate|Party|Fund|Service|Services|Crescent|Cross|Doctors|Observatory|Authority|Administration|Department|Board|League|Assembly|Alliance|Corps|Unit|Units|Team|Teams|Initiative|Campaign|Monitor|Project)$/
/** Every run of capitalised words in the article that ends on a body's noun, by the initials of its
 * capitalised words (small linking words between them: "Union of Medical Care and Relief
 * Organizations"), the first run for each; built once an article, in one pass. */
const namesByInitials = (segments: ReadonlyArray<Segment>): Map<string, string> => {
  const out = new Map<string, string>()
  for (const seg of segments) {
    const words = seg.text.split(/\s+/)
    for (let k = 0; k < words.length; k++) {
      if (!/^[A-Z][a-z]+$/.test(words[k]!)) continue
      let initials = ""
      for (let j = k; j < words.length && j < k + 8; j++) {
        const w = words[j]!
        if (/^[A-Z][a-z]+$/.test(w)) initials += w[0]
        else if (!(j > k && NAME_LINK.test(w))) break
        if (initials.length >= 2 && BODY_END.test(w) && !out.has(initials)) out.set(initials, words.slice(k, j + 1).join(" "))
      }
    }
  }
  return out
}

/** Do the words right before a name describe it with this noun ("state-run news agency" SANA)? */
const describedAs = (before: string, head: string): boolean => {
  const end = before.trimEnd()
  return end.toLowerCase().endsWith(head) && (end.length === head.length || !/[A-Za-z]/.test(end[end.length - head.length - 1]!))
}

interface Named {
  readonly source: string
  readonly phrase: string
  /** the segment it was named in */
  readonly at: number
  /** the words just before the phrase too: "Mohammad Sibai a spokesman for the Homs Media Centre" */
  readonly around?: string
  /** the words right after its verb: "in its daily bulletin" */
  readonly after?: string
}

/** how many sentences a quotation may run across */
const QUOTE_REACH = 4
/** how many sentences back "it", "the source", "he" may reach */
const ANAPHORA_REACH = 4

// The outlet quoting its own reporter or office is the outlet speaking. (A political body that
// publishes its own statements, the Syrian Coalition on etilaf, is a party speaking, as the gold
// labels it in every set: its site is no news desk's own voice.)
const SELF: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bsana\b/i, /^SANA$/],
  [/manar/i, /^al-?manar(?:\s+tv)?$/i],
  [/alalam/i, /^al-?alam(?:\s+tv)?$/i]
]

/** A name as outlet names compare: lower case, letters and digits only ("Al-Manar TV" is "almanartv"). */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "")

/** The names an outlet goes by, as sources are written: each of its names ("Syria Civil Defence
 * (White Helmets)" has two), the known name each stands for, its initials ("Fars News Agency" is FNA,
 * "Local Coordination Committees of Syria" LCC), and its words up to a place ("Local Coordination
 * Committees"). A monitor's own bulletin ("SOHR documented ...") is the outlet speaking. */
interface OutletNames {
  readonly keys: ReadonlySet<string>
  readonly initials: ReadonlySet<string>
}
const OUTLET_NAMES = new Map<string, OutletNames>()
const INITIAL_SKIP = /^(?:of|for|the|and|in|on)$/i
const MEDIUM_WORD = /^(?:News|Network|Agency|Media|TV|Press|Channel|Radio|Net|Online|Centre|Center|[Bb]ulletin|[Uu]pdate|[Rr]eport|[Ss]tatement)$/
const outletNames = (outlet: string): OutletNames => {
  let names = OUTLET_NAMES.get(outlet)
  if (names !== undefined) return names
  const keys = new Set<string>()
  const initials = new Set<string>()
  for (const part of outlet.split(/\s*[()]\s*/)) {
    const words = part.split(/\s+/).filter((w) => w !== "")
    if (words.length === 0) continue
    const known = knownSource(part)
    if (known !== null) keys.add(nameKey(known))
    // ("ACLED Weekly Regional Overview", "SNHR Monthly Report": the body by its initials)
    if (words.length > 1 && /^[A-Z]{3,}$/.test(words[0]!)) keys.add(nameKey(words[0]!))
    // ("Shaam News Network", "Ebaa News Agency": the name before the words for a news medium, alone)
    if (
      words.length > 1 &&
      /^[A-Z][a-z]{2,}$/.test(words[0]!) &&
      words.slice(1).every((w) => MEDIUM_WORD.test(w)) &&
      words.some((w) => /^(?:News|Agency|Network)$/.test(w))
    )
      keys.add(nameKey(words[0]!))
    // ("Halab Today TV": the name before the medium's words, when it has two words or more)
    // ("Orient News TV": "Orient News" too)
    for (let named = words.length - 1; named >= 2 && MEDIUM_WORD.test(words[named]!); named--) keys.add(nameKey(words.slice(0, named).join(" ")))
    // (the name without what follows "of" or "in": "Local Coordination Committees of Syria")
    const cut = words.findIndex((w, k) => k >= 2 && /^(?:of|in)$/i.test(w))
    for (const run of cut > 0 ? [words, words.slice(0, cut)] : [words]) {
      if (run.length >= 2) keys.add(nameKey(run.join(" ")))
      const capitals = run.filter((w) => !INITIAL_SKIP.test(w))
      if (capitals.length >= 2 && capitals.every((w) => /^[A-Z]/.test(w))) initials.add(capitals.map((w) => w[0]).join(""))
    }
  }
  names = { keys, initials }
  if (OUTLET_NAMES.size >= 1_000) OUTLET_NAMES.clear()
  OUTLET_NAMES.set(outlet, names)
  return names
}

// "the Commission", "the Council's documentation office": one capitalised head noun, and its unit
// ("the directorate's teams" in the Idlib Health Directorate's bulletin: its unit, in lower case too)
const OWN_HEAD = /^[Tt]he\s+([A-Z][a-z]+|[a-z]+(?=['’]s\s))(?:['’]?s\s+[a-z]+(?:\s+[a-z]+)?)?$/
// an outlet that is a body issuing its own bulletin, not a news medium
const ISSUER = /\b(?:group|directorate|network|committee|council|office|coordinators|organi[sz]ation|commission|society|union|ministry|bulletin|update)\b/i
const OWN_TEAMS = /^(?:the|its|our)\s+(?:(?:field|medical|rescue|monitoring|documentation)\s+)?teams?$/i
/** Is `source` the outlet itself? */
const isOutlet = (source: string, outlet: string): boolean => {
  for (const [o, s] of SELF) if (o.test(outlet) && s.test(source)) return true
  const a = nameKey(source)
  const b = nameKey(outlet)
  if (a.length < 3 || b.length < 3) return false
  if (a === b || a === `${b}tv` || a === `${b}news`) return true
  const names = outletNames(outlet)
  // ("Halab Todays correspondent", an apostrophe stripped: the outlet's possessive)
  return names.keys.has(a) || (ACRONYM.test(source) && names.initials.has(source)) || (/\s\S+[a-z]s$/.test(source) && names.keys.has(a.slice(0, -1)))
}

// "SANA's correspondent", "the AFP reporter": the relay a later "the correspondent said" means.
// ("Orient News correspondent said": the outlet's whole name, up to three words)
const RELAY_MENTION = /\b((?:[A-Z][A-Za-z-]{1,20}\s+){0,2}[A-Z][A-Za-z-]{1,20})(?:'s|’s|s)?\s+(correspondent|reporter)\b/g
// (both words are in the pattern as written: most sentences have neither, and skip its scan)
const relayMentions = (s: string): Iterable<RegExpMatchArray> => (s.includes("correspondent") || s.includes("reporter") ? s.matchAll(RELAY_MENTION) : [])

const MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b"
const DAY_OF_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}`)
const MONTH_BEFORE = new RegExp(`${MONTH_WORD}\\.?\\s+$`)
const PLURAL_SUBJECT = /^\W*(?:The\s+|Many\s+|Some\s+)?(?:[A-Z][a-z]+\s+)?(Residents|Activists|Witnesses|Doctors|Medics|Rescuers|Locals|Monitors|Sources)\b/
/** verbs after which a speaker may be lent to the sentence before: reporting, not denying or accusing */
const LENDS =
  /^(?:said|says|say|told|tells|reported|reports|added|adds|announced|stated|confirmed|counted|noted|estimated|documented|according|put|gave|pointed|quoted|cited|specified|clarified|explained)/

const PEOPLE_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|civilians|children|women|men|fighters|soldiers|others|killed|dead|wounded|injured|martyrs|bodies|victims)\b/i
const PART_BEFORE = /\b(?:among\s+them|including|of\s+whom|of\s+them)\s+(?:[\w'’-]+\s+){0,5}$/i
const MEASURE_AFTER = /^\s*(?:a\.\s?m\b|p\.\s?m\b|am\b|pm\b|hrs?\b|hours?\b|minutes?\b|km\b|kilomet|met(?:er|re)s?\b|miles?\b|%|percent\b|o'clock)/i

// ("pointed the finger at": an accusation, which lends no figure its speaker)
const lends = (f: ResolvedFrame, text: string): boolean =>
  LENDS.test(f.frame.verb) && !(f.frame.verb.startsWith("point") && /^\s+the\s+finger/.test(text.slice(f.frame.end)))

// "has also killed", "were also wounded": a sentence adding to the report before it
const ADDS_TO = /\b(?:has|have|had|were|was)\s+also\s+(?:been\s+)?(?:killed|wounded|injured|died|left|claimed|caused)\b/i
// A sentence opening on another incident does not lend its source to the one before.
export const NEW_INCIDENT =
  /^\W*(?:meanwhile|elsewhere|separately|in\s+(?:another|other|a\s+separate)|also\s+on|in\s+the\s+same\s+context|on\s+the\s+other\s+hand)\b/i

const QUOTE_START = /^["“]/
// "Rebels have said in the past ...", "had previously claimed": words said before the incident told
const PAST_SAYING =
  /\b(?:said|say|says|stated|claimed|argued|insisted)\s+in\s+the\s+past\b|\b(?:previously|long|repeatedly)\s+(?:said|claimed|stated|argued|insisted)\b/i
// "10 rocket shells", "three mortar rounds": munitions counted, not people
const MUNITIONS_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:shells?|rockets?|missiles?|mortars?|rounds|bombs?|barrels?|air\s?strikes?|strikes|raids|sorties)\b/i
/** A sentence whose subject points back at the figures before it ("These include 38 cluster
 * bombs", "Among them were 12 children"): the details of that report, in its speaker's words. */
export const DETAIL_OF =
  /^\W*(?:(?:these|they|those)\s+(?:\w+\s+)?(?:include[ds]?|comprised?|were)|among\s+(?:them|those|these|the\s+(?:dead|victims|killed|wounded|injured))|of\s+(?:them|those|these))\b/i
const QUOTE_MARK = /["“”]/g
// a sentence adding to the figures of the one before ("Dozens were also wounded")
const ALSO = /^\W*(?:[\w-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been)\s+also\b|^\W*also\b/i
// a speaker giving a toll of its own, not the one before ("put the death toll a lot higher")
const OWN_TOLL = /\b(?:put|puts|gave|give|estimate[sd]?)\b[^.]{0,30}?\b(?:toll|figure|number)\b/i
// words of harm and tolls a sentence may speak of without telling an incident ("the toll could rise")
const HARM_WORD = /\b(?:toll|casualt\w*|victims?|bodies|dead|deaths?|wounded|injur\w*|killed|died|figures?|number)\b/i
const CONTINUES =
  /^\W*(?:another|a\s+further|also|additionally|the\s+(?:attack|shelling|strike|raid|blast|bombing|explosion))\b|\b(?:in|by)\s+the\s+(?:attack|shelling|strike|raid|blast|bombing|explosion)\b/i

// What an incident is told with: a sentence about rockets and one about planes tell two.
const INCIDENT_WORD =
  /\b(rocket|shell|mortar|bomb|car|truck|suicide|helicopter|plane|jet|warplane|aircraft|raid|airstrike|strike|missile|sniper|gas|chlorine|explosi|blast|ied|drone|artillery|barrel|massacre|execut|clash|fight|attack)/gi
const STEM: Record<string, string> = {
  warplane: "plane",
  jet: "plane",
  aircraft: "plane",
  airstrike: "strike",
  raid: "strike",
  explosi: "bomb",
  blast: "bomb",
  ied: "bomb",
  car: "bomb",
  truck: "bomb",
  suicide: "bomb",
  artillery: "shell",
  mortar: "shell",
  rocket: "shell",
  chlorine: "gas",
  fight: "clash",
  barrel: "bomb",
  helicopter: "plane"
}
const incidentWords = (s: string): Set<string> => {
  const out = new Set<string>()
  for (const m of s.matchAll(INCIDENT_WORD)) {
    const w = m[1]!.toLowerCase()
    // "attack" goes with any weapon: it does not tell incidents apart
    if (w !== "attack") out.add(STEM[w] ?? w)
  }
  return out
}

/** a body described only by its kind, with no name: "an NGO", "a rights group", "a Beirut-based organisation" */
const GENERIC_SPEAKER =
  /^(?:(?:[Aa]n?|[Aa]nother)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:NGO|[Nn]on-?governmental\s+organi[sz]ation|(?:rights\s+|aid\s+|humanitarian\s+)?(?:group|organi[sz]ation|watchdog|body))$/
/** how many sentences on the name of a body first described by its kind may come */
const CATAPHORA_REACH = 3
/** known bodies (not persons, residents or activists) a description may stand for */
const KNOWN_BODY: ReadonlySet<string> = new Set([
  "SOHR",
  "White Helmets",
  ...UN_NAMES,
  "WHO",
  "SANA",
  "Amaq",
  "Russian Defense Ministry",
  "Russian General Staff"
])
/** a name with an organisation's head noun: "Syrian Network for Human Rights", "Local Coordination Committees" */
// (monitors and documentation bodies, which count tolls of their own: not the activist group told before)
const MONITOR_NAME = /\b(?:Human\s+Rights|Documentation|Observatory|Monitor)\b/i
const ANOTHER_BEFORE = /^(?:another|other)\b/i
const ORGANISATION_HEAD =
  /\b(?:Observatory|Organi[sz]ation|Network|Committees?|Council|Cent(?:er|re)|Commission|Watch|Union|Federation|Foundation|Institute|Office|Group|Agency)\b/
/** heads that stand for any body: "the group" after "the Syrian Observatory said" is the Observatory */
const GENERIC_BODY = /^(?:group|organisation|organization|network|body|watchdog|broadcaster|facility|facilities)$/
const OUR = /(?:^|[^\w-])our\s+$/i
/** a phrase that is only the staff who relay a report ("correspondents", "the reporter") */
const RELAY_HEAD = /^(?:the\s+|its\s+)?(?:correspondents?|reporters?)$/i

/** Whether the outlet's own name ends the text before `at` ("..., Deir ezZor 24 |correspondents"). */
const outletBefore = (text: string, at: number, outlet: string): boolean => {
  const words = text
    .slice(Math.max(0, at - 60), at)
    .split(/\s+/)
    .filter((w) => w !== "")
  for (let n = 1; n <= Math.min(5, words.length); n++)
    if (
      isOutlet(
        words
          .slice(-n)
          .join(" ")
          .replace(/^\W+|(?:'s|’s)$/g, ""),
        outlet
      )
    )
      return true
  return false
}

/** the source of the outlet's own staff ("our correspondent"): no name, and never shown */
export const OWN_VOICE = "\u0000own voice"
/** nouns after "the" that name their speaker themselves, with or without one named before */
const SELF_NAMED = /^(?:police|media|presidency|medic|nurse|paramedic|rescuer|volunteer|worker|people|staff|inhabitants|locals)$/
/** heads that name no one by themselves: "he", "the source", "the statement" */
const GENERIC_HEAD =
  /^(?:he|she|it|they|him|her|them|source|sources|statement|report|bulletin|official|officials|spokesman|spokeswoman|correspondent|reporter)$/
/** a role one person holds, whom a later sentence may name: "the frontline commander" */
const ROLE_HEAD =
  /^(?:commander|spokesman|spokeswoman|spokesperson|governor|director|chief|head|mayor|minister|official|officer|doctor|activist|coordinator|envoy|leader)$/
/** heads a body's own name ends on ("Russian Center", "Health Ministry"), so "the center" may be it */
const NAMED_HEAD =
  /^(?:center|centre|ministry|agency|committee|council|directorate|command|commission|office|network|observatory|authority|administration|union|society|foundation|institute|bureau|department|crescent)$/
const NAME_BEFORE_HEAD = /((?:(?:al-)?[A-Z][\w'’.-]*\s+){1,5})$/
/** The nearest capitalised name ending on `head` ("Russian Center for reconciliation"), from the words
 * before `at` in segment `si` back to the headline, as the speaker normalises it; or null. */
const namedWithHead = (segments: ReadonlyArray<Segment>, si: number, at: number, head: string): string | null => {
  const written = new RegExp(`\\b${head[0]!.toUpperCase()}${head.slice(1)}\\b(?:\\s+(?:for|of|on)\\s+(?:the\\s+)?[A-Za-z][\\w'’-]*)?`, "g")
  for (let k = si; k >= 0; k--) {
    const text = k === si ? segments[k]!.text.slice(0, at) : segments[k]!.text
    let found: string | null = null
    for (const m of text.matchAll(written)) {
      const before = NAME_BEFORE_HEAD.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1]?.replace(/^(?:The|A|An)\s+/, "")
      if (before !== undefined && before.trim() !== "") found = `${before}${m[0]}`
    }
    if (found !== null) return normaliseSpeaker(found)
  }
  return null
}
// (a bulletin only: "according to the report" in a later section may be another body's report)
const DOCUMENT_HEAD = /^(?:bulletin)$/
const lastWord = (phrase: string): string => (/([A-Za-z]+)\s*$/.exec(phrase)?.[1] ?? "").toLowerCase()

export interface Attribution {
  /** null for the outlet itself speaking */
  readonly clean: (source: string | null) => string | null
  /** the source of a figure at `offset` in segment `si` */
  readonly sourceFor: (si: number, offset: number) => string | null
  /** the source the segment itself names (events need theirs in their own words) */
  readonly ownSource: (si: number) => string | null
  /** the frames of a segment, resolved */
  readonly framesOf: (si: number) => ReadonlyArray<ResolvedFrame>
  /** the frame naming the speaker of a quotation that opens at `si` and closes in a later sentence */
  readonly quotationCloser: (si: number) => ResolvedFrame | null
}

// the first words of a sentence, where its subject is
const OPENING_WORDS = /^\S+(?:\s+\S+){0,5}/
// "which they say", "that it says": a relative clause's verb of saying
const RELATIVE_SAYING = /\b(?:which|that|who)\s+(?:they|it)\s+$/i
// a clause of time opening right before a speaker
const TIME_CLAUSE = /\b(?:after|before|when|since|following|until)\s+(?:the\s+)?$/i
// a relative clause about a place, up to the figure: "..., where (an estimated) 250,000"
const PLACE_ASIDE_BEFORE = /\bwhere\s+(?:[\w-]+\s+){0,3}$/i
// a population living there: "250,000 civilians live under siege", "some 40,000 people remain"
const LIVING_AFTER = /^\S+\s+(?:[\w-]+\s+){0,2}?(?:still\s+)?(?:live|lived|living|reside|resided|remain|remained|are\s+(?:trapped|besieged|stranded))\b/i

/** Does `text` hold `word` (lower case) as a whole word, in any case? */
const namesWord = (text: string, word: string): boolean => {
  const lower = text.toLowerCase()
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const before = at === 0 ? "" : lower[at - 1]!
    const after = lower[at + word.length] ?? ""
    if (!/\w/.test(before) && !/\w/.test(after)) return true
  }
  return false
}
// one to three capitalised names, hyphenated ones too: "Halabi", "Abdul-Rahman", "al-Masri", "Rami Abdel Rahman"
const NAME_WORD = "(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][a-z']+(?:-[A-Za-z][a-z']*)*"
// ("de Mistura", "van Dam": a particle before the surname)
// ", a spokesman for the Manbij Military Council," / ", a YPG spokesman in Qamishli,": the body a person speaks for
const SPOKESMAN_FOR =
  /^,\s+(?:an?|the)\s+(?!former\b|ex-)(?:(?:senior|chief|military|official|media)\s+)?(?:((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+)?spokes(?:man|woman|person)(?:\s+(?:for|of)\s+((?:the\s+)?[^,]{2,60}?))?(?:\s+(?:in|at|based\s+in)\s+[^,]{2,40})?,\s*$/
const GENERIC_OFFICE = /^(?:Foreign|Defen[cs]e|Interior|Health|Information|Justice)\s+Ministry$|^(?:Ministry|Office|Department)\s+of\s+\w+$/
// "the correspondent of Al Mayadeen", "a reporter for SANA": another outlet's man named
const RELAY_OF = /\b(?:correspondents?|reporters?)\s+(?:of|for|from)\s+(?:the\s+)?[A-Z]/
// a rank before a name ("Army Col. Brian Hatcher", "Major General Vadim Ostapenko")
const RANK =
  /^(?:(?:Army|Air\s+Force|Navy|Marine)\s+)?(?:(?:Col|Gen|Maj|Lt|Capt|Brig|Sgt|Dr)\.?\s+|(?:Colonel|General|Major|Lieutenant|Captain|Brigadier|Doctor)\s+(?:General\s+|Colonel\s+)?)/
/** a phrase that is a side's name and nothing else */
const wholeSide = (phrase: string): boolean => {
  const side = sidesIn(phrase)[0]
  return side !== undefined && side.at === 0 && side.end === phrase.length
}
const PERSON_NAME = new RegExp(`^(?:(?:de|van|von|bin|ibn)\\s+)?${NAME_WORD}(?:\\s+(?:(?:de|van|von|bin|ibn)\\s+)?${NAME_WORD}){0,2}$`)

/** Reads every segment's frames once, in order, resolving references back as a reader does. */
export const attributeArticle = (
  segments: ReadonlyArray<Segment>,
  outlet: string,
  placesOf: (si: number) => ReadonlyArray<PlaceMatch> = (si) => findPlaces(segments[si]!.text)
): Attribution => {
  const history: Array<Named> = []
  // (every speaker of the report, whatever section: the issuer of "the bulletin")
  const document: Array<Named> = []
  // "SANA's correspondent": only "the correspondent said" refers to these
  const relays: Array<Named> = []
  const resolved: Array<Array<ResolvedFrame>> = []
  const outletWords = new Set(outlet.toLowerCase().split(/[^a-z]+/))
  const abbreviations = abbreviationsOf(segments)
  // (the article's spelt-out names read once, and only where an unknown abbreviation speaks)
  let spelt: Map<string, string> | null = null
  // (a source is cleaned again and again over its article: each answer kept for the article)
  const cleaned = new Map<string, string | null>()
  const clean = (source: string | null): string | null => {
    if (source === null) return null
    let out = cleaned.get(source)
    if (out === undefined) {
      out = cleanOnce(source)
      cleaned.set(source, out)
    }
    return out
  }
  const cleanOnce = (source: string): string | null => {
    if (source === OWN_VOICE || isOutlet(source, outlet)) return null
    const defined = abbreviations?.get(source)
    if (defined !== undefined) return defined
    // "the Independent Doctors Association ... said" and later "The IDA said": an abbreviation
    // whose name the article spells out without brackets
    if (!ACRONYM.test(source) || knownSource(source) !== null) return source
    spelt ??= namesByInitials(segments)
    return spelt.get(source) ?? source
  }

  // ("Its spokesman Mahmoud al-Hamwi told Al Arabiya" with no body named before it: the man himself)
  const resolve = (f: Frame, si: number): string | null => {
    // "Sharfan Darwish, a spokesman for the Manbij Military Council, said", "Nuri Mahmoud, a YPG
    // spokesman, said": a named body's spokesman speaks for it (as "A spokesman for the SDF, Mustafa
    // Bali, denied" does)
    if (!f.anaphoric && PERSON_NAME.test(f.speaker.replace(RANK, "")) && knownSource(f.speaker) === null) {
      const body = SPOKESMAN_FOR.exec(segments[si]!.text.slice(f.speakerEnd, f.at))
      const named = body === null ? null : (body[2] ?? body[1] ?? "").replace(/^the\s+/i, "")
      // (a ministry with no state named, "a spokeswoman for the Foreign Ministry", is read no further)
      if (named !== null && named !== "") {
        const side = sidesIn(named)[0]
        const known =
          knownSource(named) ??
          (side !== undefined && side.at === 0 && side.end === named.length ? side.actor : null) ??
          (/^[A-Z]/.test(named) && /\s/.test(named) && !GENERIC_OFFICE.test(named) ? normaliseSpeaker(named) : null)
        if (known !== null) return known
      }
    }
    const source = resolveFrame(f, si)
    return source === null && f.anaphoric && f.speaker !== f.phrase ? f.speaker : source
  }
  const resolveFrame = (f: Frame, si: number): string | null => {
    // "our correspondent reported", "our team has documented": the outlet in its own voice
    // (a whole word: not the end of "al-Sakhour")
    // (a speaker still, whose words the outlet's own: "clean" gives no source, and nothing is lent past it)
    if (OUR.test(segments[si]!.text.slice(Math.max(0, f.speakerAt - 5), f.speakerAt)) || /^our\s/i.test(f.phrase)) return OWN_VOICE
    // "We deny the claims of regime media ..." in a body's own statement: the outlet speaking (not
    // inside quotation marks, whose "we" is its speaker's)
    if (/^we$/i.test(f.phrase)) return insideQuotes(segments[si]!.text, f.speakerAt) ? null : OWN_VOICE
    // "Deir ezZor 24 correspondents reported" in Deir ezZor 24's report: its own staff, by the
    // outlet's name the phrase could not hold (digits end a speaker phrase)
    if (RELAY_HEAD.test(f.phrase) && outletBefore(segments[si]!.text, f.speakerAt, outlet)) return OWN_VOICE
    // "the Commission documented", "the Council's documentation office" in the UN Commission's or a
    // local council's own paper: the outlet named by its head noun
    const named = OWN_HEAD.exec(f.phrase)
    if (named !== null && isBodyWord(named[1]!) && outletWords.has(named[1]!.toLowerCase())) return OWN_VOICE
    if (!f.anaphoric) {
      // a bare surname said before with a role ("Halabi added" after "media activist Mohammad al-Halabi")
      // (not a side's name, which reads like one: "Islamic State", "Free Army")
      if (knownSource(f.speaker) === null && PERSON_NAME.test(f.speaker) && !isBodyWord(f.speaker.split(/\s+/).at(-1)!) && !wholeSide(f.speaker)) {
        // ("Al-Masri said" after "Ahmed al-Masri": the particle's case varies)
        // (a full name is someone else where its other words differ: "Musafa Abu Mohammad" is not
        // "Mohammad Sibai")
        const words = f.speaker.toLowerCase().split(/\s+/)
        const names = (text: string): boolean => words.every((w) => namesWord(text, w))
        for (let k = history.length - 1; k >= 0; k--) {
          const h = history[k]!
          if ((names(h.phrase) || (h.around !== undefined && names(h.around))) && h.phrase !== f.phrase) return h.source
        }
      }
      // ("The teams recorded 68 air strikes", "its teams counted" in a bulletin that named no one
      // else's teams: the issuer's own)
      // (only in a body's own bulletin, the phrase opening its sentence and no one else speaking
      // just before: "The UN said its teams", "White Helmets volunteers ... The teams recorded")
      if (
        OWN_TEAMS.test(f.phrase) &&
        ISSUER.test(outlet) &&
        /^\W*$/.test(segments[si]!.text.slice(0, f.speakerAt)) &&
        !history.some((h) => clean(h.source) !== null && h.at >= si - ANAPHORA_REACH)
      )
        return OWN_VOICE
      return f.speaker
    }
    // a reference back reaches the last few sentences of the report, not its first paragraph
    const recent = history.filter((h) => h.at >= si - ANAPHORA_REACH)
    // "they": someone plural named before
    if (/^(?:they|them)$/i.test(f.phrase)) {
      for (let k = recent.length - 1; k >= 0; k--) if (/s$/.test(recent[k]!.source)) return recent[k]!.source
      return null
    }
    // "the center", "the ministry", "the correspondent": the last one named so; else a body
    // named here for the first time ("the reconciliation centre issued its bulletin")
    const head = lastWord(f.phrase)
    if (/^(?:correspondents?|reporters?)$/.test(head)) {
      const one = head.replace(/s$/, "")
      // (the outlet's own correspondent is the outlet speaking: nothing lent past him)
      for (let k = relays.length - 1; k >= 0; k--)
        if (relays[k]!.phrase.toLowerCase().includes(one)) return isOutlet(relays[k]!.source, outlet) ? OWN_VOICE : relays[k]!.source
      // ("The correspondent said", "Its correspondents estimate" in a report naming no other
      // outlet's correspondent or reporter: the outlet's own)
      if (/^(?:the|its|our)\s/i.test(f.phrase) && relays.length === 0 && !segments.slice(0, si).some((x) => RELAY_OF.test(x.text))) return OWN_VOICE
    }
    if (!GENERIC_HEAD.test(head)) {
      for (let k = recent.length - 1; k >= 0; k--) {
        const h = recent[k]!
        // (not one only said to belong to it: "Abu Yazan al-Hourani a member of the directorate('s
        // media office)" is the directorate's man, not the directorate)
        const phrase = h.phrase.toLowerCase()
        if ((phrase.includes(head) && !phrase.endsWith(` of the ${head}`) && !phrase.endsWith(` of ${head}`)) || h.source.toLowerCase().includes(head))
          return h.source
        // ("the news agency reported" after "state-run news agency SANA has announced": the noun
        // that described the name right before it)
        if (h.around !== undefined && describedAs(h.around, head)) return h.source
      }
      // "the center said" in a report that names "The Russian Center for reconciliation ..." and
      // no speaker yet: the body named with that word, in this sentence or one before
      if (recent.length === 0 && NAMED_HEAD.test(head)) {
        const named = namedWithHead(segments, si, f.speakerAt, head)
        if (named !== null) return named
      }
      // "according to the group", "the organisation said", "the charity said": the body named
      // last, whatever it is called (not a noun that names its speaker by itself, "the police",
      // nor a side of the war, "the coalition"; a noun with a word of its own, "the local
      // council", may be a body met for the first time)
      if ((GENERIC_BODY.test(head) || (/^the\s+\S+$/i.test(f.phrase) && !SELF_NAMED.test(head) && sidesIn(f.phrase).length === 0)) && recent.length > 0)
        return recent.at(-1)!.source
      // ... or, when no one has spoken yet, the body the story named last before it ("Three White
      // Helmets workers were killed ... the group said"): the same reference a reader follows
      if (GENERIC_BODY.test(head)) {
        for (let k = si; k >= Math.max(0, si - ANAPHORA_REACH); k--) {
          const named = knownSource(k === si ? segments[k]!.text.slice(0, f.speakerAt) : segments[k]!.text)
          if (named !== null) return named
        }
      }
      return normaliseSpeaker(f.phrase)
    }
    // "The source clarified ..." after "a source at X told" and "State TV announced": the one called a source
    if (/^(?:source|sources|official|officials|spokesman|spokeswoman)$/.test(head)) {
      for (let k = recent.length - 1; k >= 0; k--) if (recent[k]!.phrase.toLowerCase().split(/\s+/).includes(head)) return recent[k]!.source
    }
    // "State news agency SANA made no mention of a strike. It said ...": "it" is the body the
    // sentence before named, where that sentence named no speaker by a verb of saying
    if (/^it$/i.test(f.phrase) && (recent.length === 0 || recent.at(-1)!.at < si - 1)) {
      const k = si - 1
      // (the body that opens it, its subject: not one named as an object, "a hospital supported by MSF")
      const named = k >= 0 && segments[k]!.role === "body" ? knownSource(OPENING_WORDS.exec(segments[k]!.text)?.[0] ?? "") : null
      if (named !== null) return named
    }
    // "according to the bulletin" in a later section of one: whoever issued it, named earlier in
    // the report (a section's heading closes its incident, not the document)
    // (the one said to have put it out, "the center said in its daily news bulletin", before any other)
    if (recent.length === 0 && DOCUMENT_HEAD.test(head)) {
      const issued = new RegExp(`^\\s+(?:in|on)\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,3}?${head}\\b`, "i")
      for (let k = document.length - 1; k >= 0; k--) if (issued.test(document[k]!.after ?? "")) return document[k]!.source
      return document.at(-1)?.source ?? null
    }
    return recent.at(-1)?.source ?? null
  }

  /** the index of the `n`th segment after `si` that a reader reads: a headline's echo, a byline or a
   * repeated lead between them is no sentence of the report */
  const reach = (si: number, n: number): number => {
    let k = si
    while (n > 0 && k + 1 < segments.length) {
      k++
      const role = segments[k]!.role
      if (role !== "echo" && role !== "chrome" && role !== "repeat") n--
    }
    return k
  }

  /** the source of the first frame from segment `first` on that `names` accepts, within reach of `si` and its section */
  const namedAfter = (si: number, first: number, names: (r: ResolvedFrame) => boolean): string | null => {
    const last = reach(si, CATAPHORA_REACH)
    for (let k = first; k < resolved.length && k <= last; k++) {
      if (k > si && (segments[k]!.role === "heading" || segments[k]!.role === "subhead")) return null
      for (const r of resolved[k]!) if (r.source !== null && !r.frame.anaphoric && names(r)) return r.source
    }
    return null
  }

  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si]!
    if (seg.role === "heading" || seg.role === "subhead") history.length = 0
    const headline = seg.role === "title" || seg.role === "subhead"
    if (seg.role !== "body" && !headline) {
      resolved.push([])
      continue
    }
    const frames: Array<ResolvedFrame> = []
    for (const f of readFrames(seg.text, !headline)) {
      const source = resolve(f, si)
      frames.push({ frame: f, source })
      if (source !== null) {
        const named = { source, phrase: f.phrase, at: si, around: seg.text.slice(Math.max(0, f.speakerAt - 40), f.speakerAt) }
        history.push(named)
        document.push({ ...named, after: seg.text.slice(f.end, f.end + 50) })
      }
    }
    if (headline || frames.length === 0) {
      const trailing = headline ? headlineSource(seg.text) : sublineSource(seg.text)
      if (trailing !== null && !frames.some((f) => f.source === trailing)) {
        const at = seg.text.length
        frames.push({
          frame: { speaker: trailing, phrase: trailing, anaphoric: false, verb: "", at, end: at, speakerAt: at, speakerEnd: at },
          source: trailing
        })
      }
    }
    // "Residents of besieged neighbourhoods shared videos ...": a plural subject "they" may refer to
    const subject = PLURAL_SUBJECT.exec(seg.text)
    if (subject !== null && frames.length === 0) history.push({ source: knownSource(subject[1]!) ?? subject[1]!.toLowerCase(), phrase: subject[1]!, at: si })
    for (const m of relayMentions(seg.text)) {
      // (the words right before the outlet's name may be a place, commas stripped: "... of Hama Orient
      // News correspondent said"; the outlet or a known name among the name's last words, else its last word)
      const words = m[1]!.split(/\s+/).filter((w) => !/^(?:The|A|An|Our|This|Its|Their|His|Her)$/.test(w))
      if (words.length === 0) continue
      let source: string | null = null
      for (let k = 0; k < words.length && source === null; k++) {
        const name = words.slice(k).join(" ")
        source = isOutlet(name, outlet) ? name : (knownSource(name) ?? knownSource(name.replace(/s$/, "")))
      }
      relays.push({ source: source ?? words.at(-1)!, phrase: m[0], at: si })
    }
    resolved.push(frames)
  }

  // "an NGO said Sunday. ... said the Syrian Observatory for Human Rights": a body described
  // only by its kind is the one the report names next; every frame that stood for the description
  // (a headline's "... killed NGO", "the group said" after it) stands for that name
  for (let si = 0; si < resolved.length; si++) {
    for (const r of resolved[si]!) {
      // ("a monitoring group" is a known name already)
      // (nor one a category of people stands for: "an opposition activist group said" is a body the
      // report names next, "The Local Coordination Committees of Syria said ...")
      const known = r.source === null || r.frame.anaphoric || !GENERIC_SPEAKER.test(r.frame.phrase) ? undefined : knownSource(r.frame.phrase)
      if (known === undefined || (known !== null && !GENERIC_PEOPLE.has(known))) continue
      const generic = r.source
      // (an activist group is an activists' body named next, not a monitor or an agency the report
      // also quotes: "an activist group said. The Britain-based Syrian Observatory ... said")
      const activists = known !== null
      const named = namedAfter(
        si,
        si,
        (x) =>
          x.source !== generic &&
          !GENERIC_SPEAKER.test(x.frame.phrase) &&
          (activists
            ? !KNOWN_BODY.has(x.source!) && ORGANISATION_HEAD.test(x.source!) && !MONITOR_NAME.test(x.source!) && !ANOTHER_BEFORE.test(x.frame.phrase)
            : KNOWN_BODY.has(x.source!) || ORGANISATION_HEAD.test(x.source!))
      )
      if (named === null) continue
      const last = reach(si, CATAPHORA_REACH + 1)
      for (let k = si; k < resolved.length && k <= last; k++) {
        const frames = resolved[k]!
        for (let j = 0; j < frames.length; j++) if (frames[j]!.source === generic) frames[j] = { frame: frames[j]!.frame, source: named }
      }
    }
  }

  // "... was foiled said the frontline commander. The militants were gunned down commander Kamal
  // Kirkuki told Rudaw": a role referred to before anyone holding it was named is the one the next
  // sentences name with it
  for (let si = 0; si < resolved.length; si++) {
    const frames = resolved[si]!
    for (let j = 0; j < frames.length; j++) {
      const r = frames[j]!
      if (!r.frame.anaphoric || r.source === null || r.source !== normaliseSpeaker(r.frame.phrase)) continue
      const head = lastWord(r.frame.phrase)
      if (!ROLE_HEAD.test(head)) continue
      const named = namedAfter(si, si + 1, (x) => x.frame.phrase.toLowerCase().split(/\s+/).includes(head) && /[A-Z]/.test(x.source!))
      if (named !== null) frames[j] = { frame: r.frame, source: named }
    }
  }

  const nearest = (si: number, offset: number, figure = false): string | null => {
    let best: string | null = null
    let bestDistance = Number.POSITIVE_INFINITY
    for (const { frame, source } of resolved[si] ?? []) {
      if (source === null) continue
      // ("the suspected attack that the West blames on Damascus", "state TV blames gangs": a blame
      // laid in the present tense is a stance, no count's source)
      if (figure && frame.verb === "blames") continue
      // "IS claimed responsibility for an attack that killed 32": an admission, not the toll's source
      if (figure && /^claim/.test(frame.verb) && /^\s+responsib/i.test(segments[si]!.text.slice(frame.end, frame.end + 20))) continue
      // "330000 have been killed but some organisations put the death toll higher": a toll of its own
      if (
        figure &&
        frame.at > offset &&
        /\b(?:but|while|whereas)\b/i.test(segments[si]!.text.slice(offset, frame.speakerAt)) &&
        OWN_TOLL.test(segments[si]!.text.slice(frame.at, frame.end + 60))
      )
        continue
      // "The Syrian military has announced a new operation ... in east Aleppo, where 250,000
      // civilians live under siege": the people living in a place the speaker names are the
      // outlet's aside about that place, not the speaker's figure
      if (
        figure &&
        offset >= frame.end &&
        PLACE_ASIDE_BEFORE.test(segments[si]!.text.slice(frame.end, offset)) &&
        LIVING_AFTER.test(segments[si]!.text.slice(offset, offset + 80))
      )
        continue
      // "... killing 40 hours after the US and Russia announced a deal", "Since Sept. 19 when the
      // regime declared the end of the truce 359 civilians have been killed according to medics": a
      // speaker in a clause of time says something else
      // (not the words it reports: "days before the ministry announced that ... 49 were killed")
      if (
        figure &&
        TIME_CLAUSE.test(segments[si]!.text.slice(Math.max(0, frame.speakerAt - 24), frame.speakerAt)) &&
        !(offset >= frame.end && /^\s+that\b/i.test(segments[si]!.text.slice(frame.end, frame.end + 6)))
      )
        continue
      // "Ahrar al-Sham said that its fighters had killed "dozens" of soldiers; the army said ...": a
      // speaker past a semicolon says the next clause, where one before the figure says this one
      if (
        figure &&
        frame.speakerAt > offset &&
        segments[si]!.text.slice(offset, frame.speakerAt).includes(";") &&
        (resolved[si] ?? []).some((f) => f.source !== null && f.frame.end <= offset && !segments[si]!.text.slice(f.frame.end, offset).includes(";"))
      )
        continue
      const d = offset >= frame.end ? offset - frame.end : frame.at >= offset ? frame.at - offset : 0
      if (d < bestDistance) {
        best = source
        bestDistance = d
      }
    }
    return best
  }

  const sameIncident = (si: number, next: number): boolean => {
    const a = segments[si]!
    const b = segments[next]!
    if (NEW_INCIDENT.test(b.text)) return false
    const pa = placesOf(si)
    const pb = placesOf(next)
    // two sentences naming places, none the same or inside the other, tell two incidents
    const related = (x: PlaceMatch, y: PlaceMatch): boolean => x.id === y.id || x.display.includes(y.name) || y.display.includes(x.name)
    if (pa.length > 0 && pb.length > 0) {
      // (two neighbourhoods of one city are two places: "al-Haidariye in Aleppo city", "al-Midan in Aleppo")
      if (pa.some((x) => pb.some((y) => related(x, y)))) return !otherNeighbourhoods(pa, pb)
      // the country holds every place: "Sixteen civilians were killed in a rebel-held town in
      // northern Syria a monitoring group said" gives the toll "in Idlib province" before it,
      // when it gives a toll of its own (not "... to bomb positions in northern Syria, Press TV reported")
      // "killed in air raids on a market in eastern Syria" then "SOHR said the strikes on al-Asharah
      // (Deir ez-Zor)": the part of the country named by direction holds the place the next names
      if (pa.every((x) => x.level === "country") && compassHolds(a.text, pb)) return true
      return (pa.every((x) => x.level === "country") || pb.every((y) => y.level === "country")) && findFigures(b.text).length > 0
    }
    // a next sentence adding to this one's report goes on with it, whatever it calls the violence
    // ("... bombardment have killed 38 civilians. Fighting has also killed 30 regime fighters ...")
    if (ADDS_TO.test(b.text)) return true
    // otherwise, two sentences naming different weapons ("rocket attacks" / "planes targeted") do too
    const wa = incidentWords(a.text)
    const wb = incidentWords(b.text)
    return wa.size === 0 || wb.size === 0 || [...wa].some((w) => wb.has(w))
  }

  // a next sentence with figures of its own lends only if it restates one of ours ("8 persons
  // killed ... A source said terrorists ... killing 8 persons"), not when it gives other tolls
  const sameFigures = (si: number, next: number): boolean => {
    // "Another 65 people were injured in the attack ... according to SOHR": going on with the incident
    if (CONTINUES.test(segments[next]!.text)) return true
    // (a count of munitions, "fired 10 rocket shells", is how the incident was told, not another toll)
    const told = segments[next]!.text
    const theirs = findFigures(told)
      // (nor a time or a distance, "at about 0600 a.m. 1 km away": no count at all)
      .filter((f) => !MUNITIONS_AFTER.test(told.slice(f.end, f.end + 40)) && !MEASURE_AFTER.test(told.slice(f.end, f.end + 12)))
      .map((f) => f.value)
    if (theirs.length === 0) return true
    const ours = findFigures(segments[si]!.text).map((f) => f.value)
    // a restatement, or smaller counts within ours ("76 children and 41 women were among those killed")
    return ours.some((v) => theirs.includes(v)) || Math.max(...theirs) < Math.max(...ours, 0)
  }

  // (a day of a month is no figure told again: "between 10 and 16 March" ... "On 16 March")
  // (no part of a figure either: "killing 11 civilians among them a woman and her three children" tells
  // no three of its own a next sentence's "three people missing" restates)
  const countsIn = (text: string, ofPeople = false): Array<number> =>
    findFigures(text).flatMap((f) =>
      DAY_OF_MONTH.test(text.slice(f.end, f.end + 12)) ||
      MONTH_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) ||
      PART_BEFORE.test(text.slice(Math.max(0, f.start - 50), f.start)) ||
      (ofPeople && !PEOPLE_AFTER.test(text.slice(f.end, f.end + 40)))
        ? []
        : [f.value]
    )
  const restates = (si: number, next: number): boolean => {
    const theirs = countsIn(segments[next]!.text, true)
    // (of people both times: "destroying two buildings" then "two people were still missing" is no restatement)
    return countsIn(segments[si]!.text, true).some((v) => theirs.includes(v))
  }

  // the neighbouring sentences of the report, past page chrome and a repeated headline
  const nextBody = (si: number): number => {
    for (let k = si + 1; k < segments.length; k++) {
      const role = segments[k]!.role
      if (role === "body") return k
      if (role === "heading" || role === "subhead") return -1
    }
    return -1
  }
  const previousBody = (si: number): number => {
    for (let k = si - 1; k >= 0; k--) {
      const role = segments[k]!.role
      if (role === "body") return k
      if (role === "heading" || role === "subhead" || role === "title") return -1
    }
    return -1
  }

  // How many quotation marks a segment holds (odd: it opens or closes a quotation it does not end).
  const marks = (si: number): number => segments[si]!.text.match(QUOTE_MARK)?.length ?? 0
  /** The speaker of a quotation that `si` sits inside without opening it ('... the group said in a
   * statement. "Today the air force targeted a team. Three volunteers were killed."'): the frame of
   * the sentence that opened it, or of the quotation before that one when it opens with no frame. */
  const quotedBy = new Map<number, string | null>()
  const quotationSpeaker = (si: number): string | null => {
    let found = quotedBy.get(si)
    if (found === undefined) {
      found = readQuotationSpeaker(si)
      quotedBy.set(si, found)
    }
    return found
  }
  /** the speaker named after a quotation that opens at `si` and closes in a later sentence */
  const quotationCloser = (si: number): ResolvedFrame | null => {
    if (!QUOTE_START.test(segments[si]!.text) || marks(si) % 2 === 0) return null
    for (let k = si + 1; k < segments.length && k <= si + QUOTE_REACH; k++) {
      if (segments[k]!.role !== "body") return null
      const n = marks(k)
      if (n === 0) continue
      if (n % 2 === 0) return null
      const text = segments[k]!.text
      const closed = Math.max(text.lastIndexOf('"'), text.lastIndexOf("”"))
      return (resolved[k] ?? []).find((f) => f.source !== null && f.frame.speakerAt > closed) ?? null
    }
    return null
  }
  const readQuotationSpeaker = (si: number): string | null => {
    // walk back to the sentence that opened the quotation still open at the start of `si`
    let k = si - 1
    let open = false
    for (let n = 0; k >= 0 && n < QUOTE_REACH; k--, n++) {
      if (segments[k]!.role !== "body") return null
      if (marks(k) % 2 === 1) {
        open = QUOTE_START.test(segments[k]!.text)
        break
      }
      if (marks(k) > 0) return null
    }
    if (!open || k < 0) return null
    const own = (resolved[k] ?? []).findLast((f) => f.source !== null)
    if (own !== undefined) return own.source
    // an unattributed quotation right after a quotation with its speaker goes on in that voice
    const prev = previousBody(k)
    if (prev === -1 || !QUOTE_START.test(segments[prev]!.text)) return null
    return (resolved[prev] ?? []).findLast((f) => f.source !== null)?.source ?? null
  }

  return {
    clean,
    quotationCloser,
    framesOf: (si) => resolved[si] ?? [],
    ownSource: (si) => clean(nearest(si, segments[si]!.text.length)),
    sourceFor: (si, offset) => {
      const own = nearest(si, offset, true)
      // the outlet's reporter telling a figure the next sentence credits to someone ("SANA's
      // correspondent said 7 people were injured. A source at the Police Command told the
      // correspondent that ... injuring 7 people"): that someone
      if (own !== null && (clean(own) !== null || segments[si]!.role !== "body")) return clean(own)
      if (segments[si]!.role !== "body") return null
      // a quotation going on from the sentence before: its speaker ("... he said. "There are 20 wounded")
      const prev = previousBody(si)
      if (QUOTE_START.test(segments[si]!.text) && prev !== -1 && QUOTE_START.test(segments[prev]!.text)) {
        const quoted = (resolved[prev] ?? []).findLast((f) => f.source !== null)
        if (quoted !== undefined) return clean(quoted.source)
      }
      // "Dozens of people were also wounded": going on with the figures of the sentence before, in its speaker's words
      if (ALSO.test(segments[si]!.text) && prev !== -1 && sameIncident(prev, si)) {
        const before = (resolved[prev] ?? []).findLast((f) => f.source !== null && lends(f, segments[prev]!.text))
        const told = segments[prev]!.text
        if (before !== undefined && (tellsIncident(told) || HARM_WORD.test(told))) return clean(before.source)
      }
      // "These include 38 cluster bombs ...": the details of the figures just told, by their speaker
      if (DETAIL_OF.test(segments[si]!.text) && prev !== -1 && findFigures(segments[prev]!.text).length > 0) {
        const before = (resolved[prev] ?? []).findLast((f) => f.source !== null && lends(f, segments[prev]!.text))
        if (before !== undefined) return clean(before.source)
      }
      // a sentence inside a quotation opened in a sentence before: the quotation's speaker
      const quoted = quotationSpeaker(si) ?? quotationCloser(si)?.source ?? null
      if (quoted !== null) return clean(quoted)
      // (nor for the war's own toll in a clause about the war: "... the five-year conflict which has
      // killed more than 280000 people", which the outlet tells as background)
      if (WAR_CLAUSE_TOLL.test(segments[si]!.text.slice(Math.max(0, offset - 140), offset))) return null
      // the next sentence's speaker, when it goes on about the same incident; never for the headline
      const next = nextBody(si)
      if (next === -1) return null
      // (not a relative clause's opinion: "barrel bombs which they say fail to discriminate")
      const lent = (resolved[next] ?? []).find(
        (f) =>
          f.source !== null && lends(f, segments[next]!.text) && !RELATIVE_SAYING.test(segments[next]!.text.slice(Math.max(0, f.frame.at - 16), f.frame.at))
      )
      if (lent === undefined) return null
      // "This was announced yesterday evening by the health authority ...": the next sentence names
      // who gave the figures just told, whatever else it says
      if (REPORT_REFERRED_BACK.test(segments[next]!.text)) return clean(lent.source)
      if (!sameIncident(si, next) || !sameFigures(si, next)) return null
      // past the outlet's own word only a restatement of the figure lends
      if (own !== null && !restates(si, next)) return null
      // a sentence telling no incident and no harm ("Terrorists have repeatedly breached the
      // ceasefire, SANA reported") speaks of something else
      const told = segments[next]!.text
      if (!tellsIncident(told) && !HARM_WORD.test(told) && incidentWords(told).size === 0) return null
      // ... and one telling what happened before ("Rebels have said in the past their attacks ...")
      if (tellsHabit(told) || PAST_SAYING.test(told)) return null
      return clean(lent.source)
    }
  }
}
