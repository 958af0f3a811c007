/** The floor: what reading the same NDJSON and storing it takes with nothing but better-sqlite3
 * (parse each line, hash it, insert the row, index it for full-text search, 500 rows a
 * transaction, WAL, synchronous FULL as crosscheck runs). crosscheck does all this and reads
 * claims, finds copies and stories and keeps conflicts: its time is reported as a multiple of
 * this one, measured in the same run, because this machine is shared and noisy. */
import Database from "better-sqlite3"
import { createHash } from "node:crypto"
import { createReadStream, rmSync } from "node:fs"
import { createInterface } from "node:readline"

export const floor = async (input: string, db: string): Promise<{ readonly articles: number; readonly seconds: number }> => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  const started = performance.now()
  const sqlite = new Database(db)
  sqlite.pragma("journal_mode = WAL")
  sqlite.pragma("synchronous = FULL")
  sqlite.exec(`CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT NOT NULL,
    published INTEGER, body TEXT NOT NULL, content_hash TEXT NOT NULL);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, source, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, title, body, source) VALUES (new.rowid, new.title, new.body, new.source);
    END;`)
  const insert = sqlite.prepare(
    "INSERT INTO articles (id, url, source, title, published, body, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
  )
  const store = sqlite.transaction((rows: Array<Record<string, string>>) => {
    for (const r of rows) {
      const url = r.url!
      const id = createHash("sha256").update(url).digest("hex").slice(0, 16)
      const hash = createHash("sha256")
        .update(r.title ?? "")
        .update("\n")
        .update(r.text ?? "")
        .digest("hex")
      insert.run(id, url, r.source ?? "unknown", r.title ?? "", r.published ? Date.parse(r.published) : null, r.text ?? "", hash)
    }
  })
  let batch: Array<Record<string, string>> = []
  let articles = 0
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === "") continue
    batch.push(JSON.parse(line) as Record<string, string>)
    if (batch.length === 500) {
      store(batch)
      articles += batch.length
      batch = []
    }
  }
  store(batch)
  articles += batch.length
  sqlite.close()
  return { articles, seconds: (performance.now() - started) / 1000 }
}
