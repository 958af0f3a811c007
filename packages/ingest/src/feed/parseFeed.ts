import { createHash } from "node:crypto"
import { type FeedId, htmlToText, type IncomingArticle, type IncomingItem, itemError, itemWarning } from "@crosscheck/core"
import { Data, Effect } from "effect"
import Parser from "rss-parser"
import { demoronize } from "./decode.js"
import { parseFeedDate } from "./feedDate.js"

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g

/** The text was not a feed we can read: not XML, another XML vocabulary, broken XML, or too big. */
export class NotAFeed extends Data.TaggedError("NotAFeed")<{ readonly origin: string; readonly reason: string }> {
  override get message(): string {
    return `not a feed: ${this.origin} (${this.reason})`.replace(LINE_BREAKS, " ")
  }
}

export interface ParseFeedOptions {
  /** where the text came from (feed URL or file path), for messages and item origins */
  readonly origin: string
  readonly feedId: FeedId | null
  /** the outlet's name; defaults to the feed's title */
  readonly sourceName?: string
  /** refuse longer text, in characters; default 20 MiB */
  readonly maxLength?: number
  /** what a GUID that is not a URL is scoped to when the feed names neither its site (channel
   * link) nor its own address (atom:link rel=self): the URL a polled feed was added with, or
   * the URL an import was given. Default: `origin`. */
  readonly scope?: string
}

export interface ParsedFeed {
  readonly title: string
  readonly link: string | null
  readonly items: ReadonlyArray<IncomingItem>
  /** the channel's <ttl>: minutes the feed may be cached, or null */
  readonly ttlMinutes: number | null
}

/** The largest feed text read, in characters: the same 50 MB as any whole-file input. xml2js
 * holds the whole tree, about 5 bytes of memory per character of feed. */
export const DEFAULT_MAX_FEED_LENGTH = 50 * 1024 * 1024

/** Elements nested deeper than this inside one item are not news, and rss-parser rebuilds
 * nested markup recursively: at a few thousand levels it overflows the stack and the whole
 * feed would be lost. Real feeds' XHTML content stays below 50. */
export const MAX_ITEM_DEPTH = 256

interface ItemFields {
  "content:encoded"?: unknown
  "xhtml:body"?: unknown
  body?: unknown
  fullitem?: unknown
  "dc:description"?: unknown
  "itunes:summary"?: unknown
  "media:title"?: unknown
  "dc:date"?: unknown
  date?: unknown
  published?: unknown
  updated?: unknown
  id?: unknown
  "rdf:about"?: unknown
}

// Atom <published>/<updated> normalised to ISO 8601 while xml2js builds the tree: rss-parser
// calls new Date(x).toISOString() on them, which throws on an unreadable date and would lose the
// whole feed. An unreadable one becomes "", which rss-parser skips.
const normaliseAtomDate = (value: string, name: string): string =>
  name === "published" || name === "updated" ? (parseFeedDate(value)?.toISOString() ?? "") : value

// A document whose own vocabulary is under a prefix (<a:feed xmlns:a="...Atom">, <rss:item> in
// RDF, <r:rss>) is read with that prefix taken off its element names: rss-parser only knows
// the unprefixed names. Set for the one document being parsed (parsing is synchronous).
let strippedPrefixes: ReadonlySet<string> | null = null
const stripPrefix = (name: string): string => {
  if (strippedPrefixes === null) return name
  const colon = name.indexOf(":")
  return colon > 0 && strippedPrefixes.has(name.slice(0, colon)) ? name.slice(colon + 1) : name
}

// One instance for the process: construction builds the xml2js parser, and parsing is
// synchronous, so calls never interleave. defaultRSS 2 reads <rss> without a version
// (uolNoticias) as RSS 2.0.
const parser = new Parser<Record<string, unknown>, ItemFields>({
  defaultRSS: 2,
  xml2js: { valueProcessors: [normaliseAtomDate], tagNameProcessors: [stripPrefix] },
  // The bodies rss-parser does not read itself: XHTML bodies (xhtml:body, body, fullitem),
  // Dublin Core and iTunes descriptions; and Media RSS titles.
  customFields: { item: ["published", "updated", "dc:date", "xhtml:body", "body", "fullitem", "dc:description", "itunes:summary", "media:title"] }
})

