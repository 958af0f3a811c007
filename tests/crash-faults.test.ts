/** Faults beside a crash (issue 12), through the real binary: two importers and a daemon on one
 * database at once; a daemon whose disk fills; a read-only database given to the daemon and to
 * import. Each ends with the database checked as after a kill (support/storeCheck.ts). */
import Database from "better-sqlite3"
import { spawn, spawnSync } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { crosscheckAsync as crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { refreshAll } from "./support/crashTrials.js"
import { faKesNdjson } from "./support/faKes.js"
import { cliBin } from "./support/paths.js"
import { Running, sleep } from "./support/processes.js"
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
    groups: [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort().join(" ")).sort()
  }
}

const storyCount = (db: string): number => new Set(outcomeOf(db).stories).size

const writeOpml = (feeds: PublishingFeeds): string => {
  const path = join(tempDir(), "feeds.opml")
  writeFileSync(path, feeds.opml())
  return path
}

/** Until the daemon has finished a cycle over all `feeds` feeds that began after now. A
 * refresh waits for the write lock as any writer does; beside busy writers it may have to ask
 * again. */
const fullCycle = async (daemon: Running, db: string, feeds: number) => {
  const from = daemon.lines().length
  for (let attempt = 0; ; attempt++) {
    const asked = await refreshAll(db).then(
      () => true,
      (e) => (attempt < 5 ? false : Promise.reject(e))
    )
    if (asked) break
  }
  await daemon.waitFor((l) => l.event === "cycle.started" && l.feeds === feeds, 30_000, from)
  await daemon.waitFor((l) => l.event === "cycle.finished", 60_000, from)
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

/** A read-only database: what the daemon and import are given in the next two tests. */
const readOnly = (() => {
  let ready: Promise<{ dir: string; feedList: string }> | null = null
  const feeds = new PublishingFeeds({ feeds: 2, items: 3, everyMs: 1, initial: 3 })
  const setup = () =>
    (ready ??= (async () => {
      await feeds.start()
      const dir = tempDir()
      chmodSync(dir, 0o755)
      writeFileSync(join(dir, "fa-kes.ndjson"), faKesNdjson())
      const feedList = writeOpml(feeds)
      chmodSync(feedList, 0o644)
      return { dir, feedList }
    })())
  /** A database as a crash leaves it: in WAL mode, its last batches in the -wal file. */
  const crashed = async (path: string) => {
    const { dir, feedList } = await setup()
    expect((await crosscheck(["--db", path, "feeds", "import", feedList, "--allow-private"])).code).toBe(0)
    const importer = new Running(["--db", path, "import", join(dir, "fa-kes.ndjson")])
    for (;;) {
      const stored = (() => {
        try {
          const sqlite = new Database(path, { readonly: true })
          try {
            return sqlite.prepare("SELECT count(*) FROM articles").pluck().get() as number
          } finally {
            sqlite.close()
          }
        } catch {
          return 0
        }
      })()
      if (stored > 0 || !importer.running) break
      await sleep(20)
    }
    await importer.kill()
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0)
  }
  return { setup, crashed, close: () => feeds.close() }
})()
afterAll(() => readOnly.close())

const asNobody = (db: string, args: ReadonlyArray<string>) =>
  new Running(["--db", db, ...args], { command: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cliBin] })

