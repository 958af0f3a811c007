import { Box, type Key, useApp, useInput } from "ink"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { ArticleDetailPane, bodyHeight, type DetailLayout, layoutArticleDetail } from "./ArticleDetailPane.js"
import type { ArticleBrowser } from "./ArticleBrowser.js"
import { ArticleList } from "./ArticleList.js"
import type { TerminalSize } from "./FullScreen.js"
import { KeyHelp } from "./KeyHelp.js"
import { applyKey, clamp, initialViewState, type KeyContext, keystrokes, reanchor, settle, type ViewState } from "./navigation.js"
import { StatusBar } from "./StatusBar.js"
import { formatCount } from "./text.js"

export const APP_NAME = "crosscheck"
/** Key help, fullest first; narrower terminals get a shorter form rather than losing the end. */
export const LIST_KEYS = [
  "j/k ↑/↓ move  PgUp/PgDn page  g/G top/bottom  enter open  esc back  q quit",
  "j/k move  PgUp/PgDn page  g/G top/end  enter open  q quit",
  "j/k move  enter open  q quit"
] as const
export const DETAIL_KEYS = [
  "j/k ↑/↓ scroll  PgUp/PgDn page  g/G top/bottom  n/p next/prev  esc/q back",
  "j/k scroll  PgUp/PgDn page  n/p next/prev  esc/q back",
  "j/k scroll  esc/q back"
] as const

/** Header and key-help lines around the list or the article. */
const CHROME_ROWS = 2

export interface AppProps {
  readonly browser: ArticleBrowser
  /** the terminal size; FullScreen supplies the real one, tests a fixed one */
  readonly size: TerminalSize
  /** how often to check the store for new articles */
  readonly pollIntervalMs?: number | undefined
}

/** The article browser: the list, newest first, and the article reader. */
export const App = ({ browser, size, pollIntervalMs = 1000 }: AppProps) => {
  const { exit } = useApp()
  const [state, setState] = useState<ViewState>(() => initialViewState(browser))
  const width = Math.max(1, size.columns)
  const listHeight = Math.max(1, size.rows - CHROME_ROWS)
  const view = settle(state, listHeight)
  const { version, top, cursor, openId } = view

  // Only the rows on screen are ever read, so 100,000 articles cost what 20 do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means new rows at the same offset
  const rows = useMemo(() => browser.window(top, listHeight), [browser, version, top, listHeight])

  // The open article is read and wrapped once per article, width and store version; keys that
  // only scroll reuse it.
  const layoutCache = useRef<{ readonly key: string; readonly layout: DetailLayout } | null>(null)
  const layoutOf = (id: string): DetailLayout => {
    const key = `${version}\u0000${width}\u0000${id}`
    if (layoutCache.current?.key !== key) layoutCache.current = { key, layout: layoutArticleDetail(browser.detail(id), width) }
    return layoutCache.current.layout
  }
  const layout = openId === null ? null : layoutOf(openId)
  const pageHeight = layout === null ? listHeight : bodyHeight(layout, listHeight)
  const scroll = layout === null ? 0 : clamp(view.scroll, 0, layout.body.length - pageHeight)

  // Input and the poll act on what is on screen now. They read it from a ref rather than from
  // this render's closure: Ink swaps in a new input handler only after an effect runs, and a key
  // that lands before that (held-down keys, a busy machine) must not act on an older state.
  const latest = useRef({ view, rows, rowsTop: top, listHeight, layoutOf })
  latest.current = { view, rows, rowsTop: top, listHeight, layoutOf }
  const commit = useCallback((next: ViewState) => {
    // Visible to the next key at once, even if it arrives before this state is rendered.
    latest.current = { ...latest.current, view: next }
    setState(next)
  }, [])

  useEffect(() => {
    const timer = setInterval(() => {
      try {
        const { view: current, rows: shown, rowsTop, listHeight: height } = latest.current
        const storeVersion = browser.version()
        if (storeVersion === current.version) return
        const selected = shown[current.cursor - rowsTop]?.id ?? null
        commit(reanchor(browser, current, selected, storeVersion, height))
      } catch (error) {
        // A failing store ends the app through Ink, so the terminal is restored before the error
        // is reported, instead of an uncaught exception printing onto the alternate screen.
        exit(error instanceof Error ? error : new Error(String(error)))
      }
    }, pollIntervalMs)
    return () => clearInterval(timer)
  }, [browser, pollIntervalMs, exit, commit])

  const onInput = useCallback(
    (input: string, key: Key) => {
      const { view: current, rows: shown, rowsTop, listHeight: height, layoutOf: layoutFor } = latest.current
      const context: KeyContext = {
        listHeight: height,
        idAt: (index) =>
          index >= rowsTop && index < rowsTop + shown.length
            ? (shown[index - rowsTop]?.id ?? null)
            : (browser.window(index, 1)[0]?.id ?? null),
        layoutOf: layoutFor
      }
      let next = current
      for (const [one, oneKey] of keystrokes(input, key)) {
        const result = applyKey(next, one, oneKey, context)
        if (result === "quit") {
          exit()
          return
        }
        next = result
      }
      if (next !== current) commit(next)
    },
    [browser, exit, commit]
  )
  useInput(onInput)

  const position = `${formatCount(view.count === 0 ? 0 : cursor + 1)}/${formatCount(view.count)}`
  const arrivals = view.unseen > 0 ? ` · ▲ ${formatCount(view.unseen)} new` : ""
  const header =
    layout === null
      ? {
          left: `${APP_NAME} · ${formatCount(view.count)} ${view.count === 1 ? "article" : "articles"}${arrivals}`,
          right: `${position} · UTC`
        }
      : {
          left: `${APP_NAME} · article ${position}`,
          right: `lines ${formatCount(Math.min(layout.body.length, scroll + 1))}-${formatCount(Math.min(layout.body.length, scroll + pageHeight))}/${formatCount(layout.body.length)} · UTC`
        }

  return (
    <Box flexDirection="column" width={width} height={listHeight + CHROME_ROWS}>
      <StatusBar width={width} left={header.left} right={header.right} />
      {layout === null ? (
        <ArticleList rows={rows} selected={cursor - top} width={width} height={listHeight} />
      ) : (
        <ArticleDetailPane layout={layout} scroll={scroll} width={width} height={listHeight} />
      )}
      <KeyHelp width={width} keys={layout === null ? LIST_KEYS : DETAIL_KEYS} />
    </Box>
  )
}
