import { STATUS_CODES } from "node:http"
import { Data, Effect } from "effect"
import { decodeFeed } from "./decode.js"

/** A feed could not be fetched. `reason` is one plain line; `retryable` says whether trying
 * again later can help (timeouts, 5xx, 408, 429, network trouble) or not (other 4xx, a bad
 * scheme, too large). `retryAfterMs` is the server's Retry-After on 429 and 503. */
export class FetchError extends Data.TaggedError("FetchError")<{
  readonly url: string
  readonly reason: string
  readonly retryable: boolean
  readonly retryAfterMs?: number
}> {
  override get message(): string {
    return `${this.url}: ${this.reason}`
  }
}

export interface FetchFeedOptions {
  /** for the whole exchange: redirects, headers and body; default 20 s */
  readonly timeoutMs?: number
  /** on the decompressed body; default 10 MiB */
  readonly maxBytes?: number
  /** validators from the previous fetch, for a conditional GET */
  readonly etag?: string | null
  readonly lastModified?: string | null
  readonly userAgent?: string
}

export type FetchedFeed =
  | {
      readonly _tag: "Fetched"
      /** after redirects */
      readonly url: string
      readonly status: number
      readonly text: string
      /** the encoding the body was read in, and how many characters it could not decode */
      readonly encoding: string
      readonly undecodable: number
      readonly etag: string | null
      readonly lastModified: string | null
      readonly contentType: string | null
    }
  | { readonly _tag: "NotModified" }

export const DEFAULT_TIMEOUT_MS = 20_000
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
export const MAX_REDIRECTS = 5
export const DEFAULT_USER_AGENT = "crosscheck/0.1 (news monitor; feed reader)"

const ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

const KIB = 1024
const MIB = 1024 * 1024
const sizeText = (n: number): string =>
  n % MIB === 0 ? `${n / MIB} MB` : n % KIB === 0 ? `${n / KIB} KB` : n >= MIB ? `${(n / MIB).toFixed(1)} MB` : `${n} bytes`
