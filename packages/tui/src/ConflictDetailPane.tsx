import { Box, Text } from "ink"
import { CURSOR_MARK } from "./ArticleList.js"
import { claimWhat, formatFigure } from "./claimText.js"
import { KIND_LABEL, scopeText } from "./ConflictList.js"
import type { ConflictDetail, ConflictFigure } from "./Monitor.js"
import { displayLine, fitTo, formatUtc, truncate, wrapText } from "./text.js"

/** Where figures sit on the shared axis: linear from zero, or logarithmic when the figures
 * are so far apart that the small one would vanish against the large. */
export interface Axis {
  readonly low: number
  readonly high: number
  readonly log: boolean
}

const niceCeil = (v: number): number => {
  if (v <= 10) return Math.max(1, Math.ceil(v))
  const step = 10 ** Math.floor(Math.log10(v))
  return Math.ceil(v / (step / 2)) * (step / 2)
}
const niceFloor = (v: number): number => (v <= 1 ? 1 : 10 ** Math.floor(Math.log10(v)))

const numbers = (f: ConflictFigure): Array<number> => [f.claim.min, f.claim.max].filter((v): v is number => v !== null)

export const axisFor = (figures: ReadonlyArray<ConflictFigure>): Axis | null => {
  const values = figures.flatMap(numbers)
  if (values.length === 0) return null
  const lo = Math.min(...values)
  const hi = Math.max(...values)
  if (lo > 0 && hi / lo > 50) return { low: niceFloor(lo), high: niceCeil(hi * 1.1), log: true }
  return { low: 0, high: niceCeil(Math.max(hi * 1.15, 1)), log: false }
}

/** The column (0..width-1) of a value on the axis. */
export const columnOf = (axis: Axis, value: number, width: number): number => {
  const f = (v: number) => (axis.log ? Math.log10(Math.max(v, axis.low)) : v)
  const at = (f(value) - f(axis.low)) / (f(axis.high) - f(axis.low) || 1)
  return Math.max(0, Math.min(width - 1, Math.round(at * (width - 1))))
}

/** One figure as a bar on the axis: a point for an exact figure, a span for a range, an arrow
 * for an open end ("at least" runs off to the right, "up to" comes in from the left), a dashed
 * span for a vague word. */
export const intervalBar = (axis: Axis, claim: ConflictFigure["claim"], width: number): string => {
  const row = Array.from({ length: width }, () => " ")
  const { min, max, qualifier } = claim
  if (min === null && max === null) return row.join("")
  const vague = qualifier === "vague"
  const line = vague ? "┄" : "━"
  if (min !== null && max !== null && min === max) {
    row[columnOf(axis, min, width)] = "●"
  } else if (min !== null && max !== null) {
    const a = columnOf(axis, min, width)
    const b = columnOf(axis, max, width)
    for (let i = a; i <= b; i++) row[i] = line
    row[a] = "├"
    row[b] = "┤"
    if (qualifier === "about") row[columnOf(axis, (min + max) / 2, width)] = "●"
  } else if (min !== null) {
    const a = columnOf(axis, min, width)
    for (let i = a; i < width; i++) row[i] = line
    row[a] = "●"
    row[width - 1] = "▶"
  } else if (max !== null) {
    const b = columnOf(axis, max, width)
    for (let i = 0; i <= b; i++) row[i] = line
    row[0] = "◀"
    row[b] = "●"
  }
  return row.join("")
}

/** The axis under the bars, with its two ends labelled. */
export const axisLine = (axis: Axis, width: number): string => {
  const low = axis.low.toLocaleString("en-US")
  const high = axis.high.toLocaleString("en-US")
  const rule = "└" + "─".repeat(Math.max(0, width - 2)) + "┘"
  const labels = low + " ".repeat(Math.max(1, width - low.length - high.length)) + high
  return `${rule}\n${labels}${axis.log ? " (log)" : ""}`
}

export interface ConflictDetailPaneProps {
  readonly detail: ConflictDetail | null
  /** the selected figure */
  readonly figure: number
  readonly width: number
  readonly height: number
}

const VALUE_WIDTH = 10
/** The source column: wide enough for a name and its outlet, narrow enough for the bars. */
const labelWidth = (width: number): number => Math.max(16, Math.min(40, Math.round(width * 0.3)))

/** One conflict: the summary, each source's figure drawn on one shared axis with who gave it and
 * where it was read, then the selected figure's evidence sentence. A denial has no figures: its
 * assertions and denials are listed instead. */
export const ConflictDetailPane = ({ detail, figure, width, height }: ConflictDetailPaneProps) => {
  if (detail === null) {
    return (
      <Box height={height}>
        <Text dimColor>{truncate("This conflict is no longer open.", width)}</Text>
      </Box>
    )
  }
  const lines: Array<{ readonly text: string; readonly style: "head" | "row" | "selected" | "axis" | "quote" | "meta" }> = []
  lines.push({ text: truncate(`${KIND_LABEL[detail.kind]} · ${scopeText(detail)}${detail.reviewed ? " · reviewed" : ""}`, width), style: "head" })
  for (const l of wrapText(displayLine(detail.summary), width).slice(0, 2)) lines.push({ text: l, style: "meta" })
  lines.push({ text: "", style: "meta" })
  const axis = detail.kind === "denial" ? null : axisFor(detail.figures)
  const LABEL_WIDTH = labelWidth(width)
  const barWidth = Math.max(10, width - LABEL_WIDTH - VALUE_WIDTH - 4)
  detail.figures.forEach((f, i) => {
    const mark = i === figure ? `${CURSOR_MARK} ` : "  "
    // The source, and the outlet it was read in when that is someone else.
    const label = fitTo(f.origin === f.outlet ? displayLine(f.origin) : `${displayLine(f.origin)} (${displayLine(f.outlet)})`, LABEL_WIDTH)
    const text =
      axis === null
        ? `${mark}${label} ${displayLine(claimWhat(f.claim))}`
        : `${mark}${label} ${intervalBar(axis, f.claim, barWidth)} ${formatFigure(f.claim.min, f.claim.max, f.claim.qualifier).padStart(VALUE_WIDTH - 1)}`
    lines.push({ text: fitTo(text, width), style: i === figure ? "selected" : "row" })
  })
  if (axis !== null) {
    for (const l of axisLine(axis, barWidth).split("\n")) lines.push({ text: `${" ".repeat(2 + LABEL_WIDTH + 1)}${l}`, style: "axis" })
  }
  const selected = detail.figures[figure]
  if (selected !== undefined) {
    lines.push({ text: "", style: "meta" })
    lines.push({
      text: truncate(
        `${selected.origin === selected.outlet ? displayLine(selected.origin) : `${displayLine(selected.origin)} in ${displayLine(selected.outlet)}`}, ${formatUtc(selected.time)} UTC · enter opens the article`,
        width
      ),
      style: "meta"
    })
    for (const l of wrapText(`“${displayLine(selected.claim.quote)}”`, width)) lines.push({ text: l, style: "quote" })
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {lines.slice(0, height).map((line, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: a line is identified by its position
          key={i}
          wrap="truncate-end"
          bold={line.style === "head"}
          inverse={line.style === "selected"}
          dimColor={line.style === "axis" || line.style === "meta"}
        >
          {line.text || " "}
        </Text>
      ))}
    </Box>
  )
}
