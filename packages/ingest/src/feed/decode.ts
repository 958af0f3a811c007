/** Turns the bytes of a feed into text. rss-parser (xml2js/sax) only takes a string and does no
 * charset detection, so this is where the encoding is decided, in the order feedparser and
 * browsers use: byte order mark, then the HTTP charset, then the XML declaration, then UTF-8. */

import { detect as detectCharset } from "chardet"
import { TextDecoder } from "node:util"

type Sniffed = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be"

/** A byte order mark, or the layout of "<" in UTF-16/32 without one (XML 1.0 appendix F), which
 * no ASCII-compatible charset label can be right about. */
const sniff = (b: Uint8Array): { readonly encoding: Sniffed; readonly skip: number } | null => {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", skip: 3 }
  // UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: "utf-32le", skip: 4 }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: "utf-32be", skip: 4 }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", skip: 2 }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", skip: 2 }
  if (b.length < 4) return null
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return { encoding: "utf-32be", skip: 0 }
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: "utf-32le", skip: 0 }
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return { encoding: "utf-16be", skip: 0 }
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return { encoding: "utf-16le", skip: 0 }
  return null
}

// Valid decoders by label. Only valid labels are cached (a finite set), so hostile headers
// cannot grow it.
const decoders = new Map<string, TextDecoder>()

const decoderFor = (label: string): TextDecoder | null => {
  const key = label.trim().toLowerCase()
  const cached = decoders.get(key)
  if (cached !== undefined) return cached
  try {
    const decoder = new TextDecoder(key)
    decoders.set(key, decoder)
    return decoder
  } catch {
    return null // unknown or bogus label
  }
}

// WHATWG maps these to windows-1252; they say "ASCII", which UTF-8 decodes the same.
const ASCII_LABELS = new Set(["us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-6", "iso646-us", "us", "cp367", "csascii", "ibm367"])

/** The decoder a declared charset asks for, or null when the declaration tells us nothing:
 * unknown labels; ASCII (a subset of UTF-8, and a label that is wrong whenever it matters);
 * UTF-16 without a mark or a UTF-16 layout (the bytes are single-byte, so the label lies, as
 * the HTML standard also assumes for meta charset). */
const declared = (label: string | undefined): TextDecoder | null => {
  if (label === undefined || label === "" || ASCII_LABELS.has(label.trim().toLowerCase())) return null
  const decoder = decoderFor(label)
  if (decoder === null || decoder.encoding === "utf-16le" || decoder.encoding === "utf-16be") return null
  return decoder
}

// charset=value, value optionally in double or single quotes (both occur in the wild).
const CHARSET_PARAM = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i

/** The charset of a Content-Type, for the types whose charset we honour: XML ones and text/*
 * (feedparser's choice; text/html with a charset is a common misconfiguration for feeds, and
 * browsers honour it too). Other types (application/octet-stream...) leave it to the document. */
export const charsetOf = (contentType: string | null | undefined): string | undefined => {
  if (contentType === null || contentType === undefined) return undefined
  const semicolon = contentType.indexOf(";")
  if (semicolon < 0) return undefined
  const type = contentType.slice(0, semicolon).trim().toLowerCase()
  const honoured = type.startsWith("text/") || type.endsWith("/xml") || type.endsWith("+xml") || type.startsWith("application/xml-")
  if (!honoured) return undefined
  const m = CHARSET_PARAM.exec(contentType)
  if (m === null) return undefined
  return (m[1] ?? m[2] ?? m[3] ?? "").trim() || undefined
}

// Only the start of the document is read as Latin-1 to find the declaration.
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/

/** The encoding pseudo-attribute of the XML declaration, from the raw bytes. */
export const xmlDeclaredEncoding = (bytes: Uint8Array): string | undefined => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString("latin1")
  const m = XML_DECLARATION.exec(head)
  if (m === null) return undefined
  return (m[1] ?? m[2] ?? "").trim() || undefined
}

