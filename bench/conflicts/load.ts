/**
 * Claims as the store will hand them to the conflict rules, produced by the real pipeline:
 * import with the `crosscheck` binary, `export claims` and `export articles`, and join each
 * claim with its article's outlet, publication time, duplicateOf and storyId.
 */
import type { ConflictClaim } from "@crosscheck/core"
import { spawnSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { readFaKes } from "../dedup/faKes.js"

const here = dirname(fileURLToPath(import.meta.url))
export const benchDir = join(here, "..")
export const sharedDir = join(here, "..", "..", "..", "shared")
const cli = join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")

const run = (args: ReadonlyArray<string>): string => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, env: { ...process.env, CROSSCHECK_DB: "" } })
  if (r.status !== 0) throw new Error(`crosscheck ${args.join(" ")} failed (${r.status}): ${r.stderr}`)
  return r.stdout
}

const lines = <T>(text: string): Array<T> =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T)

export interface ExportedArticle {
  readonly id: string
  readonly url: string
  readonly title: string
  readonly source: string
  readonly published: string | null
  readonly fetchedAt: string
  readonly duplicateOf: string | null
  readonly storyId: string | null
}

interface ExportedClaim extends Omit<ConflictClaim, "outlet" | "published" | "duplicateOf" | "storyId"> {
  readonly articleUrl: string
}

export interface Imported {
  readonly articles: ReadonlyArray<ExportedArticle>
  readonly claims: ReadonlyArray<ConflictClaim & { readonly articleUrl: string }>
}

/** The store's join: each claim with what is known about its article. */
export const joinClaims = (articles: ReadonlyArray<ExportedArticle>, claims: ReadonlyArray<ExportedClaim>): Imported["claims"] => {
  const byId = new Map(articles.map((a) => [a.id, a]))
  return claims.map((c) => {
    const a = byId.get(c.articleId)
    if (a === undefined) throw new Error(`claim ${c.id} has no article ${c.articleId}`)
    return {
      ...c,
      outlet: a.source,
      published: Date.parse(a.published ?? a.fetchedAt),
      duplicateOf: a.duplicateOf,
      storyId: a.storyId
    }
  })
}

/** Imports these paths into a fresh database under bench/.work/<name> and exports the joined claims. */
export const importAndExport = (name: string, paths: ReadonlyArray<string>): Imported => {
  const work = join(benchDir, ".work", name)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const db = join(work, "crosscheck.db")
  run(["--db", db, "import", ...paths])
  const articles = lines<ExportedArticle>(run(["--db", db, "export", "articles"]))
  const claims = lines<ExportedClaim>(run(["--db", db, "export", "claims"]))
  return { articles, claims: joinClaims(articles, claims) }
}

/** All 804 FA-KES rows as NDJSON (id fa-kes/<unit_id>/row-<n>, the date column as publication), through the real pipeline. */
export const importFaKes = (): Imported => {
  const work = join(benchDir, ".work", "conflicts-input")
  mkdirSync(work, { recursive: true })
  const file = join(work, "fa-kes.ndjson")
  writeFileSync(
    file,
    `${readFaKes()
      .map((r) => JSON.stringify({ id: r.url, title: r.title, text: r.content, source: r.source, published: r.published }))
      .join("\n")}\n`
  )
  return importAndExport("conflicts-fakes", [file])
}

/** The FA-KES row number of an article url ("fa-kes/<unit>/row-<n>"). */
export const rowOf = (url: string): number => Number(/row-(\d+)$/.exec(url)?.[1] ?? Number.NaN)
