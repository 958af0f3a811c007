/** Faults beside a crash (issue 12), through the real binary: two importers and a daemon on one
 * database at once, and an import waiting on another writer's lock; a full disk (a file-size
 * limit, which needs no privilege; a full tmpfs where mounting is permitted); a read-only
 * database (files 0444, a read-only folder; a read-only file system where mounting is
 * permitted). Each ends with the database checked as after a kill (support/storeCheck.ts). */
import Database from "better-sqlite3"
import { spawn, spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { crosscheckAsync as crosscheck, freshDatabase, ndjson, unprivilegedSkipReason } from "./support/cli.js"
import { refreshAll } from "./support/crashTrials.js"
import { faKesNdjson } from "./support/faKes.js"
import { cliBin } from "./support/paths.js"
import { Running, sleep, stopAll } from "./support/processes.js"
import { PublishingFeeds } from "./support/publishingFeeds.js"
import { checkStore, outcomeOf } from "./support/storeCheck.js"

const tempDir = () => mkdtempSync(join(tmpdir(), "crosscheck-faults-"))
const canMount = process.getuid?.() === 0 && spawnSync("unshare", ["-m", "true"]).status === 0
const mountSkipReason = "mounting a small file system needs root and a private mount namespace (unshare -m), not permitted here"

/** Groups of urls that copy one another (by their first-seen original), as a single import
 * finds them: which member is the original depends on who stored first, the group does not. */
const copyGroups = (db: string) => {
  const { copies } = outcomeOf(db)
  const groups = new Map<string, Array<string>>()
  for (const [url, original] of copies) groups.set(original ?? url, [...(groups.get(original ?? url) ?? []), url])
  return {
    copies: [...copies.values()].filter((o) => o !== null).length,
    groups: [...groups.values()]
      .filter((g) => g.length > 1)
      .map((g) => g.sort().join(" "))
      .sort()
  }
}

const writeOpml = (feeds: PublishingFeeds): string => {
  const path = join(tempDir(), "feeds.opml")
  writeFileSync(path, feeds.opml())
  return path
}

/** Until the daemon has polled every one of `feeds` feeds, each poll begun after now. A
 * refresh waits for the write lock as any writer does, and one made while a feed's poll is in
 * flight is spent on the others: it is asked again every 10 s until all are polled. */
const fullCycle = async (daemon: Running, db: string, feeds: number) => {
  const from = daemon.lines().length
  const since = Date.now()
  const deadline = since + 180_000
  let asked = 0
  for (;;) {
    const polled = new Set(
      daemon
        .lines()
        .slice(from)
        .filter((l) => l.event === "feed.polled" && Date.parse(String(l.time)) - Number(l.ms) >= since)
        .map((l) => l.feedId)
    )
    if (polled.size >= feeds) return
    if (!daemon.running || Date.now() > deadline) throw new Error(`${polled.size} of ${feeds} feeds polled again; stderr:\n${daemon.stderr.slice(-3000)}`)
    if (Date.now() - asked > 10_000) {
      await refreshAll(db).catch(() => undefined)
      asked = Date.now()
    }
    await sleep(200)
  }
}

const files = (db: string) =>
  [db, `${db}-wal`, `${db}-shm`].map((f) => {
    try {
      return readFileSync(f).toString("base64")
    } catch {
      return null
    }
  })

/** The database's files copied out of `fs` while nothing writes to them (SQLite resolves
 * /proc/<pid>/root to this namespace's root, so it cannot open them where they are). */
const copyOut = (outside: (path: string) => string, db: string): string => {
  const copy = join(tempDir(), "copy.db")
  for (const suffix of ["", "-wal"]) {
    try {
      writeFileSync(`${copy}${suffix}`, readFileSync(outside(`${db}${suffix}`)))
    } catch (e) {
      if ((e as { code?: unknown }).code !== "ENOENT") throw e
    }
  }
  return copy
}

/** A mount namespace holding a small tmpfs at `dir`, for as long as the returned anchor
 * lives; the test reaches inside through /proc/<pid>/root, and runs the binary there with
 * nsenter. */
const privateTmpfs = async (dir: string, size: string) => {
  mkdirSync(dir, { recursive: true })
  const anchor = spawn("unshare", ["-m", "bash", "-c", `mount -t tmpfs -o size=${size} none '${dir}' && echo mounted && exec sleep 600`], {
    stdio: ["ignore", "pipe", "inherit"]
  })
  await new Promise<void>((resolve, reject) => {
    anchor.stdout.on("data", () => resolve())
    anchor.on("exit", (code) => reject(new Error(`could not mount a tmpfs (exit ${code})`)))
  })
  return {
    /** `path` inside the namespace, as this process reaches it */
    outside: (path: string) => `/proc/${anchor.pid}/root${path}`,
    cli: (args: ReadonlyArray<string>) => new Running(args, { command: ["nsenter", "-t", String(anchor.pid), "-m", process.execPath, cliBin] }),
    run: (command: string) => spawnSync("nsenter", ["-t", String(anchor.pid), "-m", "bash", "-c", command], { encoding: "utf8" }),
    close: () => anchor.kill("SIGKILL")
  }
}

/** The inputs of the read-only and full-disk cases: a few articles, two small feeds. */
const inputs = (() => {
  let ready: Promise<{ dir: string; feedList: string; articles: string; more: string; ids: Array<string> }> | null = null
  const feeds = new PublishingFeeds({ feeds: 2, items: 30, everyMs: 1, initial: 30 })
  const setup = () =>
    (ready ??= (async () => {
      await feeds.start()
      const dir = tempDir()
      // Readable by the unprivileged user the read-only cases run as.
      chmodSync(dir, 0o755)
      const lines = faKesNdjson().trimEnd().split("\n")
      const articles = join(dir, "articles.ndjson")
      writeFileSync(articles, `${lines.slice(0, 20).join("\n")}\n`)
      const more = join(dir, "more.ndjson")
      writeFileSync(more, `${lines.slice(20, 140).join("\n")}\n`)
      const feedList = writeOpml(feeds)
      chmodSync(feedList, 0o644)
      chmodSync(join(feedList, ".."), 0o755)
      return { dir, feedList, articles, more, ids: lines.slice(0, 20).map((l) => (JSON.parse(l) as { id: string }).id) }
    })())
  return { setup, feeds, close: () => feeds.close() }
})()
afterAll(() => inputs.close())
afterAll(stopAll)

/** A database with the feeds and the first articles, left as a crash leaves it: in WAL mode,
 * its last transaction only in the -wal file. Another connection held open while the import
 * runs keeps it from checkpointing and leaving WAL mode; the files are copied out before that
 * connection closes. */
const crashImage = async (path: string) => {
  const { feedList, articles } = await inputs.setup()
  const staging = join(tempDir(), "x.db")
  expect((await crosscheck(["--db", staging, "feeds", "import", feedList, "--allow-private"])).code).toBe(0)
  const holder = new Database(staging)
  try {
    holder.pragma("journal_mode = WAL")
    // A read transaction: the database cannot be checkpointed past it, nor leave WAL mode.
    holder.prepare("BEGIN").run()
    holder.prepare("SELECT count(*) FROM feeds").get()
    const imported = await crosscheck(["--db", staging, "import", articles])
    expect(imported.code, imported.stderr).toBe(0)
    for (const suffix of ["", "-wal", "-shm"]) writeFileSync(`${path}${suffix}`, readFileSync(`${staging}${suffix}`))
  } finally {
    holder.prepare("COMMIT").run()
    holder.close()
  }
  expect(statSync(`${path}-wal`).size).toBeGreaterThan(0)
}

/** The binary run by a user who may not write the database: root may write any file, so as
 * root it runs as nobody. */
const withoutWriteAccess = (db: string, args: ReadonlyArray<string>) =>
  new Running(
    ["--db", db, ...args],
    process.getuid?.() === 0 ? { command: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cliBin] } : {}
  )

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")

