/**
 * Property-based fuzzing of the pure domain: the text normaliser and HTML reader, the claim
 * extractor and the conflict rules. Feed text is hostile; whatever arrives, these must return
 * (no exception escapes), in bounded time, and give the same result for the same input.
 *
 * Seeded, so CI sees the same inputs on every run; a failure prints its seed and shrunk input.
 * The time bounds are hang detectors, far above what any input here takes (tens of ms): the
 * machine is shared, and timing goals live in bench/.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type ExtractedClaim, extractClaims } from "./claims/extract.js"
import { changedBy, detectConflicts } from "./conflicts/detect.js"
import type { ConflictClaim } from "./conflicts/types.js"
import { MAX_BODY, MAX_TITLE, normaliseArticle } from "./normalise.js"
import { htmlPageToText, htmlToText, normaliseText, normaliseTitle } from "./text.js"

const SEED = 20261129
/** Per generated input: generous, it only has to tell a hang from slow. */
const HANG_MS = 5_000
/** Per one of the huge hand-made inputs below (megabytes each). */
const HUGE_MS = 30_000
/** A whole test: its inputs together, on a loaded machine. */
const TEST_MS = 180_000

const timed = <A>(f: () => A): { readonly value: A; readonly ms: number } => {
  const started = performance.now()
  const value = f()
  return { value, ms: performance.now() - started }
}

// Pieces of hostile and of news-like text; a generated input is a run of them, so the
// generator reaches figures, dates, places and sayings, not only random code points.
const NEWS = [
  "At least ",
  "more than ",
  "some ",
  "dozens of ",
  "hundreds ",
  "five ",
  "twenty-five ",
  "1,200 ",
  "3.5 million ",
  "40 ",
  "9 ",
  "people ",
  "civilians ",
  "children ",
  "fighters ",
  "soldiers ",
  "were killed ",
  "killed",
  "died ",
  "injured",
  "wounded ",
  "trapped ",
  "in Aleppo",
  " in Idlib province",
  " near Homs",
  " in the town",
  " east of Damascus",
  " in Syria",
  " on Monday",
  " on 3 March 2017",
  " since 2011",
  " in 24 hours",
  " last week",
  " yesterday",
  ", the Syrian Observatory for Human Rights said",
  ", the monitor said",
  " SANA reported",
  ", according to activists",
  "Russia denied ",
  "Russian jets bombed ",
  "the ministry called the reports fabricated",
  " air strikes ",
  " a hospital",
  ". ",
  ", ",
  "; ",
  " - ",
  "\n",
  "\n\n",
  " (AFP) ",
  "“",
  "”",
  "'s ",
  "U.S. ",
  "Mr. ",
  "No. 5 ",
  "i.e. "
]
const HOSTILE = [
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\u001b]0;title\u0007",
  "\u009b31m",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u200b",
  "\u202e",
  "\u00a0",
  "\u2028",
  "\r\n",
  "\t",
  "\uFFFD",
  "ﬁ",
  "①",
  "Ⅻ",
  "٣",
  "𝟓",
  "\u0301",
  "<",
  ">",
  "&",
  "&amp;",
  "&lt;script&gt;",
  "&#0;",
  "&#x110000;",
  "&#99999999999;",
  "&nbsp;",
  "&unknown;",
  "&amp;lt;",
  "<p>",
  "</p>",
  "<br>",
  "<div>",
  "</div>",
  "<script>",
  "</script>",
  "<style>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<article>",
  "<nav>",
  "<title>",
  "</title>",
  "<object>",
  "<img src=x onerror=alert(1)>",
  "<a href='",
  "'>",
  '<!DOCTYPE x [<!ENTITY a "&b;&b;">]>',
  "&a;",
  "<?xml version='1.0'?>",
  "<table><tr><td>",
  "</td>"
]
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  // any UTF-16 code unit, lone surrogates and NUL included
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) }
)
const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((xs) => xs.join(""))
/** A piece repeated: long runs stress whatever is superlinear in the length of a sentence. */
const repeated = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 50, max: 2_000 })).map(([xs, n]) => xs.join("").repeat(n))
const articleText = fc.oneof({ weight: 5, arbitrary: text(120) }, { weight: 1, arbitrary: repeated })

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

// Huge hand-made inputs, each read once.
const huge = {
  tenMegabyteTitle: "Dozens killed in Aleppo ".repeat(437_000),
  nulBytes: "\u0000".repeat(2_000_000) + "5 killed" + "\u0000".repeat(2_000_000),
  deepNesting: "<div>".repeat(200_000) + "At least 5 people were killed." + "</div>".repeat(200_000),
  unclosedNesting: "<b><i><span>".repeat(100_000),
  entityBomb:
    `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><p>&lol9;</p>`.repeat(
      2_000
    ),
  entities: "&amp;&lt;&#x41;&#65;&nbsp;&unknown;&#x110000;".repeat(200_000),
  // the known worst case of the extractor before sentences were capped: figures and clause
  // breaks without a full stop, 840,000 characters (it took over 300 s)
  oneSentence: "At least 5 people were killed in the town, the monitor said ".repeat(14_000)
  // figures alone, 60,000 of them: extract.test.ts
}