// xml2js keeps parser state between documents: after an error (or text after the root
// element) it leaves its error flag set on the next sax parser, which then silently accepts
// broken XML. Resetting before each document isolates them. (rss-parser's xmlParser is not in
// its typings, hence the check.)
const xmlParser = (parser as unknown as { xmlParser?: { reset?: unknown } }).xmlParser
const freshXmlParser = (): void => {
  if (typeof xmlParser?.reset === "function") xmlParser.reset()
}

const ROOTS = new Set(["rss", "feed", "RDF"])
const NAME = /[A-Za-z_][\w.:-]*/y
const EXPECTED = "no <rss>, <feed> or <rdf:RDF> root element"

/** Finds the root element after the prolog (XML declaration, processing instructions,
 * comments, doctype) without parsing: a cheap refusal for HTML pages, JSON and garbage. */
export const sniffRoot = (xml: string): { readonly root: string } | { readonly problem: string } => {
  let i = 0
  const n = xml.length
  for (;;) {
    while (i < n && (xml.charCodeAt(i) <= 0x20 || xml.charCodeAt(i) === 0xfeff)) i++
    if (i >= n) return { problem: "empty document" }
    if (xml.charCodeAt(i) !== 0x3c /* < */) {
      const c = xml[i]
      return { problem: `${EXPECTED} (${c === "{" || c === "[" ? "looks like JSON" : "does not start with <"})` }
    }
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i + 2)
      if (end < 0) return { problem: "unterminated processing instruction" }
      i = end + 2
    } else if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4)
      if (end < 0) return { problem: "unterminated comment" }
      i = end + 3
    } else if (xml.startsWith("<!", i)) {
      // <!DOCTYPE ...> with an optional [internal subset], whose declarations may contain ">"
      // in quotes.
      let depth = 0
      let quote = 0
      let j = i + 2
      for (; j < n; j++) {
        const c = xml.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 0x22 || c === 0x27) quote = c
        else if (c === 0x5b /* [ */) depth++
        else if (c === 0x5d /* ] */) depth--
        else if (c === 0x3e /* > */ && depth <= 0) break
      }
      if (j >= n) return { problem: "unterminated doctype" }
      i = j + 1
    } else {
      NAME.lastIndex = i + 1
      const name = NAME.exec(xml)?.[0]
      if (name === undefined) return { problem: `${EXPECTED} (does not start with an element)` }
      // A prefix is only usual on RDF; on <rss> and <feed> it names their namespace (see
      // stripPrefix).
      return ROOTS.has(localName(name)) ? { root: name } : { problem: `${EXPECTED} (found <${name}>)` }
    }
  }
}

interface ItemSpan {
  readonly start: number
  readonly end: number
  readonly depth: number
}

/** A text construct's content as crosscheck reads it, to be put in place of what the document
 * has between its tags. */
interface Rewrite {
  readonly start: number
  readonly end: number
  readonly text: string
}

interface FeedScan {
  /** every item (or entry) element, in document order, with the deepest nesting inside it */
  readonly items: ReadonlyArray<ItemSpan>
  /** the deepest nesting anywhere outside the items */
  readonly outside: number
  /** text constructs whose content rss-parser would lose or misread, in document order */
  readonly rewrites: ReadonlyArray<Rewrite>
  /** for a document that ends before its root element is closed: where to cut it (after its last
   * complete markup, or, when it ends inside an item, before that item) and the end tags that
   * close what is open there; `inItem` when the last item is cut short */
  readonly truncated: { readonly at: number; readonly close: string; readonly inItem: boolean } | null
  /** where the root element's content starts and ends (its end tag, or the end of the text) */
  readonly root: { readonly start: number; readonly end: number }
}

const ITEM_NAMES = new Set(["item", "entry"])
const localName = (name: string): string => name.slice(name.indexOf(":") + 1)

