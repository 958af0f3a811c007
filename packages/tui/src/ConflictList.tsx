import { Box, Text } from "ink"
import { memo } from "react"
import { CURSOR_MARK } from "./ArticleList.js"
import type { ConflictKind, ConflictRow } from "./Monitor.js"
import { displayLine, fitTo, truncate } from "./text.js"
import { Line } from "./Line.js"

/** Short names for the kinds, one column wide enough for all. */
export const KIND_LABEL: Readonly<Record<ConflictKind, string>> = {
  denial: "denial",
  contradiction: "contradicts",
  part_exceeds_whole: "part > whole",
  divergent: "divergent",
  revision: "revision"
}
const KIND_WIDTH = 12
const SOURCES_WIDTH = 3

/** What a conflict is about: "killed · Idlib · 2016-05-03". */
export const scopeText = (row: Pick<ConflictRow, "scope">): string => {
  const when = row.scope.when === null ? null : row.scope.when.from === row.scope.when.to ? row.scope.when.from : `${row.scope.when.from}..${row.scope.when.to}`
  return [row.scope.metric.replace(/_/g, " "), row.scope.who, row.scope.where, when].filter((p) => p !== null && p !== "").join(" · ")
}

/** One conflict as one screen line of exactly `width` columns: cursor, reviewed mark, kind,
 * independent sources, and the one-line summary (scope, who says what: the gap). */
export const formatConflictLine = (row: ConflictRow, width: number, selected: boolean): string => {
  const mark = selected ? `${CURSOR_MARK} ` : "  "
  const reviewed = row.reviewed ? "✓" : " "
  const head = `${mark}${reviewed} ${fitTo(KIND_LABEL[row.kind], KIND_WIDTH)} ${String(row.sources.length).padStart(SOURCES_WIDTH - 1)}▪ `
  return fitTo(head + displayLine(row.summary), width)
}

export interface ConflictListProps {
  readonly rows: ReadonlyArray<ConflictRow>
  readonly selected: number
  readonly width: number
  readonly height: number
  readonly color: boolean
}

const KIND_COLOR: Readonly<Record<ConflictKind, string>> = {
  denial: "magenta",
  contradiction: "red",
  part_exceeds_whole: "red",
  divergent: "yellow",
  revision: "cyan"
}

/** One row, drawn again only when its conflict, the width, the colours or the cursor on it
 * change. */
const ConflictLine = memo(
  ({ row, width, selected, color }: { readonly row: ConflictRow; readonly width: number; readonly selected: boolean; readonly color: boolean }) => (
    <Line inverse={selected} dimColor={row.reviewed} {...(color && !row.reviewed ? { color: KIND_COLOR[row.kind] } : {})}>
      {formatConflictLine(row, width, selected)}
    </Line>
  )
)

/** The visible slice of the conflict list, most severe first. Reviewed conflicts are dimmed. */
export const ConflictList = ({ rows, selected, width, height, color }: ConflictListProps) => {
  if (rows.length === 0) {
    return (
      <Box flexDirection="column" height={height} overflowY="hidden">
        <Text dimColor wrap="truncate-end">
          {truncate("  No conflicts: no two independent sources disagree about anything stored.", width)}
        </Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {rows.slice(0, height).map((row, i) => (
        <ConflictLine key={row.id} row={row} width={width} selected={i === selected} color={color} />
      ))}
    </Box>
  )
}