describe("fuzz: text normaliser and HTML reader", () => {
  it(
    "returns for any text, with no control characters left but line breaks, and normalising twice changes nothing",
    () => {
      fc.assert(
        fc.property(articleText, (raw) => {
          const { value, ms } = timed(() => normaliseText(raw))
          expect(ms).toBeLessThan(HANG_MS)
          expect(value).not.toMatch(CONTROL)
          expect(normaliseText(value)).toBe(value)
          expect(normaliseTitle(raw)).not.toContain("\n")
        }),
        { seed: SEED, numRuns: 1_000 }
      )
    },
    TEST_MS
  )

  it(
    "reads any markup as text, a page as a title and text, and an article from any fields",
    () => {
      fc.assert(
        fc.property(articleText, text(20), fc.boolean(), (html, title, isHtml) => {
          const { ms } = timed(() => {
            htmlToText(html)
            const page = htmlPageToText(html)
            expect(page.title).not.toContain("\n")
            const article = normaliseArticle(
              {
                _tag: "IncomingArticle",
                url: "https://outlet.test/a",
                title,
                text: html,
                isHtml,
                published: new Date(0),
                source: title,
                feedId: null,
                origin: "fuzz"
              },
              0
            )
            if ("title" in article) {
              expect(article.title.length).toBeGreaterThan(0)
              expect(article.title).not.toMatch(CONTROL)
              expect(article.body).not.toMatch(CONTROL)
            }
          })
          expect(ms).toBeLessThan(HANG_MS)
        }),
        { seed: SEED, numRuns: 600 }
      )
    },
    TEST_MS
  )

  it(
    "reads megabytes of titles, NUL bytes, nesting and entities in bounded time",
    () => {
      for (const [name, input] of Object.entries(huge)) {
        const { value, ms } = timed(() => normaliseTitle(htmlToText(input)))
        expect(ms, name).toBeLessThan(HUGE_MS)
        expect(value, name).not.toMatch(CONTROL)
        // an entity is decoded once: a declared entity is not expanded
        if (name === "entityBomb") expect(value.length).toBeLessThan(input.length)
      }
    },
    TEST_MS
  )
})

const extract = (title: string, body: string, outlet = "Outlet", published = Date.UTC(2017, 4, 3, 18)) => extractClaims({ title, body, outlet, published })

const checkClaims = (title: string, body: string, claims: ReadonlyArray<ExtractedClaim>) => {
  const whole = `${title}\n${body}`
  for (const c of claims) {
    expect(c.span[0]).toBeGreaterThanOrEqual(0)
    expect(c.span[1]).toBeLessThanOrEqual(whole.length)
    expect(c.span[0]).toBeLessThanOrEqual(c.span[1])
    if (c.min !== null) expect(Number.isFinite(c.min)).toBe(true)
    if (c.max !== null) expect(Number.isFinite(c.max)).toBe(true)
    if (c.min !== null && c.max !== null) expect(c.min).toBeLessThanOrEqual(c.max)
  }
}

describe("fuzz: claim extractor", () => {
  it(
    "returns for any normalised article, the same claims each time, each inside the text it quotes",
    () => {
      fc.assert(
        fc.property(text(12), articleText, fc.integer({ min: 0, max: 4_102_444_800_000 }), (rawTitle, rawBody, published) => {
          const title = normaliseTitle(rawTitle)
          const body = normaliseText(rawBody)
          const { value, ms } = timed(() => extract(title, body, "Outlet", published))
          expect(ms).toBeLessThan(HANG_MS)
          checkClaims(title, body, value)
          expect(extract(title, body, "Outlet", published)).toEqual(value)
        }),
        { seed: SEED, numRuns: 500 }
      )
    },
    TEST_MS
  )

  it(
    "returns for raw text too: NUL bytes, lone surrogates and controls the normaliser would remove",
    () => {
      fc.assert(
        fc.property(text(12), articleText, (title, body) => {
          const { value, ms } = timed(() => extract(title, body))
          expect(ms).toBeLessThan(HANG_MS)
          checkClaims(title, body, value)
        }),
        { seed: SEED + 1, numRuns: 300 }
      )
    },
    TEST_MS
  )

  it(
    "reads a megabyte without a full stop, of NUL bytes or of nesting, in bounded time",
    () => {
      for (const [name, input] of Object.entries(huge)) {
        // as the pipeline hands them over: the body cut to its stored 1 MB, the title to 500 characters
        const read = normaliseText(htmlToText(input)).slice(0, MAX_BODY)
        const [title, body] = name === "tenMegabyteTitle" ? [read.slice(0, MAX_TITLE), read] : ["Report", read]
        const { value, ms } = timed(() => extract(title, body))
        expect(ms, name).toBeLessThan(HUGE_MS)
        checkClaims(title, body, value)
      }
    },
    TEST_MS
  )
})

