import { Box, type Key, Text, useApp, useInput } from "ink"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { ArticleDetailPane, bodyHeight, type DetailLayout, layoutArticleDetail } from "./ArticleDetailPane.js"
import { ArticleList } from "./ArticleList.js"
import { ConflictList, KIND_LABEL } from "./ConflictList.js"
import { ConflictDetailPane } from "./ConflictDetailPane.js"
import { FeedList } from "./FeedList.js"
import type { TerminalSize } from "./FullScreen.js"
import { HelpPane } from "./HelpPane.js"
import { KeyHelp } from "./KeyHelp.js"
import { clamp, type ListSource, reanchor, restart, settle } from "./lists.js"
import { CONFLICT_KINDS, type Monitor } from "./Monitor.js"
import { type Action, type AppState, applyKey, hasArticleFilter, initialState, type KeyContext, keystrokes, type Tab } from "./screens.js"
import { StatusBar } from "./StatusBar.js"
import { displayLine, formatCount } from "./text.js"

export const APP_NAME = "crosscheck"

/** Key help per screen, fullest first; narrower terminals get a shorter form rather than
 * losing the end. */
export const LIST_KEYS = [
  "j/k move  enter open  / search  p place  u unread  m read  o link  c conflicts  ? help  q quit",
  "j/k move  enter open  / search  c conflicts  f feeds  ? help  q quit",
  "j/k move  enter open  ? help  q quit"
] as const
export const DETAIL_KEYS = [
  "j/k scroll  PgUp/PgDn page  ] [ claims  n/p next/prev  m read  o link  esc back  ? help",
  "j/k scroll  ] [ claims  n/p next/prev  esc back  ? help",
  "j/k scroll  esc back"
] as const
export const CONFLICT_LIST_KEYS = [
  "j/k move  enter open  / filter  x reviewed  a articles  f feeds  tab cycle  ? help  q quit",
  "j/k move  enter open  / filter  x reviewed  ? help  q quit",
  "j/k move  enter open  q quit"
] as const
export const CONFLICT_KEYS = ["j/k source  enter open article  x reviewed  esc back  ? help", "j/k source  enter article  esc back", "esc back"] as const
export const FEED_KEYS = [
  "j/k move  enter its articles  R refresh it  r refresh all  a articles  c conflicts  ? help  q quit",
  "j/k move  enter articles  R refresh  ? help  q quit",
  "j/k move  q quit"
] as const
const HELP_KEYS = ["any key closes the help"] as const

/** Keys that open a prompt: what follows them in the same read is typed into it. */
const PROMPT_KEYS = new Set(["/", "p"])

/** Header and footer lines around every screen. */
const CHROME_ROWS = 2

export interface AppProps {
  readonly monitor: Monitor
  /** the terminal size; FullScreen supplies the real one, tests a fixed one */
  readonly size: TerminalSize
  /** how often to check the store for changes */
  readonly pollIntervalMs?: number | undefined
  /** opens a link in the browser; returns a message when it could not */
  readonly openLink?: ((url: string) => string | null) | undefined
  /** colours, unless NO_COLOR */
  readonly color?: boolean | undefined
}

