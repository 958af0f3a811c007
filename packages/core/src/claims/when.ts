/**
 * WHEN of a claim: the calendar window a sentence's time phrases point at, resolved against the
 * article's publication time (UTC).
 *
 * chrono-node finds the absolute and named dates (weekdays, "26 October", "Oct 18", "October 26,
 * 2016", numeric dates, "Tuesday to Thursday"); the relative windows chrono does not do ("over the
 * previous two days", "in the past 24 hours", "since July", "last week", "in 2015", "since the war
 * began") are matched here. All arithmetic is on UTC day numbers, so the host timezone never
 * matters. Conventions (following the hand-labelled gold):
 *
 * - a weekday is the most recent one on or before the publication day ("on Wednesday" in an article
 *   published on a Wednesday is that day); "last Wednesday" is strictly before it;
 * - "yesterday" / "last night" = publication day - 1; "today", "tonight", "this morning", "earlier
 *   in the day" = the publication day; "overnight" = the day before and the publication day;
 * - "the past / last N days" ends on the publication day and includes it ([pub-N+1, pub]); "the
 *   previous / preceding N days" ends the day before ([pub-N, pub-1]); "the past 24 hours" covers
 *   the calendar days those hours touch; "the past week" = 7 days ending on the publication day;
 *   bare "last week / month / year" is the previous calendar period; "this week" (weeks start on
 *   Monday) / "this month" / "this year" run from their start to the publication day;
 * - a date or month without a year is the most recent one not after the publication day; a month is
 *   the whole month, cut at the publication day; "early / mid / late" narrow it to a third;
 * - "since X" runs from the start of X ("since the end of July": from July 31) to the publication
 *   day; "since the war began" (and "... in 2011") starts at `conflictStart` (2011-03-15, Syria);
 * - a bare year is not a claim time ("the 2011 uprising"); "in / during / since / between 2015" is;
 * - a clock time alone ("at 3 pm", "at dawn") states no day: null;
 * - the date a statement was made ("the military said Wednesday", "said in a statement on
 *   Monday") is not the claim's time; it only anchors the relative windows of the same sentence
 *   ("... killed 84 during the past three days" -> the three days ending on that Monday);
 * - a dateline opening the text ("Wed 05 Apr 2017 Syria attack ...", "Posted on April 19 2017 by")
 *   is ignored: relative dates resolve against `published`, as in the gold;
 * - several time phrases: joined ones ("Tuesday and Wednesday", "12 to 14 October") make one window;
 *   otherwise the first (or, with `near`, the one closest to the claim's figure) wins.
 */
import * as chrono from "chrono-node"
import { execAll } from "./regex.js"
import type { DateWindow } from "./types.js"

export interface ResolveWhenOptions {
  /** character offset of the claim's figure in `text`; with several time phrases, the nearest one wins */
  readonly near?: number
  /** start of "the war" for "since the war began" (YYYY-MM-DD); default 2011-03-15, the Syrian uprising */
  readonly conflictStart?: string
}

const DAY = 86_400_000
const DEFAULT_CONFLICT_START = "2011-03-15"

