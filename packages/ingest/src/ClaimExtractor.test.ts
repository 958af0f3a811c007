import { EXTRACTOR_VERSION, normaliseText, type IncomingArticle } from "@crosscheck/core"
import { ArticleRepository, ClaimRepository, ConflictRepository, EventLog, Store, StoryRepository, StoreTest } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { readFileSync } from "node:fs"
import { Pipeline } from "./Pipeline.js"

const seed000 = () => seed("000_469f3dda83deb97e.txt")
const seed = (file: string) => {
  const text = normaliseText(readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), "utf8"))
  const [title, ...rest] = text.split("\n")
  const article: IncomingArticle = {
    _tag: "IncomingArticle",
    url: `file:///seeds/${file}`,
    title: title!,
    text: rest.join("\n"),
    isHtml: false,
    source: "seeds",
    published: new Date("2016-11-17T09:00:00Z"),
    origin: "seed 000",
    feedId: null
  }
  return article
}

const TestPipeline = Pipeline.Default.pipe(
  Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, StoryRepository.Default, ClaimRepository.Default, ConflictRepository.Default)),
  Layer.provideMerge(StoreTest)
)

const exportClaims = Effect.gen(function* () {
  return Chunk.toReadonlyArray(yield* Stream.runCollect((yield* ClaimRepository).export()))
})

describe("claims through the pipeline", () => {
  it.effect("stores the figures of a report with their source, place, time and evidence", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      yield* Stream.runDrain(pipeline.run(Stream.make(seed000())))
      const claims = yield* exportClaims
      const sukkari = claims.find((c) => c.quote.includes("11 civilians were killed in the Sukkari"))
      expect(sukkari).toMatchObject({
        kind: "quantity",
        metric: "killed",
        min: 11,
        max: 11,
        qualifier: "exact",
        who: "civilians",
        where: "Sukkari, Aleppo",
        when: { from: "2016-11-16", to: "2016-11-16" },
        source: "White Helmets",
        articleUrl: "file:///seeds/000_469f3dda83deb97e.txt"
      })
      // The span points at the evidence in the stored title + "\n" + body.
      const [stored] = Chunk.toReadonlyArray(yield* Stream.runCollect((yield* ArticleRepository).export()))
      const text = `${stored!.title}\n${stored!.body}`
      expect(text.slice(sukkari!.span[0], sukkari!.span[1])).toBe(sukkari!.quote)
      const headline = claims.find((c) => c.quote === stored!.title)
      expect(headline).toMatchObject({ metric: "killed", min: 24, max: 99, qualifier: "vague", source: null })
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("re-extracts, from the stored text, the claims of articles read by another extractor version", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      // One report as published, one dated a month ahead of its fetch (a feed's wrong clock):
      // relative dates must resolve the same way when read again.
      const ahead = { ...seed000(), url: "file:///seeds/ahead.txt", published: new Date(Date.now() + 30 * 86_400_000) }
      yield* Stream.runDrain(pipeline.run(Stream.make(seed000(), ahead)))
      const before = yield* exportClaims
      const { sqlite } = yield* Store
      // As if an older extractor had read it, and found nothing.
      sqlite.prepare("DELETE FROM claims").run()
      sqlite.prepare("UPDATE claim_versions SET version = ?").run(EXTRACTOR_VERSION - 1)
      expect(yield* exportClaims).toHaveLength(0)
      expect(yield* pipeline.refreshClaims).toBe(2)
      const withoutIds = (claims: ReadonlyArray<{ readonly id: string }>) => claims.map(({ id: _, ...rest }) => rest)
      expect(withoutIds(yield* exportClaims)).toEqual(withoutIds(before))
      expect(yield* pipeline.refreshClaims).toBe(0)
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("indexes the stored claims again when the conflict rules change what they read and key, and ends where a fresh store would", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const files = ["000_469f3dda83deb97e.txt", "001_6ae1e418d85faf84.txt", "002_89b8504bd718045e.txt", "003_82e91f6a119b5ec4.txt", "004_7e8356547cb68094.txt"]
      yield* Stream.runDrain(pipeline.run(Stream.fromIterable(files.map(seed))))
      const conflicts = yield* ConflictRepository
      const exportConflicts = Effect.gen(function* () {
        return Chunk.toReadonlyArray(yield* Stream.runCollect(conflicts.export())).map((c) => [c.id, c.kind, c.summary])
      })
      const before = yield* exportConflicts
      expect(before.length).toBeGreaterThan(0)
      const { sqlite } = yield* Store
      // As if older rules had indexed the store: other kept features, keys the current rules do
      // not make, and a conflict they found that the current ones do not
      sqlite.prepare("UPDATE claims SET features = 'f0' || substr(features, instr(features, ':')) WHERE features IS NOT NULL").run()
      sqlite.prepare("UPDATE claim_keys SET key = 'old|' || key").run()
      sqlite.prepare("UPDATE conflict_anchors SET anchor = 'old|' || anchor").run()
      sqlite.prepare("UPDATE conflicts SET anchors = (SELECT json_group_array('old|' || value) FROM json_each(conflicts.anchors))").run()
      expect(yield* conflicts.rulesChanged).toBe(true)
      expect(yield* pipeline.refreshClaims).toBe(0)
      expect(yield* conflicts.rulesChanged).toBe(false)
      expect(sqlite.prepare("SELECT count(*) FROM claim_keys WHERE key LIKE 'old|%'").pluck().get()).toBe(0)
      expect(sqlite.prepare("SELECT count(*) FROM conflict_anchors WHERE anchor LIKE 'old|%'").pluck().get()).toBe(0)
      expect(yield* exportConflicts).toEqual(before)
    }).pipe(Effect.provide(TestPipeline))
  )
})
