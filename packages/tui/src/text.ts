import { stripControls } from "@crosscheck/core"

// Bidi overrides/isolates and zero-width characters: not terminal controls, so stripControls keeps
// them, but on screen they can reorder or hide text (a spoofed outlet name), and they throw off
// width measurement.
const INVISIBLE_FORMATTING = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/

/** Feed text made safe for one screen line: control sequences and invisible formatting out,
 * newlines, tabs and runs of spaces folded into single spaces. */
export const displayLine = (raw: string): string => stripControls(raw, true).replace(INVISIBLE_FORMATTING, "").replace(/\s+/g, " ").trim()

/** A run of feed text inside a line (one of several styled runs): made safe like displayLine,
 * but its spaces kept, since they join it to the runs beside it. */
export const displaySpan = (raw: string): string => stripControls(raw, true).replace(INVISIBLE_FORMATTING, "")

/** Feed text made safe for a multi-line pane: like displayLine but paragraphs are kept. Tabs
 * become spaces because their width depends on the column they land in. */
export const displayBlock = (raw: string): string =>
  stripControls(raw)
    .replace(INVISIBLE_FORMATTING, "")
    .replace(/\t/g, "    ")
    .replace(/[ \u00a0]+$/gm, "")
    .replace(/^\n+|\n+$/g, "")

// Grapheme clusters, closely enough for terminal layout: a flag (two regional indicators) or one
// base character, with the marks, variation selectors, skin tones, tag characters and
// zero-width-joined characters that render with it. Scanned by hand rather than with
// Intl.Segmenter: ICU's segmenter costs about a microsecond per grapheme and slows down
// quadratically on one long run without a break (a 300,000-character "word" froze the TUI),
// while this is one linear pass over char codes. Layout only needs to never cut inside what
// renders as one glyph; the rare scripts where the two differ (Hangul written as separate
// jamo) wrap a column early or late, no worse.
const EXTENDING = /^(?:\p{M}|[\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])$/u
const BMP_EXTENDING = new Int8Array(0x10000).fill(-1)

const isSurrogatePair = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return false
  const d = s.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff
}

/** Whether the code point at `i` attaches to the cluster before it; how many units it takes. */
const extendingLength = (s: string, i: number): number => {
  const c = s.charCodeAt(i)
  if (c < 0x300) return 0
  if (isSurrogatePair(s, i)) return EXTENDING.test(s.slice(i, i + 2)) ? 2 : 0
  let known = BMP_EXTENDING[c]!
  if (known < 0) {
    known = EXTENDING.test(String.fromCharCode(c)) ? 1 : 0
    BMP_EXTENDING[c] = known
  }
  return known
}

const isRegionalIndicator = (s: string, i: number): boolean => {
  const cp = s.codePointAt(i) ?? 0
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

/** Where the grapheme starting at `i` ends. */
const graphemeEnd = (s: string, i: number): number => {
  const n = s.length
  if (s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10) return i + 2
  let j = i + (isSurrogatePair(s, i) ? 2 : 1)
  if (isRegionalIndicator(s, i) && j < n && isRegionalIndicator(s, j)) return j + 2
  while (j < n) {
    if (s.charCodeAt(j) === 0x200d) {
      // A joiner takes the character after it along (emoji sequences).
      j++
      if (j < n && extendingLength(s, j) === 0) j += isSurrogatePair(s, j) ? 2 : 1
      continue
    }
    const extra = extendingLength(s, j)
    if (extra === 0) break
    j += extra
  }
  return j
}

/** Calls `each` with every grapheme of `s`, in order: whole graphemes, so a cut never splits a
 * surrogate pair, an emoji sequence or a letter from its accent. `each` may return false to stop. */
const forEachGrapheme = (s: string, each: (g: string) => boolean | undefined): void => {
  for (let i = 0; i < s.length; ) {
    const end = graphemeEnd(s, i)
    if (each(end === i + 1 ? s[i]! : s.slice(i, end)) === false) return
    i = end
  }
}

// East Asian Wide and Fullwidth blocks (the common ones; not the full Unicode table).
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd]
]
const ZERO_WIDTH_START = /^[\p{Mn}\p{Me}\p{Cf}]/u
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f/u

const clusterWidth = (g: string): number => {
  const cp = g.codePointAt(0) ?? 0
  if (cp < 0x7f) return cp < 0x20 ? 0 : 1
  if (ZERO_WIDTH_START.test(g)) return 0
  if (EMOJI.test(g)) return 2
  for (const [from, to] of WIDE_RANGES) {
    if (cp < from) break
    if (cp <= to) return 2
  }
  return 1
}

// Widths of single BMP characters, worked out once each: most text repeats a few dozen.
const BMP_WIDTHS = new Int8Array(0x10000).fill(-1)
// What can make a cluster wider (or narrower) than its first character: emoji presentation, a
// zero-width joiner, a flag.
const WIDTH_CHANGING = /[\ufe0f\u200d]|\p{Regional_Indicator}/u

/** Columns a single BMP character takes, without making a string of it. */
const bmpWidth = (c: number): number => {
  if (c < 0x7f) return c < 0x20 ? 0 : 1
  let w = BMP_WIDTHS[c]!
  if (w < 0) {
    w = clusterWidth(String.fromCharCode(c))
    BMP_WIDTHS[c] = w
  }
  return w
}

/** Terminal columns one grapheme takes. An approximation of wcwidth: good enough for layout,
 * and each row also goes through Ink's own truncation as a backstop. */
export const graphemeWidth = (g: string): number => {
  const first = g.charCodeAt(0)
  if (first < 0x7f) return first < 0x20 ? 0 : 1
  if (first >= 0xd800 && first <= 0xdfff) return clusterWidth(g)
  if (g.length > 1 && WIDTH_CHANGING.test(g)) return clusterWidth(g)
  return bmpWidth(first)
}