const OUTLETS = ["alaraby", "ahram", "sana", "reuters", "afp"]

/** What the store hands the conflict rules: extracted claims with their article's fields. */
const asConflictClaims = (articles: ReadonlyArray<{ readonly title: string; readonly body: string; readonly outlet: string }>) => {
  const out: Array<ConflictClaim> = []
  articles.forEach((a, i) => {
    extract(a.title, a.body, a.outlet).forEach((c, j) => {
      out.push({ ...c, id: `c${i}-${j}`, articleId: `a${i}`, outlet: a.outlet, published: Date.UTC(2017, 4, 3, 18), duplicateOf: null, storyId: null })
    })
  })
  return out
}

// Claims as a store may hold them, fields at their edges: reversed intervals, NaN-free but
// huge numbers, dates out of order, empty and hostile strings.
const strOrNull = fc.option(fc.oneof(fc.constantFrom("SOHR", "SANA", "Russia", "people", "civilians", "Idlib", "killed", "strike", ""), text(4)), { nil: null })
const day = fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))
const arbitraryClaim = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  articleId: fc.constantFrom("a1", "a2", "a3", "a4"),
  kind: fc.constantFrom("quantity" as const, "event" as const),
  metric: fc.option(fc.constantFrom("killed", "injured", "casualties", "trapped", "displaced", "strikes", "arrested", "missing"), { nil: null }),
  min: fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: null }),
  max: fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: null }),
  qualifier: fc.option(fc.constantFrom("exact" as const, "at_least" as const, "more_than" as const, "up_to" as const, "about" as const, "vague" as const), {
    nil: null
  }),
  who: strOrNull,
  where: strOrNull,
  whereId: fc.option(fc.constantFrom("sy", "sy:idlib", "sy:aleppo", "sy:damascus", "sy:idlib:idlib", "xx"), { nil: null }),
  when: fc.option(
    fc.tuple(day, day).map(([from, to]) => ({ from, to })),
    { nil: null }
  ),
  source: strOrNull,
  actor: strOrNull,
  action: strOrNull,
  polarity: fc.constantFrom("asserted" as const, "denied" as const),
  quote: text(10),
  span: fc.option(fc.tuple(fc.nat(5_000), fc.nat(5_000)), { nil: null }),
  outlet: fc.constantFrom(...OUTLETS),
  published: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  duplicateOf: fc.option(fc.constantFrom("a1", "a2"), { nil: null }),
  storyId: fc.option(fc.constantFrom("s1", "s2"), { nil: null })
})

/** Ids of what was found, in a form independent of the order the claims came in. */
const found = (claims: ReadonlyArray<ConflictClaim>) => {
  const d = detectConflicts(claims)
  return {
    incidents: d.incidents.map((x) => JSON.stringify(x)).sort(),
    conflicts: d.conflicts.map((x) => JSON.stringify(x)).sort()
  }
}

describe("fuzz: conflict rules", () => {
  it(
    "return for claims extracted from any articles of several outlets, whatever order the claims arrive in",
    () => {
      const article = fc.record({
        title: text(8),
        body: fc.array(fc.constantFrom(...NEWS), { maxLength: 60 }).map((xs) => xs.join("")),
        outlet: fc.constantFrom(...OUTLETS)
      })
      fc.assert(
        fc.property(fc.array(article, { minLength: 1, maxLength: 6 }), fc.integer(), (articles, shuffleSeed) => {
          const claims = asConflictClaims(articles.map((a) => ({ ...a, title: normaliseTitle(a.title), body: normaliseText(a.body) })))
          const { value, ms } = timed(() => found(claims))
          expect(ms).toBeLessThan(HANG_MS)
          expect(found(shuffle(claims, shuffleSeed))).toEqual(value)
          changedBy(claims)
        }),
        { seed: SEED, numRuns: 200 }
      )
    },
    TEST_MS
  )

  it(
    "return for stored claims with fields at their edges, whatever order they arrive in",
    () => {
      fc.assert(
        fc.property(fc.uniqueArray(arbitraryClaim, { maxLength: 40, selector: (c) => c.id }), fc.integer(), (claims, shuffleSeed) => {
          const { value, ms } = timed(() => found(claims))
          expect(ms).toBeLessThan(HANG_MS)
          expect(found(shuffle(claims, shuffleSeed))).toEqual(value)
          detectConflicts(claims, { changed: changedBy(claims.slice(0, 3)) })
        }),
        { seed: SEED, numRuns: 500 }
      )
    },
    TEST_MS
  )
})

/** A deterministic shuffle (Fisher-Yates over a small LCG), so a failure replays. */
const shuffle = <A>(xs: ReadonlyArray<A>, seed: number): Array<A> => {
  const out = [...xs]
  let s = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
