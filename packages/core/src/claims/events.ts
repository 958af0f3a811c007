/**
 * Event claims: who did what, as someone asserts or denies it. Three kinds, each a sentence:
 *
 * - a denial: "A Russian defense ministry spokesman denied that its planes had been hitting
 *   Aleppo" (actor Russia, denied);
 * - an admission, the actor's own side confirming it: "Russia's Defense Ministry has confirmed
 *   the resumption of missile strikes", "ISIL claimed responsibility for the attack";
 * - harm with who caused it, the actor and a known source both named in the sentence: "Nine
 *   civilians died in rebel shelling, the Syrian Observatory said". Attacks without harm ("jets
 *   pounded opposition-held parts of Aleppo") are the background the quantity claims already
 *   date and place; what sources dispute is who caused the dead and wounded. A source borrowed
 *   from the next sentence is not enough: that is often the next incident's.
 */
import { KNOWN_SOURCES } from "./attribution.js"

export interface EventReading {
  readonly actor: string
  readonly action: string
  readonly polarity: "asserted" | "denied"
  readonly source: string | null
  readonly rule: string
}

const ACTORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:russian and syrian|syrian and russian|russian and (?:government|regime)|(?:government|regime) and russian)\b/i, "Russia and Syrian government"],
  [/\b(?:russia|russian|moscow)\b/i, "Russia"],
  [/\b(?:regime|government forces|syrian (?:army|government|forces|air force|troops|military)|assad|pro-government|government)\b/i, "Syrian government"],
  [/\b(?:us-led|u\.s\.-led|coalition|united states|american|pentagon)\b/i, "US-led coalition"],
  [/\b(?:turkey|turkish)\b/i, "Turkey"],
  [/\b(?:islamic state|isil|isis|daesh)\b/i, "Islamic State"],
  [/\bIS\b/, "Islamic State"],
  [/\b(?:nusra|fatah al-sham|fateh al-sham|hts|hayat tahrir)\b/i, "Nusra Front"],
  [/\b(?:rebels?|terrorists?|opposition fighters|militants|insurgents|armed groups)\b/i, "rebels"]
]
const ACTORS_ALL: ReadonlyArray<readonly [RegExp, string]> = ACTORS.map(([re, actor]) => [new RegExp(re.source, `${re.flags}g`), actor])
// "rebel-held", "government-controlled", "a village held by the Islamic State": who holds a
// place, not who acted.
const HELD = /\b[\w-]+-(?:held|controlled|besieged|run|backed)\b|\b(?:held|controlled|run|besieged)\s+by\s+(?:the\s+)?(?:\S+\s+){0,2}?\S+/gi
// "the Syrian army said", "Syria's army says": the source, not the actor
const SAYS_AFTER = /^(?:\s+(?!(?:that|and|in|on|by|after|when|which|who|as|of|from|to)\b)[\w'’.-]+){0,8}?\s+(?:said|says|say|told|reported|announced|stated|claimed|added)\b/i
// "14 Daesh terrorists were killed", "two commanders of the Nusra Front": the victims. Not
// "Dozens of Syrian regime strikes" (strikes are not people), nor "Nine civilians died in rebel
// shelling" (a verb stands between).
const COUNTED_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|tens))\s+((?:[a-z-]+\s+){0,3})$/i
const NOT_IN_A_COUNT = /\b(?:in|by|from|on|at|after|during|with|as|when|were|was|had|have|been|are|is|died|killed|wounded|injured|dead)\b/i
const PERSON = /\b(?:terrorists?|fighters?|militants?|members?|commanders?|leaders?|soldiers?|troops|gunmen|jihadists?|rebels?|civilians?|people|persons)\b/i
const isVictim = (t: string, at: number, end: number): boolean => {
  const counted = COUNTED_BEFORE.exec(t.slice(Math.max(0, at - 40), at))
  if (counted === null || NOT_IN_A_COUNT.test(counted[1] ?? "")) return false
  const next = /^\s*(?:[A-Z][\w-]*\s+)?([a-z-]+)/.exec(t.slice(end, end + 30))?.[1] ?? ""
  return PERSON.test(counted[1] ?? "") || PERSON.test(t.slice(at, end)) || PERSON.test(next)
}
const JOINED = /^\s*(?:and|with|in cooperation with|backed by)\s+(?:the\s+)?/i

/** The actor of the sentence's action: the first side named that is neither holding a place, nor
 * saying so, nor counted among the victims; two sides joined by "and" act together. */
