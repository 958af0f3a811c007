import { Box, Text } from "ink"
import { claimContext, claimWhat } from "./claimText.js"
import type { ArticleDetail } from "./Monitor.js"
import { displayLine, displaySpan, fitTo, formatCount, formatUtc, truncate, wrapRanges, wrapText } from "./text.js"

/** Body text is wrapped to at most this many columns even on a wide terminal: long lines are
 * slow to read, and reading is what this pane is for. */
export const READING_WIDTH = 100
/** From this width the claims stand beside the text; narrower, a few of them above it. */
export const SIDE_BY_SIDE_WIDTH = 110
const SIDE_WIDTH = 40
const CLAIMS_ABOVE = 4

const MAX_TITLE_LINES = 3
const MAX_URL_LINES = 2

export interface DetailLine {
  readonly text: string
  readonly style: "title" | "meta" | "rule" | "notice" | "claim" | "selected"
}

/** A run of body text, and the claim whose evidence it is (an index into the claims), if any. */
export interface Segment {
  readonly text: string
  readonly claim: number | null
}

/** An article laid out for a given width: a fixed head (title, outlet, times, url, claims when
 * narrow) and a body that scrolls under it, with the claims' evidence marked in it; on a wide
 * terminal the claims are listed beside the body. Computed once per article, width and selected
 * claim, not per key. */
export interface DetailLayout {
  readonly head: ReadonlyArray<DetailLine>
  readonly body: ReadonlyArray<ReadonlyArray<Segment>>
  /** the claims column beside the body, or null when it does not fit */
  readonly side: ReadonlyArray<DetailLine> | null
  readonly bodyWidth: number
  /** for each claim, the first body line of its evidence (-1 when it is in the title) */
  readonly claimLines: ReadonlyArray<number>
  readonly claimIds: ReadonlyArray<string>
  readonly url: string | null
  readonly read: boolean
  readonly selected: number
}

/** Caps wrapped lines, marking the cut on the last one kept. */
const capLines = (lines: ReadonlyArray<string>, max: number, width: number): string[] =>
  lines.length <= max ? [...lines] : [...lines.slice(0, max - 1), truncate(`${lines[max - 1] ?? ""}…`, width)]

/** The body's lines, each cut into runs by the claims' spans. */
const layoutBody = (
  body: string,
  offset: number,
  claims: ReadonlyArray<{ readonly span: readonly [number, number] }>,
  width: number
): { readonly lines: Array<Array<Segment>>; readonly claimLines: Array<number> } => {
  // Spans are offsets into title + "\n" + body; the body starts at `offset`.
  const spans = claims.map((c, i) => ({ start: c.span[0] - offset, end: c.span[1] - offset, claim: i })).filter((s) => s.end > 0)
  const claimLines = claims.map(() => -1)
  const lines = wrapRanges(body, width).map(([start, end], lineNo) => {
    const segments: Array<Segment> = []
    let at = start
    for (const span of spans) {
      if (span.end <= start || span.start >= end) continue
      if (claimLines[span.claim] === -1) claimLines[span.claim] = lineNo
      const from = Math.max(at, span.start)
      const to = Math.min(end, span.end)
      if (to <= from) continue
      if (from > at) segments.push({ text: body.slice(at, from), claim: null })
      segments.push({ text: body.slice(from, to), claim: span.claim })
      at = to
    }
    if (at < end || segments.length === 0) segments.push({ text: body.slice(at, end), claim: null })
    return segments
  })
  return { lines, claimLines }
}

const claimLine = (detail: ArticleDetail, i: number, width: number, selected: number, withContext: boolean): DetailLine => {
  const c = detail.claims[i]!
  const mark = i === selected ? "▸" : " "
  const text = `${mark}${i + 1} ${displayLine(claimWhat(c))}${withContext ? ` · ${displayLine(claimContext(c))}` : ""}`
  return { text: truncate(text, width), style: i === selected ? "selected" : "claim" }
}

// Wrapping a long body is the one costly step of opening an article; the last few results are
// kept, so marking it read or selecting a claim does not wrap a megabyte again.
const bodyCache = new Map<string, { readonly lines: Array<Array<Segment>>; readonly claimLines: Array<number> }>()
const BODY_CACHE_SIZE = 8

const cachedBody = (detail: ArticleDetail, width: number) => {
  const key = `${detail.id}\u0000${width}\u0000${detail.title.length}\u0000${detail.body.length}\u0000${detail.claims.map((c) => c.span.join("-")).join(",")}`
  const hit = bodyCache.get(key)
  if (hit !== undefined && hit.lines.length > 0) return hit
  const laid = layoutBody(detail.body, detail.title.length + 1, detail.claims, width)
  if (bodyCache.size >= BODY_CACHE_SIZE) bodyCache.delete(bodyCache.keys().next().value!)
  bodyCache.set(key, laid)
  return laid
}

