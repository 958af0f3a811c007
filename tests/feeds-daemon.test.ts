/** Feed management, OPML and the daemon through the real binary, against a loopback server
 * (issue 11). */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { crosscheckAsync as crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { cliBin } from "./support/paths.js"

const rss = (title: string, items: ReadonlyArray<[string, string]>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase()}.test/</link>${items
    .map(([guid, text]) => `<item><guid isPermaLink="false">${guid}</guid><title>${guid}</title><description>${text}</description></item>`)
    .join("")}</channel></rss>`

const bodies = new Map<string, string>()
let server: Server
let base = ""
beforeAll(async () => {
  server = createServer((req, res) => {
    const body = bodies.get(req.url ?? "")
    if (body === undefined) res.writeHead(404).end()
    else res.writeHead(200, { "content-type": "application/rss+xml" }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  bodies.set("/alpha.xml", rss("Alpha", [["a-1", "At least 4 people were killed in Idlib, the observatory said."]]))
  bodies.set(
    "/beta.xml",
    rss("Beta", [
      ["b-1", "Twelve civilians were injured in Douma."],
      ["b-2", "A market was shelled."]
    ])
  )
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const opmlFile = (outlines: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), "crosscheck-opml-")), "list.opml")
  writeFileSync(path, `<?xml version="1.0"?><opml version="1.0"><head><title>Desk</title></head><body>${outlines}</body></opml>`)
  return path
}

/** The daemon as a child process, its stderr collected as JSON lines. */
const startDaemon = (db: string, args: ReadonlyArray<string> = []) => {
  const child: ChildProcess = spawn(process.execPath, [cliBin, "--db", db, "daemon", ...args], {
    env: { ...process.env, CROSSCHECK_DB: "", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let stderr = ""
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d))
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
  const lines = () =>
    stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
  /** Waits (up to 20 s) until a log line matches. */
  const waitFor = async (test: (line: Record<string, unknown>) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const found = lines().find(test)
      if (found !== undefined) return found
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`no such log line; stderr so far:\n${stderr}`)
  }
  return { child, exited, lines, waitFor, stderr: () => stderr }
}

describe("feeds", () => {
  it("adds, lists with health, updates, and removes feeds; refuses what cannot be a feed", async () => {
    const db = freshDatabase()
    const add = await crosscheck(["--db", db, "feeds", "add", `${base}/alpha.xml`, "--name", "Alpha desk", "--interval", "10", "--allow-private"])
    expect(add).toMatchObject({ code: 0, stdout: `added feed 1: ${base}/alpha.xml\n` })
    expect((await crosscheck(["--db", db, "feeds", "add", `${base}/beta.xml`])).code).toBe(0)
    expect((await crosscheck(["--db", db, "feeds", "add", "ftp://example.org/feed"])).code).toBe(2)
    expect((await crosscheck(["--db", db, "feeds", "add", "not a url"])).code).toBe(2)
    expect((await crosscheck(["--db", db, "feeds", "add", `${base}/x.xml`, "--interval", "0"])).code).toBe(2)
    expect((await crosscheck(["--db", db, "feeds", "add", "https://user:pw@example.org/feed"])).stderr).toMatch(/credentials/)

    const listed = ndjson((await crosscheck(["--db", db, "feeds", "ls", "--json"])).stdout)
    expect(listed).toEqual([
      expect.objectContaining({
        id: 1,
        name: "Alpha desk",
        url: `${base}/alpha.xml`,
        intervalMinutes: 10,
        allowPrivate: true,
        lastSuccessAt: null,
        consecutiveErrors: 0
      }),
      expect.objectContaining({ id: 2, name: `${base}/beta.xml`, intervalMinutes: null, allowPrivate: false })
    ])
    // already listed: what is given changes
    const again = await crosscheck(["--db", db, "feeds", "add", `${base}/beta.xml`, "--interval", "30"])
    expect(again).toMatchObject({ code: 0, stdout: `already listed, updated: feed 2: ${base}/beta.xml\n` })
    expect(ndjson((await crosscheck(["--db", db, "feeds", "ls", "--json"])).stdout)[1]).toMatchObject({ intervalMinutes: 30 })

    const table = await crosscheck(["--db", db, "feeds", "ls"])
    expect(table.stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+URL\s+LAST SUCCESS\s+NEXT CHECK\s+STATUS$/)
    // (never polled: due now, not the epoch the store holds for it)
    expect(table.stdout).toMatch(/^1\s+Alpha desk\s+http:\/\/127\.0\.0\.1:\d+\/alpha\.xml\s+never\s+due now\s+new$/m)

    expect(await crosscheck(["--db", db, "feeds", "rm", "2"])).toMatchObject({ code: 0 })
    expect(await crosscheck(["--db", db, "feeds", "rm", `${base}/alpha.xml`])).toMatchObject({ code: 0 })
    expect(await crosscheck(["--db", db, "feeds", "rm", "7"])).toMatchObject({ code: 1, stderr: "crosscheck: no feed 7\n" })
    expect((await crosscheck(["--db", db, "feeds", "ls", "--json"])).stdout).toBe("")
  })

  it("round-trips OPML: import, export, import elsewhere, export the same bytes", async () => {
    const list = opmlFile(
      `<outline text="Syria"><outline type="rss" text="Alpha" xmlUrl="${base}/alpha.xml" htmlUrl="https://alpha.test/"/>` +
        `<outline type="rss" title="Beta &amp; co" xmlUrl="${base}/beta.xml"/></outline><outline text="folder without feed"/>`
    )
    const db = freshDatabase()
    const imported = await crosscheck(["--db", db, "feeds", "import", list])
    expect(imported).toMatchObject({ code: 0, stdout: `added 2 feeds from ${list} (0 already listed)\n` })
    expect((await crosscheck(["--db", db, "feeds", "import", list])).stdout).toBe(`added 0 feeds from ${list} (2 already listed)\n`)
    await crosscheck(["--db", db, "feeds", "add", `${base}/alpha.xml`, "--interval", "15", "--fetch-linked-page"])
    const exported = await crosscheck(["--db", db, "feeds", "export"])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain(`<outline type="rss" text="Beta &amp; co" title="Beta &amp; co" xmlUrl="${base}/beta.xml"/>`)

    const copy = join(mkdtempSync(join(tmpdir(), "crosscheck-opml-")), "export.opml")
    writeFileSync(copy, exported.stdout)
    const other = freshDatabase()
    expect((await crosscheck(["--db", other, "feeds", "import", copy])).code).toBe(0)
    expect((await crosscheck(["--db", other, "feeds", "export"])).stdout).toBe(exported.stdout)
    expect(ndjson((await crosscheck(["--db", other, "feeds", "ls", "--json"])).stdout)[0]).toMatchObject({
      name: "Alpha",
      intervalMinutes: 15,
      fetchLinkedPage: true,
      allowPrivate: false
    })
    // not OPML, or OPML without feeds
    expect((await crosscheck(["--db", other, "feeds", "import", opmlFile("")])).code).toBe(1)
    expect((await crosscheck(["--db", other, "feeds", "import", "/nonexistent.opml"])).code).toBe(1)
  })

  it("import x.opml adds its feeds (guarded: loopback refused); feeds import --allow-private --fetch polls them", async () => {
    const list = opmlFile(`<outline type="rss" text="Alpha" xmlUrl="${base}/alpha.xml"/><outline type="rss" text="Beta" xmlUrl="${base}/beta.xml"/>`)
    const db = freshDatabase()
    const r = await crosscheck(["--db", db, "import", list, "--fetch", "--json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ feeds: 2, new: 0, errors: 2 })
    expect(r.stderr).toContain(`error: ${base}/alpha.xml: refused to fetch from a private or loopback address (127.0.0.1)`)

    const trusted = freshDatabase()
    const fetched = await crosscheck(["--db", trusted, "feeds", "import", list, "--allow-private", "--fetch"])
    expect(fetched).toMatchObject({ code: 0, stdout: `added 2 feeds from ${list} (0 already listed)\npolled 2 feeds: 3 new articles, 0 updated, 0 failed\n` })
    const articles = ndjson((await crosscheck(["--db", trusted, "export", "articles"])).stdout)
    expect(articles.map((a) => [a.url, a.source])).toEqual([
      ["a-1", "Alpha"],
      ["b-1", "Beta"],
      ["b-2", "Beta"]
    ])
  })
})

describe("daemon", () => {
  it("--once polls every feed, logs JSON lines on stderr, and stores the items", async () => {
    const db = freshDatabase()
    await crosscheck(["--db", db, "feeds", "add", `${base}/alpha.xml`, "--allow-private"])
    await crosscheck(["--db", db, "feeds", "add", `${base}/missing.xml`, "--allow-private"])
    const r = await crosscheck(["--db", db, "daemon", "--once"])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe("")
    const lines = r.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.event)).toEqual(["daemon.started", "cycle.started", "feed.polled", "feed.failed", "cycle.finished", "daemon.stopped"])
    for (const l of lines) expect(Date.parse(String(l.time))).not.toBeNaN()
    expect(lines[2]).toMatchObject({ level: "info", feedId: 1, result: "Fetched", status: 200, new: 1 })
    expect(lines[3]).toMatchObject({ level: "warn", feedId: 2, reason: "HttpStatus", message: "HTTP 404 Not Found", consecutiveErrors: 1 })
    expect(ndjson((await crosscheck(["--db", db, "export", "claims"])).stdout)[0]).toMatchObject({ metric: "killed", min: 4 })
    const health = ndjson((await crosscheck(["--db", db, "feeds", "ls", "--json"])).stdout)
    expect(health[1]).toMatchObject({ lastErrorReason: "HttpStatus", consecutiveErrors: 1, lastSuccessAt: null })
    // every feed failing is worth an exit code, for cron
    await crosscheck(["--db", db, "feeds", "rm", "1"])
    expect((await crosscheck(["--db", db, "daemon", "--once"])).code).toBe(1)
  })

  it("holds the database: a second daemon names the first and exits 1; SIGTERM and SIGINT end it with 0", async () => {
    const db = freshDatabase()
    await crosscheck(["--db", db, "feeds", "add", `${base}/alpha.xml`, "--allow-private"])
    const first = startDaemon(db)
    await first.waitFor((l) => l.event === "cycle.finished")
    const second = await crosscheck(["--db", db, "daemon"])
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(new RegExp(`is polled by crosscheck daemon \\(pid ${first.child.pid} on `))
    // a feed added while it runs is polled within seconds
    await crosscheck(["--db", db, "feeds", "add", `${base}/beta.xml`, "--allow-private"])
    await first.waitFor((l) => l.event === "feed.polled" && l.feedId === 2)
    first.child.kill("SIGTERM")
    expect(await first.exited).toBe(0)
    expect(first.lines().at(-1)).toMatchObject({ event: "daemon.stopped" })
    expect(ndjson((await crosscheck(["--db", db, "export", "articles"])).stdout)).toHaveLength(3)

    // the lock went with it
    const third = startDaemon(db)
    await third.waitFor((l) => l.event === "daemon.started")
    third.child.kill("SIGINT")
    expect(await third.exited).toBe(0)
  })
})
