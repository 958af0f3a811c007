import { Box, Text } from "ink"
import type { ArticleRow } from "./ArticleBrowser.js"
import { displayLine, fitTo, formatUtc, truncate } from "./text.js"

/** Marks the row the cursor is on; inverse video alone is lost on some terminals and in copies
 * of the screen. */
export const CURSOR_MARK = "›"

const TIME_WIDTH = 16
const GAP = "  "

/** The outlet column grows with the terminal but stays narrow: titles carry the information. */
export const outletWidth = (width: number): number => Math.min(20, Math.max(8, Math.round(width * 0.14)))

/** One article as one screen line of exactly `width` columns: cursor mark, UTC time, outlet,
 * title. Feed text is made safe here, at the last moment before it reaches the screen. */
export const formatArticleLine = (row: ArticleRow, width: number, selected: boolean): string => {
  const outlet = outletWidth(width)
  const titleWidth = width - 2 - TIME_WIDTH - GAP.length - outlet - GAP.length
  const line =
    (selected ? `${CURSOR_MARK} ` : "  ") +
    formatUtc(row.time) +
    GAP +
    fitTo(displayLine(row.source), outlet) +
    GAP +
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
}

/** The visible slice of the article list. Duplicates are dimmed: still there to be checked, but
 * the eye skips to the originals. */
export const ArticleList = ({ rows, selected, width, height }: ArticleListProps) => {
  if (rows.length === 0) {
    return (
      <Box flexDirection="column" height={height} overflow="hidden">
        <Text dimColor wrap="truncate-end">
          {truncate("  No articles yet. They appear here as the feeds are fetched.", width)}
        </Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.slice(0, height).map((row, i) => (
        <Text key={row.id} wrap="truncate-end" inverse={i === selected} dimColor={row.duplicateOf !== null}>
          {formatArticleLine(row, width, i === selected)}
        </Text>
      ))}
    </Box>
  )
}