const actorIn = (s: string): string | null => {
  const t = s.replace(HELD, (m) => " ".repeat(m.length))
  let best: { at: number; end: number; actor: string } | null = null
  for (const [re, actor] of ACTORS_ALL) {
    for (const m of t.matchAll(re)) {
      const at = m.index
      const end = at + m[0].length
      if (SAYS_AFTER.test(t.slice(end, end + 40)) || isVictim(t, at, end)) continue
      if (best === null || at < best.at) best = { at, end, actor }
      break
    }
  }
  if (best === null) return null
  // "Turkish Armed Forces and the U.S.-led coalition"
  const rest = t.slice(best.end)
  const tail = /^(?:\s+[A-Z][\w-]*){0,2}/.exec(rest)?.[0] ?? ""
  const join = JOINED.exec(rest.slice(tail.length))
  if (join !== null) {
    const after = rest.slice(tail.length + join[0].length, tail.length + join[0].length + 30)
    for (const [re, other] of ACTORS) {
      const m = re.exec(after)
      if (m !== null && m.index === 0 && other !== best.actor && !best.actor.includes(other)) return `${best.actor} and ${other}`
    }
  }
  return best.actor
}
const ACTION: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:chemical|gas|sarin|chlorine)\b/i, "chemical attack"],
  [/\b(?:shell(?:s|ed|ing)?|mortars?|rockets?|artillery)\b/i, "shelling"],
  [/\b(?:car bomb|suicide)\b/i, "car bomb"],
  [/\b(?:air ?strikes?|strikes?|struck|raids?|bomb(?:ed|ing|s)?|planes|jets|warplanes|sorties|missiles?|hitting|hit|targeted)\b/i, "strike"],
  [/\b(?:sniper|snipers)\b/i, "sniper fire"],
  [/\b(?:shot|shooting|fired)\b/i, "shooting"]
]
const actionIn = (s: string): string | null => {
  for (const [re, a] of ACTION) if (re.test(s)) return a
  return null
}

const DENIAL = /\b(?:den(?:y|ies|ied|ying)|rejected|refuted|dismissed)\b/i
const ADMISSION = /\b(?:confirmed|admitted|acknowledged|claimed\s+responsibility|took\s+responsibility)\b/i
const HARM = /\b(?:kill(?:s|ed|ing)?|dead|died|deaths?|wound(?:s|ed|ing)?|injur(?:es|ed|ing|ies)|casualties|martyred|lives)\b/i
// "it was unclear who had carried out the strike": no actor is asserted
const NO_ACTOR = /\b(?:unclear|not\s+clear|unknown|unidentified)\s+(?:who|which|whether|warplanes|jets|aircraft|planes|gunmen|attackers)\b/i

/** The side a source speaks for, when it is one of the actors. */
const SOURCE_SIDE: ReadonlyMap<string, string> = new Map([
  ["Russian Defense Ministry", "Russia"],
  ["Russian General Staff", "Russia"],
  ["Syrian army", "Syrian government"],
  ["SANA", "Syrian government"],
  ["Turkish military", "Turkey"],
  ["Islamic State", "Islamic State"]
])

/** The event a sentence tells, if any. `source` is whom the sentence itself names as saying so:
 * an event needs its attribution in its own words, not borrowed from a neighbour. */
export const readEvent = (s: string, source: string | null): EventReading | null => {
  const denial = DENIAL.exec(s)
  const admitted = denial === null && ADMISSION.test(s)
  const harm = HARM.test(s)
  if (denial === null && !admitted && !harm) return null
  if (NO_ACTOR.test(s)) return null
  const action = actionIn(s) ?? "attack"
  if (denial !== null) {
    // "Assad continued to deny any Russian and regime siege": what is denied follows the verb
    const actor = actorIn(s.slice(denial.index + denial[0].length)) ?? actorIn(s)
    return actor === null ? null : { actor, action, polarity: "denied", source, rule: "event/denial" }
  }
  const actor = actorIn(s)
  if (admitted) {
    // "the ISIL group claimed responsibility": the source owns up for its side
    const side = source === null ? undefined : SOURCE_SIDE.get(source)
    if (side !== undefined && (actor === null || actor.includes(side))) return { actor: side, action, polarity: "asserted", source, rule: "event/admission" }
    if (!harm) return null
  }
  if (actor === null || source === null || !KNOWN_SOURCES.has(source)) return null
  // harm told with who caused it: "X killed 84", "died in rebel shelling"
  return { actor, action, polarity: "asserted", source, rule: "event/attack" }
}