/** The elements whose text crosscheck reads (by local name: content:encoded, xhtml:body,
 * dc:description and itunes:summary included). */
const TEXT_CONSTRUCTS = new Set(["title", "summary", "content", "description", "encoded", "body", "fullitem"])

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
const escapeHtml = escapeXml
const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g
const XML_ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#[xX]([\da-fA-F]+));/g
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }

/** The character data of XML content without child elements: CDATA unwrapped, the five
 * entities and character references decoded (others, which only a DTD defines, left as written). */
const xmlText = (raw: string): string =>
  raw
    .split(CDATA_SECTION)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(XML_ENTITY, (m, name?: string, dec?: string, hex?: string) => {
            if (name !== undefined) return XML_ENTITIES[name] ?? m
            const cp = Number.parseInt(dec ?? hex ?? "", dec === undefined ? 16 : 10)
            return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m
          })
    )
    .join("")

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined)

const BASE64 = /^[A-Za-z\d+/=\s]*$/
const utf8Strict = new TextDecoder("utf-8", { fatal: true })

/** What a text construct holds, when rss-parser (xml2js) would not give it right: markup inside
 * it (Atom type="xhtml", Atom 0.3 mode="xml", HTML pasted unescaped into RSS) as the HTML it is,
 * where xml2js keeps the text and child elements apart and loses their order; base64 content
 * (Atom 0.3 mode="base64", Atom 1.0 content of another media type) decoded; and plain text
 * (Atom type="text") escaped, so that the pipeline's HTML-to-text step gives it back as
 * written ("the <blink> tag" is text there, not a tag). Null: leave it as it is. */
const textConstruct = (tag: string, inner: string, hasMarkup: boolean): string | null => {
  const type = attribute(tag, "type")?.trim().toLowerCase()
  const plainText = type === "text" || type === "text/plain"
  const mediaType = type?.includes("/") && !type.startsWith("text/") && !type.endsWith("xml")
  if (attribute(tag, "mode")?.trim().toLowerCase() === "base64" || (mediaType && !hasMarkup)) {
    const encoded = xmlText(inner)
    if (!BASE64.test(encoded)) return null
    let decoded: string
    try {
      decoded = utf8Strict.decode(Buffer.from(encoded.replace(/\s+/g, ""), "base64"))
    } catch {
      return null // binary media: nothing to read
    }
    return escapeXml(plainText ? escapeHtml(decoded) : decoded)
  }
  if (hasMarkup) return escapeXml(inner.replace(CDATA_SECTION, (_, text: string) => escapeHtml(text)))
  if (plainText && /[<&]/.test(inner)) return escapeXml(escapeHtml(xmlText(inner)))
  return null
}

/** One linear pass over the markup (comments, CDATA, processing instructions and doctype
 * skipped; quoted attribute values may hold ">"), without building anything: each item and how
 * deeply elements nest inside it, the text constructs to rewrite, and whether the document was
 * cut short. */
