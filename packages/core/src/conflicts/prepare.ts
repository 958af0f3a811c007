/**
 * A claim made ready for comparison: its origin, its scope (metric, place, victims, window) and
 * the lookup keys a store indexes it under.
 *
 * Keys. Every claim gets a `home` key and a few `keys`. A scope (all claims with one metric,
 * place, victims and window) has one home; a part carries the homes of the wholes that can
 * contain it, an asserted event the homes of the denials it can meet. So the stored claims
 * sharing a key with a new one are all that comparing it needs (see README.md).
 */
import { dayOf, dayOfMs } from "./days.js"
import { boundsOf, type Bounds, looseBounds } from "./figures.js"
import { actorParts, actorParty, type Origin, originOf } from "./origin.js"
import { SYRIA_ID } from "../claims/syria-places.js"
import { findPlaces, placeById } from "../claims/gazetteer.js"
import {
  causesOf,
  isAdditive,
  isCountry,
  isCountrywide,
  isSuperseded,
  isDocumented,
  nearFigure,
  periodDaysOf,
  spansQuarters,
  isShort,
  perpetratorsOf,
  type PlaceRef,
  placeRefOf,
  type Scale,
  scaleOf,
  SHORT_WINDOW_DAYS,
  sidesOf,
  subareaOf,
  plusAfter,
  subcountsOf,
  victimSidesOf,
  writtenIn,
  victimsOf,
  type Window
} from "./scope.js"
import type { ConflictClaim } from "./types.js"

/** Figures of a population (the trapped) describe a standing state, not an event. */
const STOCK_METRICS: ReadonlySet<string> = new Set(["trapped"])
/** a standing figure is compared with others stated up to this many calendar months before it */
export const STOCK_MONTHS = 2
/** a running toll ending more than this many days before its article was published is background */
const HISTORY_DAYS = 31
/** an asserted and a denied event may be told a day apart (time zones, "yesterday") */
export const EVENT_SLACK_DAYS = 1

export interface PreparedQuantity {
  readonly type: "quantity"
  readonly claim: ConflictClaim
  readonly origin: Origin
  readonly metric: string
  readonly place: PlaceRef
  readonly victims: string
  readonly window: Window
  /** for a standing figure: the calendar month it describes (year * 12 + month); else null */
  readonly month: number | null
  readonly causes: number
  /** sides the sentence names, for fighters (with the figure) and strikes; 0 otherwise */
  readonly sides: number
  /** who did the harm, for figures of civilians and people; 0 otherwise or when unsaid */
  readonly perpetrators: number
  readonly scale: Scale | null
  /** the counts its sentence gives as parts of it ("including 10 ...") */
  readonly subcounts: ReadonlyArray<number>
  /** a count added to others or for an unnamed quarter: only ever a part */
  readonly partOnly: boolean
  /** its sentence names its place: only then can it stand as the whole a part exceeds */
  readonly placed: boolean
  readonly bounds: Bounds
  readonly scopeKey: string
  readonly home: string
  readonly keys: ReadonlyArray<string>
}

export interface PreparedEvent {
  readonly type: "event"
  readonly claim: ConflictClaim
  readonly origin: Origin
  readonly actors: ReadonlyArray<string>
  readonly action: string
  readonly place: PlaceRef | null
  readonly window: Window
  readonly denied: boolean
  /** for a denial, the key it is recomputed under for each side it is about (as `actors`); empty for an asserted event */
  readonly homes: ReadonlyArray<string>
  readonly keys: ReadonlyArray<string>
}

export type Prepared = PreparedQuantity | PreparedEvent

/** the week a day falls in, as keys name it (weeks start on Monday) */
export const week = (day: number): number => Math.floor((day + 3) / 7)

/**
 * The claim's window. A claim that gives no time: a headline tells what its article reports, so
 * it stands for the publication day and the day before; a standing figure is as of
 * publication; any other undated figure in the body is background ("more than 300,000 have
 * been killed", a hospital's toll for the month) and takes part in no conflict. Malformed
 * windows count as undated.
 */
const windowOf = (c: ConflictClaim, stock: boolean): Window | null => {
  if (c.when !== null) {
    const from = dayOf(c.when.from)
    const to = dayOf(c.when.to)
    if (Number.isFinite(from) && Number.isFinite(to) && from <= to) return { from, to, dated: true }
  }
  if (!Number.isFinite(c.published)) return null
  const day = dayOfMs(c.published)
  if (stock) return { from: day, to: day, dated: false }
  if (c.kind === "event" || isHeadline(c)) return { from: day - 1, to: day, dated: false }
  return null
}