// The full-disk daemon waits 30 s for its retry: the read-only cases run meanwhile.
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
      await daemon.waitFor((l) => l.event === "cycle.finished" && l.failed === 0 && Number(l.new) === 160, 60_000, from)
      expect(daemon.lines().slice(from).filter((l) => l.event === "store.failed")).toEqual([])
      expect(await daemon.kill("SIGTERM")).toEqual({ code: 0, signal: null })
      const stored = copyOut(fs.outside, db)
      const after = checkStore(stored, { exactly: feeds.all() })
      expect(after.problems).toEqual([])

      // What it stored is what a daemon that never met a full disk stores.
      const reference = freshDatabase()
      expect((await crosscheck(["--db", reference, "feeds", "import", list, "--allow-private", "--fetch"])).code).toBe(0)
      expect(outcomeOf(stored)).toEqual(outcomeOf(reference))
    } finally {
      fs.close()
      await feeds.close()
    }
  }, 120_000)

  it.concurrent("a read-only database: a file its user may not write, in WAL mode after a crash and in rollback mode", async ({ skip }) => {
    skip(process.getuid?.() !== 0, "needs root to run the binary as another user")
    const { dir, feedList } = await readOnly.setup()
    for (const kind of ["wal", "rollback"]) {
      const folder = join(dir, kind)
      mkdirSync(folder, { mode: 0o777 })
      chmodSync(folder, 0o777)
      const db = join(folder, "x.db")
      if (kind === "wal") await readOnly.crashed(db)
      else expect((await crosscheck(["--db", db, "feeds", "import", feedList, "--allow-private"])).code).toBe(0)
      for (const f of [db, `${db}-wal`, `${db}-shm`]) {
        try {
          chmodSync(f, 0o444)
        } catch {
          // not there in rollback mode
        }
      }
      const before = files(db)
      for (const args of [["daemon"], ["daemon", "--once"], ["import", join(dir, "fa-kes.ndjson")]]) {
        const r = asNobody(db, args)
        const exit = await r.exited
        expect(exit, `${kind} ${args.join(" ")}: ${r.stderr}`).toEqual({ code: 1, signal: null })
        expect(r.stderr).toMatch(new RegExp(`crosscheck: cannot write to ${db.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} \\(the file or its folder is read-only\\)`))
        expect(r.stderr.trim().split("\n")).toHaveLength(1)
      }
      expect(files(db)).toEqual(before)
      // Readable as it is.
      const exported = asNobody(db, ["export", "articles"])
      expect((await exported.exited).code).toBe(0)
    }
  })

  it.concurrent("a read-only database: on a read-only file system, as root", async ({ skip }) => {
    skip(!canMount, mountSkipReason)
    const mount = join(tempDir(), "ro")
    const fs = await privateTmpfs(mount, "64m")
    try {
      const source = join(tempDir(), "x.db")
      await readOnly.crashed(source)
      const { dir } = await readOnly.setup()
      for (const f of ["x.db", "x.db-wal", "x.db-shm"]) writeFileSync(fs.outside(join(mount, f)), readFileSync(join(source, "..", f)))
      expect(fs.run(`mount -o remount,ro '${mount}'`).status).toBe(0)
      const db = join(mount, "x.db")
      const before = files(fs.outside(db))
      for (const args of [["daemon"], ["import", join(dir, "fa-kes.ndjson")]]) {
        const r = fs.cli(["--db", db, ...args])
        expect(await r.exited, r.stderr).toEqual({ code: 1, signal: null })
        expect(r.stderr).toContain(`crosscheck: cannot write to ${db} (the file or its folder is read-only): the file system is read-only`)
      }
      expect(files(fs.outside(db))).toEqual(before)
      const exported = fs.cli(["--db", db, "export", "articles"])
      expect((await exported.exited).code).toBe(0)
      expect(ndjson(exported.stdout).length).toBeGreaterThan(0)
    } finally {
      fs.close()
    }
  })

  it("two importers and a daemon at once: every article stored once, copies found as one process finds them", async () => {
    const feeds = new PublishingFeeds({ feeds: 3, items: 20, everyMs: 150, initial: 4 })
    await feeds.start()
    try {
      const dir = tempDir()
      const lines = faKesNdjson().trimEnd().split("\n").slice(0, 600)
      writeFileSync(join(dir, "all.ndjson"), `${lines.join("\n")}\n`)
      writeFileSync(join(dir, "first.ndjson"), `${lines.slice(0, 350).join("\n")}\n`)
      writeFileSync(join(dir, "second.ndjson"), `${lines.slice(250).join("\n")}\n`)
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
      expect(daemon.lines().filter((l) => l.level !== "info")).toEqual([])
      const check = checkStore(together, { exactly: everything })
      expect(check.problems).toEqual([])

      // One process after the other: all the NDJSON, then one poll of the finished feeds.
      const single = freshDatabase()
      expect((await crosscheck(["--db", single, "import", join(dir, "all.ndjson")])).code).toBe(0)
      expect((await crosscheck(["--db", single, "feeds", "import", list, "--allow-private", "--fetch"])).code).toBe(0)
      const expected = copyGroups(single)
      expect(expected.copies).toBeGreaterThan(50)
      const actual = copyGroups(together)
      expect(actual.copies).toBe(expected.copies)
      expect(actual.groups).toEqual(expected.groups)
      // Which story an article founds depends on which arrives first; the count barely moves.
      expect(Math.abs(storyCount(together) - storyCount(single))).toBeLessThanOrEqual(5)
    } finally {
      await feeds.close()
    }
  })
})
