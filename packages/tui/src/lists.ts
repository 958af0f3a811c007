/** A scrolling list over rows read a window at a time (articles, conflicts, feeds): where the
 * cursor is, what is on screen, and how both follow the store, as pure functions. */
import type { Key } from "ink"

export interface ListState {
  /** store version the count and positions refer to */
  readonly version: number
  readonly count: number
  /** index of the selected row */
  readonly cursor: number
  /** index of the first visible row */
  readonly top: number
  /** rows that arrived above the screen while the reader was further down */
  readonly unseen: number
}

/** What a list needs from its rows: how many, and where a row (by id) now stands. */
export interface ListSource {
  readonly count: () => number
  readonly positionOf: (id: string) => number | null
}

export const newList = (version: number, count: number): ListState => ({ version, count, cursor: 0, top: 0, unseen: 0 })

export const clamp = (n: number, low: number, high: number): number => Math.min(Math.max(n, low), Math.max(low, high))

/** Brings a list back within bounds: cursor inside and on screen, no blank rows past the end.
 * Applied after every change and on every render (the terminal may have been resized). */
export const settle = (s: ListState, height: number): ListState => {
  const cursor = clamp(s.cursor, 0, s.count - 1)
  let top = clamp(s.top, 0, s.count - height)
  if (cursor < top) top = cursor
  if (cursor >= top + height) top = cursor - height + 1
  const unseen = clamp(s.unseen, 0, top)
  return cursor === s.cursor && top === s.top && unseen === s.unseen ? s : { ...s, cursor, top, unseen }
}

/** The store changed: keep the cursor on the row the reader had selected, found by its id
 * wherever the arrivals put it. Only when that row is gone does the cursor fall back to where
 * arrivals above it would push it. */
export const reanchor = (source: ListSource, s: ListState, selectedId: string | null, version: number, height: number): ListState => {
  const count = source.count()
  const arrived = count - s.count
  const position = selectedId === null ? null : source.positionOf(selectedId)
  // The selected row is gone: the cursor goes where arrivals above it would have pushed it.
  // Nothing was known to be selected (the list was empty, or never shown): it stays.
  const cursor = clamp(position ?? (selectedId === null ? s.cursor : s.cursor + arrived), 0, count - 1)
  // At the top of the list the reader is watching arrivals, so the newest stay in view; further
  // down, the screen holds still around the selection and the arrivals above it are counted.
  const watching = s.top === 0
  const movedBy = cursor - s.cursor
  const top = watching ? 0 : s.top + movedBy
  const unseen = watching ? 0 : s.unseen + Math.max(0, movedBy)
  return settle({ ...s, version, count, cursor, top, unseen }, height)
}

/** The list read again from the start (a new filter): cursor on the first row. */
export const restart = (source: ListSource, version: number): ListState => newList(version, source.count())

export const isPageDown = (input: string, key: Key): boolean => key.pageDown || input === " " || (key.ctrl && input === "f")
export const isPageUp = (input: string, key: Key): boolean => key.pageUp || input === "b"
export const isOpen = (input: string, key: Key): boolean => key.return || input === "\n" || key.rightArrow || input === "l"
export const isBack = (input: string, key: Key): boolean => key.escape || key.backspace || key.delete || key.leftArrow || input === "h"

/** Moves the cursor for a navigation key; null when the key is not one. */
export const moveList = (s: ListState, input: string, key: Key, height: number): ListState | null => {
  if (key.downArrow || input === "j") return settle({ ...s, cursor: s.cursor + 1 }, height)
  if (key.upArrow || input === "k") return settle({ ...s, cursor: s.cursor - 1 }, height)
  if (isPageDown(input, key)) return settle({ ...s, cursor: s.cursor + height, top: s.top + height }, height)
  if (isPageUp(input, key)) return settle({ ...s, cursor: s.cursor - height, top: s.top - height }, height)
  if (key.home || input === "g") return settle({ ...s, cursor: 0, top: 0 }, height)
  if (key.end || input === "G") return settle({ ...s, cursor: s.count - 1, top: s.count }, height)
  return null
}
