/** feedparser's corpus as a conformance check on crosscheck's own feed reading: every file's
 * `Expect:` line is split into its conjuncts, and each conjunct that is about something
 * crosscheck keeps (an entry's title, link, id, date and text; the feed's title, which becomes
 * the outlet's name; the encoding) is evaluated against what crosscheck makes of the file:
 * decodeFeed, parseFeed, then the pipeline's own normaliseArticle. The rest (feed metadata,
 * authors, enclosures, tags, `bozo`, HTML sanitising details) is counted as not applicable.
 *
 * Text is compared as a reader sees it: feedparser's values are (sanitised) HTML, crosscheck
 * keeps plain text, so both sides go through the same htmlToText and normalisation. */

import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { TextDecoder } from "node:util"
import { type Article, htmlToText, type IncomingArticle, type IncomingItem, normaliseArticle, normaliseText, normaliseTitle } from "@crosscheck/core"
import { decodeFeed, parseFeed, parseFeedDate } from "@crosscheck/ingest"
import { Effect, Either } from "effect"
import { conjuncts, type Node, parsePython, readTestHeader } from "./pythonExpect.js"

export type Field = "entry.title" | "entry.link" | "entry.id" | "entry.date" | "entry.text" | "feed.title" | "encoding"

export interface Check {
  readonly file: string
  readonly expression: string
  readonly field: Field
  readonly passed: boolean
  /** what crosscheck has, for a failure */
  readonly got?: string
}

export interface ConformanceRun {
  readonly filesTried: number
  /** files whose Expect line could not be read by the translator */
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly error: string }>
  readonly conjuncts: number
  readonly notApplicable: number
  readonly checks: ReadonlyArray<Check>
  /** files crosscheck refused as not a feed, with the reason */
  readonly notAFeed: ReadonlyArray<{ readonly file: string; readonly reason: string }>
}

// ---------------------------------------------------------------------------------------------
// Which conjuncts concern what crosscheck keeps: decided from the expression alone.

type Key = string | number
interface Path {
  readonly root: string
  readonly keys: ReadonlyArray<Key>
}

const literalKey = (node: Node): Key | undefined => (node.kind === "str" ? node.value : node.kind === "num" ? node.value : undefined)

/** A chain of subscripts, attributes and .get() on a name, as a path; null otherwise. */
const pathOf = (node: Node): Path | null => {
  switch (node.kind) {
    case "name":
      return { root: node.name, keys: [] }
    case "index": {
      const base = pathOf(node.target)
      const key = literalKey(node.key)
      return base === null || key === undefined ? null : { root: base.root, keys: [...base.keys, key] }
    }
    case "attr": {
      const base = pathOf(node.target)
      return base === null ? null : { root: base.root, keys: [...base.keys, node.name] }
    }
    case "call": {
      if (node.callee.kind !== "attr" || node.callee.name !== "get" || node.args.length !== 1) return null
      const base = pathOf(node.callee.target)
      const key = literalKey(node.args[0]!)
      return base === null || key === undefined ? null : { root: base.root, keys: [...base.keys, key] }
    }
    default:
      return null
  }
}

const same = (keys: ReadonlyArray<Key>, pattern: ReadonlyArray<Key | "#">): boolean =>
  keys.length === pattern.length && pattern.every((p, i) => (p === "#" ? typeof keys[i] === "number" : keys[i] === p))

const ENTRY_FIELDS: ReadonlyArray<readonly [ReadonlyArray<Key | "#">, Field, string]> = [
  [["title"], "entry.title", "title"],
  [["title_detail", "value"], "entry.title", "title"],
  [["link"], "entry.link", "link"],
  [["id"], "entry.id", "id"],
  [["guid"], "entry.id", "id"],
  [["published"], "entry.date", "published"],
  [["published_parsed"], "entry.date", "published"],
  [["updated"], "entry.date", "updated"],
  [["updated_parsed"], "entry.date", "updated"],
  [["description"], "entry.text", "summary"],
  [["summary"], "entry.text", "summary"],
  [["summary_detail", "value"], "entry.text", "summary"],
  [["content", "#", "value"], "entry.text", "content"]
]

