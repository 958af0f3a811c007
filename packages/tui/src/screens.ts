/** The screens of the TUI and what each key does on each, as pure functions of the state, so
 * App stays a thin shell and the rules can be read (and tested) in one place. A key never
 * touches the store: it returns the new state and the actions to carry out (mark read, open
 * a link...), which App performs. */
import type { Key } from "ink"
import { bodyHeight, type DetailLayout } from "./ArticleDetailPane.js"
import { clamp, isBack, isOpen, type ListState, moveList, newList, settle } from "./lists.js"
import { ALL_ARTICLES, type ArticleQuery, type ConflictDetail, type FeedRow } from "./Monitor.js"

/** The three lists a reader moves between with a, c, f and tab. */
export type Tab = "articles" | "conflicts" | "feeds"
export const TABS: ReadonlyArray<Tab> = ["articles", "conflicts", "feeds"]

export type Screen =
  | { readonly _tag: "List"; readonly tab: Tab }
  | {
      readonly _tag: "Article"
      readonly id: string
      readonly scroll: number
      /** the claim selected with ] and [, highlighted in the text; -1 for none */
      readonly claim: number
      readonly back: Screen
    }
  | { readonly _tag: "Conflict"; readonly id: string; readonly figure: number; readonly back: Screen }
  | { readonly _tag: "Help"; readonly back: Screen }

/** A line of text being typed: a search, a place, a conflict filter. */
export interface Prompt {
  readonly purpose: "search" | "place" | "conflicts"
  readonly text: string
}

export interface AppState {
  readonly screen: Screen
  readonly articles: ListState
  readonly query: ArticleQuery
  readonly conflicts: ListState
  readonly conflictFilter: string | null
  readonly feeds: ListState
  readonly prompt: Prompt | null
  /** one line for the status bar: what an action did or why it could not */
  readonly message: string | null
}

/** What App carries out after a key. */
export type Action =
  | { readonly _tag: "Quit" }
  | { readonly _tag: "SetRead"; readonly id: string; readonly read: boolean }
  | { readonly _tag: "SetReviewed"; readonly id: string; readonly reviewed: boolean }
  | { readonly _tag: "Refresh"; readonly feedId: number | null }
  | { readonly _tag: "OpenLink"; readonly url: string }
  /** the article query or conflict filter changed: the list is read again from its start */
  | { readonly _tag: "Requery"; readonly tab: "articles" | "conflicts" }

export interface KeyResult {
  readonly state: AppState
  readonly actions: ReadonlyArray<Action>
}

/** What the reducers may look at: the rows around the cursor, the open article's layout. */
export interface KeyContext {
  readonly listHeight: number
  readonly articleAt: (index: number) => { readonly id: string; readonly url: string | null; readonly read: boolean } | null
  readonly conflictAt: (index: number) => { readonly id: string; readonly reviewed: boolean } | null
  readonly feedAt: (index: number) => FeedRow | null
  readonly articleLayout: (id: string, claim: number) => DetailLayout
  readonly conflict: (id: string) => ConflictDetail | null
}

export const initialState = (version: number, counts: { articles: number; conflicts: number; feeds: number }): AppState => ({
  screen: { _tag: "List", tab: "articles" },
  articles: newList(version, counts.articles),
  query: ALL_ARTICLES,
  conflicts: newList(version, counts.conflicts),
  conflictFilter: null,
  feeds: newList(version, counts.feeds),
  prompt: null,
  message: null
})

const done = (state: AppState, ...actions: ReadonlyArray<Action>): KeyResult => ({ state, actions })

export const hasArticleFilter = (q: ArticleQuery): boolean => q.text !== null || q.feedId !== null || q.place !== null || q.unreadOnly

/** Keys that work on every screen but the prompt. */
const globalKey = (s: AppState, input: string, key: Key): KeyResult | null => {
  const top = (tab: Tab): KeyResult => done({ ...s, screen: { _tag: "List", tab }, message: null })
  if (input === "?") return done({ ...s, screen: { _tag: "Help", back: s.screen } })
  if (input === "a") return top("articles")
  if (input === "c") return top("conflicts")
  if (input === "f") return top("feeds")
  if (key.tab) {
    const current = s.screen._tag === "List" ? s.screen.tab : "articles"
    const step = key.shift ? TABS.length - 1 : 1
    return top(TABS[(TABS.indexOf(current) + step) % TABS.length]!)
  }
  if (input === "r") return done(s, { _tag: "Refresh", feedId: null })
  return null
}

const openArticle = (s: AppState, id: string, back: Screen, claim = -1, ctx?: KeyContext): KeyResult => {
  // Opening at a claim scrolls to it, a few lines of context above.
  const layout = ctx?.articleLayout(id, claim)
  const line = claim >= 0 ? (layout?.claimLines[claim] ?? 0) : 0
  return done({ ...s, screen: { _tag: "Article", id, scroll: Math.max(0, line - 2), claim, back } }, { _tag: "SetRead", id, read: true })
}

