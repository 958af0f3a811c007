/** The real binary as a child process that can be stopped at any moment (the crash and fault
 * tests, bench/crash), with its output collected and the daemon's JSON log lines parsed. */
import { type ChildProcess, spawn } from "node:child_process"
import { cliBin } from "./paths.js"

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

/** Every process started here that has not ended yet: stopAll() ends them, so a failed test
 * leaves no daemon behind. */
const live = new Set<Running>()

export const stopAll = async (): Promise<void> => {
  await Promise.all([...live].map((r) => r.kill()))
}

export class Running {
  readonly child: ChildProcess
  readonly exited: Promise<Exit>
  stdout = ""
  stderr = ""
  private done: Exit | null = null

  constructor(args: ReadonlyArray<string>, options: { readonly command?: ReadonlyArray<string>; readonly env?: NodeJS.ProcessEnv } = {}) {
    const [command, ...prefix] = options.command ?? [process.execPath, cliBin]
    this.child = spawn(command!, [...prefix, ...args], {
      env: { ...process.env, CROSSCHECK_DB: "", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    this.child.stdout!.setEncoding("utf8").on("data", (d: string) => (this.stdout += d))
    this.child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.stderr += d))
    live.add(this)
    this.exited = new Promise((resolve) =>
      this.child.on("close", (code, signal) => {
        this.done = { code, signal }
        live.delete(this)
        resolve(this.done)
      })
    )
  }

  get running(): boolean {
    return this.done === null
  }

  /** The JSON lines on stderr (the daemon's log). */
  lines(): Array<Record<string, unknown>> {
    const out: Array<Record<string, unknown>> = []
    for (const l of this.stderr.split("\n")) {
      if (!l.startsWith("{")) continue
      try {
        out.push(JSON.parse(l) as Record<string, unknown>)
      } catch {
        // a line cut by the kill
      }
    }
    return out
  }

  /** Waits until a log line after the first `from` lines matches; fails when the process ends
   * first or `timeoutMs` passes. */
  async waitFor(test: (line: Record<string, unknown>) => boolean, timeoutMs = 20_000, from = 0): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.lines().slice(from).find(test)
      if (found !== undefined) return found
      if (!this.running) throw new Error(`exited (${JSON.stringify(this.done)}) before the log line; stderr:\n${this.stderr.slice(-3000)}`)
      if (Date.now() > deadline) throw new Error(`no such log line in ${timeoutMs} ms; stderr:\n${this.stderr.slice(-3000)}`)
      await sleep(50)
    }
  }

  /** kill -9, and wait until it is gone. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<Exit> {
    if (this.running) this.child.kill(signal)
    return this.exited
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
