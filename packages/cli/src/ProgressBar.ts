import type { ImportProgress } from "@crosscheck/ingest"

const BAR_WIDTH = 30
const SHOW_AFTER_ITEMS = 300

/** A progress bar on stderr for long imports on a terminal. Silent when stderr is not a TTY
 * (scripts, CI) and for small imports, which finish before a bar would help. */
export class ProgressBar {
  private timer: NodeJS.Timeout | null = null
  private shown = false
  private readonly started = Date.now()

  constructor(
    private readonly progress: ImportProgress,
    private readonly stream: NodeJS.WriteStream = process.stderr
  ) {}

  start(): void {
    if (!this.stream.isTTY) return
    this.timer = setInterval(() => this.draw(), 100)
    this.timer.unref()
  }

  private draw(): void {
    const { items, doneBytes, totalBytes } = this.progress
    if (items < SHOW_AFTER_ITEMS && !this.shown) return
    this.shown = true
    const fraction = totalBytes > 0 ? Math.min(1, doneBytes / totalBytes) : 0
    const filled = Math.round(fraction * BAR_WIDTH)
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000)
    const rate = Math.round(items / seconds)
    const line = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${items.toLocaleString("en")} items  ${rate.toLocaleString("en")}/s`
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\u001b[K`)
  }

  /** Clears the bar so a message can be printed on a clean line; it is redrawn on the next tick. */
  clear(): void {
    if (this.shown) this.stream.write("\r\u001b[K")
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer)
    if (this.shown) this.stream.write("\r\u001b[K")
  }
}
