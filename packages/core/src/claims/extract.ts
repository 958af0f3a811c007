import { type Attribution, attributeArticle, DETAIL_OF, NEW_INCIDENT, nameKey, normaliseSpeaker, OWN_VOICE } from "./attribution.js"
import {
  actionIn,
  aimsOnlyAtFighters,
  assertionsDenied,
  blamedBack,
  type EventReading,
  mayAdmit,
  mayDeny,
  mayTakeStance,
  mayTellEvent,
  readEvent,
  sideOfSource,
  type Stance,
  sidesIn,
  stanceOf
} from "./events.js"
import { findPlaces, placeById, wholeCountry } from "./gazetteer.js"
import { SYRIA_ID } from "./syria-places.js"
import {
  COMPASS_SYRIA,
  claimPlaces,
  compassHolds,
  compassOf,
  governorateId,
  governorateOf,
  inSyria,
  placedInside,
  unlistedPlaces,
  isCountryWide,
  isWarToll,
  otherNeighbourhoods,
  placeNear,
  UNNAMED_PLACE
} from "./where.js"
import type { PlaceMatch } from "./types.js"
import { findFigures, type Figure, type Qualifier } from "./numbers.js"
import { cued } from "./regex.js"
import { PLACE_LABEL_LINE, type Segment, segmentArticle, TABLE_ROW } from "./segment.js"
import { advanceTimeFrame, inheritedWhen, newTimeFrame, resetTimeFrame, tellsHabit, tellsIncident } from "./timeFrame.js"
import type { DateWindow } from "./types.js"
import { MONTH_NAMES, readTimes, type TimesRead } from "./when.js"

/** Bumped whenever the rules change: stored claims of an older version are re-extracted. */
export const EXTRACTOR_VERSION = 210

export type Metric = "killed" | "injured" | "casualties" | "trapped" | "displaced" | "strikes" | "hospitals_hit" | "arrested" | "missing"

/** A claim as extracted: the contract's record without the ids, which the store assigns. */
export interface ExtractedClaim {
  readonly kind: "quantity" | "event"
  readonly metric: Metric | null
  readonly min: number | null
  readonly max: number | null
  readonly qualifier: Qualifier | null
  readonly who: string | null
  readonly where: string | null
  readonly whereId: string | null
  readonly when: DateWindow | null
  readonly source: string | null
  readonly actor: string | null
  readonly action: string | null
  readonly polarity: "asserted" | "denied"
  readonly quote: string
  /** offsets into `title + "\n" + body`, the text the claim was read from */
  readonly span: readonly [number, number]
  /** which rule produced it, for evidence */
  readonly rule: string
}

export interface ClaimSource {
  readonly title: string
  readonly body: string
  /** epoch ms: what relative dates resolve against */
  readonly published: number
  /** the outlet: a claim it makes itself has no source */
  readonly outlet: string
}

// Words naming harm, by metric. Spun variants ("slain", "humans") are real input.
const METRIC_WORDS: ReadonlyArray<readonly [RegExp, Metric]> = [
  [
    /^(?:killed|kill|kills|killing|dead|died|die|dies|dying|deaths?|fatalities|fatality|slain|slaughtered|massacred|executed|execute|executes|executing|lost their lives|perished|lives|eliminated|eliminating|massacring|massacre|bodies|corpses|martyrs|martyred|martyr)$/i,
    "killed"
  ],
  [
    /^(?:injured|injuring|injures|injure|wounded|wounding|wounds|wound|hurt|injuries|suffocation|suffocated|poisoned|treatment|treated|hospitalized|hospitalised)$/i,
    "injured"
  ],
  // (gassing kills some and poisons more: "accused government forces of gassing hundreds of people")
  // ("neutralized", an army's word for fighters killed, wounded or captured)
  [/^(?:casualties|gassing|gassed|neutralized|neutralised|neutralizing|neutralising|neutralizes|neutralises|neutralize|neutralise)$/i, "casualties"],
  [/^(?:trapped|besieged|stranded|encircled|siege)$/i, "trapped"],
  [/^(?:displaced|fled|flee|fleeing|uprooted|homeless|refugees|escaped|evacuated|evacuating|evacuees|left|exited)$/i, "displaced"],
  [
    /^(?:airstrikes|air-strikes|strikes|raids|sorties|targets|missiles|bombings|barrel|barrels|shells|rockets|mortars|mortar|rocket|explosions|blasts|bombs|attacks|engagements)$/i,
    "strikes"
  ],
  [/^(?:arrested|detained|abducted|kidnapped|arresting|detaining|arrests)$/i, "arrested"],
  [/^(?:missing)$/i, "missing"]
]
// (a word's metric and victims are read once: the same few words come back for every figure)
const remembered = <T>(read: (word: string) => T): ((word: string) => T) => {
  const known = new Map<string, T>()
  return (word) => {
    let value = known.get(word)
    if (value === undefined && !known.has(word)) {
      value = read(word)
      if (known.size >= 4096) known.clear()
      known.set(word, value)
    }
    return value as T
  }
}
const metricOf = remembered((word: string): Metric | null => {
  for (const [re, m] of METRIC_WORDS) if (re.test(word)) return m
  // (a word in scare quotes: "648 terrorists 'neutralized'")
  // (words start at a letter, so only the closing quote is there: "Army 'Neutralizes' 287"; not a
  // plural's possessive, "martyrs' families", though a verb in -izes may close a quote)
  const closes = word.endsWith("'") || word.endsWith("’")
  if (word.length > 2 && closes && (word[word.length - 2] !== "s" || /i[sz]es.$/i.test(word))) {
    const bare = word.replace(/^['’]+|['’]+$/g, "")
    for (const [re, m] of METRIC_WORDS) if (re.test(bare)) return m
  }
  return null
})

const WHO: ReadonlyArray<readonly [RegExp, string]> = [
  // ("four of our heroes": fighters in an armed group's words, staff in a hospital's)
  [/^(?:people|persons|individuals|humans|others|person|bodies|victims|deaths|men|adults|patients|detainees|hostages|captives|abductees|heroes)$/i, "people"],
  [/^(?:civilians?|noncombatants|women|villagers|residents|citizens|worshippers|passengers|family|families)$/i, "civilians"],
  [/^(?:children|kids|schoolchildren|students|pupils|child|teenagers|boys|girls|infants|babies|toddlers|minors)$/i, "children"],
  [
    /^(?:fighters|militants|rebels|soldiers|troops|terrorists|jihadists|jihadis|extremists|attackers|assailants|gunmen|insurgents|members|servicemen|policemen|officers|personnel|combatants|militiamen|recruits|mercenaries|guards|commanders|leaders|loyalists|pilots|airmen|comrades|bombers|marines|paratroopers|mujahidin|mujahideen|combattants)$/i,
    "fighters"
  ],
  [/^(?:medics|doctors|nurses|volunteers|rescuers|paramedics|workers)$/i, "aid workers"]
]
const whoOf = remembered((word: string): string | null => {
  for (const [re, w] of WHO) if (re.test(word)) return w
  return null
})