export const layoutArticleDetail = (detail: ArticleDetail | null, width: number, selected = -1): DetailLayout => {
  const w = Math.max(1, width)
  if (detail === null) {
    return {
      head: [{ text: truncate("This article is no longer in the store.", w), style: "notice" }],
      body: [],
      side: null,
      bodyWidth: w,
      claimLines: [],
      claimIds: [],
      url: null,
      read: true,
      selected: -1
    }
  }
  const title = capLines(wrapText(displayLine(detail.title) || "(untitled)", w), MAX_TITLE_LINES, w)
  const outlet = [
    displayLine(detail.outlet) || "(unknown outlet)",
    `${formatCount(detail.words)} words`,
    ...(detail.duplicateOf === null
      ? detail.copies > 0
        ? [`${detail.copies} ${detail.copies === 1 ? "copy" : "copies"}`]
        : []
      : [`copy of ${displayLine(detail.related[0]?.outlet ?? detail.duplicateOf)}`]),
    ...(detail.storyReports > 1 ? [`story of ${detail.storyReports} reports`] : []),
    detail.read ? "read" : "unread"
  ].join(" · ")
  const times = `published ${detail.published === null ? "unknown" : `${formatUtc(detail.published)} UTC`} · fetched ${formatUtc(detail.fetchedAt)} UTC`
  const url = capLines(wrapText(displayLine(detail.url), w), MAX_URL_LINES, w)
  const claims = detail.claims
  const sideBySide = w >= SIDE_BY_SIDE_WIDTH && claims.length > 0
  const bodyWidth = sideBySide ? Math.min(READING_WIDTH, w - SIDE_WIDTH - 2) : Math.min(w, READING_WIDTH)

  const head: DetailLine[] = [
    ...title.map((text) => ({ text, style: "title" as const })),
    ...[...wrapText(outlet, w), ...wrapText(times, w), ...url].map((text) => ({ text, style: "meta" as const }))
  ]
  if (!sideBySide && claims.length > 0) {
    // A few claims above the text, around the selected one; ] and [ move through them.
    const first = Math.max(0, Math.min(selected - 1, claims.length - CLAIMS_ABOVE))
    head.push({ text: `claims ${first + 1}-${Math.min(claims.length, first + CLAIMS_ABOVE)} of ${claims.length} · ] next, [ previous`, style: "meta" })
    for (let i = first; i < Math.min(claims.length, first + CLAIMS_ABOVE); i++) head.push(claimLine(detail, i, w, selected, true))
  }
  head.push({ text: "─".repeat(w), style: "rule" })

  const bodyText = detail.body
  const { lines, claimLines } =
    bodyText.trim() === ""
      ? { lines: [[{ text: "(no text was extracted for this article)", claim: null }]], claimLines: claims.map(() => -1) }
      : cachedBody(detail, bodyWidth)
  const side = sideBySide
    ? [
        { text: fitTo(`claims (${claims.length}) · ] [ move`, SIDE_WIDTH), style: "meta" as const },
        ...claims.flatMap((c, i) => [
          claimLine(detail, i, SIDE_WIDTH, selected, false),
          { text: truncate(`   ${displayLine(claimContext(c))}`, SIDE_WIDTH), style: "meta" as const }
        ])
      ]
    : null
  return {
    head,
    body: lines,
    side,
    bodyWidth,
    claimLines,
    claimIds: claims.map((c) => c.id),
    url: detail.url,
    read: detail.read,
    selected
  }
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

/** A body line: the claims' evidence underlined, the selected claim's in inverse video, so the
 * figure and who said it stand out of the paragraph. Feed text is made safe here, at the last
 * moment before it reaches the screen. */
const BodyLine = ({ segments, selected }: { readonly segments: ReadonlyArray<Segment>; readonly selected: number }) => (
  <Text wrap="truncate-end">
    {segments.map((segment, i) => (
      <Text
        // biome-ignore lint/suspicious/noArrayIndexKey: a run is identified by its position in the line
        key={i}
        underline={segment.claim !== null}
        inverse={segment.claim !== null && segment.claim === selected}
      >
        {displaySpan(segment.text) || (segments.length === 1 ? " " : "")}
      </Text>
    ))}
  </Text>
)

/** The claims column's lines that fit, scrolled so the selected claim (two lines each, under
 * one heading line) is among them. */
const sideWindow = (side: ReadonlyArray<DetailLine>, selected: number, rows: number): ReadonlyArray<DetailLine> => {
  const last = selected < 0 ? 0 : 2 + selected * 2 + 1
  const first = last < rows ? 0 : last - rows + 1
  return side.slice(first, first + rows)
}

/** One article, full width: the list is hidden while reading, which on an 80-column terminal
 * is the difference between a readable paragraph and a ribbon of words. */
export const ArticleDetailPane = ({ layout, scroll, width, height }: ArticleDetailPaneProps) => {
  const rows = bodyHeight(layout, height)
  const visible = layout.body.slice(scroll, scroll + rows)
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {layout.head.slice(0, height).map((line, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: a head line is identified by its position
          key={`h${i}`}
          wrap="truncate-end"
          bold={line.style === "title"}
          inverse={line.style === "selected"}
          dimColor={line.style === "rule" || line.style === "notice" || line.style === "meta"}
        >
          {truncate(line.text, width)}
        </Text>
      ))}
      <Box flexDirection="row" height={rows} overflowY="hidden">
        <Box flexDirection="column" width={layout.bodyWidth} overflowY="hidden">
          {visible.map((segments, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a body line is identified by its line number
            <BodyLine key={`b${scroll + i}`} segments={segments} selected={layout.selected} />
          ))}
        </Box>
        {layout.side === null ? null : (
          <Box flexDirection="column" marginLeft={2} width={width - layout.bodyWidth - 2} overflowY="hidden">
            {sideWindow(layout.side, layout.selected, rows).map((line, i) => (
              <Text
                // biome-ignore lint/suspicious/noArrayIndexKey: a side line is identified by its position
                key={`s${i}`}
                wrap="truncate-end"
                inverse={line.style === "selected"}
                dimColor={line.style === "meta"}
              >
                {line.text}
              </Text>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  )
}
