import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** A real terminal for the real binary: a private tmux server (its own socket), so tests
 * never touch a user's sessions. */
export class TmuxSession {
  private readonly socket = `crosscheck-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  private readonly target = "main"

  static available(): boolean {
    return spawnSync("tmux", ["-V"]).status === 0
  }

  private readonly statusFile = join(mkdtempSync(join(tmpdir(), "crosscheck-tmux-")), "status")

  constructor(command: ReadonlyArray<string>, size: { readonly columns: number; readonly rows: number }) {
    // The command runs as positional arguments of a fixed shell script: nothing is re-parsed.
    const wrapped = ["sh", "-c", 'status="$1"; shift; "$@"; echo $? > "$status"', "sh", this.statusFile, ...command]
    this.tmux(["new-session", "-d", "-s", this.target, "-x", String(size.columns), "-y", String(size.rows), ...wrapped])
    // Keep the pane after the program exits, to read the restored screen.
    this.tmux(["set-option", "-t", this.target, "remain-on-exit", "on"])
  }

  private tmux(args: ReadonlyArray<string>): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" })
  }

  keys(...keys: ReadonlyArray<string>): void {
    this.tmux(["send-keys", "-t", this.target, ...keys])
  }

  /** The pane's title: a program that writes an OSC 0/2 sequence sets it. */
  paneTitle(): string {
    return this.tmux(["display-message", "-p", "-t", this.target, "#{pane_title}"]).trim()
  }

  screen(): string {
    return this.tmux(["capture-pane", "-p", "-t", this.target])
  }

  resize(columns: number, rows: number): void {
    this.tmux(["resize-window", "-t", this.target, "-x", String(columns), "-y", String(rows)])
  }

  /** The program's exit status once it has exited, else null. Written by the wrapper shell:
   * tmux's own pane_dead_status is set only after it reaps the process, and is racy to read. */
  exitStatus(): number | null {
    try {
      const text = readFileSync(this.statusFile, "utf8").trim()
      return text === "" ? null : Number(text)
    } catch {
      return null
    }
  }

  /** Polls the screen until `predicate` holds; the last screen is in the error otherwise. */
  async waitFor(predicate: (screen: string) => boolean, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    let screen = ""
    while (Date.now() < deadline) {
      screen = this.screen()
      if (predicate(screen)) return screen
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`screen never matched; last screen:\n${screen}`)
  }

  async waitForExit(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const status = this.exitStatus()
      if (status !== null) return status
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`program did not exit; last screen:\n${this.screen()}`)
  }

  kill(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"])
  }
}
