/** In-memory Monitor fakes and terminal streams for tests (and for trying the TUI without a
 * database). Nothing here is exported from the package entry point. */
import { EventEmitter } from "node:events"
import type { ArticleDetail, ArticleQuery, ArticleRow, ClaimView, ConflictDetail, ConflictKind, ConflictRow, FeedRow, Monitor } from "./Monitor.js"

export interface FakeArticle {
  readonly id: string
  readonly outlet?: string
  readonly time: number
  readonly title?: string
  readonly duplicateOf?: string | null
  readonly url?: string
  readonly published?: number | null
  readonly fetchedAt?: number
  readonly body?: string
  readonly feedId?: number
  readonly storyId?: string
  readonly claims?: ReadonlyArray<Partial<ClaimView> & { readonly quote: string }>
}

export interface FakeConflict {
  readonly id: string
  readonly kind: ConflictKind
  readonly severity?: number
  readonly metric?: string
  readonly where?: string | null
  readonly sources?: ReadonlyArray<string>
  readonly summary?: string
  readonly figures?: ConflictDetail["figures"]
}

/** A quantity claim as the TUI shows one: the fields given, the rest empty (killed, exact, no
 * place, time or source), its span the whole quote unless given. */
export const claimView = (c: Partial<ClaimView> & { readonly quote: string }): ClaimView => ({
  id: "c1",
  kind: "quantity",
  metric: "killed",
  min: null,
  max: null,
  qualifier: "exact",
  who: null,
  where: null,
  when: null,
  source: null,
  actor: null,
  action: null,
  polarity: "asserted",
  span: [0, c.quote.length],
  ...c
})

/** A claim whose span is found by its quote in the article's title + "\n" + body. */
const toClaim = (articleId: string, text: string, c: Partial<ClaimView> & { readonly quote: string }, i: number): ClaimView => {
  const start = Math.max(0, text.indexOf(c.quote))
  return claimView({ id: `${articleId}-${i + 1}`, span: [start, start + c.quote.length], ...c })
}

export interface FakeMonitor extends Monitor, Recording {
  /** Adds articles as a feed poll would, and bumps the version. */
  readonly add: (...articles: ReadonlyArray<FakeArticle>) => void
  readonly addConflicts: (...conflicts: ReadonlyArray<FakeConflict>) => void
  readonly read: ReadonlySet<string>
  readonly reviewed: ReadonlySet<string>
  readonly refreshed: ReadonlyArray<number | null>
}

const matches = (q: ArticleQuery, a: ArticleDetail & { readonly feedId: number | null }): boolean => {
  if (q.unreadOnly && a.read) return false
  if (q.feedId !== null && a.feedId !== q.feedId) return false
  if (q.place !== null && !a.claims.some((c) => (c.where ?? "").toLowerCase().includes(q.place!.toLowerCase()))) return false
  if (q.text !== null) {
    const hay = `${a.title}\n${a.body}\n${a.outlet}`.toLowerCase()
    if (
      !q.text
        .toLowerCase()
        .split(/\s+/)
        .every((w) => hay.includes(w))
    )
      return false
  }
  return true
}

