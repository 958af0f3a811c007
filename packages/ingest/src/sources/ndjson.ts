import { itemError, type IncomingItem } from "@crosscheck/core"
import { Chunk, Effect, Stream } from "effect"
import { TextDecoder } from "node:util"
import type { ImportProgress } from "./ImportProgress.js"

const describe = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`)

const hostOf = (url: string): string | null => {
  if (!/^https?:\/\//i.test(url)) return null
  try {
    return new URL(url).hostname.replace(/^www\./, "")
  } catch {
    return null
  }
}

/** One NDJSON line -> an article or a one-line error naming the line. Blank lines are skipped
 * (null). Hand-checked rather than schema-decoded: this runs once per imported article. */
export const parseNdjsonLine = (line: string, origin: string): IncomingItem | null => {
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1)
  if (line.trim() === "") return null
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    return itemError(origin, `not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return itemError(origin, `expected a JSON object, got ${describe(value)}`)
  }
  const o = value as Record<string, unknown>
  for (const field of ["url", "id", "title", "text", "html", "source", "published"] as const) {
    const v = o[field]
    if (v !== undefined && v !== null && typeof v !== "string") {
      return itemError(origin, `"${field}" must be a string, got ${describe(v)}`)
    }
  }
  const url = (o.url as string | undefined) || (o.id as string | undefined)
  if (!url) return itemError(origin, 'no "url" or "id"')
  let published: Date | null = null
  if (typeof o.published === "string" && o.published.trim() !== "") {
    published = new Date(o.published)
    if (Number.isNaN(published.getTime())) {
      return itemError(origin, `"published" is not a date: ${JSON.stringify(o.published.slice(0, 40))}`)
    }
  }
  const html = o.html as string | undefined
  return {
    _tag: "IncomingArticle",
    url,
    title: (o.title as string | undefined) ?? "",
    text: html ?? (o.text as string | undefined) ?? "",
    isHtml: html !== undefined && html !== null,
    source: (o.source as string | undefined) || hostOf(url) || "unknown",
    published,
    origin,
    feedId: null
  }
}

/** Streams NDJSON (a file, standard input, a pipe), split into lines here rather than by
 * readline, so each read becomes one chunk of articles: memory stays flat and per-line overhead
 * small. Bytes are decoded as UTF-8 across read boundaries. `origin` names the input in
 * messages ("<origin>:<line>"); `size` is its size in bytes when known, for progress. */
export const ndjsonItems = (origin: string, open: () => AsyncIterable<Buffer | string>, progress: ImportProgress, size: number): Stream.Stream<IncomingItem> =>
  Stream.suspend(() => {
    const read = { bytesRead: 0 }
    progress.reading(read)
    const decoder = new TextDecoder("utf-8")
    let carry = ""
    let lineNo = 0
    const toItems = (text: string): Chunk.Chunk<IncomingItem> => {
      const items: Array<IncomingItem> = []
      let start = 0
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        lineNo++
        const item = parseNdjsonLine(text.slice(start, nl), `${origin}:${lineNo}`)
        if (item !== null) items.push(item)
        start = nl + 1
      }
      carry = text.slice(start)
      return Chunk.unsafeFromArray(items)
    }
    return Stream.fromAsyncIterable(open(), (e) => e).pipe(
      Stream.mapConcatChunk((piece) => {
        if (typeof piece === "string") return toItems(carry + piece)
        read.bytesRead += piece.length
        return toItems(carry + decoder.decode(piece, { stream: true }))
      }),
      Stream.concat(Stream.suspend(() => Stream.fromChunk(toItems(`${carry}${decoder.decode()}\n`)))),
      Stream.catchAll((e) => Stream.make(itemError(`${origin}:${lineNo + 1}`, `cannot read: ${e instanceof Error ? e.message : String(e)}`))),
      Stream.ensuring(Effect.sync(() => progress.finished(size)))
    )
  })
