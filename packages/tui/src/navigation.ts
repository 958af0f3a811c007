/** What the keys do, as pure functions of the view state, so App stays a thin shell and the
 * rules can be read (and tested) in one place. */
import type { Key } from "ink"
import type { ArticleBrowser } from "./ArticleBrowser.js"
import { bodyHeight, type DetailLayout } from "./ArticleDetailPane.js"

/** Everything the screen shows is derived from this plus the visible window of the store. */
export interface ViewState {
  /** store version the count and positions refer to */
  readonly version: number
  readonly count: number
  /** list index of the selected article */
  readonly cursor: number
  /** list index of the first visible row */
  readonly top: number
  /** articles that arrived above the screen while the reader was further down the list */
  readonly unseen: number
  /** the article being read, or null while on the list */
  readonly openId: string | null
  /** first visible body line of the open article */
  readonly scroll: number
}

export const initialViewState = (browser: ArticleBrowser): ViewState => ({
  version: browser.version(),
  count: browser.count(),
  cursor: 0,
  top: 0,
  unseen: 0,
  openId: null,
  scroll: 0
})

export const clamp = (n: number, low: number, high: number): number => Math.min(Math.max(n, low), Math.max(low, high))

/** Brings a state back within bounds: cursor inside the list and on screen, no blank rows past
 * the end. Applied after every change and on every render (the terminal may have been resized). */
export const settle = (s: ViewState, listHeight: number): ViewState => {
  const cursor = clamp(s.cursor, 0, s.count - 1)
  let top = clamp(s.top, 0, s.count - listHeight)
  if (cursor < top) top = cursor
  if (cursor >= top + listHeight) top = cursor - listHeight + 1
  const unseen = clamp(s.unseen, 0, top)
  return cursor === s.cursor && top === s.top && unseen === s.unseen ? s : { ...s, cursor, top, unseen }
}

/** The store changed: keep the cursor on the article the reader had selected, found by its id
 * wherever the arrivals put it (they may be older than it, or newer, or both). Only when the
 * selected article is gone does the cursor fall back to where arrivals above it would push it. */
export const reanchor = (
  browser: ArticleBrowser,
  s: ViewState,
  selectedId: string | null,
  version: number,
  listHeight: number
): ViewState => {
  const count = browser.count()
  const arrived = count - s.count
  const position = selectedId === null ? null : browser.positionOf(selectedId)
  const cursor = clamp(position ?? s.cursor + arrived, 0, count - 1)
  // At the top of the list the reader is watching arrivals, so the newest stay in view; further
  // down, the screen holds still around the selection and the arrivals above it are counted in
  // the header instead.
  const watching = s.top === 0
  const movedBy = cursor - s.cursor
  const top = watching ? 0 : s.top + movedBy
  const unseen = watching ? 0 : s.unseen + Math.max(0, movedBy)
  return settle({ ...s, version, count, cursor, top, unseen }, listHeight)
}

export interface KeyContext {
  readonly listHeight: number
  /** id of the article at a list index */
  readonly idAt: (index: number) => string | null
  /** the open article laid out for the current width */
  readonly layoutOf: (id: string) => DetailLayout
}

const isBack = (input: string, key: Key): boolean =>
  key.escape || key.backspace || key.delete || key.leftArrow || input === "h" || input === "q"

const isOpen = (input: string, key: Key): boolean => key.return || input === "\n" || key.rightArrow || input === "l"

const isPageDown = (input: string, key: Key): boolean => key.pageDown || input === " " || (key.ctrl && input === "f")
const isPageUp = (input: string, key: Key): boolean => key.pageUp || input === "b"

const listKey = (s: ViewState, input: string, key: Key, ctx: KeyContext): ViewState | "quit" => {
  const page = ctx.listHeight
  if (input === "q") return "quit"
  if (isOpen(input, key)) {
    const id = s.count === 0 ? null : ctx.idAt(s.cursor)
    return id === null ? s : { ...s, openId: id, scroll: 0 }
  }
  if (key.downArrow || input === "j") return { ...s, cursor: s.cursor + 1 }
  if (key.upArrow || input === "k") return { ...s, cursor: s.cursor - 1 }
  if (isPageDown(input, key)) return { ...s, cursor: s.cursor + page, top: s.top + page }
  if (isPageUp(input, key)) return { ...s, cursor: s.cursor - page, top: s.top - page }
  if (key.home || input === "g") return { ...s, cursor: 0, top: 0 }
  if (key.end || input === "G") return { ...s, cursor: s.count - 1, top: s.count }
  return s
}

const detailKey = (s: ViewState, openId: string, input: string, key: Key, ctx: KeyContext): ViewState => {
  if (isBack(input, key)) return { ...s, openId: null, scroll: 0 }
  if (input === "n" || input === "p") {
    const next = clamp(s.cursor + (input === "n" ? 1 : -1), 0, s.count - 1)
    const id = next === s.cursor ? null : ctx.idAt(next)
    return id === null ? s : { ...s, cursor: next, openId: id, scroll: 0 }
  }
  const layout = ctx.layoutOf(openId)
  const page = bodyHeight(layout, ctx.listHeight)
  const maxScroll = Math.max(0, layout.body.length - page)
  const step = Math.max(1, page - 1) // a line of overlap keeps the reader's place
  const scroll = clamp(s.scroll, 0, maxScroll)
  let next = scroll
  if (key.downArrow || input === "j") next = scroll + 1
  else if (key.upArrow || input === "k") next = scroll - 1
  else if (isPageDown(input, key)) next = scroll + step
  else if (isPageUp(input, key)) next = scroll - step
  else if (key.home || input === "g") next = 0
  else if (key.end || input === "G") next = maxScroll
  next = clamp(next, 0, maxScroll)
  return next === s.scroll ? s : { ...s, scroll: next }
}

/** One keypress: the new state, or "quit". */
export const applyKey = (s: ViewState, input: string, key: Key, ctx: KeyContext): ViewState | "quit" => {
  const next = s.openId === null ? listKey(s, input, key, ctx) : detailKey(s, s.openId, input, key, ctx)
  return next === "quit" ? next : settle(next, ctx.listHeight)
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false
}

/** Every character that is a key binding on its own. A run of only these is keys typed ahead of
 * the screen; anything else in the run (letters of a word, say) means it was pasted. */
const BOUND_KEYS = /^[jkhlnpgGbq \r\n\b\u007f]+$/

/** Ink hands over plain keys read together as one string: "jjjj" when a held key repeats faster
 * than frames are drawn, or over a slow link. Split back into single keypresses so none are lost.
 * Pasted text is ignored instead of being replayed as commands (a "q" in it would quit). Escape
 * sequences (arrows, PgDn) already arrive one per call. */
export const keystrokes = (input: string, key: Key): ReadonlyArray<readonly [string, Key]> => {
  const chars = [...input]
  if (chars.length <= 1 || key.ctrl || key.meta) return [[input, key]]
  if (!BOUND_KEYS.test(input)) return []
  return chars.map((ch) => [
    ch,
    {
      ...NO_KEY,
      return: ch === "\r",
      backspace: ch === "\b",
      delete: ch === "\u007f",
      shift: ch === "G"
    }
  ])
}
