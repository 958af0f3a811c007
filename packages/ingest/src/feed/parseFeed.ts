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

// One instance for the process: construction builds the xml2js parser, and parsing is
// synchronous, so calls never interleave. defaultRSS 2 reads <rss> without a version
// (uolNoticias) as RSS 2.0.
const parser = new Parser<Record<string, unknown>, ItemFields>({
  defaultRSS: 2,
  xml2js: { valueProcessors: [normaliseAtomDate] },
  customFields: { item: ["published", "updated", "dc:date"] }
})

// xml2js keeps parser state between documents: after an error (or text after the root
// element) it leaves its error flag set on the next sax parser, which then silently accepts
// broken XML. Resetting before each document isolates them. (rss-parser's xmlParser is not in
// its typings, hence the check.)
const xmlParser = (parser as unknown as { xmlParser?: { reset?: unknown } }).xmlParser
const freshXmlParser = (): void => {
  if (typeof xmlParser?.reset === "function") xmlParser.reset()
}

const ROOTS = new Set(["rss", "feed", "rdf:RDF"])
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
      return ROOTS.has(name) ? { root: name } : { problem: `${EXPECTED} (found <${name}>)` }
    }
  }
}

interface ItemSpan {
  readonly start: number
  readonly end: number
  readonly depth: number
}

interface DepthScan {
  /** every item (or entry) element, in document order, with the deepest nesting inside it */
  readonly items: ReadonlyArray<ItemSpan>
  /** the deepest nesting anywhere outside the items */
  readonly outside: number
}

const ITEM_NAMES = new Set(["item", "entry"])
const localName = (name: string): string => name.slice(name.indexOf(":") + 1)

/** One linear pass over the markup (comments, CDATA, processing instructions and doctype
 * skipped; quoted attribute values may hold ">"), finding each item and how deeply elements
 * nest inside it, without building anything. */
export const scanDepth = (xml: string): DepthScan => {
  const items: Array<ItemSpan> = []
  let depth = 0
  let outside = 0
  let item: { start: number; depth: number; deepest: number } | null = null
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
      next = j + 1
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
      next = j + 1
      if (name !== undefined) {
        if (closing) {
          depth--
          if (item !== null && depth === item.depth && ITEM_NAMES.has(localName(name))) {
            items.push({ start: item.start, end: next, depth: item.deepest - item.depth })
            item = null
          }
        } else if (xml.charCodeAt(j - 1) !== 0x2f) {
          if (item === null && ITEM_NAMES.has(localName(name))) item = { start: i, depth, deepest: depth }
          depth++
          if (item !== null) item.deepest = Math.max(item.deepest, depth)
          else outside = Math.max(outside, depth)
        }
      }
    }
    if (next <= i) break // unterminated: the parser will say what is wrong
    i = xml.indexOf("<", next)
  }
  if (item !== null) items.push({ start: item.start, end: n, depth: item.deepest - item.depth })
  return { items, outside }
}

