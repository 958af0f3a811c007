/**
 * Independence. A figure's origin is the party it is attributed to, else the outlet that
 * states it: five outlets quoting SOHR are one origin, SANA and the Syrian army and the Aleppo
 * Police Command are one (the Syrian government speaking through its organs), and an outlet's
 * unattributed figure, or one it has from unnamed "activists" or "local sources", is the
 * outlet's own. A conflict needs two different origins.
 */
import { SYRIA_PLACES } from "../claims/syria-places.js"

export interface Origin {
  /** identity: equal keys are one origin */
  readonly key: string
  /** how a person reads it in a summary */
  readonly label: string
}

// Parties, by the names their organs and spokesmen go by. Order matters: the first match wins.
const PARTIES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\b(?:sohr|sorh|observatory|obervatory|war monitor|the monitor|a monitor|monitoring group|abd[eu]l?[- ]?rahman|abdurrahman)\b/i, "sohr", "SOHR"],
  [/\b(?:white helmets|civil defen[cs]e|rescue workers)\b/i, "white-helmets", "White Helmets"],
  [
    /\b(?:sana|syrian arab news agency|state (?:news agency|media|television|tv)|syria tv|syrian (?:army|government|authorities|military|national television|tv|news agency|regime)|police command|military sources?|army general command|governor|official news agency)\b/i,
    "syrian-government",
    "Syrian government"
  ],
  [
    /\b(?:russian (?:defen[cs]e ministry|ministry|general staff|military|general|coordination cent(?:er|re)|cent(?:er|re) for reconciliation|reconciliation cent(?:er|re)|government|foreign ministry|authorities)|russia|moscow|kremlin|konashenkov|shoigu|lavrov|putin)\b/i,
    "russian-government",
    "Russian government"
  ],
  [/\b(?:us-led coalition|coalition spokesman|central command|centcom|cjtf|inherent resolve)\b/i, "us-led-coalition", "US-led coalition"],
  [
    /\b(?:united states|pentagon|washington|state department|white house|u\.?s\.? (?:government|officials?|president|secretary|military|intelligence)|obama|trump|kerry)\b/i,
    "us-government",
    "US government"
  ],
  [/\b(?:turkish (?:military|armed forces|general staff|government|officials?)|tsk|ankara|erdogan)\b/i, "turkish-government", "Turkish government"],
  [
    /\b(?:national coalition|syrian coalition|etilaf|opposition (?:forces|spokesman|statement)|syrian opposition|george sabra|high negotiations committee|hnc)\b/i,
    "syrian-opposition",
    "Syrian opposition"
  ],
  [/\b(?:islamic state|isil|isis|daesh|a?amaq)\b/i, "islamic-state", "Islamic State"],
  [/\b(?:United Nations?|UN|U\.N\.|UNICEF|OCHA|UNHCR|WHO|Security Council)(?![\w-])/, "un", "UN"],
  [/\b(?:sdf|ypg|pyd|syrian democratic forces|kurdish forces)\b/i, "kurdish-forces", "Kurdish forces"],
  [/\b(?:local coordination committees|lcc)\b/i, "lcc", "LCC"],
  [/\b(?:human rights watch|hrw)\b/i, "hrw", "Human Rights Watch"],
  [/\b(?:amnesty international)\b/i, "amnesty", "Amnesty International"],
  [/\b(?:msf|medecins sans frontieres|doctors without borders)\b/i, "msf", "MSF"]
]

// Outlets that are a party's own organ: their unattributed figures are that party's.
const OUTLET_PARTIES: ReadonlyMap<string, string> = new Map([
  ["sana", "syrian-government"],
  ["etilaf", "syrian-opposition"]
])
const PARTY_LABELS: ReadonlyMap<string, string> = new Map(PARTIES.map(([, key, label]) => [key, label]))

// The side an accused actor (events.ts) speaks as, when it denies without a named spokesman.
const ACTOR_PARTIES: ReadonlyMap<string, string> = new Map([
  ["Russia", "russian-government"],
  ["Syrian government", "syrian-government"],
  ["US-led coalition", "us-led-coalition"],
  ["Turkey", "turkish-government"],
  ["Islamic State", "islamic-state"]
])

