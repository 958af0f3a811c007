import { normaliseText, type IncomingArticle } from "@crosscheck/core"
import { ArticleRepository, EventLog, StoryRepository, storeAt } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Pipeline } from "./Pipeline.js"

const seed = (name: string) => {
  const text = normaliseText(readFileSync(new URL(`../../../../shared/seeds/${name}.txt`, import.meta.url), "utf8"))
  const [title, ...rest] = text.split("\n")
  return { title: title!, body: rest.join("\n").trim() }
}
const S000 = seed("000_469f3dda83deb97e")
const S001 = seed("001_6ae1e418d85faf84")
const S004 = seed("004_7e8356547cb68094")

const article = (url: string, title: string, text: string, published: string, source = "Outlet"): IncomingArticle => ({
  _tag: "IncomingArticle",
  url,
  title,
  text,
  isHtml: false,
  source,
  published: new Date(published),
  origin: url,
  feedId: null
})

const sentences = (s: string) => s.split(/(?<=\.)\s+/)
const wireCopy = (body: string) =>
  `ALEPPO, Syria (Reuters) - ${sentences(body)
    .slice(0, Math.ceil(sentences(body).length * 0.75))
    .join(" ")}\n\n(Reporting by Staff; Editing by Desk)`
const spun = (body: string) =>
  body.replace(
    /\b(people|killed|civilians|areas|neighbourhoods|bombing|reported|strikes|local|eastern|city)\b/gi,
    (w) =>
      ({
        people: "humans",
        killed: "slain",
        civilians: "noncombatants",
        areas: "regions",
        neighbourhoods: "districts",
        bombing: "bombardment",
        reported: "stated",
        strikes: "moves",
        local: "nearby",
        eastern: "japanese",
        city: "metropolis"
      })[w.toLowerCase()] ?? w
  )

/** A spinner that also rewrites function words, phrases, names and figures (issue 9), the same
 * way in every copy it makes of one article. */
