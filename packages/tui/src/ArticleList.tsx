import { Box, Text } from "ink"
import { memo } from "react"
import type { ArticleRow } from "./Monitor.js"
import { displayLine, fitTo, formatUtc, truncate } from "./text.js"
import { Line } from "./Line.js"

/** Marks the row the cursor is on; inverse video alone is lost on some terminals and in copies
 * of the screen. */
export const CURSOR_MARK = "›"
/** Marks an article not yet opened. */
export const UNREAD_MARK = "•"

const TIME_WIDTH = 16
const GAP = "  "

/** The outlet column grows with the terminal but stays narrow: titles carry the information. */
export const outletWidth = (width: number): number => Math.min(20, Math.max(8, Math.round(width * 0.14)))

/** "+3": how many copies are folded under an original. */
const copiesText = (row: ArticleRow): string => (row.copies > 0 ? `+${row.copies}` : "")
/** "◆2": how many independent reports its story holds, when more than this one. */
const storyText = (row: ArticleRow): string => (row.storyReports > 1 ? `◆${row.storyReports}` : "")

/** One article as one screen line of exactly `width` columns: cursor and unread marks, UTC time,
 * outlet, copies folded under it, its story's independent reports, title. Feed text is made safe
 * here, at the last moment before it reaches the screen. */
export const formatArticleLine = (row: ArticleRow, width: number, selected: boolean): string => {
  const outlet = outletWidth(width)
  const titleWidth = width - 3 - TIME_WIDTH - GAP.length - outlet - 1 - 3 - 1 - 3 - 1
  const line =
    (selected ? CURSOR_MARK : " ") +
    (row.read ? "  " : `${UNREAD_MARK} `) +
    formatUtc(row.time) +
    GAP +
    fitTo(displayLine(row.outlet), outlet) +
    " " +
    copiesText(row).padStart(3) +
    " " +
    fitTo(storyText(row), 3) +
    " " +
    fitTo(displayLine(row.title), Math.max(0, titleWidth))
  return fitTo(line, width)
}

export interface ArticleListProps {
  /** the visible window, newest first */
  readonly rows: ReadonlyArray<ArticleRow>
  /** index into `rows` of the cursor, or -1 */
  readonly selected: number
  readonly width: number
  readonly height: number
  /** what to say when the list is empty */
  readonly empty?: string | undefined
}

/** One row, drawn again only when its article, the width or the cursor on it changes: a cursor
 * move re-renders two rows, not the screenful. */
const ArticleLine = memo(({ row, width, selected }: { readonly row: ArticleRow; readonly width: number; readonly selected: boolean }) => (
  <Line inverse={selected} bold={!row.read} dimColor={row.read}>
    {formatArticleLine(row, width, selected)}
  </Line>
))

/** The visible slice of the article list. Read articles are dimmed: still there to be checked,
 * but the eye goes to what is new. */
export const ArticleList = ({ rows, selected, width, height, empty }: ArticleListProps) => {
  if (rows.length === 0) {
    return (
      <Box flexDirection="column" height={height} overflowY="hidden">
        <Text dimColor wrap="truncate-end">
          {truncate(empty ?? "  No articles yet. They appear here as the feeds are fetched.", width)}
        </Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {rows.slice(0, height).map((row, i) => (
        <ArticleLine key={row.id} row={row} width={width} selected={i === selected} />
      ))}
    </Box>
  )
}
