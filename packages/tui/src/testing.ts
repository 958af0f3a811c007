/** In-memory ArticleBrowser fakes and terminal streams for tests (and for trying the TUI without
 * a database). Nothing here is exported from the package entry point. */
import { EventEmitter } from "node:events"
import type { ArticleBrowser, ArticleDetail, ArticleRow } from "./ArticleBrowser.js"

export interface FakeArticle {
  readonly id: string
  readonly source?: string
  readonly time: number
  readonly title?: string
  readonly duplicateOf?: string | null
  readonly url?: string
  readonly published?: number | null
  readonly fetchedAt?: number
  readonly body?: string
}

const toDetail = (a: FakeArticle): ArticleDetail => {
  const body = a.body ?? `Body of ${a.id}.`
  return {
    id: a.id,
    source: a.source ?? "Outlet",
    time: a.time,
    title: a.title ?? `Article ${a.id}`,
    duplicateOf: a.duplicateOf ?? null,
    url: a.url ?? `https://example.com/${a.id}`,
    published: a.published === undefined ? a.time : a.published,
    fetchedAt: a.fetchedAt ?? a.time,
    body,
    words: body.split(/\s+/).filter((w) => w !== "").length
  }
}

const toRow = (d: ArticleDetail): ArticleRow => ({
  id: d.id,
  source: d.source,
  time: d.time,
  title: d.title,
  duplicateOf: d.duplicateOf
})

export interface WindowCall {
  readonly offset: number
  readonly limit: number
}

/** Records every window request, so tests can check the TUI never reads more than it shows. */
export interface Recording {
  readonly windowCalls: WindowCall[]
  readonly countCalls: () => number
}

export interface ArrayBrowser extends ArticleBrowser, Recording {
  /** Adds articles as a feed poll would, and bumps the version. */
  readonly add: (...articles: ReadonlyArray<FakeArticle>) => void
}

/** A browser over an array, kept newest first like the store. */
export const arrayBrowser = (articles: ReadonlyArray<FakeArticle>): ArrayBrowser => {
  let all: ArticleDetail[] = []
  let version = 1
  let counts = 0
  const windowCalls: WindowCall[] = []
  const insert = (more: ReadonlyArray<FakeArticle>) => {
    all = [...all, ...more.map(toDetail)].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id))
  }
  insert(articles)
  return {
    count: () => {
      counts++
      return all.length
    },
    window: (offset, limit) => {
      windowCalls.push({ offset, limit })
      return all.slice(offset, offset + limit).map(toRow)
    },
    positionOf: (id) => {
      const i = all.findIndex((a) => a.id === id)
      return i < 0 ? null : i
    },
    detail: (id) => all.find((a) => a.id === id) ?? null,
    version: () => version,
    add: (...more) => {
      insert(more)
      version++
    },
    windowCalls,
    countCalls: () => counts
  }
}

export const GENERATED_START = Date.UTC(2016, 10, 17, 9, 0)
const OUTLETS = ["Reuters", "AP", "BBC News", "Al Jazeera", "Kyiv Independent", "TASS", "Le Monde"]

/** `total` articles generated on demand, one minute apart, newest (index 0) at GENERATED_START:
 * no array, so a 100,000-row store costs nothing until rows are asked for. */
export const generatedBrowser = (total: number): ArticleBrowser & Recording => {
  let counts = 0
  const windowCalls: WindowCall[] = []
  const row = (i: number): ArticleRow => ({
    id: `a${i}`,
    source: OUTLETS[i % OUTLETS.length] ?? "Outlet",
    time: GENERATED_START - i * 60_000,
    title: `Generated headline number ${i} about the front line`,
    duplicateOf: i % 10 === 3 ? `a${i - 1}` : null
  })
  return {
    count: () => {
      counts++
      return total
    },
    window: (offset, limit) => {
      windowCalls.push({ offset, limit })
      const rows: ArticleRow[] = []
      for (let i = Math.max(0, offset); i < Math.min(total, offset + limit); i++) rows.push(row(i))
      return rows
    },
    positionOf: (id) => {
      const i = Number(id.slice(1))
      return Number.isInteger(i) && i >= 0 && i < total ? i : null
    },
    detail: (id) => {
      const i = Number(id.slice(1))
      if (!Number.isInteger(i) || i < 0 || i >= total) return null
      const body = `Paragraph one of article ${i}.\n\nParagraph two of article ${i}.`
      return { ...row(i), url: `https://example.com/${i}`, published: row(i).time, fetchedAt: row(i).time + 60_000, body, words: 10 }
    },
    version: () => 1,
    windowCalls,
    countCalls: () => counts
  }
}

/** A TTY-like output stream with a settable size; `output` is everything written to it. */
export class FakeTerminalOutput extends EventEmitter {
  readonly isTTY = true
  columns: number
  rows: number
  readonly writes: string[] = []
  constructor(columns = 80, rows = 24) {
    super()
    this.columns = columns
    this.rows = rows
  }
  write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    this.writes.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"))
    const callback = rest.find((r): r is () => void => typeof r === "function")
    callback?.()
    return true
  }
  get output(): string {
    return this.writes.join("")
  }
  resize(columns: number, rows: number): void {
    this.columns = columns
    this.rows = rows
    this.emit("resize")
  }
}

/** A TTY-like input stream that Ink can put in raw mode; `press` types keys. */
export class FakeTerminalInput extends EventEmitter {
  readonly isTTY = true
  private pending: string[] = []
  press(keys: string): void {
    this.pending.push(keys)
    this.emit("readable")
  }
  read = (): string | null => this.pending.shift() ?? null
  setEncoding(): this {
    return this
  }
  setRawMode(): this {
    return this
  }
  resume(): this {
    return this
  }
  pause(): this {
    return this
  }
  ref(): this {
    return this
  }
  unref(): this {
    return this
  }
}

/** A frame without colour codes, for asserting on text. */
export const plainText = (frame: string | undefined): string => (frame ?? "").replace(/\u001b\[[0-9;]*m/g, "")

/** Lets Ink read the input and draw the next frame. */
export const tick = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Keys as a terminal sends them. */
export const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  pageUp: "\u001b[5~",
  pageDown: "\u001b[6~",
  home: "\u001b[H",
  end: "\u001b[F",
  enter: "\r",
  escape: "\u001b",
  backspace: "\u007f",
  ctrlC: "\u0003"
} as const