const isHeadline = (c: ConflictClaim): boolean => c.span !== undefined && c.span !== null && c.span[0] === 0

const SPECIFIC_DENIAL = /\b(?:denied|denying|rejected|dismissed|refuted)\b/i
const STANDING_DENIAL =
  /\b(?:always|consistently|long|repeatedly|routinely|regularly|previously|in the past|continues? to|will|would)\b(?:\s+\S+){0,3}?\s+(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b/i
// "denied using chemical weapons during the civil war": a line held for the whole war, not an answer to one report
const WARLONG_DENIAL = /\b(?:during|throughout|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|uprising)\b/i
// "refuted terrorists claims about winning back a key district": ground gained is no attack
const GROUND_DENIAL =
  /\b(?:claims?|reports?|allegations?)\s+(?:about|of|that)\s+(?:\S+\s+){0,3}?(?:winning|won|captur\w*|seiz\w*|tak(?:ing|en)\s+(?:control|over)|advanc\w*|retak\w*|regain\w*)\b/i
// "rejected a US plea to halt flights": refusing a request denies no act
const REFUSAL =
  /\b(?:rejected|dismissed|refused)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,2}?(?:plea|call|request|demand|proposal|offer|plan|appeal|ultimatum)s?\b/i

/**
 * What the rules read in a claim's evidence sentence. Reading it is the costly part of
 * `prepare` (a few dozen regular expressions); a store can keep `featuresOf(claim)` in a column
 * at insert time and hand it back as `claim.features`, so that later comparisons read no text.
 * The string carries a version: features of older rules are read again.
 */
interface Features {
  readonly causes: number
  /** for fighters, the sides named with the figure; otherwise those the sentence names */
  readonly sides: number
  readonly perpetrators: number
  readonly scale: Scale | null
  readonly subcounts: ReadonlyArray<number>
  readonly subarea: string | null
  readonly additive: boolean
  readonly countrywide: boolean
  /** a denial told in the past, not a standing line */
  readonly specificDenial: boolean
  /** the figure is in its sentence (see `writtenIn`) */
  readonly written: boolean
  /** "20+" */
  readonly plus: boolean
  /** "the previous death toll was 20": no current figure */
  readonly superseded: boolean
  /** days before its date that the figure's count began ("over the weekend": 1) */
  readonly period: number
  /** deaths a source documented one by one: a part of all */
  readonly documented: boolean
  /** told of several quarters of a city */
  readonly quarters: boolean
  /** one of several counts its sentence lists for one metric and window ("nine in Qaterji and
   * two in Mayssar"): a part, never a whole. Read from the article's other claims, not the
   * sentence alone (`markListed`): kept so a store comparing it later need not fetch them. */
  readonly listed: boolean
  /** the sentence names the claim's place (or a place within it): false when the place was the
   * article's, inherited by a sentence naming none */
  readonly placed: boolean
}
const FEATURES_VERSION = "f11"
/** The version of what the rules read and key (kept features, lookup keys): a store whose kept
 * features carry another must index its claims again. Raised with every change to either. */
export const CONFLICT_RULES_VERSION = FEATURES_VERSION
/** Whether kept features were read by these rules. */
export const isCurrentFeatures = (features: string): boolean => features.startsWith(`${FEATURES_VERSION}:`)

/** Whether a sentence names the claim's place, a place within it, or (for a city) the governorate
 * named after it; the country does not name a place in it. */
const namesPlace = (quote: string, whereId: string | null): boolean => {
  if (whereId === null || whereId === "") return false
  const own = placeRefOf(whereId, null)
  // a name several places share is read as the one the claim was placed in ("al-Midan")
  for (const m of findPlaces(quote, own?.ancestors ?? [])) {
    if (m.id === whereId || m.id === SYRIA_ID || m.level === "country") {
      if (m.id === whereId) return true
      continue
    }
    const named = placeRefOf(m.id, null)
    if (named?.ancestors.includes(whereId)) return true
    if (own?.ancestors.includes(m.id) && placeById(m.id)?.name === placeById(whereId)?.name) return true
  }
  return false
}

const figureOfClaim = (c: ConflictClaim): number | null => (c.qualifier === "more_than" && c.min !== null ? c.min - 1 : (c.min ?? c.max))

/** What the rules read of a sentence alone, each part read on first use: an article's claims
 * often share one sentence ("killed 3 and injured 17"), which is then read once for all. */
