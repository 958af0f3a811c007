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

/** The last full frame in `output` (Ink redraws a full screen after clearing it), as text. */
export const screenText = (output: string): string => {
  const clear = output.lastIndexOf("\u001b[2J")
  return (clear >= 0 ? output.slice(clear) : output).replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "")
}
