import { Box, Text } from "ink"
import type { ArticleDetail } from "./ArticleBrowser.js"
import { displayBlock, displayLine, formatCount, formatUtc, truncate, wrapText } from "./text.js"

/** Body text is wrapped to at most this many columns even on a wide terminal: long lines are
 * slow to read, and reading is what this pane is for. */
export const READING_WIDTH = 100

const MAX_TITLE_LINES = 3
const MAX_URL_LINES = 2

export interface DetailLine {
  readonly text: string
  readonly style: "title" | "meta" | "rule" | "notice"
}

/** An article laid out for a given width: a fixed head (title, outlet, times, url) and a body
 * that scrolls under it. Computed once per article and width, not per key. */
export interface DetailLayout {
  readonly head: ReadonlyArray<DetailLine>
  readonly body: ReadonlyArray<string>
}

/** Caps wrapped lines, marking the cut on the last one kept. */
const capLines = (lines: ReadonlyArray<string>, max: number, width: number): string[] =>
  lines.length <= max ? [...lines] : [...lines.slice(0, max - 1), truncate(`${lines[max - 1] ?? ""}…`, width)]

export const layoutArticleDetail = (detail: ArticleDetail | null, width: number): DetailLayout => {
  const w = Math.max(1, width)
  if (detail === null) {
    return { head: [{ text: truncate("This article is no longer in the store.", w), style: "notice" }], body: [] }
  }
  const title = capLines(wrapText(displayLine(detail.title) || "(untitled)", w), MAX_TITLE_LINES, w)
  const outlet = [
    displayLine(detail.source) || "(unknown outlet)",
    `${formatCount(detail.words)} words`,
    ...(detail.duplicateOf === null ? [] : [`duplicate of ${displayLine(detail.duplicateOf)}`])
  ].join(" · ")
  const times = `published ${detail.published === null ? "unknown" : `${formatUtc(detail.published)} UTC`} · fetched ${formatUtc(detail.fetchedAt)} UTC`
  const url = capLines(wrapText(displayLine(detail.url), w), MAX_URL_LINES, w)
  const head: DetailLine[] = [
    ...title.map((text) => ({ text, style: "title" as const })),
    ...[...wrapText(outlet, w), ...wrapText(times, w), ...url].map((text) => ({ text, style: "meta" as const })),
    { text: "─".repeat(w), style: "rule" }
  ]
  const text = displayBlock(detail.body)
  const body = text === "" ? ["(no text was extracted for this article)"] : wrapText(text, Math.min(w, READING_WIDTH))
  return { head, body }
}

/** How many body lines fit under the head. */
export const bodyHeight = (layout: DetailLayout, height: number): number => Math.max(1, height - layout.head.length)

export interface ArticleDetailPaneProps {
  readonly layout: DetailLayout
  /** index of the first body line shown */
  readonly scroll: number
  readonly width: number
  readonly height: number
}

/** One article, full width: the list is hidden while reading, which on an 80-column terminal
 * is the difference between a readable paragraph and a ribbon of words. */
export const ArticleDetailPane = ({ layout, scroll, width, height }: ArticleDetailPaneProps) => {
  const visible = layout.body.slice(scroll, scroll + bodyHeight(layout, height))
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {layout.head.slice(0, height).map((line, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: a head line is identified by its position
          key={`h${i}`}
          wrap="truncate-end"
          bold={line.style === "title"}
          dimColor={line.style === "rule" || line.style === "notice"}
        >
          {truncate(line.text, width)}
        </Text>
      ))}
      {visible.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a body line is identified by its line number
        <Text key={`b${scroll + i}`} wrap="truncate-end">
          {truncate(line, width) || " "}
        </Text>
      ))}
    </Box>
  )
}