const decodeUtf32 = (bytes: Uint8Array, littleEndian: boolean): string => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const units = bytes.byteLength >>> 2
  const parts: string[] = []
  const chunk: number[] = []
  for (let i = 0; i < units; i++) {
    const cp = view.getUint32(i * 4, littleEndian)
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp)
    // fromCodePoint takes its arguments on the stack: flush in bounded chunks.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk))
      chunk.length = 0
    }
  }
  if (chunk.length > 0) parts.push(String.fromCodePoint(...chunk))
  if (bytes.byteLength % 4 !== 0) parts.push("\ufffd")
  return parts.join("")
}

// The printable windows-1252 characters at 0x80-0x9f. Feeds often carry them as the C1
// control code points (UTF-8 encoded U+0092 for an apostrophe, or &#146;), which the pipeline
// would strip as control characters; feedparser's "demoronize" maps them back.
const CP1252_C1: Record<string, string> = {
  "\u0080": "\u20ac",
  "\u0082": "\u201a",
  "\u0083": "\u0192",
  "\u0084": "\u201e",
  "\u0085": "\u2026",
  "\u0086": "\u2020",
  "\u0087": "\u2021",
  "\u0088": "\u02c6",
  "\u0089": "\u2030",
  "\u008a": "\u0160",
  "\u008b": "\u2039",
  "\u008c": "\u0152",
  "\u008e": "\u017d",
  "\u0091": "\u2018",
  "\u0092": "\u2019",
  "\u0093": "\u201c",
  "\u0094": "\u201d",
  "\u0095": "\u2022",
  "\u0096": "\u2013",
  "\u0097": "\u2014",
  "\u0098": "\u02dc",
  "\u0099": "\u2122",
  "\u009a": "\u0161",
  "\u009b": "\u203a",
  "\u009c": "\u0153",
  "\u009e": "\u017e",
  "\u009f": "\u0178"
}
const C1 = /[\u0080-\u009f]/
const C1_GLOBAL = /[\u0080-\u009f]/g

/** Replaces C1 control characters with the windows-1252 characters they almost always stand for
 * (0x81, 0x8d, 0x8f, 0x90 and 0x9d have none and stay). */
export const demoronize = (s: string): string => (C1.test(s) ? s.replace(C1_GLOBAL, (c) => CP1252_C1[c] ?? c) : s)

const utf8 = new TextDecoder("utf-8")
const utf8Strict = new TextDecoder("utf-8", { fatal: true })
const utf16le = new TextDecoder("utf-16le")
const utf16be = new TextDecoder("utf-16be")
const windows1252 = new TextDecoder("windows-1252")
const VALID_NON_ASCII = /[^\u0000-\u007f\ufffd]/g
const REPLACEMENT = /\ufffd/g

/** Where a decoding came from, best first. */
export type EncodingSource = "bom" | "header" | "declaration" | "utf-8" | "detected" | "fallback"

export interface DecodedText {
  readonly text: string
  /** WHATWG encoding name ("utf-8", "windows-1251"...), or utf-32le/be */
  readonly encoding: string
  readonly from: EncodingSource
  /** how many characters could not be decoded and became U+FFFD */
  readonly replaced: number
}

/** A charset someone declared for the bytes: the HTTP header, an XML declaration, an HTML meta. */
export interface DeclaredCharset {
  readonly from: "header" | "declaration"
  readonly label: string | undefined
}

const decodeSniffed = (bytes: Uint8Array, sniffed: { readonly encoding: Sniffed; readonly skip: number }): string => {
  const body = bytes.subarray(sniffed.skip)
  switch (sniffed.encoding) {
    case "utf-8":
      return utf8.decode(body)
    case "utf-16le":
      return utf16le.decode(body)
    case "utf-16be":
      return utf16be.decode(body)
    case "utf-32le":
      return decodeUtf32(body, true)
    case "utf-32be":
      return decodeUtf32(body, false)
  }
}

const strictDecoders = new Map<string, TextDecoder>()
/** Decodes all of `bytes` with `encoding`, or null when some bytes are not valid in it. */
const decodeCleanly = (bytes: Uint8Array, encoding: string): string | null => {
  let decoder = encoding === "utf-8" ? utf8Strict : strictDecoders.get(encoding)
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding, { fatal: true })
    strictDecoders.set(encoding, decoder)
  }
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}

const countOf = (s: string, re: RegExp): number => {
  re.lastIndex = 0
  let n = 0
  while (re.exec(s) !== null) n++
  return n
}

