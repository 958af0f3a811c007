/** The real binary and the shared scorer, as the claim evaluations drive them. */
import { spawnSync } from "node:child_process"

/** Runs `crosscheck` (the build at `cli`) with `args`; its stdout, or an error with its stderr. */
export const crosscheck =
  (cli: string) =>
  (args: ReadonlyArray<string>): string => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
    if (r.status !== 0) throw new Error(`crosscheck ${args.join(" ")} failed (${r.status}): ${r.stderr}`)
    return r.stdout
  }

/** ../shared/tools/score-claims.mjs on `gold` against `predicted`: its JSON report, and its text
 * (with the line-by-line listing when `lines`). */
export const scoreClaims = (scorer: string, gold: string, predicted: string, lines: boolean) => {
  const r = spawnSync(process.execPath, [scorer, gold, predicted, "--json"], { encoding: "utf8" })
  if (r.status !== 0) throw new Error(r.stderr)
  const text = spawnSync(process.execPath, [scorer, gold, predicted, ...(lines ? ["--verbose"] : [])], { encoding: "utf8" }).stdout
  return { report: JSON.parse(r.stdout) as Record<string, unknown>, text: text.trim() }
}