const NOT_A_COUNT_AFTER =
  /^\s*(?:of\s+the\s+(?:dead|wounded|injured|killed|victims)(?:\s*,[^,.;]{1,30},)?\s+(?:were|are|was|is|remain(?:ed)?)\b|of (?:those|them|the|these|its|their)\b(?!\s+(?:[\w-]+\s+)?(?:shells|rockets|mortars|missiles|bombs|raids|strikes|airstrikes|dead|wounded|injured|killed|victims|bodies|attackers|assailants|militants|terrorists|fighters|gunmen|soldiers|troops|insurgents|jihadists|mercenaries|mujahidin|mujahideen|heroes)\b)|(?:or|to)\s+[\w-]+\s+times\b|(?:[\w-]+\s+){1,2}(?:need|needs|needed|require|requires|required|await|awaiting)\s+(?:to\s+be\s+)?(?:\w+\s+)?evacuat\w*|%|percent|per cent|years?|year-old|-(?:year|month|week|day|hour|minute|km|kilomet|mile|metre|meter|stor(?:e?y|ies))|km|kilomet|miles?|metres?|meters?|dollars|euros|pounds|(?:syrian|lebanese|turkish|jordanian|iraqi|egyptian|us|u\.s\.)\s+(?:pounds|liras?|dinars|dollars)|liras?\b|dinars\b|riyals\b|population\b(?!\s+(?:[\w-]+\s+){0,3}?(?:under\s+(?:a\s+|the\s+)?siege|besieged|trapped))|pm\b|am\b|a\.m|p\.m|hours?|days?|weeks?|months?|minutes?|seconds?|o'clock|times|kg\b|tons?\b|tonnes?\b|million dollars|billion|st\b|nd\b|rd\b|th\b)/i
const NOT_A_COUNT_BEFORE =
  /(?:\$|€|£|\baged|\bage of|\bages|\baged\s+(?:from|between)|\baged\s+(?:from\s+|between\s+)?\S+\s+(?:to|and)|no\.|number|resolution|article|page|route|road|highway|flight|views|shares|comments|likes|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s*$/i
// every branch ends on one of these words (before any white space): the words before most figures
// end on none, and are not read with the long pattern
const NOT_A_COUNT_TAIL =
  /(?:\$|€|£|aged|age of|ages|from|between|to|and|no\.|number|resolution|article|page|route|road|highway|flight|views|shares|comments|likes|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i
const notACountBefore = (before: string): boolean => NOT_A_COUNT_TAIL.test(before.trimEnd().slice(-12)) && NOT_A_COUNT_BEFORE.test(before)
const MONTH_BEFORE =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s*$/i
const MONTH_AFTER =
  /^\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i
/** what lies between a part's figure and its own place ("11 in the town of Beit Sawa") */
const PART_PLACED = /^\s+(?:[a-z]+\s+){0,2}(?:in|at)\s/
/** what may not lie between a toll's own place and its figure ("... Hasakeh on Monday (AFP photo) BEIRUT Thirteen") */
const WHOLE_CLAUSE_BROKEN = /[();:]|\b(?:while|whereas|but)\b/
const SUB_COUNT_BEFORE =
  /\b(?:including|among them|among whom|among which|of whom|of them|among those|among the dead|among the victims)\s+(?:at least\s+|some\s+)?(?:\S+\s+[a-z]+\s+and\s+)?$/i
// "Among at least 25 injured eight were in critical condition": the figure after a counted group
const AMONG_COUNTED_BEFORE = /\bamong\s+(?:the\s+)?(?:at\s+least\s+|some\s+|more\s+than\s+|over\s+)?[\d,]+\s+[a-z]+\s+$/i

// "three children were among the dead", "nine people from the Caucasus among the terrorists killed"
// ("Thirteen civilians among them seven children": "among them" opens the figure's own sub-counts)
// (not a figure whose own clause ends before "with children among the casualties")
const SUB_COUNT_AFTER =
  /^\s+(?!(?:with|including|and|as|while|but|since)\b)(?:[\w'’-]+\s+){0,6}?(?:(?:were|was|are)\s*among\b|among\b(?!\s+(?:them|whom|which)\b))/i
// (both branches hold "among": most figures' words have none)
const AMONG = /among/i
const NOUN_AMONG_THEM_ASIDE = /^\s+(?:[a-z-]+\s+){1,2}among\s+them\s*[,)–—]/i
const isSubCountAfterFigure = (after: string): boolean => AMONG.test(after) && SUB_COUNT_AFTER.test(after)

// sides naming the victims: "70 regime and rebel fighters", "30 regime soldiers", "six Al-Nusra terrorists"
const SIDE_MODIFIER =
  /^(?:regime|rebel|government|opposition|pro-government|pro-regime|kurdish|islamist|jihadist|is|isis|isil|daesh|nusra|al-nusra|hezbollah|sdf|ypg|fsa|army|russian|turkish|iranian|afghan|iraqi|lebanese|hazm|front)$/i
const inWord = (d: number): boolean => (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 0x2019 || d === 45
// the words (/[A-Za-z][A-Za-z'’-]*/g) of s, the first `limit` of them, read by hand: this runs
// several times per figure, and a regex per word costs more than the loop
const wordsOf = (s: string, limit = Number.POSITIVE_INFINITY): Array<string> => {
  const out: Array<string> = []
  const n = s.length
  let i = 0
  while (i < n && out.length < limit) {
    const c = s.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const start = i++
      while (i < n && inWord(s.charCodeAt(i))) i++
      out.push(s.slice(start, i))
    } else i++
  }
  return out
}

// an attack claiming lives: "Claims 11 Children" (not a speaker's claim: "claimed 12 people were
// killed"; "claimed the lives of" is LIVES_OF_BEFORE's, read first)
const CLAIMS_BEFORE = /\bclaim(?:s|ed)?\s+$/i
const SAYING_AFTER = /^\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|had|have|are|is)\b/i
const CLAIMED_LIVES = /^claimed$/i
// "killed and injured", "dead and wounded", "Kills Injures": one figure for both.
const BOTH = /^\W*(?:(?:were|have been|had been|was|are)\s+)?(?:killed|dead|kills|died)\W+(?:and\W+|or\W+)?(?:injured|wounded|injures|wounds)\b/i
const BOTH_BEFORE = /\b(?:kill(?:s|ed|ing)?|dead)\W+(?:(?:and|or)\W+)?(?:injur(?:es|ed|ing)|wound(?:s|ed|ing))\W+(?:of\s+(?:the\s+)?)?$/i

// the figure's noun and its verb in the active voice ("suicide bombers killed"), then the verb's object
// (sticky, read from the figure's end: no slice per figure)
const ACTS_ON =
  /\s+(?:(?!(?:were|was|are|is|been|have|has|had|and|or|who|that|in|on|at|of|by|from|as|when|while|after|during)\b)[A-Za-z-]+\s+){0,3}?(?:killed|wounded|injured|kills|wounds|injures)\s+(?:(at\s+least|some|more\s+than|nearly|about|around|up\s+to|over)\s+)?(?=\S)/iy
const OBJECT_WORD = /^(?:a|an|the|his|her|their|its|one|dozens|scores|hundreds|several)\s/i
const OBJECT_SAYS = /^(?:\S+\s+){1,10}?(?:said|says|say|told|reported|reports|added|stated|announced|claimed)\b/i
const OBJECT_TIME = /^\S+\s+(?:\S+\s+)?(?:day|days|week|weeks|hour|hours|night|month|months|year|morning|evening|afternoon|time|before|after|earlier|later)\b/i
// a facility counted, with only describing words before it ("two field hospitals", "four makeshift clinics")
const FACILITY_HIT_BEFORE = /\b(?:hit|hitting|struck|striking|destroyed|destroying|targeted|targeting|bombed|bombing|shelled|damaged|damaging)\s+$/i
const FACILITY_HIT_AFTER =
  /^\s+(?:[\w'-]+\s+){1,8}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:hit|struck|destroyed|targeted|bombed|shelled|damaged|attacked|affected\s+by\s+(?:air\s?strikes|strikes|raids|attacks|shelling|bombing|bombardment))|(?:rendered|put|knocked)\s+out\s+of\s+(?:service|action))\b/i
// "put 6 hospitals out of service": the attack's verb around the facilities
const PUT_BEFORE = /\b(?:put|putting|puts|knocked|knocking)\s+$/i
// (facility words and numbers only between: not "said the generator was out of service")
const STATE_OUT_OF_SERVICE =
  /^\s+(?:(?:and|one|two|three|four|five|\d+|health|medical|field|main|surgical|maternity|hospitals?|clinics?|cent(?:re|er)s?|facilit(?:y|ies)|points?)\s+){1,7}?out\s+of\s+(?:service|action)\b(?!\s+(?:by|because|due))/i
const OUT_OF_SERVICE_AFTER = /^\s+(?:[\w'-]+\s+){0,3}?out\s+of\s+(?:service|action)\b/i
// hospitals hit by shortages, cuts, campaigns or accidents ("Power cuts hit 12 hospitals", "The
// vaccination campaign targeted 50 health centres", "knocked out of service by lack of fuel")
const HIT_BY_NO_ATTACK =
  /\b(?:power\s+cuts?|budget\s+cuts?|cuts|shortages?|lack\s+of|vaccin\w*|floods?|flooding|storms?|earthquake|outages?|electrical|accident)\b/i
const FATE_OF_BEFORE = cued(/fate|whereabouts/i, /\b(?:fate|whereabouts)\s+of\s+(?:the\s+)?$/i)
const FATE_UNKNOWN_AFTER = /^[^.;]{0,80}?\b(?:unknown|unclear|not\s+known)\b/i
const UNACCOUNTED_AFTER = cued(/unaccounted/i, /^\s+(?:[\w-]+\s+){0,3}?(?:were|are|remain|remained|was|is)\s+(?:still\s+)?unaccounted\b/i)
const FACILITY_AFTER =
  /^\s*(?:(?:field|makeshift|medical|public|private|local|main|underground|nearby|maternity|children's|childrens|more|other|[A-Za-z]+-(?:supported|run|backed|funded)|[A-Z][a-z]+)\s+){0,2}(?:hospitals?|clinics?|(?:health|medical|healthcare)\s+(?:facilit(?:y|ies)|cent(?:re|er)s?))\b/i
/** munitions and attacks counted by a figure: "Two car bombs", "three barrel bombs", "four air strikes" */
const MUNITIONS_COUNTED =
  /^\s+(?:[\w-]+\s+)?(?:car\s+bombs?|barrel\s+bombs?|bombs|shells|rockets|missiles|mortars?|explosions|blasts|air\s?strikes|strikes|raids|air\s+raids|suicide\s+bombings|bombings)\b/i
const actsOnObject = (s: string, f: Figure, next: Figure | null): boolean => {
  // (most figures have no verb of harm in the few words after them: three scans, no pattern)
  const reach = f.end + 60
  const k = s.indexOf("kill", f.end)
  const w = s.indexOf("wound", f.end)
  const j = s.indexOf("injur", f.end)
  if (!((k >= 0 && k < reach) || (w >= 0 && w < reach) || (j >= 0 && j < reach))) return false
  ACTS_ON.lastIndex = f.end
  const m = ACTS_ON.exec(s)
  // (the figure with a noun of its own: "Among at least 30 wounded six were ..." names none)
  if (m === null || !/^\s+[A-Za-z]/.test(m[0]) || /^\s+(?:killed|wounded|injured|kills|wounds|injures)\b/i.test(m[0])) return false
  // the figure is a subject, not the object of a verb or of "the lives of" before it ("killed two
  // patients injured eight others", "claimed the lives of 4 civilians injured 7 others")
  // ("Of the 45 civilians killed the highest number ...", "two dead and eight others injured the
  // Red Crescent said": a preposition's object, a list going on)
  const before = s.slice(Math.max(0, f.start - 40), f.start)
  if (/\b(?:of|among|from|for|with|and|or)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i.test(before) || /^\s+(?:others?|more)\b/i.test(m[0])) return false
  const last = wordsOf(before).at(-1)
  if (last !== undefined && (metricOf(last) !== null || /^(?:claimed|claiming|left|leaving|killed|killing)$/i.test(last))) return false
  const at = f.end + m[0].length
  if (next !== null && next.start <= at + 1 && next.start >= at - (m[1]?.length ?? 0) - 1) {
    // "8 persons killed 58 others injured": a figure with a verb of harm of its own starts a list;
    // "17 people killed two of them children": a sub-count
    if (/^\s+of\s+(?:them|whom)\b/i.test(s.slice(next.end, next.end + 12))) return false
    const own = wordsOf(s.slice(next.end, next.end + 40), 3)
    return !own.some((w) => {
      const metric = metricOf(w)
      return metric === "killed" || metric === "injured" || metric === "casualties"
    })
  }
  // (not "5 people killed the army said": a speaker after the verb, commas stripped)
  // ("12 civilians killed a day after the truce began", "killed the day before": a time, no object)
  const object = s.slice(at, at + 90)
  return m[1] === undefined && OBJECT_WORD.test(object) && !OBJECT_TIME.test(object) && !OBJECT_SAYS.test(object)
}

/** The metric and victims a figure counts, read from the words around it. A verb right before
 * the figure decides ("killed 13 people and wounded 25 others": 13 killed); otherwise the words
 * after it ("32 civilians were killed", "56 airstrikes", "11 dead"). */
const linkFigure = (sentence: string, f: Figure, next: number): { metric: Metric; who: string | null } | null => {
  const after = sentence.slice(f.end, Math.min(next, f.end + 90))
  const before = sentence.slice(Math.max(0, f.start - 60), f.start)
  const afterWords = wordsOf(after).slice(0, 9)
  const beforeWords = wordsOf(before).slice(-5)
  // (read once: most readings below ask for it, some twice)
  let leading: string | null | undefined
  const readLeadingWho = (): string | null => {
    for (const w of afterWords.slice(0, 3)) {
      // ("kills 15 including 4 children": the victims of a sub-count are not the total's)
      if (SUB_COUNT_WORD.test(w)) return null
      const who = whoOf(w)
      if (who !== null) return who
    }
    return sideWho(after)
  }
  const leadingWho = (): string | null => {
    if (leading === undefined) leading = readLeadingWho()
    return leading
  }
  // "more than 500 wounded people were trapped in the town": where they are, whatever their wounds
  if (WOUNDED_TRAPPED.test(after)) return { metric: "trapped", who: "people" }
  // "Idlib is now home to more than two million people many of them displaced": the part is
  // displaced, the whole is a population, no count of harm
  if (PART_OF_THEM_AFTER.test(after)) return null
  // "three of the injured passed away overnight", "Three of the wounded had died in Turkish
  // hospitals": the wounded who died are dead
  // (a part of a toll the sentence tells, not a count of its own: "the toll rose to eight after three
  // of the injured passed away", "Eleven of those wounded ... have died, bringing the toll to 45")
  if (WOUNDED_DIED_AFTER.test(after)) return TOLL_TOLD.test(sentence.slice(0, f.start)) || TOLL_TOLD.test(after) ? null : { metric: "killed", who: null }
  if (
    (/^\s*(?:[a-z]+\s+){0,2}hospitals?\b/i.test(after) &&
      /\b(?:hit|struck|bombed|targeted|attacked|damaged|destroyed|put out of|knocked out|focused)\b/i.test(after)) ||
    // "Air strikes on two hospitals ... left 10 people dead" (only describing words between: not
    // "20 strikes on areas near hospitals", "two districts with clinics")
    (FACILITY_AFTER.test(after) && /\b(?:strikes?|raids?|attacks?|bombing|bombardment|shelling)\s+(?:on|of|against)\s+$/i.test(before))
  ) {
    return { metric: "hospitals_hit", who: null }
  }
  // "hit four makeshift hospitals", "destroyed 4 health facilities", "two hospitals rendered out of
  // service", "130 medical facilities have been targeted": hospitals an attack verb took, before or after
  if (
    FACILITY_AFTER.test(after) &&
    (FACILITY_HIT_BEFORE.test(before) ||
      FACILITY_HIT_AFTER.test(after) ||
      (PUT_BEFORE.test(before) && OUT_OF_SERVICE_AFTER.test(after)) ||
      // ("one hospital and one health centre out of service": a bulletin's line, no verb)
      STATE_OUT_OF_SERVICE.test(sentence.slice(f.end, f.end + 90))) &&
    !HIT_BY_NO_ATTACK.test(sentence)
  )
    return { metric: "hospitals_hit", who: null }
  // "destroying 14 fighting positions", "engaged 19 Islamic State tactical units", "struck 86 terrorist
  // facilities", "four fortified positions ... were destroyed": targets an attack took are strikes
  if (TARGETS_AFTER.test(after) && (TARGETS_HIT_BEFORE.test(before) || TARGETS_HIT_AFTER.test(sentence.slice(f.end, Math.min(next, f.end + 120)))))
    return { metric: "strikes", who: null }
  // "has reportedly left 25 militants of Al-Nusra Front including one of its leaders dead": what an
  // attack left, past the victims' group and a part of them
  if (LEFT_BEFORE.test(before)) {
    const left = LEFT_THEN_HARM.exec(after)
    if (left !== null) return { metric: metricOf(left[1]!) ?? "killed", who: leadingWho() }
  }
  // "the fate of around 200 other soldiers remained unknown", "dozens were unaccounted for": missing
  // (people, named or not: not things counted, "the fate of 40 tanks", "14 aid trucks", "40 vehicles
  // unaccounted for", nor bodies)
  if (
    ((FATE_OF_BEFORE.test(before) && FATE_UNKNOWN_AFTER.test(after)) || UNACCOUNTED_AFTER.test(after)) &&
    !afterWords.slice(0, 2).some((w) => /^(?:bodies|corpses)$/i.test(w) || (countsThings(w) && !/^(?:remains|is|was|has)$/.test(w)))
  )
    return { metric: "missing", who: leadingWho() }
  // "causing more than 20 cases of suffocation", "reported nine cases of poisoning": people hurt
  if (CASES_OF_HARM.test(after)) return { metric: "injured", who: null }
  // "documented at least 512 cases of arbitrary arrest", "led to the detention of about 25 people": people arrested
  if (CASES_OF_ARREST.test(after) || DETENTION_OF_BEFORE.test(before)) return { metric: "arrested", who: leadingWho() }
  // "bringing to more than 46 the total since 1 December": the total the sentence's harm raised
  if (BRINGING_TO_BEFORE.test(before) && TOTAL_AFTER.test(after)) {
    // (of what the sentence counts: "documented eight attacks on medical facilities ..., bringing to 373
    // the number of such attacks" are facilities hit; "16 people have died ..., bringing to more than
    // 46 the total" the dead)
    // (what "the number of" counts names the metric, "the number of people evacuated" displaced; a
    // number of what counts no harm, "aid convoys", "towns retaken", is none)
    const told = sentence.slice(Math.max(0, f.start - 200), Math.min(sentence.length, f.end + 120))
    const counted = NUMBER_OF_WHAT.exec(after)
    if (counted !== null) {
      if (/^(?:attacks|strikes|raids)$/i.test(counted[1]!))
        return { metric: /\b(?:facilit\w*|hospitals?|clinics?)\b/i.test(told) ? "hospitals_hit" : "strikes", who: null }
      const what = counted[0].replace(NUMBER_OF_HEAD, "")
      if (/^(?:(?:medical|health)\s+)?(?:facilities|hospitals|clinics)\b/i.test(what)) return { metric: "hospitals_hit", who: null }
      for (const w of wordsOf(what, 4)) {
        const m = metricOf(w)
        if (m !== null && m !== "strikes") return { metric: m, who: null }
      }
      return null
    }
    const harm = /\b(?:fled|displaced|evacuated|refugees)\b/i.test(told)
      ? "displaced"
      : /\b(?:died|killed|dead|deaths?|martyrs?|starved)\b/i.test(told)
        ? "killed"
        : /\b(?:wounded|injured)\b/i.test(told)
          ? "injured"
          : null
    return harm === null ? null : { metric: harm, who: null }
  }
  // "46 people had been taken to hospitals", "dozens were rushed to hospital": the wounded, told by
  // where they were taken (not bodies: "12 bodies were taken to the hospital", "the bodies of 12")
  // (nor a part of the wounded told before: "treated about 60 wounded ... and that 12 were
  // transferred to hospitals in Qamishli")
  if (
    TAKEN_TO_HOSPITAL_AFTER.test(after) &&
    !WOUNDED_WORD.test(sentence.slice(0, f.start)) &&
    !afterWords.slice(0, 2).some((w) => /^(?:bodies|corpses|dead|remains)$/i.test(w)) &&
    !/\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?$/i.test(before)
  )
    return { metric: "injured", who: leadingWho() }
  // "135 attacks on health facilities", "43 strikes on hospitals and clinics", "44 attacks in July
  // alone on medical facilities", "71 attacks on 32 different health facilities"
  if (ATTACKS_ON_FACILITIES.test(after)) return { metric: "hospitals_hit", who: null }
  // "driven millions from their homes", "nine million have been driven from their homes", "three
  // million have found refuge abroad": people displaced, told by where they were driven from or to
  // (not people driven out and then harmed: "10 soldiers were driven from their homes and killed"; and
  // fighters who "sought refuge" withdrew)
  if (((DRIVEN_BEFORE.test(before) && FROM_HOMES_AFTER.test(after)) || DRIVEN_AFTER.test(after)) && !HARMED_AFTER_DRIVEN.test(after)) {
    const who = leadingWho()
    if (who !== "fighters") return { metric: "displaced", who }
  }
  // "claimed the lives of three citizens injured two others": the toll names the figure, whatever
  // verb ends the victims' words (commas are often stripped)
  if (LIVES_OF_BEFORE.test(before)) return { metric: "killed", who: leadingWho() }
  // "effectively trapping nearly 300000 residents", "besieging an estimated 200000 people": people
  // trapped (not "besieging 18 areas", "encircling 5 villages", "trapping 300 trucks")
  if (/\b(?:trapping|besieging|encircling)\s+$/i.test(before) && leadingWho() !== null) return { metric: "trapped", who: leadingWho() }
  // "the elimination of 34 terrorists" (people: not "the elimination of 3 ISIS cells")
  if (/\belimination\s+of\s+(?:the\s+)?$/i.test(before) && leadingWho() !== null) return { metric: "killed", who: leadingWho() }
  // "led to the killing of one person and the injury of 40 others": the wounding named as a noun
  if (INJURY_OF_BEFORE.test(before)) return { metric: "injured", who: leadingWho() }
  // "killing and wounding dozens of insurgents", "the killing or wounding of several militants": one
  // figure for both harms (before the chain of participles below, which would read the last verb only)
  if (BOTH_BEFORE.test(before)) return { metric: "casualties", who: leadingWho() }
  // "killing 8 persons injuring more than 55": in a chain of participles each governs the figure after it
  {
    const last = beforeWords.at(-1)
    const m = last === undefined || !/ing$/i.test(last) || !/\s$/.test(before) ? null : metricOf(last)
    if (m !== null && m !== "strikes" && m !== "casualties" && m !== "displaced") return { metric: m, who: leadingWho() }
  }
  // "58 others injured": the figure, its victims and the verb, nothing between. This wins over
  // a verb before the figure, which in text without commas may close the previous clause
  // ("8 persons killed 58 others injured").
  {
    let who: string | null = null
    for (let i = 0; i < Math.min(4, afterWords.length); i++) {
      const w = afterWords[i]!
      // "2 soldiers wounding several others": an -ing form after the victims starts another clause
      // ("33 Militants Claimed in Syria": lives claimed, after the victims)
      const m = /ing$/i.test(w) ? null : (metricOf(w) ?? (who !== null && CLAIMED_LIVES.test(w) ? "killed" : null))
      // "kill 5 injure 50": a verb right before the next figure is that figure's
      if (m !== null && i === 0 && afterWords.length === 1 && next < sentence.length && f.end + 40 > next) break
      // ("has killed two patients injured eight others": past the victims too, after a verb of harm
      // that took this figure)
      if (
        m !== null &&
        i > 0 &&
        i === afterWords.length - 1 &&
        next < sentence.length &&
        f.end + 60 > next &&
        /\s$/.test(before) &&
        HARM_VERB_BEFORE.test(beforeWords.at(-1) ?? "")
      )
        break
      // ("thousands of Syrians has left two patients dead": what an attack left, the next figure's)
      if (m === "displaced" && /^left$/i.test(w) && LEFT_HARMED.test(afterWords[i + 1] ?? "")) break
      // ("only around 30 doctors are left to serve": those who remain, not who fled; "were left without
      // shelter" are displaced)
      if (m === "displaced" && /^left$/i.test(w) && /^(?:are|is|were|was|still|remain|remained)$/i.test(afterWords[i - 1] ?? "") && !LEFT_HOMELESS.test(after))
        break
      if (m !== null && m !== "strikes" && m !== "casualties") {
        // "two besieged Shiite villages": places counted, not people
        if (i === 0 && PLACE_NOUN.test(afterWords.slice(1, 3).join(" "))) return null
        if (m === "killed" && BOTH.test(after.slice(after.toLowerCase().indexOf(w.toLowerCase())))) return { metric: "casualties", who }
        // "100,000 trapped civilians": the victims may follow the metric's adjective
        const victims = i === 0 ? whoOf(afterWords[1] ?? "") : null
        // "killed at least 26 displaced people": a harm verb right before the figure decides over the
        // victims' adjective
        if (victims !== null && m !== "killed") {
          const verb = metricOf(beforeWords.at(-1) ?? "")
          if ((verb === "killed" || verb === "injured") && /\s$/.test(before)) return { metric: verb, who: victims }
        }
        // "six injured civilians ... died on Saturday": the wounded who died are counted as killed
        if (m === "injured" && i === 0 && DIED_LATER.test(sentence.slice(f.end, next))) return { metric: "killed", who: victims }
        // "98 evacuees from the northern towns ... were killed": people counted by their flight, harmed after
        if (m === "displaced" && i === 0 && DISPLACED_NOUN.test(w)) {
          const harmed = DISPLACED_HARMED.exec(sentence.slice(f.end, next))
          if (harmed !== null) return { metric: harmed[1] === undefined ? "killed" : (metricOf(harmed[1]) ?? "killed"), who: null }
        }
        // "wounded two Kurdish refugees", "wounding a farmer and two refugees": people named by their
        // flight, whom a verb of harm right before took
        if (m === "displaced" && DISPLACED_NOUN.test(w) && /\s$/.test(before)) {
          const one = /^and$/i.test(beforeWords.at(-1) ?? "") ? ONE_VICTIM_AND.exec(before) : null
          const harm = one !== null ? one[1]! : (beforeWords.at(-1) ?? "")
          const verb = metricOf(harm)
          if ((verb === "killed" || verb === "injured") && HARM_VERB_BEFORE.test(harm)) return { metric: verb, who }
        }
        return { metric: m, who: who ?? victims }
      }
      const asWho = whoOf(w)
      if (
        asWho === null &&
        !/^(?:more|other|others|innocent|syrian|local|unarmed|armed|foreign|russian|turkish|iraqi|were|have|had|been|are|was|reportedly)$/i.test(w) &&
        !SIDE_MODIFIER.test(w)
      )
        break
      who ??= asWho
    }
  }
  // "Mortar Attack ... Claims 11 Children", "Rocket Shells Claim 9 Civilians": lives an attack claims
  if (CLAIMS_BEFORE.test(before) && leadingWho() !== null && !SAYING_AFTER.test(after)) return { metric: "killed", who: leadingWho() }
  // "killed another three people", "killing the four siblings", "killing all five people on board":
  // the verb past a determiner ("killed an estimated at least 50 militants": past two such words)
  let verbEnd = beforeWords.length
  while (verbEnd > beforeWords.length - 2 && verbEnd > 0 && /^(?:another|the|a|an|further|additional|more|estimated|all)$/i.test(beforeWords[verbEnd - 1]!))
    verbEnd--
  const verbWords = verbEnd === beforeWords.length ? beforeWords : beforeWords.slice(0, verbEnd)
  let last = verbWords.at(-1)
  // "killed and crucified five civilians", "ISIL Kills Crucifies 5 Syrians": a verb of harm and
  // another verb that share the figure
  if (last !== undefined && metricOf(last) === null && /^[A-Za-z]+(?:ed|ies|es)$/.test(last) && /\s$/.test(before)) {
    const k = verbWords.length - 2 - (/^and$/i.test(verbWords.at(-2) ?? "") ? 1 : 0)
    const harm = verbWords[k]
    if (harm !== undefined && HARM_VERB_BEFORE.test(harm) && (k === verbWords.length - 3 || /^[A-Z]/.test(last))) last = harm
  }
  // "killing a woman and nine children": the second of victims joined to one the verb took
  // (not one with a verb of its own: "killed a policeman and 4 passers-by were hospitalized")
  if (last !== undefined && /^and$/i.test(last) && /\s$/.test(before) && !OWN_VERB_AFTER.test(after)) {
    const one = ONE_VICTIM_AND.exec(before)
    if (one !== null && (whoOf(one[2]!) ?? whoOf(pluralOf(one[2]!))) !== null) {
      const verb = metricOf(one[1]!)
      if (verb === "killed" || verb === "injured") return { metric: verb, who: leadingWho() }
    }
  }
  const lastMetric = last === undefined ? null : metricOf(last)
  // "eliminated 4 tunnels", "neutralised 3 car bombs": a verb of killing that also takes things
  if ((lastMetric === "killed" || lastMetric === "casualties") && /^(?:eliminat|neutrali)/i.test(last!) && countsThingsFirst(after)) return null
  // ("displaced millions", "evacuating some 5 thousand people": a verb; "left 5 dead" and "fled" are not)
  if (
    lastMetric !== null &&
    lastMetric !== "strikes" &&
    lastMetric !== "casualties" &&
    (lastMetric !== "displaced" || /^(?:displaced|uprooted|evacuated|evacuating)$/i.test(last!))
  ) {
    return { metric: lastMetric, who: leadingWho() }
  }
  // ("gassing hundreds of people", "have neutralized 287 terrorists": the verb for both harms)
  if (lastMetric === "casualties" && /^(?:gass|neutrali)/i.test(last!) && /\s$/.test(before)) return { metric: "casualties", who: leadingWho() }
  if (LIVES_OF_BEFORE.test(before)) return { metric: "killed", who: leadingWho() }
  // "the Russian Aerospace Forces have destroyed some 120 Daesh militants": fighters destroyed are killed
  if (last !== undefined && /^destroy(?:ed|ing|s)?$/i.test(last) && /\s$/.test(before)) {
    // (the fighters are what the figure counts, past their side's name: not "several boats for terrorists")
    const destroyed = wordsOf(after.replace(/\([^)]*\)/g, " "), 3)
    const k = destroyed.findIndex((w) => FIGHTERS.test(w))
    if (k >= 0 && destroyed.slice(0, k).every((w) => /^[A-Z]/.test(w) || SIDE_MODIFIER.test(w))) return { metric: "killed", who: whoOf(destroyed[k]!) }
  }
  // "putting the number of civilians killed at 13"
  const numberOf =
    NUMBER_OF.exec(before) ??
    NUMBER_OF_FAR.exec(sentence.slice(Math.max(0, f.start - 200), f.start)) ??
    NUMBER_BROUGHT_TO.exec(sentence.slice(Math.max(0, f.start - 200), f.start))
  if (numberOf !== null) return { metric: metricOf(numberOf[2]!) ?? "killed", who: whoOf(numberOf[1] ?? "") }
  const stands = STANDS_AT_BEFORE.exec(before)
  if (stands !== null) return { metric: metricOf(stands[1]!) ?? "killed", who: null }
  // "ISIS also lost 15 fighters"
  if (/\blost\s*$/i.test(before) && leadingWho() !== null) return { metric: "killed", who: leadingWho() }
  // "while losing 11 of their own": the side's own dead
  if (/\b(?:lost|losing|loses)\s*$/i.test(before) && OWN_SIDE_LOST.test(after)) return { metric: "killed", who: "fighters" }
  // "Russian Jets ... Take Out Seven Commanders", "have taken out seven Daesh field commanders", "Eliminate 12
  // Daesh Militants": fighters taken out or eliminated are killed (not "eliminates 200 terrorist targets")
  if (/\b(?:(?:take|takes|took|taken|taking)\s+out|eliminates?)\s+$/i.test(before) && afterWords.slice(0, 6).some((w) => whoOf(w) === "fighters"))
    return { metric: "killed", who: "fighters" }
  // "the death toll has reached 17", "put the death toll from the conflict at more than 470000"
  // ("the death toll from the attacks on neighborhoods in Aleppo city rose to 12": the toll may be far back)
  // ("the death toll from a Syrian government raid on an Islamic State stronghold in eastern Syria
  // has risen to 18": a long account of the attack between, with no other figure in it)
  const tollNear = sentence.slice(Math.max(0, f.start - 110), f.start)
  const tollReach = sentence.slice(Math.max(0, f.start - 180), f.start)
  if (
    TOLL_BEFORE.test(tollNear) ||
    // ("The death toll of a terrorist attack near Aleppo on April 15 surpasses 130": the verb is the figure's qualifier)
    (PASSES.test(sentence.slice(f.start, f.start + 10)) && TOLL_SUBJECT.test(tollReach)) ||
    TOLL_FAR_BEFORE.test(tollReach) ||
    TOLL_HITS_BEFORE.test(tollNear) ||
    PUT_AT_BEFORE.test(before) ||
    GAVE_FIGURE_BEFORE.test(before)
  )
    return { metric: tollMetric(tollReach), who: leadingWho() }
  // "At least 412 people more than half of them from ISIS have been killed", "a further nine among
  // them eight women and children were killed" (commas stripped): past a part told of them
  const partThen = THEM_PART_THEN_VERB.exec(sentence.slice(f.end, f.end + 140))
  if (partThen !== null) return { metric: metricOf(partThen[1] ?? partThen[2]!) ?? "killed", who: leadingWho() }
  // "Those who were executed during the storming of the area are around 300": the harm of those counted
  const those = THOSE_HARMED_ARE.exec(sentence.slice(Math.max(0, f.start - 160), f.start))
  if (those !== null) return { metric: metricOf(those[1]!) ?? "killed", who: null }
  // "Tens of civilians who intended to leave ... were killed and injured": past a relative clause
  const relative = RELATIVE_THEN_VERB.exec(sentence.slice(f.end, Math.min(next, f.end + 200)))
  if (relative !== null)
    return { metric: relative[1] !== undefined ? "casualties" : (metricOf(relative[0].trim().split(/\s+/).at(-1)!) ?? "killed"), who: leadingWho() }
  // "At least 11 civilians - among them four women and four children - were killed", "six other
  // civilians including three children (5-8 years) were injured": the victims' own sub-counts
  // between them and their verb (their figures are skipped as sub-counts)
  if (leadingWho() !== null && ASIDE_OPENS.test(after)) {
    const aside = ASIDE_THEN_VERB.exec(sentence.slice(f.end, f.end + 200))
    if (aside !== null) return { metric: harmAt(aside, sentence.slice(f.end, f.end + 200)), who: leadingWho() }
  }
  // "Three women from the besieged town of Madaya west of the capital were killed": the victims'
  // origin between them and their verb
  if ((whoOf(afterWords[0] ?? "") ?? whoOf(afterWords[1] ?? "")) !== null) {
    const from = FROM_THEN_VERB.exec(sentence.slice(f.end, Math.min(next, f.end + 200)))
    if (from !== null) return { metric: harmAt(from, sentence.slice(f.end, Math.min(next, f.end + 200))), who: leadingWho() }
  }
  // "A family of 6 persons has been able to get out": leaving is displacement (people, not families)
  if (ABLE_OR_MANAGED.test(after) && ABLE_TO_LEAVE.test(after) && !/^\s+famil/i.test(after)) return { metric: "displaced", who: leadingWho() }
  // "where an estimated 250000 people live under siege": a besieged population is trapped
  if (LIVE_AFTER.test(after)) {
    const around = sentence.slice(Math.max(0, f.start - 80), f.end + 100)
    if (BESIEGED.test(around) && !FORMERLY_BESIEGED.test(around)) return { metric: "trapped", who: leadingWho() }
  }
  // "the attack on two villages killed 15": the figure counts things, not people
  // ("several opposition-held parts of eastern Aleppo": past a place's holder)
  const counted = HELD_ADJECTIVE.test(afterWords[0] ?? "") ? afterWords[1] : afterWords[0]
  // ("59 US cruise missiles": an acronym is no plural noun)
  if (
    counted !== undefined &&
    /^[a-z][a-z'’-]*s$/.test(counted) &&
    whoOf(counted) === null &&
    metricOf(counted) === null &&
    !/^(?:others|more|persons|people)$/i.test(counted) &&
    !/^\s+of\b/i.test(after)
  ) {
    // "6 teachers killed", "six teachers also died": people the verb right after tells the harm of
    // (not "two villages killed 15", where the verb takes the next figure)
    const told = PEOPLE_HARMED.exec(after)
    if (told === null || (next < sentence.length && /^\s*$/.test(after.slice(told.index + told[0].length)))) return null
    return { metric: metricOf(told[1]!) ?? "killed", who: null }
  }
  // words after the figure
  let who: string | null = null
  for (let i = 0; i < afterWords.length; i++) {
    const w = afterWords[i]!
    if (who === null && i <= 3) who = whoOf(w)
    const m = metricOf(w)
    if (m !== null) {
      // "three women from the besieged town of Madaya were killed": an adjective of a place
      if (m === "trapped" && i > 0 && PLACE_HEAD.test(afterWords[i + 1] ?? "")) continue
      // a noun metric must follow the figure closely; a verb may come after the victims
      // "Dozens of Syrian regime strikes": after "of", a few modifiers may come first
      const nounReach = /^\s*of\b/i.test(after) ? 4 : 2
      // (a verb for both harms may come after the victims: "48 terrorists had been neutralized")
      if ((m === "strikes" || (m === "casualties" && !/^neutrali/i.test(w))) && i > nounReach) continue
      // "left" is displacement only right after the people who left ("18000 civilians left",
      // "hundreds of fighters had left the villages"), not "left 5 dead"
      // ("a clinic serving thousands of Syrians in Aleppo has left two patients dead": what the attack left)
      if (
        m === "displaced" &&
        /^left$/i.test(w) &&
        ((i > 2 && (!/^(?:had|have|has)$/i.test(afterWords[i - 1] ?? "") || LEFT_HARMED.test(afterWords[i + 1] ?? ""))) ||
          // ("30 doctors are left": those who remain)
          (/^(?:are|is|were|was|still|remain|remained)$/i.test(afterWords[i - 1] ?? "") && !LEFT_HOMELESS.test(after)))
      )
        continue
      if (m === "killed" && BOTH.test(after.slice(after.toLowerCase().indexOf(w.toLowerCase())))) return { metric: "casualties", who }
      // "destroyed 13 positions seven vehicles and two car bombs": things seized, not attacks
      if (m === "strikes" && /^(?:bombs|barrels)$/i.test(w) && OBJECT_VERB.test(sentence.slice(Math.max(0, f.start - 120), f.start))) return null
      // "has received several TOW anti-tank missiles": weapons supplied, not fired
      if (m === "strikes" && SUPPLIED_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start))) return null
      // "three chlorine attacks", "two bomb attacks": counted attacks are strikes, but not a vague
      // "several attacks" (a way of speaking as often as a count) nor attacks fought off, which
      // were attempts ("fending off several terrorist attacks", "repelled two attacks")
      if (/^attacks$/i.test(w) && (f.qualifier === "vague" || ATTACKS_REPELLED.test(before) || NOT_STRIKES_ATTACKS.test(after))) return null
      // "dropped six barrels containing chlorine": barrel bombs; not barrels of oil or fuel
      if (/^barrels$/i.test(w) && (NOT_BARREL_BOMBS.test(after) || OIL_TRADE.test(sentence))) return null
      return { metric: m, who: m === "strikes" ? null : who }
    }
    // ("70 regime and rebel fighters": an "and" between sides naming the victims joins them)
    if (
      /^(?:and|or|but|while|as|after|when|which|who)$/i.test(w) &&
      i > 0 &&
      who === null &&
      !(/^(?:and|or)$/i.test(w) && SIDE_MODIFIER.test(afterWords[i - 1]!))
    )
      break
  }
  // "dozens more suffered respiratory problems", "left around 50 people suffering breathing
  // difficulties", "eight others experienced breathing difficulties": harmed by what they suffer
  // (read after the words naming harm: "four people died and many suffered ..." were killed)
  if (SUFFERED_HARM.test(after)) return { metric: "injured", who: leadingWho() }
  // "up to 80 (IS group) fighters including nine natives of the Northern Caucasus were destroyed":
  // fighters destroyed are killed, as they are when the verb comes first
  // (not what belonged to them: "The houses of 30 fighters were destroyed")
  if (DESTROYED_AFTER.test(after) && leadingWho() === "fighters" && !/\bof\s+(?:the\s+)?$/i.test(before)) return { metric: "killed", who: "fighters" }
  // "the evacuation of thousands of Syrians", "the displacement of more than 3000 families"
  // (people, not the places they left: "Evacuation of 4 Syrian Towns Resumes")
  // (and not the sick, the wounded or staff taken out: "the evacuation of 500 critical patients", "of 12 UN staff")
  if (DEPARTURE_OF_BEFORE.test(before) && !PLACE_NOUN.test(afterWords.slice(0, 3).join(" ")) && !EVACUATED_NOT_DISPLACED.test(after))
    return { metric: "displaced", who: leadingWho() }
  // people with no verb of harm, told by where they are (read last: any word of harm above wins):
  // "at least eight people under the rubble", "40000 people ... have been under siege since March"
  // are trapped; "3000 Syrians crossed the border overnight", "a camp hosting 14000 people" displaced
  // ("a family of five was buried under their home": a family's members are people)
  // (not aid's recipients: "provided cash assistance ... to 12,400 Palestine refugee families")
  if ((REFUGEES_COUNTED.test(after) && !AID_TO_BEFORE.test(before)) || REGISTERED_AFTER.test(after)) return { metric: "displaced", who: leadingWho() }
  if (!PEOPLE_COUNTED.test(after) && !/\bfamily\s+of\s+$/i.test(before)) return null
  // (past a count of places, which makes no claim: "40000 people in the two towns have been under
  // siege"; for these readings only, so that no later clause's verb of harm is borrowed)
  const where = next < sentence.length && PLACES_COUNTED.test(sentence.slice(next, next + 40)) ? sentence.slice(f.end, f.end + 120) : after
  if (UNDER_RUBBLE_AFTER.test(where) && !RESCUED_BEFORE.test(before)) return { metric: "trapped", who: leadingWho() }
  if (UNDER_SIEGE_AFTER.test(where)) return { metric: "trapped", who: leadingWho() }
  if (CROSSED_AFTER.test(after) && !CROSSED_BACK.test(sentence)) return { metric: "displaced", who: leadingWho() }
  // "5000 families have moved from border villages to Afrin city", "1200 people have reached Nubl",
  // "300 families have taken refuge in schools", "hundreds of families were sleeping in the open":
  // people gone from their homes, told by where they went (not the wounded: "40 wounded people
  // arrived at the hospital", nor those moved to one)
  if (MOVED_AFTER.test(after) && !WOUNDED_MOVED.test(after) && !CROSSED_BACK.test(sentence)) return { metric: "displaced", who: leadingWho() }
  if (CAMP_HOSTS_BEFORE.test(before)) return { metric: "displaced", who: leadingWho() }
  if (REGISTERED_BEFORE.test(before) && REFUGEE_CONTEXT.test(sentence)) return { metric: "displaced", who: leadingWho() }
  return null
}
const WOUNDED_WORD = /\b(?:wounded|injured|injuries|hurt)\b/i
const AID_TO_BEFORE = /\b(?:to|for)\s+(?:(?:about|some|around|nearly|over|more\s+than|an\s+estimated)\s+)?$/i
const TAKEN_TO_HOSPITAL_AFTER = cued(
  /hospital|clinic|medical|treatment/i,
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|had|were|was)\s+(?:been\s+)?(?:taken|rushed|transferred|transported|admitted|brought|evacuated)\s+(?:(?:to|into)\s+(?:(?:the|a|nearby|local|field|several|two|three)\s+)*(?:hospitals?|clinics?|medical\s+(?:points?|centres?|centers?|facilities))|for\s+(?:medical\s+)?treatment)\b/i
)
// "had received about 1,200 new refugee families", "hosting 300 displaced families": people counted by their flight
const REFUGEES_COUNTED =
  /^\s+(?:new\s+|more\s+|other\s+)?(?:[A-Za-z-]+\s+)?(?:refugee|displaced)\s+(?:families|people|persons|children|households|civilians|Syrians)\b/i
// "170000 Syrians have registered as refugees in neighbouring countries"
const REGISTERED_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|had|were|are)\s+(?:been\s+)?registered\s+(?:as\s+refugees|with\s+(?:the\s+)?(?:UNHCR|U\.?N\.?\s+refugee\s+agency))\b/i
const PART_OF_THEM_AFTER = cued(
  / of (?:them|whom)\b/,
  /^[\s,]+(?:[\w-]+[\s,]+){0,3}?(?:many|most|some|half|thousands|hundreds|tens\s+of\s+thousands)\s+of\s+(?:them|whom)\s+(?:(?:are|were|have\s+been|had\s+been|now)\s+)?(?:internally\s+)?(?:displaced|refugees)\b/i
)
const WOUNDED_DIED_AFTER =
  /^\s+of\s+(?:the|those|them)\s+(?:[\w-]+\s+)?(?:injured|wounded)\b(?:[^.;]{0,60}?\s)?(?:(?:had|have|has|later|subsequently|since|also)\s+)*(?:died|passed\s+away|succumbed)\b/i
const FORMERLY_BESIEGED = /\b(?:formerly|previously|once)\s+(?:rebel-held\s+|opposition-held\s+)?besieged\b/i
const DEAD_NOUN = /^(?:martyrs|dead|victims|fatalities)$/i
const TOLL_TOLD = /\b(?:toll|dead|killed|deaths)\b/i
const WOUNDED_TRAPPED =
  /^\s+(?:wounded|injured|sick)\s+(?:people|civilians|persons|patients)\s+(?:(?:were|are|remain|remained)\s+(?:still\s+|now\s+)?)?trapped\b/i
// a count of places right at the next figure ("the two towns")
const PLACES_COUNTED = /^\S+\s+(?:[a-z-]+\s+)?(?:towns|villages|cities|neighbou?rhoods|districts|provinces|governorates|areas|countries)\b/i
// the people counted, right after the figure (not "eight homes", "40 trucks")
const PEOPLE_COUNTED =
  /^\s+(?:[a-z-]+\s+)?(?:people|persons|civilians|residents|Syrians|refugees|families|children|women|men|inhabitants|villagers|others|more)\b/i
const RESCUED_BEFORE = /\b(?:rescued|rescuing|pulled|pulling|saved|saving|extracted|freed|recovered|dug\s+out)\s+(?:[\w-]+\s+){0,3}$/i
const UNDER_RUBBLE_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,4}?(?:(?:are|were|is|was|remain|remained|still|believed|thought|to|be|lay|lie|lying|trapped|buried)\s+){0,3}(?<!\bfrom\s)(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins|collapsed\s+(?:buildings?|houses?|homes?)|(?:one|a|their|his|her|its)\s+(?:collapsed\s+)?(?:building|buildings|house|houses|home|homes))\b/i
const UNDER_RUBBLE = /\b(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins)\b/i
const UNDER_SIEGE_AFTER =
  /^\s+(?:[\w'’-]+\s+){1,6}?(?:have\s+been|has\s+been|had\s+been|are|were|remain|remained|living|live|lived|still)\s+(?:(?:living|still)\s+)?under\s+(?:an?\s+|the\s+|a\s+)?(?:[\w'’-]+\s+)?siege\b/i
// ("1,400 Syrian families had arrived since Saturday", "130000 people had crossed since Thursday",
// "Thousands of Syrians have poured across the border": arrivals counted over a time are people
// driven out, as crossings are)
const CROSSED_AFTER =
  /^\s+(?:[\w'’-]+\s+){1,3}?(?:have\s+|had\s+|has\s+)?(?:crossed\s+(?:the\s+(?:[\w-]+\s+)?border|into|since\b|over\s+the\s+(?:past|last|weekend)\b)|(?:poured|streamed|flooded|surged)\s+(?:across|into|over)\b|arrived\s+(?:(?:there|here)\s+)?(?:since\b|over\s+the\s+(?:past|last|weekend)\b|in\s+the\s+(?:past|last)\b|overnight\b|in\s+(?:[\w-]+\s+)?days\b)|(?:been\s+)?received\s+(?:in|by|at)\b)/i
// "The UN refugee agency said it had registered more than 1,200 families": refugees registered
const REGISTERED_BEFORE = /\bregistered\s+(?:(?:more\s+than|over|about|some|nearly|around|almost|at\s+least|an\s+estimated)\s+)?$/i
const REFUGEE_CONTEXT = /\brefugees?\b|\bUNHCR\b|\bdisplaced\b/i
// people going home or visiting, not fleeing
const MOVED_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:have\s+|had\s+|has\s+)?(?:also\s+)?(?:(?:moved|relocated|fled)\s+(?:from|out\s+of)\s+|arrived\s+in\s+(?:the\s+)?(?:(?:two|three|several|nearby|neighbouring|neighboring)\s+)?(?:[A-Z]|towns?\b|camps?\b|city\b|cities\b|area\b|villages?\b)|arrived\s+at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}camps?\b|reached\s+(?:the\s+)?(?:[A-Z]|camps?\b|border\b)|(?:sought|taken|took|found|seeking|taking)\s+(?:refuge|shelter)\b|(?:are|were)\s+(?:now\s+|still\s+)?(?:sheltering\s+in\s+(?:the\s+open|schools|camps|tents|mosques|public|unfinished|makeshift|olive)|sleeping\s+(?:in\s+the\s+open|rough|outdoors)|living\s+in\s+(?:tents|camps|the\s+open)))/
const WOUNDED_MOVED = /^\s+(?:[\w'’-]+\s+)?(?:wounded|injured|sick|patients)\b|\bhospitals?\b/i
const CROSSED_BACK = /\b(?:back|return\w*|visit\w*|holidays?|Eid)\b/i
const CAMP_HOSTS_BEFORE =
  /\b(?:camps?|shelters?|settlements?)\s+(?:[\w-]+\s+){0,2}?(?:hosts?|hosting|hosted|houses|housing|shelters|sheltering)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$/i

// between two figures that share one verb: the first's victims and "and", "as well as"
// ("two families of ten members": the ten are the count, not a second figure)
// a side's fighters, then "and" right before the next figure
/** a plural noun that counts no people ("hideouts", "tanks", "trucks") */
const countsThings = (w: string): boolean => /^[a-z]+s$/.test(w) && whoOf(w) === null
const FACILITY_WORDS = new Map<string, RegExp>()
const facilityWord = (noun: string): RegExp => {
  let re = FACILITY_WORDS.get(noun)
  if (re === undefined) FACILITY_WORDS.set(noun, (re = new RegExp(`\\b${noun}\\b`)))
  return re
}
// targets an attack took, as the coalition's and Russia's daily reports count them
const TARGETS_AFTER =
  /^\s+(?:(?!(?:and|or)\b)[\w'’-]+\s+){0,2}?(?:fighting\s+positions|positions|tactical\s+units|objectives|targets|hideouts|gatherings|(?:terrorist|military)\s+facilities)\b/i
const TARGETS_HIT_BEFORE =
  /\b(?:targeted|targeting|struck|striking|hit|hitting|engaged|engaging|destroyed|destroying|destroy|bombed|bombing|pounded|pounding|shelled|shelling)\s+$/i
const TARGETS_HIT_AFTER = /^[^.;]{0,70}?\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:destroyed|hit|struck|targeted|engaged)\b/i
const LEFT_BEFORE = /\b(?:left|leaving|leaves|leave)\s+$/i
// (past the victims' group or a part of them, four words or more: a short one is read as any figure's
// words are; not a harm shared with another, "dead and wounded", nor things left, "villages in ruins")
const LEFT_THEN_HARM =
  /^\s+(?:[\w'’-]+\s+)?(?:[\w'’-]+\s+)?(?:of|including|among)\s+(?:(?!(?:dead|wounded|injured|killed)\b)[\w'’-]+\s+){1,9}?(?<!\b(?:the|and|or)\s)(dead|wounded|injured)\b(?!\s+(?:people|civilians|persons|men|women|children|and|or)\b)/i
const GROUP_OF_AFTER = /^\s*of\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:militias|gangs|forces)\b/i
const HARM_VERB_RIGHT_BEFORE =
  /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing)\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|around|an\s+estimated)\s+)?$/i
const ENCLAVE_AGAIN = /\b(?:in|across|inside|throughout|into|from|of)\s+the\s+(?:besieged\s+|rebel-held\s+|opposition-held\s+)?(?:enclave|pocket)\b/i
// a report's doer told as the denier's own ("that its fighters had fired ...")
const OWN_DOER =
  /^\W*(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:fighters|forces|aircraft|jets|planes|warplanes|artillery|troops|men|units|aviation|army|air\s+force)\b/i
// (the facility the object of an attack: "bombed a vegetable market in", "barrel bombs on a crowded market")
const ATTACKED_BEFORE =
  /\b(?:struck|strikes?\s+(?:on|near)|hit|hitting|bombed|bombing|bombs\s+on|shelled|shelling|targeted|targeting|attack(?:ed|s)?(?:\s+on)?|raids?\s+on|fell\s+on|landed\s+(?:on|in|near))\b[^.;]{0,50}$/i
// ("A hospital supported by MSF in the town of X was hit earlier today")
const ATTACKED_AFTER =
  /^[^.;]{0,120}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|bombed|shelled|targeted|destroyed|attacked|levell?ed|flattened|damaged)\b/i
const LONG_AGO = /\b(?:last|previous)\s+(?:year|month)\b|\b(?:years|months)\s+ago\b|\bin\s+(?:19|20)\d\d\b/i
const HARM_PASSIVE_AFTER = /^\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(killed|wounded|injured|hurt)\b/i
const otherHarmAfter = (after: string, whole: Metric | null): boolean => {
  const own = HARM_PASSIVE_AFTER.exec(after)
  return own !== null && metricOf(own[1]!) !== whole
}
// (a person's two names, not a place after a preposition: "In Douma, 34, including children")
const NAME_COMMA_BEFORE =
  /(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]f|[Tt]o|[Ii]nto|[Aa]cross|[Oo]utside|[Ii]nside|[Tt]he|[Ll]ast|[Tt]his)\s)\b(?!(?:In|On|At|From|Near|Across|Outside|Inside|Eastern|Western|Northern|Southern|Last|This|The)\b)[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*,\s*$/
// (what follows a person's age: "34, who fled", "45, and his son", "22, a resident", "60, said")
const AGE_APPOSITION_AFTER = /^\s*,\s*(?:who|whose|a|an|and|from|said|says|told|was|is|had|has)\b/i
const LEFT_HOMELESS = /\bleft\s+(?:homeless|without\s+(?:shelter|homes?|a\s+home|a\s+roof))\b/i
const OWN_PLACE_AFTER = /^\s+(?:in|at|of|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[A-Z]/
const FACILITY_AGAIN = /\bthe\s+(?:[\w-]+\s+)?(market|bakery|hospital|school|mosque|church|clinic|prison|dam|bridge|factory)\b/i
// (written with a thousands separator, or before the people it counts and after no word of time:
// not "In 2013 villagers fled")
const THOUSANDS_WRITTEN = /^\D*\d{1,2}[,\u00a0 ]\d{3}\b/
const PEOPLE_AFTER_YEARLIKE = /^\s+(?:people|civilians|persons|residents|families|refugees|villagers|inhabitants|Syrians|fighters|soldiers|militants)\b/i
const YEAR_BEFORE = /\b(?:in|since|until|till|by|during|before|after|from|early|late|mid|spring|summer|autumn|fall|winter|year)[\s-]+$/i
// (a bare number other than a round one is a year: "Around 2014 refugees began to arrive", "Before
// 2011 Syrians rarely left"; "about 2000 families" counts)
const countsPeopleNotYear = (s: string, f: Figure): boolean =>
  THOUSANDS_WRITTEN.test(s.slice(f.start, f.end)) ||
  (f.value % 50 === 0 && PEOPLE_AFTER_YEARLIKE.test(s.slice(f.end, f.end + 14)) && !YEAR_BEFORE.test(s.slice(Math.max(0, f.start - 12), f.start)))
const NONE_OF_BEFORE = /\bnone\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i
const HARM_PREDICATE_AFTER =
  /^\s+(?:[\w'-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:killed|hurt|injured|wounded|harmed|hit)\b/i
/** what an army says it eliminated or neutralised when it is not people: its targets, not a
 * class of fighters it has no word for ("5 snipers", "7 infiltrators", "7 Daesh elements" are people) */
const THING_ELIMINATED =
  /^(?:tunnels|groups|cells|positions|targets|vehicles|cars|trucks|tanks|depots|caches|hideouts|headquarters|posts|bunkers|launchers|weapons|emplacements|fortifications|networks|plots|threats|gatherings|dens|sites|bases|factories|workshops|drones|bombs|mines|explosives|centres|centers|nests|points|stations|warehouses|facilities|shelters|camps|convoys|checkpoints|barracks|strongholds|areas|structures|buildings|installations|systems|guns|cannons|batteries|mortars|rockets|missiles|boats|planes|helicopters|devices|ieds)$/i
/** the first plural (a word ending in s) among the words after a figure counts such things, before any victims are
 * named (not a possessive without its apostrophe: "12 Islamic State jihadist groups (ISIL) militants") */
const countsThingsFirst = (after: string): boolean => {
  const words = wordsOf(after.includes("(") ? after.replace(/\([^)]*\)/g, " ") : after, 5)
  for (let k = 0; k < Math.min(4, words.length); k++) {
    const w = words[k]!
    if (whoOf(w) !== null) return false
    if (countsThings(w) && !FUNCTION_WORD_S.test(w)) return THING_ELIMINATED.test(w) && whoOf(words[k + 1] ?? "") === null
  }
  return false
}
const FUNCTION_WORD_S = /^(?:this|is|was|has|its|as|his|does|thus|plus|across|less|unless|always|perhaps|whereas|besides|towards|afterwards|us|ones)$/
// (not "a family of fighters")
const FAMILY_MEMBERS_AFTER =
  /^\s+(?:[\w-]+\s+)?members\s+of\s+(?:one|a|the\s+same|a\s+single|his|her|their|the|one\s+single)\s+(?:[\w-]+\s+)?famil(?:y|ies)\b(?!\s+of\s+(?:[\w-]+\s+)?(?:fighters|militants|rebels|soldiers|terrorists|jihadists|insurgents|gunmen)\b)/i
const FIRST_OF_PAIR = /^\s+(?:(?!(?:of|in|on|at|from|were|was|have|has|had)\b)[A-Za-z-]+\s+){1,4}and\s+(?:another\s+|other\s+)?$/i
// "the death of 7 members of the regime forces and 5 fighters of the factions": the first's victims
// named by whose they are, then the second's
const MEMBERS_OF_PAIR = /^\s+[A-Za-z-]+\s+of\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,3}(?:and|as\s+well\s+as|along\s+with)\s+$/i
const PAIR_BETWEEN = /^\s+(?:(?!of\b)[A-Za-z-]+\s+){0,3}?(?:(?:and|as\s+well\s+as|along\s+with|plus|besides)\s+(?:another\s+|other\s+)?)?$/i
const whoAfter = (after: string): string | null => {
  // (the first two words only: `after` runs to the end of the sentence, and is read once per figure)
  for (const w of wordsOf(after, 2)) {
    const who = whoOf(w)
    if (who !== null) return who
  }
  return null
}
const FIGHTERS = /^(?:militants|terrorists|fighters|gunmen|jihadists|jihadis|extremists|insurgents|rebels|mercenaries|soldiers|troops)$/i
const OBJECT_VERB = /\b(?:destroy\w*|seiz\w*|found|finds?|defus\w*|dismantl\w*|confiscat\w*|captur\w*)\s+(?:[^\s.,;]+\s+){0,10}$/i
const PEOPLE_HARMED =
  /^\s+[a-z][a-z'’-]*s\s+(?:(?:also|were|was|have|had|been|later|reportedly)\s+){0,3}(killed|died|wounded|injured|executed|slain|martyred)\b/
const HELD_ADJECTIVE = /^[a-z]+-(?:held|controlled|run|besieged)$/i
const EVACUATED_NOT_DISPLACED =
  /^\s+(?:[\w-]+\s+){0,3}?(?:patients|sick|wounded|injured|casualties|bodies|staff|personnel|employees|diplomats|journalists|nationals|foreigners|workers|experts|inspectors)\b/i
const CASES_OF_HARM =
  /^\s+(?:[a-z-]+\s+)?cases\s+of\s+(?:suffocation|poisoning|asphyxia(?:tion)?|choking|breathing\s+(?:difficult\w*|problems)|respiratory\s+(?:distress|problems|difficult\w*))\b/i
const CASES_OF_ARREST = /^\s+(?:[a-z-]+\s+)?cases\s+of\s+(?:arbitrary\s+|illegal\s+)?(?:arrests?|detentions?|abductions?|kidnappings?)\b/i
const DETENTION_OF_BEFORE = /\b(?:detention|arrest|abduction|kidnapping)\s+of\s+(?:the\s+)?$/i
const NUMBER_OF_HEAD = /^\s+the\s+(?:total\s+)?number\s+of\s+(?:such\s+)?/i
const NUMBER_OF_WHAT = /^\s+the\s+(?:total\s+)?number\s+of\s+(?:such\s+)?([\w-]+)(?:\s+[\w-]+){0,3}/i
const BRINGING_TO_BEFORE = /\b(?:bringing|brings|brought|raising|raises|raised)\s+to\s+$/i
const TOTAL_AFTER = /^\s+the\s+(?:total|toll|tally|number|death\s+toll)\b/i
const DEPARTURE_OF_BEFORE = /\b(?:evacuation|displacement|exodus|departure)\s+of\s+(?:the\s+|some\s+)?$/i
const DESTROYED_AFTER = cued(
  /destroyed|eliminated|neutrali|liquidated/i,
  /^\s+(?:[^.;]{0,100}?\s)?(?:were|have\s+been|had\s+been)\s+(?:destroyed|eliminated|neutrali[sz]ed|liquidated)\b/i
)
const SUFFERED_HARM = cued(
  /suffer|experienc|develop|show/i,
  /^\s+(?:[\w-]+\s+){0,5}?(?:suffered|suffering|suffer|suffers|experienced|experiencing|developed|showed|showing)\s+(?:from\s+)?(?:(?:severe|acute|mild|serious)\s+)?(?:respiratory|breathing|suffocation|asphyxia\w*|choking|convulsions|burns|fractures|symptoms)\b/i
)
// "two attacks were repelled", "three attacks ... which were repulsed", "two ground attacks", "two cyber
// attacks", "two attacks a day": attempts, assaults on the ground, other kinds of attack, a rate
const NOT_STRIKES_ATTACKS =
  /^\s+(?:(?:[\w-]+\s+){0,2}?(?:ground|infantry|land|cyber|cyber-|hacking|hacker|verbal|assassination|heart|panic|asthma)\s+attacks|attacks\s+(?:(?:a|per|each|every)\s+(?:day|week|month)|(?:[^.;]{0,80}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:repelled|repulsed|foiled|thwarted|rebuffed|pushed\s+back|beaten\s+back|fought\s+off))))\b/i
const ATTACKS_REPELLED =
  /\b(?:repel\w*|repuls\w*|foil\w*|thwart\w*|fend\w*\s+off|fought\s+off|fight\w*\s+off|beat\w*\s+back|beaten\s+back|push\w*\s+back|withst\w+|resist\w*|prevent\w*|avert\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i
const SUPPLIED_BEFORE =
  /\b(?:received|receiving|receives|supplied|supplying|supplies|delivered|delivering|shipped|acquired|obtained|bought|sold|selling|provided|providing)\s+(?:(?:the|them|it|rebels|with)\s+)?$/i
// (ASIDE_OPENS first: most figures have no aside)
const ASIDE_OPENS =
  /^\s+(?:other\s+|more\s+)?(?:of\s+(?:[A-Za-z-]+\s+){0,2})?[A-Za-z-]+\s*[-–—(,]?\s*(?:including|among\s+(?:them|whom|which)|of\s+whom|mostly|(?:most|many|all|the\s+majority|the\s+bulk)\s+of\s+them)\b/i
// (an aside of "others" is a figure with its own verb: "10 civilians including a child and 37 others were injured")
const ASIDE_THEN_VERB =
  /^\s+(?:other\s+|more\s+)?(?:of\s+(?:[A-Za-z-]+\s+){0,2})?[A-Za-z-]+\s*[-–—(,]?\s*(?:including|among\s+(?:them|whom|which)|of\s+whom|mostly|(?:most|many|all|the\s+majority|the\s+bulk)\s+of\s+them)\b(?:(?!\bothers?\b|\bmore\b|\b(?:after|when|while|because|said|says|told|protest\w*|demonstrat\w*|fled|rallied|gathered|marched)\b)[^.;]){0,110}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(killed|wounded|injured|martyred)\b/i
// ("14 residents of Khatab in the Hama countryside were killed", "Thirteen militants of the so-called
// Islamic State ... were killed": of a named place or group too)
/** the harm of a verb a pattern found at its end, as its last group: both harms where the verb
 * goes on to the other ("were killed or wounded", "were killed and injured") */
const harmAt = (m: RegExpExecArray, text: string): Metric => {
  // (the verb of harm, passive or "died")
  const verb = m[1] ?? m[2]!
  return BOTH.test(text.slice(m.index + m[0].length - verb.length)) ? "casualties" : (metricOf(verb) ?? "killed")
}
const FROM_THEN_VERB =
  /^\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+\s+(?:from|of(?=\s+(?:the\s+)?(?:so-called\s+)?[A-Z]))\s+(?:[^.]{0,120}?\b(?:were|have\s+been|had\s+been)\s+(killed|wounded|injured)|(?:(?!\b(?:said|says|told|tell|tells|reported|after|when|while|that|who|whose|whom|which|fled|evacuated|were|was|had|have|has|their|his|her|its|nobody|many)\b)[^.;,]){0,100}?\b(died|perished))\b/i
// (not "the killing or wounding of several", "the death and injury of 25": one count of both)
const INJURY_OF_BEFORE =
  /(?<!\b(?:killing|deaths?)\s+(?:or|and)\s+)\b(?:(?:injury|injuries|injuring|wounding)\s+of|injuries\s+to)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i
// ("a field execution of 12 young men", "the massacre of 30 villagers": the killing named as a noun)
const LIVES_OF_BEFORE =
  /\b(?:lives of|life of|bodies of|killing of|deaths? of|executions? of|massacre of|slaughter of|martyrdom of)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i
const THEM_PART_THEN_VERB =
  /^\s+(?:[\w-]+\s+)?(?:(?:more\s+than\s+)?(?:half|most|many|some|all|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+them|among\s+them)\b[^.;]{0,60}?\b(?:(?:have\s+been|had\s+been|has\s+been|were|was)\s+(?:(?:reportedly|also)\s+)?(killed|wounded|injured|executed|martyred)|(died|perished))\b/i
const THOSE_HARMED_ARE =
  /\b(?:those|the\s+(?:people|civilians|men|victims))\s+(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+(killed|executed|wounded|injured|martyred)\b[^.;]{0,120}?\s(?:are|were|number|numbered|total|totalled|totaled)\s+$/i
const DIED_LATER = /^\s+[A-Za-z-]+\s+(?:[^.]{0,80}?\s)?(?:later\s+)?(?:died|succumbed)\b/i
const PLACE_HEAD = /^(?:villages?|towns?|city|cities|areas?|neighbou?rhoods?|districts?|camps?|enclaves?|regions?|suburbs?|province|countryside|parts)$/i
const PLACE_NOUN = /\b(?:villages?|towns?|cities|areas|neighbou?rhoods|districts|camps|enclaves|regions)\b/i
// ("oil output dropped to 20,000 barrels": barrels of a trade in the sentence are oil's)
const OIL_TRADE = /\b(?:oil|crude|petroleum|fuel|output|production|exports?|refiner\w*)\b/i
const NOT_BARREL_BOMBS = /\bbarrels\s+(?:of\s+(?:oil|crude|fuel|diesel|petrol|gasoline|water|wine|beer)|(?:a|per)\s+day|daily)\b/i
// (a person shot, a site hacked, lines cut: "The journalist was hit by bullets three times")
const STRUCK_OTHERWISE = /\b(?:bullets?|gunshots?|assassination|hackers?|hacking|cyber|police|batons?|outages?|websites?|lightning)\b/i
const TIMES_AFTER = /^\s+times\b(?!\s+(?:more|less|fewer|higher|lower|greater|larger|bigger|smaller|as|the|over|that|what)\b)/i
const STRUCK_BEFORE =
  /\b(?:(?:hit|struck|targeted|shelled|bombed|pounded|gassed)\b(?:\s+(?!(?:and|but|while|when|after)\b)[\w-]+){0,6}|(?:used|using|dropp(?:ed|ing)|fir(?:ed|ing)|launch(?:ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:poison\s+gas|gas|chemical\s+weapons|chlorine|sarin|bombs?|barrels?|rockets?|missiles?|shells?)\b(?:\s+(?!(?:and|but|while|when|after)\b)[\w-]+){0,4})\s+$/i
const HARM_PAIRED: ReadonlySet<Metric> = new Set(["killed", "injured", "casualties"])
const ALONG_WITH_BEFORE = /\b(?:as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to|alongside)\s+$/i
const CLAUSE_BREAK_BETWEEN = /[;:]|\b(?:while|whereas|but|although|though|when|after|before|since)\b/i
const ANOTHER_BEFORE = /\b(?:and|as\s+well\s+as|plus|while)\s+another\s+$/i
const OWN_VERB_AFTER = /^\s+(?:[A-Za-z-]+\s+)?(?:were\s+|are\s+|was\s+)?[a-z]+(?:ed|ing)\b/
// (and no verb of its own after the place: "Five soldiers were killed in Daraa 60 in Quneitra defected")
const IN_PLACE_AFTER =
  /^\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?!\s+(?:[a-z]+(?:ed|ing)|lost|fled|left|were|was|are|is|had|have|has|remain\w*|died)\b)(?=[\s,;.]|$)/
// (a short account of the first item: "bodies were counted in Hammouriya", not "people were killed in
// strikes elsewhere in Syria one in Aleppo", whose "one" splits the three)
// (a place with its surroundings, "in Damascus and its Suburbs", is one item)
const IN_PLACE_BETWEEN =
  /^\s+(?:[\w-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+and\s+its\s+(?:[Ss]uburbs|[Cc]ountryside|[Oo]utskirts|[Ss]urroundings))?\s*[,;]?\s*(?:and\s+)?$/
const OTHERS_AFTER = /^\s+(?:more\s+|other\s+)?(?:others|other\s+(?:people|persons)|more)\b/i
const NUMBER_OF =
  /\bnumber\s+of\s+(?:([\w-]+)\s+)?(killed|dead|deaths|victims|wounded|injured|martyred|martyrs|fatalities|refugees|displaced|neutrali[sz]ed)\s+(?:at|to|reached|rose\s+to|stood\s+at)\s*["“]?$/i
// ("The number of people killed in an air strike this morning against the market area of Atareb
// village has risen to 21": the count's noun far back, an account of the attack between, which may
// name a day: "the number of civilians martyred in the Turkish attacks since January 20 has risen to 52")
const NUMBER_OF_FAR =
  /\bnumber\s+of\s+(?:([\w-]+)\s+)?(?:who\s+(?:have|had)\s+)?(killed|dead|deaths|victims|wounded|injured|martyred|martyrs|fatalities|refugees|displaced|fled|neutrali[sz]ed)\b(?:[^.\d]|(?<=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d?)\d){0,160}?\b(?:has|have|had)\s+(?:(?:risen|climbed|reached|increased|passed|exceeded|surpassed|topped)(?:\s+to)?\s*)?$/i
// ("It brought the total number of members of the Russian forces killed in Syria to 18": what the
// count is of, then where, then the figure; "bringing the number killed in 24 hours of bombardment on
// the city to 45")
const NUMBER_BROUGHT_TO =
  /\b(?:brought|brings|bringing|raised|raises|raising|pushed|pushes|pushing|took|takes|taking)\s+(?:the|its|their)\s+(?:total\s+|overall\s+)?number\s+(?:of\s+(?:([\w-]+)\s+)?(?:[\w-]+\s+){0,6}?)?(killed|dead|deaths|victims|wounded|injured|martyred|martyrs|fatalities)\b(?:[^.\d]|\d+(?=\s+hours\b)){0,100}?\bto\s*$/i
const DRIVEN_BEFORE =
  /\b(?:driven|driving|drove|drive|forced|forcing|chased|pushed|pushing)\s+(?:(?:an\s+estimated|some|about|around|more\s+than|nearly|over|at\s+least)\s+)?$/i
const HARMED_AFTER_DRIVEN =
  /^[^.;]{0,80}?\b(?:and|before|then|after)\s+(?:(?:were|was|being|been)\s+)?(?:\w+\s+)?(?:killed|killing|executed|executing|wounded|wounding|injured)\b/i
const FROM_HOMES_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:from|out\s+of)\s+(?:their\s+)?(?:homes|houses)\b/i
const DRIVEN_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had|were|was)\s+(?:been\s+)?(?:driven|forced|chased|pushed)\s+(?:out\s+)?(?:from|of)\s+(?:their\s+)?(?:homes|houses)\b|^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:found|sought)\s+(?:refuge|shelter|asylum)\b/i
const SUB_COUNT_WORD = /^(?:including|among|incl)$/i
/** "including 125000 displaced from other areas": a part named by its own harm right after its
 * figure, which is no word of the whole's ("323000 people live in the district") */
const ownMetricAfter = (s: string, f: Figure): boolean => {
  const w = wordsOf(s.slice(f.end, f.end + 30), 1)[0]
  return w !== undefined && metricOf(w) !== null && /^\s/.test(s.slice(f.end))
}
// words that name or describe a side before the noun its fighters are counted by ("35 Daesh (outlawed in
// Russia) militants", "30 regime and allied fighters", "six ISIS suicide bombers", "30 Daesh terrorist")
const SIDE_DESCRIBING = /^(?:and|allied|terror|terrorist|group|suicide|foreign|armed|syrian|[a-z]+-backed|[a-z]+-led|pro-[a-z]+)$/i
const FIGHTER_SINGULAR = /^(?:terrorist|militant|fighter|jihadist)$/i
/** the victims a figure counts past a side's name and what describes it, or null */
const sideWho = (after: string): string | null => {
  let singular = false
  for (const w of wordsOf(after.includes("(") ? after.replace(/\([^)]*\)/g, " ") : after, 6)) {
    const who = whoOf(w)
    if (who !== null) return who
    if (!(SIDE_MODIFIER.test(w) || SIDE_DESCRIBING.test(w) || /^[A-Z]/.test(w))) break
    singular = FIGHTER_SINGULAR.test(w)
  }
  return singular ? "fighters" : null
}
// "killing a woman and ...": a verb of harm, one victim, and the next figure joined to it
const ONE_VICTIM_AND = /\b([a-z]+)\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?([a-z]+)\s+and\s+$/i
/** a victim's noun in the plural, as WHO lists them ("a woman" -> "women", "a soldier" -> "soldiers") */
const pluralOf = (noun: string): string => {
  const lower = noun.toLowerCase()
  if (lower.endsWith("man")) return `${lower.slice(0, -3)}men`
  if (lower === "child") return "children"
  return lower.endsWith("s") ? lower : `${lower}s`
}
// people displaced where they live now, a state, not an incident's day: "It is home to some 900000
// displaced Syrians", "a relative haven for thousands of displaced", "have found refuge in Idlib"
const DISPLACED_STATE =
  /\b(?:home\s+to|haven\s+for|hosts?|hosting|reside[sd]?|residing|lives?|lived|living|sheltering|shelters?|(?:found|sought|taken|take|takes)\s+refuge)\b/i
// "evacuees", "refugees": a count of people by their flight, who may be harmed after it
const DISPLACED_NOUN = /^(?:evacuees|refugees|displaced)$/i
// (the harm in the figure's own clause: past where they came from, but not past a clause of its own,
// "98 evacuees from Fuaa and the driver was killed", "evacuees from the towns where rebels were killed")
const DISPLACED_HARMED =
  /^\s+[\w-]+\s+(?:from\s+(?:(?!(?:who|whom|which|that|where|when|after|while|and\s+(?:the|a|an|his|her|its|their))\b)[\w'’-]+\s+){1,8}?)?(?:(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly)\s+)?(killed|wounded|injured)|died)\b/i
// "Shaam News Network put the number at 60", "the UN puts the figure at 191000": a toll given
const PUT_AT_BEFORE =
  /\b(?:put|puts|putting|placed|places|placing)\s+(?:(?:the\s+|its\s+|their\s+)?(?:death\s+)?(?:number|figure|toll|tally|total|count)\s+(?:\w+,?\s+){0,3}?|it\s+)at\s+["“]?$/i
// "The Observatory gives a lower figure of 171 civilians": a toll told again by another speaker
const GAVE_FIGURE_BEFORE =
  /\b(?:gave|gives|give|giving|offered|offers|cited|cites)\s+(?:a|an|the|its|their)\s+(?:(?:higher|lower|different|new|revised|updated|smaller|larger|more\s+cautious|conservative)\s+)?(?:death\s+)?figure\s+of\s+["“]?$/i
// "Wounded now stand at 71", "the dead stood at 40": a harm's count standing at the figure
const STANDS_AT_BEFORE = /\b(wounded|injured|dead|deaths|casualties|displaced|missing|arrested|detained)\s+(?:now\s+|still\s+)?(?:stands?|stood)\s+at\s+["“]?$/i
/** what a toll counts, from the words of its last "toll" before the figure: "the toll of the wounded
 * could reach 300", "the injury toll" are injured; the dead otherwise */
const tollMetric = (before: string): Metric => {
  const lower = before.toLowerCase()
  // ("put the number of arrivals at between 10,000 and 12,500": what the number counts)
  const at = Math.max(lower.lastIndexOf("toll"), lower.lastIndexOf("count"), lower.lastIndexOf("number"))
  const around = before.slice(Math.max(0, at - 12), at + 40)
  if (/\b(?:injur\w*|wounded)\b/i.test(around)) return "injured"
  if (/\bmissing\b/i.test(around)) return "missing"
  if (/\bdisplac\w*|refugees?\b|\barrivals\b/i.test(around)) return "displaced"
  return "killed"
}
const TOLL_BEFORE =
  /\b(?:tolls?|death\s+count)\b(?:[^.]{0,70}?\b(?:at|to|of|reached|hit|rose|climbed|stood|was|is|risen|estimated|var(?:y|ies|ied)\s+from|rang(?:e|es|ed|ing)\s+from|(?:could|may|might|will|would|is\s+expected\s+to)\s+(?:reach|be|exceed|top|surpass|rise\s+to|climb\s+to)))?(?:\s+[-–—]\s+[^-–—.]{1,30}?\s+[-–—])?\s*$/i
// "Death toll in bomb attack on Syria evacuees hits 43", "Death Toll From Daesh Militants Attack on
// Village in Syrian Hama Reaches 51": a headline's toll and its verb, nothing else between (not "As
// the death toll mounts, shelling hits 3 hospitals")
const TOLL_HITS_BEFORE = /\btolls?\s+(?:(?:from|in|of|on)\s+[^.,;]{0,60}?\s+)?(?:hits|reaches|rises|climbs|stands|tops)\s+(?:at\s+|to\s+)?$/i
const PASSES = /^(?:surpass|exceed|top|pass)/i
const TOLL_SUBJECT = /\btoll\b[^.]{0,150}?\s*$/i
// ("The death toll from twin explosions in the Syrian province of Homs rose to 32": without the auxiliary too;
// "the death toll from the shelling ... in the past 24 hours has reached 20": past a span of hours)
const TOLL_FAR_BEFORE =
  /\btoll\s+(?:from|of|in)\b(?:[^.\d]|\d+(?=\s+hours\b)){0,150}?\b(?:(?:has|have|had)\s+(?:risen|climbed|reached|increased)|rose|climbed|reached|jumped|increased)(?:\s+to)?\s*$/i
// "All five people on board a helicopter that was shot down ... are believed to have died", "60 foreign
// mercenaries originating from CIS countries ... were killed"
const RELATIVE_THEN_VERB =
  /^\s+(?:of\s+)?(?:[\w-]+\s+){0,8}?(?:who|which|that|originating|coming|hailing|operating|fighting|belonging|working|living|trying|attempting|travelling|traveling|waiting)\s+[^.]{0,120}?\b(?:(?:were|was|have\s+been|had\s+been|are)\s+(?:(?:also|all|later|reportedly|subsequently)\s+)?(?:killed(\s+(?:and|or)\s+(?:injured|wounded))?|wounded|injured)|(?:are|were|is|was)\s+(?:believed|reported|said|thought|feared|confirmed)\s+to\s+have\s+(?:died|been\s+killed))\b/i
// (ABLE_TO_LEAVE holds one of these words: most figures' words have neither)
const ABLE_OR_MANAGED = /able|managed/i
const ABLE_TO_LEAVE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:has|have|had|were|was)?\s*(?:been\s+able\s+to|managed\s+to|able\s+to)\s+(?:leave|get\s+out|flee|escape|exit|cross)\b/i
const LIVE_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:still\s+)?(?:live|lived|living|remain|remained|reside|resided)\b/i
const BESIEGED = /\b(?:sieges?|besieged|enclave|encircled|trapped|cut\s+off|held\s+by\s+the\s+rebels|rebel-held|opposition-held)\b/i
const SINCE = /\bsince\b/i
const BACKGROUND = cued(/previously/i, /\b(?:had|have|has)\s+(?:\w+\s+)?previously\b|\bpreviously\s+(?:\w+ed|been)\b/i)
const SINCE_THEN = /\bsince\s+then\b/i
// ("locked in a vicious conflictsince early 2011 when the regime cracked down": the text fuses words,
// and the year may come before the verb)
// (every branch ends on the year: a sentence without "2011" is not read with it, see warStarts)
const WAR_START =
  /\b(?:war|conflict|uprising|revolution|revolt|crisis)(?:[^.]{0,100}?\b(?:began|started|erupted|broke\s+out)\b[^.]{0,100}?\b2011\b|[^.]{0,12}?since\s+(?:(?:early|mid|late)[\s-]*)?(?:March\s+)?2011\b|[^.]{0,60}?\b(?:began|started|erupted|broke\s+out)\s+(?:[\w-]+\s+){0,3}?in\s+(?:March\s+)?2011\b)/i
// "A civil war broke out in Syria in 2011 and has since claimed", "since it erupted in March 2011":
// the war's start, told in the figure's own sentence
const warStarts = (s: string): boolean => s.includes("2011") && WAR_START.test(s)
const SINCE_WAR_START = /\b(?:has|have|had)\s+since\b|\bsince\s+it\s+(?:began|started|erupted|broke\s+out)\b/i
const CONFLICT_START = "2011-03-15"
// "since the operation to take the town began": a start the text does not date
const UNDATED_SINCE = /\bsince\s+(?:the\s+)?(?![\w-]*\d)[\w-]+(?:\s+[\w-]+){0,6}?\s+(?:began|started|begun|launched|erupted)\b/i
// a place the story has named, referred to again: "the northern province", "the town"
const THE_PLACE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:province|city|town|village|area|region|district|neighbou?rhood|governorate|countryside|suburb|enclave)\b(?!s)/i
// "Another 120 soldiers ... were also killed": more of the toll just told
const ALSO_TOLL = /^\W*another\s|\b(?:were|was|been)\s+also\s+(?:killed|wounded|injured|hurt)\b/i
// fighting told over weeks, and a reference back to it
const CAMPAIGN = /\b(?:battl(?:e|es|ed|ing)|fight(?:ing|s)?|offensive|campaign|assault|siege|operation)\b/i
const CAMPAIGN_BEGAN = /\bsince\s+[^,.;]{1,30}?,?\s+when\s+(?:[\w-]+\s+){0,4}?(?:launched|began|begun|started|kicked\s+off)\b/i
const CAMPAIGN_WORD = /\b(?:operation|offensive|campaign)\b/i
const CAMPAIGN_IN_BEFORE =
  /\b(?:[Oo]peration|[Oo]ffensive|[Cc]ampaign)\b(?:\s+(?:[A-Z][\w'’-]*|against\s+[\w'’/ -]{1,40}?))*\s+(?:in|on|into|against|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$/
const SINCE_CAMPAIGN_START =
  /\bsince\s+(?:the\s+)?(?:start|beginning|launch|outset|onset)\s+of\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:operations?|offensives?|campaigns?|assaults?|battles?|sieges?)\b|\bsince\s+(?:the\s+|this\s+|its\s+|their\s+)(?:[\w-]+\s+){0,3}?(?:operations?|offensives?|campaigns?|assaults?|attacks|bombardment|air\s+strikes)\s+(?:began|started|was\s+launched|were\s+launched|kicked\s+off)\b(?!\s+(?:(?:on|in)\s+)?(?:\d|early|mid|late|last|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))/i
// "the government offensive in Daraa province that began on 19 June": the day a campaign began,
// which "since the offensive started" counts from and a toll of the campaign runs from
// (also the launch told before the campaign, "Turkey launched Operation Olive Branch on Jan. 20",
// its start named, "since the start of Operation Olive Branch on Jan. 20", and a participle after
// it, "Operation Olive Branch, launched on 20 January 2018")
const ON_DAY = String.raw`\s+on\s+(?=\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`
const CAMPAIGN_NOUN = String.raw`(?:operations?|offensives?|campaigns?|assaults?|Operation(?:\s+[A-Z][\w-]*){1,3})`
const CAMPAIGN_BEGAN_ON = new RegExp(
  String.raw`\b(?:operations?|offensives?|campaigns?|assaults?|bombardment|air\s+campaign)\b[^.;]{0,60}?\b(?:began|started|was\s+launched|kicked\s+off)${ON_DAY}` +
    // (a participle right after the campaign and where it is waged, no verb between: not "The
    // campaign ... is in its third phase, launched on Friday", "a UN appeal, launched on Monday")
    String.raw`|\b(?:operations?|offensives?|campaigns?|assaults?|Operation(?:\s+[A-Z][\w-]*){1,3})(?:\s+(?:in|on|against|into|to\s+(?:take|capture|retake|recapture))(?:\s+(?!(?:is|was|are|were|has|have|had|been|and)\b)[^,.;\s]+){1,8})?,\s+launched${ON_DAY}` +
    String.raw`|\b(?:launched|began|started|opened)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?${CAMPAIGN_NOUN}\b(?:\s+(?:against|in|on)\s+(?!\d)[\w-]+(?:\s+[\w-]+){0,3}?)?${ON_DAY}` +
    String.raw`|\b(?:start|launch|beginning|outset)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${CAMPAIGN_NOUN}\b${ON_DAY}`,
  "i"
)
// "since January 20, when the operation was launched": the day before the launch's clause
const SINCE_DAY_LAUNCHED =
  /\bsince\s+(?=\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)[^,.;]{4,24}?,?\s+when\s+(?:[\w-]+\s+){0,4}?(?:was\s+launched|launched|began|started)\b/i
/** a cheap test for the words a campaign's start needs, before its patterns run */
const CAMPAIGN_CUE = /\b(?:began|started|launch|launched|kicked|opened|start|beginning|outset)\b/i
// "On Jan. 20, Turkey launched Operation Olive Branch": the day told before the launch
const ON_DAY_LAUNCHED = new RegExp(
  String.raw`^\W*On\s+(?=\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)[^;]{4,24}?,?\s+(?:[\w-]+\s+){1,4}?(?:launched|began|started)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?${CAMPAIGN_NOUN}\b`,
  "i"
)
const THE_CAMPAIGN =
  /\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:fight|battle|campaign|offensive|assault)\s+(?:for|on|against|to)\b|\b(?:the|this)\s+(?:[\w-]+\s+)?(?:month-long|week-long|weeks-long|months-long)\s+(?:fight|battle|campaign|offensive|assault|siege)\b/i
/** longer than an incident's few days */
const INCIDENT_WINDOW = 7
// "Earlier on the day", "later that day", "on the same day": the day of the incident told before
/** "Earlier two persons were killed ...": before the incident told, on a day not given */
/** a toll of the whole country: a bulletin's lead whose day is every section's */
// (the country as a monitor's bulletin names it: "across the Syrian territory", "in all Syrian provinces")
const NATIONWIDE =
  /\b(?:across|throughout|all\s+over|in\s+all(?:\s+of)?)\s+(?:the\s+)?(?:country\b(?:['’]?s\s+(?:provinces|governorates)\b)?|Syria(?:n\s+(?:territor(?:y|ies)|provinces|governorates)\b|\b))|\bnationwide\b/i
const HOSTS_BEFORE =
  /\b(?:hosts?|hosting|hosted|is\s+(?:now\s+)?home\s+to|shelters?|sheltering)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|an\s+estimated|at\s+least|up\s+to)\s+)?$/i
/** the country abroad that a sentence names, before a figure, as hosting refugees */
const hostCountry = (named: ReadonlyArray<PlaceMatch>, at: number): PlaceMatch | null =>
  named.findLast((p) => p.end <= at && p.level === "country" && !inSyria(p) && at - p.end <= 60) ?? null
// the figure's own place, in its own words ("22 demonstrators in Homs"), not a part told after a comma
// ("..., most of them in Homs", "..., with the heaviest fighting in Deir ez-Zor")
const OWN_PLACE_BETWEEN = /^[^,;]*$/
const WHOLE_COUNTRY_BEFORE = cued(/whole/i, /\b(?:for|across|throughout|in)\s+the\s+whole\s+(?:of\s+)?(?:country|Syria)\b[^.;\d]{0,30}$/i)
const OPENS_NATIONWIDE = /^\W*(?:(?:across|throughout|all\s+over)\s+(?:the\s+(?:whole\s+)?country|(?:all\s+of\s+)?Syria)(?!['’]?s\b)|nationwide)\b/i
// the figure, its victims and verb, then the nationwide words: "81 people killed across Syria"
// (no comma or clause between: "killed 8 on Friday as protests spread across the country")
const NATIONWIDE_NEAR = /^(?:\s+(?!(?:as|while|when|after|before|where|which|since|amid|the)\b)[\w'’-]+){0,8}\s+$/i
const EARLIER_UNDATED =
  /^Earlier\s+(?!(?:on\s+|in\s+|this\s+|that\s+|the\s+same\s+)?(?:today|the\s+day|the\s+same|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/
const HARM_VERB_BEFORE = /^(?:killed|killing|kills|kill|injured|injuring|injures|wounded|wounding|wounds)$/i
/** a figure or an article after "left": what an attack left ("has left two patients dead"), not people leaving */
const LEFT_HARMED = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|at|more|over|about|some|a|an|many|several)$/i
const SAME_DAY =
  /\b(?:earlier|later)\s+(?:on\s+|in\s+)?(?:the|that)\s+(?:same\s+)?day\b|\bthe\s+same\s+day\b|\b(?:hours|minutes)\s+later\b|\bsince\s+(?:dawn|daybreak)\b/i
/** what a table's heading counts ("Deaths by governorate", "Arrests by province") */
const HEADING_METRICS: ReadonlyArray<readonly [RegExp, Metric]> = [
  [/\b(?:deaths|killed|dead|martyrs|fatalities|victims|killings)\b/i, "killed"],
  [/\b(?:injured|wounded|injuries)\b/i, "injured"],
  [/\b(?:arrests|arrested|detentions|detained|detainees)\b/i, "arrested"],
  [/\b(?:displaced|displacement)\b/i, "displaced"]
]
const SAME_PERIOD = /\b(?:during|in|over|for|within)\s+the\s+same\s+(?:period|time|time\s+frame|timeframe|days|week|weeks|span|stretch)\b/i
const THE_MONTH = /\b(?:during|in|over|throughout|for)\s+the\s+(?:same\s+|whole\s+)?month\b/i
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
/** Does the head of the report (its first three segments) name its publication day by weekday and date? */
const stampedToday = (segments: ReadonlyArray<Segment>, day: string): boolean => {
  const d = new Date(`${day}T00:00:00Z`)
  const weekday = WEEKDAY_NAMES[d.getUTCDay()]!
  const month = MONTH_NAMES[d.getUTCMonth()]!
  const date = new RegExp(`\\b(?:${d.getUTCDate()}\\s+${month}|${month}\\s+${d.getUTCDate()})\\b`)
  return segments.slice(0, 3).some((x) => x.text.includes(weekday) && date.test(x.text))
}
const OWN_DAY_BETWEEN = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight)\b/i
const RUNNING_TOTAL = /\b(?:ha(?:ve|s)|had)\s+(?:\w+\s+){0,2}?(?:killed|displaced|wounded|injured|forced|left|claimed|been)\b|\bsince\b|\bso\s+far\b/i
const DAILY_REPORT = /\b(?:daily\s+(?:field\s+)?(?:bulletin|report|toll|roundup|round-up|update|briefing)|daily\s+toll|field\s+bulletin)\b/i
const TOLL_ROSE =
  /\btoll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|increased|jumped)\b|\b(?:raised|revised|updated)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|number|count|tally)\b|\b(?:gave|gives|give|put|puts)\s+(?:a|an)\s+(?:higher|new|updated|revised|later|lower)\s+(?:death\s+)?(?:toll|figure|count|tally)\b/i
// "Nine Kurdish fighters, including three women of the all-female YPJ, were also killed", "Between
// nine and 14 civilians, among them at least five children, were reportedly killed": a part counted
// between commas right after the figure's noun, blanked (offsets kept) so the figure's own verb is
// read past it
const PART_ASIDE =
  /^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|(?:most|many|all|the\s+majority|the\s+bulk)\s+of\s+them)\b[^,;.:"“”]{1,80},)/i
const withoutPartAside = (s: string, end: number): string => {
  if (s.indexOf(",", end) < 0) return s
  const m = PART_ASIDE.exec(s.slice(end, end + 140))
  if (m === null) return s
  const at = end + m[0].length - m[1]!.length
  return s.slice(0, at) + " ".repeat(m[1]!.length) + s.slice(at + m[1]!.length)
}
// (or its noun first: "16 people, three women among them, had been killed")
const PART_ASIDE_AFTER = /^\s+(?:[a-z-]+\s+)?(?:of\s+(?:them|whom)|among\s+them)\b/i
const NOUN_THEN_ASIDE = /^\s+[A-Za-z-]+\s*,\s*$/
const AGE_BEFORE = /\b(?:aged|age\s+of)\s+$/i
const AGE_AFTER = /^(?:-year-old|\s+years?\s+old\b)/i
const isAge = (s: string, f: Figure): boolean => AGE_BEFORE.test(s.slice(Math.max(0, f.start - 8), f.start)) || AGE_AFTER.test(s.slice(f.end, f.end + 10))
// "also", "the attacks": a sentence going back to the incident told
const REFERS_BACK = /\b(?:also|the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?|shelling|bombings?|blasts?|explosions?|massacre))\b/i
// "These same facilities reported 294 wounded ... for the first six months": the place told before
const THE_SAME = /\b(?:these|those|the)\s+same\b/i
// ("Death toll in Aleppo rises to 8 more casualties reported in Idleb": a headline's second clause)
const CLAUSE_BREAK =
  // ("Rockets from Syria kill 3 in Lebanon's Hermel as Qusair battle rages": the battle told as the
  // backdrop is another clause, its place not the figure's; so is another side's attack after the
  // figure's own place, "Kill Two in Hermel as Regime Jets Pound Yabroud", but not the attack that
  // did the harm, "killed and 15 injured as regime forces attacked the village of ...", nor a province
  // holding the place struck, "killed in Idlib province as Russian jets struck the town of Saraqeb")
  /\s(?:as|amid)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:battle|fighting|offensive|siege|clashes|war|assault|campaign|bombardment)\b|\sin\s+(?:the\s+|a\s+)?(?:latest\s+|new\s+|further\s+)?(?:spill-?over|fallout)\s+(?:of|from)\b|\s(?:and|while|but|whereas)\s+(?:[\w-]+\s+){1,3}?(?:were|was|are|is|have|has|had)\s+(?:also\s+)?(?:been\s+)?(?:reported|killed|wounded|injured|hit|targeted|shelled|struck)\b|\s(?:while|whereas)\s+(?:[\w-]+\s+){1,3}?(?:targeted|shelled|struck|hit|attacked|bombed|fired|destroyed|seized|captured|stormed|pounded)\b|\sas\s+(?<=\bin\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-]+(?!(?:province|governorate|countryside|region|area|district)\b)[A-Z][\w'’-]*){0,3}\sas\s+)(?:[\w-]+\s+){1,3}?(?:jets|warplanes|planes|aircraft|helicopters|troops|forces|artillery|rebels|militants|fighters)\s+(?:(?:continued?|kept)\s+to\s+)?(?:pound|pounded|pounds|shell|shelled|shells|strike|strikes|struck|bomb|bombed|bombs|hit|hits|target|targeted|targets|attack|attacked|attacks|raid|raided|raids|storm|stormed|storms)\b|\s(?:more|further|other)\s+(?:casualties|deaths|injuries|victims)\s+(?:were\s+|are\s+)?(?:also\s+)?reported\b/i
const MUTUAL_BLAME =
  /^(.{3,80}?)\s+(?:have\s+|has\s+|had\s+)?(?:(?:repeatedly|long|often|also)\s+)?(?:blamed|accused|blame|accuse|blaming|accusing)\s+(?:each\s+other|one\s+another)\s+(?:for|of)\s+(.{0,120})/i
/** the two sides that blame each other for an attack, each the other's accuser */
// (the political opposition stands for the rebels here, as the labels name it)
const mutualBlame = (s: string): ReadonlyArray<readonly [actor: string, source: string]> | null => {
  const m = MUTUAL_BLAME.exec(s)
  if (m === null || !mayTellEvent(m[2]!)) return null
  const sides = [...new Set(sidesIn(m[1]!).map((x) => x.actor))].map((a) => [a, a] as const)
  if (/\bopposition\b/i.test(m[1]!) && !sides.some(([a]) => a === "rebels")) sides.push(["rebels", "opposition"])
  return sides.length === 2 ? sides : null
}
const QUESTION = /\?(?:["”'’]\s*(?:[\w'’-]+\s*){0,8}[.!]?)?\s*$/
const SINCE_DAWN =
  /\bsince\s+(?:(?:early|first)\s+)?(?:dawn|daybreak|sunrise|the\s+early\s+hours|(?:early\s+)?this\s+morning)\b(?!\s+(?:on|of|yesterday|today|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i
const TIME_CLAUSE_BETWEEN = /\b(?:after|before|since|when|until)\b/i
const OUR_PLACE = /\b(?:our|my)\s+(?:neighbou?rhood|district|village|town|city|area|street|camp)\b/i
const LEVEL_RANK: Record<PlaceMatch["level"], number> = { neighbourhood: 0, city: 1, district: 2, governorate: 3, region: 4, country: 5 }
const THE_PROVINCE = /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:province|governorate)\b(?!s)/i
const NAMED_PROVINCE_AFTER = /^\s+(?:province|governorate)\b/i
const NAMED_PROVINCE_IN = /\b(?:province|governorate)\b/i
const NAMED_PROVINCE_BEFORE = /\b(?:province|governorate)\s+of\s+(?:the\s+)?$/i
/** a toll over longer than this, with no place of its own, is the country's */
const CUMULATIVE_DAYS = 92
// a calendar month's window ("in March 2017"), not a year's or the war's
const calendarMonth = (w: DateWindow): boolean => w.from.endsWith("-01") && spanDays(w) >= 28 && w.from.slice(0, 7) === w.to.slice(0, 7)
// a sentence listing what the figures before it were made of
// An attack told as an act with its own verb ("targeted ... with rocket shells", "shells fell on"),
// not a harm told of the incident before ("17 others were injured in Mogambo")
const ATTACK_ACT = /\b(?:targeted|fired|fell|landed|struck|shelled|bombed|pounded|raided|slammed|launched|dropped|detonated)\b/i
// "The shells fell on ...", "The attack hit ...": the attack told before, referred back to
const THE_ATTACK_BEFORE =
  /^\W*(?:the|this|these|those|it|they)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|shells?|strikes?|air\s?strikes?|raids?|blasts?|bomb(?:ing)?s?|explosions?|rockets?|missiles?|mortars?|barrage|shelling|bombardment)\b/i
const tellsOwnAttack = (s: string): boolean => ATTACK_ACT.test(s) && !THE_ATTACK_BEFORE.test(s)
/** Two sentences' places, none the same as or inside another of the other's. */
const placedApart = (here: ReadonlyArray<PlaceMatch>, there: ReadonlyArray<PlaceMatch>): boolean =>
  here.length > 0 &&
  there.length > 0 &&
  (!here.some((x) => there.some((y) => x.id === y.id || x.display.includes(y.name) || y.display.includes(x.name))) || otherNeighbourhoods(here, there))

/** Two lists of places in no province in common, each place's province known. */
const otherProvinces = (here: ReadonlyArray<PlaceMatch>, there: ReadonlyArray<PlaceMatch>): boolean => {
  if (here.length === 0 || there.length === 0) return false
  const provinces = (ps: ReadonlyArray<PlaceMatch>): Array<string | null> => ps.map((p) => governorateOf(p))
  const a = provinces(here)
  const b = provinces(there)
  return !a.includes(null) && !b.includes(null) && !a.some((g) => b.includes(g))
}
/** The same days: a sentence restating the incident's day ("after Friday prayers") goes on telling it. */
const sameWindow = (a: DateWindow | null, b: DateWindow | null): boolean => a !== null && b !== null && a.from === b.from && a.to === b.to
/** Where a sentence says a campaign began and the day it gives ("the offensive began on June 19"),
 * or null. The date is read on its own: the sentence's reading may drop it ("the most intense
 * bombardment since the offensive began on June 19" dates no figure, but says when it began). */
const campaignBeganOn = (s: string, published: Date): { readonly at: number; readonly day: string } | null => {
  const toldAfter = CAMPAIGN_BEGAN_ON.exec(s)
  const beganOn = toldAfter ?? ON_DAY_LAUNCHED.exec(s) ?? SINCE_DAY_LAUNCHED.exec(s)
  if (beganOn === null) return null
  // (the day follows the pattern, or its opening "On" or "since")
  const opening = toldAfter === null ? /\b(?:on|since)\s+/i.exec(beganOn[0]) : null
  const dayAt = beganOn.index + (opening === null ? beganOn[0].length : opening.index + opening[0].length)
  // (read after "on", as the text has it: a date opening the words read is taken for a dateline,
  // "20 January 2018 at 17.00 hours" alone reads as no day)
  const day = readTimes(`on ${s.slice(dayAt, dayAt + 40)}`, published)?.nearest(0) ?? null
  return day !== null && day.from === day.to ? { at: beganOn.index, day: day.from } : null
}

// a day counted from the incident told before: "The following day", "two days later", "the day before"
const RELATIVE_DAY_CUE = /\b(?:following|next|later|before|previous|earlier)\b/i
const RELATIVE_DAY =
  /\b(?:(?:the\s+)?(following|next)\s+day|(a|one|two|three)\s+days?\s+later|the\s+(?:day\s+before|previous\s+day)|(a|one|two|three)\s+days?\s+(?:earlier|before)(?!\s+(?:the|a|an|his|her|its|their)\b))\b/i
const DAY_COUNT: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 }
const dayRelativeTo = (s: string, told: DateWindow): DateWindow | null => {
  const m = RELATIVE_DAY.exec(s)
  if (m === null) return null
  const shift = m[1] !== undefined ? 1 : m[2] !== undefined ? DAY_COUNT[m[2].toLowerCase()]! : -(m[3] === undefined ? 1 : DAY_COUNT[m[3].toLowerCase()]!)
  const day = new Date(`${shift > 0 ? told.to : told.from}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + shift)
  const iso = day.toISOString().slice(0, 10)
  return { from: iso, to: iso }
}

const spanDays = (w: DateWindow): number => (Date.parse(w.to) - Date.parse(w.from)) / 86_400_000 + 1
/** windows starting before this reach back to the war's first year */
const WAR_YEAR_END = "2012-01-01"
const NO_FIGURES =
  /\b(?:no|not\s+(?:any|yet))\s+(?:precise|exact|accurate|confirmed|official|clear|reliable)\s+(?:figures?|numbers?|tolls?|counts?|information)\b|\bunknown\s+number\b/i

/** A toll this large is the war's: no single incident in Syria's war killed so many, nor drove
 * millions from home. A besieged population is a place's however large ("100000 trapped civilians"
 * are eastern Aleppo's). */
// "In its more than 30-year terror campaign ... the deaths of nearly 40,000 people": a toll over
// years goes on with no report of the last days (not a child's age, "a 5-year-old")
const YEARS_LONG = /\b\d+-year\b(?!-old)|\bdecades\b/i
const warSized = (metric: string, n: number): boolean => (metric === "displaced" ? n >= 1_000_000 : metric !== "trapped" && metric !== "strikes" && n >= 50_000)
const HYPOTHETICAL = /^\W*if\b[^.]{0,200}\bwould\b/i
/** "killing 14 of them", "has executed at least 70 of its own members": the harm a verb did to
 * people counted among a group (not "two of the shells", a part of no harm), or null */
const harmedOf = (before: string, after: string): "killed" | "injured" | null => {
  if (!/^\s*of\s+(?:them|its|their|his|whom)\b/i.test(after)) return null
  // (an active verb only: "17 people were killed two of them ambulance crew" is a sub-count)
  const verb = HARMED_OF_VERB.exec(before)
  if (verb === null) return null
  // ("lost 13 of its fighters": its fighters; "lost 5 of its members to defection" is no harm)
  if (/\blos[ti]/i.test(verb[0]) && !LOST_FIGHTERS.test(after)) return null
  return /wound|injur/i.test(verb[0]) ? "injured" : "killed"
}
const HARMED_ONE_BEFORE = /\b(?:was|were|had\s+been|has\s+been)\s+(killed|wounded|injured)\b[^.;]{0,80}$/i
/** "while losing 11 of their own": the speaker's side's dead, never a part of the toll it inflicted */
const OWN_SIDE_LOST = /^\s*of\s+(?:its|their|his|our)\s+own\b/i
const DIED_OF_WHOM = /^\s*of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|succumbed|was\s+killed|were\s+killed)\b/i
const LOST_FIGHTERS =
  /^\s*of\s+(?:its|their|his)\s+(?:own\b|(?:own\s+)?(?:fighters|soldiers|troops|militants|men|jihadists|terrorists|commanders|personnel|servicemen|officers)\b)/i
const FIGHTERS_OF_HARMED =
  /^\s*of\s+the\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(?:(?:who|that)\s+[^.]{0,60}?\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly)\s+)?(killed|wounded|injured)\b/i
/** "N of the jihadists were killed": the harm of a side's fighters counted out of them, or null */
const fightersHarmed = (after: string): "killed" | "injured" | null => {
  const m = FIGHTERS_OF_HARMED.exec(after)
  if (m === null || whoOf(m[1]!) !== "fighters") return null
  return m[2]!.toLowerCase() === "killed" ? "killed" : "injured"
}
/** a harm taken from a group counts unless it is a part of a toll of that harm told before it */
const countsHarmedOf = (harm: "killed" | "injured" | null, previous: { readonly metric: Metric } | null): boolean =>
  harm !== null && (previous === null || previous.metric !== harm)
const HARMED_OF_VERB =
  /\b(?:killing|executing|wounding|injuring|losing|(?:has|have|had|and)\s+(?:killed|executed|wounded|injured|lost)|executed|lost|(?<=,\s*)(?:killed|wounded|injured))\s+(?:(?:at\s+least|some|about|around|more\s+than|over|nearly|an\s+estimated)\s+)?$/i
// ("four of its soldiers have been killed": a side's own people, for any figure; "Ten of the
// children were killed" may be a part of a toll told before, and is read as one only for "one of")
const OWN_PEOPLE = /^\s*of\s+(?:its|their|our|his)\b/i
// a blame laid with no act named: "Ankara blames the YPG", "pointed the finger at Ankara"
const BARE_BLAME = /\b(?:blam(?:ed|es)|point(?:ed|s)\s+the\s+finger\s+at)\s+["“]?(?:the\s+)?/i
// (the blamed side ends the sentence, or its backers, a time, what it is or why follow: not "blamed
// the regime for the collapse of the talks")
const BLAME_ENDS =
  /^["”]?(?:(?:\s+[\w-]+){0,2}?\s+(?:backed|supported|based|and\s+its\s+allies|for\s+(?:the\s+)?(?:attack|attacks|strike|strikes|bombing|blast|explosion|shelling|rockets?|massacre|killings?)|on\s+\w+day|again)\b[^.;]{0,80})?(?:,?\s+(?:which|who|whom|saying|adding|as)\b[^;]{0,200}?)?["”]?\s*[.!]?\s*$/i
// where the clause of a state's figure ends: another clause after it, with its own subject or verb
const CLAUSE_AFTER_STATE = /\s(?:where|whose|whereas)\s|\s+and\s+(?:a|an|the|no)\s/i
// people living or remaining somewhere (not in camps or tents, where they are displaced)
const LIVING_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:(?:are|is|were|was)\s+)?(?:(?:still|now|currently)\s+)?(?:(?:estimated|thought|believed|said)\s+to\s+(?:be\s+)?)?(?:still\s+)?(?:live|lives|living|lived|remain|remaining|reside|residing)\b(?!\s+(?:in|at)\s+(?:[\w-]+\s+){0,2}?(?:camps?|tents?|settlements?|shelters?|schools)\b)/i
const GOVERNMENT_HELD =
  /\b(?:government|regime|army)[- ](?:held|controlled)\b|\bloyal\s+to\b|\bcontrolled\s+by\s+(?:the\s+)?(?:government|regime|forces\s+loyal)\b/i
const OPPOSITION_HELD =
  /\b(?:rebel|opposition|militant|insurgent|jihadist)[- ](?:held|controlled|run)\b|\bopposition\s+(?:sector|enclave|areas?)\b|\bheld\s+by\s+(?:the\s+)?(?:rebels|opposition)\b/i
const SIEGE_TOLD = /\b(?:siege|besieged|besieging|encircled|encirclement|blockaded)\b/i
// "One of the shells hit a school bus", "one of the rockets landed on a house": a strike told apart
const ONE_OF_MUNITIONS =
  /^\s*of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:shells|rockets|missiles|mortars|bombs|projectiles|barrels|strikes|airstrikes|raids)\s+(?:[\w-]+\s+){0,2}?(?:hit|struck|landed|fell|smashed|slammed|exploded|crashed|targeted)\b/i
const ONE_OF_PEOPLE =
  /^\s*of\s+(?:its|their|our|his|the)\s+(?:own\s+)?(?:soldiers|fighters|members|men|troops|officers|personnel|crew|staff|workers|volunteers|journalists|children|civilians|mujahidin|mujahideen|heroes)\s+(?:\w+\s+){0,2}?(?:was|were|had|has|have|is|died|rose|fell)\b/i
/** A number that counts groups or names a place, not people or strikes: "five civilians of one
 * family", "al-Mazzeh 86 in al-Mazzeh area", "Base 46" */
const groupCount = (s: string, f: Figure): boolean => {
  if (f.qualifier !== "exact") return false
  const before = s.slice(Math.max(0, f.start - 30), f.start)
  const after = s.slice(f.end, f.end + 20)
  // ("the displacement of 2000 families" counts the families driven out)
  if (/\b(?:of|from)\s+$/i.test(before) && /^\s+(?:famil|household|tribe|clan)/i.test(after) && !DEPARTURE_OF_BEFORE.test(before)) return true
  return (
    /\b(?:al|el)-[A-Za-z]+\s+$|\b(?:Base|Regiment|Brigade|Division|Battalion|Highway|Route|Hall|Street|Road)\s+$/.test(before) &&
    /^\s+(?:in|on|at|near|area|neighbou?rhood|district|and|was|were|is)\b/i.test(after)
  )
}

/** "One put the number of dead at 40", "One of them said ...": the sentence's first word is one of
 * the speakers, no count of harm */
const SPEAKER_COUNT_AFTER = /^\s+(?:of\s+(?:them|those|these)\s+)?(?:said|says|put|puts|told|tells|added|estimated|reported|claimed|gave|described)\b/
const speakerCount = (s: string, f: Figure): boolean => f.start === 0 && /^[A-Z]/.test(s) && SPEAKER_COUNT_AFTER.test(s.slice(f.end, f.end + 30))

/** "Of the 11 wounded, three are children", "Two of the six injured were children": a part of a
 * figure that only says who they were is a sub-count, no claim (the figure it is part of is one,
 * told again); a part with harm of its own ("three died later") is one */
const OF_THE_OPENING = /^(?:[Oo]f|[Aa]mong)\s+(?:the|these|those)\s+/
const PART_OF_THE_AFTER =
  /^\s+of\s+(?:the|these|those)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b/i
const ONLY_WHO_AFTER =
  /^[^.;]{0,60}?\b(?:are|were|was|is)\s+(?:also\s+|reportedly\s+)?(?:\w+\s+)?(?:children|women|minors|girls|boys|civilians|elderly|men|students|fighters|soldiers|staff|nurses|doctors|medics|paramedics|volunteers|members)\b/i
const whoOnlyPart = (s: string, f: Figure): boolean => {
  // ("Two of the six injured ... were children": the two)
  if (PART_OF_THE_AFTER.test(s.slice(f.end, f.end + 30))) return f.start === 0 && ONLY_WHO_AFTER.test(s.slice(f.end, f.end + 100))
  // ("Of the 11 wounded, three are children": the three)
  const opening = OF_THE_OPENING.exec(s)
  return opening !== null && f.start > opening[0].length && ONLY_WHO_AFTER.test(s.slice(f.end, f.end + 40))
}
const VICTIMS_LISTED_BETWEEN = /^\s+(?:[a-z-]+\s+){0,2}(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|martyred)\s+$/i
const SUB_COUNT_WHO_AFTER = /^\s+(?:[a-z-]+\s+)?(?:children|women|men|girls|boys|babies|infants|elderly|teenagers|brothers|sisters|sons|daughters)\b/i
const EARLIER_COUNT_BEFORE =
  /(?:\b(?:up|down|rising|risen|rose|raised|revised|increased|climbed|jumped)\s+from|\bto\s+\S+\s+from|\bfrom\s+(?:a|an|the)\s+(?:previous|earlier|initial)(?:\s+(?:toll|count|figure|tally))?(?:\s+of)?)\s+(?:the\s+)?$/i

const ATTACKS_ON_FACILITIES =
  /^\s+(?:attacks|strikes|air\s?strikes|raids)\s+(?:(?:in|during|since|this|last)\s+(?:[\w-]+\s+){0,2}?)?(?:on|against)\s+(?:(?:\d+|different|field|makeshift|medical|public|private|local|main)\s+){0,2}?(?:hospitals|clinics|(?:health\s*care|health|medical)\s+(?:facilities|centres|centers)|health\s*care\b(?!\s+(?:workers|staff|personnel|professionals|providers)\b))\b/i
/** Claims in an article: quantity claims for every figure of harm, and event claims for
 * denials and attributed attacks. Pure and synchronous: no I/O, rules only. */
export const extractClaims = (article: ClaimSource): Array<ExtractedClaim> => {
  const published = new Date(article.published)
  const segments = segmentArticle(article.title, article.body)
  // The article's own place, for figures whose sentence names none: the headline's, unless it
  // names only the country ("Suicide attack on Syria wedding kills 32"); then the lead's first
  // ("in the Hassakeh province"), or the country when the lead lists several governorates.
  // the places the article is about, for a name several places share ("al-Midan" in Damascus or Aleppo)
  const firstBody = segments.find((x) => x.role === "body")
  // (read once, and only where a population's figure asks: whether the story tells a siege)
  let siegeRead: boolean | undefined
  const siegeTold = (): boolean => (siegeRead ??= SIEGE_TOLD.test(article.title) || SIEGE_TOLD.test(article.body))
  const inTitle = findPlaces(article.title)
  const context = (inTitle.length > 0 || firstBody === undefined ? inTitle : findPlaces(firstBody.text)).map((p) => p.id)
  const placeCache = new Map<number, Array<PlaceMatch>>()
  const figureCache = new Map<number, ReadonlyArray<Figure>>()
  const figuresAt = (si: number): ReadonlyArray<Figure> => {
    let found = figureCache.get(si)
    if (found === undefined) {
      found = findFigures(segments[si]!.text)
      figureCache.set(si, found)
    }
    return found
  }
  // A bulletin's section is about the place its heading names ("Homs", then "31 martyrs ... in
  // al-Khalidiya"): a name several cities share is read in that city, not in any the article names
  const sectionContext = (si: number): ReadonlyArray<string> => {
    for (let k = si - 1; k >= 0; k--) {
      // (or a roundup's section headline opening on its place: "Damascus: Hunger in Yarmouk")
      if (segments[k]!.role !== "heading" && !(segments[k]!.role === "subhead" && PLACE_LABEL_LINE.test(segments[k]!.text))) continue
      const named = findPlaces(segments[k]!.text).filter((p) => !isCountryWide(p))
      return named.length > 0 ? named.map((p) => p.id) : context
    }
    return context
  }
  // the metric a table's heading names, for its rows: the heading right above a run of rows
  const tableMetric = (si: number): { metric: Metric; who: string | null } | null => {
    let k = si - 1
    while (k >= 0 && segments[k]!.role === "body" && TABLE_ROW.test(segments[k]!.text)) k--
    // (or a line of the body introducing them: "Reported fatalities in Syria by governorate, 10-16 March:")
    if (k < 0 || (segments[k]!.role !== "heading" && segments[k]!.role !== "subhead" && !segments[k]!.text.trimEnd().endsWith(":"))) return null
    for (const [re, metric] of HEADING_METRICS) if (re.test(segments[k]!.text)) return { metric, who: null }
    return null
  }
  const listedPlaces = new Map<number, ReadonlyArray<PlaceMatch>>()
  const listedAt = (si: number): ReadonlyArray<PlaceMatch> => {
    let found = listedPlaces.get(si)
    if (found === undefined) {
      found = findPlaces(segments[si]!.text, sectionContext(si))
      listedPlaces.set(si, found)
    }
    return found
  }
  // the governorate of the heading over a section: where a place no list holds lies when its
  // sentence names no other
  const headingGovernorate = (si: number): string | null => {
    for (let k = si - 1; k >= 0; k--) {
      if (segments[k]!.role !== "heading" && segments[k]!.role !== "subhead") continue
      for (const p of listedAt(k)) {
        const g = governorateId(p)
        if (g !== null) return g
      }
      return null
    }
    return null
  }
  const rawPlaces = new Map<number, ReadonlyArray<PlaceMatch>>()
  const namedAt = (si: number): ReadonlyArray<PlaceMatch> => {
    let found = rawPlaces.get(si)
    if (found === undefined) {
      const listed = placedInside(segments[si]!.text, listedAt(si))
      // (and the places no list holds, where the words say they are places: "the village of Rajo")
      const unlisted = unlistedPlaces(segments[si]!.text, listed, () => headingGovernorate(si))
      found = unlisted.length === 0 ? listed : [...listed, ...unlisted].sort((a, b) => a.start - b.start)
      rawPlaces.set(si, found)
    }
    return found
  }
  const attribution = attributeArticle(segments, article.outlet, namedAt)
  const speakersOf = (si: number): Array<readonly [number, number]> => attribution.framesOf(si).map((f) => [f.frame.speakerAt, f.frame.speakerEnd] as const)
  const mayGoOnQuoting = (si: number): boolean => QUOTE_OPEN.test(segments[si]!.text) || segments[si - 1]!.text.trimEnd().endsWith(":")
  const quotationGoingOn = (si: number): string | null => {
    const s = segments[si]!.text
    const prev = segments[si - 1]!
    if (segments[si]!.role !== "body" || prev.role !== "body") return null
    const goesOn = QUOTE_OPEN.test(s) ? QUOTE_OPEN.test(prev.text) : prev.text.trimEnd().endsWith(":") && INTRODUCES.test(prev.text) && !/["“”]/.test(s)
    if (!goesOn) return null
    return eventSpeaker(attribution.framesOf(si - 1).findLast((f) => f.source !== null) ?? null)
  }
  // An organisation speaking in its own publication ("The Syrian Coalition condemns ..." on the
  // Coalition's site) takes a side's stand, an accusation: for events it is a speaker, though for a
  // figure it is the outlet. Its news staff ("SANA reporter") and its bare name are the outlet.
  const outletKey = nameKey(article.outlet)
  // the side an outlet is (an army's or a group's own statement), whose "our forces" are its own
  const voice = sideOfSource(article.outlet)
  const eventSpeaker = (f: ResolvedFrame | null): string | null => {
    if (f === null || f.source === null || f.source === OWN_VOICE) return null
    const clean = attribution.clean(f.source)
    if (clean !== null) return clean
    const key = nameKey(f.frame.phrase.replace(/^the\s+/i, ""))
    return NEWS_STAFF.test(f.frame.phrase) || key === outletKey || key.startsWith(outletKey) ? null : f.source
  }
  /** The attack a sentence's later clause tells besides the one read over the whole sentence, told
   * with another act or another doer; read under the speaker whose frame covers that clause. */
  const secondAttack = (s: string, frames: ReadonlyArray<ResolvedFrame>, quoted: string | null): EventReading | null => {
    LATER_CLAUSE.lastIndex = 0
    for (const m of s.matchAll(LATER_CLAUSE)) {
      const cut = m.index
      const tail = s.slice(cut)
      // (the later clause first, and its doer named in it: most cuts end there; "after they were shot
      // he added" names none)
      if (!mayTellEvent(tail)) continue
      const named = sidesIn(tail)
      if (named.length === 0) continue
      const speakers = (a: number, b: number) =>
        frames.filter((f) => f.frame.speakerAt >= a && f.frame.speakerEnd <= b).map((f) => [f.frame.speakerAt - a, f.frame.speakerEnd - a] as const)
      const later = readEvent(tail, (at) => eventSpeaker(eventSource(frames, s, cut + at)) ?? quoted, speakers(cut, s.length))
      if (later === null || later.polarity !== "asserted" || later.actor === null) continue
      const doer = later.actor
      if (!named.some((x) => doer.includes(x.actor))) continue
      const head = s.slice(0, cut)
      if (!mayTellEvent(head)) continue
      const first = readEvent(head, (at) => eventSpeaker(eventSource(frames, s, at)) ?? quoted, speakers(0, cut))
      if (first === null || first.polarity !== "asserted") continue
      if (later.actor !== first.actor || later.action !== first.action) return later
    }
    return null
  }
  // The outlet's own account of an attack with its doer in the body sentence before `si`, where that
  // sentence made no event claim of its own (an attributed one is its own event)
  const outletAccountBefore = (si: number): EventReading | null => {
    const k = si - 1
    const prev = segments[k]
    // (a sentence printed twice is read once, from its other copy; a quotation this sentence closes
    // holds the sentence before, which is then the speaker's account, not the outlet's)
    if (prev === undefined || (prev.role !== "body" && prev.role !== "repeat") || !mayTellEvent(prev.text)) return null
    if (CLOSES_QUOTE.test(segments[si]!.text)) return null
    if (claims.some((c) => c.kind === "event" && c.span[0] === prev.start)) return null
    const own = readEvent(
      prev.text,
      OUTLET,
      attribution.framesOf(k).map((f) => [f.frame.speakerAt, f.frame.speakerEnd] as const)
    )
    return own !== null && own.actor !== null && own.polarity === "asserted" && own.source === OUTLET ? own : null
  }
  // Where each sentence says things happened (read lazily: the gazetteer scan is the costliest step).
  const placesAt = (si: number): Array<PlaceMatch> => {
    let found = placeCache.get(si)
    if (found === undefined) {
      found = claimPlaces(segments[si]!.text, context, speakersOf(si), namedAt(si))
      placeCache.set(si, found)
    }
    return found
  }
  // "shelling our neighbourhood": a resident's own place, which the sentence before names
  // ("said Abd Abu al-Nasr a resident of Aleppos Bustan al-Qasr district"), also inside its speaker's words
  const ourPlace = (si: number): Array<PlaceMatch> => {
    const s = segments[si]!.text
    const our = OUR_PLACE.exec(s)
    if (our === null) return []
    for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
      if (segments[k]!.role !== "body") continue
      let best: PlaceMatch | null = null
      for (const p of namedAt(k)) if (!isCountryWide(p) && (best === null || LEVEL_RANK[p.level] < LEVEL_RANK[best.level])) best = p
      if (best !== null) return [{ ...best, start: our.index, end: our.index + our[0].length }]
    }
    return []
  }
  const specificCache = new Map<number, Array<PlaceMatch>>()
  // sentences placed by a resident's "our neighbourhood": that place goes on only inside his quotation
  const residentPlaced = new Set<number>()
  const fullText = `${article.title}\n${article.body}`
  const insideQuoteOf = (k: number, si: number): boolean => {
    if (!/^["“]/.test(segments[k]!.text)) return false
    let n = 0
    for (let at = segments[k]!.start; at < segments[si]!.start; at++) if (fullText[at] === '"' || fullText[at] === "“" || fullText[at] === "”") n++
    return n % 2 === 1
  }
  const specificAt = (si: number): Array<PlaceMatch> => {
    let found = specificCache.get(si)
    if (found === undefined) {
      found = placesAt(si).filter((p) => !isCountryWide(p))
      if (found.length === 0 && segments[si]!.role === "body") {
        found = ourPlace(si)
        if (found.length > 0) residentPlaced.add(si)
      }
      specificCache.set(si, found)
    }
    return found
  }
  // Where the story's campaign is: the first place named as a campaign's ("launched Operation Olive
  // Branch in northwestern Syria's Afrin region"), for tolls counted since it began
  let campaignPlaceFound: PlaceMatch | null | undefined
  const campaignPlace = (): PlaceMatch | null => {
    if (campaignPlaceFound !== undefined) return campaignPlaceFound
    campaignPlaceFound = null
    for (let k = 0; k < segments.length && campaignPlaceFound === null; k++) {
      const text = segments[k]!.text
      if (!CAMPAIGN_WORD.test(text)) continue
      for (const p of specificAt(k)) {
        if (CAMPAIGN_IN_BEFORE.test(text.slice(Math.max(0, p.start - 90), p.start))) {
          campaignPlaceFound = p
          break
        }
      }
    }
    return campaignPlaceFound
  }
  const titlePlace = (): PlaceMatch | null => {
    const specific = specificAt(0)
    return specific.length > 0 ? placeNear(article.title, specific, 0) : null
  }
  // The place the report is about: the first place an incident is told in; for a headline and a
  // lead that name only the country ("an air raid on a village ... in northern Syria") and the
  // report names the village later.
  let reportPlace: PlaceMatch | null | undefined
  let reportPlaceAt = -1
  const placeOfReport = (): PlaceMatch | null => {
    if (reportPlace !== undefined) return reportPlace
    reportPlace = null
    for (let k = 0; k < segments.length && reportPlace === null; k++) {
      reportPlaceAt = k
      const x = segments[k]!
      if (x.role !== "body" && x.role !== "heading" && x.role !== "subhead") continue
      if (x.role === "body" && !tellsIncident(x.text)) continue
      // only a place in Syria refines "in Syria"
      const specific = specificAt(k).filter(inSyria)
      if (specific.length > 0) reportPlace = placeNear(x.text, specific, 0)
    }
    return reportPlace
  }
  const publishedDay = Number.isFinite(article.published) ? published.toISOString().slice(0, 10) : ""
  const frame = newTimeFrame()
  // The place of the incident being told, carried like its date: the place of the last sentence
  // before that told an incident in a place, back to the sub-heading of its section (whose place
  // it is then). Looked up only when a figure needs it: the gazetteer scan is the costliest step.
  // (a nationwide lead, "152 people were killed across Syria on Tuesday", is the day of every
  // section in the country, "Aleppo province", "Other provinces")
  type BulletinLead = { readonly time: DateWindow; readonly places: ReadonlySet<string>; readonly nationwide: boolean }
  let lead: BulletinLead | null = null
  // a sub-heading has opened a section: the lead is behind
  let sectioned = false
  const nationwideAt = (si: number): boolean => {
    if (NATIONWIDE.test(segments[si]!.text)) return true
    const named = namedAt(si)
    return named.length > 0 && named.every((p) => isCountryWide(p) && inSyria(p))
  }
  const incidentAt = new Set<number>()
  // sentences telling the country's toll over a month or more ("documented the killing of 1,046
  // civilians in Syria in March"): the figures after them that name no place are parts of it
  const countryTally = new Set<number>()
  // ... and its window, which the undated figures after it that name no place share
  let countryTallyWhen: DateWindow | null = null
  // (the same, kept across the report's sections: a table's rows under "Deaths by governorate" are
  // the month's parts, wherever its headings fall)
  let documentTallyWhen: DateWindow | null = null
  // the period a line introducing a table gives ("Reported fatalities by governorate, 10-16 March:"),
  // for its rows
  let tableWhen: DateWindow | null = null
  // a report of one day's events by its own title ("Daily field bulletin", "Daily toll: 61 killed")
  // (and stamped with its publication day at its head, "field desk - Tuesday 6 February 2018": a
  // daily toll of the day before, or one with no stamp, leaves its sections' days to their words)
  const dailyBulletin = DAILY_REPORT.test(article.title) && publishedDay !== "" && stampedToday(segments, publishedDay)
  const incidentPlaceBefore = (si: number): PlaceMatch | null => {
    // "26 airstrikes across the province": the place the story named as a province, not the city
    // its sentence names first ("... Idlib province came under heavy bombardment ... the nearby city of Aleppo")
    const province = THE_PROVINCE.test(segments[si]!.text)
    for (let k = si - 1; k >= 0; k--) {
      const x = segments[k]!
      const opens = x.role === "heading" || x.role === "subhead"
      if (opens || (x.role === "body" && incidentAt.has(k))) {
        const specific = specificAt(k)
        // a sentence naming only a reference point ("The villages are near Manbij") moves no story
        if (!opens && specific.length > 0 && specific.every((p) => p.reference === true)) continue
        // (the resident's own neighbourhood is not the place of the story told after his quotation)
        if (residentPlaced.has(k) && !insideQuoteOf(k, si)) continue
        if (province) {
          const named = specific.filter(
            (p) =>
              p.level === "governorate" &&
              (NAMED_PROVINCE_AFTER.test(x.text.slice(p.end, p.end + 14)) ||
                NAMED_PROVINCE_BEFORE.test(x.text.slice(Math.max(0, p.start - 16), p.start)) ||
                NAMED_PROVINCE_IN.test(x.text.slice(p.start, p.end)))
          )
          if (named.length > 0) return named[0]!
        }
        if (specific.length > 0) return placeNear(x.text, specific, 0)
        if (opens) return null
        if (countryTally.has(k)) return wholeCountry()
      }
    }
    return null
  }
  // "... when several missiles struck the market": a facility named again with "the" is where the
  // story placed it first ("a vegetable market in the town of Maarat al-Numan"), whatever places the
  // sentences between name (where the shells came from, where a spokesman spoke)
  const facilityPlaceBefore = (si: number): PlaceMatch | null => {
    // "... trapped in the enclave": the region the story named last, past the towns told since
    if (ENCLAVE_AGAIN.test(segments[si]!.text)) {
      for (let k = si - 1; k >= 0; k--) {
        const region = specificAt(k).findLast((p) => p.level === "region")
        if (region !== undefined) return region
      }
      return null
    }
    const named = FACILITY_AGAIN.exec(segments[si]!.text)
    // (not one placed by its own words, "the surgical hospital in Has", though the gazetteer lacks it)
    if (named === null || OWN_PLACE_AFTER.test(segments[si]!.text.slice(named.index + named[0].length, named.index + named[0].length + 40))) return null
    const noun = named[1]!.toLowerCase()
    for (let k = si - 1; k >= 0; k--) {
      const x = segments[k]!
      if (x.role !== "body" && x.role !== "title") continue
      const at = x.text.toLowerCase().search(facilityWord(noun))
      if (at < 0) continue
      // (a mention in an attack told, not where someone works, nor an attack of years before:
      // "doctors who work at a hospital in Gaziantep", "Last year a market in Aleppo was bombed")
      if (
        !(ATTACKED_BEFORE.test(x.text.slice(Math.max(0, at - 70), at)) || ATTACKED_AFTER.test(x.text.slice(at, at + 140))) ||
        tellsHabit(x.text) ||
        LONG_AGO.test(x.text)
      )
        continue
      // (a town or a quarter right after the facility, "market in the town of X", or right before
      // it, "the X market"; a province says no more than the story's place)
      // (the most specific when there are two: "market in the eastern Aleppo district of Masaken Hanano")
      const near = specificAt(k).filter(
        (p) =>
          p.level !== "governorate" &&
          p.level !== "country" &&
          p.level !== "region" &&
          ((p.start > at && p.start - at <= 80) || (p.end <= at && at - p.end <= 3))
      )
      if (near.length > 0) return near.find((p) => p.level === "neighbourhood") ?? near[0]!
    }
    return null
  }
  // A section headline naming no place ("- Troops kill 10 children -") is about the place its
  // section's first sentences name.
  const sectionPlace = (si: number): PlaceMatch | null => {
    for (let k = si + 1; k < segments.length && k <= si + 3; k++) {
      const x = segments[k]!
      if (x.role === "heading" || x.role === "subhead" || x.role === "title") return null
      if (x.role !== "body") continue
      const specific = specificAt(k)
      if (specific.length > 0) return placeNear(x.text, specific, 0)
    }
    return null
  }
  const claims: Array<ExtractedClaim> = []
  // claims whose place is the story's, not their sentence's own
  const carriedPlace = new Set<ExtractedClaim>()
  // claims of section headlines: like the article's headline, never dated from the text after them
  const headlined = new Set<ExtractedClaim>()
  // claims dated from the story, not by their own words
  const inheritedDate = new Set<ExtractedClaim>()
  // the outlet's own accounts of attacks count only where a denial answers them
  const denies = mayDeny(article.body)
  // the side of the last attack told, for a denial that names none
  let lastActor: string | null = null
  // the doer the last denial denied, and its sentence: "The Cell refutes the news ... claiming that the
  // Iraqi strike hit a civilian house. This news is completely untrue": a denial naming no doer right
  // after it goes on denying the same act
  let lastDenial = null as { si: number; actor: string; source: string | null } | null
  // a toll told over a window too long to date the incident frame ("during April", "in three days")
  // still dates the sentence after it that goes on with the same report: the same source, or the
  // details of the same figures ("These include 38 cluster bombs", "... pounded the towns with 270
  // barrel bombs" after "SNHR documented 200 killed during April")
  let report = null as { si: number; when: DateWindow; sources: ReadonlySet<string | null> } | null
  const denials: Array<number> = []
  const unattributed: Array<{ readonly si: number; readonly claim: ExtractedClaim }> = []
  // the sentence that dated the incident being told (-1: none, or a section's lead far above), and
  // the sentences since that went on telling it: their places and speakers are the incident's
  let frameAt = -1
  const incidentTold: Array<number> = []
  const incidentPlaces = (): Array<PlaceMatch> => incidentTold.flatMap((k) => specificAt(k))
  const incidentSpeakers = (): Set<string> => {
    const out = new Set<string>()
    for (const k of incidentTold) for (const f of attribution.framesOf(k)) if (f.source !== null) out.add(f.source)
    // (and the speakers its figures were credited to from a next sentence)
    for (const c of claims) if (c.source !== null && incidentTold.some((k) => segments[k]!.start === c.span[0])) out.add(c.source)
    return out
  }
  // the last incident dated, across sections: "Earlier on the day" in the next section is its day
  let lastIncident: DateWindow | null = null
  // the start of a campaign the story dated ("had been battling since June 25 to push IS out"), for
  // the tolls told of it after ("killed in the fight for Hasakeh", "during the month-long campaign")
  let campaignFrom: string | null = null
  // the day the report says its campaign began, wherever it says it: a toll "since the launch of
  // the operation" in the lead counts from a launch told further down
  // (read once a sentence, here: the loop below uses each sentence's own)
  const beganIn = segments.map((segment) => (CAMPAIGN_CUE.test(segment.text) ? campaignBeganOn(segment.text, published) : null))
  let campaignBegan: string | null = null
  for (const began of beganIn) {
    if (began !== null && began.day <= publishedDay && spanDays({ from: began.day, to: publishedDay }) <= CUMULATIVE_DAYS) {
      campaignBegan = began.day
      break
    }
  }

  for (let si = 0; si < segments.length; si++) {
    const sentence = segments[si]!
    // a sub-heading sets the place of the section it opens (see incidentPlaceBefore), and its dates start afresh
    if (sentence.role === "heading" || sentence.role === "subhead") {
      sectioned = true
      resetTimeFrame(frame)
      countryTallyWhen = null
      // ... unless the bulletin's dated lead named this section's place ("Terrorists on Friday
      // targeted Damascus, Aleppo and al-Fouaa in Idleb" ... "Idleb": still Friday)
      // (but not where the section opens on a bare "Earlier": an earlier day the text does not give)
      const bulletin = lead as BulletinLead | null
      if (
        bulletin !== null &&
        !EARLIER_UNDATED.test(segments[si + 1]?.text ?? "") &&
        (bulletin.nationwide ? namedAt(si).every(inSyria) : namedAt(si).some((p) => bulletin.places.has(p.id) || bulletin.places.has(governorateOf(p) ?? "")))
      )
        frame.incident = bulletin.time
      // "Casualties recorded 3 to 9 February" over rows of tolls: a heading giving a period dates
      // its section (a single day is more often the page's date stamp, "Saturday 29 April 2017")
      else {
        const dated = readTimes(sentence.text, published)?.nearest() ?? null
        if (dated !== null && dated.from !== dated.to) frame.incident = dated
      }
      frameAt = -1
      incidentTold.length = 0
      // a section headline makes claims of its own, as the article's headline does
      if (sentence.role === "heading") continue
    }
    // a headline's repeat and page chrome make no claims
    if (sentence.role !== "body" && sentence.role !== "title" && sentence.role !== "subhead") continue
    const isTitle = sentence.role === "title" || sentence.role === "subhead"
    const s = sentence.text
    // "If the area fell they would besiege 400000 people": no figure of what happened
    const figures = HYPOTHETICAL.test(s) ? [] : figuresAt(si).filter((f) => !groupCount(s, f) && !speakerCount(s, f) && !whoOnlyPart(s, f))
    // The sentence's time matters for its own claims, and for the frame when it could move it.
    const incident = tellsIncident(s)
    // The sentence's time matters for its own claims, and for the frame when it could move it:
    // read once, when first needed (a dateline's figures that make no claim never need it).
    let read: TimesRead | null | undefined
    const timesOf = (): TimesRead | null => {
      // (=== undefined, not ??=: a sentence stating no time reads as null, and is not read again)
      if (read === undefined) read = readTimes(s, published)
      return read
    }
    let sentenceTimeRead: DateWindow | null | undefined
    const timeOf = (): DateWindow | null => {
      if (sentenceTimeRead === undefined) sentenceTimeRead = timesOf()?.nearest() ?? null
      return sentenceTimeRead
    }
    // the day a campaign this sentence names began ("the offensive that began on 19 June"), read
    // only where the words are there
    const began = beganIn[si] ?? null
    // read once per sentence, not once per figure: a sentence may hold a hundred of them
    let warTollRead: boolean | undefined
    const warToll = (): boolean => {
      warTollRead ??= isWarToll(s)
      return warTollRead
    }
    const firstClaim = claims.length
    const tableRow = !isTitle && TABLE_ROW.test(s)
    // (a headline is read as a row only here, where the period a table's line gives is kept past it)
    if (!tableRow && !(isTitle && TABLE_ROW.test(s))) {
      const introduces = s.trimEnd().endsWith(":") && TABLE_ROW.test(segments[si + 1]?.text ?? "")
      const period = introduces ? (readTimes(s, published)?.nearest() ?? null) : null
      tableWhen = period !== null && period.from !== period.to ? period : null
    }
    // a toll dated by the campaign it was told of, which a next sentence going on with it shares
    let campaignDated = false
    // An undated sentence telling an attack of its own somewhere the dated sentence did not name
    // ("The terrorist groups targeted the clinic in al-Mogambo ...", "Other shells fell on
    // al-Ramouseh ...") starts another incident: it inherits no date, and neither does what follows.
    // (a new speaker telling an attack in a place the incident's sentences did not name)
    let startsRead: boolean | undefined
    const startsIncident = (): boolean => {
      if (startsRead === undefined) {
        startsRead = false
        if (!isTitle && frameAt >= 0 && frameAt !== si) {
          if (tellsOwnAttack(s)) {
            const frames = attribution.framesOf(si)
            const own = frames.filter((f) => f.source !== null && !f.frame.anaphoric)
            // (the outlet telling it, with no speaker of its own: "Meanwhile four were killed when
            // IS targeted Deir Ezzor", "Three were injured when rebels fired a shell on Bab Touma")
            // moves to another province without referring back to the attack told ("three died in
            // the attack", "after the two blasts"); within one ("Jets also hit Sarmin ... Two more
            // were killed in Maarrat Masrin") a bulletin lists the day's strikes
            if (own.length > 0) {
              const told = incidentSpeakers()
              startsRead = !own.some((f) => told.has(f.source!)) && placedApart(specificAt(si), incidentPlaces())
            } else if (frames.length === 0 && !REFERS_BACK.test(s)) startsRead = otherProvinces(specificAt(si), incidentPlaces())
          }
        }
      }
      return startsRead
    }
    // a source of its own telling the sentence (not the outlet's narration)
    const reported = (): boolean => attribution.framesOf(si).some((f) => f.source !== null && !f.frame.anaphoric)
    // A sentence dated only by its own statement ("On Tuesday the observatory said a coalition strike
    // in Raqqa killed 18", "... died in the city the Observatory said on Saturday") is a report of
    // its own: the statement's day is not the claim's, and the incident told before lends it none
    // either, unless it refers back to it ("had also reported the deadly attacks")
    const saidApart = (): boolean => {
      const said = frame.incident === null ? null : (timesOf()?.said ?? null)
      // (nor one said the same day, or a toll that rose: "Later in the day, the Health Ministry
      // said the death toll had risen to five" is the incident's)
      return said !== null && !REFERS_BACK.test(s) && !SAME_DAY.test(s) && !TOLL_ROSE.test(s)
    }
    // a figure the sentence disowns ("several people ... but there are no precise figures")
    const hedged = NO_FIGURES.test(s)
    const sinceCampaign = !isTitle && SINCE_CAMPAIGN_START.test(s)
    // "81 people across the Syrian territory", "152 killed nationwide": the country's toll, though
    // its sentence goes on to name the places it happened in ("... 23 of them in Eastern Ghouta")
    // (right after the figure's own words, a few of them, and not a possessive: "as protests spread
    // across the country", "across Syria's Idlib province" are no toll of the country)
    // (counted from the figure's own end: "More than 100 terrorists killed in army operations across the country")
    const countedNationwide = (f: Figure, until: number): boolean => {
      if (f.start >= until) return false
      const clause = s.slice(f.start, until)
      const whole = NATIONWIDE.exec(clause)
      if (whole === null) return false
      if (f.end - f.start > whole.index || !NATIONWIDE_NEAR.test(clause.slice(f.end - f.start, whole.index))) return false
      if (/^['’]?s\b/.test(clause.slice(whole.index + whole[0].length))) return false
      return !specificAt(si).some((p) => p.start >= f.start && p.start < f.start + whole.index)
    }
    // the place of a figure at `offset`: its sentence's own; else the incident's being told; else
    // the report's; a toll of the whole war is the country's
    const placeAt = (
      offset: number,
      when: DateWindow | null,
      until = offset,
      from = 0,
      warSized = false,
      nationwide = false,
      broken = false
    ): PlaceMatch | null => {
      const specific = specificAt(si)
      if (nationwide) return wholeCountry()
      // "The attack occurred in a part of Aleppo ... in a conflict that has killed more than 100000":
      // a toll of the war's size in a clause of the war's own is the country's, whatever the sentence names
      if (warSized && specific.length > 0 && warToll() && isWarToll(s.slice(Math.max(0, offset - 90), until))) return wholeCountry()
      // (the war's toll in a sentence naming only places abroad, "peace talks in Geneva and Astana have
      // failed to end the conflict in which hundreds of thousands were killed": still the war's)
      if (specific.length > 0 && !(warToll() && !specific.some(inSyria))) return placeNear(s, specific, offset, until, from, broken)
      // a toll of tens of thousands naming no place is the war's, not the incident's being told
      // ("has caused the death of more than 200000 people", "10 million displaced")
      if (warSized) return wholeCountry()
      // ... and so is a toll over months naming no place ("5812 civilians over the past year"): no incident's
      // (unless it speaks of the place being told: "strikes in the northern province since last December")
      if (warToll() || (when !== null && (when.from < WAR_YEAR_END || (spanDays(when) > CUMULATIVE_DAYS && !THE_PLACE.test(s) && !THE_SAME.test(s)))))
        return wholeCountry()
      // "killed in northern Syria": the country, unless the sentence speaks of a place it does not
      // name ("a village held by IS in northern Syria"), which the story names elsewhere
      const country = placesAt(si)[0] ?? null
      // (not a country named in a clause of time after the figure: "45 were killed on Saturday
      // hours after the agreement to end the violence in Syria")
      const inTimeClause = country !== null && country.start > offset && TIME_CLAUSE_BETWEEN.test(s.slice(offset, country.start))
      // ("killed in airstrikes on northwestern Syria": the report's place, where that part of the country holds it)
      if (country !== null && isCountryWide(country) && !isTitle && !inTimeClause) {
        const report = placeOfReport()
        // (one named later must be in a sentence giving the same figure: "the 18 militants ... were
        // killed in fighting near the town of Ain al-Arab", not "Shells later fell on Marea")
        // (the figure placed, at `offset`, not any figure of the sentence: "18 people ... 2 of them
        // children ... Rebels later shelled 2 homes in Marea")
        const restated = (): boolean => {
          const own = figures.find((x) => x.start === offset)
          return own !== undefined && figuresAt(reportPlaceAt).some((t) => t.value === own.value)
        }
        // (not another incident told after the report's, "Separately ... in northern Syria")
        if (report !== null && !isCountryWide(report) && !NEW_INCIDENT.test(s) && compassHolds(s, [report]) && (reportPlaceAt < si || restated())) return report
      }
      if (country !== null && !isTitle && !UNNAMED_PLACE.test(s) && !inTimeClause) return country
      // (a headline's tally of the country over a month, "1,046 civilians killed in Syria in March", is
      // no incident a later sentence places)
      if (country !== null && isTitle && when !== null && calendarMonth(when) && !UNNAMED_PLACE.test(s)) return country
      // what happened before ("... several bombings in Kurdish areas in Syria in the past") is not
      // where the incident being told happened
      if (!isTitle && tellsHabit(s)) return country ?? wholeCountry()
      // a body sentence takes the story's place told before it, then the headline's, and only then
      // one told later ("Three soldiers were killed ..." is not about the town a later paragraph is)
      const told = (): PlaceMatch | null => (placeOfReport() !== null && reportPlaceAt < si ? placeOfReport() : null)
      // (a toll since a campaign began is the campaign's, where the story is, not the last incident's:
      // "Seven Turkish soldiers have been martyred since the start of the operation" after rockets on Kilis)
      const carried =
        sentence.role === "subhead"
          ? sectionPlace(si)
          : isTitle
            ? placeOfReport()
            : ((sinceCampaign ? campaignPlace() : null) ?? facilityPlaceBefore(si) ?? incidentPlaceBefore(si) ?? told() ?? titlePlace() ?? placeOfReport())
      return carried ?? country
    }
    const placeOf = (): PlaceMatch | null => placeAt(0, timeOf())

    let previous: { metric: Metric; who: string | null } | null = null
    // the figure `previous` was read from (a list goes on only from the figure right before)
    let previousAt = -1
    let subCount = false
    // (the figures read as sub-counts since that one, which stand between a figure and one paired
    // with it: "39 civilians including eight children had been killed ... along with 14 IS militants")
    let subCountsSince = 0
    for (let fi = 0; fi < figures.length; fi++) {
      const f = figures[fi]!
      // The window for this figure's words ends at the next figure, unless that one is a
      // sub-count inside it ("At least 15 people, including four children, have been killed").
      let nj = fi + 1
      // (or an aside counting part of it: "seven people, three of them women, were killed")
      while (
        nj < figures.length &&
        ((SUB_COUNT_BEFORE.test(s.slice(0, figures[nj]!.start)) && !ownMetricAfter(s, figures[nj]!)) ||
          // (or an age, which counts no one: "Two civilians, a man aged 62 and his son, lost their lives")
          isAge(s, figures[nj]!) ||
          (nj === fi + 1 &&
            PART_ASIDE_AFTER.test(s.slice(figures[nj]!.end, figures[nj]!.end + 30)) &&
            NOUN_THEN_ASIDE.test(s.slice(f.end, figures[nj]!.start))))
      )
        nj++
      const next = figures[nj]?.start ?? s.length
      const before = s.slice(0, f.start)
      const after = s.slice(f.end)
      // ("Fourteen of the IS group fighters were killed": the fighters and their harm, read once here
      // for the count below and the figure's link)
      const fought = fightersHarmed(after)
      // "has been hit by rockets more than 70 times", "used poison gas at least 15 times": attacks
      // counted by how often a place was struck or a weapon used (not "three times more"; and not
      // "attacked the city several times", which may be assaults on the ground)
      const struckTimes = TIMES_AFTER.test(after) && STRUCK_BEFORE.test(before.slice(-160)) && !STRUCK_OTHERWISE.test(s)
      // a month right before a bare number is a date ("May 5"); "In May more than 60" is not
      if (
        (NOT_A_COUNT_AFTER.test(after) &&
          // ("killed more than 40 of the Assad gangs": a group's members a verb of harm took, not
          // "Four of the militias attacked")
          !(GROUP_OF_AFTER.test(after) && HARM_VERB_RIGHT_BEFORE.test(before.slice(-40))) &&
          !struckTimes &&
          !(ONE_OF_PEOPLE.test(after) && (f.value === 1 || OWN_PEOPLE.test(after))) &&
          // (not a part of a toll of the same harm told before it: "40 people were killed ... Russian
          // strikes had killed 25 of them"; "killing at least 31 jihadists and wounding dozens of them" counts)
          !(countsHarmedOf(harmedOf(before, after), previous) || (harmedOf(before, after) !== null && OWN_SIDE_LOST.test(after))) &&
          // ("Fourteen of the IS group fighters were killed", "At least 22 of the jihadists were killed":
          // a side's fighters harmed, counted unless a toll of that harm came first)
          !countsHarmedOf(fought, previous) &&
          // ("four wounded Syrians ... one of whom died on Saturday": a part dying after is a toll of its own)
          !DIED_OF_WHOM.test(after)) ||
        MONTH_AFTER.test(after) ||
        // ("In late July four makeshift hospitals": dates are written in digits, a number word counts)
        (notACountBefore(before) && !((f.qualifier !== "exact" || /^[A-Za-z]/.test(s.slice(f.start, f.end))) && MONTH_BEFORE.test(before)))
      )
        continue
      // "one of the soldiers": one of a group, no count of it ("one of its soldiers had been killed"
      // is one soldier); but "One of the shells hit a school" is a strike told apart
      const oneMunition = f.value === 1 && ONE_OF_MUNITIONS.test(after)
      if (f.value === 1 && /^\s*of\s/i.test(after) && !ONE_OF_PEOPLE.test(after) && !DIED_OF_WHOM.test(after) && !oneMunition) continue
      // "including 1733 children 969 women and 3110 men": a list of sub-counts goes on
      // ("including 2 women 29 injured": a figure with a verb of harm of its own ends the list)
      // ("10 civilians were killed including a child and 37 others were injured": others with a harm of their own)
      // (the figure's own link, read once: asked here for others, and below for every figure)
      let linked: { metric: Metric; who: string | null } | null | undefined
      const ownLink = (): { metric: Metric; who: string | null } | null => {
        if (linked === undefined) linked = linkFigure(withoutPartAside(s, f.end), f, next)
        return linked
      }
      const othersOwn = OTHERS_AFTER.test(after) && previous !== null && (ownLink()?.metric ?? previous.metric) !== previous.metric
      // ("killed including 3 children and 43 others were injured": the list ends at others with a harm of
      // their own, not at others who escaped)
      const othersHarmed = othersOwn && HARM_PAIRED.has(ownLink()?.metric ?? "missing")
      if (
        subCount &&
        !othersHarmed &&
        /^\s+[A-Za-z-]+(?:\s+(?:a|an)\s+[A-Za-z-]+)?,?(?:\s+and)?\s+$/.test(s.slice(figures[fi - 1]!.end, f.start)) &&
        // ("including 12 children 9 women and 4 martyrs under torture": the whole's own dead, named again)
        (metricOf(wordsOf(after)[0] ?? "") === null || (previous?.metric === "killed" && DEAD_NOUN.test(wordsOf(after)[0] ?? ""))) &&
        // ("were killed including 11 children and six women and at least 84 were wounded": a harm of
        // its own, other than the whole's, ends the list)
        !otherHarmAfter(after, previous?.metric ?? null)
      )
        continue
      subCount = false
      // a headline's only figure counts, "among the dead" or not ("25 children among Deir ez-Zor dead")
      // ("killed including 13 civilians and more than 30 wounded": a harm of its own right after it)
      const told = previous?.metric ?? null
      const ownHarm =
        told !== null &&
        wordsOf(s.slice(f.end, next), 2).some((w) => {
          // ("including 2 women injuring 15 others": a participle governs the figure after it)
          if (/ing$/i.test(w)) return false
          const m = metricOf(w)
          return (m === "killed" || m === "injured") && m !== told
        })
      // "five people were killed two children a woman and two elderly men" (commas stripped): who
      // the killed were, right after their verb, fewer than they
      const listedAfterVerb =
        fi > 0 && f.value < figures[fi - 1]!.value && VICTIMS_LISTED_BETWEEN.test(s.slice(figures[fi - 1]!.end, f.start)) && SUB_COUNT_WHO_AFTER.test(after)
      if (
        listedAfterVerb ||
        (SUB_COUNT_BEFORE.test(before) && !othersOwn && !ownHarm && !(ownMetricAfter(s, f) && previousAt !== fi - 1)) ||
        AMONG_COUNTED_BEFORE.test(before) ||
        (isSubCountAfterFigure(after) && !(isTitle && figures.length === 1)) ||
        // ("16 people, three women among them, had been killed": who an aside says some of them were)
        (fi > 0 && NOUN_AMONG_THEM_ASIDE.test(after))
      ) {
        subCount = true
        subCountsSince++
        continue
      }
      // a number that could be a year counts only people ("more than 2,000 residents fled", "about 2000
      // families"), not "in 2012", "the 2013 offensive"
      if (f.qualifier !== "vague" && f.value >= 1900 && f.value <= 2100 && !countsPeopleNotYear(s, f)) continue
      // "said Mustafa Ahmed, 34, who fled": a person's age between commas after the name
      if (
        f.qualifier === "exact" &&
        f.value < 110 &&
        NAME_COMMA_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start)) &&
        AGE_APPOSITION_AFTER.test(s.slice(f.end, f.end + 12))
      )
        continue
      // "three suicide bombers killed at least two people", "Two gunmen killed a policeman": the
      // figure counts who did the harm, the object after the verb its victims
      // (but "Two car bombs killed at least 25 people": bombs counted are strikes, whatever they did)
      if (!MUNITIONS_COUNTED.test(after) && actsOnObject(s, f, figures[fi + 1] ?? null)) continue
      let link: { metric: Metric; who: string | null } | null = struckTimes || oneMunition ? { metric: "strikes", who: null } : ownLink()
      // (the fighters and their harm, past the side's name; "Two of the detained fighters were killed"
      // is no count of the detained)
      if (link !== null && fought !== null) link = { metric: fought, who: "fighters" }
      // "Nine were killed in Qaterji and two others in Mayssar", "three civilians died and four
      // others were hurt": the victims of "others" are the ones counted before them, and a figure
      // with no verb of its own shares the one before it
      const others = OTHERS_AFTER.test(after)
      if (link === null && others && previous !== null && /\band\s+(?:\S+\s+){0,2}$/i.test(before))
        link = previous.who === "children" ? { metric: previous.metric, who: "people" } : previous
      // "kill 10 children 5 women", "12 soldiers as well as 40 rebels": the second of a pair shares the verb
      // (figures of people only: "destroyed 13 positions seven vehicles" shares nothing)
      const victims = whoAfter(after)
      if (
        link === null &&
        victims !== null &&
        previous !== null &&
        previous.metric !== "strikes" &&
        fi > 0 &&
        // (the pair's first is the figure that previous was read from, not a number that counts no
        // one: "in the last 72 hours and that 323000 people live ...")
        previousAt + 1 + subCountsSince === fi &&
        (PAIR_BETWEEN.test(s.slice(figures[fi - 1]!.end, f.start).replace(/\([^)]*\)/g, " ")) ||
          (HARM_PAIRED.has(previous.metric) && MEMBERS_OF_PAIR.test(s.slice(figures[fi - 1]!.end, f.start)) && !OWN_VERB_AFTER.test(after)))
      ) {
        link = { metric: previous.metric, who: victims }
      }
      // "killed 30 regime and allied fighters as well as 50 Syrian rebels", "29 fighters from the Hazm
      // movement were killed along with six Al-Nusra Front terrorists": people added to the victims of
      // the figure before, however many words that figure's victims took (a clause of its own between
      // the two breaks the pair: "... while along with ...", "; along with")
      // (harm only: "50000 civilians are trapped alongside several thousand fighters" counts no fighters)
      if (
        link === null &&
        previous !== null &&
        HARM_PAIRED.has(previous.metric) &&
        previousAt >= 0 &&
        previousAt + 1 + subCountsSince === fi &&
        ALONG_WITH_BEFORE.test(before.slice(-40))
      ) {
        const also = victims ?? sideWho(after)
        if (also !== null && !OWN_VERB_AFTER.test(after) && !CLAUSE_BREAK_BETWEEN.test(s.slice(figures[fi - 1]!.end, f.start)))
          link = { metric: previous.metric, who: also }
      }
      // "An estimated 8000 people live in the town", "the 250000 people living in the city's east",
      // "around 18000 people remain in the camp": a place's people, in a story that tells a siege or
      // of a place its opposition holds, are trapped there (not people in the government's part,
      // "2 million people live in zones controlled by forces loyal to ...", nor in camps, displaced)
      if (link === null && f.value >= 100 && LIVING_AFTER.test(after) && PEOPLE_COUNTED.test(after)) {
        const stay = after.slice(0, 140)
        // (nor in a place besieged no longer: "remain in the formerly besieged districts")
        if (
          !GOVERNMENT_HELD.test(stay) &&
          !GOVERNMENT_HELD.test(before.slice(-80)) &&
          !FORMERLY_BESIEGED.test(stay) &&
          (siegeTold() || OPPOSITION_HELD.test(s))
        )
          link = { metric: "trapped", who: victims ?? "people" }
      }
      // "he was killed in an air strike near Deir ez-Zor together with about 40 militants": people
      // harmed with one named before, counted by no figure
      if (link === null && previous === null && ALONG_WITH_BEFORE.test(before.slice(-40)) && (victims ?? sideWho(after)) !== null) {
        const harm = HARMED_ONE_BEFORE.exec(before.slice(-160))
        if (harm !== null) link = { metric: metricOf(harm[1]!) ?? "killed", who: victims ?? sideWho(after) }
      }
      // "killed 19 people including six children in Saraqeb and another 23 people in Ehsim", "wounded
      // 12 people in Douma and another 30 in Harasta": "another" counts more of what was counted
      // before, however far back the verb
      // (not one with a verb of its own: "50 were killed and another 30 sealed off in the tunnels")
      if (link === null && previous !== null && ANOTHER_BEFORE.test(before) && !OWN_VERB_AFTER.test(after))
        link = { metric: previous.metric, who: victims ?? previous.who }
      // "31 civilian deaths ... up from 24 a day earlier", "raised the toll to 17 from 12": the count
      // given before, of what the figure before it counts
      if (link === null && previous !== null && EARLIER_COUNT_BEFORE.test(before.slice(-60))) link = previous
      // "150 bodies were counted in Hammouriya 100 in Kfar Batna 67 in Saqba": a list of places, each
      // with its figure, the verb given once (commas are often stripped)
      if (
        link === null &&
        previous !== null &&
        previous.metric !== "strikes" &&
        previousAt === fi - 1 &&
        IN_PLACE_AFTER.test(after) &&
        IN_PLACE_BETWEEN.test(s.slice(figures[fi - 1]!.end, f.start))
      )
        link = previous
      // "Ten children and five women have been killed": the first of a pair takes the verb after the second
      // ("Some 120 Islamic State group fighters and 60 foreign mercenaries were killed", "30 regime and 39
      // rebel fighters have been killed": the first named by its side)
      // (not things: "35 terrorist hideouts and 20 fighters were destroyed")
      if (link === null && nj < figures.length) {
        const between = s.slice(f.end, figures[nj]!.start)
        const firstOfPair =
          victims !== null
            ? PAIR_BETWEEN.test(between)
              ? victims
              : null
            : FIRST_OF_PAIR.test(between) && !wordsOf(between).some(countsThings)
              ? sideWho(after)
              : null
        if (firstOfPair !== null) {
          const second = linkFigure(s, figures[nj]!, figures[nj + 1]?.start ?? s.length)
          if (second !== null && second.metric !== "strikes") link = { metric: second.metric, who: firstOfPair }
        }
      }
      // ("Deaths by governorate" over "Aleppo: 712", "Shelling: 1720": a table's rows count what its
      // heading names)
      if (link === null && tableRow) link = tableMetric(si)
      if (link === null) continue
      // "None of the 40 soldiers was hurt": the harm befell none of them (not "None of the 40
      // people killed were civilians", where the figure counts the killed)
      if (NONE_OF_BEFORE.test(s.slice(Math.max(0, f.start - 24), f.start)) && HARM_PREDICATE_AFTER.test(s.slice(f.end, f.end + 90))) continue
      // "Six members of one family": a family's members are civilians, not a group's members
      if (link.who === "fighters" && FAMILY_MEMBERS_AFTER.test(s.slice(f.end, f.end + 60))) link = { ...link, who: "civilians" }
      // ("three civilians ... four others" are civilians; "nine children and 14 others" are not children)
      if (others && previous !== null && previous.who !== null && previous.who !== "children" && (link.who === "people" || link.who === null))
        link = { ...link, who: previous.who }
      // "Eight civilians were killed with at least 70 injured": a figure naming no victims counts the same ones
      else if (link.who === null && link.metric !== "strikes" && link.metric !== "hospitals_hit" && previous !== null && previous.who !== null)
        link = { ...link, who: previous.who }
      previous = link
      previousAt = fi
      subCountsSince = 0
      if (hedged && f.qualifier === "vague") continue
      let when = timeOf() === null ? null : timesOf()!.nearest(f.start)
      // "More than 250000 people remain under siege in the eastern neighbourhoods where no convoy has
      // entered since July", "Jordan, which hosts about 1.3 million Syrians, has kept its border
      // closed since June 2016": a state (people besieged, hosted, sheltering) takes only a time of
      // its own clause, not one of the clause after it
      if (when !== null && ((link.metric === "trapped" && !UNDER_RUBBLE.test(s)) || (link.metric === "displaced" && DISPLACED_STATE.test(s)))) {
        const end = CLAUSE_AFTER_STATE.exec(s.slice(f.end))
        if (end !== null) when = readTimes(s.slice(0, f.end + end.index), published)?.nearest(f.start) ?? null
      }
      // "The following day, a strike ... killed three civilians": the day after the incident told before
      if (when === null && lastIncident !== null && RELATIVE_DAY_CUE.test(s)) when = dayRelativeTo(s, lastIncident)
      // ("160000 people have now been displaced by the government offensive that began on 19 June":
      // the campaign's toll so far, from its first day)
      // (not a toll with its own day: "Twelve people were killed on Monday, the first day of an offensive that began on Monday")
      if (
        when !== null &&
        began !== null &&
        f.end <= began.at &&
        when.from === began.day &&
        when.to === began.day &&
        began.day < publishedDay &&
        !OWN_DAY_BETWEEN.test(s.slice(f.end, began.at))
      )
        when = { from: began.day, to: publishedDay }
      // a time the sentence names without pinning it down ("over the past few days", "since the
      // operation began") and a toll of the whole war are not the incident's
      const sinceThen = SINCE_THEN.test(s)
      if (when === null && !isTitle && SINCE_WAR_START.test(s) && warStarts(s)) when = { from: CONFLICT_START, to: publishedDay }
      let inherited = false
      // "since the start of the operation": from the campaign's start the story dated, else undated
      if (when === null && sinceCampaign && (campaignFrom ?? campaignBegan) !== null) {
        when = { from: (campaignFrom ?? campaignBegan)!, to: publishedDay }
        campaignDated = true
      }
      // (a toll of the war's size, "more than four million have fled abroad", is no incident's: it
      // takes no date from the incident being told)
      const warScale = warSized(link.metric, f.min ?? f.max ?? 0)
      if (
        when === null &&
        !isTitle &&
        !sinceCampaign &&
        (sinceThen || (!warScale && !YEARS_LONG.test(s) && !timesOf()?.vague && !UNDATED_SINCE.test(s) && !warToll()))
      ) {
        when =
          startsIncident() || saidApart()
            ? null
            : inheritedWhen(
                frame,
                s,
                // (people trapped under the rubble are the incident's, not a state like a siege)
                (link.metric === "trapped" && !UNDER_RUBBLE.test(s)) || (link.metric === "displaced" && DISPLACED_STATE.test(s)),
                publishedDay,
                reported()
              )
        // ("Hours later, mortars fell on the Abbasiyin area of the capital; SANA said two civilians
        // were killed": another place, the same day)
        if (when === null && lastIncident !== null && (frame.incident === null || startsIncident()) && SAME_DAY.test(s)) when = lastIncident
        if (when === null && campaignFrom !== null && THE_CAMPAIGN.test(s)) {
          when = { from: campaignFrom, to: publishedDay }
          campaignDated = true
        }
        if (when === null && report !== null && !startsIncident() && report.si === si - 1 && !sinceThen && link.metric !== "trapped" && !tellsHabit(s)) {
          if (DETAIL_OF.test(s) || ALSO_TOLL.test(s) || report.sources.has(attribution.sourceFor(si, f.start))) when = report.when
        }
        // ("SNHR documented the killing of 1,046 civilians in Syria in March ... ISIS killed 119
        // civilians": the parts of a country's monthly tally are the month's)
        if (when === null && countryTallyWhen !== null && !warScale && link.metric !== "trapped" && specificAt(si).length === 0 && timeOf() === null)
          when = countryTallyWhen
        if (when === null && tableRow && documentTallyWhen !== null && timeOf() === null) when = documentTallyWhen
        if (when === null && tableRow && tableWhen !== null && timeOf() === null) when = tableWhen
        // ("The VDC documented 2130 new arrests during the month": the month the report tallies)
        if (when === null && documentTallyWhen !== null && THE_MONTH.test(s)) when = documentTallyWhen
        // ("killed 16 people and injured 72 during the same period": the period the last toll counted)
        if (when === null && SAME_PERIOD.test(s)) {
          const last = claims.findLast((c) => c.kind === "quantity" && c.when !== null && c.when.from !== c.when.to)
          if (last !== undefined) when = last.when
        }
        // ("Daily field bulletin: ..." over sections of undated strikes and tolls: the day it reports)
        // (not a running total: "Russian strikes have killed 1,500 civilians in Idlib province")
        if (when === null && dailyBulletin && !warScale && link.metric !== "trapped" && timeOf() === null && !tellsHabit(s) && !RUNNING_TOTAL.test(s))
          when = { from: publishedDay, to: publishedDay }
        inherited = when !== null
      }
      // "14 air strikes on Saraqeb since dawn": the day being told, else the publication day
      if (when === null && !isTitle && SINCE_DAWN.test(s)) when = lastIncident ?? { from: publishedDay, to: publishedDay }
      // the figure's own clause ends where another begins with its own verb ("Explosions in
      // Damascus killed 20 people and civilian casualties were also reported in ... Idlib Hama Aleppo")
      // (a figure's clause is short: no slice of a long sentence per figure)
      const clauseEnd = next - f.end > 12 ? CLAUSE_BREAK.exec(s.slice(f.end, Math.min(next, f.end + 240))) : null
      const until = clauseEnd === null ? next : f.end + clauseEnd.index
      // ("Across Syria the Local Coordination Committees said at least 110 people were killed on
      // Sunday including 45 in Aleppo province": the country named first holds the sentence's first figure)
      // ("raised its count for the whole country to 57 dead": the whole country right before it)
      const nationwide =
        countedNationwide(f, until) ||
        // (not where the figure names its own place: "Nationwide protests erupted and security forces
        // killed 22 demonstrators in Homs")
        (((fi === 0 && OPENS_NATIONWIDE.test(s)) || WHOLE_COUNTRY_BEFORE.test(s.slice(Math.max(0, f.start - 70), f.start))) &&
          !specificAt(si).some((p) => p.start >= f.end && p.start < (figures[fi + 1]?.start ?? s.length) && OWN_PLACE_BETWEEN.test(s.slice(f.end, p.start))))
      // ("killed at least 30 civilians across eastern Ghouta on Tuesday, including 11 in the town of
      // Beit Sawa": a part's place after its figure is the part's, not the whole's)
      const part = figures[fi + 1]
      const partAt = part !== undefined && part.start < until ? s.slice(0, part.start).search(SUB_COUNT_BEFORE) : -1
      // (where the part has a place of its own right after its figure: not "Thirteen civilians among
      // them seven children were killed ... on the northern province of Aleppo", the whole's)
      // (or where the whole's place opens its own clause: "The death toll in the besieged Eastern
      // Ghouta rose to 23 civilians, including 6 children ... the shelling of the towns of Misraba")
      const wholeFrom = fi > 0 ? figures[fi - 1]!.end : 0
      const partPlaced =
        partAt > f.end &&
        specificAt(si).some(
          (p) =>
            (p.start > part!.end && p.start - part!.end <= 40 && PART_PLACED.test(s.slice(part!.end, p.start))) ||
            (p.start >= wholeFrom && p.end <= f.start && f.start - p.end <= 120 && inSyria(p) && !WHOLE_CLAUSE_BROKEN.test(s.slice(p.end, f.start)))
        )
      const placeUntil = partPlaced ? partAt : until
      // "Jordan, which already hosts about 650,000 registered Syrian refugees", "Turkey hosts more than
      // 2.7 million": refugees are counted where they are hosted
      const host = link.metric === "displaced" && HOSTS_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) ? hostCountry(namedAt(si), f.start) : null
      const where =
        host ??
        (tableRow && documentTallyWhen !== null && specificAt(si).length === 0
          ? wholeCountry()
          : placeAt(f.start, when, placeUntil, wholeFrom, warScale, nationwide, clauseEnd !== null && !partPlaced))
      const ownPlace = specificAt(si).length > 0 || nationwide
      claims.push({
        kind: "quantity",
        metric: link.metric,
        min: f.min,
        max: f.max,
        qualifier: f.qualifier,
        who: link.who,
        where: where?.display ?? null,
        whereId: where?.id ?? null,
        when,
        source: attribution.sourceFor(si, f.start),
        actor: null,
        action: null,
        polarity: "asserted",
        quote: s,
        span: [sentence.start, sentence.start + s.length],
        rule: `quantity/${link.metric}`
      })
      if (!ownPlace) carriedPlace.add(claims.at(-1)!)
      if (sentence.role === "subhead") headlined.add(claims.at(-1)!)
      if (inherited) inheritedDate.add(claims.at(-1)!)
    }

    // Events: attacks a named source attributes to a named side, admissions and denials; a
    // headline only with its own attribution ("... kills 16 civilians Monitor").
    const ownSource = attribution.ownSource(si)
    // (the cheap cues first: most sentences tell no attack, and few take a stand or go on quoting)
    let told: boolean | undefined
    const tells = (): boolean => (told ??= mayTellEvent(s))
    const raw = attribution.framesOf(si)
    const stance = !isTitle && !raw.some((f) => f.source !== null) && mayTakeStance(s) ? stanceOf(s) : null
    const frames = stance !== null && tells() ? withStance(raw, stance) : raw
    // the speaker of a quotation the sentence goes on with: "... the group said in a statement.
    // "Today the air force targeted a team", "..., saying instead: Today we launched ..."
    // ('"At least 10 soldiers were killed in Israeli raids. Nine missiles were fired" the Observatory
    // said': or a quotation closed, with its speaker, in a later sentence)
    const quoted =
      frames.length === 0 && !isTitle && si > 0 && mayGoOnQuoting(si) && tells()
        ? (quotationGoingOn(si) ?? (QUOTE_OPEN.test(s) ? eventSpeaker(attribution.quotationCloser(si)) : null))
        : null
    // an event needs a speaker in its own words, or a doer owning up, or a denial to answer
    // (a question asserts or denies nothing: "Where is Russia striking?", "So you're not denying that the building was hit?")
    const worthReading = !QUESTION.test(s) && (frames.length > 0 || ownSource !== null || quoted !== null || mayAdmit(s) || (denies && !isTitle))
    // what a side did before ("IS has carried out several bombings in Kurdish areas in the past") is
    // background, not an attack the story reports; a denial in it is read, and only the denial ("denied
    // that the regime had used any such weapons saying the army has not used them in the past")
    const habitual = tellsHabit(s)
    // "Rockets hit Kilis late on Tuesday. Turkish officials blamed the YPG.": the side blamed did the
    // attack the sentence before told
    if (!isTitle && si > 0 && segments[si - 1]!.role === "body" && frames.length > 0 && !tells()) {
      const blamed = blamedBack(s, segments[si - 1]!.text)
      const source = frames.find((f) => f.source !== null)?.source ?? null
      if (blamed !== null && source !== null) {
        claims.push(
          eventClaim({ ...blamed, source }, blamed.actor!, placeOf(), timeOf() ?? inheritedWhen(frame, s, false, publishedDay, reported()), s, sentence.start)
        )
        lastActor = blamed.actor
      }
    }
    // "Assad's regime and the rebels have blamed each other for that attack", "The opposition and the
    // government have accused each other of chlorine attacks": each side accuses the other
    const mutual = !isTitle && (s.includes("each other") || s.includes("one another")) ? mutualBlame(s) : null
    if (mutual !== null) {
      const when = timeOf() ?? inheritedWhen(frame, s, false, publishedDay, reported())
      // ("for that attack": the one told before, as it was told)
      const action = /\b(?:that|this|the)\s+attack\b/i.test(s) ? (claims.findLast((c) => c.kind === "event")?.action ?? actionIn(s)) : actionIn(s)
      for (const [k, [of]] of mutual.entries()) {
        const by = mutual[1 - k]![1]
        claims.push(eventClaim({ actor: of, action, polarity: "asserted", source: by, rule: "event/accusation" }, of, placeOf(), when, s, sentence.start))
      }
    }
    if (mutual === null && worthReading && tells() && (!isTitle || ownSource !== null) && (!habitual || (denies && mayDeny(s)))) {
      // "State media said the crash was due to a technical fault while Jaish al-Islam said it had
      // shot down the plane": two speakers set against each other tell two events
      let read = 0
      let denied: EventReading | null = null
      let deniedWhen: DateWindow | null = null
      for (const [a, b] of contrastedClauses(s, frames)) {
        const clause = s.slice(a, b)
        const own = frames.filter((f) => f.frame.at >= a && f.frame.end <= b)
        let event = readEvent(
          clause,
          (at) => eventSpeaker(eventSource(own, s, a + at)) ?? (isTitle ? ownSource : quoted),
          own.map((f) => [f.frame.speakerAt - a, f.frame.speakerEnd - a] as const),
          voice
        )
        if (event === null || (habitual && event.polarity !== "denied")) continue
        if (event.polarity === "asserted" && aimsOnlyAtFighters(clause)) continue
        // a denial naming no side answers the last event told
        const actor: string | null =
          event.actor ??
          (event.polarity === "denied" &&
          lastDenial?.si === si - 1 &&
          (event.source === null || event.source === lastDenial.source) &&
          sidesIn(clause).length === 0
            ? lastDenial.actor
            : null) ??
          lastActor ??
          event.otherwise ??
          null
        if (actor === null) continue
        // (the accused answering for itself: "... though it denied any responsibility")
        if (event.polarity === "denied" && a > 0 && ANSWERED.exec(clause)?.index === 0) event = { ...event, source: actor }
        const when = isTitle
          ? null
          : (timeOf() ??
            (startsIncident() ? null : inheritedWhen(frame, s, false, publishedDay, reported())) ??
            (event.polarity === "denied" ? (timesOf()?.said ?? null) : null))
        claims.push(eventClaim(event, actor, placeOf(), when, s, sentence.start))
        read++
        if (event.polarity === "asserted") lastActor = actor
        else {
          denials.push(si)
          lastDenial = { si, actor, source: event.source }
          denied = { ...event, actor }
          deniedWhen = when
        }
      }
      // a denial's sentence may tell what it answers: the report it rejects (by its maker), the claim
      // an aside rejects, the charge the denier lays instead; each is an assertion of its own
      if (read === 1 && denied !== null && !isTitle && !habitual) {
        const answered = denied
        for (const d of assertionsDenied(s)) {
          const own = frames.filter((f) => f.frame.at >= d.at && f.frame.end <= d.end)
          // (pushed, not spread into a literal: that array's shape changed from article to article,
          // and each change deoptimised the whole of extractClaims, a second or more to recompile)
          const speakers = (): Array<readonly [number, number]> => {
            const out = own.map((f) => [f.frame.speakerAt - d.at, f.frame.speakerEnd - d.at] as const)
            out.push([0, d.makerEnd] as const)
            return out
          }
          const clause = s.slice(d.at, d.end)
          let said: EventReading | null =
            d.blamed !== null
              ? { actor: d.blamed, action: answered.action, polarity: "asserted", source: answered.source, rule: "event/counter" }
              : readEvent(
                  clause,
                  (at) => d.maker ?? (d.at > 0 ? answered.source : (eventSpeaker(eventSource(frames, s, d.at + at)) ?? quoted)),
                  speakers(),
                  voice
                )
          // ("rejected reports in opposition media that its fighters had fired on residential buildings":
          // the report's "its" is the denier's own side, the doer the denial named)
          if ((said === null || said.actor === null) && d.maker !== null && OWN_DOER.test(clause) && mayTellEvent(clause))
            said = { actor: answered.actor, action: actionIn(clause), polarity: "asserted", source: d.maker, rule: "event/attack" }
          if (said === null || said.polarity !== "asserted" || said.actor === null || said.source === null) continue
          if (aimsOnlyAtFighters(s.slice(d.at, d.end))) continue
          const actor = said.actor
          if (claims.some((c) => c.kind === "event" && c.span[0] === sentence.start && c.polarity === "asserted" && c.actor === actor)) continue
          claims.push(eventClaim({ ...said, source: d.maker ?? said.source }, actor, placeOf(), timeOf() ?? deniedWhen, s, sentence.start))
          read++
        }
      }
      // "terrorists fired rocket shells at Hamadaniya ... while one child was killed by a terrorist
      // sniper's gunfire": a second attack in a later clause, another act or another doer, is a second event
      if (read === 1 && !isTitle && !habitual) {
        const second = secondAttack(s, frames, quoted)
        if (second !== null) {
          claims.push(
            eventClaim(
              second,
              second.actor!,
              placeOf(),
              timeOf() ?? (startsIncident() ? null : inheritedWhen(frame, s, false, publishedDay)),
              s,
              sentence.start
            )
          )
          read++
        }
      }
      // "Daesh rockets have been targeting towns ... 21 people were killed in such attacks Anadolu
      // Agency reports": a speaker's sentence that refers back to the attack the sentence before
      // told as the outlet's own, with its doer, gives that attack its source
      if (read === 0 && !isTitle && frames.length > 0 && !habitual) {
        const back = REFERRED_BACK.exec(s)
        const by = back === null ? null : eventSource(frames, s, back.index)
        const speaker = by !== null && MEDIA.test(by.frame.phrase) ? eventSpeaker(by) : null
        const before = speaker === null ? null : outletAccountBefore(si)
        if (before !== null) {
          claims.push(eventClaim({ ...before, source: speaker, rule: "event/referred" }, before.actor!, placeOf(), timeOf(), s, sentence.start))
          lastActor = before.actor
        }
      }
      // (one told over months, "launched air strikes in support of the regime in September", "has been
      // supported by Russia in aerial strikes since September 2015", is the war's background, which
      // no denial answers)
      if (read === 0 && denies && !isTitle && !habitual && !/:\s*$/.test(s) && !MONTHS_LONG.test(s)) {
        // the outlet's own account of an attack: an event only if a denial answers it (below)
        const own = readEvent(
          s,
          OUTLET,
          attribution.framesOf(si).map((f) => [f.frame.speakerAt, f.frame.speakerEnd] as const)
        )
        if (own !== null && own.actor !== null && own.polarity === "asserted" && !aimsOnlyAtFighters(s)) {
          unattributed.push({ si, claim: eventClaim({ ...own, source: null }, own.actor, placeOf(), timeOf(), s, sentence.start) })
          lastActor = own.actor
        }
      }
    }
    // "Ankara blames the YPG", "Turkish officials blamed the YPG", "Kurdish officials pointed the finger
    // at Ankara": a speaker laying on a side, with no act of its own, the attack the sentences just
    // before told (that attack's act; an accusation, which the gold counts as an event)
    if (!isTitle && !habitual && frames.length > 0 && si > 0 && !claims.some((c) => c.kind === "event" && c.span[0] === sentence.start)) {
      const blame = BARE_BLAME.exec(s)
      const rest = blame === null ? "" : s.slice(blame.index + blame[0].length)
      const side = blame === null ? undefined : sidesIn(rest)[0]
      if (blame !== null && side !== undefined && side.at === 0 && BLAME_ENDS.test(rest.slice(side.end))) {
        const by = eventSource(frames, s, blame.index)
        const speaker = by === null ? null : eventSpeaker(by)
        const near = claims.findLast((c) => c.kind === "event" && c.span[0] >= (segments[Math.max(0, si - 3)]?.start ?? 0))
        const previous = segments[si - 1]!.text
        const act = near?.action ?? (tellsIncident(previous) ? actionIn(previous) : null)
        if (speaker !== null && act !== null && sideOfSource(speaker) !== side.actor) {
          const blamed: EventReading = { actor: side.actor, action: act, polarity: "asserted", source: speaker, rule: "event/accusation" }
          // (at the event's own place, not a capital blamed: "pointed the finger at Ankara"; with none
          // told just before, the sentence before's first place)
          const placed = near !== undefined && near.where !== null
          const place = placed ? null : near === undefined ? (placesAt(si - 1)[0] ?? placeOf()) : placeOf()
          const claim = eventClaim(blamed, side.actor, place, timeOf() ?? near?.when ?? null, s, sentence.start)
          claims.push(placed ? { ...claim, where: near.where, whereId: near.whereId } : claim)
          lastActor = side.actor
        }
      }
    }
    if (!isTitle) {
      // the report a following sentence may go on with (see `report`); the sentence's time is read
      // only where it matters (chrono on every sentence would cost a quarter of the extraction)
      if (claims.length > firstClaim) {
        const dated = claims.slice(firstClaim).filter((c) => c.kind === "quantity" && c.when !== null)
        const when: DateWindow | null =
          dated.length === 0 ? null : (timeOf() ?? (report !== null && report.si === si - 1 ? report.when : campaignDated ? dated[0]!.when : null))
        report = when !== null && spanDays(when) > 1 && spanDays(when) <= CUMULATIVE_DAYS ? { si, when, sources: new Set(dated.map((c) => c.source)) } : null
      } else if (report !== null) {
        // a sentence between with no figure and no time of its own ("The victims included 51 children
        // 28 women ...", sub-counts) keeps the report going
        report = report.si === si - 1 && timeOf() === null ? { ...report, si } : null
      }
      const told = claims.length > firstClaim || incident
      const dated = frame.incident
      // "Earlier on the day four people were injured ...": the day of the incident told last, and the
      // incident the next sentences go on with
      // (the cheap test first: a sentence's time is read only where it matters)
      if (frame.incident === null && lastIncident !== null && SAME_DAY.test(s) && timeOf() === null) frame.incident = lastIncident
      if (startsRead === true && timeOf() === null) {
        frame.incident = null
        frameAt = -1
      }
      // (the incident's time is its figures' own, where they have one: "digging ... on Sunday evening,
      // after overnight air strikes killed at least 31" is the night's incident)
      const figureTime = (): DateWindow | null => {
        for (let c = firstClaim; c < claims.length; c++) {
          const claim = claims[c]!
          if (claim.kind === "quantity" && claim.when !== null && !inheritedDate.has(claim) && !headlined.has(claim)) return claim.when
        }
        return null
      }
      if (told || frame.incident !== null || SINCE.test(s)) advanceTimeFrame(frame, figureTime() ?? timeOf(), told, publishedDay, claims.length > firstClaim)
      if (frame.incident === null) {
        frameAt = -1
        incidentTold.length = 0
      } else if (frame.incident !== dated && !sameWindow(frame.incident, dated)) {
        frameAt = si
        incidentTold.length = 0
        incidentTold.push(si)
      } else if (frameAt >= 0 && told) incidentTold.push(si)
      if (frame.incident !== null) lastIncident = frame.incident
      if (campaignFrom === null && began !== null && began.day <= publishedDay && spanDays({ from: began.day, to: publishedDay }) <= CUMULATIVE_DAYS)
        campaignFrom = began.day
      if (SINCE.test(s) && CAMPAIGN.test(s) && !WAR_START.test(s)) {
        // (the time told at "since", not the sentence's nearest: "150 raids over the past 24 hours, the
        // most since the offensive began on June 19")
        const t = timesOf()?.nearest(s.search(SINCE)) ?? null
        // (a few days are a campaign where the sentence says it began then: "since January 20, when the
        // operation was launched")
        const span = t === null ? 0 : spanDays(t)
        if (t !== null && (span > INCIDENT_WINDOW || (span >= 2 && CAMPAIGN_BEGAN.test(s))) && span <= CUMULATIVE_DAYS && t.to === publishedDay)
          campaignFrom = t.from
      }
      // "the war which started when the regime cracked down on protests in 2011": a "since then"
      // after it counts from the war's start
      if (warStarts(s)) frame.sinceFrom = CONFLICT_START
      // the first dated incident, with the places it names: a bulletin's lead
      if (lead === null && frame.incident !== null && told) {
        const places = new Set<string>()
        const named = namedAt(si)
        for (const p of named) {
          places.add(p.id)
          const g = governorateOf(p)
          if (g !== null) places.add(g)
        }
        lead = { time: frame.incident, places, nationwide: nationwideAt(si) }
      } else {
        // (a headline naming a city, "152 killed ... as barrel bombs rain on Aleppo", and the lead
        // under it the country's toll of the same day)
        const first = lead as BulletinLead | null
        // (dated by its own words: "aerial strikes across the country since September 2015" is background)
        const own = first === null || first.nationwide || sectioned || !told ? null : timeOf()
        if (own !== null && sameWindow(own, first!.time) && nationwideAt(si)) lead = { time: first!.time, places: first!.places, nationwide: true }
      }
      // a sentence telling an incident may move the story to its place; one told as background
      // ("Residents of Daraya had previously accused ...") does not
      if ((claims.length > firstClaim || incident) && !BACKGROUND.test(s)) incidentAt.add(si)
      for (let c = firstClaim; c < claims.length; c++) {
        const claim = claims[c]!
        if (claim.kind === "quantity" && claim.whereId === SYRIA_ID && claim.when !== null && calendarMonth(claim.when)) {
          countryTally.add(si)
          countryTallyWhen = claim.when
          documentTallyWhen = claim.when
        }
      }
    }
  }
  // "The regime air strike dropped chemical bombs ... But the regime has denied any
  // responsibility": the outlet's own account is an event where a denial contradicts it
  for (const d of denials) {
    const denied = claims.find((c) => c.kind === "event" && c.polarity === "denied" && c.span[0] === segments[d]!.start)
    // the account just before the denial, or the report's lead on each side the denial names,
    // which it answers wherever it is: a live report's newest update opens it, and its original
    // lead on the other side ("Russia renewed its bombing of Aleppo") sits further down
    const leads = new Set<string>()
    for (const u of unattributed) {
      if (u.si >= d) break
      const lead = u === unattributed[0] || !leads.has(u.claim.actor ?? "")
      leads.add(u.claim.actor ?? "")
      const near = u.si >= d - DENIAL_REACH || lead
      // (a side's own statement telling its own attacks is not contradicted by its own denial of
      // another: "Our air force carried out 41 sorties ... refutes the allegations about barrel bombs")
      if (near && u.claim.actor !== voice && sharesSide(u.claim.actor, denied?.actor ?? null) && !claims.includes(u.claim)) claims.push(u.claim)
    }
  }
  claims.sort((a, b) => a.span[0] - b.span[0])
  // (sections of a bulletin tell incidents of their own: "the death toll rose to 7" under Aleppo is not
  // "killing 7 terrorists" under Daraa; the lead before the first heading may restate any of them)
  const headings = segments.filter((x) => x.role === "heading" || x.role === "subhead").map((x) => x.start)
  const sectionOf = (at: number): number => lowerBound(headings, at + 1) - 1
  fillFromRestatements(claims, article.title.length, carriedPlace, headlined, inheritedDate, sectionOf)
  fillFromHeadline(claims, article.title.length, carriedPlace)
  // "killed in northern Syria": the part of the country the sentence names, where the country is the place
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!
    if (c.whereId !== wholeCountry().id || !c.quote.includes("Syria")) continue
    const part = COMPASS_SYRIA.exec(c.quote)
    if (part !== null) claims[i] = { ...c, where: `${compassOf(part[1]!)} Syria` }
  }
  for (let i = 0; i < claims.length; i++) {
    const source = claims[i]!.source
    if (source !== null && NON_ASCII.test(source)) claims[i] = { ...claims[i]!, source: placesSpelt(source) }
  }
  return claims
}

// "Suruç state hospital", "Kobanê health officials": a place in a speaker's name is spelt as the
// place is ("Suruc", "Kobani"), whatever marks an outlet puts on its letters, so that one speaker is
// one name across reports (a person's name keeps its letters: "Mustafa Akgül")
const NON_ASCII = /[^\x00-\x7f]/
const PLAIN_OF: Readonly<Record<string, string>> = { ı: "i", İ: "I", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D" }
const plainLatin = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, "")
    .replace(/[ıİłŁøØđĐ]/g, (c) => PLAIN_OF[c] ?? c)
    .normalize("NFC")
const placesSpelt = (source: string): string => {
  let out = source
  for (const place of [...findPlaces(source)].reverse()) {
    const written = source.slice(place.start, place.end)
    if (NON_ASCII.test(written)) out = out.slice(0, place.start) + plainLatin(place.name) + out.slice(place.end)
  }
  return out
}

/** The same count in the headline and in the body: "22 dead" over "22 people were killed". */
const restates = (t: ExtractedClaim, d: ExtractedClaim): boolean => t.metric === d.metric && t.min !== null && d.min === t.min && d.max === t.max

/** A headline naming no place takes the place of the body sentence restating its figure; a body
 * sentence naming no place that restates the headline's figure is about the headline's
 * place ("Syrian warplanes pound Idlib leave 22 dead" ... "22 people were killed during the
 * airstrikes"), not the last place the story named before it. (The headline keeps its own words:
 * the gold labels a headline's "31 dead" as 31, not as the body's "at least 31".) */
const fillFromHeadline = (claims: Array<ExtractedClaim>, titleLength: number, carried: ReadonlySet<ExtractedClaim>): void => {
  let titled = 0
  while (titled < claims.length && claims[titled]!.span[0] < titleLength) titled++
  for (let i = 0; i < titled; i++) {
    const t = claims[i]!
    if (t.kind !== "quantity") continue
    // a headline naming no place of its own ("13 civilians killed in regime air raids on northern
    // Syria") is about the place of the body sentence that restates its figure
    if (carried.has(t)) {
      for (let k = titled, seen = 0; k < claims.length && seen < MAX_RESTATEMENT_LOOKS; k++) {
        const d = claims[k]!
        if (d.kind !== "quantity" || !restates(t, d)) continue
        seen++
        if (!carried.has(d) && d.whereId !== null) {
          claims[i] = { ...t, where: d.where, whereId: d.whereId }
          break
        }
      }
      continue
    }
    const place = t
    if (place.whereId === null) continue
    for (let k = titled, seen = 0; k < claims.length && seen < MAX_RESTATEMENT_LOOKS; k++) {
      const d = claims[k]!
      if (d.kind !== "quantity" || !restates(t, d)) continue
      seen++
      if (carried.has(d) && d.whereId !== place.whereId) claims[k] = { ...d, where: place.where, whereId: place.whereId }
    }
  }
}

// a frame after the attack covers it only from the end of its clause, not from a clause of its own
// ("jets targeted rebel strongholds ... after the army announced a new campaign")
// (not "the civil defence known as the White Helmets": a name, no clause)
const SUBORDINATE =
  /(?:\b(?:after|before|when|while|since|(?<!\b(?:known|such)\s)as|because|where|although|though|whereas|following)\s+(?:the\s+|a\s+|an\s+)?|[;:]\s*)$/i
// "..., where the Russian bombing has been disputed": an aside of the outlet's, not the speaker's
const ASIDE = /,\s*(?:where|which|who)\b/i

type ResolvedFrame = ReturnType<Attribution["framesOf"]>[number]
// a span of months: "since September 2015", "in September" with no day after it
const MONTHS_LONG =
  /\b(?:since|in)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b)/
const QUOTE_OPEN = /^["“]/
// a sentence ending on the colon that opens a speaker's words: "..., saying instead:"
const INTRODUCES = /\b(?:said|saying|says|added|adding|told|stated|stating)\b[^.;]{0,30}:\s*$/i
const NEWS_STAFF = /\b(?:reporters?|correspondents?|agency|news|tv|television|channel|radio|website|editors?|journalists?)\b/i

/** The frame of an event told at `at`: the nearest speaker whose frame covers it. */
const eventSource = (frames: ReadonlyArray<ResolvedFrame>, s: string, at: number): ResolvedFrame | null => {
  let best: ResolvedFrame | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const f of frames) {
    const { frame, source } = f
    if (source === null) continue
    if (frame.at > at && SUBORDINATE.test(s.slice(Math.max(0, frame.speakerAt - 30), frame.speakerAt))) continue
    if (frame.end <= at && ASIDE.test(s.slice(frame.end, at))) continue
    const d = Math.abs(frame.at - at)
    if (d < bestDistance) {
      best = f
      bestDistance = d
    }
  }
  return best
}

/** A sentence's frames for its events, with a speaker's stand opening it ("The council condemns the
 * massacre committed by ..."); the caller asks only where no frame names anyone. */
const withStance = (frames: ReadonlyArray<ResolvedFrame>, stance: Stance): ReadonlyArray<ResolvedFrame> => {
  // (only where no frame names anyone, and never over a frame's speaker)
  if (frames.some((f) => f.frame.speakerAt < stance.end && stance.speakerAt < f.frame.end)) return frames
  const frame = {
    speaker: stance.phrase,
    phrase: stance.phrase,
    anaphoric: false,
    verb: stance.verb,
    at: stance.at,
    end: stance.end,
    speakerAt: stance.speakerAt,
    speakerEnd: stance.speakerEnd
  }
  return [...frames, { frame, source: normaliseSpeaker(stance.phrase) }]
}

// where a sentence sets one speaker against another
const CONTRAST = /\b(?:while|whereas|but|though|although)\b|;/gi
// where a sentence goes on to a second act: "..., while one child was killed by a sniper", "a day after the opposition accused ..."
const LATER_CLAUSE = /\b(?:while|whereas|but|after)\b/gi

/** The sentence cut where two speakers are set against each other ("X said ... while Y said ..."),
 * each piece with a speaker of its own; else the whole sentence. */
// "... pointed the finger at the government for the attack though it denied any responsibility":
// the accused answering in the same sentence
// (what is denied is the blame: "any responsibility", "involvement", "the accusations"; and the
// first clause lays blame: "pointed the finger at", "accused", "blamed")
const ANSWERED =
  /\b(?:though|although|but|while|which)\s+(?:it|he|she)\s+(?:has\s+|had\s+)?(?:denied|denies|rejected|rejects)\s+(?:any\s+|all\s+|the\s+)?(?:responsibility|involvement|role|accusations?|charges?|allegations?|claims?|it|this|that)\b/i
const BLAME = /\b(?:blam\w*|accus\w*|pointed\s+the\s+finger|points\s+the\s+finger|held\s+\S+\s+responsible|holds\s+\S+\s+responsible)\b/i
const contrastedClauses = (s: string, frames: ReturnType<Attribution["framesOf"]>): Array<readonly [number, number]> => {
  const answered = ANSWERED.exec(s)
  if (
    answered !== null &&
    BLAME.test(s.slice(0, answered.index)) &&
    frames.some((f) => f.source !== null && f.frame.end <= answered.index) &&
    mayTellEvent(s.slice(0, answered.index))
  )
    return [
      [0, answered.index],
      [answered.index, s.length]
    ]
  const named = frames.filter((f) => f.source !== null)
  if (named.length < 2) return [[0, s.length]]
  for (const m of s.matchAll(CONTRAST)) {
    const cut = m.index
    const before = named.filter((f) => f.frame.end <= cut)
    const after = named.filter((f) => f.frame.at > cut)
    // each side a speaker of its own, and an act or a denial of its own ("No group claimed the blast
    // but supporters of Nusra blamed IS" is one event: the blast is in the first half)
    const distinct = before.some((f) => !after.some((g) => g.source === f.source))
    if (before.length > 0 && after.length > 0 && distinct && mayTellEvent(s.slice(0, cut)) && mayTellEvent(s.slice(cut)))
      return [
        [0, cut],
        [cut, s.length]
      ]
  }
  return [[0, s.length]]
}

// an attack told before, referred back: "in such attacks", "the attack took place", "the brunt of the airstrikes"
const REFERRED_BACK =
  /\b(?:the|such|these|those|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|air ?strikes?|air[- ]raids?|raids|strikes|bombings?|shelling|bombardment|blasts?|explosions?|massacres?)\b/i
// news organisations relay whole accounts ("According to Anadolu Agency the airstrikes have been
// conducted in ..."); a monitor, activists or a police source give the toll of an attack the outlet told
const MEDIA = /\b(?:agency|agencies|news|media|tv|television|channel|radio|website|newspaper|daily|broadcaster)\b/i
// a closing quotation mark with no opening one before it in the sentence: '... foiled the attack" said Tarek'
const CLOSES_QUOTE = /^[^"“]*[^\s"“]["”](?=[\s.,;]|$)/
/** placeholder source for reading the outlet's own account of an attack */
const OUTLET = "\u0000outlet"
/** "Russia" and "Russia and Syrian government" name a side in common */
const sharesSide = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.split(" and ").some((x) => b.split(" and ").includes(x))
/** how many sentences back a denial answers an unattributed account */
const DENIAL_REACH = 3

const eventClaim = (event: EventReading, actor: string, place: PlaceMatch | null, when: DateWindow | null, quote: string, start: number): ExtractedClaim => ({
  kind: "event",
  metric: null,
  min: null,
  max: null,
  qualifier: null,
  who: null,
  where: place?.display ?? null,
  whereId: place?.id ?? null,
  when,
  source: event.source === OUTLET ? null : event.source,
  actor,
  action: event.action,
  polarity: event.polarity,
  quote,
  span: [start, start + quote.length],
  rule: event.rule
})

/** a claim placed only in a whole country */
const countryLevel = (c: ExtractedClaim): boolean => c.whereId !== null && placeById(c.whereId)?.level === "country"
/** Two figures each in a place of its own sentence, neither place in the other: two incidents
 * ("injuring two persons" in Jeb al-Jarrah, then "Last month two persons were injured" in
 * al-Mushrefeh), however alike the figure. */
const elsewhere = (c: ExtractedClaim, d: ExtractedClaim, carried: ReadonlySet<ExtractedClaim>): boolean => {
  if (c.where === null || d.where === null || c.whereId === d.whereId || carried.has(c) || carried.has(d) || countryLevel(c) || countryLevel(d)) return false
  const first = (w: string) => w.slice(0, w.indexOf(",") < 0 ? w.length : w.indexOf(","))
  return !c.where.includes(first(d.where)) && !d.where.includes(first(c.where))
}

/** A figure restated in another sentence is the same incident ("5 people were killed ... was hit
 * on Monday leaving five people dead"; "SANA said five people had been killed in the bombardment"
 * after "Rocket attacks killed 5 people in Damascus on Thursday"): an undated one takes the
 * restatement's date, and a place borrowed from the story takes the restatement's own. A later
 * restatement first; an earlier one only for figures of three or more (small ones recur). */
/** How many claims with the same figure are looked at on either side for a restatement: an
 * article repeats a figure a handful of times; a text repeating it thousands of times is not
 * news, and must not make each claim's search long. */
const MAX_RESTATEMENT_LOOKS = 256

/** The position of `value` in the ascending `xs`, or where it would go. */
const lowerBound = (xs: ReadonlyArray<number>, value: number): number => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Do two claims' days meet (or is either undated)? */
const sameDays = (a: DateWindow | null, b: DateWindow | null): boolean => a === null || b === null || (a.from <= b.to && b.from <= a.to)

const fillFromRestatements = (
  claims: Array<ExtractedClaim>,
  titleLength: number,
  carried: Set<ExtractedClaim>,
  headlined: ReadonlySet<ExtractedClaim>,
  inherited: ReadonlySet<ExtractedClaim>,
  sectionOf: (at: number) => number
): void => {
  const apart = (c: ExtractedClaim, d: ExtractedClaim): boolean => {
    const a = sectionOf(c.span[0])
    const b = sectionOf(d.span[0])
    return a !== b && a >= 0 && b >= 0
  }
  const same = (c: ExtractedClaim, d: ExtractedClaim, loosely: boolean): boolean =>
    d !== c &&
    !apart(c, d) &&
    d.kind === "quantity" &&
    d.span[0] > titleLength &&
    !headlined.has(d) &&
    d.span[0] !== c.span[0] &&
    d.metric === c.metric &&
    d.min === c.min &&
    // (loosely: "at least 17 civilians" restated as "Seventeen civilians")
    (d.max === c.max || (loosely && ((c.qualifier === "at_least" && d.qualifier === "exact") || (c.qualifier === "exact" && d.qualifier === "at_least")))) &&
    !elsewhere(c, d, carried)
  // Only claims with the same figure can restate each other: looking among those alone keeps an
  // article with thousands of figures linear (a scan over every claim for every claim was
  // quadratic: 100,000 figures in one text never finished). Indices, not claims, because a
  // claim filled below is read again as a candidate for the claims after it.
  const sameFigure = new Map<string, Array<number>>()
  const keyOf = (c: ExtractedClaim): string => `${c.metric}|${c.min}`
  claims.forEach((c, i) => {
    if (c.kind !== "quantity") return
    const key = keyOf(c)
    const at = sameFigure.get(key)
    if (at === undefined) sameFigure.set(key, [i])
    else at.push(i)
  })
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!
    if (c.kind !== "quantity" || c.span[0] <= titleLength || c.metric === "trapped" || headlined.has(c)) continue
    const undated = c.when === null
    const borrowed = carried.has(c)
    // "killed in Syria" restated as "killed near the town of Sukhna": the restatement's town
    const vague = countryLevel(c)
    // a date taken from the story yields to the date of the incident the figure restates ("A bomber
    // killed four people on Sunday ... [another incident earlier this week] ... "Four people were
    // killed in the attack" said the monitor": Sunday)
    const storyDated = inherited.has(c)
    if (!undated && !borrowed && !vague && !storyDated) continue
    const candidates = sameFigure.get(keyOf(c))!
    const here = lowerBound(candidates, i)
    const find = (loosely: boolean): ExtractedClaim | undefined => {
      for (let k = here + 1, seen = 0; k < candidates.length && seen < MAX_RESTATEMENT_LOOKS; k++, seen++) {
        const d = claims[candidates[k]!]!
        if (same(c, d, loosely) && (d.when !== null || !carried.has(d) || vague)) return d
      }
      if ((c.min ?? 0) >= 3) {
        for (let k = here - 1, seen = 0; k >= 0 && seen < MAX_RESTATEMENT_LOOKS; k--, seen++) {
          const d = claims[candidates[k]!]!
          if (same(c, d, loosely) && (d.when !== null || !carried.has(d) || vague) && (d.who === c.who || d.who === null || c.who === null)) return d
        }
      }
      return undefined
    }
    // (a restatement of the same figure first; a looser one only for the place)
    const exact = find(false)
    const near = exact === undefined && (vague || borrowed) ? find(true) : undefined
    // (a looser one only of the same days: "10 killed on Monday" is not "at least 10 ... on Sunday")
    const d = exact ?? (near !== undefined && sameDays(c.when, near.when) ? near : undefined)
    if (d === undefined) continue
    // (a looser restatement, "at least 17" as "Seventeen", lends its place, not its date: the
    // standfirst's count is often the day's or the week's)
    const restatedLoosely = exact === undefined
    const when = !restatedLoosely && (undated || (storyDated && (c.min ?? 0) >= 3 && d.when !== null && !inherited.has(d))) ? d.when : c.when
    const own = (borrowed && !carried.has(d)) || (vague && d.where !== null && !countryLevel(d))
    claims[i] = { ...c, when, where: own ? d.where : c.where, whereId: own ? d.whereId : c.whereId }
    // (a place borrowed from a restatement is still not the sentence's own)
    if (borrowed) carried.add(claims[i]!)
  }
}