const durationText = (ms: number): string =>
  ms < 1000 ? `${ms}ms` : ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`

// A validator stored from an earlier response may be anything; one that fetch would refuse as
// a header value is dropped rather than failing the fetch.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const usable = (v: string | null | undefined): v is string => typeof v === "string" && v !== "" && HEADER_VALUE.test(v)

/** Retry-After: delay-seconds or an HTTP date, in ms from now. */
export const parseRetryAfter = (value: string | null, now: number = Date.now()): number | undefined => {
  if (value === null) return undefined
  const s = value.trim()
  if (/^\d+$/.test(s)) return Number(s) * 1000
  const t = Date.parse(s)
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "could not connect",
  ECONNRESET: "connection reset",
  ECONNABORTED: "connection aborted",
  EPIPE: "connection closed",
  UND_ERR_SOCKET: "connection closed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  ENOTFOUND: "DNS lookup failed",
  EAI_AGAIN: "DNS lookup failed",
  EAI_FAIL: "DNS lookup failed",
  UND_ERR_HEADERS_TIMEOUT: "timed out waiting for headers",
  UND_ERR_BODY_TIMEOUT: "timed out reading the body"
}

const codeOf = (e: unknown): string | undefined => {
  if (typeof e !== "object" || e === null) return undefined
  const { code, errors } = e as { code?: unknown; errors?: unknown }
  if (typeof code === "string") return code
  // happy eyeballs: an AggregateError with one error per address tried
  return Array.isArray(errors) ? codeOf(errors[0]) : undefined
}

const firstLine = (e: unknown): string =>
  ((e instanceof Error ? e.message : String(e)).split("\n", 1)[0] ?? "").trim() || "unknown error"

/** A rejection from fetch or from reading the body. undici wraps network failures in a
 * TypeError whose cause carries the system error code. */
const networkError = (url: string, e: unknown): FetchError => {
  const cause = e instanceof Error ? e.cause : undefined
  const code = codeOf(cause) ?? codeOf(e)
  if (code !== undefined) {
    if (code.includes("CERT") || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL")) {
      return new FetchError({ url, reason: `TLS error (${code})`, retryable: false })
    }
    return new FetchError({ url, reason: `${NETWORK_CODES[code] ?? "network error"} (${code})`, retryable: true })
  }
  // the fetch standard's blocked ports (1, 25, 6000...): never going to work
  if (cause instanceof Error && cause.message === "bad port") {
    return new FetchError({ url, reason: "port blocked by fetch (bad port)", retryable: false })
  }
  if (cause !== undefined || firstLine(e) === "fetch failed" || firstLine(e) === "terminated") {
    return new FetchError({ url, reason: `network error: ${firstLine(cause ?? e)}`, retryable: true })
  }
  // fetch refused to build the request (e.g. credentials in the URL): trying again won't help
  return new FetchError({ url, reason: `request failed: ${firstLine(e)}`, retryable: false })
}

const httpUrl = (url: string, target: string, via: string | null): URL => {
  let parsed: URL
  try {
    parsed = new URL(target, via ?? undefined)
  } catch {
    const shown = target.length > 200 ? `${target.slice(0, 199)}…` : target
    throw new FetchError({ url, reason: via === null ? "invalid URL" : `redirect to an invalid URL: ${shown}`, retryable: false })
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError({ url, reason: `unsupported URL scheme ${parsed.protocol}`, retryable: false })
  }
  // fetch refuses these itself, with a message that repeats the password
  if (parsed.username !== "" || parsed.password !== "") {
    throw new FetchError({ url, reason: "credentials in the URL are not supported", retryable: false })
  }
  return parsed
}

const discard = (res: Response): void => {
  // Release the connection without reading what nobody needs; errors here are irrelevant.
  res.body?.cancel().catch(() => undefined)
}

const readCapped = async (url: string, res: Response, maxBytes: number): Promise<Uint8Array> => {
  if (res.body === null) return new Uint8Array(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined)
      throw new FetchError({ url, reason: `response larger than ${sizeText(maxBytes)}`, retryable: false })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

const run = async (url: string, options: FetchFeedOptions, interrupted: AbortSignal): Promise<FetchedFeed> => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // One signal for the whole exchange, so the deadline covers redirects, headers and body.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onInterrupt = (): void => controller.abort()
  interrupted.addEventListener("abort", onInterrupt, { once: true })

  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
    "accept-encoding": "gzip, deflate, br"
  }
  if (usable(options.etag)) headers["if-none-match"] = options.etag
  if (usable(options.lastModified)) headers["if-modified-since"] = options.lastModified

  try {
    let current = httpUrl(url, url, null)
    for (let redirects = 0; ; ) {
      // Redirects are followed by hand to check each target's scheme and count the hops.
      const res = await fetch(current, { headers, redirect: "manual", signal: controller.signal })
      const status = res.status
      const location = res.headers.get("location")
      if (status >= 300 && status < 400 && status !== 304 && location !== null) {
        discard(res)
        if (redirects === MAX_REDIRECTS) throw new FetchError({ url, reason: "too many redirects", retryable: false })
        redirects++
        current = httpUrl(url, location, current.href)
        continue
      }
      if (status === 304) {
        discard(res)
        return { _tag: "NotModified" }
      }
      if (status < 200 || status >= 300) {
        discard(res)
        const text = res.statusText || STATUS_CODES[status] || ""
        const where = redirects > 0 ? ` at ${current.href}` : ""
        const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(res.headers.get("retry-after")) : undefined
        throw new FetchError({
          url,
          reason: `HTTP ${status}${text === "" ? "" : ` ${text}`}${where}`.replace(/[\r\n]+/g, " "),
          retryable: status >= 500 || status === 408 || status === 429,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs })
        })
      }
      // Content-Length is the (possibly compressed) transfer size: enough to refuse early, not
      // to trust; readCapped counts the decompressed bytes.
      const length = Number(res.headers.get("content-length") ?? Number.NaN)
      if (Number.isFinite(length) && length > maxBytes) {
        discard(res)
        throw new FetchError({ url, reason: `response larger than ${sizeText(maxBytes)}`, retryable: false })
      }
      const bytes = await readCapped(url, res, maxBytes)
      const contentType = res.headers.get("content-type")
      const decoded = decodeFeed(bytes, contentType)
      return {
        _tag: "Fetched",
        url: current.href,
        status,
        text: decoded.text,
        encoding: decoded.encoding,
        undecodable: decoded.replaced,
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
        contentType
      }
    }
  } catch (e) {
    if (timedOut) throw new FetchError({ url, reason: `timed out after ${durationText(timeoutMs)}`, retryable: true })
    if (e instanceof FetchError) throw e
    throw networkError(url, e)
  } finally {
    clearTimeout(timer)
    interrupted.removeEventListener("abort", onInterrupt)
  }
}

/** GETs a feed over http(s): a deadline over the whole exchange, at most 5 redirects (http and
 * https only), a cap on the decompressed body, conditional GET with the previous validators,
 * and the body decoded with the response's charset (decodeFeed). */
export const fetchFeed = (url: string, options: FetchFeedOptions = {}): Effect.Effect<FetchedFeed, FetchError> =>
  Effect.tryPromise({
    try: (signal) => run(url, options, signal),
    catch: (e) => (e instanceof FetchError ? e : networkError(url, e))
  })