class Sentence {
  private causes0: number | undefined
  private perpetrators0: number | undefined
  private sides0: number | undefined
  private scale0: Scale | null | undefined
  private subcounts0: ReadonlyArray<number> | undefined
  private subarea0: string | null | undefined
  private countrywide0: boolean | undefined
  private specificDenial0: boolean | undefined
  private superseded0: boolean | undefined
  private period0: number | undefined
  private documented0: boolean | undefined
  private quarters0: boolean | undefined
  private readonly places = new Map<string | null, boolean>()
  constructor(readonly text: string) {}
  get causes(): number {
    if (this.causes0 === undefined) this.causes0 = causesOf(this.text)
    return this.causes0
  }
  get perpetrators(): number {
    if (this.perpetrators0 === undefined) this.perpetrators0 = perpetratorsOf(this.text)
    return this.perpetrators0
  }
  get sides(): number {
    if (this.sides0 === undefined) this.sides0 = sidesOf(this.text)
    return this.sides0
  }
  get scale(): Scale | null {
    if (this.scale0 === undefined) this.scale0 = scaleOf(this.text)
    return this.scale0
  }
  get subcounts(): ReadonlyArray<number> {
    if (this.subcounts0 === undefined) this.subcounts0 = subcountsOf(this.text)
    return this.subcounts0
  }
  get subarea(): string | null {
    if (this.subarea0 === undefined) this.subarea0 = subareaOf(this.text)
    return this.subarea0
  }
  get countrywide(): boolean {
    if (this.countrywide0 === undefined) this.countrywide0 = isCountrywide(this.text)
    return this.countrywide0
  }
  /** told as a denial in the past, not a standing line (for a denied claim) */
  get specificDenial(): boolean {
    if (this.specificDenial0 === undefined) {
      const q = this.text
      this.specificDenial0 = SPECIFIC_DENIAL.test(q) && !STANDING_DENIAL.test(q) && !WARLONG_DENIAL.test(q) && !REFUSAL.test(q) && !GROUND_DENIAL.test(q)
    }
    return this.specificDenial0
  }
  get superseded(): boolean {
    if (this.superseded0 === undefined) this.superseded0 = isSuperseded(this.text)
    return this.superseded0
  }
  get period(): number {
    if (this.period0 === undefined) this.period0 = periodDaysOf(this.text)
    return this.period0
  }
  get documented(): boolean {
    if (this.documented0 === undefined) this.documented0 = isDocumented(this.text)
    return this.documented0
  }
  get quarters(): boolean {
    if (this.quarters0 === undefined) this.quarters0 = spansQuarters(this.text)
    return this.quarters0
  }
  namesPlace(whereId: string | null): boolean {
    let named = this.places.get(whereId)
    if (named === undefined) {
      named = namesPlace(this.text, whereId)
      this.places.set(whereId, named)
    }
    return named
  }
}

const readFeatures = (c: ConflictClaim, s: Sentence = new Sentence(c.quote)): Features => {
  const q = c.quote
  const figure = figureOfClaim(c)
  const quantity = c.kind === "quantity"
  return {
    causes: quantity ? nearFigure(causesOf, q, figure, s.causes) : s.causes,
    sides: c.who === "fighters" ? victimSidesOf(q, figure) : s.sides,
    perpetrators: quantity ? nearFigure(perpetratorsOf, q, figure, s.perpetrators) : s.perpetrators,
    scale: s.scale,
    subcounts: s.subcounts,
    subarea: s.subarea,
    additive: quantity && isAdditive(q, figure),
    countrywide: s.countrywide,
    specificDenial: c.polarity === "denied" && s.specificDenial,
    written: !quantity || figure === null || c.qualifier === "vague" || writtenIn(q, figure),
    plus: quantity && figure !== null && plusAfter(q, figure),
    superseded: quantity && s.superseded,
    period: quantity ? s.period : 0,
    documented: quantity && s.documented,
    quarters: quantity && s.quarters,
    listed: false,
    placed: quantity && s.namesPlace(c.whereId)
  }
}

const encodeFeatures = (f: Features): string =>
  [
    FEATURES_VERSION,
    f.causes,
    f.sides,
    f.perpetrators,
    f.scale ?? "",
    f.subcounts.join(","),
    f.subarea ?? "",
    f.additive ? 1 : 0,
    f.countrywide ? 1 : 0,
    f.specificDenial ? 1 : 0,
    f.written ? 1 : 0,
    f.plus ? 1 : 0,
    f.superseded ? 1 : 0,
    f.period,
    f.documented ? 1 : 0,
    f.quarters ? 1 : 0,
    f.placed ? 1 : 0,
    f.listed ? 1 : 0
  ].join(":")

