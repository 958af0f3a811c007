import { htmlPageToText, itemError, itemWarning, type IncomingItem } from "@crosscheck/core"
import { Effect } from "effect"
import { readFile } from "node:fs/promises"
import { basename, dirname, extname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { decodeDocument, decodingWarning, htmlDeclaredEncoding } from "../feed/decode.js"

/** Per-document metadata from front matter or a sidecar `meta.json`. */
export interface DocumentMeta {
  readonly title?: string
  readonly published?: string
  readonly source?: string
  readonly url?: string
}

/** Splits `---` front matter (simple `key: value` lines) from the text. */
export const splitFrontMatter = (text: string): { readonly meta: DocumentMeta; readonly body: string } => {
  const m = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (m === null) return { meta: {}, body: text }
  const meta: Record<string, string> = {}
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^\s*(title|published|source|url)\s*:\s*(.*?)\s*$/i.exec(line)
    if (kv?.[1] !== undefined && kv[2] !== undefined) meta[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, "$2")
  }
  return { meta, body: text.slice(m[0].length) }
}

/** Reads sidecar `meta.json` files, once per folder. A broken sidecar is reported once and
 * then treated as absent, so the files beside it still import. */
export class SidecarMeta {
  private readonly byFolder = new Map<string, Promise<Record<string, DocumentMeta> | string>>()
  private readonly reported = new Set<string>()

  /** The file's metadata, and the sidecar's problem the first time it is met. */
  async lookup(file: string): Promise<{ readonly meta: DocumentMeta; readonly problem?: string }> {
    const folder = dirname(file)
    let docs = this.byFolder.get(folder)
    if (docs === undefined) {
      docs = readSidecar(join(folder, "meta.json"))
      this.byFolder.set(folder, docs)
    }
    const found = await docs
    if (typeof found !== "string") return { meta: found[basename(file, extname(file))] ?? {} }
    if (this.reported.has(folder)) return { meta: {} }
    this.reported.add(folder)
    return { meta: {}, problem: found }
  }
}

const readSidecar = async (path: string): Promise<Record<string, DocumentMeta> | string> => {
  let text: string
  try {
    text = await readFile(path, "utf8")
  } catch {
    return {}
  }
  try {
    const parsed = JSON.parse(text) as { docs?: unknown }
    const docs = parsed.docs
    if (typeof docs !== "object" || docs === null) return `${path}: no "docs" object`
    const out: Record<string, DocumentMeta> = {}
    for (const [k, v] of Object.entries(docs as Record<string, unknown>)) {
      if (typeof v !== "object" || v === null) continue
      const o = v as Record<string, unknown>
      const pick = (f: string) => (typeof o[f] === "string" ? { [f]: o[f] as string } : {})
      out[k] = { ...pick("title"), ...pick("published"), ...pick("source"), ...pick("url") }
    }
    return out
  } catch (e) {
    return `${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`
  }
}

const dateOrError = (value: string | undefined, origin: string): Date | null | IncomingItem => {
  if (value === undefined || value.trim() === "") return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? itemError(origin, `"published" is not a date: ${JSON.stringify(value.slice(0, 40))}`) : d
}

/** A `.txt`, `.md` or `.html` file as one article. For text, the first non-empty line is the
 * title; front matter wins over the sidecar, which wins over what the file itself says. The
 * bytes are decoded by their BOM, an HTML page's meta charset, UTF-8, or failing those what
 * they look like (a windows-1251 text file is read as Cyrillic, not replacement characters). */
export const plainFileItem = (path: string, bytes: Uint8Array, sidecar: SidecarMeta): Effect.Effect<ReadonlyArray<IncomingItem>> =>
  Effect.promise(async () => {
    const problems: Array<IncomingItem> = []
    const isHtml = /\.html?$/i.test(path)
    const decoded = decodeDocument(bytes, isHtml ? [{ from: "declaration", label: htmlDeclaredEncoding(bytes) }] : [])
    const warning = decodingWarning(decoded)
    if (warning !== null) problems.push(itemWarning(path, warning))
    const text = decoded.text
    const { meta: side, problem } = await sidecar.lookup(path)
    if (problem !== undefined) problems.push(itemError(problem, "sidecar ignored"))
    const { meta: front, body } = splitFrontMatter(text)
    const meta = { ...side, ...front }
    const published = dateOrError(meta.published, path)
    if (published !== null && !(published instanceof Date)) return [...problems, published]

    let title: string
    let content: string
    if (isHtml) {
      const page = htmlPageToText(body)
      title = page.title
      content = page.text
    } else if (meta.title !== undefined) {
      // The title is given: the first line is text, not a title.
      title = meta.title
      content = body
    } else {
      const lines = body.replace(/^\ufeff/, "").split(/\r?\n/)
      const first = lines.findIndex((l) => l.trim() !== "")
      title = first === -1 ? "" : (lines[first] ?? "").replace(/^#+\s*/, "")
      content = first === -1 ? "" : lines.slice(first + 1).join("\n")
    }
    return [
      ...problems,
      {
        _tag: "IncomingArticle",
        url: meta.url ?? pathToFileURL(path).href,
        title: meta.title ?? title,
        text: content,
        isHtml: false,
        // No outlet given: the folder's name is shown, but it is only a guess (a folder of
        // downloads holds many outlets), so figures the file states unattributed are its own.
        source: meta.source ?? basename(dirname(path)),
        ...(meta.source === undefined ? { unattributedOrigin: `${basename(dirname(path))}/${basename(path, extname(path))}` } : {}),
        published,
        origin: path,
        feedId: null
      }
    ]
  })
