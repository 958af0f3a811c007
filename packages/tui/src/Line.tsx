import { Box, Text, type TextProps } from "ink"

const isPlainAscii = (c: number): boolean => c >= 0x20 && c <= 0x7e

/** `line` cut into runs that are printable ASCII and runs that are not, in order; joined they
 * are `line`. A run that is not ASCII takes the ASCII character on each side of it along: a
 * combining mark, a variation selector or a keycap attaches to the character before it, and a
 * prepended mark to the one after, so no run starts or ends inside what renders as one glyph. */
export const asciiRuns = (line: string): ReadonlyArray<string> => {
  const runs: Array<string> = []
  const n = line.length
  let start = 0
  let i = 0
  while (i < n) {
    if (isPlainAscii(line.charCodeAt(i))) {
      i++
      continue
    }
    // A run that is not ASCII, from the character before i to the one after its last.
    const from = Math.max(start, i - 1)
    let end = i
    while (end < n && (!isPlainAscii(line.charCodeAt(end)) || (end + 1 < n && !isPlainAscii(line.charCodeAt(end + 1))))) end++
    end = Math.min(n, end + 1)
    if (from > start) runs.push(line.slice(start, from))
    runs.push(line.slice(from, end))
    start = end
    i = end
  }
  if (start < n) runs.push(line.slice(start))
  return runs
}

export interface LineProps extends Pick<TextProps, "bold" | "dimColor" | "inverse" | "color"> {
  /** one screen line, already fitted to its width */
  readonly children: string
}

/** One screen line of text, handed to Ink in runs of printable ASCII and the rest. Ink measures
 * every text on every frame with string-width, which returns an ASCII string's length at once
 * but otherwise takes the whole string through a grapheme segmenter: a 120-column list row
 * with a cursor or unread mark in it cost about as much again as drawing it. Split, only the
 * few marks go through the segmenter. Looks the same as one <Text>. */
export const Line = ({ children, ...style }: LineProps) => {
  const runs = asciiRuns(children)
  if (runs.length <= 1) {
    return (
      <Text wrap="truncate-end" {...style}>
        {children}
      </Text>
    )
  }
  return (
    <Box height={1} flexShrink={0}>
      {runs.map((run, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their place
        <Text key={i} wrap="truncate-end" {...style}>
          {run}
        </Text>
      ))}
    </Box>
  )
}