export const scanFeed = (xml: string): FeedScan => {
  const items: Array<ItemSpan> = []
  const rewrites: Array<Rewrite> = []
  const open: Array<string> = []
  let depth = 0
  let outside = 0
  let item: { start: number; depth: number; deepest: number } | null = null
  let text: { tag: string; start: number; depth: number; markup: boolean } | null = null
  // where the last complete piece of markup ends
  let complete = 0
  let rootStart = -1
  let rootEnd = -1
  const n = xml.length
  let i = xml.indexOf("<")
  while (i !== -1 && i < n) {
    let next: number
    if (xml.startsWith("<!--", i)) next = xml.indexOf("-->", i + 4) + 3
    else if (xml.startsWith("<![CDATA[", i)) next = xml.indexOf("]]>", i + 9) + 3
    else if (xml.startsWith("<?", i)) next = xml.indexOf("?>", i + 2) + 2
    else if (xml.startsWith("<!", i)) {
      let bracket = 0
      let j = i + 2
      for (; j < n; j++) {
        const c = xml.charCodeAt(j)
        if (c === 0x5b) bracket++
        else if (c === 0x5d) bracket--
        else if (c === 0x3e && bracket <= 0) break
      }
      next = j < n ? j + 1 : -1
    } else {
      const closing = xml.charCodeAt(i + 1) === 0x2f
      NAME.lastIndex = i + (closing ? 2 : 1)
      const name = NAME.exec(xml)?.[0]
      // the end of the tag: the first ">" outside quotes
      let quote = 0
      let j = i + 1
      for (; j < n; j++) {
        const c = xml.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 0x22 || c === 0x27) quote = c
        else if (c === 0x3e) break
      }
      next = j < n ? j + 1 : -1
      if (name !== undefined && next > i) {
        if (closing) {
          depth--
          open.pop()
          if (depth === 0) rootEnd = i
          if (item !== null && depth === item.depth && ITEM_NAMES.has(localName(name))) {
            items.push({ start: item.start, end: next, depth: item.deepest - item.depth })
            item = null
          }
          if (text !== null && depth === text.depth) {
            const rewritten = textConstruct(text.tag, xml.slice(text.start, i), text.markup)
            if (rewritten !== null) rewrites.push({ start: text.start, end: i, text: rewritten })
            text = null
          }
        } else {
          if (text !== null) text.markup = true
          if (rootStart < 0) rootStart = next
          if (xml.charCodeAt(j - 1) !== 0x2f) {
            if (item === null && ITEM_NAMES.has(localName(name))) item = { start: i, depth, deepest: depth }
            if (text === null && TEXT_CONSTRUCTS.has(localName(name))) {
              text = { tag: xml.slice(i, next), start: next, depth, markup: false }
            }
            depth++
            open.push(name)
            if (item !== null) item.deepest = Math.max(item.deepest, depth)
            else outside = Math.max(outside, depth)
          }
        }
      }
    }
    if (next <= i) break // unterminated: the parser will say what is wrong
    complete = next
    i = xml.indexOf("<", next)
  }
  if (i === -1) complete = n
  if (item !== null) items.push({ start: item.start, end: n, depth: item.deepest - item.depth })
  // Cut short after its last item (a feed's closing tags lost, as in some of feedparser's
  // fixtures): it can be closed without guessing at any item. Cut short inside an item (a
  // download or a writer that stopped): the items before it are whole, and the document is cut
  // before that item, where only its ancestors are open; its half is never read (a figure cut
  // mid-number would be a wrong figure).
  const closing = (names: ReadonlyArray<string>): string => {
    let close = ""
    for (let k = names.length - 1; k >= 0; k--) close += `</${names[k]}>`
    return close
  }
  const truncated =
    item !== null
      ? { at: item.start, close: closing(open.slice(0, item.depth)), inItem: true }
      : open.length > 0 && open.length <= MAX_ITEM_DEPTH
        ? { at: text === null ? complete : text.start, close: closing(open), inItem: false }
        : null
  return { items, outside, rewrites, truncated, root: { start: Math.max(rootStart, 0), end: rootEnd < 0 ? n : rootEnd } }
}

const MIB = 1024 * 1024
// Text length in characters, shown in MB (as the limit is thought of) when that large.
const size = (n: number): string => (n % MIB === 0 ? `${n / MIB} MB` : n >= MIB ? `${(n / MIB).toFixed(1)} MB` : `${n} characters`)

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const SAX_POSITION = /\nLine: (\d+)\nColumn: (\d+)/

/** One line from whatever rss-parser, xml2js or sax threw. */
const reasonOf = (error: unknown, xml: string, root: string): string => {
  const message = error instanceof Error ? error.message : String(error)
  const first = (message.split("\n", 1)[0] ?? "").trim().replace(/\.$/, "")
  let reason: string
  if (first === "Unable to parse XML") reason = "incomplete XML: the root element is never closed"
  else if (error instanceof TypeError || error instanceof RangeError) {
    // rss-parser dereferences what it expects without checking; the commonest miss:
    reason = root !== "feed" && !xml.includes("<channel") ? `<${root}> without a <channel> element` : `unexpected structure in <${root}>: ${first}`
  } else {
    // sax counts lines from 0
    const at = SAX_POSITION.exec(message)
    reason = at === null ? first : `XML error at line ${Number(at[1]) + 1}, column ${at[2]}: ${first}`
  }
  // Messages can quote the document (xmlbuilder does): keep them one short, printable line.
  reason = reason.replace(CONTROLS, " ")
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason
}

