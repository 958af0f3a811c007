import { itemError, itemWarning, type IncomingItem } from "@crosscheck/core"
import { Effect, Stream } from "effect"
import type { Dirent } from "node:fs"
import { constants, createReadStream, openSync } from "node:fs"
import { Socket } from "node:net"
import { open, readdir, readFile, stat } from "node:fs/promises"
import { extname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { looksLikeOpml } from "../feed/opml.js"
import { DEFAULT_MAX_FEED_LENGTH } from "../feed/parseFeed.js"
import { feedBytesItems, urlItems, type FetchLimits } from "./feedSource.js"
import type { ImportProgress } from "./ImportProgress.js"
import { ndjsonItems } from "./ndjson.js"
import { plainFileItem, SidecarMeta } from "./plainFile.js"

/** Whole-file inputs (feeds, text, HTML, and a feed on a pipe) are read into memory and capped;
 * NDJSON streams and has no cap. The same figure as the feed parser's own limit. */
export const MAX_FILE_BYTES = DEFAULT_MAX_FEED_LENGTH

type FileKind = "ndjson" | "text" | "html" | "feed" | "opml"

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "ndjson",
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
  ".html": "html",
  ".htm": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".rdf": "feed",
  ".feed": "feed",
  ".opml": "opml"
}

interface InputFile {
  readonly path: string
  readonly size: number
}

/** A stream that can only be read once, front to back: standard input, a pipe, a FIFO. */
interface InputStream {
  readonly name: string
  readonly open: () => NodeJS.ReadableStream
}

const message = (e: unknown): string => {
  const code = (e as { code?: string }).code
  if (code === "ENOENT") return "no such file or directory"
  if (code === "EACCES" || code === "EPERM") return "permission denied"
  return e instanceof Error ? e.message : String(e)
}

/** Every importable file under a folder, in name order so imports are reproducible. Hidden
 * entries and sidecar meta.json files are not inputs. Symbolic links are not followed (a link
 * to /etc/passwd inside a shared folder must not be imported; a link loop must not hang), nor
 * are pipes and devices read (one would block the import); each is reported. */
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
    if (entry.isSymbolicLink()) problems.push(itemWarning(path, "symbolic link inside a folder: not followed"))
    else if (entry.isDirectory()) await walk(path, out, problems)
    else if (entry.isFile()) {
      try {
        out.push({ path, size: (await stat(path)).size })
      } catch (e) {
        problems.push(itemError(path, message(e)))
      }
    } else problems.push(itemWarning(path, "not a regular file (a pipe, socket or device): skipped"))
  }
}

type Input =
  | { readonly _tag: "url"; readonly url: string }
  | { readonly _tag: "file"; readonly file: InputFile }
  | { readonly _tag: "stream"; readonly stream: InputStream }

const STDIN: InputStream = { name: "standard input", open: () => process.stdin }

const openPipe = (path: string): NodeJS.ReadableStream =>
  new Socket({ fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false })

/** Resolves command-line inputs into URLs, files and streams, with a problem per input that is
 * none of them. A path named on the command line may be a link: the user chose it. */
const expand = async (inputs: ReadonlyArray<string>) => {
  const resolved: Array<Input> = []
  const problems: Array<IncomingItem> = []
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      resolved.push({ _tag: "url", url: input })
      continue
    }
    if (input === "-") {
      resolved.push({ _tag: "stream", stream: STDIN })
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
      } else if (s.isFile()) resolved.push({ _tag: "file", file: { path, size: s.size } })
      // /dev/stdin, <(...), a named pipe: read as it comes, once. A pipe is opened without
      // blocking and read on the event loop: a blocking open waits for a writer inside libuv's
      // thread pool, and a process with such a thread cannot even exit (Ctrl-C would hang).
      else if (s.isFIFO()) resolved.push({ _tag: "stream", stream: { name: input, open: () => openPipe(path) } })
      else resolved.push({ _tag: "stream", stream: { name: input, open: () => createReadStream(path) } })
    } catch (e) {
      problems.push(itemError(input, message(e)))
    }
  }
  return { resolved, problems }
}

/** What a text starting with these bytes holds, NDJSON or a feed, or null. */
const kindOfContent = (head: string): FileKind | null => {
  const start = head.replace(/^\ufeff/, "").trimStart()
  if (start.startsWith("{")) return "ndjson"
  if (/^<(!doctype html|html)\b/i.test(start)) return "html"
  if (looksLikeOpml(head)) return "opml"
  if (start.startsWith("<")) return "feed"
  return null
}

/** Decides what a file holds: by extension, else by its first bytes. */
const kindOf = async (file: InputFile): Promise<FileKind | null> => {
  const byExtension = KIND_BY_EXTENSION[extname(file.path).toLowerCase()]
  if (byExtension !== undefined) return byExtension
  const handle = await open(file.path, "r")
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0)
    return kindOfContent(buffer.subarray(0, bytesRead).toString("utf8"))
  } finally {
    await handle.close()
  }
}

const tooLarge = (what: string): string => `${what} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`

