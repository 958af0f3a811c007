import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { cliBin } from "./paths.js"

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the real `crosscheck` binary, as a script outside the project would. */
export const crosscheck = (args: ReadonlyArray<string>, options: { readonly input?: string } = {}): CliResult => {
  const r = spawnSync(process.execPath, [cliBin, ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, CROSSCHECK_DB: "", NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export const freshDatabase = (): string => join(mkdtempSync(join(tmpdir(), "crosscheck-test-")), "crosscheck.db")

export const ndjson = (text: string): Array<Record<string, unknown>> =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>)

/** Runs a command without blocking the event loop: for tests that serve HTTP themselves, and
 * for long runs (vitest's worker must keep answering while the binary works). */
export const runAsync = (command: string, args: ReadonlyArray<string>): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, CROSSCHECK_DB: "", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

/** Like `crosscheck`, without blocking the event loop. */
export const crosscheckAsync = (args: ReadonlyArray<string>): Promise<CliResult> => runAsync(process.execPath, [cliBin, ...args])

/** Root ignores file modes, so the read-only cases run the binary as nobody (uid 65534). That
 * user must be able to load it: a clone under a 0700 folder (as `mktemp -d` makes) it cannot
 * read. Null when the cases can run; otherwise why they cannot. */
export const unprivilegedSkipReason = ((): string | null => {
  if (process.getuid?.() !== 0) return null
  const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cliBin, "--version"], { encoding: "utf8" })
  if (r.status === 0) return null
  const lines = (r.error?.message ?? r.stderr).trim().split("\n")
  const error = lines.find((l) => /Error\b/.test(l)) ?? lines[0]
  return `they run the binary as uid 65534, which cannot run ${cliBin} (a folder above it closed to other users?): ${error?.trim()}`
})()