// A bare "&" (in a URL, or "AT&T") is the commonest well-formedness error in real feeds, and
// sax in strict mode rejects the whole document for it. On such an error the document is read
// once more with every "&" that does not start a character reference or one of XML's five
// entities escaped; CDATA sections and comments are left alone. Entity references that survive
// as text ("&nbsp;", "&lol9;") are decoded later by the pipeline's HTML-to-text step, or not at
// all, so custom DTD entities are never expanded (no "billion laughs").
const REPAIRABLE = /entity/i
// An unterminated section runs to the end (the "$"), so no start is scanned twice: linear time.
// A character reference to no XML character ("&#0;", "&#x110000;") is fatal to the XML reader as
// an undefined entity is: one in a title would lose the whole feed.
const BARE_AMPERSAND = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&#(?:(\d+)|[xX]([\da-fA-F]+));|&(?!(?:amp|lt|gt|quot|apos);)/g
const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
/** Bare ampersands escaped; references to no character dropped (a control character, which the
 * pipeline strips anyway) or read as U+FFFD, the mark of a character that could not be read. */
const escapeAmpersands = (xml: string): string =>
  xml.replace(BARE_AMPERSAND, (m, decimal: string | undefined, hex: string | undefined) => {
    if (m === "&") return "&amp;"
    if (decimal === undefined && hex === undefined) return m
    const c = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal)
    return isXmlChar(c) ? m : c < 0x20 ? "" : "&#xFFFD;"
  })

type Output = Parser.Output<ItemFields> & Record<string, unknown>

