/** feedparser's corpus as a conformance check of crosscheck's feed reading (see
 * tests/support/feedConformance.ts for what is checked and how): files tried, expectations that
 * concern what crosscheck keeps, how many pass, by field and folder, and every failure with
 * what crosscheck read instead. Writes bench/results/feed-conformance.json.
 *
 *   npm run bench:feed-conformance          (from the repository root)
 */
import { writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { runConformance, summarise } from "../tests/support/feedConformance.js"

const here = dirname(fileURLToPath(import.meta.url))
const corpus = resolve(here, "..", "..", "shared", "data", "feeds", "feedparser")

const t0 = performance.now()
const run = await runConformance(corpus)
const seconds = (performance.now() - t0) / 1000
const summary = summarise(run)

const result = {
  benchmark: "feedparser's Expect: lines, translated to checks on crosscheck's own parse (decodeFeed, parseFeed, normaliseArticle)",
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version },
  seconds: +seconds.toFixed(2),
  ...summary,
  notAFeed: run.notAFeed,
  failures: run.checks.filter((c) => !c.passed).map(({ file, field, expression, got }) => ({ file, field, expression, got }))
}
writeFileSync(join(here, "results", "feed-conformance.json"), `${JSON.stringify(result, null, 2)}\n`)
console.log(
  `${summary.filesTried} files, ${summary.expectationsApplicable} applicable expectations (${summary.notApplicable} not applicable), ` +
    `${summary.passed} passed: ${(summary.passRate * 100).toFixed(1)}% (${seconds.toFixed(1)} s)`
)
for (const [field, t] of Object.entries(summary.byField)) console.log(`  ${field}: ${t.passed}/${t.applicable}`)