/** The field a path reads, "bozo" for the well-formedness flag, or null for anything else. */
const classify = (path: Path): { readonly field: Field; readonly part: string } | "bozo" | null => {
  if (path.root === "bozo" && path.keys.length === 0) return "bozo"
  if (path.root === "encoding" && path.keys.length === 0) return { field: "encoding", part: "encoding" }
  if (path.root === "feed" && (same(path.keys, ["title"]) || same(path.keys, ["title_detail", "value"]))) {
    return { field: "feed.title", part: "title" }
  }
  if (path.root === "entries" && typeof path.keys[0] === "number") {
    const rest = path.keys.slice(1)
    for (const [pattern, field, part] of ENTRY_FIELDS) if (same(rest, pattern)) return { field, part }
  }
  return null
}

/** Every maximal path in an expression; null when some part is not a path or a literal
 * (len(), ord(), isinstance()...). */
const pathsIn = (node: Node): Array<Path> | null => {
  const path = pathOf(node)
  if (path !== null) return [path]
  const all = (nodes: ReadonlyArray<Node>): Array<Path> | null => {
    const out: Array<Path> = []
    for (const n of nodes) {
      const ps = pathsIn(n)
      if (ps === null) return null
      out.push(...ps)
    }
    return out
  }
  switch (node.kind) {
    case "str":
    case "num":
    case "const":
      return []
    case "neg":
    case "not":
      return pathsIn(node.operand)
    case "tuple":
    case "list":
      return all(node.items)
    case "and":
    case "or":
    case "add":
      return all(node.operands)
    case "compare":
      return all([node.first, ...node.rest.map(([, n]) => n)])
    default:
      return null
  }
}

// Elements the raw file has, for the two fields crosscheck keeps one of several of: the body
// is the full content when there is one (so an expectation on the summary beside it is not
// about what is kept), and the date is the publication date (so one on the update time beside
// it is not either).
const HAS_CONTENT = /<(?:content:encoded|(?:atom:)?content|xhtml:body|body)[\s>/]/
const HAS_SUMMARY = /<(?:description|(?:atom:)?summary|dc:description)[\s>/]/
const HAS_PUBLISHED = /<(?:pubDate|(?:atom:)?published|issued|dcterms:issued)[\s>/]/

// CDF (Microsoft's Channel Definition Format, 1997) is not a format crosscheck reads: its
// contract names RSS 0.9x, 1.0, 2.0 and Atom.
const CDF = /<channel[\s>]/i
const isCdf = (file: string, raw: string): boolean => file.includes("/cdf/") && !/<(?:rss|feed|rdf:RDF)[\s>]/.test(raw) && CDF.test(raw)

// An entry that carries nothing a person could read or follow (no title, link, GUID, id or
// text: feedparser's fixtures for dates have only a date) is not stored, by design.
const ENTRY = /<(item|entry)[\s>][\s\S]*?<\/\1>/
const READABLE = /<(?:[\w-]+:)?(?:title|link|guid|id|description|summary|content|encoded|body|fullitem)[\s>/]/
const firstEntryHasNothing = (raw: string): boolean => {
  const entry = ENTRY.exec(raw)
  return entry !== null && !READABLE.test(entry[0].slice(entry[1]!.length + 1))
}

/** The field a conjunct checks, or null when it is not about what crosscheck keeps. */
const applicable = (node: Node, raw: string, file: string): Field | null => {
  const paths = pathsIn(node)
  if (paths === null) return null
  if (isCdf(file, raw)) return null
  let field: Field | null = null
  for (const path of paths) {
    const c = classify(path)
    if (c === null) return null
    if (c === "bozo") continue
    if (c.part === "summary" && HAS_CONTENT.test(raw) && HAS_SUMMARY.test(raw)) return null
    if (c.part === "updated" && HAS_PUBLISHED.test(raw)) return null
    if (c.field.startsWith("entry.") && firstEntryHasNothing(raw)) return null
    field ??= c.field
  }
  return field
}

// ---------------------------------------------------------------------------------------------
// crosscheck's side, as values an expression can compare.

