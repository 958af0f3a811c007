/** Live monitoring in a real terminal (issue 11): the demo, and a TUI following a daemon. The
 * screens are printed, to paste into notes. */
import { type ChildProcess, spawn } from "node:child_process"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { crosscheckAsync as crosscheck, freshDatabase } from "./support/cli.js"
import { cliBin } from "./support/paths.js"
import { TmuxSession } from "./support/tmux.js"

const rss = (items: ReadonlyArray<[string, string, string]>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Night Desk</title><link>https://night.test/</link>${items
    .map(([guid, title, text]) => `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><description>${text}</description></item>`)
    .join("")}</channel></rss>`

const items: Array<[string, string, string]> = [["n-1", "Shelling reported in Douma", "At least 4 people were killed in Douma, the observatory said."]]
// A hostile feed: its title and an item's title carry an OSC window title, an OSC 52 clipboard
// write and a screen clear, raw.
const EVIL = `<?xml version="1.0"?><rss version="2.0"><channel><title>\u001b]0;pwned\u0007Evil \u001b]52;c;cHduZWQ=\u0007News\u001b[2J</title><link>https://evil.test/</link><item><title>\u001b[31mRed\u001b[0m headline\u001b]0;pwned\u0007</title><link>https://evil.test/1</link><description>Text.</description></item></channel></rss>`
let server: Server
let base = ""
beforeAll(async () => {
  server = createServer((req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(req.url === "/evil.xml" ? EVIL : rss(items)))
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe("live monitoring in a real terminal (tmux)", () => {
  let session: TmuxSession | undefined
  let daemon: ChildProcess | undefined
  afterEach(() => {
    session?.kill()
    daemon?.kill("SIGKILL")
  })

  it("runs the demo: the evening arrives, copies fold under their originals, conflicts are listed", async () => {
    expect(TmuxSession.available(), "tmux must be installed (.ci/run installs it)").toBe(true)
    session = new TmuxSession([process.execPath, cliBin, "demo", "--speed", "8"], { columns: 100, rows: 30 })
    await session.waitFor((s) => s.includes("· polling"), 15_000)
    // At eight times, the two minutes of the evening take fifteen seconds.
    const list = await session.waitFor((s) => /crosscheck · (2[5-9]|3\d) articles/.test(s), 40_000)
    // The wire's report with its copies folded under it: "+2" or more.
    expect(list).toMatch(/Levant Wire\s+\+[2-9]/)
    process.stdout.write(`\n--- demo, articles (tmux capture) ---\n${list}\n`)
    session.keys("c")
    const conflicts = await session.waitFor((s) => /crosscheck · conflicts \d+/.test(s) && s.includes("Maarat al-Numan"), 10_000)
    expect(conflicts).toMatch(/denial\s+\d▪ Russia strike in Maarat al-Numan/)
    expect(conflicts).toMatch(/contradicts\s+\d▪/)
    process.stdout.write(`\n--- demo, conflicts (tmux capture) ---\n${conflicts}\n`)
    session.keys("q")
    expect(await session.waitForExit()).toBe(0)
  })

  it("follows a daemon: the daemon's new items appear in the TUI, and r asks the daemon to poll now", async () => {
    const db = freshDatabase()
    expect((await crosscheck(["--db", db, "feeds", "add", `${base}/night.xml`, "--allow-private"])).code).toBe(0)
    daemon = spawn(process.execPath, [cliBin, "--db", db, "daemon"], { env: { ...process.env, CROSSCHECK_DB: "" }, stdio: ["ignore", "ignore", "pipe"] })
    // The TUI follows once the daemon holds the database's writer lock.
    let log = ""
    daemon.stderr!.setEncoding("utf8").on("data", (d: string) => (log += d))
    for (let i = 0; i < 200 && !log.includes('"daemon.started"'); i++) await new Promise((r) => setTimeout(r, 100))
    expect(log).toContain('"daemon.started"')
    session = new TmuxSession([process.execPath, cliBin, "--db", db, "tui"], { columns: 100, rows: 24 })
    const first = await session.waitFor((s) => s.includes("Shelling reported in Douma"), 20_000)
    expect(first).toMatch(/· following/)
    // The source publishes; the daemon would see it at its next scheduled poll (minutes away):
    // r in the TUI asks it to poll now.
    items.unshift(["n-2", "Air strikes hit Idlib market", "At least 12 civilians were killed in Idlib, activists said."])
    session.keys("r")
    await session.waitFor((s) => s.includes("asked the daemon to poll now"), 5_000)
    const after = await session.waitFor((s) => s.includes("Air strikes hit Idlib market"), 20_000)
    expect(after).toMatch(/crosscheck · 2 articles/)
    process.stdout.write(`\n--- tui following a daemon (tmux capture) ---\n${after}\n`)
    session.keys("f")
    const feeds = await session.waitFor((s) => s.includes("crosscheck · feeds 1"), 5_000)
    expect(feeds).toMatch(/ok\s+Night Desk\s+2/)
    session.keys("q")
    expect(await session.waitForExit()).toBe(0)
  })

  it("shows a feed whose title carries escape sequences as plain text, polling it in-process", async () => {
    const db = freshDatabase()
    expect((await crosscheck(["--db", db, "feeds", "add", `${base}/evil.xml`, "--allow-private"])).code).toBe(0)
    session = new TmuxSession([process.execPath, cliBin, "--db", db, "tui"], { columns: 100, rows: 24 })
    const list = await session.waitFor((s) => s.includes("Red headline"), 20_000)
    expect(list).toMatch(/^crosscheck · 1 article .*· polling · UTC/m)
    expect(list).toMatch(/Evil News\s+Red headline/)
    session.keys("f")
    const feeds = await session.waitFor((s) => s.includes("crosscheck · feeds 1"), 5_000)
    expect(feeds).toMatch(/Evil News/)
    session.keys("a", "Enter")
    const article = await session.waitFor((s) => s.includes("crosscheck · article"), 5_000)
    for (const screen of [list, feeds, article]) {
      expect(screen).not.toContain("pwned")
      expect(screen).not.toContain("cHduZWQ")
      expect(screen).not.toContain("[31m")
      expect(screen).not.toContain("]52")
    }
    // An OSC 0 that reached the terminal would have renamed the pane.
    expect(session.paneTitle()).not.toContain("pwned")
    process.stdout.write(`\n--- a hostile feed's title, as shown (tmux capture) ---\n${feeds}\n`)
    session.keys("Escape")
    await session.waitFor((s) => s.includes("crosscheck · 1 article"), 5_000)
    session.keys("q")
    expect(await session.waitForExit()).toBe(0)
  })
})