// chardet reads statistics; 64 KB is plenty and bounds its cost on a 50 MB file.
const DETECTION_SAMPLE = 64 * 1024

/** What the bytes most likely are, by their statistics (chardet), as a decoder; null when
 * chardet has no idea or names something TextDecoder does not know. */
const detected = (bytes: Uint8Array): TextDecoder | null => {
  const label = detectCharset(bytes.subarray(0, DETECTION_SAMPLE))
  return label === null ? null : decoderFor(label)
}

/** Decodes a document's bytes, in the order feedparser and browsers use: byte order mark (or an
 * unmistakable UTF-16/32 layout), then what was declared (the HTTP charset, then the document's
 * own declaration), then UTF-8, then what the bytes look like (chardet), then windows-1252.
 * A declaration is only taken when the bytes decode cleanly in it: a server that says utf-8 for
 * a windows-1251 file is wrong, and the document's declaration or the bytes themselves decide.
 * UTF-8 with a few broken bytes stays UTF-8 (with U+FFFD where they were) rather than being
 * reread in a legacy charset that would garble every other character. Never throws. */
export const decodeDocument = (bytes: Uint8Array, declarations: ReadonlyArray<DeclaredCharset>): DecodedText => {
  const finish = (text: string, encoding: string, from: EncodingSource): DecodedText => {
    const clean = demoronize(text)
    return { text: clean, encoding, from, replaced: clean.includes("\ufffd") ? countOf(clean, REPLACEMENT) : 0 }
  }
  const sniffed = sniff(bytes)
  if (sniffed !== null) return finish(decodeSniffed(bytes, sniffed), sniffed.encoding, "bom")
  for (const { from, label } of declarations) {
    const decoder = declared(label)
    if (decoder === null) continue
    const text = decodeCleanly(bytes, decoder.encoding)
    if (text !== null) return finish(text, decoder.encoding, from)
  }
  const strict = decodeCleanly(bytes, "utf-8")
  if (strict !== null) return finish(strict, "utf-8", "utf-8")
  const lenient = utf8.decode(bytes)
  // Mostly valid multi-byte sequences and a few broken ones: UTF-8 damaged in transit.
  if (countOf(lenient, VALID_NON_ASCII) >= countOf(lenient, REPLACEMENT)) return finish(lenient, "utf-8", "utf-8")
  const guess = detected(bytes)
  if (guess !== null && guess.encoding !== "utf-8") return finish(guess.decode(bytes), guess.encoding, "detected")
  return finish(windows1252.decode(bytes), "windows-1252", "fallback")
}

/** The encoding decodeFeedBytes chooses, as a WHATWG encoding name ("utf-8", "windows-1252",
 * "big5", "gbk"...) or "utf-32le"/"utf-32be". */
export const detectFeedEncoding = (bytes: Uint8Array, contentType?: string | null): string => decodeFeed(bytes, contentType).encoding

/** A feed's bytes decoded: BOM, the Content-Type charset, the XML declaration, UTF-8, detection.
 * The XML declaration stays in the text: sax ignores its encoding for string input, so a
 * declared "euc-kr" on decoded text is harmless. */
export const decodeFeed = (bytes: Uint8Array, contentType?: string | null): DecodedText =>
  decodeDocument(bytes, [
    { from: "header", label: charsetOf(contentType) },
    { from: "declaration", label: xmlDeclaredEncoding(bytes) }
  ])

/** decodeFeed's text alone. */
export const decodeFeedBytes = (bytes: Uint8Array, contentType?: string | null): string => decodeFeed(bytes, contentType).text

// <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">, in the
// first 1024 bytes as the HTML standard's prescan reads them.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i

/** An HTML page's declared charset (meta), from its raw bytes. */
export const htmlDeclaredEncoding = (bytes: Uint8Array): string | undefined =>
  META_CHARSET.exec(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1"))?.[1]

/** A one-line warning when decoding had to guess or lost characters, or null. */
export const decodingWarning = (d: DecodedText): string | null => {
  if (d.replaced > 0) {
    return `${d.replaced} ${d.replaced === 1 ? "character" : "characters"} could not be decoded (read as ${d.encoding}) and ${d.replaced === 1 ? "was" : "were"} replaced with \ufffd`
  }
  return null
}
