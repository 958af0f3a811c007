/** The copies a news monitor actually sees of one report: exact re-posts, wire copies
 * (same story re-run by another outlet with its own headline, dateline, credits and cuts) and
 * spun copies (synonym-replaced by content farms, see spinner.ts). */
import type { FaKesRow } from "./faKes.js"
import { int, pick, prng, type Random, seedOf, shuffle } from "./random.js"
import { countTokens, spin, spinPhrases } from "./spinner.js"

export const COPY_KINDS = ["exact", "wire", "spun20", "spun35", "spun50"] as const
export type CopyKind = (typeof COPY_KINDS)[number]

export const SPIN_RATES: Readonly<Record<"spun20" | "spun35" | "spun50", number>> = {
  spun20: 0.2,
  spun35: 0.35,
  spun50: 0.5
}

/** One NDJSON line of `crosscheck import`. */
export interface InputArticle {
  readonly url: string
  readonly title: string
  readonly text: string
  readonly source: string
  readonly published: string
}

export interface Copy extends InputArticle {
  readonly kind: CopyKind
  /** url of the FA-KES row this copies: the label */
  readonly original: string
  /** for spun copies: the spinner's report on the body */
  readonly spin?: { readonly nominal: number; readonly achieved: number; readonly tokens: number; readonly replaced: number }
}

export const copyUrl = (kind: CopyKind, original: string) => `copy/${kind}/${original}`

/** Sentences of a FA-KES body: the authors stripped commas but kept full stops. */
export const sentences = (text: string): Array<string> => text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z0-9])/).filter((s) => s.trim() !== "")

const hoursLater = (iso: string, rand: Random, lo: number, hi: number) => new Date(Date.parse(iso) + int(rand, lo * 60, hi * 60) * 60_000).toISOString()

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

// ---------------------------------------------------------------------------------------

/** Identical title and text under a new url, half the time from another outlet. */
export const exactCopy = (o: FaKesRow, outlets: ReadonlyArray<string>, draw = 0): Copy => {
  const rand = prng(seedFor(draw, "exact", o.url))
  return {
    url: copyUrl("exact", o.url),
    title: o.title,
    text: o.content,
    source:
      rand() < 0.5
        ? o.source
        : pick(
            rand,
            outlets.filter((s) => s !== o.source)
          ),
    published: hoursLater(o.published, rand, 0, 12),
    kind: "exact",
    original: o.url
  }
}

// Content farms that carry spun copies: invented names, not real sites.
const FARMS = ["worldnewsera", "newsbreak24", "dailyglobalwire", "mideastupdate", "syriatoday-blog", "trendingnewsnow"]

/** Which spinner makes the spun copies: `synonym` swaps single words for WordNet synonyms,
 * independently in each copy; `phrase` also rewrites phrases, function words, names, acronyms
 * and number words, the same way in every copy of an article (spinner.ts). */
export const SPINNERS = ["synonym", "phrase"] as const
export type SpinnerName = (typeof SPINNERS)[number]

/** What a draw of the copies depends on besides the original: the spinner and a seed, so one
 * set of originals can be copied again with other random choices (a held-out draw). Draw 0 is
 * the benchmark's original one. */
export interface CopyOptions {
  readonly spinner?: SpinnerName
  readonly draw?: number
}

/** A per-copy seed; draw 0 keeps the seeds the benchmark always had. */
const seedFor = (draw: number, ...parts: ReadonlyArray<string | number>) => (draw === 0 ? seedOf(...parts) : seedOf(...parts, "draw", draw))

/** Title and body spun at `rate` (the body also gets punctuation damage), on a content farm. */
export const spunCopy = (o: FaKesRow, kind: keyof typeof SPIN_RATES, options: CopyOptions = {}): Copy => {
  const rate = SPIN_RATES[kind]
  const draw = options.draw ?? 0
  const rand = prng(seedFor(draw, kind, o.url))
  const phrase = options.spinner === "phrase"
  const title = phrase
    ? spinPhrases(o.title, rate, o.url, draw, { damage: false })
    : spin(o.title, rate, seedFor(draw, kind, "title", o.url), { damage: false })
  const body = phrase ? spinPhrases(o.content, rate, o.url, draw) : spin(o.content, rate, seedFor(draw, kind, "body", o.url))
  return {
    url: copyUrl(kind, o.url),
    title: title.text,
    text: body.text,
    source: pick(rand, FARMS),
    published: hoursLater(o.published, rand, 6, 72),
    kind,
    original: o.url,
    spin: { nominal: rate, achieved: body.rate, tokens: body.tokens, replaced: body.replaced }
  }
}

// ---------------------------------------------------------------------------------------
// Wire copies

const AGENCIES = ["Reuters", "AFP", "AP", "Anadolu", "dpa", "Xinhua", "SANA"]
// Invented bylines: credits look like this, but name nobody real.
const NAMES = [
  "Sami Aboud",
  "Ellen Hart",
  "Tom Lowe",
  "Nadia Farah",
  "Kareem Nasser",
  "Julia Brandt",
  "David Hale",
  "Hana Youssef",
  "Mark Stone",
  "Lina Sabbagh",
  "Omar Khatib",
  "Claire Dunn",
  "Yusuf Demir",
  "Anna Petrova"
]
const BUREAUS = ["Beirut", "Amman", "Istanbul", "Moscow", "Geneva", "Washington", "Cairo", "Damascus"]
const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

/** "ALEPPO, Syria (Reuters) -" and its house variants, from the row's location. */
const dateline = (o: FaKesRow, agency: string, rand: Random): string => {
  const place = o.location.trim() === "" ? "Beirut" : o.location.replace(/\b\w/g, (c) => c.toUpperCase())
  const d = new Date(o.published)
  switch (int(rand, 0, 3)) {
    case 0:
      return `${place.toUpperCase()}, Syria (${agency}) -`
    case 1:
      return `${place.toUpperCase()}, Syria (${agency}) —`
    case 2:
      return `${place.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (${agency}) -`
    default:
      return `${place} (${agency}) -`
  }
}

