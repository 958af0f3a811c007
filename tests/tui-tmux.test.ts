import { afterEach, describe, expect, it } from "vitest"
import { crosscheck, freshDatabase } from "./support/cli.js"
import { cliBin, seedsDir } from "./support/paths.js"
import { TmuxSession } from "./support/tmux.js"

// The seeds, newest first by their meta.json publication dates.
const NEWEST = "Dozens killed as rockets rain down on Aleppo again"
const SECOND = "PHOTO: Destruction in al-Wa'er in Homs city"

/** The line the cursor is on: the list marks it with a leading "›". */
const cursorLine = (screen: string): string | undefined => screen.split("\n").find((l) => l.trimStart().startsWith("›"))

describe("the TUI in a real terminal (tmux)", () => {
  let session: TmuxSession | undefined
  afterEach(() => session?.kill())

  it("lists articles newest first, moves, opens, goes back, quits and restores the screen", async () => {
    expect(TmuxSession.available(), "tmux must be installed (.ci/run installs it)").toBe(true)
    const db = freshDatabase()
    expect(crosscheck(["--db", db, "import", seedsDir]).code).toBe(0)

    session = new TmuxSession([process.execPath, cliBin, "--db", db, "tui"], { columns: 100, rows: 30 })
    const list = await session.waitFor((s) => s.includes(NEWEST))
    expect(cursorLine(list)).toContain(NEWEST)
    expect(list.indexOf(NEWEST)).toBeLessThan(list.indexOf(SECOND))

    session.keys("j")
    const moved = await session.waitFor((s) => cursorLine(s)?.includes(SECOND) ?? false)
    expect(cursorLine(moved)).not.toContain(NEWEST)

    session.keys("Down", "k")
    await session.waitFor((s) => cursorLine(s)?.includes(SECOND) ?? false)

    session.keys("Enter")
    const detail = await session.waitFor((s) => s.includes("Russian missile strikes") && !s.includes(NEWEST))
    expect(detail).toMatch(/Homs/)

    session.keys("Escape")
    await session.waitFor((s) => s.includes(NEWEST) && (cursorLine(s)?.includes(SECOND) ?? false))

    session.resize(60, 15)
    const narrow = await session.waitFor((s) => s.split("\n").length <= 16 && s.includes("Dozens killed"))
    for (const line of narrow.split("\n")) expect(line.length).toBeLessThanOrEqual(60)

    session.keys("q")
    expect(await session.waitForExit()).toBe(0)
    // Leaving the alternate screen brings back the normal one, which this program never drew on.
    expect(session.screen()).not.toContain(NEWEST)
  })
})