const MIB = 1024 * 1024
// Text length in characters, shown in MB (as the limit is thought of) when that large.
const size = (n: number): string =>
  n % MIB === 0 ? `${n / MIB} MB` : n >= MIB ? `${(n / MIB).toFixed(1)} MB` : `${n} characters`

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
    reason =
      root !== "feed" && !xml.includes("<channel")
        ? `<${root}> without a <channel> element`
        : `unexpected structure in <${root}>: ${first}`
  }
  else {
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
const BARE_AMPERSAND = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&(?!(?:amp|lt|gt|quot|apos|#\d+|#[xX][\da-fA-F]+);)/g
const escapeAmpersands = (xml: string): string => xml.replace(BARE_AMPERSAND, (m) => (m === "&" ? "&amp;" : m))

type Output = Parser.Output<ItemFields> & Record<string, unknown>

const parseXml = (xml: string): Promise<Output> => {
  freshXmlParser()
  return parser.parseString(xml)
}

const parseOrRepair = async (xml: string): Promise<Output> => {
  try {
    return await parseXml(xml)
  } catch (error) {
    if (!REPAIRABLE.test(error instanceof Error ? error.message : "")) throw error
    return await parseXml(escapeAmpersands(xml))
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
const contentHash = (title: string, text: string): string =>
  createHash("sha256").update(title).update("\n").update(text).digest("hex").slice(0, 16)

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

const toItem = (
  raw: Parser.Item & ItemFields,
  n: number,
  base: string | null,
  scope: string,
  source: string,
  options: ParseFeedOptions
): IncomingItem => {
  const origin = `${options.origin} item ${n}`
  const linkText = nonBlank(raw.link)?.trim()
  const link = linkText === undefined ? undefined : absolute(linkText, base)
  const guid = (nonBlank(raw.guid) ?? nonBlank(raw.id) ?? nonBlank(raw["rdf:about"]))?.trim()
  const title = demoronize(str(raw.title) ?? "")
  // rss-parser puts RSS <description> and Atom <content> in "content".
  const body = nonBlank(raw["content:encoded"]) ?? nonBlank(raw.content) ?? nonBlank(raw.summary)
  const text = body === undefined ? "" : demoronize(body)
  const id = itemIdentity(guid, link, title, text, scope)
  if (id === null) return itemError(origin, `item ${n} has no link, GUID, title or text`)
  const article: IncomingArticle = {
    _tag: "IncomingArticle",
    url: id.url,
    ...(id.identity === id.url ? {} : { identity: id.identity }),
    title,
    text,
    isHtml: text !== "",
    source,
    published:
      parseFeedDate(str(raw.pubDate)) ??
      parseFeedDate(str(raw.published)) ??
      parseFeedDate(str(raw.updated)) ??
      parseFeedDate(str(raw["dc:date"])),
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
      return Effect.fail(
        new NotAFeed({ origin: options.origin, reason: `too large: ${size(xml.length)}, over the ${size(maxLength)} limit` })
      )
    }
    const sniffed = sniffRoot(xml)
    if ("problem" in sniffed) return Effect.fail(new NotAFeed({ origin: options.origin, reason: sniffed.problem }))
    // Items nested too deeply are cut out before parsing, and reported; the rest of the feed
    // is read as usual.
    const scan = scanDepth(xml)
    if (scan.outside > MAX_ITEM_DEPTH) {
      return Effect.fail(
        new NotAFeed({ origin: options.origin, reason: `elements nested deeper than ${MAX_ITEM_DEPTH} levels outside any item` })
      )
    }
    const tooDeep = new Set<number>()
    scan.items.forEach((span, i) => {
      if (span.depth > MAX_ITEM_DEPTH) tooDeep.add(i)
    })
    let readable = xml
    if (tooDeep.size > 0) {
      const parts: Array<string> = []
      let from = 0
      for (const i of tooDeep) {
        parts.push(xml.slice(from, scan.items[i]!.start))
        from = scan.items[i]!.end
      }
      parts.push(xml.slice(from))
      readable = parts.join("")
    }
    return Effect.tryPromise({
      try: () => parseOrRepair(readable),
      catch: (error) => new NotAFeed({ origin: options.origin, reason: reasonOf(error, xml, sniffed.root) })
    }).pipe(
      Effect.map((feed): ParsedFeed => {
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
        const scope =
          link !== null && HTTP.test(link) ? link : self !== undefined && HTTP.test(self) ? self : (options.scope ?? options.origin)
        const ttlMinutes = ttlOf(feed.ttl)
        const parsed = feed.items ?? []
        const skipped = (n: number) => itemError(`${options.origin} item ${n}`, `item ${n} is nested deeper than ${MAX_ITEM_DEPTH} levels; skipped`)
        const read = (raw: Parser.Item & ItemFields, n: number) => toItem(raw, n, base, scope, source, options)
        if (tooDeep.size === 0) return { title, link, ttlMinutes, items: onePerIdentity(parsed.map((raw, i) => read(raw, i + 1))) }
        // Number every item as it stands in the document, the skipped ones included.
        const items: Array<IncomingItem> = []
        if (parsed.length + tooDeep.size === scan.items.length) {
          let next = 0
          for (let i = 0; i < scan.items.length; i++) {
            items.push(tooDeep.has(i) ? skipped(i + 1) : read(parsed[next++]!, i + 1))
          }
        } else {
          parsed.forEach((raw, i) => {
            items.push(read(raw, i + 1))
          })
          for (const i of tooDeep) items.push(skipped(i + 1))
        }
        return { title, link, ttlMinutes, items: onePerIdentity(items) }
      })
    )
  })
