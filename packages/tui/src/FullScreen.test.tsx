import { render as inkRender, Text } from "ink"
import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { ENTER_FULL_SCREEN, enterFullScreen, FullScreen, LEAVE_FULL_SCREEN } from "./FullScreen.js"
import { FakeTerminalInput, FakeTerminalOutput, tick } from "./testing.js"

const mounted: Array<() => void> = []
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount()
})

/** Mounts on a fake terminal that reports itself as a TTY, as a real one does. */
const mountOnTerminal = (terminal: FakeTerminalOutput) => {
  const instance = inkRender(<FullScreen>{(size) => <Text>{`size ${size.columns}x${size.rows}`}</Text>}</FullScreen>, {
    stdout: terminal as unknown as NodeJS.WriteStream,
    stdin: new FakeTerminalInput() as unknown as NodeJS.ReadStream,
    patchConsole: false
  })
  mounted.push(instance.unmount)
  return instance
}

describe("FullScreen", () => {
  it("switches to the alternate screen before the first frame is drawn", () => {
    const terminal = new FakeTerminalOutput(80, 24)
    mountOnTerminal(terminal)
    expect(terminal.writes[0]).toBe(ENTER_FULL_SCREEN)
    expect(terminal.output.indexOf("size 80x24")).toBeGreaterThan(terminal.output.indexOf(ENTER_FULL_SCREEN))
  })

  it("redraws for the new size when the terminal is resized", async () => {
    const terminal = new FakeTerminalOutput(100, 30)
    mountOnTerminal(terminal)
    expect(terminal.output).toContain("size 100x30")
    terminal.resize(60, 20)
    await tick(60)
    expect(terminal.output).toContain("size 60x20")
  })

  it("restores the normal screen and cursor on unmount, and stops listening for process exit", async () => {
    const exitListeners = process.listenerCount("exit")
    const terminal = new FakeTerminalOutput(80, 24)
    const { unmount } = mountOnTerminal(terminal)
    expect(process.listenerCount("exit")).toBeGreaterThan(exitListeners)
    unmount()
    await tick()
    const { output } = terminal
    expect(output.split(LEAVE_FULL_SCREEN)).toHaveLength(2)
    // Nothing is drawn after leaving (Ink may still show the cursor again, which is harmless).
    expect(output.slice(output.indexOf(LEAVE_FULL_SCREEN) + LEAVE_FULL_SCREEN.length)).toMatch(/^(\u001b\[\?25h)*$/)
    expect(process.listenerCount("exit")).toBe(exitListeners)
  })

  it("leaves a terminal that is not a TTY alone", () => {
    const { frames } = render(<FullScreen>{() => <Text>piped</Text>}</FullScreen>)
    expect(frames.join("")).not.toContain(ENTER_FULL_SCREEN)
    expect(frames.join("")).toContain("piped")
  })
})

describe("enterFullScreen", () => {
  it("restores the terminal when the process exits without unmounting, once", () => {
    const terminal = new FakeTerminalOutput()
    const restore = enterFullScreen(terminal as unknown as NodeJS.WriteStream)
    const onExit = process.listeners("exit").at(-1)
    expect(onExit).toBe(restore)
    onExit?.(0)
    restore()
    expect(terminal.writes).toEqual([ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN])
    expect(process.listeners("exit")).not.toContain(restore)
  })
})