/** A monitor over arrays, kept newest first like the store; copies folded under originals. */
export const fakeMonitor = (
  articles: ReadonlyArray<FakeArticle>,
  options: { readonly conflicts?: ReadonlyArray<FakeConflict>; readonly feeds?: ReadonlyArray<Partial<FeedRow> & { readonly id: number }> } = {}
): FakeMonitor => {
  let all: Array<ArticleDetail & { readonly feedId: number | null }> = []
  let conflicts: Array<ConflictDetail> = []
  let version = 1
  let counts = 0
  const windowCalls: WindowCall[] = []
  const read = new Set<string>()
  const reviewed = new Set<string>()
  const refreshed: Array<number | null> = []
  // (one enabled feed unless told otherwise: the TUI says "no feeds to poll" without one)
  const feeds: Array<FeedRow> = (options.feeds ?? [{ id: 1 }]).map((f) => ({
    name: `Feed ${f.id}`,
    url: `https://feed.test/${f.id}`,
    enabled: true,
    articles: 0,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextCheckAt: null,
    ...f
  }))
  const detailOf = (a: FakeArticle): ArticleDetail & { readonly feedId: number | null } => {
    const body = a.body ?? `Body of ${a.id}.`
    const title = a.title ?? `Article ${a.id}`
    const text = `${title}\n${body}`
    return {
      id: a.id,
      outlet: a.outlet ?? "Outlet",
      time: a.time,
      title,
      url: a.url ?? `https://example.com/${a.id}`,
      duplicateOf: a.duplicateOf ?? null,
      copies: 0,
      storyId: a.storyId ?? null,
      storyReports: 1,
      read: false,
      published: a.published === undefined ? a.time : a.published,
      fetchedAt: a.fetchedAt ?? a.time,
      body,
      words: body.split(/\s+/).filter((w) => w !== "").length,
      claims: (a.claims ?? []).map((c, i) => toClaim(a.id, text, c, i)),
      related: [],
      feedId: a.feedId ?? null
    }
  }
  const fresh = (a: ArticleDetail & { readonly feedId: number | null }) => ({
    ...a,
    read: read.has(a.id),
    copies: all.filter((b) => b.duplicateOf === a.id).length,
    storyReports: a.storyId === null ? 1 : all.filter((b) => b.storyId === a.storyId && b.duplicateOf === null).length,
    related:
      a.duplicateOf !== null
        ? all.filter((b) => b.id === a.duplicateOf).map((b) => ({ id: b.id, outlet: b.outlet, time: b.time, title: b.title }))
        : all.filter((b) => b.duplicateOf === a.id).map((b) => ({ id: b.id, outlet: b.outlet, time: b.time, title: b.title }))
  })
  const listed = (q: ArticleQuery) =>
    all
      .filter((a) => a.duplicateOf === null)
      .map(fresh)
      .filter((a) => matches(q, a))
  const toRow = (d: ArticleDetail): ArticleRow => ({
    id: d.id,
    outlet: d.outlet,
    time: d.time,
    title: d.title,
    url: d.url,
    duplicateOf: d.duplicateOf,
    copies: d.copies,
    storyId: d.storyId,
    storyReports: d.storyReports,
    read: d.read
  })
  const insert = (more: ReadonlyArray<FakeArticle>) => {
    all = [...all, ...more.map(detailOf)].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id))
  }
  const insertConflicts = (more: ReadonlyArray<FakeConflict>) => {
    conflicts = [
      ...conflicts,
      ...more.map(
        (c): ConflictDetail => ({
          id: c.id,
          kind: c.kind,
          severity: c.severity ?? 1,
          scope: { metric: c.metric ?? "killed", where: c.where ?? null, when: null, who: null },
          sources: c.sources ?? ["A", "B"],
          summary: c.summary ?? `${c.metric ?? "killed"}: A 1, B 2`,
          reviewed: false,
          figures: c.figures ?? []
        })
      )
    ].sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id))
  }
  const conflictList = (filter: string | null) =>
    conflicts
      .map((c) => ({ ...c, reviewed: reviewed.has(c.id) }))
      .filter((c) => filter === null || `${c.scope.where ?? ""} ${c.scope.metric} ${c.sources.join(" ")}`.toLowerCase().includes(filter.toLowerCase()))
  insert(articles)
  insertConflicts(options.conflicts ?? [])
  return {
    version: () => version,
    mode: "polling",
    articles: {
      count: (q) => {
        counts++
        return listed(q).length
      },
      window: (q, offset, limit) => {
        windowCalls.push({ offset, limit })
        return listed(q)
          .slice(offset, offset + limit)
          .map(toRow)
      },
      positionOf: (q, id) => {
        const i = listed(q).findIndex((a) => a.id === id)
        return i < 0 ? null : i
      },
      detail: (id) => {
        const a = all.find((x) => x.id === id)
        return a === undefined ? null : fresh(a)
      }
    },
    conflicts: {
      countsByKind: () => {
        const out: Record<ConflictKind, number> = { contradiction: 0, part_exceeds_whole: 0, divergent: 0, denial: 0, revision: 0 }
        for (const c of conflicts) out[c.kind]++
        return out
      },
      count: (filter) => conflictList(filter).length,
      window: (filter, offset, limit): ReadonlyArray<ConflictRow> => conflictList(filter).slice(offset, offset + limit),
      positionOf: (filter, id) => {
        const i = conflictList(filter).findIndex((c) => c.id === id)
        return i < 0 ? null : i
      },
      detail: (id) => conflictList(null).find((c) => c.id === id) ?? null
    },
    feeds: { list: () => feeds },
    actions: {
      setRead: (id, isRead) => {
        if (isRead) read.add(id)
        else read.delete(id)
        version++
        return null
      },
      setReviewed: (id, isReviewed) => {
        if (isReviewed) reviewed.add(id)
        else reviewed.delete(id)
        version++
        return null
      },
      refresh: (feedId) => {
        refreshed.push(feedId)
        return null
      }
    },
    add: (...more) => {
      insert(more)
      version++
    },
    addConflicts: (...more) => {
      insertConflicts(more)
      version++
    },
    read,
    reviewed,
    refreshed,
    windowCalls,
    countCalls: () => counts
  }
}