const dayNum = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
const dateOf = (n: number): Date => new Date(n * DAY)
// Day numbers recur (every figure of a sentence, every sentence of a story's day): each formats once.
const ISO_DAYS = new Map<number, string>()
const iso = (n: number): string => {
  let s = ISO_DAYS.get(n)
  if (s === undefined) {
    s = dateOf(n).toISOString().slice(0, 10)
    if (ISO_DAYS.size >= 4096) ISO_DAYS.clear()
    ISO_DAYS.set(n, s)
  }
  return s
}
const yearOf = (n: number): number => dateOf(n).getUTCFullYear()
const monthOf = (n: number): number => dateOf(n).getUTCMonth() + 1
const weekdayOf = (n: number): number => dateOf(n).getUTCDay()
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const addMonths = (n: number, k: number): number => {
  const d = dateOf(n)
  const y = d.getUTCFullYear()
  const m0 = d.getUTCMonth() + k
  const yy = y + Math.floor(m0 / 12)
  const mm = (((m0 % 12) + 12) % 12) + 1
  return dayNum(yy, mm, Math.min(d.getUTCDate(), daysInMonth(yy, mm)))
}
const mondayOf = (n: number): number => n - ((weekdayOf(n) + 6) % 7)
const parseIsoDay = (s: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  return m ? dayNum(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

// ---------------------------------------------------------------------------------------------
// Prefilter: every phrase resolveWhen can turn into a date contains one of these. Cheap, and most
// claim sentences ("Activists said at least 55 people were killed in the attacks") fail it.

const WEEKDAY_FULL = "(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
// (one word boundary before all the words that start at one: irregexp then tests it once per
// place instead of once per branch, a third less time on the sentences that state no time, which
// are most; only ever used with test(), where the order of the branches does not matter)
const PREFILTER = new RegExp(
  `\\b(?:${[
    `${WEEKDAY_FULL}\\b`,
    `${MONTH}\\b`,
    "(?:mon|tue|wed|thu|fri|sat|sun)\\.?\\s+\\d",
    "last\\s+night",
    "(?:this|earlier|later)\\s+(?:morning|afternoon|evening|week|month|year|in\\s+the\\s+day)",
    "(?:past|last|previous|preceding)\\s+(?:\\S+\\s+){0,2}?(?:hours?|days?|weeks?|months?|years?)\\b",
    // ("in three days", "for the 40th consecutive day", "the first six months of": literal words
    // first, as a word like "in" before them would be tried at every "in" of every sentence)
    "(?:days|weeks|hours)\\b",
    // ("has been under siege for more than four years")
    "for\\s+(?:[\\w-]+\\s+){1,3}(?:years|months)\\b",
    "(?:months|half|quarter)\\s+of\\b",
    "weekend\\b",
    "recent",
    "ago\\b",
    "since\\b",
    "within\\s+(?:a|the)\\s+(?:few|couple)",
    "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b",
    "(?:19|20)\\d\\d\\b"
  ].join("|")})|yesterday|today|tonight|tomorrow|overnight|consecutive\\s+day`,
  "i"
)
/** Only these make chrono worth calling (the rest is matched by the patterns below). */
// (the word boundary before the branches once, as in PREFILTER: the same matches, in the same order)
const CHRONO_CUE = new RegExp(`\\b(?:${WEEKDAY_FULL}\\b|${MONTH}\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b)`, "i")

/** True when `text` may state a time; resolveWhen returns null at once otherwise. */
export const mayStateTime = (text: string): boolean => PREFILTER.test(text)

// ---------------------------------------------------------------------------------------------
// Numbers in "the past three days", "the last 48 hours", "a couple of weeks ago".

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen"
]
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
const NUM = `(?:\\d{1,3}|an?|couple\\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|${ONES.slice(1).reverse().join("|")})`
const parseNum = (s: string): number | null => {
  const t = s.toLowerCase().replace(/\s+/g, " ").trim()
  if (/^\d+$/.test(t)) return Number(t)
  if (t === "a" || t === "an") return 1
  if (t.startsWith("couple")) return 2
  const [tens, ones] = t.split(/[\s-]/)
  const ti = TENS.indexOf(tens ?? "")
  if (ti >= 2) return ti * 10 + (ones ? Math.max(0, ONES.indexOf(ones)) : 0)
  const oi = ONES.indexOf(t)
  return oi > 0 ? oi : null
}

// ---------------------------------------------------------------------------------------------
// Mentions

type Role = "claim" | "said" | "dateline" | "vague"
type Span = readonly [number, number]

interface Mention {
  readonly start: number
  readonly end: number
  from: number
  to: number
  role: Role
  /** a bare weekday: in a joined range it may step back whole weeks to keep the range in order */
  readonly weekday?: boolean
  /** a window relative to "now" that a statement date in the same sentence re-anchors */
  readonly rel?: (anchorDay: number, anchorMs: number) => Span
  /** already a window up to the publication day: "since ..." after it must not rework it */
  readonly sinceDone?: boolean
  /** a single day */
  readonly point?: boolean
  /** day, month and year all given ("Saturday 16 Jul 2016"): an agency's dateline unless in prose ("on ...") */
  readonly stamp?: boolean
}

interface Ctx {
  readonly pubDay: number
  readonly pubMs: number
  readonly conflictStart: number
}

// A statement's date: "said Wednesday", "said on Monday", "said in a statement on Monday",
// "told SANA reporter on Sunday", "a statement issued on Monday".
const SAY =
  "(?:said|says|say|told|announced|reported|stated|added|claimed|confirmed|denied|warned|noted|declared|insisted|tweeted|wrote|acknowledged|admitted|accused|speaking)"
const SAID_BEFORE = new RegExp(
  `\\b(?:(?:told|speaking(?:\\s+to)?)(?:\\s+(?!on\\b)\\S+){0,3}?|${SAY}|(?:statement|report|bulletin)(?:\\s+(?:issued|released|published))?|(?:press|news)\\s+conference|briefing|(?:gave|gives|give|put|puts|raised|raises|revised|updated)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:toll|figure|count|tally|estimate))(?:\\s+(?:in\\s+a\\s+(?:\\S+\\s+){0,2}?statement|late|early|earlier|later))?\\s+(?:on\\s+)?$`,
  "i"
)
// "16 airstrikes were reported late Saturday": the passive tells when the strikes happened, not
// when someone spoke
const REPORTED_HAPPENING = /\b(?:were|was|been|are|is)\s+(?:also\s+)?reported\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/i
// "On Friday the Israeli army said ...": a sentence opening on a date followed by who said what
// dates the statement ("... killed on Monday the Observatory said" dates the killing)
const OPENING = /^\s*["'“]?\s*(?:(?:early|late|also|and|but|then|meanwhile|earlier|later)\s+)*(?:on\s+)?$/i
const OPENING_MONTH = /^\s*(?:(?:also|and|but|then|meanwhile)\s+)?(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?$/i
// (not a toll taken: "Earlier this month, mortar attacks on Damascus claimed the lives of seven")
const SAID_AFTER = new RegExp(`^\\s*,?\\s*((?:\\S+\\s+){0,7}?)${SAY}\\b(?!\\s+(?:the\\s+|\\S+\\s+)?li(?:ves?|fe)\\b)`, "i")
const PRESENT_SAYING = /\b(?:says|say|tells|reports)$/i
const SAY_NEXT = /^\s*(?:also\s+)?(?:announced|stated|declared|reported|claimed|confirmed|said|warned|denied)\b(?!\s+(?:the|a|an)?\s*[A-Z])/
const ACT_IN =
  /\b(?:kill|killed|killing|died|dead|wounded|injured|hit|struck|attack|attacked|shelled|bombed|targeted|fired|launched|raided|exploded|blast|clashes|fighting)\b/i
const TOLL_REVISED_NEXT = /^\s*,?\s*(?:raised|revised|updated|lowered)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|number|count|tally|figure)\b/i
// (a revision said later, or of a day told apart: "A later post ..., on July 19, raised", "on
// Tuesday raised the death toll from airstrikes ... the previous day to 61")
const LATER_BEFORE = /\b(?:later|subsequent|new|updated|another)\b/i
const OTHER_DAY_AFTER = /\b(?:the\s+previous\s+day|the\s+day\s+before|a\s+day\s+earlier)\b/i
const SAY_THAT_AFTER = new RegExp(`^\\s*(?:also\\s+)?${SAY}\\s+that\\b`, "i")
const ACT_BEFORE = /\b(?:killed|died|dead|wounded|injured|hit|struck|attacked|shelled|bombed|targeted|fired|launched|carried\s+out)\s+(?:on\s+)?$/i
/** "said last week that ...": a period dating the saying, like a day */
const SAID_PERIOD = /^(?:last|this)\s+(?:week|month)$/i
const NOT_A_SUBJECT = /\d|\b(?:were|was|is|are|had|has|have|been|killed|wounded|injured|died|dead)\b/i
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(start|beginning|end|middle|outbreak)\s+of\s+)?(?:last\s+)?(?:(?:early|mid|late)[\s-]*)?$/i
// "since peace talks broke off in April", "since it intervened in Syria in 2015"
const SINCE_CLAUSE =
  /\bsince\s(?:(?!\b(?:and|but|while|when|then)\b)[^.;:]){0,60}?\b(?:began|begun|started|erupted|broke\s+(?:out|off)|launched|seized|captured|took\s+(?:over|control|effect)|intervened|entered|collapsed|ended|went\s+into\s+effect|came\s+into\s+effect)(?:\s+\S+){0,4}?\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]*)?$/i
const lastClause = (text: string): string => text.slice(Math.max(text.lastIndexOf(","), text.lastIndexOf(";")) + 1)
// (the verbs SINCE_CLAUSE's start takes, with their -ing forms: "since erupting in 2011")
const STARTING = /\b(?:began|begun|beginning|started|starting|erupted|erupting|broke\s+out|breaking\s+out)\b/i
const SUPERLATIVE_SINCE =
  /\b(?:worst|deadliest|heaviest|bloodiest|biggest|largest|highest|fiercest|most\s+(?!of\b)\w+|first|lowest)\b[^.;:]{0,50}\bsince\b[^.;:]*$/i
