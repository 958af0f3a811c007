import { ImportProgress } from "@crosscheck/ingest"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { ProgressBar } from "./ProgressBar.js"

const terminal = (isTTY: boolean) => {
  const writes: Array<string> = []
  const stream = { isTTY, columns: 80, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream
  return { stream, writes }
}

describe("ProgressBar", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("draws the share of input bytes read once an import passes a few hundred items, and clears itself", () => {
    const progress = new ImportProgress()
    progress.totalBytes = 1000
    const { stream, writes } = terminal(true)
    const bar = new ProgressBar(progress, stream)
    bar.start()
    progress.items = 100
    progress.finished(100)
    vi.advanceTimersByTime(250)
    expect(writes).toEqual([])
    progress.items = 400
    progress.finished(400)
    vi.advanceTimersByTime(100)
    expect(writes.at(-1)).toMatch(/^\r\[#{15}\.{15}\] {2}50% {2}400 items/)
    bar.stop()
    expect(writes.at(-1)).toBe("\r\u001b[K")
  })

  it("stays silent when stderr is not a terminal", () => {
    const progress = new ImportProgress()
    const { stream, writes } = terminal(false)
    const bar = new ProgressBar(progress, stream)
    bar.start()
    progress.items = 10_000
    vi.advanceTimersByTime(1000)
    bar.stop()
    expect(writes).toEqual([])
  })
})
