import { type Feed, FeedWriter, Store } from "@crosscheck/db"
import { decodeFeed, MAX_FILE_BYTES, parseOpml } from "@crosscheck/ingest"
import { Data, Effect } from "effect"
import { readFile, stat } from "node:fs/promises"

/** An OPML file could not be read. */
export class OpmlUnreadable extends Data.TaggedError("OpmlUnreadable")<{ readonly path: string; readonly reason: string }> {
  override get message(): string {
    return `${this.path}: ${this.reason}`
  }
}

export interface OpmlImported {
  readonly path: string
  /** feeds listed in the file (with an http(s) URL) */
  readonly found: number
  readonly added: ReadonlyArray<Feed>
  /** listed in the file and already in the database: left as they are */
  readonly alreadyListed: ReadonlyArray<Feed>
}

/** Adds the feeds of an OPML subscription list, in one transaction. They are fetched only from
 * public addresses unless `allowPrivate`: a list from elsewhere must not point the poller at
 * the machine's own network. Feeds already listed are left as they are. */
export const importOpml = (path: string, options: { readonly allowPrivate: boolean }) =>
  Effect.gen(function* () {
    const bytes = yield* Effect.tryPromise({
      try: async () => {
        if ((await stat(path)).size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
        return readFile(path)
      },
      catch: (e) => {
        const code = (e as { code?: unknown }).code
        const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : e instanceof Error ? e.message : String(e)
        return new OpmlUnreadable({ path, reason })
      }
    })
    const doc = parseOpml(decodeFeed(bytes, null).text)
    const store = yield* Store
    const writer = yield* FeedWriter
    const now = Date.now()
    const { added, alreadyListed } = yield* store.transaction(`cannot add the feeds of ${path}`, () => {
      const added: Array<Feed> = []
      const alreadyListed: Array<Feed> = []
      for (const f of doc.feeds) {
        const feed = writer.add(
          { url: f.url, name: f.name, intervalMinutes: f.intervalMinutes, fetchLinkedPage: f.fetchLinkedPage, allowPrivate: options.allowPrivate },
          now
        )
        if (feed !== null) added.push(feed)
        else {
          const listed = writer.findByUrl(f.url)
          if (listed !== null) alreadyListed.push(listed)
        }
      }
      return { added, alreadyListed }
    })
    return { path, found: doc.feeds.length, added, alreadyListed } satisfies OpmlImported
  })
