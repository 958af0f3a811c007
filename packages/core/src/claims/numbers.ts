/** Figures as reporters write them: digits ("250,000", "250 000", "1.5 million"), number words
 * ("six", "twenty-five", "a dozen") and vague words ("dozens", "scores of", "hundreds"). */

export type Qualifier = "exact" | "at_least" | "more_than" | "up_to" | "about" | "vague"

export interface Figure {
  readonly min: number | null
  readonly max: number | null
  readonly qualifier: Qualifier
  /** offsets of the figure (with its qualifier words) in the sentence */
  readonly start: number
  readonly end: number
  /** the bare number, for checks (years, ages) */
  readonly value: number
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}

/** The value of a number word ("seven" -> 7, "twenty" -> 20, "ninety" -> 90), or undefined. */
export const numberWordValue = (word: string): number | undefined => UNITS[word.toLowerCase()]

const WORDS_TO_TWENTY = Object.keys(UNITS).filter((w) => UNITS[w]! <= 20)
/** The word for 1 to 20 ("seven"), or null. */
export const numberWord = (n: number): string | null => (Number.isInteger(n) && n >= 1 && n <= 20 ? WORDS_TO_TWENTY[n - 1]! : null)

// Contract intervals for vague quantities.
const VAGUE: Record<string, readonly [number, number]> = {
  several: [3, 9],
  tens: [20, 99],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  "tens of thousands": [20000, 99999],
  "hundreds of thousands": [200000, 999999],
  millions: [2_000_000, 9_999_999],
  // "several hundred" is hundreds, not "several"
  "several hundred": [200, 999],
  // "several dozen" is dozens, not one dozen
  "several dozen": [24, 99],
  "several dozens": [24, 99],
  "several hundreds": [200, 999],
  "several thousand": [2000, 9999],
  "several thousands": [2000, 9999]
}

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/\b(?:at least|a minimum of|no fewer than|no less than)\s+(?:at\s+)?$/i, "at_least"],
  // ("the death toll ... surpasses 130", "has exceeded 300"): a toll past its figure
  [/\b(?:more than|over|upwards of|in excess of|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|passed|topped|tops)\s+$/i, "more_than"],
  // ("the death toll could reach 35": a toll to come is a ceiling, not a count)
  [
    /\b(?:up to|as many as|at most|(?:could|may|might|will|would|(?:is|are)\s+(?:expected|likely)\s+to)\s+(?:\w+\s+)?(?:reach|rise\s+to|climb\s+to|be))\s+$/i,
    "up_to"
  ],
  // ("The U.N. estimates 600000 Syrians are trapped", "the toll was estimated at 300": an estimate)
  [/\b(?:about|around|some|nearly|almost|approximately|roughly|an estimated|estimated(?:\s+at)?|estimates|close to)\s+$/i, "about"]
]

// (not "5 killed at least 3 injured", where it is the next figure's)
const AT_LEAST_AFTER =
  /^\s+(?:[A-Za-z-]+\s+){0,2}?at\s+least\b(?!\s+(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|scores|hundreds?|thousands?|several|tens))/i

const NUMBER =
  /\b(?:(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand))?|(half a dozen|a dozen|several dozens?|dozen|a quarter of a million|half a million|a hundred|a thousand|tens of thousands|hundreds of thousands|several hundreds?|several thousands?|several|tens|dozens|scores|hundreds|thousands|millions)|((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s+(hundred|thousand|million))?)\b/gi

const wordValue = (w: string): number => {
  const parts = w.toLowerCase().split(/[- ]/)
  return parts.reduce((sum, p) => sum + (UNITS[p] ?? 0), 0)
}