const fileItems = (file: InputFile, progress: ImportProgress, sidecar: SidecarMeta): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    Effect.tryPromise(() => kindOf(file)).pipe(
      Effect.map((kind): Stream.Stream<IncomingItem> => {
        if (kind === "ndjson") {
          return ndjsonItems(file.path, () => createReadStream(file.path, { highWaterMark: 256 * 1024 }), progress, file.size)
        }
        const done = Stream.fromEffect(Effect.sync(() => progress.finished(file.size))).pipe(Stream.drain)
        if (kind === null) {
          return Stream.make(itemError(file.path, "not a feed, NDJSON, text or HTML file")).pipe(Stream.concat(done))
        }
        // A subscription list adds feeds, which is done only for a list named on the command
        // line (see isOpmlFile), never as a side effect of importing a folder.
        if (kind === "opml") {
          return Stream.make(
            itemWarning(file.path, "a feed list (OPML): not read inside a folder; name it (import x.opml, or feeds import x.opml) to add its feeds")
          ).pipe(Stream.concat(done))
        }
        if (file.size > MAX_FILE_BYTES) return Stream.make(itemError(file.path, tooLarge("file"))).pipe(Stream.concat(done))
        const items = Stream.unwrap(
          Effect.tryPromise(() => readFile(file.path)).pipe(
            Effect.flatMap((bytes) => (kind === "feed" ? feedBytesItems(bytes, file.path) : plainFileItem(file.path, bytes, sidecar))),
            Effect.catchAll((e) => Effect.succeed([itemError(file.path, `cannot read: ${message(e.error)}`)])),
            Effect.map((items) => Stream.fromIterable(items))
          )
        )
        return items.pipe(Stream.concat(done))
      }),
      Effect.catchAll((e) => Effect.succeed(Stream.make(itemError(file.path, message(e.error)))))
    )
  )

/** A stream input: its first bytes say NDJSON (streamed, line by line, no size cap) or a feed
 * (read whole, within the cap). Waiting for a writer on a FIFO is announced after a second. */
const streamItems = (input: InputStream, progress: ImportProgress): Stream.Stream<IncomingItem> =>
  Stream.unwrapScoped(
    Effect.gen(function* () {
      const readable = yield* Effect.acquireRelease(
        Effect.sync(() => input.open()),
        (r) => Effect.sync(() => (r as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.())
      )
      const chunks = (readable as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
      const head: Array<Buffer> = []
      let headBytes = 0
      let kind: FileKind | null = null
      let ended = false
      const waiting = setTimeout(() => process.stderr.write(`crosscheck: waiting for data on ${input.name}…\n`), 1000)
      yield* Effect.addFinalizer(() => Effect.sync(() => clearTimeout(waiting)))
      // Read until the first character that is not white space decides what this is.
      while (kind === null) {
        const next = yield* Effect.tryPromise(() => chunks.next())
        clearTimeout(waiting)
        if (next.done === true) {
          ended = true
          break
        }
        const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value
        head.push(chunk)
        headBytes += chunk.length
        const text = Buffer.concat(head)
          .toString("utf8")
          .replace(/^\ufeff/, "")
        if (text.trim() !== "") kind = kindOfContent(text) ?? "text"
      }
      if (kind === null) return Stream.make(itemError(input.name, "empty input"))
      if (kind === "ndjson") {
        const rest: AsyncIterable<Buffer> = {
          [Symbol.asyncIterator]: () => {
            let i = 0
            return {
              next: async () => {
                if (i < head.length) return { done: false, value: head[i++]! }
                if (ended) return { done: true, value: undefined }
                const n = await chunks.next()
                return n.done === true ? { done: true, value: undefined } : { done: false, value: typeof n.value === "string" ? Buffer.from(n.value) : n.value }
              }
            }
          }
        }
        return ndjsonItems(input.name, () => rest, progress, 0)
      }
      if (kind !== "feed") return Stream.make(itemError(input.name, "not NDJSON or a feed (those are what a stream may carry)"))
      let total = headBytes
      while (!ended && total <= MAX_FILE_BYTES) {
        const next = yield* Effect.tryPromise(() => chunks.next())
        if (next.done === true) ended = true
        else {
          const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value
          head.push(chunk)
          total += chunk.length
        }
      }
      if (total > MAX_FILE_BYTES) return Stream.make(itemError(input.name, tooLarge("input")))
      return Stream.fromIterableEffect(feedBytesItems(Buffer.concat(head), input.name))
    }).pipe(Effect.catchAll((e) => Effect.succeed(Stream.make(itemError(input.name, `cannot read: ${message(e.error)}`)))))
  )

/** Whether a command-line input is a file holding a feed list (OPML): by its extension, else
 * by its root element. */
export const isOpmlFile = async (input: string): Promise<boolean> => {
  if (/^https?:\/\//i.test(input) || input === "-") return false
  try {
    const path = input.startsWith("file://") ? fileURLToPath(input) : resolve(input)
    if (!(await stat(path)).isFile()) return false
    if (extname(path).toLowerCase() === ".opml") return true
    if (KIND_BY_EXTENSION[extname(path).toLowerCase()] !== undefined) return false
    return (await kindOf({ path, size: 0 })) === "opml"
  } catch {
    return false
  }
}

/** The import source: every item of every input, in order. Never fails: a bad input or item
 * becomes an ItemError in the stream, and the rest goes on. */
export const importItems = (inputs: ReadonlyArray<string>, progress: ImportProgress, limits: FetchLimits): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    Effect.promise(() => expand(inputs)).pipe(
      Effect.map(({ resolved, problems }) => {
        const sidecar = new SidecarMeta()
        for (const input of resolved) if (input._tag === "file") progress.totalBytes += input.file.size
        return Stream.fromIterable(problems).pipe(
          Stream.concat(
            Stream.fromIterable(resolved).pipe(
              Stream.flatMap((input) =>
                input._tag === "url"
                  ? urlItems(input.url, limits)
                  : input._tag === "stream"
                    ? streamItems(input.stream, progress)
                    : fileItems(input.file, progress, sidecar)
              )
            )
          )
        )
      })
    )
  )