const ATOM_NAMESPACE = /\bxmlns:([A-Za-z_][\w.-]*)\s*=\s*["'](?:http:\/\/www\.w3\.org\/2005\/Atom|http:\/\/purl\.org\/atom\/ns#)["']/g
const RSS1_NAMESPACE = /\bxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/g

/** The prefixes of the document's own vocabulary, or null when it uses none: the root's own
 * prefix on <x:rss> and <x:feed>; in an Atom feed, every prefix bound to Atom (an entry may bind
 * its own); in RDF, the prefix bound to RSS 1.0. In an RSS 2.0 channel atom:link stays. */
const vocabularyPrefixes = (xml: string, root: string): ReadonlySet<string> | null => {
  const local = localName(root)
  const prefixes = new Set<string>()
  if (local !== "RDF" && local !== root) prefixes.add(root.slice(0, root.indexOf(":")))
  const bound = local === "feed" ? ATOM_NAMESPACE : local === "RDF" ? RSS1_NAMESPACE : null
  if (bound !== null && xml.includes(local === "feed" ? "xmlns:" : "purl.org/rss/1.0")) {
    for (const m of xml.matchAll(bound)) prefixes.add(m[1]!)
  }
  return prefixes.size === 0 ? null : prefixes
}

const parseXml = (xml: string, prefixes: ReadonlySet<string> | null): Promise<Output> => {
  freshXmlParser()
  strippedPrefixes = prefixes
  try {
    return parser.parseString(xml)
  } finally {
    strippedPrefixes = null
  }
}

/** The document with edits applied, up to `end`: too-deep items cut out, text constructs
 * rewritten. Edits are in document order and do not overlap but for rewrites inside a cut item,
 * which are dropped with it. */
const applyEdits = (xml: string, edits: ReadonlyArray<Rewrite>, end: number): string => {
  if (edits.length === 0) return end === xml.length ? xml : xml.slice(0, end)
  const parts: Array<string> = []
  let from = 0
  for (const edit of edits) {
    if (edit.start < from || edit.end > end) continue
    parts.push(xml.slice(from, edit.start), edit.text)
    from = edit.end
  }
  parts.push(xml.slice(from, end))
  return parts.join("")
}

const CHANNEL = /<(?:[A-Za-z_][\w.-]*:)?channel[\s>/]/

/** Parses the document as edited; on a well-formedness error that a feed reader would forgive (a
 * bare ampersand, closing tags lost after the last item), once more repaired. An <rss> whose
 * items stand without a <channel> (feedparser reads them) is read with one put around them. */
const parseOrRepair = async (
  xml: string,
  scan: FeedScan,
  edits: ReadonlyArray<Rewrite>,
  root: string
): Promise<{ readonly feed: Output; readonly lostLastItem: boolean }> => {
  const prefixes = vocabularyPrefixes(xml, root)
  if (localName(root) === "rss" && scan.truncated === null && !CHANNEL.test(xml)) {
    const channel = [
      { start: scan.root.start, end: scan.root.start, text: "<channel>" },
      { start: scan.root.end, end: scan.root.end, text: "</channel>" }
    ]
    edits = [...edits, ...channel].sort((a, b) => a.start - b.start)
  }
  try {
    return { feed: await parseXml(applyEdits(xml, edits, xml.length), prefixes), lostLastItem: false }
  } catch (error) {
    const repairable = REPAIRABLE.test(error instanceof Error ? error.message : "")
    if (!repairable && scan.truncated === null) throw error
    const closed = scan.truncated === null ? applyEdits(xml, edits, xml.length) : applyEdits(xml, edits, scan.truncated.at) + scan.truncated.close
    try {
      return { feed: await parseXml(escapeAmpersands(closed), prefixes), lostLastItem: scan.truncated?.inItem === true }
    } catch (second) {
      // the repair's error when the first was the ampersand it repairs, else the first
      throw repairable ? second : error
    }
  }
}

/** The text of a field: xml2js gives a string, or an object with the text under "_" when the
 * element has attributes, or an object without text for an element with children. */
const str = (v: unknown): string | undefined => {
  if (typeof v === "string") return v
  if (typeof v === "object" && v !== null && typeof (v as { _?: unknown })._ === "string") return (v as { _: string })._
  return undefined
}

const nonBlank = (v: unknown): string | undefined => {
  const s = str(v)
  return s === undefined || s.trim() === "" ? undefined : s
}

const HAS_MARKUP = /[<&]/
const plain = (s: string): string => (HAS_MARKUP.test(s) ? htmlToText(s) : s).trim()

const SCHEME = /^[A-Za-z][A-Za-z\d+.-]*:/
const HTTP = /^https?:\/\//i

const absolute = (link: string, base: string | null): string => {
  if (base === null || SCHEME.test(link)) return link
  try {
    return new URL(link, base).href
  } catch {
    return link
  }
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname || url
  } catch {
    return url
  }
}

