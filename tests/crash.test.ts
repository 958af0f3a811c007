/** kill -9 in the middle of an import and of a daemon's poll, through the real binary (issue
 * 12): once the process is dead the database is sound and holds everything any earlier check
 * saw, exactly once; run again, the command finishes the work. A few trials here; the 50 of
 * bench/crash/trials.ts (npm run bench:crash) draw the moments at random, the same code. */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { prng } from "../bench/dedup/random.js"
import { DaemonTrials, ImportTrials, type TrialRecord } from "./support/crashTrials.js"
import { faKesNdjson } from "./support/faKes.js"
import { PublishingFeeds } from "./support/publishingFeeds.js"

const SEED = 20261129
const work = () => mkdtempSync(join(tmpdir(), "crosscheck-crash-"))
const show = (r: TrialRecord) =>
  `${r.kind} ${r.trial} (${r.database}): ${r.kills.map((k) => `${k.killed ? "killed" : "finished"} after ${k.afterMs} ms during ${k.during}, ${k.storedBefore} -> ${k.storedAfter} stored`).join("; ")}; resumed: ${r.resume.new} new\n${r.problems.join("\n")}`

describe("kill -9", () => {
  it("an import killed once its first batch is stored, then at a random moment on the same database, resumes to exactly the full set", async () => {
    // 650 articles: two batches (500 a batch), the kill falls between them; then a window of
    // them that overlaps what is stored.
    const lines = faKesNdjson().trimEnd().split("\n").slice(0, 650)
    const rand = prng(SEED)
    const first = new ImportTrials(join(work(), "a"), rand, {
      lines,
      minWindow: lines.length,
      maxWindow: lines.length,
      maxChain: 1,
      doubleKill: 0,
      moment: "after a commit"
    })
    const a = await first.run(0)
    process.stdout.write(`${show(a)}\n`)
    expect(a.problems).toEqual([])
    expect(a.kills[0]).toMatchObject({ killed: true, during: "later batch" })
    expect(a.kills[0]!.storedAfter).toBeGreaterThan(0)
    expect(a.kills[0]!.storedAfter).toBeLessThan(lines.length)
    expect(a.stored).toBe(lines.length)

    const trials = new ImportTrials(join(work(), "b"), rand, { lines, minWindow: 300, maxWindow: 400, maxChain: 1, doubleKill: 1 })
    const b = await trials.run(1)
    process.stdout.write(`${show(b)}\n`)
    expect(b.problems).toEqual([])
    expect(b.stored).toBe(b.expected)
  }, 180_000)

  describe("a daemon", () => {
    const feeds = new PublishingFeeds({ feeds: 4, items: 24, everyMs: 100, initial: 6 })
    beforeAll(() => feeds.start())
    afterAll(() => feeds.close())

    it("killed between two feeds' transactions, then at a random moment, polls on to every item exactly once", async () => {
      const rand = prng(SEED)
      const first = new DaemonTrials(join(work(), "a"), rand, feeds, {
        maxChain: 1,
        doubleKill: 0,
        killWithinMs: 5_000,
        refreshEveryMs: 1_000,
        moment: "after a commit"
      })
      const a = await first.run(0)
      process.stdout.write(`${show(a)}\n`)
      expect(a.problems).toEqual([])
      expect(a.kills[0]).toMatchObject({ killed: true, during: "cycle" })
      expect(a.kills[0]!.storedAfter).toBeGreaterThan(0)
      expect(a.stored).toBe(a.expected)

      const trials = new DaemonTrials(join(work(), "b"), rand, feeds, { maxChain: 2, doubleKill: 0, killWithinMs: 4_000, refreshEveryMs: 1_000 })
      const b = await trials.run(1)
      process.stdout.write(`${show(b)}\n`)
      expect(b.problems).toEqual([])
      expect(b.stored).toBe(b.expected)
    }, 180_000)
  })
})