// The full-disk daemon waits 30 s for its retry, the lock case 20 s: the other cases run
// meanwhile. The time limits are generous for a machine shared with other work.
describe("faults", () => {
  it.concurrent("a daemon whose disk fills says so, keeps running, corrupts nothing, and stores everything once space frees", async ({ skip }) => {
    skip(!canMount, mountSkipReason)
    const feeds = new PublishingFeeds({ feeds: 4, items: 40, everyMs: 1, initial: 40 })
    await feeds.start()
    const dir = join(tempDir(), "small")
    const fs = await privateTmpfs(dir, "6m")
    try {
      const list = writeOpml(feeds)
      const db = join(dir, "x.db")
      const added = fs.cli(["--db", db, "feeds", "import", list, "--allow-private"])
      expect(await added.exited, added.stderr).toEqual({ code: 0, signal: null })
      // Leave about 200 KB: less than one feed's 40 articles with their claims and index.
      const free = Number(fs.run(`df -B1 --output=avail '${dir}' | tail -1`).stdout.trim())
      writeFileSync(fs.outside(join(dir, "ballast")), Buffer.alloc(Math.max(0, free - 200_000)))

      const daemon = fs.cli(["--db", db, "daemon"])
      const failed = await daemon.waitFor((l) => l.event === "store.failed", 30_000)
      expect(failed).toMatchObject({ level: "error" })
      expect(String(failed.message)).toMatch(/disk is full/)
      // Still running, and the database as sound as before: nothing was half-written.
      await sleep(1_000)
      expect(daemon.running).toBe(true)
      const during = checkStore(copyOut(fs.outside, db))
      expect(during.problems).toEqual([])
      expect(during.articles).toBe(0)

      // Space frees: the daemon's next attempt (it waits 30 s after a store failure) stores it all.
      rmSync(fs.outside(join(dir, "ballast")))
      const from = daemon.lines().length
      // Feeds whose store failed are polled again; the others may have been stored meanwhile.
      const storedNew = () =>
        daemon
          .lines()
          .filter((l) => l.event === "feed.polled")
          .reduce((n, l) => n + Number(l.new), 0)
      const deadline = Date.now() + 150_000
      while (storedNew() < 160 && daemon.running && Date.now() < deadline) await sleep(200)
      expect(storedNew(), daemon.stderr.slice(-3000)).toBe(160)
      // (the cycle ends once its 160 articles are analysed: on a loaded machine that took over 10 s)
      await daemon.waitFor((l) => l.event === "cycle.finished" && l.failed === 0, 60_000, from)
      expect(await daemon.kill("SIGTERM")).toEqual({ code: 0, signal: null })
      const stored = copyOut(fs.outside, db)
      const after = checkStore(stored, { exactly: feeds.all() })
      expect(after.problems).toEqual([])

      // What it stored is what a daemon that never met a full disk stores: the same claims,
      // the same groups of copies (which member is the original depends on which feed was
      // stored first, as with any two polls).
      const reference = freshDatabase()
      expect((await crosscheck(["--db", reference, "feeds", "import", list, "--allow-private", "--fetch"])).code).toBe(0)
      expect(outcomeOf(stored).claims).toEqual(outcomeOf(reference).claims)
      expect(copyGroups(stored)).toEqual(copyGroups(reference))
    } finally {
      fs.close()
      await feeds.close()
    }
  }, 240_000)

  it.concurrent("a read-only database (files 0444 after a crash, in WAL mode; a 0444 file; a read-only folder): daemon and import say which file and why, exit 1, change nothing", async ({
    skip
  }) => {
    skip(unprivilegedSkipReason !== null, unprivilegedSkipReason ?? "")
    const { dir, feedList, articles, more, ids } = await inputs.setup()
    const cases = [
      { kind: "files 0444, in WAL mode after a crash", files: 0o444, folder: 0o777, wal: true },
      { kind: "file 0444", files: 0o444, folder: 0o777, wal: false },
      { kind: "folder 0555", files: 0o666, folder: 0o555, wal: false }
    ]
    for (const c of cases) {
      const folder = join(dir, c.kind.replace(/\W+/g, "-"))
      mkdirSync(folder)
      const db = join(folder, "x.db")
      if (c.wal) await crashImage(db)
      else {
        expect((await crosscheck(["--db", db, "feeds", "import", feedList, "--allow-private"])).code).toBe(0)
        expect((await crosscheck(["--db", db, "import", articles])).code).toBe(0)
      }
      for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) chmodSync(f, c.files)
      chmodSync(folder, c.folder)
      const before = files(db)
      // Before the check at open, the daemon ran on without storing anything (--once: exit 0),
      // and import failed at its first batch without naming the file.
      for (const args of [["daemon"], ["import", more]]) {
        const r = withoutWriteAccess(db, args)
        const exit = await r.exited
        expect(exit, `${c.kind}, ${args.join(" ")}: ${r.stderr}`).toEqual({ code: 1, signal: null })
        const message = r.stderr.trim().split("\n")
        expect(message, c.kind).toHaveLength(1)
        expect(message[0], c.kind).toMatch(new RegExp(`^crosscheck: cannot write to ${escapeRegExp(db)} \\(the file or its folder is read-only\\)`))
      }
      expect(files(db), c.kind).toEqual(before)
      // Still readable as it is, with everything it held.
      const exported = withoutWriteAccess(db, ["export", "articles"])
      expect((await exported.exited).code, `${c.kind}: ${exported.stderr}`).toBe(0)
      expect(
        ndjson(exported.stdout)
          .map((a) => a.url)
          .sort(),
        c.kind
      ).toEqual([...ids].sort())
      chmodSync(folder, 0o777)
      expect(checkStore(db, { exactly: ids }).problems, c.kind).toEqual([])
    }
  }, 180_000)

  it.concurrent("a read-only database: on a read-only file system", async ({ skip }) => {
    skip(!canMount, mountSkipReason)
    const mount = join(tempDir(), "ro")
    const fs = await privateTmpfs(mount, "64m")
    try {
      const { more, ids } = await inputs.setup()
      const source = join(tempDir(), "x.db")
      await crashImage(source)
      for (const f of ["x.db", "x.db-wal", "x.db-shm"]) writeFileSync(fs.outside(join(mount, f)), readFileSync(join(source, "..", f)))
      expect(fs.run(`mount -o remount,ro '${mount}'`).status).toBe(0)
      const db = join(mount, "x.db")
      const before = files(fs.outside(db))
      for (const args of [["daemon"], ["import", more]]) {
        const r = fs.cli(["--db", db, ...args])
        expect(await r.exited, r.stderr).toEqual({ code: 1, signal: null })
        expect(r.stderr).toBe(`crosscheck: cannot write to ${db} (the file or its folder is read-only): the file system is read-only\n`)
      }
      expect(files(fs.outside(db))).toEqual(before)
      const exported = fs.cli(["--db", db, "export", "articles"])
      expect((await exported.exited).code).toBe(0)
      expect(
        ndjson(exported.stdout)
          .map((a) => a.url)
          .sort()
      ).toEqual([...ids].sort())
    } finally {
      fs.close()
    }
  }, 180_000)

  it.concurrent("a full disk as a file-size limit (ulimit -f): import and daemon name the database and the failed write, lose nothing, and finish once there is room", async () => {
    const { feedList, articles, more, ids } = await inputs.setup()
    const db = freshDatabase()
    expect((await crosscheck(["--db", db, "feeds", "import", feedList, "--allow-private"])).code).toBe(0)
    expect((await crosscheck(["--db", db, "import", articles])).code).toBe(0)
    const before = checkStore(db, { exactly: ids })
    expect(before.problems).toEqual([])
    // No file (the -wal file, the database) may grow past a quarter of the database's size
    // now: no batch of the 120 articles of `more` fits unless under 20 (one cut short by its
    // 200 ms wait on a loaded machine held 97, which fits in the database's full size now
    // that storing an article no longer indexes it for search), nor do the 60 feed items.
    const blocks = Math.floor(statSync(db).size / 512 / 4)
    const capped = (args: ReadonlyArray<string>) =>
      new Running(["--db", db, ...args], { command: ["sh", "-c", `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, cliBin] })

    const imported = capped(["import", more, "--json"])
    expect(await imported.exited, imported.stderr).toEqual({ code: 1, signal: null })
    const message = imported.stderr.trim().split("\n")
    expect(message).toHaveLength(1)
    expect(message[0]).toMatch(new RegExp(`^crosscheck: .*cannot store \\d+ articles in ${escapeRegExp(db)}: (disk I/O error|database or disk is full)$`))
    expect(JSON.parse(imported.stdout)).toMatchObject({ new: 0 })
    expect(checkStore(db, { exactly: ids }).problems).toEqual([])

    const daemon = capped(["daemon"])
    const failed = await daemon.waitFor((l) => l.event === "store.failed", 30_000)
    expect(failed).toMatchObject({ level: "error" })
    expect(String(failed.message)).toMatch(new RegExp(`in ${escapeRegExp(db)}: (disk I/O error|database or disk is full)$`))
    // It goes on (it tries again later); stopped, it leaves the database sound: what it could
    // store of the feeds' articles (their analysis needs more room) waits for analysis, which
    // the next command finishes.
    await sleep(500)
    expect(daemon.running).toBe(true)
    expect(await daemon.kill("SIGTERM")).toEqual({ code: 0, signal: null })
    const stopped = checkStore(db, { has: ids, analysisPending: true })
    expect(stopped.problems).toEqual([])
    const allowed = new Set([...ids, ...inputs.feeds.all()])
    expect([...stopped.urls].filter((u) => !allowed.has(u))).toEqual([])

    // Room again: the same commands finish the work, each item once.
    const resumed = await crosscheck(["--db", db, "import", more, "--json"])
    expect(resumed.code, resumed.stderr).toBe(0)
    const polled = await crosscheck(["--db", db, "daemon", "--once"])
    expect(polled.code, polled.stderr).toBe(0)
    const everything = [...ids, ...ndjson(readFileSync(more, "utf8")).map((a) => String(a.id)), ...inputs.feeds.all()]
    expect(checkStore(db, { exactly: everything }).problems).toEqual([])
  }, 180_000)

  it.concurrent("an import waits while another process holds the write lock for longer than a batch takes, then stores everything", async () => {
    const { articles, more, ids } = await inputs.setup()
    const db = freshDatabase()
    expect((await crosscheck(["--db", db, "import", articles])).code).toBe(0)
    // Another writer (a daemon storing a large poll, an importer's batch on a busy machine)
    // holds the lock for 20 s: longer than the 5 s crosscheck used to wait before it gave up
    // with "database is locked", however long the importer takes to start.
    const holder = new Database(db)
    holder.pragma("journal_mode = WAL")
    holder.prepare("BEGIN IMMEDIATE").run()
    const started = Date.now()
    const importer = new Running(["--db", db, "import", more, "--json"])
    await sleep(20_000)
    holder.prepare("COMMIT").run()
    holder.close()
    expect(await importer.exited, importer.stderr).toEqual({ code: 0, signal: null })
    expect(Date.now() - started).toBeGreaterThanOrEqual(20_000)
    expect(JSON.parse(importer.stdout)).toMatchObject({ new: 120, errors: 0 })
    const everything = [...ids, ...ndjson(readFileSync(more, "utf8")).map((a) => String(a.id))]
    expect(checkStore(db, { exactly: everything }).problems).toEqual([])
  }, 180_000)

  it.concurrent("two importers and a daemon at once: every article stored once, copies found as one process finds them", async () => {
    const feeds = new PublishingFeeds({ feeds: 3, items: 20, everyMs: 150, initial: 4 })
    await feeds.start()
    try {
      const dir = tempDir()
      const lines = faKesNdjson().trimEnd().split("\n").slice(0, 400)
      writeFileSync(join(dir, "first.ndjson"), `${lines.slice(0, 250).join("\n")}\n`)
      writeFileSync(join(dir, "second.ndjson"), `${lines.slice(150).join("\n")}\n`)
      const everything = [...lines.map((l) => (JSON.parse(l) as { id: string }).id), ...feeds.all()]
      const list = writeOpml(feeds)

      const together = freshDatabase()
      expect((await crosscheck(["--db", together, "feeds", "import", list, "--allow-private"])).code).toBe(0)
      const daemon = new Running(["--db", together, "daemon"])
      const importers = [join(dir, "first.ndjson"), join(dir, "second.ndjson")].map((f) => new Running(["--db", together, "import", f, "--json"]))
      // Another process asks the daemon to poll again and again while the imports run.
      while (importers.some((i) => i.running)) {
        await refreshAll(together).catch(() => undefined)
        await sleep(1_000)
      }
      for (const i of importers) expect(await i.exited, i.stderr).toEqual({ code: 0, signal: null })
      await sleep(Math.max(0, feeds.finishesAt - Date.now()))
      await fullCycle(daemon, together, 3)
      expect(await daemon.kill("SIGTERM")).toEqual({ code: 0, signal: null })
      // Nothing failed to store. (A fetch may fail and be retried: the daemon is stalled while
      // it waits for the importers' write lock, and a busy machine resets a connection.)
      expect(daemon.lines().filter((l) => l.event === "store.failed" || l.level === "error")).toEqual([])
      const check = checkStore(together, { exactly: everything })
      expect(check.problems).toEqual([])

      // One process, given the same articles in the order the three stored them (which
      // importer's batch came first is timing, and the first-seen original of a copy depends
      // on it: any build finds 27 copies in these 400 lines imported in order, 28 when lines
      // 150-400 come first).
      const single = freshDatabase()
      const inOrder = new Database(together, { readonly: true })
      const stored = inOrder.prepare("SELECT url, title, body AS text, source, published FROM articles ORDER BY rowid").all() as Array<{
        url: string
        title: string
        text: string
        source: string
        published: number | null
      }>
      inOrder.close()
      writeFileSync(
        join(dir, "stored.ndjson"),
        stored.map((a) => JSON.stringify({ ...a, published: a.published === null ? undefined : new Date(a.published).toISOString() })).join("\n")
      )
      expect((await crosscheck(["--db", single, "import", join(dir, "stored.ndjson")])).code).toBe(0)
      const expected = copyGroups(single)
      expect(expected.copies).toBeGreaterThan(20)
      const actual = copyGroups(together)
      expect(actual.copies).toBe(expected.copies)
      expect(actual.groups).toEqual(expected.groups)
    } finally {
      await feeds.close()
    }
  }, 180_000)
})