/** The features of a claim's sentence as a short string, for a store to keep beside the claim. */
export const featuresOf = (c: ConflictClaim): string => encodeFeatures(readFeatures(c))

/** Whether what a claim's sentence says can matter: false when `prepare` drops the claim
 * whatever its features (a copy's claim, an undated figure in the body, a running toll long
 * before its report, a quantity without a metric, an event no known side is said to have done
 * or told over more than a week). Reading the sentence of such a claim is wasted. */
export const needsFeatures = (c: ConflictClaim): boolean => {
  if (c.duplicateOf !== null) return false
  const read = windowOf(c, isStock(c))
  if (read === null) return false
  // a count's features may widen its window (`period`), never move its end or shorten it
  if (!isShort(read) && read.dated && dayOfMs(c.published) - read.to > HISTORY_DAYS) return false
  if (c.kind === "event") {
    if (c.actor === null || c.actor.trim() === "" || !isShort(read)) return false
    return actorParts(c.actor).some((a) => actorParty(a) !== null)
  }
  return c.metric !== null
}

/** `featuresOf` for each of an article's claims (or several articles', one after the other), or
 * null for a claim that does not need them (`needsFeatures`). Claims read from one sentence of
 * one article share what it says on its own. */
export const featuresOfArticle = (claims: ReadonlyArray<ConflictClaim>): Array<string | null> => {
  const sentences = new Map<string, Sentence>()
  let article: string | null = null
  return claims.map((c) => {
    if (!needsFeatures(c)) return null
    if (c.articleId !== article) {
      sentences.clear()
      article = c.articleId
    }
    let s = sentences.get(c.quote)
    if (s === undefined) {
      s = new Sentence(c.quote)
      sentences.set(c.quote, s)
    }
    return encodeFeatures(readFeatures(c, s))
  })
}

/** Kept features with the claim marked as one of several counts its sentence lists (see `listedIn`). */
export const markListed = (features: string): string => (features.endsWith(":0") ? `${features.slice(0, -2)}:1` : features)

// kept features repeat (most sentences name one cause and nothing else): each string is parsed once
const parsedFeatures = new Map<string, Features>()

const featuresFor = (c: ConflictClaim): Features => {
  const stored = c.features
  if (stored === undefined || stored === null || !stored.startsWith(`${FEATURES_VERSION}:`)) return readFeatures(c)
  let f = parsedFeatures.get(stored)
  if (f === undefined) {
    const [
      ,
      causes,
      sides,
      perpetrators,
      scale,
      subcounts,
      subarea,
      additive,
      countrywide,
      specificDenial,
      written,
      plus,
      superseded,
      period,
      documented,
      quarters,
      placed,
      listed
    ] = stored.split(":")
    f = {
      causes: Number(causes),
      sides: Number(sides),
      perpetrators: Number(perpetrators),
      scale: scale === "single" || scale === "aggregate" ? scale : null,
      subcounts: subcounts === "" || subcounts === undefined ? [] : subcounts.split(",").map(Number),
      subarea: subarea === "" || subarea === undefined ? null : subarea,
      additive: additive === "1",
      countrywide: countrywide === "1",
      specificDenial: specificDenial === "1",
      written: written === "1",
      plus: plus === "1",
      superseded: superseded === "1",
      period: Number(period ?? 0),
      documented: documented === "1",
      quarters: quarters === "1",
      placed: placed === "1",
      listed: listed === "1"
    }
    if (parsedFeatures.size >= 10_000) parsedFeatures.clear()
    parsedFeatures.set(stored, f)
  }
  return f
}

/** A population under siege is counted in thousands; a handful "trapped" are people under rubble, an event. */
const STOCK_FLOOR = 1000
const isStock = (c: ConflictClaim): boolean => c.metric !== null && STOCK_METRICS.has(c.metric) && (c.max ?? c.min ?? 0) >= STOCK_FLOOR

/** a place outside the country's gazetteer chain: a world city with no Syrian parent */
const isAbroad = (p: PlaceRef): boolean => p.id.startsWith("gn:") && p.root !== SYRIA_ID

/** the governorate (or the top of the chain, when the place is not within the country) */
const provinceOf = (p: PlaceRef): string => {
  const n = p.ancestors.length
  return n >= 2 && p.ancestors[n - 1] === SYRIA_ID ? p.ancestors[n - 2]! : p.root
}

