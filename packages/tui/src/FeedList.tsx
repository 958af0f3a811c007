import { Box, Text } from "ink"
import { CURSOR_MARK } from "./ArticleList.js"
import type { FeedRow } from "./Monitor.js"
import { displayLine, fitTo, formatCount, formatUtc, truncate } from "./text.js"
import { Line } from "./Line.js"

/** "ok", "failing ×3", "off": a feed's health in a few columns. */
export const feedHealth = (feed: FeedRow): string =>
  !feed.enabled ? "off" : feed.consecutiveFailures > 0 ? `failing ×${feed.consecutiveFailures}` : feed.lastSuccessAt === null ? "new" : "ok"

/** From this many columns a feed's line names its count's unit. */
const UNIT_WIDTH = 110

/** One feed as one line: health, name, articles, last success ("ok"), next check, last error. */
export const formatFeedLine = (feed: FeedRow, width: number, selected: boolean): string => {
  const mark = selected ? `${CURSOR_MARK} ` : "  "
  const name = Math.min(28, Math.max(12, Math.round(width * 0.25)))
  const line =
    mark +
    fitTo(feedHealth(feed), 10) +
    " " +
    fitTo(displayLine(feed.name || feed.url), name) +
    " " +
    formatCount(feed.articles).padStart(6) +
    // the view has no column headers: where the width allows, the count says what it counts
    // (below it the room goes to the last error, which a failing feed needs seen)
    (width >= UNIT_WIDTH ? (feed.articles === 1 ? " article " : " articles") : "") +
    "  ok " +
    (feed.lastSuccessAt === null ? "never           " : formatUtc(feed.lastSuccessAt)) +
    "  next " +
    (feed.nextCheckAt === null ? "-               " : formatUtc(feed.nextCheckAt)) +
    (feed.lastError === null ? "" : `  ${displayLine(feed.lastError)}`)
  return fitTo(line, width)
}

export interface FeedListProps {
  readonly feeds: ReadonlyArray<FeedRow>
  readonly top: number
  readonly selected: number
  readonly width: number
  readonly height: number
  readonly color: boolean
}

/** The feeds and their health; a failing feed stands out. */
export const FeedList = ({ feeds, top, selected, width, height, color }: FeedListProps) => {
  if (feeds.length === 0) {
    return (
      <Box flexDirection="column" height={height} overflowY="hidden">
        <Text dimColor wrap="truncate-end">
          {truncate("  No feeds yet. Add one with: crosscheck feeds add <URL>", width)}
        </Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {feeds.slice(top, top + height).map((feed, i) => (
        <Line
          key={feed.id}
          inverse={top + i === selected}
          dimColor={!feed.enabled}
          {...(color && feed.enabled && feed.consecutiveFailures > 0 ? { color: "red" } : {})}
        >
          {formatFeedLine(feed, width, top + i === selected)}
        </Line>
      ))}
    </Box>
  )
}
