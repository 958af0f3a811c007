import { itemError, type IncomingItem } from "@crosscheck/core"
import { Effect, Stream } from "effect"
import type { Dirent } from "node:fs"
import { open, readdir, readFile, stat } from "node:fs/promises"
import { extname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { feedFileItems, urlItems, type FetchLimits } from "./feedSource.js"
import type { ImportProgress } from "./ImportProgress.js"
import { ndjsonItems } from "./ndjson.js"
import { plainFileItem, SidecarMeta } from "./plainFile.js"

/** Whole-file inputs (feeds, text, HTML) are read into memory; NDJSON streams and has no cap. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

type FileKind = "ndjson" | "text" | "html" | "feed"

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".ndjson": "ndjson", ".jsonl": "ndjson", ".json": "ndjson",
  ".txt": "text", ".md": "text", ".markdown": "text",
  ".html": "html", ".htm": "html",
  ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed", ".feed": "feed", ".opml": "feed"
}

interface InputFile {
  readonly path: string
  readonly size: number
}

const message = (e: unknown): string => {
  const code = (e as { code?: string }).code
  if (code === "ENOENT") return "no such file or directory"
  if (code === "EACCES" || code === "EPERM") return "permission denied"
  return e instanceof Error ? e.message : String(e)
}

/** Every importable file under a folder, in name order so imports are reproducible. Hidden
 * entries and sidecar meta.json files are not inputs. */
const walk = async (dir: string, out: Array<InputFile>, problems: Array<IncomingItem>): Promise<void> => {
  let entries: Array<Dirent>
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    problems.push(itemError(dir, `cannot read folder: ${message(e)}`))
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "meta.json") continue
    const path = join(dir, entry.name)
    // Symlinked folders are not followed: a link loop must not hang an import.
    if (entry.isDirectory()) await walk(path, out, problems)
    else if (entry.isFile() || entry.isSymbolicLink()) {
      try {
        const s = await stat(path)
        if (s.isFile()) out.push({ path, size: s.size })
      } catch (e) {
        problems.push(itemError(path, message(e)))
      }
    }
  }
}

type Input = { readonly _tag: "url"; readonly url: string } | { readonly _tag: "file"; readonly file: InputFile }

/** Resolves command-line inputs into URLs and files, with a problem per input that is neither. */
const expand = async (inputs: ReadonlyArray<string>) => {
  const resolved: Array<Input> = []
  const problems: Array<IncomingItem> = []
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      resolved.push({ _tag: "url", url: input })
      continue
    }
    let path: string
    try {
      path = input.startsWith("file://") ? fileURLToPath(input) : resolve(input)
    } catch (e) {
      problems.push(itemError(input, message(e)))
      continue
    }
    try {
      const s = await stat(path)
      if (s.isDirectory()) {
        const files: Array<InputFile> = []
        await walk(path, files, problems)
        for (const file of files) resolved.push({ _tag: "file", file })
      } else resolved.push({ _tag: "file", file: { path, size: s.size } })
    } catch (e) {
      problems.push(itemError(input, message(e)))
    }
  }
  return { resolved, problems }
}

/** Decides what a file holds: by extension, else by its first bytes. */
const kindOf = async (file: InputFile): Promise<FileKind | null> => {
  const byExtension = KIND_BY_EXTENSION[extname(file.path).toLowerCase()]
  if (byExtension !== undefined) return byExtension
  const handle = await open(file.path, "r")
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0)
    const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\ufeff/, "").trimStart()
    if (head.startsWith("{")) return "ndjson"
    if (/^<(!doctype html|html)\b/i.test(head)) return "html"
    if (head.startsWith("<")) return "feed"
    return null
  } finally {
    await handle.close()
  }
}

const fileItems = (file: InputFile, progress: ImportProgress, sidecar: SidecarMeta): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    Effect.tryPromise(() => kindOf(file)).pipe(
      Effect.map((kind): Stream.Stream<IncomingItem> => {
        if (kind === "ndjson") return ndjsonItems(file.path, file.size, progress)
        const done = Stream.fromEffect(Effect.sync(() => progress.finished(file.size))).pipe(Stream.drain)
        if (kind === null) {
          return Stream.make(itemError(file.path, "not a feed, NDJSON, text or HTML file")).pipe(Stream.concat(done))
        }
        if (file.size > MAX_FILE_BYTES) {
          return Stream.make(itemError(file.path, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)).pipe(Stream.concat(done))
        }
        const items =
          kind === "feed"
            ? feedFileItems(file.path)
            : Stream.unwrap(
                Effect.tryPromise(() => readFile(file.path, "utf8")).pipe(
                  Effect.flatMap((text) => plainFileItem(file.path, text, sidecar)),
                  Effect.catchAll((e) => Effect.succeed([itemError(file.path, `cannot read: ${message(e.error)}`)])),
                  Effect.map((items) => Stream.fromIterable(items))
                )
              )
        return items.pipe(Stream.concat(done))
      }),
      Effect.catchAll((e) => Effect.succeed(Stream.make(itemError(file.path, message(e.error)))))
    )
  )

/** The import source: every item of every input, in order. Never fails: a bad input or item
 * becomes an ItemError in the stream, and the rest goes on. */
export const importItems = (
  inputs: ReadonlyArray<string>,
  progress: ImportProgress,
  limits: FetchLimits
): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    Effect.promise(() => expand(inputs)).pipe(
      Effect.map(({ resolved, problems }) => {
        const sidecar = new SidecarMeta()
        for (const input of resolved) if (input._tag === "file") progress.totalBytes += input.file.size
        return Stream.fromIterable(problems).pipe(
          Stream.concat(
            Stream.fromIterable(resolved).pipe(
              Stream.flatMap((input) =>
                input._tag === "url" ? urlItems(input.url, limits) : fileItems(input.file, progress, sidecar)
              )
            )
          )
        )
      })
    )
  )
