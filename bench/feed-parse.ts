/**
 * RSS parse throughput of the feed wrapper on rss-parser's own test corpus
 * (../shared/data/feeds/rss-parser/input: 31 real feeds, RSS 0.9x-2.0, RSS 1.0 and Atom, 3 MB):
 * bytes -> decodeFeed -> parseFeed (scan, repairs, rss-parser) -> normaliseArticle, the path an
 * import or a poll takes, in MB of feed bytes per second on one core. rss-parser's parseString
 * alone on the same text is measured beside it, so the wrapper's own cost shows.
 * Writes bench/results/feed-parse.json.
 *
 *   npm run bench:feed-parse          (from the repository root)
 *
 * The machine is shared with other work: the load average before and after is recorded, and the
 * median of several passes reported with the fastest, which is the least disturbed.
 */
import { normaliseArticle } from "@crosscheck/core"
import { decodeFeed, parseFeed } from "@crosscheck/ingest"
import { Effect } from "effect"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import Parser from "rss-parser"

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = resolve(here, "..", "..", "shared", "data", "feeds", "rss-parser", "input")
const PASSES = Number(process.env.PASSES ?? 7)

const files = readdirSync(corpusDir)
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(corpusDir, name)) }))
const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0)
const MB = 1024 * 1024

/** One file through the wrapper: articles kept, or null when it is not a feed. */
const wrapper = async (bytes: Uint8Array, origin: string): Promise<number | null> => {
  const decoded = decodeFeed(bytes, null)
  const feed = await Effect.runPromise(Effect.either(parseFeed(decoded.text, { origin, feedId: null })))
  if (feed._tag === "Left") return null
  let kept = 0
  for (const item of feed.right.items) {
    if (item._tag === "IncomingArticle" && "id" in normaliseArticle(item, 0)) kept++
  }
  return kept
}

const rssParser = new Parser()
const plain = async (text: string): Promise<number | null> => {
  try {
    return (await rssParser.parseString(text)).items.length
  } catch {
    return null
  }
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

const loadBefore = loadavg()
const texts = files.map((f) => decodeFeed(f.bytes, null).text)

// Per file: what each reads (one pass, untimed, also the warm-up).
const perFile: Array<{ file: string; bytes: number; articles: number | null; rssParserItems: number | null; wrapperMs: number }> = []
for (const [i, f] of files.entries()) {
  perFile.push({ file: f.name, bytes: f.bytes.length, articles: await wrapper(f.bytes, f.name), rssParserItems: await plain(texts[i]!), wrapperMs: 0 })
}
await Promise.all(texts.map(plain))

const wrapperPasses: Array<number> = []
const plainPasses: Array<number> = []
// CPU seconds of this process per pass: less disturbed by other work than the wall clock
const wrapperCpu: Array<number> = []
const plainCpu: Array<number> = []
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1e6
}
const fileTimes = files.map(() => [] as Array<number>)
for (let p = 0; p < PASSES; p++) {
  let started = performance.now()
  let cpu = process.cpuUsage()
  for (const [i, f] of files.entries()) {
    const t = performance.now()
    await wrapper(f.bytes, f.name)
    fileTimes[i]!.push(performance.now() - t)
  }
  wrapperPasses.push((performance.now() - started) / 1000)
  wrapperCpu.push(cpuSeconds(cpu))
  started = performance.now()
  cpu = process.cpuUsage()
  for (const t of texts) await plain(t)
  plainPasses.push((performance.now() - started) / 1000)
  plainCpu.push(cpuSeconds(cpu))
}
files.forEach((_, i) => {
  perFile[i]!.wrapperMs = +median(fileTimes[i]!).toFixed(2)
})
const loadAfter = loadavg()

const rate = (seconds: number) => +(totalBytes / MB / seconds).toFixed(2)
const results = {
  benchmark: "feed parse throughput: bytes -> decodeFeed -> parseFeed -> normaliseArticle, on rss-parser's test corpus",
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadAverageBefore: loadBefore.map((x) => +x.toFixed(2)),
    loadAverageAfter: loadAfter.map((x) => +x.toFixed(2)),
    note: "shared machine: other work ran during the measurement (see the load averages); the fastest pass is the least disturbed"
  },
  corpus: { dir: "shared/data/feeds/rss-parser/input", files: files.length, megabytes: +(totalBytes / MB).toFixed(3) },
  passes: PASSES,
  wrapper: {
    mbPerSecondMedian: rate(median(wrapperPasses)),
    mbPerSecondFastest: rate(Math.min(...wrapperPasses)),
    mbPerCpuSecondMedian: rate(median(wrapperCpu)),
    secondsPerPass: wrapperPasses.map((s) => +s.toFixed(3))
  },
  rssParserAlone: {
    note: "rss-parser's parseString on the decoded text: no scan, repairs, text conversion or normalisation",
    mbPerSecondMedian: rate(median(plainPasses)),
    mbPerSecondFastest: rate(Math.min(...plainPasses)),
    mbPerCpuSecondMedian: rate(median(plainCpu)),
    secondsPerPass: plainPasses.map((s) => +s.toFixed(3))
  },
  /** the wrapper's CPU time over rss-parser's alone, on the same files */
  wrapperCostRatio: +(median(wrapperCpu) / median(plainCpu)).toFixed(2),
  perFile
}
writeFileSync(join(here, "results", "feed-parse.json"), `${JSON.stringify(results, null, 2)}\n`)
console.log(
  `${files.length} files, ${results.corpus.megabytes} MB: wrapper ${results.wrapper.mbPerSecondMedian} MB/s median (fastest ${results.wrapper.mbPerSecondFastest}, ` +
    `${results.wrapper.mbPerCpuSecondMedian} per CPU-second); rss-parser alone ${results.rssParserAlone.mbPerSecondMedian} MB/s ` +
    `(fastest ${results.rssParserAlone.mbPerSecondFastest}, ${results.rssParserAlone.mbPerCpuSecondMedian} per CPU-second); ` +
    `load ${loadBefore[0]!.toFixed(1)} -> ${loadAfter[0]!.toFixed(1)} on ${results.machine.cores} cores`
)
console.log("wrote bench/results/feed-parse.json")
