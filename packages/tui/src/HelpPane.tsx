import { Box, Text } from "ink"
import { fitTo, truncate } from "./text.js"

const HELP: ReadonlyArray<readonly [string, string]> = [
  ["a  c  f  tab", "articles, conflicts, feeds; tab cycles (shift-tab back)"],
  ["j k ↑ ↓  PgUp PgDn  g G", "move; top, bottom"],
  ["enter  esc", "open; back (esc also clears a filter)"],
  ["/", "articles: search words · conflicts: filter by place, metric or source"],
  ["p  u", "articles: only those with claims at a place; only unread"],
  ["m  o", "mark read or unread; open the link in the browser"],
  ["] [", "in an article: next / previous claim, highlighted in the text"],
  ["n  p", "in an article: the next / previous article of the list"],
  ["x", "conflicts: mark reviewed (stored)"],
  ["r  R", "refresh every feed now; in feeds: refresh the selected one"],
  ["?  q", "this help; quit (back, on an article or a conflict)"],
  ["•  +N  ◆N", "articles: unread; copies folded under it; independent reports in its story"],
  ["N▪", "conflicts: independent sources in the disagreement"]
]

export const HELP_TITLE = "keys"

/** Every key, on one screen; any key closes it. */
export const HelpPane = ({ width, height }: { readonly width: number; readonly height: number }) => {
  const keys = Math.min(26, Math.max(12, Math.round(width * 0.32)))
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {HELP.slice(0, height).map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {truncate(`  ${fitTo(k, keys)} ${what}`, width)}
        </Text>
      ))}
    </Box>
  )
}