const articlesKey = (s: AppState, input: string, key: Key, ctx: KeyContext): KeyResult => {
  const moved = moveList(s.articles, input, key, ctx.listHeight)
  if (moved !== null) return done({ ...s, articles: moved })
  const selected = s.articles.count === 0 ? null : ctx.articleAt(s.articles.cursor)
  if (isOpen(input, key)) return selected === null ? done(s) : openArticle(s, selected.id, s.screen)
  if (input === "q") return done(s, { _tag: "Quit" })
  if (input === "/") return done({ ...s, prompt: { purpose: "search", text: s.query.text ?? "" } })
  if (input === "p") return done({ ...s, prompt: { purpose: "place", text: s.query.place ?? "" } })
  if (input === "u") {
    return done({ ...s, query: { ...s.query, unreadOnly: !s.query.unreadOnly } }, { _tag: "Requery", tab: "articles" })
  }
  if (input === "m" && selected !== null) return done(s, { _tag: "SetRead", id: selected.id, read: !selected.read })
  if (input === "o" && selected?.url) return done(s, { _tag: "OpenLink", url: selected.url })
  if (key.escape && hasArticleFilter(s.query)) return done({ ...s, query: ALL_ARTICLES }, { _tag: "Requery", tab: "articles" })
  return done(s)
}

const conflictsKey = (s: AppState, input: string, key: Key, ctx: KeyContext): KeyResult => {
  const moved = moveList(s.conflicts, input, key, ctx.listHeight)
  if (moved !== null) return done({ ...s, conflicts: moved })
  const selected = s.conflicts.count === 0 ? null : ctx.conflictAt(s.conflicts.cursor)
  if (isOpen(input, key)) {
    return selected === null ? done(s) : done({ ...s, screen: { _tag: "Conflict", id: selected.id, figure: 0, back: s.screen } })
  }
  if (input === "q") return done(s, { _tag: "Quit" })
  if (input === "/") return done({ ...s, prompt: { purpose: "conflicts", text: s.conflictFilter ?? "" } })
  if (input === "x" && selected !== null) return done(s, { _tag: "SetReviewed", id: selected.id, reviewed: !selected.reviewed })
  if (key.escape && s.conflictFilter !== null) return done({ ...s, conflictFilter: null }, { _tag: "Requery", tab: "conflicts" })
  return done(s)
}

const feedsKey = (s: AppState, input: string, key: Key, ctx: KeyContext): KeyResult => {
  const moved = moveList(s.feeds, input, key, ctx.listHeight)
  if (moved !== null) return done({ ...s, feeds: moved })
  const selected = s.feeds.count === 0 ? null : ctx.feedAt(s.feeds.cursor)
  if (input === "q") return done(s, { _tag: "Quit" })
  if (isOpen(input, key) && selected !== null) {
    // A feed's articles: the article list, filtered to it.
    return done({ ...s, screen: { _tag: "List", tab: "articles" }, query: { ...ALL_ARTICLES, feedId: selected.id } }, { _tag: "Requery", tab: "articles" })
  }
  if (input === "R" && selected !== null) return done(s, { _tag: "Refresh", feedId: selected.id })
  return done(s)
}

const articleKey = (s: AppState, screen: Extract<Screen, { _tag: "Article" }>, input: string, key: Key, ctx: KeyContext): KeyResult => {
  if (isBack(input, key) || input === "q") return done({ ...s, screen: screen.back })
  const layout = ctx.articleLayout(screen.id, screen.claim)
  if (input === "]" || input === "[") {
    const claims = layout.claimLines.length
    if (claims === 0) return done(s)
    const claim = input === "]" ? (screen.claim + 1) % claims : (screen.claim - 1 + claims + (screen.claim < 0 ? 1 : 0)) % claims
    const line = layout.claimLines[claim] ?? 0
    const page = bodyHeight(layout, ctx.listHeight)
    // Scroll only as far as it takes to bring the claim on screen, with a line of context.
    const scroll = line >= screen.scroll + 1 && line < screen.scroll + page - 1 ? screen.scroll : Math.max(0, line - 2)
    return done({ ...s, screen: { ...screen, claim, scroll: clamp(scroll, 0, layout.body.length - page) } })
  }
  if ((input === "n" || input === "p") && screen.back._tag === "List" && screen.back.tab === "articles") {
    const cursor = clamp(s.articles.cursor + (input === "n" ? 1 : -1), 0, s.articles.count - 1)
    const next = cursor === s.articles.cursor ? null : ctx.articleAt(cursor)
    if (next === null) return done(s)
    return openArticle({ ...s, articles: settle({ ...s.articles, cursor }, ctx.listHeight) }, next.id, screen.back)
  }
  if (input === "m") return done(s, { _tag: "SetRead", id: screen.id, read: !layout.read })
  if (input === "o" && layout.url !== null) return done(s, { _tag: "OpenLink", url: layout.url })
  const page = bodyHeight(layout, ctx.listHeight)
  const maxScroll = Math.max(0, layout.body.length - page)
  const step = Math.max(1, page - 1) // a line of overlap keeps the reader's place
  const scroll = clamp(screen.scroll, 0, maxScroll)
  let next = scroll
  if (key.downArrow || input === "j") next = scroll + 1
  else if (key.upArrow || input === "k") next = scroll - 1
  else if (key.pageDown || input === " " || (key.ctrl && input === "f")) next = scroll + step
  else if (key.pageUp || input === "b") next = scroll - step
  else if (key.home || input === "g") next = 0
  else if (key.end || input === "G") next = maxScroll
  next = clamp(next, 0, maxScroll)
  return next === screen.scroll ? done(s) : done({ ...s, screen: { ...screen, scroll: next } })
}