const credits = (agency: string, rand: Random): { text: string; atEnd: boolean } => {
  const [a, b, c, d] = shuffle(rand, NAMES)
  const bureau = pick(rand, BUREAUS)
  switch (int(rand, 0, 5)) {
    case 0:
      return { text: `Reporting by ${a} in ${bureau}; Editing by ${b}`, atEnd: true }
    case 1:
      return { text: `Reporting by ${a} and ${b}; Writing by ${c}; Editing by ${d}`, atEnd: true }
    case 2:
      return { text: `${agency} contributed to this report.`, atEnd: true }
    case 3:
      return { text: `(Additional reporting by ${a} in ${bureau}; editing by ${b})`, atEnd: true }
    case 4:
      return { text: `This story was first published by ${agency}. Follow our Syria coverage on Twitter.`, atEnd: false }
    default:
      return { text: `FILE PHOTO: Smoke rises over ${bureau === "Damascus" ? "Damascus" : "a rebel-held area"} (${agency}/${a}).`, atEnd: false }
  }
}

// The short context paragraph outlets add to a wire story.
const BACKGROUND = [
  "Syria's conflict began in 2011 with protests against President Bashar al-Assad and has since killed hundreds of thousands of people and driven millions from their homes.",
  "The war has drawn in regional and world powers, with Russia and Iran backing the government and Turkey, Gulf states and the United States supporting various opposition groups.",
  "More than half of Syria's pre-war population has been displaced inside the country or has fled abroad, according to the United Nations.",
  "Several rounds of UN-backed peace talks in Geneva have failed to make progress towards ending the fighting.",
  "Monitoring groups and the government often give conflicting casualty figures, which cannot be independently verified."
]

/** A new headline, as a sub-editor would write one: a sentence of the lead made headline,
 * the title's halves swapped, its place moved to the front, or a word or two replaced. */
const rewriteHeadline = (o: FaKesRow, rand: Random): string => {
  const options: Array<() => string | null> = [
    () => {
      // a lead sentence beyond the first (FA-KES bodies often open by repeating the title)
      const lead = sentences(o.content)
        .slice(1, 6)
        .filter((s) => {
          const n = countTokens(s)
          return n >= 6 && n <= 16
        })
      return lead.length === 0 ? null : pick(rand, lead).replace(/[.!]["”]?$/, "")
    },
    () => {
      const m = /^(.+?)\s+(says?|said|as|after|amid|while|:|-)\s+(.+)$/i.exec(o.title)
      if (m === null) return null
      const [, head, joint, tail] = m as unknown as [string, string, string, string]
      if (/^(says?|said)$/i.test(joint)) return `${capitalise(tail)}, ${head} says`
      if (joint === ":" || joint === "-") return `${capitalise(tail)}: ${head}`
      return `${capitalise(tail)} ${joint.toLowerCase()} ${head}`
    },
    () => {
      const m = /^(.+?)\s+in\s+((?:[A-Z][\w-]*\s?){1,3})$/.exec(o.title)
      return m === null ? null : `${m[2]!.trim()}: ${m[1]!}`
    },
    // about one word in seven, at least one
    () => spin(o.title, Math.max(0.15, 1 / Math.max(1, countTokens(o.title))), int(rand, 0, 2 ** 31), { damage: false }).text
  ]
  for (const i of shuffle(rand, [0, 1, 2, 3])) {
    const title = options[i]!()
    if (title !== null && title !== o.title) return rand() < 0.15 ? `UPDATE ${int(rand, 1, 3)}-${title}` : title
  }
  return `${o.title} - report`
}

/** The body cut from the end, at a sentence boundary, to 60-90% of its words. */
export const cutBody = (text: string, rand: Random): string => {
  const parts = sentences(text)
  const total = countTokens(text)
  const budget = total * (0.6 + 0.3 * rand())
  const kept: Array<string> = []
  let words = 0
  for (const s of parts) {
    const n = countTokens(s)
    if (kept.length > 0 && words + n > budget) break
    kept.push(s)
    words += n
  }
  return kept.join(" ")
}

/** Same report from another outlet: new headline, dateline, credits, and either cut to
 * 60-90% or with a background paragraph added. */
export const wireCopy = (o: FaKesRow, outlets: ReadonlyArray<string>, draw = 0): Copy => {
  const rand = prng(seedFor(draw, "wire", o.url))
  const agency = pick(rand, AGENCIES)
  const body = rand() < 0.5 ? cutBody(o.content, rand) : `${o.content}\n\n${pick(rand, BACKGROUND)}`
  const credit = credits(agency, rand)
  const withDateline = `${dateline(o, agency, rand)} ${body}`
  return {
    url: copyUrl("wire", o.url),
    title: rewriteHeadline(o, rand),
    text: credit.atEnd ? `${withDateline}\n\n${credit.text}` : `${credit.text}\n\n${withDateline}`,
    source: pick(
      rand,
      outlets.filter((s) => s !== o.source)
    ),
    published: hoursLater(o.published, rand, 1, 30),
    kind: "wire",
    original: o.url
  }
}

export const makeCopy = (kind: CopyKind, o: FaKesRow, outlets: ReadonlyArray<string>, options: CopyOptions = {}): Copy => {
  switch (kind) {
    case "exact":
      return exactCopy(o, outlets, options.draw)
    case "wire":
      return wireCopy(o, outlets, options.draw)
    default:
      return spunCopy(o, kind, options)
  }
}