// (a capitalised word right before, not a month nor a word of quantity: "On March 3 killing ...",
// "About 30, killing ...")
const NAME_BEFORE =
  /(?<![\w'’-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|About|Some|Nearly|Almost|Around|Another|Over|Only|Just|Least|Approximately|Roughly|All|The|And|But|Of|In|On|At|By|To|With|Than)\s+$)[A-Z][\w'’-]+\s+$/
const VERB_AFTER =
  /^(?:,?\s+(?:killing|wounding|injuring|leaving|gave|said|says|reported|reports|told|posted|published)\b|\s+(?:neighbou?rhood|district|quarter|camp|street|road)\b)/
/** Every figure in a sentence, with its qualifier and contract interval. */
export const findFigures = (raw: string): Array<Figure> => {
  const out: Array<Figure> = []
  // "_28 dead": an underscore left by a broken encoding joins no word to the figure (same length,
  // so offsets hold)
  const sentence = raw.includes("_") ? raw.replace(/_/g, " ") : raw
  NUMBER.lastIndex = 0
  for (let m = NUMBER.exec(sentence); m !== null; m = NUMBER.exec(sentence)) {
    // "ï¿1⁄2": a fraction's digits in mis-decoded bytes count nothing
    if (sentence.charCodeAt(m.index + m[0].length) === 0x2044 || sentence.charCodeAt(m.index - 1) === 0x2044) continue
    let value: number
    let vague: readonly [number, number] | null = null
    if (m[1] !== undefined) {
      value = Number(m[1].replace(/[,\u00a0 ]/g, ""))
      if (m[2] !== undefined) value *= m[2].toLowerCase() === "million" ? 1_000_000 : 1000
    } else if (m[3] !== undefined) {
      const w = m[3].toLowerCase()
      if (w === "half a dozen") value = 6
      else if (w === "a dozen" || w === "dozen") value = 12
      else if (w === "a hundred") value = 100
      else if (w === "a thousand") value = 1000
      else if (w === "a quarter of a million") value = 250_000
      else if (w === "half a million") value = 500_000
      else {
        vague = VAGUE[w] ?? null
        value = vague?.[0] ?? 0
      }
    } else {
      value = wordValue(m[4]!)
      const scale = m[5]?.toLowerCase()
      if (scale === "hundred") value *= 100
      else if (scale === "thousand") value *= 1000
      else if (scale === "million") value *= 1_000_000
    }
    if (!Number.isFinite(value) || value <= 0) continue
    // "16:10 — A mortar round ...", "between 11:30 and 11:50": a clock's hours and minutes count nothing
    if (
      m[1] !== undefined &&
      (CLOCK_BEFORE.test(sentence.slice(Math.max(0, m.index - 3), m.index)) ||
        CLOCK_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 3)))
    )
      continue
    const before = sentence.slice(Math.max(0, m.index - 30), m.index)
    // "No one was killed", "not one civilian": nobody, not a figure of one
    // (the word first: the pattern only for "one")
    if (m[4] !== undefined && m[5] === undefined && ONE.test(m[4]) && NOBODY_BEFORE.test(before)) continue
    // "fell on Mazzeh 86, killing 2", "Raqqa 24 gave a toll of 14": digits between a name and a verb
    // that counts nothing (a figure comes after "killing", not before it) are the name's
    if (
      m[1] !== undefined &&
      m[2] === undefined &&
      NAME_BEFORE.test(before) &&
      VERB_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 14))
    )
      continue
    let qualifier: Qualifier = vague !== null ? "vague" : "exact"
    let start = m.index
    if (vague === null) {
      for (const [re, q] of QUALIFIERS) {
        const qm = re.exec(before)
        if (qm !== null) {
          qualifier = q
          start = m.index - (before.length - qm.index)
          break
        }
      }
    }
    // "125 terrorists at least were killed": the qualifier after the counted words
    if (qualifier === "exact" && vague === null && AT_LEAST_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      qualifier = "at_least"
    // "20+ killed": the figure or more
    else if (qualifier === "exact" && vague === null && sentence.charCodeAt(m.index + m[0].length) === 43) qualifier = "at_least"
    let min: number | null = value
    let max: number | null = value
    if (vague !== null) [min, max] = vague
    else if (qualifier === "at_least") max = null
    else if (qualifier === "more_than") {
      min = value + 1
      max = null
    } else if (qualifier === "up_to") min = null
    else if (qualifier === "about") {
      min = Math.round(value * 0.9)
      max = Math.round(value * 1.1)
    }
    // Two figures that are one range's ends become one figure (vague, as the gold reads a range),
    // starting at its first end or at "between" before it
    const prev = out.at(-1)
    let rangeFrom = -1
    if (prev !== undefined && prev.value < value) {
      const exactPair = qualifier === "exact" && prev.qualifier === "exact"
      const toBetween = TO_BETWEEN.test(sentence.slice(prev.end, start))
      const lead = sentence.slice(Math.max(0, prev.start - 10), prev.start)
      // "between 229 and 425 civilians"
      if (exactPair && AND_BETWEEN.test(sentence.slice(prev.end, m.index)) && BETWEEN_BEFORE.test(lead))
        rangeFrom = Math.max(0, prev.start - 10) + lead.search(BETWEEN_BEFORE)
      // "Civilians reported killed: 9-14", "9–14 civilians": two figures in digits joined by a dash
      // (not a score or a date: the second larger, neither a year, digits only)
      else if (
        exactPair &&
        prev.end === m.index - 1 &&
        (sentence.charCodeAt(prev.end) === 45 || sentence.charCodeAt(prev.end) === 0x2013) &&
        /^\d+$/.test(sentence.slice(prev.start, prev.end)) &&
        /^\d+$/.test(m[0]) &&
        value < 1900 &&
        !/^-?(?:year|month|day|week|hour)/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8))
      )
        rangeFrom = prev.start
      // "30,000 to 50,000 civilians remain trapped", "killed 10 to 15 people" (not a change, "rose
      // from 30 to 50", "raised the toll from 12 to 15", nor years, "from 2011 to 2015"); "vary from
      // 10000 to more than 30000", "ranging from about 500 to some 1300", whatever hedges each end
      else if (
        toBetween &&
        ((exactPair &&
          value <= prev.value * 10 &&
          !CHANGE_FROM_BEFORE.test(sentence.slice(Math.max(0, prev.start - 40), prev.start)) &&
          !(prev.value >= 1900 && prev.value <= 2100 && value <= 2100)) ||
          RANGE_FROM_BEFORE.test(sentence.slice(Math.max(0, prev.start - 30), prev.start)))
      )
        rangeFrom = prev.start
    }
    if (rangeFrom >= 0) {
      out[out.length - 1] = { min: prev!.value, max: value, qualifier: "vague", start: rangeFrom, end: m.index + m[0].length, value: prev!.value }
      continue
    }
    out.push({ min, max, qualifier, start, end: m.index + m[0].length, value })
  }
  return out
}
const CLOCK_BEFORE = /\d[:h]$/
const CLOCK_AFTER = /^[:h]\d\d/
const NOBODY_BEFORE = /\b(?:no|not)[\s-]$/i
const ONE = /^one$/i
const TO_BETWEEN = /^\s+to\s+$/
const CHANGE_FROM_BEFORE = /\b(?:from|rose|risen|raised|raising|increased|climbed|jumped|up|down|revised|lowered)\s+(?:[\w-]+\s+){0,2}$/i
const RANGE_FROM_BEFORE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$/i
const AND_BETWEEN = /^\s+and\s+$/
const BETWEEN_BEFORE = /\bbetween\s+$/i