/** The monitoring screens: articles, conflicts, feeds, and an article or a conflict opened. */
export const App = ({ monitor, size, pollIntervalMs = 500, openLink, color = false }: AppProps) => {
  const { exit } = useApp()
  const width = Math.max(1, size.columns)
  const listHeight = Math.max(1, size.rows - CHROME_ROWS)
  const [state, setState] = useState<AppState>(() =>
    initialState(monitor.version(), {
      articles: monitor.articles.count(initialState(0, { articles: 0, conflicts: 0, feeds: 0 }).query),
      conflicts: monitor.conflicts.count(null),
      feeds: monitor.feeds.list().length
    })
  )
  const [version, setVersion] = useState(() => monitor.version())

  // The lists as list sources, for the current query and filter.
  const sources = useMemo(() => {
    const articles: ListSource = {
      count: () => monitor.articles.count(state.query),
      positionOf: (id) => monitor.articles.positionOf(state.query, id)
    }
    const conflicts: ListSource = {
      count: () => monitor.conflicts.count(state.conflictFilter),
      positionOf: (id) => monitor.conflicts.positionOf(state.conflictFilter, id)
    }
    const feeds: ListSource = {
      count: () => monitor.feeds.list().length,
      positionOf: (id) => {
        const i = monitor.feeds.list().findIndex((f) => String(f.id) === id)
        return i < 0 ? null : i
      }
    }
    return { articles, conflicts, feeds }
  }, [monitor, state.query, state.conflictFilter])

  const articles = settle(state.articles, listHeight)
  const conflicts = settle(state.conflicts, listHeight)
  const feedsState = settle(state.feeds, listHeight)
  const screen = state.screen
  const tab: Tab | null = screen._tag === "List" ? screen.tab : null

  // Only the rows on screen are ever read, so 100,000 articles cost what 20 do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means new rows at the same offset
  const articleRows = useMemo(
    () => (tab === "articles" ? monitor.articles.window(state.query, articles.top, listHeight) : []),
    [monitor, tab, version, state.query, articles.top, listHeight]
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const conflictRows = useMemo(
    () => (tab === "conflicts" ? monitor.conflicts.window(state.conflictFilter, conflicts.top, listHeight) : []),
    [monitor, tab, version, state.conflictFilter, conflicts.top, listHeight]
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const feedRows = useMemo(() => monitor.feeds.list(), [monitor, version, tab])
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const kindCounts = useMemo(() => (tab === "conflicts" ? monitor.conflicts.countsByKind() : null), [monitor, tab, version])

  // The open article is read and laid out once per article, width, selected claim and store
  // version; keys that only scroll reuse it.
  const layoutCache = useRef<{ readonly key: string; readonly layout: DetailLayout } | null>(null)
  const layoutOf = useCallback(
    (id: string, claim: number): DetailLayout => {
      const key = `${version}\u0000${width}\u0000${id}\u0000${claim}`
      if (layoutCache.current?.key !== key) {
        layoutCache.current = { key, layout: layoutArticleDetail(monitor.articles.detail(id), width, claim) }
      }
      return layoutCache.current.layout
    },
    [monitor, version, width]
  )
  const conflictCache = useRef<{ readonly key: string; readonly detail: ReturnType<Monitor["conflicts"]["detail"]> } | null>(null)
  const conflictOf = useCallback(
    (id: string) => {
      const key = `${version}\u0000${id}`
      if (conflictCache.current?.key !== key) conflictCache.current = { key, detail: monitor.conflicts.detail(id) }
      return conflictCache.current.detail
    },
    [monitor, version]
  )

  // Input and the poll act on what is on screen now. They read it from a ref rather than from
  // this render's closure: Ink swaps in a new input handler only after an effect runs, and a key
  // that lands before that (held-down keys, a busy machine) must not act on an older state.
  const latest = useRef({ state, version, sources, articleRows, conflictRows, feedRows, listHeight, layoutOf, conflictOf })
  latest.current = { state, version, sources, articleRows, conflictRows, feedRows, listHeight, layoutOf, conflictOf }
  const commit = useCallback((next: AppState) => {
    latest.current = { ...latest.current, state: next }
    setState(next)
  }, [])

  // The selected row of each list, by id, as last drawn: when the store changes, the rows are
  // found again by these, not by a position that now holds another row.
  const anchors = useRef<Record<Tab, string | null>>({ articles: null, conflicts: null, feeds: null })
  if (tab === "articles") anchors.current.articles = articleRows[articles.cursor - articles.top]?.id ?? null
  if (tab === "conflicts") anchors.current.conflicts = conflictRows[conflicts.cursor - conflicts.top]?.id ?? null
  if (tab === "feeds") {
    const feed = feedRows[feedsState.cursor]
    anchors.current.feeds = feed === undefined ? null : String(feed.id)
  }

  /** The store changed: every list keeps its selected row, by id. */
  const follow = useCallback(
    (storeVersion: number) => {
      const { state: current, sources: src, listHeight: height } = latest.current
      // Reading through the list with n/p: the open article is the selected one.
      const open = current.screen
      const articleAnchor = open._tag === "Article" && open.back._tag === "List" && open.back.tab === "articles" ? open.id : anchors.current.articles
      const next: AppState = {
        ...current,
        articles: reanchor(src.articles, current.articles, articleAnchor, storeVersion, height),
        conflicts: reanchor(src.conflicts, current.conflicts, anchors.current.conflicts, storeVersion, height),
        feeds: reanchor(src.feeds, current.feeds, anchors.current.feeds, storeVersion, height)
      }
      latest.current = { ...latest.current, version: storeVersion }
      setVersion(storeVersion)
      commit(next)
    },
    [commit]
  )

  // A search prompt opened: the store may read ahead what every search needs, after this frame.
  const searching = state.prompt?.purpose === "search"
  useEffect(() => {
    if (!searching || monitor.articles.prepareSearch === undefined) return
    const timer = setTimeout(() => {
      try {
        monitor.articles.prepareSearch?.()
      } catch {
        // only reading ahead: the search itself reads it again, and reports what fails
      }
    }, 0)
    return () => clearTimeout(timer)
  }, [monitor, searching])

  useEffect(() => {
    const timer = setInterval(() => {
      try {
        const storeVersion = monitor.version()
        if (storeVersion !== latest.current.version) follow(storeVersion)
      } catch (error) {
        // A failing store ends the app through Ink, so the terminal is restored before the error
        // is reported, instead of an uncaught exception printing onto the alternate screen.
        exit(error instanceof Error ? error : new Error(String(error)))
      }
    }, pollIntervalMs)
    return () => clearInterval(timer)
  }, [monitor, pollIntervalMs, exit, follow])

  const perform = useCallback(
    (next: AppState, actions: ReadonlyArray<Action>): AppState | "quit" => {
      let s = next
      for (const action of actions) {
        switch (action._tag) {
          case "Quit":
            return "quit"
          case "SetRead": {
            const problem = monitor.actions.setRead(action.id, action.read)
            if (problem !== null) s = { ...s, message: problem }
            break
          }
          case "SetReviewed": {
            const problem = monitor.actions.setReviewed(action.id, action.reviewed)
            s = { ...s, message: problem ?? (action.reviewed ? "marked reviewed" : "marked not reviewed") }
            break
          }
          case "Refresh": {
            const problem = monitor.actions.refresh(action.feedId)
            s = { ...s, message: problem ?? (action.feedId === null ? "refreshing every feed…" : "refreshing the feed…") }
            break
          }
          case "OpenLink": {
            const problem = openLink === undefined ? "no browser to open links with" : openLink(action.url)
            s = { ...s, message: problem ?? `opened ${displayLine(action.url)}` }
            break
          }
          case "Requery": {
            const storeVersion = latest.current.version
            if (action.tab === "articles") {
              const source = { count: () => monitor.articles.count(s.query), positionOf: (id: string) => monitor.articles.positionOf(s.query, id) }
              s = { ...s, articles: restart(source, storeVersion) }
            } else {
              s = { ...s, conflicts: restart({ count: () => monitor.conflicts.count(s.conflictFilter), positionOf: () => null }, storeVersion) }
            }
            break
          }
        }
      }
      return s
    },
    [monitor, openLink]
  )

  const onInput = useCallback(
    (input: string, key: Key) => {
      const {
        state: current,
        articleRows: rows,
        conflictRows: cRows,
        feedRows: fRows,
        listHeight: height,
        layoutOf: layoutFor,
        conflictOf: conflictFor
      } = latest.current
      const context: KeyContext = {
        listHeight: height,
        articleAt: (index) => {
          const top = settle(current.articles, height).top
          const row = index >= top && index < top + rows.length ? rows[index - top] : monitor.articles.window(current.query, index, 1)[0]
          if (row === undefined) return null
          return { id: row.id, url: row.url, read: row.read }
        },
        conflictAt: (index) => {
          const top = settle(current.conflicts, height).top
          const row = index >= top && index < top + cRows.length ? cRows[index - top] : monitor.conflicts.window(current.conflictFilter, index, 1)[0]
          return row === undefined ? null : { id: row.id, reviewed: row.reviewed }
        },
        feedAt: (index) => fRows[index] ?? null,
        articleLayout: layoutFor,
        conflict: conflictFor
      }
      let next = current
      const apply = (one: string, oneKey: Key): boolean => {
        const result = applyKey(next, one, oneKey, context)
        const performed = perform(result.state, result.actions)
        if (performed === "quit") {
          exit()
          return false
        }
        next = performed
        return true
      }
      // Keys typed faster than frames are drawn arrive together: "/aleppo" opens the search
      // and types into it.
      let rest = input
      while (rest.length > 1 && next.prompt === null && PROMPT_KEYS.has(rest[0]!) && !key.ctrl && !key.meta) {
        if (!apply(rest[0]!, key)) return
        rest = rest.slice(1)
      }
      for (const [one, oneKey] of keystrokes(rest, key, next.prompt !== null)) if (!apply(one, oneKey)) return
      if (next !== current) commit(next)
      // An action may have changed the store (read, reviewed): show it now, not at the next poll.
      const storeVersion = monitor.version()
      if (storeVersion !== latest.current.version) follow(storeVersion)
    },
    [monitor, exit, commit, perform, follow]
  )
  useInput(onInput)

  // The header: what the screen shows on the left, where the reader is on the right.
  // (polling with no feed enabled polls nothing: say so, briefly, since the header's left side
  // comes first on a narrow terminal)
  const mode = monitor.mode === "idle" ? "not polling" : monitor.mode === "polling" && !feedRows.some((f) => f.enabled) ? "no feeds" : monitor.mode
  const position = (s: { cursor: number; count: number }) => `${formatCount(s.count === 0 ? 0 : s.cursor + 1)}/${formatCount(s.count)}`
  let header: { left: string; right: string }
  let body: React.ReactNode
  let keys: ReadonlyArray<string>
  if (screen._tag === "Help") {
    header = { left: `${APP_NAME} · keys`, right: mode }
    body = <HelpPane width={width} height={listHeight} />
    keys = HELP_KEYS
  } else if (screen._tag === "Article") {
    const layout = layoutOf(screen.id, screen.claim)
    const scroll = clamp(screen.scroll, 0, layout.body.length - bodyHeight(layout, listHeight))
    const page = bodyHeight(layout, listHeight)
    header = {
      left: `${APP_NAME} · article`,
      right: `lines ${formatCount(Math.min(layout.body.length, scroll + 1))}-${formatCount(Math.min(layout.body.length, scroll + page))}/${formatCount(layout.body.length)} · UTC`
    }
    body = <ArticleDetailPane layout={layout} scroll={scroll} width={width} height={listHeight} />
    keys = DETAIL_KEYS
  } else if (screen._tag === "Conflict") {
    header = { left: `${APP_NAME} · conflict`, right: `${mode} · UTC` }
    body = <ConflictDetailPane detail={conflictOf(screen.id)} figure={screen.figure} width={width} height={listHeight} />
    keys = CONFLICT_KEYS
  } else if (screen.tab === "conflicts") {
    const counts = kindCounts ?? monitor.conflicts.countsByKind()
    const byKind = CONFLICT_KINDS.filter((k) => counts[k] > 0)
      .map((k) => `${KIND_LABEL[k]} ${formatCount(counts[k])}`)
      .join(", ")
    const filter = state.conflictFilter === null ? "" : ` · /${displayLine(state.conflictFilter)}`
    header = {
      left: `${APP_NAME} · conflicts ${formatCount(conflicts.count)}${byKind === "" ? "" : ` (${byKind})`}${filter}`,
      right: `${position(conflicts)} · ${mode}`
    }
    body = <ConflictList rows={conflictRows} selected={conflicts.cursor - conflicts.top} width={width} height={listHeight} color={color} />
    keys = CONFLICT_LIST_KEYS
  } else if (screen.tab === "feeds") {
    const failing = feedRows.filter((f) => f.enabled && f.consecutiveFailures > 0).length
    header = {
      left: `${APP_NAME} · feeds ${formatCount(feedRows.length)}${failing > 0 ? ` (${failing} failing)` : ""}`,
      right: `${position(feedsState)} · ${mode}`
    }
    body = <FeedList feeds={feedRows} top={feedsState.top} selected={feedsState.cursor} width={width} height={listHeight} color={color} />
    keys = FEED_KEYS
  } else {
    const q = state.query
    const feedName = q.feedId === null ? null : (feedRows.find((f) => f.id === q.feedId)?.name ?? `feed ${q.feedId}`)
    const filters = [
      q.text === null ? null : `/${q.text}`,
      q.place === null ? null : `place ${q.place}`,
      feedName === null ? null : `feed ${feedName}`,
      q.unreadOnly ? "unread" : null
    ].filter((f): f is string => f !== null)
    const arrivals = articles.unseen > 0 ? ` · ▲ ${formatCount(articles.unseen)} new` : ""
    header = {
      left: `${APP_NAME} · ${formatCount(articles.count)} ${articles.count === 1 ? "article" : "articles"}${filters.length > 0 ? ` · ${displayLine(filters.join(" · "))}` : ""}${arrivals}`,
      right: `${position(articles)} · ${mode} · UTC`
    }
    body = (
      <ArticleList
        rows={articleRows}
        selected={articles.cursor - articles.top}
        width={width}
        height={listHeight}
        empty={hasArticleFilter(q) ? "  Nothing matches. esc clears the filters." : undefined}
      />
    )
    keys = LIST_KEYS
  }

  const prompt = state.prompt
  const footer =
    prompt !== null ? (
      <Text wrap="truncate-end">{`${prompt.purpose === "place" ? "place" : prompt.purpose === "conflicts" ? "filter conflicts" : "search"}: ${displayLine(prompt.text)}▏  (enter apply, esc cancel)`}</Text>
    ) : state.message !== null ? (
      <Text wrap="truncate-end">{displayLine(state.message)}</Text>
    ) : (
      <KeyHelp width={width} keys={keys} />
    )

  return (
    <Box flexDirection="column" width={width} height={listHeight + CHROME_ROWS}>
      <StatusBar width={width} left={header.left} right={header.right} />
      {body}
      {footer}
    </Box>
  )
}
