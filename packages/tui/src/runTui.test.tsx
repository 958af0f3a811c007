import { describe, expect, it } from "vitest"
import { ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN } from "./FullScreen.js"
import { runTui } from "./runTui.js"
import { FakeTerminalInput, FakeTerminalOutput, generatedMonitor, KEYS, tick } from "./testing.js"

const terminal = (columns = 100, rows = 30) => {
  const output = new FakeTerminalOutput(columns, rows)
  const input = new FakeTerminalInput()
  return {
    output,
    input,
    options: { stdout: output as unknown as NodeJS.WriteStream, stdin: input as unknown as NodeJS.ReadStream }
  }
}

/** The screen after the last full redraw, without colour. */
const lastScreen = (output: string): string => {
  const clear = output.lastIndexOf("\u001b[2J")
  const from = clear >= 0 ? clear : output.indexOf(ENTER_FULL_SCREEN)
  return output.slice(from).replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "")
}

describe("runTui", () => {
  it("draws the list on the alternate screen, and on q returns with the terminal restored", async () => {
    const { output, input, options } = terminal()
    const done = runTui(generatedMonitor(100_000), options)
    await tick(50)
    expect(output.writes[0]).toBe(ENTER_FULL_SCREEN)
    expect(lastScreen(output.output)).toContain("crosscheck · 100,000 articles")
    input.press("j")
    await tick(50)
    expect(lastScreen(output.output)).toContain("2/100,000")
    input.press("q")
    await expect(done).resolves.toBeUndefined()
    const written = output.output
    expect(written.lastIndexOf(LEAVE_FULL_SCREEN)).toBeGreaterThan(written.lastIndexOf("crosscheck"))
  })

  it("after the first frames, a key rewrites in place only the rows it changes: the screen is not cleared", async () => {
    const { output, input, options } = terminal(100, 30)
    const done = runTui(generatedMonitor(100_000), options)
    await tick(50)
    input.press("j")
    await tick(50)
    const fullFrame = output.output.length - output.output.lastIndexOf("\u001b[2J")
    const before = output.writes.length
    input.press("j")
    await tick(50)
    const written = output.writes.slice(before).join("")
    expect(written).not.toContain("\u001b[2J")
    // the header (row 1), the row the cursor left (row 3) and the one it is on (row 4), each
    // erased and written again, and the last row (where a full redraw leaves the cursor)
    const rows = [...written.matchAll(/\u001b\[(\d+);1H\u001b\[2K/g)].map((m) => Number(m[1]))
    expect(rows).toEqual([1, 3, 4, 30])
    expect(written.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "")).toContain("3/100,000")
    expect(written.length).toBeLessThan(fullFrame / 3)
    input.press("q")
    await done
  })

  it("follows the terminal size, and redraws when it changes", async () => {
    const { output, input, options } = terminal(100, 30)
    const done = runTui(generatedMonitor(1000), options)
    await tick(50)
    output.resize(60, 20)
    await tick(80)
    const screen = lastScreen(output.output).split("\n")
    expect(screen).toHaveLength(20)
    for (const line of screen) expect(line.length).toBeLessThanOrEqual(60)
    input.press("q")
    await done
  })

  it("quits on Ctrl+C", async () => {
    const { output, input, options } = terminal()
    const done = runTui(generatedMonitor(10), options)
    await tick(50)
    input.press(KEYS.ctrlC)
    await expect(done).resolves.toBeUndefined()
    expect(output.output).toContain(LEAVE_FULL_SCREEN)
  })

  it("refuses to start without a terminal to read keys from", async () => {
    const { options } = terminal()
    const piped = Object.assign(new FakeTerminalInput(), { isTTY: false })
    await expect(runTui(generatedMonitor(10), { ...options, stdin: piped as unknown as NodeJS.ReadStream })).rejects.toThrow(/interactive terminal/)
  })
})