const asText = (html: string): string => normaliseText(htmlToText(html))
const asTitle = (html: string): string => normaliseTitle(htmlToText(html))

/** Text crosscheck keeps; equal to a feedparser value when that value reads the same.
 * feedparser gives HTML, except for content its document types as plain text (Atom
 * type="text", Atom 0.3 type="text/plain"), which it gives as it is. */
class Text {
  constructor(
    readonly text: string,
    readonly read: (html: string) => string,
    readonly plain = false
  ) {}
  equals(other: unknown): boolean {
    if (typeof other !== "string") return false
    return (this.plain ? normaliseText(other) : this.read(other)) === this.text
  }
  toString(): string {
    return JSON.stringify(this.text)
  }
}

/** An item's identity: the GUID itself, or the GUID scoped to its feed ("site#guid=1234"). */
class Identity {
  constructor(
    readonly identity: string,
    readonly url: string
  ) {}
  equals(other: unknown): boolean {
    if (typeof other !== "string") return false
    return this.identity === other || this.identity.endsWith(`#guid=${other}`) || (this.identity === this.url && this.url === other)
  }
  toString(): string {
    return this.identity
  }
}

/** The one date crosscheck keeps; equal to a date string that parses to the same instant, or
 * to a time.struct_time tuple with the same UTC year...second. */
class When {
  constructor(readonly date: Date | null) {}
  equals(other: unknown): boolean {
    if (this.date === null) return other === null
    if (typeof other === "string") return parseFeedDate(other)?.getTime() === this.date.getTime()
    if (Array.isArray(other) && other.length >= 6) {
      const d = this.date
      const mine = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
      return mine.every((v, i) => v === other[i])
    }
    return false
  }
  toString(): string {
    return this.date?.toISOString() ?? "null"
  }
}

/** The encoding decodeFeed chose; equal to a label that names it, or that decodes the bytes to
 * the same text (us-ascii and utf-8 on ASCII bytes). */
class Encoding {
  constructor(
    readonly bytes: Uint8Array,
    readonly encoding: string,
    readonly text: string
  ) {}
  equals(other: unknown): boolean {
    if (typeof other !== "string") return false
    let decoder: TextDecoder
    try {
      decoder = new TextDecoder(other.trim().toLowerCase())
    } catch {
      return other.trim().toLowerCase() === this.encoding
    }
    if (decoder.encoding === this.encoding) return true
    return decoder.decode(this.bytes).replace(/^\ufeff/, "") === this.text
  }
  toString(): string {
    return this.encoding
  }
}

interface Model {
  readonly entries: ReadonlyArray<Record<string, unknown> | null>
  readonly feed: Record<string, unknown>
  readonly encoding: Encoding
}

/** Whether the document types an element as plain text (first occurrence). */
const typedPlain = (raw: string, element: string): boolean => new RegExp(`<${element}\\b[^>]*\\btype=["'](?:text|text/plain)["']`).test(raw)

const entryModel = (item: IncomingItem, raw: string): Record<string, unknown> | null => {
  if (item._tag !== "IncomingArticle") return null
  const a: IncomingArticle = item
  const stored: Article | { _tag: string } = normaliseArticle(a, 0)
  // What the reader sees: the stored article; for an item with nothing to store, the same
  // normalisation of what it had (empty, or nearly).
  const title = asTitle(a.title)
  const text = "_tag" in stored ? normaliseText(a.isHtml ? htmlToText(a.text) : a.text) : (stored as Article).body
  const link = "_tag" in stored ? null : (stored as Article).url
  const titleText = new Text(title, asTitle, typedPlain(raw.slice(raw.search(/<(?:item|entry)[\s>]/)), "title"))
  const body = new Text(text, asText, typedPlain(raw, "content") || (!/<content[\s>]/.test(raw) && typedPlain(raw, "summary")))
  const when = new When(a.published)
  return {
    title: titleText,
    title_detail: { value: titleText },
    link,
    id: new Identity(a.identity ?? a.url, a.url),
    guid: new Identity(a.identity ?? a.url, a.url),
    published: when,
    published_parsed: when,
    updated: when,
    updated_parsed: when,
    description: body,
    summary: body,
    summary_detail: { value: body },
    content: [{ value: body }]
  }
}

