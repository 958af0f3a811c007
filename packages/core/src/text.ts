import { decodeHTML } from "entities"

// Terminal control sequences, removed whole so no "[31m" debris is left behind:
// CSI (ESC [ ... final byte, or the 8-bit CSI 0x9b), OSC/DCS/PM/APC/SOS strings (terminated by
// BEL or ST, or running to the end of the text when unterminated), then any lone ESC + byte.
const CONTROL_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g
// Remaining C0 (except tab and newline), DEL and C1 characters.
const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const CONTROL_CHAR_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/g
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** Removes every terminal control sequence and control character. Feed text is hostile: this
 * runs before anything reaches the screen. With `singleLine`, newlines and tabs become spaces. */
export const stripControls = (s: string, singleLine = false): string => {
  // Fast path: most text has no controls at all, and this runs for every visible row.
  if (!/[\u0000-\u001f\u007f-\u009f]/.test(s)) return s
  const withoutSequences = s.replace(CONTROL_SEQUENCE, "").replace(/\r\n?/g, "\n")
  return singleLine
    ? withoutSequences.replace(CONTROL_CHAR_OR_NEWLINE, " ")
    : withoutSequences.replace(CONTROL_CHAR, "")
}

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u0060": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'
}
const QUOTE_CHARS = /[\u2018\u2019\u201a\u201b\u2032\u0060\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g

const NON_ASCII = /[^\u0000-\u007f]/
const TAB_LIKE = /[\t\f\v]/
// A newline with the spaces around it, or a run of two or more spaces.
const SPACE_RUNS = / *\n *| {2,}/g

/** Normalises text for storage and matching: control characters out, NFKC (which also turns
 * NBSP and other compatibility spaces into plain spaces), straight quotes, invisible characters
 * out, runs of spaces folded, paragraphs kept (at most one blank line between them). */
export const normaliseText = (raw: string): string => {
  let s = stripControls(raw)
  // Most English wire text is pure ASCII, which NFKC, quote and invisible-character folding
  // leave unchanged: skipping them halves the cost of an import.
  if (NON_ASCII.test(s)) {
    s = s.normalize("NFKC").replace(INVISIBLE, "").replace(QUOTE_CHARS, (q) => QUOTES[q] ?? q).replace(/[\u2028\u2029]/g, "\n")
    s = s.replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
  } else if (TAB_LIKE.test(s)) s = s.replace(/[\t\f\v]/g, " ")
  // One pass folds space runs and trims spaces around line breaks; a second caps blank lines.
  s = s.replace(SPACE_RUNS, (run) => (run.includes("\n") ? "\n" : " "))
  if (s.includes("\n\n\n")) s = s.replace(/\n{3,}/g, "\n\n")
  return s.trim()
}


/** A title: normalised and on one line. */
export const normaliseTitle = (raw: string): string => normaliseText(raw).replace(/\s*\n\s*/g, " ")

const DROPPED_ELEMENTS = /<(script|style|noscript|template|head|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[|\]\]>/g
const LINE_BREAK = /<br\b[^>]*>/gi
const BLOCK_BOUNDARY =
  /<\/?(?:p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|blockquote|pre|hr|figure|figcaption|address|form)\b[^>]*>/gi
const ANY_TAG = /<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*\?>/g

/** HTML to plain text: drops scripts, styles and comments, turns block elements into paragraph
 * breaks, removes the remaining tags and decodes entities once (so "&amp;lt;" stays "&lt;").
 * The result still goes through normaliseText. */
export const htmlToText = (html: string): string =>
  decodeHTML(
    html
      .replace(COMMENT, " ")
      .replace(DROPPED_ELEMENTS, " ")
      .replace(LINE_BREAK, "\n")
      .replace(BLOCK_BOUNDARY, "\n\n")
      .replace(ANY_TAG, "")
  )

const MAIN_CANDIDATES = [/<article\b[^>]*>([\s\S]*)<\/article\s*>/i, /<main\b[^>]*>([\s\S]*)<\/main\s*>/i, /<body\b[^>]*>([\s\S]*)(?:<\/body\s*>|$)/i]
const PAGE_CHROME = /<(nav|header|footer|aside|form|menu)\b[^>]*>[\s\S]*?<\/\1\s*>/gi

/** The main text of a whole HTML page: the <article>, else <main>, else <body>, without
 * navigation, headers, footers and asides; and its title (<title>, else the first <h1>). */
export const htmlPageToText = (html: string): { readonly title: string; readonly text: string } => {
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html) ?? /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html)
  const title = titleMatch?.[1] !== undefined ? normaliseTitle(htmlToText(titleMatch[1])) : ""
  const withoutDropped = html.replace(COMMENT, " ").replace(DROPPED_ELEMENTS, " ")
  let main = withoutDropped
  for (const candidate of MAIN_CANDIDATES) {
    const m = candidate.exec(withoutDropped)
    if (m?.[1] !== undefined) {
      main = m[1]
      break
    }
  }
  return { title, text: normaliseText(htmlToText(main.replace(PAGE_CHROME, " "))) }
}

/** Words as a reader counts them: runs of letters or digits. */
export const countWords = (s: string): number => {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0
    if (wordChar && !inWord) n++
    inWord = wordChar
  }
  return n
}