// Words that name no one in particular: "activists", "local sources", "media reports". A figure
// from them is the outlet's own reporting. Also the extractor's stray words: weekdays, months,
// connectives.
const GENERIC_WORDS = new Set(
  (
    "a an the also meanwhile another other some its their his her it this that of in on at by from " +
    "activist activists source sources local medical field informed security official officials opposition " +
    "group groups rights human resident residents witness witnesses eyewitness eyewitnesses media report reports reported reporter " +
    "surgeon surgeons physician physicians pharmacist owner farmer teacher driver shopkeeper relative relatives neighbour neighbor survivor survivors " +
    "correspondent news agency agencies ngo analyst analysts spokesman ministry authorities authority " +
    "initial preliminary unverified information latest toll death monitoring city citys various " +
    "sunday monday tuesday wednesday thursday friday saturday today yesterday " +
    "january february march april may june july august september october november december"
  ).split(" ")
)
// words that say nothing about who speaks
const STRAY_WORDS = new Set(
  "a an the also meanwhile another other some its their his her it this that of in on at by from sunday monday tuesday wednesday thursday friday saturday today yesterday january february march april may june july august september october november december".split(
    " "
  )
)
// Syrian place names (and "Syria"): a place is not a source; the extractor sometimes takes one.
let placeNames: Set<string> | undefined
const isPlaceName = (s: string): boolean => {
  if (placeNames === undefined) {
    placeNames = new Set(["syria", "iraq", "turkey", "lebanon", "jordan", "paris", "london", "beirut"])
    for (const p of SYRIA_PLACES) {
      placeNames.add(p.name.toLowerCase())
      for (const v of p.variants) placeNames.add(v.toLowerCase())
    }
  }
  return placeNames.has(s.toLowerCase().replace(/^(?:of|in)\s+/, ""))
}

const isGeneric = (s: string): boolean => {
  const words = s.toLowerCase().match(/[a-z]+/g)
  if (words === null) return true
  for (const w of words) if (!GENERIC_WORDS.has(w)) return false
  return true
}

const outletKey = (outlet: string): string => outlet.trim().toLowerCase()

/** The origin of an outlet's own statements. */
export const outletOrigin = (outlet: string): Origin => {
  const key = outletKey(outlet)
  const party = OUTLET_PARTIES.get(key)
  if (party !== undefined) return { key: `party:${party}`, label: PARTY_LABELS.get(party)! }
  return { key: `outlet:${key}`, label: outlet.trim() || "unknown outlet" }
}

// sources and outlets repeat: each pair is read once (by outlet, then source: both strings the
// caller already holds, so no key is built; the cache is dropped when it grows large)
const ORIGIN_CACHE_SIZE = 20_000
const originCache = new Map<string, Map<string, Origin>>()
let originCount = 0

/** The origin of a named source ("SOHR", "the Syrian army", "activists") reported by an outlet. */
export const sourceOrigin = (source: string | null, outlet: string): Origin => {
  let bySource = originCache.get(outlet)
  if (bySource === undefined) {
    if (originCount >= ORIGIN_CACHE_SIZE) {
      originCache.clear()
      originCount = 0
    }
    bySource = new Map()
    originCache.set(outlet, bySource)
  }
  const key = source ?? ""
  let origin = bySource.get(key)
  if (origin === undefined) {
    origin = readOrigin(source, outlet)
    bySource.set(key, origin)
    originCount++
  }
  return origin
}

const readOrigin = (source: string | null, outlet: string): Origin => {
  if (source === null) return outletOrigin(outlet)
  const s = source.trim()
  for (const [re, key, label] of PARTIES) if (re.test(s)) return { key: `party:${key}`, label }
  // the outlet naming itself ("Al-Manar reporter" in Manar, "Sputnik reported" in Sputnik)
  const own = outletKey(outlet)
  if (own.length >= 3 && s.toLowerCase().includes(own)) return outletOrigin(outlet)
  if (isPlaceName(s)) return outletOrigin(outlet)
  if (isGeneric(s)) {
    // the outlet's own reporting, read as who it cites: "alaraby (activists)"
    const own = outletOrigin(outlet)
    const words =
      s
        .toLowerCase()
        .match(/[a-z]+/g)
        ?.filter((w) => !STRAY_WORDS.has(w)) ?? []
    return words.length === 0 ? own : { key: own.key, label: `${own.label} (${words.join(" ")})` }
  }
  return { key: `named:${s.toLowerCase()}`, label: s }
}

/**
 * Whose word a claim is. A denial nobody is named for is the accused side's own (a side denies
 * what it is accused of: "a Russian defense ministry spokesman denied...", which the extractor
 * may leave unattributed), never the outlet's.
 */
export const originOf = (c: {
  readonly source: string | null
  readonly outlet: string
  readonly kind: "quantity" | "event"
  readonly polarity: "asserted" | "denied"
  readonly actor: string | null
}): Origin => {
  if (c.kind === "event" && c.polarity === "denied" && c.source === null && c.actor !== null) {
    const party = ACTOR_PARTIES.get(actorParts(c.actor)[0]!)
    if (party !== undefined) return { key: `party:${party}`, label: PARTY_LABELS.get(party)! }
    return { key: `named:${c.actor.toLowerCase()}`, label: c.actor }
  }
  return sourceOrigin(c.source, c.outlet)
}

/** "Russia and Syrian government" -> ["Russia", "Syrian government"], sorted */
export const actorParts = (actor: string): ReadonlyArray<string> =>
  actor
    .split(/\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .sort()

/** The party an accused actor belongs to, if it is a known side (an asserted event by it is an admission). */
export const actorParty = (actorPart: string): string | null => {
  const p = ACTOR_PARTIES.get(actorPart)
  return p === undefined ? null : `party:${p}`
}