const ABSOLUTE_HTTP = /^https?:\/\/[^\s/?#]+[^\s]*$/i
const contentHash = (title: string, text: string): string => createHash("sha256").update(title).update("\n").update(text).digest("hex").slice(0, 16)

/** An item's identity, in the order feed readers settled on (Miniflux, newsboat, tt-rss): its
 * GUID, as it is when it is a URL (unique on the web) and scoped to its feed when it is not
 * ("1234" is unique only within one feed); else its link; else a hash of its title and content
 * (RSS 0.9x items may have neither link nor GUID). The GUID comes first because links change
 * (a corrected headline changes the slug, tracking redirects wrap them) and some feeds give
 * every item the same link; a GUID is what the publisher promises to keep. */
export const itemIdentity = (
  guid: string | undefined,
  link: string | undefined,
  title: string,
  text: string,
  scope: string
): { readonly identity: string; readonly url: string } | null => {
  if (guid !== undefined) {
    return { identity: ABSOLUTE_HTTP.test(guid) ? guid : `${scope}#guid=${guid}`, url: link ?? guid }
  }
  if (link !== undefined) return { identity: link, url: link }
  if (title.trim() === "" && text.trim() === "") return null
  const hashed = `${scope}#${contentHash(title, text)}`
  return { identity: hashed, url: hashed }
}

const toItem = (raw: Parser.Item & ItemFields, n: number, base: string | null, scope: string, source: string, options: ParseFeedOptions): IncomingItem => {
  const origin = `${options.origin} item ${n}`
  const linkText = nonBlank(raw.link)?.trim()
  const link = linkText === undefined ? undefined : absolute(linkText, base)
  const guid = (nonBlank(raw.guid) ?? nonBlank(raw.id) ?? nonBlank(raw["rdf:about"]))?.trim()
  // Media RSS gives a title of its own, which feedparser takes when the item has none.
  const title = demoronize(nonBlank(raw.title) ?? nonBlank(raw["media:title"]) ?? "")
  // rss-parser puts RSS <description> and Atom <content> in "content".
  // The full text first (content:encoded, an XHTML body), then the summary or description.
  const body =
    nonBlank(raw["content:encoded"]) ??
    nonBlank(raw["xhtml:body"]) ??
    nonBlank(raw.body) ??
    nonBlank(raw.fullitem) ??
    nonBlank(raw.content) ??
    nonBlank(raw.summary) ??
    nonBlank(raw["dc:description"]) ??
    nonBlank(raw["itunes:summary"])
  const text = body === undefined ? "" : demoronize(body)
  const id = itemIdentity(guid, link, title, text, scope)
  if (id === null) return itemError(origin, `item ${n} has no link, GUID, title or text`)
  // An item that is only a link is still an article to follow: it is titled with its link, as
  // Miniflux does, rather than dropped for having nothing to read. (Escaped: the title is read
  // as HTML, and "&copy=1" in a query would become "©=1".)
  const shown = title.trim() === "" && text.trim() === "" && HTTP.test(id.url) ? escapeXml(id.url) : title
  const article: IncomingArticle = {
    _tag: "IncomingArticle",
    url: id.url,
    ...(id.identity === id.url ? {} : { identity: id.identity }),
    title: shown,
    text,
    isHtml: text !== "",
    source,
    published: parseFeedDate(str(raw.pubDate)) ?? parseFeedDate(str(raw.published)) ?? parseFeedDate(str(raw.updated)) ?? parseFeedDate(str(raw["dc:date"])),
    origin,
    feedId: options.feedId
  }
  return article
}

/** A feed that lists one identity twice (a GUID repeated by a broken CMS) gives it once: the
 * first, which in a feed is the newest. Reading both would make the second a new revision of
 * the first on every poll. The later ones are reported as warnings. */
const onePerIdentity = (items: ReadonlyArray<IncomingItem>): ReadonlyArray<IncomingItem> => {
  const seen = new Map<string, string>()
  let repeated = false
  for (const item of items) {
    if (item._tag !== "IncomingArticle") continue
    const identity = item.identity ?? item.url
    if (seen.has(identity)) repeated = true
    else seen.set(identity, item.origin)
  }
  if (!repeated) return items
  const kept = new Set<string>()
  return items.map((item) => {
    if (item._tag !== "IncomingArticle") return item
    const identity = item.identity ?? item.url
    if (!kept.has(identity)) {
      kept.add(identity)
      return item
    }
    return itemWarning(item.origin, `repeats the identity (GUID or link) of ${seen.get(identity)}; skipped`)
  })
}

/** <ttl>: a whole number of minutes; anything else is ignored. */
const ttlOf = (v: unknown): number | null => {
  const s = str(v)?.trim()
  if (s === undefined || !/^\d{1,7}$/.test(s)) return null
  const n = Number(s)
  return n > 0 ? n : null
}

/** Parses RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 or Atom text (already decoded: see decodeFeedBytes)
 * into articles. An unreadable item becomes an ItemError and the rest go on; text that is not a
 * feed fails with NotAFeed. */
export const parseFeed = (xml: string, options: ParseFeedOptions): Effect.Effect<ParsedFeed, NotAFeed> =>
  Effect.suspend(() => {
    const maxLength = options.maxLength ?? DEFAULT_MAX_FEED_LENGTH
    if (xml.length > maxLength) {
      return Effect.fail(new NotAFeed({ origin: options.origin, reason: `too large: ${size(xml.length)}, over the ${size(maxLength)} limit` }))
    }
    const sniffed = sniffRoot(xml)
    if ("problem" in sniffed) return Effect.fail(new NotAFeed({ origin: options.origin, reason: sniffed.problem }))
    // Items nested too deeply are cut out before parsing, and reported; the rest of the feed
    // is read as usual.
    const scan = scanFeed(xml)
    if (scan.outside > MAX_ITEM_DEPTH) {
      return Effect.fail(new NotAFeed({ origin: options.origin, reason: `elements nested deeper than ${MAX_ITEM_DEPTH} levels outside any item` }))
    }
    const tooDeep = new Set<number>()
    scan.items.forEach((span, i) => {
      if (span.depth > MAX_ITEM_DEPTH) tooDeep.add(i)
    })
    let edits = scan.rewrites
    if (tooDeep.size > 0) {
      const cuts: Array<Rewrite> = [...tooDeep].map((i) => ({ start: scan.items[i]!.start, end: scan.items[i]!.end, text: "" }))
      edits = [...cuts, ...scan.rewrites].sort((a, b) => a.start - b.start)
    }
    return Effect.tryPromise({
      try: () => parseOrRepair(xml, scan, edits, sniffed.root),
      catch: (error) => new NotAFeed({ origin: options.origin, reason: reasonOf(error, xml, sniffed.root) })
    }).pipe(
      Effect.map(({ feed, lostLastItem }): ParsedFeed => {
        const title = plain(str(feed.title) ?? "")
        // Relative links resolve against the channel link, which itself may be relative to the
        // feed's own URL (atom:link rel=self, else the origin when that is a URL).
        const self = nonBlank(feed.feedUrl)?.trim()
        const selfBase = self !== undefined && HTTP.test(self) ? self : HTTP.test(options.origin) ? options.origin : null
        const linkText = nonBlank(feed.link)?.trim()
        const link = linkText === undefined ? null : absolute(linkText, selfBase)
        const base = link !== null && HTTP.test(link) ? link : selfBase
        const source = options.sourceName ?? (title !== "" ? title : hostOf(link ?? options.origin))
        // A GUID that is not a URL is unique within its publisher's feed: it is scoped to the
        // site the feed names, which stays the same whatever address the feed was read from
        // (an alias, a redirect, a saved copy), then to the feed's own address.
        const scope = link !== null && HTTP.test(link) ? link : self !== undefined && HTTP.test(self) ? self : (options.scope ?? options.origin)
        const ttlMinutes = ttlOf(feed.ttl)
        const parsed = feed.items ?? []
        // The items not read, by their place in the document: too deep, or cut short.
        const skipped = new Map<number, string>()
        for (const i of tooDeep) skipped.set(i, `is nested deeper than ${MAX_ITEM_DEPTH} levels`)
        if (lostLastItem) skipped.set(scan.items.length - 1, "is cut short: the feed ends inside it")
        const skippedItem = (i: number) => itemError(`${options.origin} item ${i + 1}`, `item ${i + 1} ${skipped.get(i)}; skipped`)
        const read = (raw: Parser.Item & ItemFields, n: number) => toItem(raw, n, base, scope, source, options)
        if (skipped.size === 0) return { title, link, ttlMinutes, items: onePerIdentity(parsed.map((raw, i) => read(raw, i + 1))) }
        // Number every item as it stands in the document, the skipped ones included.
        const items: Array<IncomingItem> = []
        if (parsed.length + skipped.size === scan.items.length) {
          let next = 0
          for (let i = 0; i < scan.items.length; i++) {
            items.push(skipped.has(i) ? skippedItem(i) : read(parsed[next++]!, i + 1))
          }
        } else {
          parsed.forEach((raw, i) => {
            items.push(read(raw, i + 1))
          })
          for (const i of skipped.keys()) items.push(skippedItem(i))
        }
        return { title, link, ttlMinutes, items: onePerIdentity(items) }
      })
    )
  })