export interface WindowCall {
  readonly offset: number
  readonly limit: number
}

/** Records every window request, so tests can check the TUI never reads more than it shows. */
export interface Recording {
  readonly windowCalls: WindowCall[]
  readonly countCalls: () => number
}

export const GENERATED_START = Date.UTC(2016, 10, 17, 9, 0)
const OUTLETS = ["Reuters", "AP", "BBC News", "Al Jazeera", "Kyiv Independent", "TASS", "Le Monde"]

/** `total` articles generated on demand, one minute apart, newest (index 0) at GENERATED_START:
 * no array, so a 100,000-row store costs nothing until rows are asked for. */
export const generatedMonitor = (total: number): Monitor & Recording => {
  let counts = 0
  const windowCalls: WindowCall[] = []
  const row = (i: number): ArticleRow => ({
    id: `a${i}`,
    outlet: OUTLETS[i % OUTLETS.length] ?? "Outlet",
    time: GENERATED_START - i * 60_000,
    title: `Generated headline number ${i} about the front line`,
    url: `https://example.com/${i}`,
    duplicateOf: null,
    copies: i % 10 === 3 ? 2 : 0,
    storyId: null,
    storyReports: 1,
    read: i % 3 === 0
  })
  const none: Record<ConflictKind, number> = { contradiction: 0, part_exceeds_whole: 0, divergent: 0, denial: 0, revision: 0 }
  return {
    version: () => 1,
    mode: "following",
    articles: {
      count: () => {
        counts++
        return total
      },
      window: (_q, offset, limit) => {
        windowCalls.push({ offset, limit })
        const rows: ArticleRow[] = []
        for (let i = Math.max(0, offset); i < Math.min(total, offset + limit); i++) rows.push(row(i))
        return rows
      },
      positionOf: (_q, id) => {
        const i = Number(id.slice(1))
        return Number.isInteger(i) && i >= 0 && i < total ? i : null
      },
      detail: (id) => {
        const i = Number(id.slice(1))
        if (!Number.isInteger(i) || i < 0 || i >= total) return null
        const body = `Paragraph one of article ${i}.\n\nParagraph two of article ${i}.`
        return { ...row(i), published: row(i).time, fetchedAt: row(i).time + 60_000, body, words: 10, claims: [], related: [] }
      }
    },
    conflicts: { countsByKind: () => none, count: () => 0, window: () => [], positionOf: () => null, detail: () => null },
    feeds: { list: () => [] },
    actions: { setRead: () => null, setReviewed: () => null, refresh: () => "following a daemon: it polls the feeds" },
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

/** A frame's lines without colour codes or the padding that fills each to the width. */
export const plainLines = (frame: string | undefined): Array<string> =>
  plainText(frame)
    .split("\n")
    .map((l) => l.trimEnd())

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