// "since the UN Security Council passed a resolution last year": since whatever the clause dates
// (a full stop inside a word is no end of the clause: "since a U.S.-Russian-brokered cease-fire collapsed")
const SINCE_ANY = /\bsince\s(?!then\b)(?:(?!\b(?:and|but|while|when|which|who|said|says|told|according)\b)(?:[^.;:,"“”]|\.(?=\S))){3,80}$/i
const DATELINE_WORD = /\b(?:posted|published|updated|last\s+update|date\s+of\s+publication)(?:\s+on)?\s*:?\s*$/i
const PREP_OPENS = /^(?:on|of|since|until|till|by|from|to|between|before|after|in|during|through|dated)\s/i
/** a word that makes a following full date part of the prose rather than a stamp */
const PREP_BEFORE = /\b(?:on|of|since|until|till|by|from|to|between|and|before|after|in|during|through|dated)\s*,?\s*$/i
const CLAUSE_BREAK = /[,;:()]|\s[-–—]\s|\b(?:after|before|while|whereas|when|but|although|as well as)\b/gi
// ("late Saturday and early Sunday": a part of the day before the second)
// (a part of the first day between: "on Sunday night and Monday morning")
// ("between 11pm on Saturday and dawn on Sunday": a time of day before the second, with its "on")
const JOIN =
  /^\s*(?:(?:night|morning|afternoon|evening)\s+)?,?\s*(?:and|to|through|thru|till|until|or|-|–|—|&)?\s*(?:(?:early|late|mid)\s+)?(?:(?:dawn|dusk|midnight|noon|sunrise|sunset|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$/i
const PART_BEFORE = /\b(early|mid|late)[\s-]*$/i

const FUTURE_BEFORE = /\b(?:will|would|shall|should|could|expected|planned|plans?|due|going|set)\b[^.;]{0,40}$/i
/** early / mid / late part of a month or year window */
const narrow = (from: number, to: number, part: string | undefined, unit: "month" | "year"): Span => {
  if (!part) return [from, to]
  const p = part.toLowerCase()
  if (unit === "year") {
    const y = yearOf(from)
    if (p === "early") return [dayNum(y, 1, 1), dayNum(y, 4, 30)]
    if (p === "mid") return [dayNum(y, 5, 1), dayNum(y, 8, 31)]
    return [dayNum(y, 9, 1), dayNum(y, 12, 31)]
  }
  // a month may already be cut at the publication day (`to`): stay inside it
  if (p === "early") return [from, Math.min(from + 9, to)]
  if (p === "mid") return [Math.min(from + 10, to), Math.min(from + 19, to)]
  return [Math.min(from + 20, to), to]
}

/** the month m (1-12) of year y, or of the most recent year it has begun by `pubDay`; cut at `pubDay` */
const monthWindow = (m: number, year: number | null, pubDay: number): Span => {
  let y = year ?? yearOf(pubDay)
  if (year === null && dayNum(y, m, 1) > pubDay) y -= 1
  const from = dayNum(y, m, 1)
  const to = dayNum(y, m, daysInMonth(y, m))
  // the month in progress at publication ends on the publication day
  return [from, from <= pubDay && pubDay < to ? pubDay : to]
}

/** most recent day with weekday `wd` on or before `ceiling` */
const weekdayOnOrBefore = (wd: number, ceiling: number): number => ceiling - ((weekdayOf(ceiling) - wd + 7) % 7)

// Words that may follow a year used as a time ("in 2015 and", "in 2015 when"). A round number
// followed by anything else in lower case ("in 2000 air strikes") is a count, not a year.
const AFTER_YEAR_OK = new Set(
  "and or to the a an when after before in on at by with as alone but while that which who whom for from of during until till through since was were is are had has have he she it they we according amid against between because following up also only".split(
    " "
  )
)
const yearIsTime = (year: number, text: string, end: number): boolean => {
  if (year % 100 !== 0) return true
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30))
  return !next || !/^[a-z]/.test(next[1]!) || AFTER_YEAR_OK.has(next[1]!)
}

interface Pattern {
  readonly re: RegExp
  /** words one of which every match holds (lower case): a sentence without any is not scanned */
  readonly cue?: ReadonlyArray<string>
  readonly make: (m: RegExpExecArray, ctx: Ctx, text: string) => (Omit<Mention, "start" | "end"> & { readonly skip?: number }) | null
}

const claim = (from: number, to: number, extra: Partial<Mention> = {}): Omit<Mention, "start" | "end"> => ({
  from,
  to,
  role: "claim",
  ...extra
})
const VAGUE = { from: 0, to: 0, role: "vague" as const }

const rolling = (word: string, n: number, unit: string): ((a: number, ms: number) => Span) => {
  const previous = /^(?:previous|preceding)$/i.test(word)
  const u = unit.toLowerCase().replace(/s$/, "")
  return (a, ms) => {
    if (u === "hour") return [Math.floor((ms - n * 3_600_000) / DAY), a]
    if (u === "day" || u === "week") {
      const len = u === "week" ? 7 * n : n
      return previous ? [a - len, a - 1] : [a - len + 1, a]
    }
    const k = u === "year" ? 12 * n : n
    return previous ? [addMonths(a, -k), a - 1] : [addMonths(a, -k) + 1, a]
  }
}

const YEAR = "((?:19|20)\\d\\d)"
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const WAR = "(?:civil\\s+)?(?:war|conflict|uprising|revolution|revolt|crisis|unrest|protests)"

const WAR_WORD = new RegExp(`\\b${WAR}\\b`, "i")

/** a state that has lasted up to now, in the present perfect ("has been under siege", "have been living") */
const LASTED_BEFORE = /\b(?:has|have)\s+been\s+(?:[\w-]+\s+){0,8}$/i
const SPAN_WORD_BEFORE = /\b(?:in|over|within|during|the|past|last|previous|preceding)\s+$/i
const OTHER_TIME_AFTER = /\b(?:last|ago|earlier|previous|in\s+(?:19|20)\d\d|since)\b/i
/** "in three days", "88 dead in two days of clashes": the N days (or weeks, hours) up to the anchor;
 * N days "of" something counts N days back from it (the labelled rule, round 7), as a reader
 * counting the days before it does */
const daysUpTo = (n: number, unit: string, of: boolean, ctx: Ctx): Omit<Mention, "start" | "end"> => {
  const rel = rolling("past", of && /^days$/i.test(unit) ? n + 1 : n, unit)
  const [from, to] = rel(ctx.pubDay, ctx.pubMs)
  return claim(from, to, { rel, sinceDone: true })
}

const PATTERNS: readonly Pattern[] = [
  // "since the war began in 2011", "since Syria's war started", "since the start of the conflict"
  {
    cue: ["since"],
    re: new RegExp(
      `\\bsince\\s+(?:the\\s+(?:start|beginning|outbreak|onset|eruption)\\s+of\\s+)?(?!\\d)((?:(?!then\\b)[\\w'-]+\\s+){0,3}?)${WAR}(?:\\s+(?:began|started|erupted|broke\\s+out|kicked\\s+off))?(?:\\s+in\\s+(?:(?:mid-?|early\\s+|late\\s+)?March\\s+)?${YEAR})?`,
      "gi"
    ),
    make: (m, ctx) => {
      const stated = m[2] ?? /\b(?:19|20)\d\d\b/.exec(m[1] ?? "")?.[0]
      const y = stated ? Number(stated) : null
      const from = y === null || y === yearOf(ctx.conflictStart) ? ctx.conflictStart : dayNum(y, 1, 1)
      return from <= ctx.pubDay ? claim(from, ctx.pubDay, { sinceDone: true }) : null
    }
  },
  // "the war which began in 2011", "protests that erupted in March 2011": when the war began, not
  // when the claim's harm was (a "since then" after it starts at the war's start: extract.ts)
  {
    cue: ["began", "started", "begun", "erupted", "broke"],
    re: new RegExp(
      `\\b(?:began|started|begun|erupted|broke\\s+out)\\s+(?:(?!since\\b)[\\w'-]+\\s+){0,14}?in\\s+(?:(?:mid-?|early\\s+|late\\s+)?March\\s+)?${YEAR}\\b`,
      "gi"
    ),
    make: () => VAGUE
  },
  // "since then": anaphoric, the time is in another sentence
  { cue: ["since"], re: /\bsince\s+then\b/gi, make: () => VAGUE },
  // "August last year", "on 21 August last year": that date or month of the previous year
  {
    cue: ["last"],
    re: /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?last\s+year\b/g,
    make: (m, ctx) => {
      const y = yearOf(ctx.pubDay) - 1
      const month = MONTH_NAMES.indexOf(m[2]!) + 1
      const day = Number(m[1] ?? m[3] ?? 0)
      if (day >= 1 && day <= daysInMonth(y, month)) return claim(dayNum(y, month, day), dayNum(y, month, day), { point: true })
      const [from, to] = monthWindow(month, y, ctx.pubDay)
      return claim(from, to)
    }
  },
  // "since the start of the year / this month"
  {
    cue: ["since"],
    re: /\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(year|month|week)\b/gi,
    make: (m, ctx) => {
      const u = m[1]!.toLowerCase()
      const p = ctx.pubDay
      const from = u === "year" ? dayNum(yearOf(p), 1, 1) : u === "month" ? dayNum(yearOf(p), monthOf(p), 1) : mondayOf(p)
      return claim(from, p, { sinceDone: true })
    }
  },
  // "for the 40th consecutive day": the days since the first of them, up to the publication day
  {
    cue: ["consecutive", "straight", "successive"],
    re: /\bfor\s+(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+(?:consecutive|straight|successive)\s+day\b/gi,
    make: (m, ctx) => {
      const n = Number(m[1])
      return n >= 2 && n <= 400 ? claim(ctx.pubDay - n, ctx.pubDay) : null
    }
  },
  // "for the first six months of 2016", "in the first half of the year", "the last three months of 2015"
  {
    cue: ["first", "last"],
    re: new RegExp(`\\b(?:the\\s+)?(first|last)\\s+(?:(${NUM})\\s+months|(half|quarter))\\s+of\\s+(?:${YEAR}|(?:the|this)\\s+year)\\b`, "gi"),
    make: (m, ctx) => {
      const [, side, num, part, year] = m
      const months = part ? (part.toLowerCase() === "half" ? 6 : 3) : parseNum(num!)
      if (months === null || months < 1 || months > 12) return null
      const y = year ? Number(year) : yearOf(ctx.pubDay)
      if (y > yearOf(ctx.pubDay)) return null
      const first = side!.toLowerCase() === "first"
      const from = first ? dayNum(y, 1, 1) : dayNum(y, 13 - months, 1)
      const to = first ? dayNum(y, months, daysInMonth(y, months)) : dayNum(y, 12, 31)
      return claim(from, Math.min(to, Math.max(from, ctx.pubDay)))
    }
  },
  // "the past three days", "over the previous two days", "in the last 24 hours", "the past week"
  {
    cue: ["past", "last", "previous", "preceding"],
    re: new RegExp(
      `\\b(the\\s+)?(past|last|previous|preceding)\\s+(?:(few|several|many|recent)\\s+|(${NUM})\\s+)?(hours?|days?|weeks?|months?|years?)\\b`,
      "gi"
    ),
    make: (m, ctx) => {
      const [, the, word, vague, num, unit] = m
      // "in the past few hours": the publication day
      if (vague && /^hours?$/i.test(unit!)) return claim(ctx.pubDay, ctx.pubDay)
      if (vague) return VAGUE
      const plural = /s$/i.test(unit!)
      if (!num && plural) return VAGUE // "in the past days"
      const n = num ? parseNum(num) : 1
      if (n === null || n <= 0) return VAGUE
      const u = unit!.toLowerCase().replace(/s$/, "")
      const p = ctx.pubDay
      // bare "last week / month / year": the previous calendar period
      if (!the && !num && word!.toLowerCase() === "last" && u !== "hour" && u !== "day") {
        if (u === "week") return claim(mondayOf(p) - 7, mondayOf(p) - 1)
        if (u === "month") {
          const first = dayNum(yearOf(p), monthOf(p), 1)
          return claim(addMonths(first, -1), first - 1)
        }
        return claim(dayNum(yearOf(p) - 1, 1, 1), dayNum(yearOf(p) - 1, 12, 31))
      }
      const rel = rolling(word!, n, unit!)
      const [from, to] = rel(p, ctx.pubMs)
      return claim(from, to, { rel, sinceDone: true })
    }
  },
  // "has been under siege for more than four years", "have been trapped for eight months": a state
  // that has lasted that long, up to the anchor (the same day that many years or months before)
  {
    cue: ["for"],
    re: new RegExp(
      `\\bfor\\s+(?:more\\s+than\\s+|over\\s+|nearly\\s+|almost\\s+|about\\s+|some\\s+|at\\s+least\\s+)?(${NUM})\\s+(years|months|weeks|days)\\b(?!\\s+(?:ago|later|before|after|earlier))`,
      "gi"
    ),
    make: (m, ctx, text) => {
      const n = parseNum(m[1]!)
      if (n === null || n <= 0 || /^an?$/i.test(m[1]!)) return null
      // (not the war's own length: "fighting an armed uprising for more than two years")
      const before = text.slice(Math.max(0, m.index - 90), m.index)
      // (nor a place's state told in a relative clause: "dropped 3 barrel bombs on Darayya which has
      // been besieged for more than 100 days" dates the siege, not the bombs)
      const lasted = LASTED_BEFORE.exec(before)
      if (lasted === null || WAR_WORD.test(before.slice(-40)) || /\b(?:which|that|where|who)\s+$/i.test(before.slice(0, lasted.index))) return null
      const p = ctx.pubDay
      const unit = m[2]!.toLowerCase()
      const from = unit === "years" ? addMonths(p, -12 * n) : unit === "months" ? addMonths(p, -n) : p - (unit === "weeks" ? 7 * n : n)
      return claim(from, p)
    }
  },
  // "killed 84 in three days", "over two days": the days up to the anchor, as "the past N days"
  {
    cue: ["days", "weeks", "hours"],
    re: new RegExp(
      `\\b(?:in|over|within|during)\\s+(?:the\\s+)?(?!past\\b|last\\b|previous\\b|preceding\\b)(${NUM})\\s+(days|weeks|hours)\\b(?!\\s+(?:ago|later|before|after|earlier))`,
      "gi"
    ),
    make: (m, ctx, text) => {
      const n = parseNum(m[1]!)
      if (n === null || n <= 0 || /^an?$/i.test(m[1]!)) return null
      // "we counted 60 wounded in two hours": a span inside the day told, which dates nothing
      if (n < 24 && /^hours$/i.test(m[2]!)) return null
      // "the convoy will leave in two days": a time to come
      if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) return null
      const of = /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
      return daysUpTo(n, m[2]!, of, ctx)
    }
  },
  // "Seven days of airstrikes ... had left more than 75 civilians dead", "24 hours of bombardment in
  // Aleppo kills 45": a stretch of violence named without a preposition, counted as "in N days of"
  {
    cue: ["days of", "weeks of", "hours of"],
    re: new RegExp(
      `\\b(${NUM})\\s+(days|weeks|hours)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:air\\s?strikes|strikes|raids|air\\s+raids|bombardment|bombing|bombings|shelling|clashes|fighting|attacks|battles|violence|barrel\\s+bombs)\\b`,
      "gi"
    ),
    make: (m, ctx, text) => {
      const n = parseNum(m[1]!)
      if (n === null || n <= 0 || /^an?$/i.test(m[1]!)) return null
      // (after a preposition or "the past" the patterns above read it; a time to come, or one
      // another phrase names, "6 weeks of shelling last winter", is not the days up to the anchor)
      const before = text.slice(Math.max(0, m.index - 50), m.index)
      if (SPAN_WORD_BEFORE.test(before.slice(-12)) || FUTURE_BEFORE.test(before)) return null
      if (OTHER_TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null
      return daysUpTo(n, m[2]!, true, ctx)
    }
  },
  // "killed at least three within a few hours": hours just before publication
  { cue: ["within"], re: /\bwithin\s+(?:a|the)\s+(?:few|couple\s+of)\s+hours\b/gi, make: (_m, ctx) => claim(ctx.pubDay, ctx.pubDay) },
  // "this week", "earlier this month", "so far this year"
  {
    cue: ["this"],
    re: /\b(?:(?:earlier|later)\s+)?this\s+(week|month|year)\b/gi,
    make: (m, ctx) => {
      const u = m[1]!.toLowerCase()
      const p = ctx.pubDay
      const from = u === "year" ? dayNum(yearOf(p), 1, 1) : u === "month" ? dayNum(yearOf(p), monthOf(p), 1) : mondayOf(p)
      return claim(from, p, { sinceDone: true })
    }
  },
  // "three days ago", "a week ago"
  {
    cue: ["ago"],
    re: new RegExp(`\\b(${NUM})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, "gi"),
    make: (m, ctx) => {
      const n = parseNum(m[1]!)
      if (n === null) return VAGUE
      const u = m[2]!.toLowerCase().replace(/s$/, "")
      // "the war began more than five years ago", "two months ago": no day a figure is dated to
      if (u === "year" || u === "month") return VAGUE
      const p = ctx.pubDay
      const d = u === "day" ? p - n : u === "week" ? p - 7 * n : addMonths(p, u === "year" ? -12 * n : -n)
      return claim(d, d, { point: true })
    }
  },
  { cue: ["yesterday"], re: /\b(?:the\s+)?day\s+before\s+yesterday\b/gi, make: (_m, ctx) => claim(ctx.pubDay - 2, ctx.pubDay - 2, { point: true }) },
  { cue: ["yesterday", "night"], re: /\byesterday\b|\blast\s+night\b/gi, make: (_m, ctx) => claim(ctx.pubDay - 1, ctx.pubDay - 1, { point: true }) },
  {
    cue: ["today", "tonight", "this", "day"],
    re: /\b(?:earlier\s+|later\s+)?(?:today|tonight)\b|\bthis\s+(?:morning|afternoon|evening)\b|\b(?:earlier|later)\s+in\s+the\s+day\b/gi,
    make: (_m, ctx) => claim(ctx.pubDay, ctx.pubDay, { point: true })
  },
  { cue: ["overnight"], re: /\bovernight\b/gi, make: (_m, ctx) => claim(ctx.pubDay - 1, ctx.pubDay) },
  // "at the weekend", "over the weekend": the last Saturday and Sunday before the publication day
  {
    cue: ["weekend"],
    re: /\b(?:at|over|during|on)\s+the\s+weekend\b|\blast\s+weekend\b/gi,
    make: (_m, ctx) => {
      const monday = mondayOf(ctx.pubDay)
      // published on the weekend itself: that weekend, up to the day
      return monday + 5 <= ctx.pubDay ? claim(monday + 5, Math.min(monday + 6, ctx.pubDay)) : claim(monday - 2, monday - 1)
    }
  },
  // "in recent weeks", "recent airstrikes", "recently": some time before, not the story's day
  { cue: ["recent"], re: /\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b|\brecent(?:ly)?\b/gi, make: () => VAGUE },
  { cue: ["tomorrow"], re: /\btomorrow\b/gi, make: (_m, ctx) => claim(ctx.pubDay + 1, ctx.pubDay + 1, { point: true }) },
  // "in 2015", "since 2011", "during early 2014", "between 2012 and 2014"
  {
    cue: ["19", "20"],
    re: new RegExp(
      `\\b(?:in|during|throughout|since|from|between)\\s+(?:the\\s+(?:start|beginning|end|middle)\\s+of\\s+)?(?:(early|mid|late)[\\s-]*)?${YEAR}(?:\\s*(?:-|–|to|and|until|through)\\s*${YEAR})?\\b`,
      "gi"
    ),
    make: (m, ctx, text) => {
      const y1 = Number(m[2])
      const y2 = m[3] ? Number(m[3]) : y1
      const pubYear = yearOf(ctx.pubDay)
      if (y1 > pubYear || y2 < y1 || !yearIsTime(y2, text, m.index + m[0].length)) return null
      const [from, to] = narrow(dayNum(y1, 1, 1), dayNum(y2, 12, 31), m[3] ? undefined : m[1], "year")
      const lead = m[0].toLowerCase()
      if (lead.startsWith("since")) {
        let start = /\bend\s+of\b/.test(lead) ? to : from
        // "locked in a civil war since early 2011": the war's start, not the year's
        // ("killed since 2011 in Syria's civil war" is since the year: the war is not what "since" dates)
        if (yearOf(start) === yearOf(ctx.conflictStart) && start < ctx.conflictStart && WAR_WORD.test(text.slice(Math.max(0, m.index - 40), m.index)))
          start = ctx.conflictStart
        return claim(start, ctx.pubDay, { sinceDone: true })
      }
      // the mention starts at the year (or early / mid / late), so "since it intervened in 2015" sees "in"
      const skip = m[0].search(/(?:early|mid|late|\d)/i)
      return { ...claim(from, Math.min(to, Math.max(from, ctx.pubDay))), skip: Math.max(0, skip) }
    }
  }
]

// ---------------------------------------------------------------------------------------------
// chrono results -> mentions

const FULL_WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i
const CAPITAL_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/
const FULL_MONTH_CAP = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/
const MONTH_AFTER_PREP =
  /\b((?:in|since|during|until|till|by|of|from|through|throughout|last|early|mid|late)[\s-]+)(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi
const MONTH_PREP = /\b(?:in|since|during|of|early|mid|late|until|till|by|from|through|last|this|between|and|to|throughout|end|start|beginning|middle)[\s-]*$/i

type Comp = chrono.ParsedComponents

/** what a date names when it is followed by these ("April 7th Street") */
const NAMED_AFTER =
  /^\s+(?:street|st\b|square|sq\b|road|avenue|bridge|roundabout|hospital|school|stadium|brigade|movement|alliance|camp|mosque|park|district|neighbou?rhood)/i

// chrono's casual English without the parsers whose results are skipped anyway (relative and
// casual dates, "in 3 days", clock times): each parser is a regex run over every sentence, and
// these were half of chrono's time.
const UNUSED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeExpressionParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser"
])
// Of the parsers kept, each but one needs a month's name, a weekday's or a digit to match at all
// (chrono-node 2.10's patterns: a key of MONTH_DICTIONARY, of WEEKDAY_DICTIONARY or "weekend" /
// "weekday", [0-9]; every key holds one of these cues). A window lacking the cue is parsed without
// them: they would find nothing in it, and the others find the same dates. Most windows name a
// weekday or a month, not both. (when.test.ts pins the patterns this was read from.)
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
const WEEKDAY_CUE = /sun|mon|tue|wed|thu|fri|sat|week/i
const DIGIT_CUE = /\d/
const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  ENMonthNameLittleEndianParser: MONTH_CUE,
  ENMonthNameMiddleEndianParser: MONTH_CUE,
  ENMonthNameParser: MONTH_CUE,
  ENWeekdayParser: WEEKDAY_CUE,
  ENYearMonthDayParser: DIGIT_CUE,
  ISOFormatParser: DIGIT_CUE,
  SlashDateFormatParser: DIGIT_CUE,
  ENSlashMonthFormatParser: DIGIT_CUE,
  ENYearMonthNameParser: DIGIT_CUE
}
const CUES_NEEDED = [MONTH_CUE, WEEKDAY_CUE, DIGIT_CUE]
const calendarParsers: Array<chrono.Chrono | undefined> = []
const calendar = (text: string): chrono.Chrono => {
  let has = 0
  for (let k = 0; k < CUES_NEEDED.length; k++) if (CUES_NEEDED[k]!.test(text)) has |= 1 << k
  let parser = calendarParsers[has]
  if (parser === undefined) {
    const conf = chrono.en.configuration.createCasualConfiguration(false)
    const present = (cue: RegExp | undefined): boolean => cue === undefined || (has & (1 << CUES_NEEDED.indexOf(cue))) !== 0
    const parsers = conf.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name) && present(PARSER_NEEDS[p.constructor.name]))
    parser = new chrono.Chrono({ parsers, refiners: conf.refiners })
    calendarParsers[has] = parser
  }
  return parser
}

const DAY_THEN_TWO_DIGITS = /\d(?:st|nd|rd|th)?,?\s+\d{2}$/
/** One end of a chrono result as a day window, or null when it names no day (clock times, "now"). */
const fromComponents = (c: Comp, matched: string, before: string, ctx: Ctx, ceiling: number): { span: Span; weekday: boolean; point: boolean } | null => {
  if (c.isCertain("month") && c.isCertain("day")) {
    const m = c.get("month")!
    const d = c.get("day")!
    // "On October 13th 30 people were killed" (commas stripped, or "13th, 30"): news writes years
    // in four digits, so two right after the day are a count
    const year = c.isCertain("year") && !DAY_THEN_TWO_DIGITS.test(matched) ? c.get("year")! : null
    let y = year ?? yearOf(ceiling)
    if (year === null && dayNum(y, m, d) > ceiling) y -= 1
    const n = dayNum(y, m, d)
    return { span: [n, n], weekday: false, point: true }
  }
  if (c.isCertain("month")) {
    // a month alone must look like one: capitalised, and "May" / "March" after a preposition
    const full = FULL_MONTH_CAP.exec(matched) ?? (c.isCertain("year") ? CAPITAL_MONTH.exec(matched) : null)
    if (!full) return null
    if ((full[1] === "May" || full[1] === "March") && !MONTH_PREP.test(before) && !c.isCertain("year")) return null
    const m = c.get("month")!
    // "last September" published in September is a year back
    const lastYear = !c.isCertain("year") && /\blast\s+$/i.test(before) && m === monthOf(ceiling) ? yearOf(ceiling) - 1 : null
    const [from, to] = monthWindow(m, c.isCertain("year") ? c.get("year")! : lastYear, ceiling)
    const [f, t] = narrow(from, to, PART_BEFORE.exec(before)?.[1], "month")
    return { span: [f, t], weekday: false, point: false }
  }
  const named = FULL_WEEKDAY.exec(matched)
  if (c.isCertain("weekday") && named) {
    const wd = c.get("weekday")!
    // chrono may swallow the modifier ("12 last Thursday"): look right before the weekday's name
    const lead = before + matched.slice(0, named.index)
    const prefix = /\b(last|past|previous|next|coming)\s+$/i.exec(lead)?.[1]?.toLowerCase()
    let n = weekdayOnOrBefore(wd, ceiling)
    if (prefix === "next" || prefix === "coming") n = weekdayOnOrBefore(wd, ctx.pubDay) + 7
    else if (prefix && n === ctx.pubDay) n -= 7
    return { span: [n, n], weekday: !prefix, point: true }
  }
  return null
}

// chrono runs every parser's pattern over all the text it is given: a long sentence is given to it
// only around the words that can start a date (a date is a few words; 48 characters either side
// holds "from Tuesday 12 to Thursday 14 October 2016"), as windows cut at word boundaries
const CHRONO_CUES = new RegExp(CHRONO_CUE.source, "gi")
const CHRONO_REACH = 48
// "21 February, 13 hospitals were hit": a count after a date's comma, not the year 13 (a semicolon
// in its place, the same length, so offsets hold)
const MONTH_COMMA_COUNT = /\b((?:January|February|March|April|May|June|July|August|September|October|November|December)),(?=\s+\d{1,3}(?!\d))/g
const chronoParse = (raw: string, published: Date): Array<readonly [chrono.ParsedResult, number]> => {
  MONTH_COMMA_COUNT.lastIndex = 0
  const text = MONTH_COMMA_COUNT.test(raw) ? raw.replace(MONTH_COMMA_COUNT, "$1;") : raw
  const refDate = { instant: published, timezone: 0 }
  if (text.length <= 4 * CHRONO_REACH)
    return calendar(text)
      .parse(text, refDate, { forwardDate: false })
      .map((r) => [r, 0] as const)
  const out: Array<readonly [chrono.ParsedResult, number]> = []
  let a = -1
  let b = -1
  const flush = () => {
    // widen to whole words: a window never starts or ends inside one
    while (a > 0 && text.charCodeAt(a - 1) !== 32) a--
    while (b < text.length && text.charCodeAt(b) !== 32) b++
    const window = text.slice(a, b)
    for (const r of calendar(window).parse(window, refDate, { forwardDate: false })) out.push([r, a])
  }
  CHRONO_CUES.lastIndex = 0
  for (let m = CHRONO_CUES.exec(text); m !== null; m = CHRONO_CUES.exec(text)) {
    const from = Math.max(0, m.index - CHRONO_REACH)
    const to = Math.min(text.length, m.index + m[0].length + CHRONO_REACH)
    if (a >= 0 && from <= b) b = Math.max(b, to)
    else {
      if (a >= 0) flush()
      a = from
      b = to
    }
  }
  if (a >= 0) flush()
  return out
}
const chronoMentions = (text: string, published: Date, ctx: Ctx, taken: readonly Mention[]): Mention[] => {
  const out: Mention[] = []
  const results = chronoParse(text, published)
  for (const [r, offset] of results) {
    const start = r.index + offset
    const end = start + r.text.length
    if (taken.some((t) => start < t.end && t.start < end)) continue
    const tags = r.tags()
    if (tags.has("result/relativeDate") || tags.has("parser/ENCasualDateParser")) continue
    // "In November 80 civilians were killed": a count after the month, not the year 1980
    if (/[A-Za-z]\.?\s+(?:3[2-9]|[4-9]\d)$/.test(r.text)) continue
    // "a 2-1/2 year conflict": a fraction, not the first of February
    if (/^\d{1,2}[/.-]\d{1,2}$/.test(r.text)) continue
    // "April 7th Street", "the March 8 Alliance": a date naming a place or a body
    if (NAMED_AFTER.test(text.slice(end, end + 16))) continue
    const before = text.slice(Math.max(0, start - 60), start)
    let endPart: ReturnType<typeof fromComponents> = null
    let ceiling = ctx.pubDay
    let endText = r.text
    if (r.end) {
      // "Tuesday to Thursday": resolve the end first, the start on or before it
      const sep = /\s(?:to|through|thru|till|until|and)\s|\s*[-–—]\s*/i.exec(r.text)
      endText = sep ? r.text.slice(sep.index + sep[0].length) : r.text
      endPart = fromComponents(r.end, endText, "", ctx, ctx.pubDay)
      if (endPart) ceiling = endPart.span[1]
    }
    const startText = r.end && endText !== r.text ? r.text.slice(0, r.text.length - endText.length) : r.text
    const startPart = fromComponents(r.start, startText, before, ctx, ceiling)
    if (!startPart) continue
    let from = startPart.span[0]
    let to = endPart ? Math.max(endPart.span[1], startPart.span[1]) : startPart.span[1]
    // "between 12 and 14 October": chrono sees only "14 October"
    const pair = /\b(\d{1,2})\s*(?:and|-|–)\s*$/.exec(before)
    if (!r.end && pair && startPart.point && r.start.isCertain("month") && /^\d/.test(r.text)) {
      const d0 = Number(pair[1])
      const first = from - (dateOf(from).getUTCDate() - d0)
      if (d0 >= 1 && first <= from) {
        out.push({ start: start - pair[0].length, end, from: first, to, role: "claim", point: false })
        continue
      }
    }
    // a month-only start with an end: widen to the whole span
    if (from > to) [from, to] = [to, from]
    const stamp = !r.end && r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year")
    out.push({ start, end, from, to, role: "claim", weekday: startPart.weekday && !endPart, point: startPart.point && !endPart, stamp })
  }
  // a month chrono gave up on ("In November 200 were killed": it tries "November 200")
  for (const m of execAll(MONTH_AFTER_PREP, text)) {
    const start = m.index + m[0].length - m[2]!.length
    const end = m.index + m[0].length
    if (!/^[A-Z][a-z]/.test(m[2]!)) continue
    if (taken.some((t) => start < t.end && t.start < end) || out.some((t) => start < t.end && t.start < end)) continue
    const month = MONTH_NAMES.indexOf(m[2]!) + 1
    if (month === 0) continue
    const lastYear = /^last\b/i.test(m[1]!) && month === monthOf(ctx.pubDay) ? yearOf(ctx.pubDay) - 1 : null
    const [f, t] = monthWindow(month, lastYear, ctx.pubDay)
    const [from, to] = narrow(f, t, PART_BEFORE.exec(m[1]!)?.[1], "month")
    out.push({ start, end, from, to, role: "claim" })
  }
  return out
}

// ---------------------------------------------------------------------------------------------

/** Datelines and statement dates step aside; "since X" becomes a window up to the publication day. */
const WIRE_PLACE = /^\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]+)?,?\s*$/
const WIRE_AFTER = /^\s*(?:,?\s*\d{4})?\s*\([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)\s*[-\u2013\u2014]/
const DOCUMENT_AFTER = /^\s+(?:report|statement|study|survey|bulletin|assessment|census|briefing)\b/i
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that)\s+$/i
const classify = (m: Mention, norm: string, text: string, pubDay: number, conflictStart: number): void => {
  const head = norm.slice(0, m.start)
  const before = head.slice(-60)
  const after = norm.slice(m.end, m.end + 80)
  // (chrono's match may hold its preposition: "on 20 May 2014", "On 20 May 2014 jets ..." are prose)
  if (m.stamp && /\S/.test(after) && (DATELINE_WORD.test(before) || !(PREP_BEFORE.test(before) || PREP_OPENS.test(norm.slice(m.start, m.end))))) {
    m.role = "dateline"
    return
  }
  // "BEIRUT, Aug 16 (Reuters) - ...": a wire's dateline, its city in capitals, dates the filing
  if (m.start < 40 && WIRE_PLACE.test(head) && WIRE_AFTER.test(after)) {
    m.role = "dateline"
    return
  }
  // "according to a February report by ...": the month dates the document, not what it counts
  if (DOCUMENT_AFTER.test(after) && DETERMINER_BEFORE.test(before)) {
    m.role = "said"
    return
  }
  const possessive = /^['’]?s\b/.test(text.slice(m.end, m.end + 3))
  // "In late September the coalition acknowledged the deaths of 735 civilians ... since 2014": a
  // month opening the sentence before who said what dates the saying
  if (!m.point && !possessive && OPENING_MONTH.test(head)) {
    const subject = SAID_AFTER.exec(after)
    if (subject && !NOT_A_SUBJECT.test(subject[1] ?? "") && !PRESENT_SAYING.test(subject[0])) {
      m.role = "said"
      return
    }
  }
  // ("On Thursday alone it said aircraft flew 67 sorties": the day the figure counts, not the saying's)
  if ((m.point || SAID_PERIOD.test(norm.slice(m.start, m.end))) && !possessive && !/^\s*alone\b/i.test(after)) {
    if (SAID_BEFORE.test(before) && !REPORTED_HAPPENING.test(before)) {
      m.role = "said"
      return
    }
    // "Syrian opposition forces on Sunday claimed that ...": a date between a speaker and its verb
    // dates the saying ("... were killed on Monday said the Observatory" dates the killing)
    // ("The civil administration of Idlib on Thursday announced ...": also without "that" where no
    // act is told before the date)
    // ("A later post by the same group, on July 19, raised the number of dead to 12": a toll revised
    // that day, the deaths the incident's)
    if (
      m.point &&
      !ACT_BEFORE.test(before) &&
      (SAY_THAT_AFTER.test(after) ||
        (SAY_NEXT.test(after) && !ACT_IN.test(head)) ||
        (TOLL_REVISED_NEXT.test(after) && (LATER_BEFORE.test(head.slice(-80)) || OTHER_DAY_AFTER.test(norm.slice(m.end, m.end + 160)))))
    ) {
      m.role = "said"
      return
    }
    const subject = OPENING.test(head) ? SAID_AFTER.exec(after) : null
    // ("Overnight the Syrian Observatory says air strikes hit ...": a saying in the present is now;
    // the time opening the sentence is the strikes')
    if (subject && !NOT_A_SUBJECT.test(subject[1] ?? "") && !PRESENT_SAYING.test(subject[0])) {
      m.role = "said"
      return
    }
  }
  // "on Thursday for the first time since the beginning of the Syrian crisis": a "since" window
  // after a superlative is a comparison too, not the claim's time
  if (m.sinceDone) {
    if (/^since\b/i.test(norm.slice(m.start, m.end)) && SUPERLATIVE_SINCE.test(`${head.slice(-100)}since`)) m.role = "vague"
    return
  }
  const since = SINCE_BEFORE.exec(before) ?? SINCE_CLAUSE.exec(head.slice(-120)) ?? SINCE_ANY.exec(head.slice(-100))
  // "its worst fighting since the battle for Aleppo last year": a comparison, no time of the claim's
  if (since && SUPERLATIVE_SINCE.test(head.slice(-160))) {
    m.role = "vague"
    return
  }
  if (since) {
    m.from = since[1]?.toLowerCase() === "end" ? m.to : m.from
    // "Syria's war has left 320000 people dead since erupting in 2011": the war's start, as "since the
    // war began in 2011" is, not the year's
    // (the war in the since-clause's own clause: not "Unlike the war, the cholera outbreak has killed 30
    // people since starting in 2011")
    if (m.from < conflictStart && yearOf(m.from) === yearOf(conflictStart) && STARTING.test(since[0]) && WAR_WORD.test(lastClause(head.slice(-160))))
      m.from = conflictStart
    m.to = Math.max(m.from, pubDay)
  }
}

/** FA-KES strips apostrophes ("Mondays strikes"); keep offsets by turning the "s" into a space. */
// (each replacement only where its text is: most sentences have no curly apostrophe and no "days")
const normalise = (text: string): string => {
  const straight = text.includes("’") ? text.replace(/’/g, "'") : text
  return DAYS.test(straight) ? straight.replace(/\b((?:sun|mon|tues|wednes|thurs|fri|satur)day)s\b/gi, "$1 ") : straight
}
const DAYS = /days/i

/**
 * The calendar window (inclusive, UTC days) that `text` says its claim is about, resolved against
 * `published`, or null when the text states no time. See the module comment for the conventions.
 */
export function resolveWhen(text: string, published: Date, options: ResolveWhenOptions = {}): DateWindow | null {
  const times = readTimes(text, published, options)
  return times === null ? null : times.nearest(options.near)
}

/** The time phrases of a text, read once; `nearest(offset)` picks the window for a figure at that
 * offset (the first one without an offset), as resolveWhen does. */
export interface TimesRead {
  readonly nearest: (near?: number) => DateWindow | null
  /** the text names a time it does not pin down ("over the past few days", "since then") */
  readonly vague: boolean
  /** the day a statement was made ("said on Tuesday"), which dates a denial: the denial is the statement */
  readonly said: DateWindow | null
}

// Which patterns a sentence's cue words call for, in one scan: the words longest first, so that at
// each place the longest one there is found, with the cue words it begins with ("days": "day" too);
// the scan goes on from the next character, so a word inside another ("day" in "yesterday") is
// found as well. A flag per pattern, not a bit per word: with 31 cue words a 32-bit mask ran out,
// and every pattern was tried on every sentence.
const CUE_WORDS = [...new Set(PATTERNS.flatMap((p) => p.cue ?? []))].sort((a, b) => b.length - a.length)
const CUE_SCAN = new RegExp(CUE_WORDS.join("|"), "g")
/** the patterns (by index) each cue word calls for: those with a cue word it begins with */
const CALLS = new Map(CUE_WORDS.map((w) => [w, PATTERNS.flatMap((p, k) => (p.cue?.some((c) => w.startsWith(c)) ? [k] : []))]))
/** reused: readTimes never re-enters */
const called = new Uint8Array(PATTERNS.length)
const callPatterns = (lower: string): Uint8Array => {
  for (let k = 0; k < PATTERNS.length; k++) called[k] = PATTERNS[k]!.cue === undefined ? 1 : 0
  CUE_SCAN.lastIndex = 0
  for (let m = CUE_SCAN.exec(lower); m !== null; m = CUE_SCAN.exec(lower)) {
    for (const k of CALLS.get(m[0])!) called[k] = 1
    CUE_SCAN.lastIndex = m.index + 1
  }
  return called
}

const DEFAULT_START_DAY = parseIsoDay(DEFAULT_CONFLICT_START)!

/** resolveWhen's reading without the choice: for a sentence with several figures. */
export function readTimes(text: string, published: Date, options: Omit<ResolveWhenOptions, "near"> = {}): TimesRead | null {
  const pubMs = published.getTime()
  if (!Number.isFinite(pubMs) || !PREFILTER.test(text)) return null
  const pubDay = Math.floor(pubMs / DAY)
  // (the default parsed once: readTimes runs on every sentence that names a time)
  const conflictStart = options.conflictStart === undefined ? DEFAULT_START_DAY : (parseIsoDay(options.conflictStart) ?? DEFAULT_START_DAY)
  const ctx: Ctx = { pubDay, pubMs, conflictStart }
  const norm = normalise(text)

  const mentions: Mention[] = []
  const lower = norm.toLowerCase()
  const calls = callPatterns(lower)
  for (let k = 0; k < PATTERNS.length; k++) {
    if (calls[k] === 0) continue
    const p = PATTERNS[k]!
    for (const m of execAll(p.re, norm)) {
      const start = m.index
      const end = start + m[0].length
      if (mentions.some((t) => start < t.end && t.start < end)) continue
      const made = p.make(m as RegExpExecArray, ctx, norm)
      if (made) {
        const { skip, ...rest } = made
        mentions.push({ start: start + (skip ?? 0), end, ...rest })
      }
    }
  }
  if (CHRONO_CUE.test(norm)) mentions.push(...chronoMentions(norm, published, ctx, mentions))
  mentions.sort((a, b) => a.start - b.start)

  for (const m of mentions) if (m.role === "claim") classify(m, norm, text, pubDay, ctx.conflictStart)

  // relative windows of a sentence that dates its statement run up to that date
  const said = mentions.filter((m) => m.role === "said")
  if (said.length > 0) {
    for (const m of mentions) {
      if (m.role !== "claim" || !m.rel) continue
      const anchor = said.reduce((best, s) => (Math.abs(s.start - m.start) < Math.abs(best.start - m.start) ? s : best))
      ;[m.from, m.to] = m.rel(anchor.from, anchor.from * DAY + DAY / 2)
    }
  }

  const claims = mentions.filter((m) => m.role === "claim")
  const vague = mentions.some((m) => m.role === "vague")
  const firstSaid = said[0]
  const saidOn = firstSaid === undefined ? null : { from: iso(firstSaid.from), to: iso(firstSaid.to) }
  if (claims.length === 0) return vague || saidOn !== null ? { nearest: () => null, vague, said: saidOn } : null

  // group phrases joined by "and", "to", "-" ...
  const groups: Mention[][] = []
  for (const m of claims) {
    const last = groups.at(-1)
    const prev = last?.at(-1)
    if (last && prev && JOIN.test(norm.slice(prev.end, m.start))) last.push(m)
    else groups.push([m])
  }
  for (const g of groups) {
    // "Wednesday and Thursday" published on a Wednesday: last week's Wednesday
    for (let i = g.length - 2; i >= 0; i--) {
      const m = g[i]!
      const next = g[i + 1]!
      while (m.weekday && m.from > next.from) {
        m.from -= 7
        m.to -= 7
      }
    }
  }
  return { nearest: (near?: number) => pick(groups, norm, near), vague, said: saidOn }
}

const pick = (groups: Mention[][], norm: string, near: number | undefined): DateWindow | null => {
  // characters to the figure, plus a clause's worth for every clause boundary in between
  const distance = (g: Mention[]): number => {
    if (near === undefined) return 0
    const s = g[0]!.start
    const e = g.at(-1)!.end
    if (near >= s && near <= e) return 0
    const gap = near < s ? s - near : near - e
    // Past a long stretch the clause count cannot change the choice: it is not read.
    if (gap > 2000) return gap + 200 * 10
    const between = near < s ? norm.slice(near, s) : norm.slice(e, near)
    return between.length + 200 * (between.match(CLAUSE_BREAK)?.length ?? 0)
  }
  let best = groups[0]!
  let bestDistance = distance(best)
  for (const g of groups) {
    const d = distance(g)
    if (d < bestDistance) {
      best = g
      bestDistance = d
    }
  }
  const from = Math.min(...best.map((m) => m.from))
  const to = Math.max(...best.map((m) => m.to))
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null
  return from <= to ? { from: iso(from), to: iso(to) } : { from: iso(to), to: iso(from) }
}