// ---------------------------------------------------------------------------------------------
// A small evaluator over the model, with Python's comparison semantics for what occurs.

class Missing extends Error {}

const get = (target: unknown, key: Key): unknown => {
  if (Array.isArray(target)) {
    if (typeof key !== "number") throw new Missing(`list index ${String(key)}`)
    if (key >= target.length) throw new Missing(`no entry ${key}`)
    const v = target[key]
    if (v === null) throw new Missing(`entry ${key} was not kept`)
    return v
  }
  if (typeof target === "object" && target !== null && typeof key === "string" && key in target) {
    return (target as Record<string, unknown>)[key]
  }
  throw new Missing(`no ${String(key)}`)
}

const equals = (a: unknown, b: unknown): boolean => {
  for (const [x, y] of [
    [a, b],
    [b, a]
  ] as const) {
    if (x instanceof Text || x instanceof Identity || x instanceof When || x instanceof Encoding) return x.equals(y)
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equals(v, b[i]))
  return a === b
}

const truthy = (v: unknown): boolean =>
  v instanceof Text ? v.text !== "" : Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== false && v !== 0 && v !== ""

const evaluate = (node: Node, model: Model): unknown => {
  switch (node.kind) {
    case "str":
    case "num":
    case "const":
      return node.value
    case "neg":
      return -(evaluate(node.operand, model) as number)
    case "name":
      if (node.name === "bozo") return false // crosscheck reads what it can; never the point here
      if (node.name === "entries") return model.entries
      if (node.name === "feed") return model.feed
      if (node.name === "encoding") return model.encoding
      throw new Missing(node.name)
    case "tuple":
    case "list":
      return node.items.map((n) => evaluate(n, model))
    case "index": {
      const key = evaluate(node.key, model) as Key
      return get(evaluate(node.target, model), key)
    }
    case "attr":
      return get(evaluate(node.target, model), node.name)
    case "call": {
      if (node.callee.kind === "attr" && node.callee.name === "get") {
        try {
          return get(evaluate(node.callee.target, model), evaluate(node.args[0]!, model) as Key)
        } catch (e) {
          if (e instanceof Missing) return null
          throw e
        }
      }
      throw new Error("unsupported call")
    }
    case "add": {
      const parts = node.operands.map((n) => evaluate(n, model))
      if (!parts.every((v) => typeof v === "string")) throw new Error("unsupported +")
      return parts.join("")
    }
    case "not":
      return !truthy(evaluate(node.operand, model))
    case "and":
      return node.operands.every((n) => truthy(evaluate(n, model)))
    case "or":
      return node.operands.some((n) => truthy(evaluate(n, model)))
    case "compare": {
      let left = evaluate(node.first, model)
      for (const [op, n] of node.rest) {
        const right = evaluate(n, model)
        let ok: boolean
        if (op === "==" || op === "is") ok = equals(left, right)
        else if (op === "!=" || op === "is not") ok = !equals(left, right)
        else throw new Error(`unsupported ${op}`)
        if (!ok) return false
        left = right
      }
      return true
    }
    case "dict":
      throw new Error("unsupported dict")
  }
}

/** What crosscheck has at the paths a failed check reads, for the report. */
const describe = (node: Node, model: Model): string => {
  const paths = pathsIn(node) ?? []
  return paths
    .filter((p) => p.root !== "bozo")
    .map((p) => {
      try {
        let v: unknown = p.root === "entries" ? model.entries : p.root === "feed" ? model.feed : model.encoding
        for (const k of p.keys) v = get(v, k)
        return String(v)
      } catch (e) {
        return e instanceof Error ? `(${e.message})` : "(?)"
      }
    })
    .join(" | ")
}

// ---------------------------------------------------------------------------------------------

const walk = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    .sort()

/** feedparser's own test server address: its tests fetch every file from it, which is what
 * relative links in the corpus are resolved against. */
const DOC_BASE = "http://127.0.0.1:8097/tests/"

/** Runs the corpus in `dir` (feedparser's checkout layout: wellformed/, illformed/, encoding/,
 * entities/). */
