/** A terminal the benchmark controls: keys are typed into `TerminalInput`, and every write the
 * app makes to `TerminalOutput` is timestamped, so a key's latency is the time from typing it to
 * the first write of the frame that follows. Both look like a TTY to Ink. */
import { EventEmitter } from "node:events"

export class TerminalOutput extends EventEmitter {
  readonly isTTY = true
  columns: number
  rows: number
  /** called with every write and the time it was made (performance.now()) */
  onWrite: ((chunk: string, at: number) => void) | null = null
  constructor(columns: number, rows: number) {
    super()
    this.columns = columns
    this.rows = rows
  }
  write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const at = performance.now()
    this.onWrite?.(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"), at)
    const callback = rest.find((r): r is () => void => typeof r === "function")
    callback?.()
    return true
  }
}

/** Keys typed into the app: the TUI's own tests' fake terminal input. */
export { FakeTerminalInput as TerminalInput } from "@crosscheck/tui/testing"

/** What the terminal shows, as text: everything the app writes is played onto a grid of rows,
 * as a terminal would (Ink clears and writes a whole frame, or rewrites the rows that changed in
 * place). Enough of a terminal for Ink's output: cursor positioning, erasing, newlines; styles
 * are dropped, and a character takes one column. */
export class Screen {
  private rows: Array<Array<string>>
  private row = 0
  private column = 0
  private pending = ""
  constructor(
    readonly columns: number,
    readonly height: number
  ) {
    this.rows = Array.from({ length: height }, () => [])
  }
  write(chunk: string): void {
    const text = this.pending + chunk
    this.pending = ""
    const token = /\u001b\[([0-9;?]*)([A-Za-z])|\u001b[^[]|\r|\n|[^\u001b\r\n]+|\u001b$/gu
    for (let m = token.exec(text); m !== null; m = token.exec(text)) {
      const t = m[0]
      if (t === "\u001b") {
        this.pending = t // an escape split across writes
        break
      }
      if (m[2] !== undefined) this.control(m[1] ?? "", m[2])
      else if (t === "\r") this.column = 0
      else if (t === "\n") {
        this.row = Math.min(this.height - 1, this.row + 1)
        this.column = 0
      } else if (!t.startsWith("\u001b")) {
        const line = this.rows[this.row]!
        for (const ch of t) {
          if (this.column < this.columns) line[this.column] = ch
          this.column++
        }
      }
    }
  }
  private control(args: string, command: string): void {
    const n = (i: number, fallback: number) => {
      const v = Number(args.split(";")[i])
      return args.split(";")[i] === undefined || args.split(";")[i] === "" || Number.isNaN(v) ? fallback : v
    }
    if (args.startsWith("?")) return // modes: alternate screen, cursor
    switch (command) {
      case "H":
      case "f":
        this.row = Math.min(this.height - 1, n(0, 1) - 1)
        this.column = n(1, 1) - 1
        return
      case "A":
        this.row = Math.max(0, this.row - n(0, 1))
        return
      case "B":
        this.row = Math.min(this.height - 1, this.row + n(0, 1))
        return
      case "G":
        this.column = n(0, 1) - 1
        return
      case "J":
        if (n(0, 0) === 2 || n(0, 0) === 3) {
          if (n(0, 0) === 2) this.rows = Array.from({ length: this.height }, () => [])
        } else if (n(0, 0) === 0) {
          this.rows[this.row]!.length = Math.min(this.rows[this.row]!.length, this.column)
          for (let r = this.row + 1; r < this.height; r++) this.rows[r] = []
        }
        return
      case "K":
        if (n(0, 0) === 2) this.rows[this.row] = []
        else if (n(0, 0) === 0) this.rows[this.row]!.length = Math.min(this.rows[this.row]!.length, this.column)
        return
      default:
        return // styles (m) and anything else: nothing on the grid
    }
  }
  text(): string {
    return this.rows.map((r) => Array.from(r, (c) => c ?? " ").join("")).join("\n")
  }
}