/** The width of the grapheme at [i, end) of `s`: no string is made for a single character. */
const widthAt = (s: string, i: number, end: number): number => (end === i + 1 ? bmpWidth(s.charCodeAt(i)) : graphemeWidth(s.slice(i, end)))

export const textWidth = (s: string): number => {
  if (PRINTABLE_ASCII.test(s)) return s.length
  let width = 0
  for (let i = 0; i < s.length; ) {
    const end = graphemeEnd(s, i)
    width += widthAt(s, i, end)
    i = end
  }
  return width
}

/** At most `width` columns; a cut is marked with an ellipsis. */
export const truncate = (s: string, width: number): string => {
  if (width <= 0) return ""
  if (PRINTABLE_ASCII.test(s)) return s.length <= width ? s : `${s.slice(0, width - 1)}…`
  if (textWidth(s) <= width) return s
  let out = ""
  let used = 0
  forEachGrapheme(s, (g) => {
    const w = graphemeWidth(g)
    if (used + w > width - 1) return false
    out += g
    used += w
    return true
  })
  return `${out}…`
}

/** Exactly `width` columns: truncated, then padded with spaces, so columns line up. */
export const fitTo = (s: string, width: number): string => {
  const cut = truncate(s, width)
  return cut + " ".repeat(Math.max(0, width - textWidth(cut)))
}

/** Word-wraps text to `width` columns. Paragraph breaks survive; a word longer than the line
 * (a URL, say) is broken wherever it has to be. */
export const wrapText = (text: string, width: number): string[] => {
  const max = Math.max(1, width)
  const lines: string[] = []
  for (const paragraph of text.split("\n")) {
    let line = ""
    let used = 0
    for (const word of paragraph.split(" ")) {
      if (word === "") continue
      const w = textWidth(word)
      if (used > 0 && used + 1 + w <= max) {
        line += ` ${word}`
        used += 1 + w
        continue
      }
      if (used > 0) lines.push(line)
      if (w <= max) {
        line = word
        used = w
        continue
      }
      line = ""
      used = 0
      if (PRINTABLE_ASCII.test(word)) {
        // One column a character: cut by length.
        let at = 0
        for (; word.length - at > max; at += max) lines.push(word.slice(at, at + max))
        line = word.slice(at)
        used = line.length
        continue
      }
      // Cut between graphemes, each line sliced once.
      let from = 0
      for (let k = 0; k < word.length; ) {
        const end = graphemeEnd(word, k)
        const gw = widthAt(word, k, end)
        if (used > 0 && used + gw > max) {
          lines.push(word.slice(from, k))
          from = k
          used = 0
        }
        used += gw
        k = end
      }
      line = word.slice(from)
    }
    lines.push(line)
  }
  return lines
}

/** Where wrapText would break `text`, as [start, end) offsets into it, so styles given by
 * offset (a claim's span) can be laid onto the wrapped lines. Words are separated by single
 * spaces (stored text is normalised so); a run of spaces is a break opportunity all the same. */
export const wrapRanges = (text: string, width: number): Array<readonly [number, number]> => {
  const max = Math.max(1, width)
  const out: Array<readonly [number, number]> = []
  let paragraph = 0
  for (;;) {
    const newline = text.indexOf("\n", paragraph)
    const end = newline < 0 ? text.length : newline
    let lineStart = -1
    let lineEnd = -1
    let used = 0
    let i = paragraph
    while (i < end) {
      while (i < end && text.charCodeAt(i) === 32) i++
      if (i >= end) break
      let j = text.indexOf(" ", i)
      if (j < 0 || j > end) j = end
      const w = textWidth(text.slice(i, j))
      if (lineStart >= 0 && used + 1 + w <= max) {
        lineEnd = j
        used += 1 + w
      } else {
        if (lineStart >= 0) out.push([lineStart, lineEnd])
        if (w <= max) {
          lineStart = i
          lineEnd = j
          used = w
        } else {
          // A word longer than the line, cut between graphemes.
          let from = i
          let taken = 0
          for (let k = i; k < j; ) {
            const next = graphemeEnd(text, k)
            const gw = widthAt(text, k, next)
            if (taken > 0 && taken + gw > max) {
              out.push([from, k])
              from = k
              taken = 0
            }
            taken += gw
            k = next
          }
          lineStart = from
          lineEnd = j
          used = taken
        }
      }
      i = j
    }
    out.push(lineStart < 0 ? [paragraph, paragraph] : [lineStart, lineEnd])
    if (newline < 0) return out
    paragraph = newline + 1
  }
}

const UNKNOWN_TIME = "????-??-?? ??:??"

/** Absolute UTC minutes, e.g. `2016-11-17 09:00`. Absolute rather than relative ("3h ago")
 * because analysts compare times across outlets, notes and colleagues on other shifts, and a
 * relative time goes stale while it sits on screen. Always 16 columns, so the column lines up. */
export const formatUtc = (ms: number | null): string => {
  if (ms === null || !Number.isFinite(ms)) return UNKNOWN_TIME
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  if (Number.isNaN(year) || year < 0 || year > 9999) return UNKNOWN_TIME
  return date.toISOString().slice(0, 16).replace("T", " ")
}

/** 12,345: an integer grouped by thousands, as en-US writes it. By hand, not toLocaleString:
 * its first call loads ICU's number formatting, 14 ms on the way to the first frame (whose
 * header holds a count). Anything but a safe integer is left to toLocaleString. */
export const formatCount = (n: number): string => {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US")
  const digits = String(Math.abs(n))
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`
  return n < 0 ? `-${out}` : out
}