const conflictKey = (s: AppState, screen: Extract<Screen, { _tag: "Conflict" }>, input: string, key: Key, ctx: KeyContext): KeyResult => {
  if (isBack(input, key) || input === "q") return done({ ...s, screen: screen.back })
  const detail = ctx.conflict(screen.id)
  if (detail === null) return done(s)
  if (key.downArrow || input === "j") return done({ ...s, screen: { ...screen, figure: clamp(screen.figure + 1, 0, detail.figures.length - 1) } })
  if (key.upArrow || input === "k") return done({ ...s, screen: { ...screen, figure: clamp(screen.figure - 1, 0, detail.figures.length - 1) } })
  if (input === "x") return done(s, { _tag: "SetReviewed", id: detail.id, reviewed: !detail.reviewed })
  if (isOpen(input, key)) {
    const figure = detail.figures[screen.figure]
    if (figure === undefined) return done(s)
    const layout = ctx.articleLayout(figure.articleId, -1)
    const claim = layout.claimIds.indexOf(figure.claim.id)
    return openArticle(s, figure.articleId, screen, claim, ctx)
  }
  return done(s)
}

const promptKey = (s: AppState, prompt: Prompt, input: string, key: Key): KeyResult => {
  if (key.escape) return done({ ...s, prompt: null })
  if (key.return) {
    const text = prompt.text.trim() === "" ? null : prompt.text.trim()
    if (prompt.purpose === "conflicts") {
      return done({ ...s, prompt: null, conflictFilter: text }, { _tag: "Requery", tab: "conflicts" })
    }
    const query = prompt.purpose === "search" ? { ...s.query, text } : { ...s.query, place: text }
    return done({ ...s, prompt: null, query, screen: { _tag: "List", tab: "articles" } }, { _tag: "Requery", tab: "articles" })
  }
  if (key.backspace || key.delete) return done({ ...s, prompt: { ...prompt, text: [...prompt.text].slice(0, -1).join("") } })
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return done(s)
  // Text typed faster than frames are drawn may carry its Enter: what comes before it is typed,
  // then the prompt is applied.
  const enter = input.search(/[\r\n]/)
  if (enter >= 0) {
    const typed = promptKey(s, prompt, input.slice(0, enter), NO_KEY).state
    return promptKey(typed, typed.prompt ?? prompt, "\r", { ...NO_KEY, return: true })
  }
  // Typed (or pasted) text; control characters never get into a query.
  const typed = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
  return typed === "" ? done(s) : done({ ...s, prompt: { ...prompt, text: (prompt.text + typed).slice(0, 200) } })
}

/** One keypress on the current screen. */
export const applyKey = (s: AppState, input: string, key: Key, ctx: KeyContext): KeyResult => {
  if (s.prompt !== null) return promptKey(s, s.prompt, input, key)
  const cleared = s.message === null ? s : { ...s, message: null }
  const screen = cleared.screen
  if (screen._tag === "Help") return done({ ...cleared, screen: screen.back })
  const global = globalKey(cleared, input, key)
  if (global !== null) return global
  switch (screen._tag) {
    case "List":
      return screen.tab === "articles"
        ? articlesKey(cleared, input, key, ctx)
        : screen.tab === "conflicts"
          ? conflictsKey(cleared, input, key, ctx)
          : feedsKey(cleared, input, key, ctx)
    case "Article":
      return articleKey(cleared, screen, input, key, ctx)
    case "Conflict":
      return conflictKey(cleared, screen, input, key, ctx)
  }
}

/** A key event with nothing pressed: what a typed character arrives with. */
export const NO_KEY: Key = {
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
const BOUND_KEYS = /^[jkhlnpgGbqacfrmuoxR?/[\] \r\n\b\u007f]+$/

/** Ink hands over plain keys read together as one string: "jjjj" when a held key repeats faster
 * than frames are drawn, or over a slow link. Split back into single keypresses so none are lost.
 * Pasted text is ignored instead of being replayed as commands (a "q" in it would quit). Escape
 * sequences (arrows, PgDn) already arrive one per call. While a prompt is open, text is text. */
export const keystrokes = (input: string, key: Key, typing = false): ReadonlyArray<readonly [string, Key]> => {
  const chars = [...input]
  if (typing || chars.length <= 1 || key.ctrl || key.meta) return [[input, key]]
  if (!BOUND_KEYS.test(input)) return []
  return chars.map((ch) => [
    ch,
    {
      ...NO_KEY,
      return: ch === "\r",
      backspace: ch === "\b",
      delete: ch === "\u007f",
      shift: ch === "G" || ch === "R"
    }
  ])
}