// places the rules make up: a story standing for an unplaced figure, a side of a city
const pseudoPlaces = new Map<string, PlaceRef>()
const pseudoPlace = (id: string, within: PlaceRef | null): PlaceRef => {
  let p = pseudoPlaces.get(id)
  if (p === undefined) {
    p =
      within === null ? { id, ancestors: [id], root: id, level: "country" } : { id, ancestors: [id, ...within.ancestors], root: within.root, level: "subarea" }
    if (pseudoPlaces.size >= 50_000) pseudoPlaces.clear()
    pseudoPlaces.set(id, p)
  }
  return p
}

const monthOf = (day: number): number => {
  const d = new Date(day * 86_400_000)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

/**
 * Prepares a claim, or returns null when it can take part in no conflict: a copy's claim (the
 * original's claims already count), a quantity without a figure, metric or place, an event
 * without an actor, or an event told over more than a week (too vague to deny).
 */
export const prepare = (c: ConflictClaim): Prepared | null => {
  if (c.duplicateOf !== null) return null
  const stock = isStock(c)
  const read = windowOf(c, stock)
  if (read === null) return null
  // a count over the weekend or two days, dated by its last day, began before it
  const early = c.kind === "quantity" && !stock && read.from === read.to ? featuresFor(c) : null
  const days = early?.period ?? 0
  const window = days > 0 ? { ...read, from: read.from - days } : read
  // a running toll that stopped long before the report is history told in passing
  if (!isShort(window) && window.dated && dayOfMs(c.published) - window.to > HISTORY_DAYS) return null
  const origin = originOf(c)
  const features = early ?? featuresFor(c)
  if (c.kind === "event") {
    if (c.actor === null || c.actor.trim() === "" || !isShort(window)) return null
    // only a known side can be said to deny: events about others take part in no dispute
    const actors = actorParts(c.actor).filter((a) => actorParty(a) !== null)
    if (actors.length === 0) return null
    const denied = c.polarity === "denied"
    // a denial disputes reports when it is told in the past ("denied", "rejected"), not as a
    // standing line ("has always denied", "continues to deny", "deny using barrel bombs") or a
    // purpose ("to deny Daesh the ability"), and is made by the side accused (a third party
    // "denying" is a misreading)
    if (denied && (!features.specificDenial || !actors.some((a) => actorParty(a) === origin.key))) return null
    // a denial is homed by the side accused and the week it ends; an event can meet denials
    // ending up to a week after it starts (events longer than a week take no part)
    const keys: Array<string> = []
    for (const a of actors) {
      for (let w = week(window.from - EVENT_SLACK_DAYS); w <= week(window.to + EVENT_SLACK_DAYS + SHORT_WINDOW_DAYS - 1); w++) keys.push(`e|${a}|w${w}`)
    }
    return {
      type: "event",
      claim: c,
      origin,
      actors,
      action: c.action ?? "attack",
      place: placeRefOf(c.whereId, c.where),
      window,
      denied,
      homes: denied ? actors.map((a) => `e|${a}|w${week(window.to)}`) : [],
      keys
    }
  }
  if (c.metric === null) return null
  const stated = figureOfClaim(c)
  // a small number its own sentence does not contain is a misreading
  if (c.qualifier !== "vague" && stated !== null && !features.written) return null
  if (features.superseded) return null
  // A headline drops its body's qualifiers ("31 dead" for SOHR's "at least 31", "Thirty killed"
  // for thirty civilians among them): its bare figure is read as "about" it, so two headlines a
  // few apart are one count told loosely, while figures a quarter apart still disagree.
  const bounds =
    features.plus && c.qualifier === "exact"
      ? boundsOf(c.min, null, "at_least")
      : c.qualifier === "exact" && c.min !== null && c.min === c.max && isHeadline(c)
        ? looseBounds(c.min)
        : boundsOf(c.min, c.max, c.qualifier)
  if (bounds === null) return null
  let place = features.countrywide ? placeRefOf(SYRIA_ID, null) : placeRefOf(c.whereId, c.where)
  if (place === null) return null
  // a figure over a city and its countryside is not the one quarter it was placed in
  if (!stock && features.quarters && (place.level === "neighbourhood" || place.level === "district") && place.ancestors.length > 1) {
    place = placeRefOf(place.ancestors[1]!, null) ?? place
  }
  let partOnly = features.documented
  if (!stock && isShort(window)) {
    if (isCountry(place) || isAbroad(place)) {
      // A short-window figure placed in the whole country is the extractor's fallback when no
      // narrower place is named, and one placed in a city abroad is most often a dateline
      // ("BEIRUT"): it is compared only within its own story.
      place = pseudoPlace(`story:${c.storyId ?? c.articleId}${isAbroad(place) ? `:${place.id}` : ""}`, null)
    } else if (features.subarea === "aboard") {
      // those on board a downed craft: compared only with other counts of those aboard, in the
      // same governorate (sources place a crash on either side of a border town differently)
      place = pseudoPlace(`aboard:${provinceOf(place)}`, null)
    } else if (place.level !== "neighbourhood" && place.level !== "district") {
      // "in rebel-held areas of Aleppo", "the government-held west": a part of the place
      const sub = features.subarea
      if (sub === "area") partOnly = true
      else if (sub !== null) {
        place = pseudoPlace(`${place.id}#${sub}`, place)
      }
    }
    partOnly ||= features.additive
  }
  // "the death toll in al-Faid neighborhood reached 3", placed in another quarter the article
  // names: a sentence telling of a quarter the gazetteer does not know, and not naming the one
  // the figure was placed in, tells of some other quarter: only ever a part
  if ((place.level === "neighbourhood" || place.level === "district") && !features.placed && features.subarea === "area") partOnly = true
  partOnly ||= features.listed
  const victims = victimsOf(c.who)
  // a short window is looked up within its governorate; running tolls and standing figures
  // within the country, whose whole they may be part of
  const root = !stock && isShort(window) ? provinceOf(place) : place.root
  const base = `q|${c.metric}|${root}|`
  let month: number | null = null
  let time: string
  let keys: Array<string>
  if (stock) {
    month = monthOf(window.to)
    time = `m${month}`
    keys = []
    for (let m = month; m <= month + STOCK_MONTHS; m++) keys.push(`${base}m${m}`)
  } else if (!window.dated) {
    // a window standing for a publication day meets only the same window (windowNesting)
    time = `u${window.to}`
    keys = [`${base}${time}`]
  } else if (isShort(window)) {
    // A one-day window is homed by its day, a longer one by the week it ends: a day's figure
    // meets the other figures of its day (the same window, or places and victims nesting within
    // it) and the longer wholes that can contain it, which end between its day and six days
    // later, without pulling every other day of those weeks.
    const oneDay = window.from === window.to
    time = oneDay ? `d${window.to}` : `w${week(window.to)}`
    keys = oneDay ? [`${base}${time}`] : []
    for (let w = week(window.to); w <= week(window.from + SHORT_WINDOW_DAYS - 1); w++) keys.push(`${base}w${w}`)
  } else {
    time = `s${window.from}-${window.to}`
    keys = [`${base}${time}`]
  }
  const home = `${base}${time}`
  const when = stock ? `m${month}` : `${window.dated ? "" : "u"}${window.from}-${window.to}`
  return {
    type: "quantity",
    claim: c,
    origin,
    metric: c.metric,
    place,
    victims,
    window,
    month,
    causes: features.causes,
    sides: c.metric === "strikes" || victims === "fighters" ? features.sides : 0,
    perpetrators: victims === "fighters" || c.metric === "strikes" ? 0 : features.perpetrators,
    scale: features.scale,
    subcounts: features.subcounts,
    partOnly,
    placed: features.placed,
    bounds,
    scopeKey: scopeKeyOf(c.metric, place.id, victims, when),
    home,
    keys
  }
}

/** A scope's key: one metric, place, victims and window. */
const scopeKeyOf = (metric: string, placeId: string, victims: string, when: string): string => `${metric}|${placeId}|${victims}|${when}`

/** The key of the scope of `q`'s metric, place and window for other victims ("killed" for
 * "civilians killed"): `q`'s own with its victims replaced. */
export const scopeKeyForVictims = (q: PreparedQuantity, victims: string): string => {
  // the window is the part after the victims (scopeKeyOf)
  const start = `${q.metric}|${q.place.id}|`.length
  return scopeKeyOf(q.metric, q.place.id, victims, q.scopeKey.slice(start + q.victims.length + 1))
}

/**
 * The keys a store indexes a claim under: a new claim is comparable only with claims sharing
 * one of its keys. Empty when the claim can take part in no conflict.
 */
export const lookupKeys = (c: ConflictClaim): ReadonlyArray<string> => prepare(c)?.keys ?? []