const PHRASES: Record<string, string> = {
  "at least": "no less than",
  "more than": "in excess of",
  "according to": "as stated by",
  with: "along with",
  in: "within",
  since: "because",
  by: "via",
  that: "which",
  against: "towards",
  over: "across",
  from: "out of",
  has: "possesses",
  was: "used to be",
  were: "had been",
  for: "for the sake of",
  on: "upon",
  after: "following",
  SOHR: "Syrian Observatory for Human Rights",
  Russia: "Russian Federation",
  Aleppo: "Halab",
  "30": "thirty",
  "32": "thirty-two",
  "11": "eleven",
  "26": "twenty-six"
}
const ENTRY = new RegExp(
  `\\b(${Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
  "g"
)
const phraseSpun = (body: string) => spun(body).replace(ENTRY, (w) => PHRASES[w]!)

const pipelineOn = (path: string) =>
  Pipeline.Default.pipe(
    Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, StoryRepository.Default)),
    Layer.provideMerge(storeAt(path))
  )

const run = (items: ReadonlyArray<IncomingArticle>) =>
  Effect.gen(function* () {
    const pipeline = yield* Pipeline
    yield* Stream.runDrain(pipeline.run(Stream.fromIterable(items)))
    const stored = yield* Stream.runCollect((yield* ArticleRepository).export())
    return new Map(Chunk.toReadonlyArray(stored).map((a) => [a.url, a]))
  })

describe("copies and stories through the pipeline", () => {
  it.effect("collapses wire, spun and exact copies (and a copy of a copy) onto the first-seen original, in its story", () =>
    Effect.gen(function* () {
      const byUrl = yield* run([
        article("a", S000.title, S000.body, "2016-11-17T09:00:00Z"),
        article("b-wire", "Rockets pound Aleppo", wireCopy(S000.body), "2016-11-17T10:00:00Z", "Wire"),
        article("c-exact", S000.title, S000.body, "2016-11-17T11:00:00Z", "Mirror"),
        article("d-spun", "Dozens slain", spun(S000.body), "2016-11-17T12:00:00Z", "Spinner"),
        article("e-copy-of-b", "Rockets pound Aleppo again", wireCopy(S000.body), "2016-11-17T13:00:00Z", "Aggregator"),
        article("f-distinct", S001.title, S001.body, "2016-11-16T12:45:00Z", "Other")
      ])
      const a = byUrl.get("a")!
      for (const url of ["b-wire", "c-exact", "d-spun", "e-copy-of-b"]) {
        expect(byUrl.get(url), url).toMatchObject({ duplicateOf: a.id, storyId: a.storyId })
      }
      expect(byUrl.get("f-distinct")!.duplicateOf).toBeNull()
      expect(byUrl.get("a")!.duplicateOf).toBeNull()

      // Corroboration: five articles, one independent report from one outlet, plus the
      // distinct report if it joined the story.
      const corroboration = yield* (yield* StoryRepository).corroborationOf(a.storyId!)
      const sameStory = byUrl.get("f-distinct")!.storyId === a.storyId
      expect(corroboration).toEqual({
        articles: sameStory ? 6 : 5,
        independentReports: sameStory ? 2 : 1,
        outlets: sameStory ? 2 : 1
      })
    }).pipe(Effect.provide(pipelineOn(":memory:")))
  )

  it.effect("finds copies of articles stored by an earlier process, from the persistent index", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-dedup-")), "x.db")
      const first = yield* run([article("a", S000.title, S000.body, "2016-11-17T09:00:00Z")]).pipe(Effect.provide(pipelineOn(path)))
      const later = yield* run([
        article("b-wire", "Rockets pound Aleppo", wireCopy(S000.body), "2016-11-17T10:00:00Z"),
        article("d-spun", "Dozens slain", spun(S000.body), "2016-11-17T12:00:00Z")
      ]).pipe(Effect.provide(pipelineOn(path)))
      const original = first.get("a")!
      expect(later.get("b-wire")).toMatchObject({ duplicateOf: original.id, storyId: original.storyId })
      expect(later.get("d-spun")).toMatchObject({ duplicateOf: original.id, storyId: original.storyId })
    })
  )

  it.effect("names the first-seen original when the copy between them was missed, in one batch and across processes", () =>
    Effect.gen(function* () {
      // Two copies spun alike; in the first the spinner's punctuation damage garbled two counts
      // it wrote in words ("el” ven"), so the numbers no longer agree and that copy is kept
      // apart. The second shares more with the first copy than with the original, but names
      // the original.
      const missed = phraseSpun(S000.body).replace("eleven", "el” ven").replace("twenty-six", "tw” nty-six")
      const later = phraseSpun(S000.body)
      const items = [
        article("a", S000.title, S000.body, "2016-11-17T09:00:00Z"),
        article("b-missed", "Dozens slain in Halab", missed, "2016-11-17T12:00:00Z", "Spinner"),
        article("c-later", "Dozens slain in Halab", later, "2016-11-17T15:00:00Z", "Spinner")
      ]
      const together = yield* run(items).pipe(Effect.provide(pipelineOn(":memory:")))
      expect(together.get("b-missed")!.duplicateOf, "premise: the garbled counts keep b apart").toBeNull()
      expect(together.get("c-later")!.duplicateOf).toBe(together.get("a")!.id)

      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-dedup-")), "x.db")
      const first = yield* run(items.slice(0, 2)).pipe(Effect.provide(pipelineOn(path)))
      const second = yield* run(items.slice(2)).pipe(Effect.provide(pipelineOn(path)))
      expect(first.get("b-missed")!.duplicateOf).toBeNull()
      expect(second.get("c-later")!.duplicateOf).toBe(first.get("a")!.id)
    })
  )

  it.effect("groups reports of one event into a story; a report a month before starts its own", () =>
    Effect.gen(function* () {
      const byUrl = yield* run([
        article("000", S000.title, S000.body, "2016-11-17T09:00:00Z"),
        article("001", S001.title, S001.body, "2016-11-16T12:45:00Z"),
        article("004", S004.title, S004.body, "2016-10-13T16:00:00Z")
      ])
      expect(byUrl.get("001")!.storyId).toBe(byUrl.get("000")!.storyId)
      expect(byUrl.get("004")!.storyId).not.toBe(byUrl.get("000")!.storyId)
    }).pipe(Effect.provide(pipelineOn(":memory:")))
  )
})