export const runConformance = async (dir: string): Promise<ConformanceRun> => {
  const files = ["wellformed", "illformed", "encoding", "entities"].flatMap((d) => walk(join(dir, d))).filter((f) => f.endsWith(".xml"))
  const checks: Array<Check> = []
  const unreadable: Array<{ file: string; error: string }> = []
  const notAFeed: Array<{ file: string; reason: string }> = []
  let conjunctCount = 0
  let notApplicable = 0
  for (const path of files) {
    const file = relative(dir, path)
    const bytes = readFileSync(path)
    const raw = bytes.toString("latin1")
    const header = readTestHeader(raw)
    if (header.expect === null) continue
    let parts: ReadonlyArray<Node>
    try {
      parts = conjuncts(parsePython(header.expect))
    } catch (e) {
      unreadable.push({ file, error: e instanceof Error ? e.message : String(e) })
      continue
    }
    const fields = parts.map((n) => applicable(n, raw, file))
    conjunctCount += parts.length
    notApplicable += fields.filter((f) => f === null).length
    if (fields.every((f) => f === null)) continue
    const contentType = header.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? null
    const decoded = decodeFeed(bytes, contentType)
    const parsed = await Effect.runPromise(Effect.either(parseFeed(decoded.text, { origin: `${DOC_BASE}${file}`, feedId: null })))
    if (Either.isLeft(parsed)) notAFeed.push({ file, reason: parsed.left.reason })
    // parseFeed gives the feed's title as text already; the pipeline only normalises it
    const feedTitle = new Text(Either.isRight(parsed) ? normaliseTitle(parsed.right.title) : "", asTitle, typedPlain(raw, "title"))
    const model: Model = {
      entries: Either.isRight(parsed) ? parsed.right.items.map((item) => entryModel(item, raw)) : [],
      feed: { title: feedTitle, title_detail: { value: feedTitle } },
      encoding: new Encoding(bytes, decoded.encoding, decoded.text)
    }
    parts.forEach((node, i) => {
      const field = fields[i]
      if (field === null || field === undefined) return
      let passed: boolean
      try {
        passed = truthy(evaluate(node, model))
      } catch (e) {
        if (!(e instanceof Missing)) throw e
        passed = false
      }
      const expression = header.expect!
      checks.push(passed ? { file, expression, field, passed } : { file, expression, field, passed, got: describe(node, model) })
    })
  }
  return { filesTried: files.length, unreadable, conjuncts: conjunctCount, notApplicable, checks, notAFeed }
}

export interface ConformanceSummary {
  readonly filesTried: number
  readonly filesWithApplicableExpectations: number
  readonly expectationsApplicable: number
  readonly passed: number
  readonly passRate: number
  readonly notApplicable: number
  readonly unreadableExpectations: number
  readonly byField: Record<string, { readonly applicable: number; readonly passed: number }>
  readonly byFolder: Record<string, { readonly applicable: number; readonly passed: number }>
}

export const summarise = (run: ConformanceRun): ConformanceSummary => {
  const tally = (key: (c: Check) => string) => {
    const out: Record<string, { applicable: number; passed: number }> = {}
    for (const c of run.checks) {
      const k = key(c)
      const t = (out[k] ??= { applicable: 0, passed: 0 })
      t.applicable++
      if (c.passed) t.passed++
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
  }
  const passed = run.checks.filter((c) => c.passed).length
  return {
    filesTried: run.filesTried,
    filesWithApplicableExpectations: new Set(run.checks.map((c) => c.file)).size,
    expectationsApplicable: run.checks.length,
    passed,
    passRate: run.checks.length === 0 ? 0 : Math.round((passed / run.checks.length) * 10000) / 10000,
    notApplicable: run.notApplicable,
    unreadableExpectations: run.unreadable.length,
    byField: tally((c) => c.field),
    byFolder: tally((c) =>
      c.file
        .split("/")
        .slice(0, c.file.startsWith("wellformed/") || c.file.startsWith("illformed/") ? 2 : 1)
        .join("/")
        .replace(/\.xml$/, "")
    )
  }
}
