/**
 * Claims on a synthetic set (bench/claims/synth25 to synth37, see their READMEs; `--set
 * synth33` picks one, synth25 by default): 20 reports a helper
 * wrote in the styles of wire, state, opposition, Russian, Turkish and humanitarian outlets, labelled
 * by two other helpers under ../shared/gold/README.md before any software read them. It is scored
 * like a checkpoint: imported with the real binary into a fresh database, exported, scored by
 * ../shared/tools/score-claims.mjs; `--verbose` prints the scorer's lines (do that only once the
 * set is spent: a rule changed because of one of its lines makes it a development set).
 * Writes bench/results/claims-<set>.json unless CROSSCHECK_BIN names another build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { crosscheck, scoreClaims } from "./binary.js"

const here = dirname(fileURLToPath(import.meta.url))
const setFlag = process.argv.indexOf("--set")
const name = setFlag >= 0 ? (process.argv[setFlag + 1] ?? "") : "synth25"
if (!/^synth\d+$/.test(name)) throw new Error(`--set wants a set under bench/claims such as synth26, not "${name}"`)
const set = join(here, name)
const work = join(here, "..", ".work", `claims-${name}`)
const cli = process.env.CROSSCHECK_BIN ?? join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")
const scorer = join(here, "..", "..", "..", "shared", "tools", "score-claims.mjs")

const run = crosscheck(cli)
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const db = join(work, "claims.db")
run(["--db", db, "import", join(set, "articles.ndjson")])
const predicted = join(work, "claims.ndjson")
writeFileSync(predicted, run(["--db", db, "export", "claims"]))
const pooled = join(work, "gold.jsonl")
writeFileSync(pooled, ["gold-a.jsonl", "gold-b.jsonl"].map((f) => readFileSync(join(set, f), "utf8").trim()).join("\n") + "\n")

const score = (gold: string, verbose: boolean) => scoreClaims(scorer, gold, predicted, verbose)
const verbose = process.argv.includes("--verbose")
const sets = {
  [name]: score(pooled, verbose),
  [`${name}a`]: score(join(set, "gold-a.jsonl"), false),
  [`${name}b`]: score(join(set, "gold-b.jsonl"), false)
}
for (const [k, v] of Object.entries(sets)) console.log(`${k}:\n${v.text}\n`)
if (process.env.CROSSCHECK_BIN === undefined) {
  const version = /EXTRACTOR_VERSION = (\d+)/.exec(readFileSync(join(here, "..", "..", "packages", "core", "src", "claims", "extract.ts"), "utf8"))?.[1]
  writeFileSync(
    join(here, "..", "results", `claims-${name}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), extractorVersion: Number(version), sets: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.report])) }, null, 2)}\n`
  )
}
