import { createHash } from "node:crypto"
import { lookup as dnsLookup, type LookupAddress } from "node:dns"
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest, STATUS_CODES } from "node:http"
import { Agent as HttpsAgent, request as httpsRequest } from "node:https"
import { BlockList, isIP, type LookupFunction, type Socket } from "node:net"
import { brotliDecompress, constants as zlibConstants, gunzip, inflate, inflateRaw } from "node:zlib"
import { Data, Effect } from "effect"
import { decodeFeed } from "./decode.js"

/** Why a fetch failed, as a tag the scheduler branches on (Gone disables the feed, RateLimited
 * waits for Retry-After, Timeout backs off...), with what a message needs. */
export type FetchFailure = Data.TaggedEnum<{
  /** not a URL, or a redirect to something that is not one */
  InvalidUrl: { readonly target: string; readonly redirect: boolean }
  /** only http and https are fetched */
  UnsupportedScheme: { readonly scheme: string }
  /** user:password@ in the URL: not sent, and not repeated in messages */
  Credentials: {}
  /** refused before connecting: a private or loopback address (the SSRF guard), or a port no
   * feed is served on (SMTP, IRC: the fetch standard's bad ports) */
  Blocked: { readonly target: string; readonly rule: "private-address" | "port" }
  /** the host name did not resolve */
  Dns: { readonly code: string }
  /** no connection (TCP and TLS) within the connect timeout */
  ConnectTimeout: { readonly ms: number }
  /** the whole exchange (redirects, headers, body) took longer than the total timeout */
  Timeout: { readonly ms: number }
  /** refused, reset, unreachable, a broken HTTP response... */
  Network: { readonly code: string }
  /** a certificate or handshake problem */
  Tls: { readonly code: string }
  TooManyRedirects: { readonly max: number }
  /** the body, decompressed, is larger than the cap */
  TooLarge: { readonly maxBytes: number }
  /** 410: the feed is gone for good */
  Gone: {}
  /** 429, with the server's Retry-After in ms when it gave one */
  RateLimited: { readonly retryAfterMs: number | null }
  /** any other status that is not 2xx or 304; Retry-After kept for 503 */
  HttpStatus: {
    readonly status: number
    readonly statusText: string
    /** where it was answered, when a redirect led there */
    readonly at: string | null
    readonly retryAfterMs: number | null
  }
  /** a Content-Encoding we cannot read, or a body that does not decompress */
  BadEncoding: { readonly detail: string }
}>
export const FetchFailure = Data.taggedEnum<FetchFailure>()
export type FetchFailureTag = FetchFailure["_tag"]

const KIB = 1024
const MIB = 1024 * 1024
const sizeText = (n: number): string =>
  n % MIB === 0 ? `${n / MIB} MB` : n % KIB === 0 ? `${n / KIB} KB` : n >= MIB ? `${(n / MIB).toFixed(1)} MB` : `${n} bytes`
const durationText = (ms: number): string => (ms < 1000 ? `${ms}ms` : ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`)

const NETWORK_TEXT: Record<string, string> = {
  ECONNREFUSED: "could not connect",
  ECONNRESET: "connection reset",
  ECONNABORTED: "connection aborted",
  EPIPE: "connection closed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  EADDRNOTAVAIL: "address not available"
}

const shown = (s: string): string => (s.length > 200 ? `${s.slice(0, 199)}…` : s)

/** One line for people. */
export const describeFailure = FetchFailure.$match({
  InvalidUrl: ({ target, redirect }) => (redirect ? `redirect to an invalid URL: ${shown(target)}` : "invalid URL"),
  UnsupportedScheme: ({ scheme }) => `unsupported URL scheme ${scheme}`,
  Credentials: () => "credentials in the URL are not supported",
  Blocked: ({ target, rule }) =>
    rule === "port"
      ? `port blocked (${target}): no feed is served there`
      : `refused to fetch from a private or loopback address (${target}); allow it per feed with --allow-private`,
  Dns: ({ code }) => `DNS lookup failed (${code})`,
  ConnectTimeout: ({ ms }) => `could not connect within ${durationText(ms)}`,
  Timeout: ({ ms }) => `timed out after ${durationText(ms)}`,
  Network: ({ code }) => `${NETWORK_TEXT[code] ?? "network error"} (${code})`,
  Tls: ({ code }) => `TLS error (${code})`,
  TooManyRedirects: () => "too many redirects",
  TooLarge: ({ maxBytes }) => `response larger than ${sizeText(maxBytes)}`,
  Gone: () => "HTTP 410 Gone: the feed was removed",
  RateLimited: ({ retryAfterMs }) => `HTTP 429 Too Many Requests${retryAfterMs === null ? "" : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`}`,
  HttpStatus: ({ status, statusText, at }) =>
    `HTTP ${status}${statusText === "" ? "" : ` ${statusText}`}${at === null ? "" : ` at ${shown(at)}`}`.replace(/[\r\n]+/g, " "),
  BadEncoding: ({ detail }) => `cannot decode the response: ${detail}`
})

/** A URL as it may be shown: a password in it is not repeated. */
export const withoutCredentials = (url: string): string => url.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#@]*@/i, "$1")

/** Whether trying again later can help. */
export const isRetryable = (f: FetchFailure): boolean => {
  switch (f._tag) {
    case "Dns":
    case "ConnectTimeout":
    case "Timeout":
    case "Network":
    case "RateLimited":
      return true
    case "HttpStatus":
      return f.status >= 500 || f.status === 408
    default:
      return false
  }
}

/** A feed could not be fetched; `reason` says why, as a tag. */
export class FetchError extends Data.TaggedError("FetchError")<{
  readonly url: string
  readonly reason: FetchFailure
}> {
  override get message(): string {
    return `${withoutCredentials(this.url)}: ${describeFailure(this.reason)}`
  }
  /** the reason as one line */
  get detail(): string {
    return describeFailure(this.reason)
  }
  get retryable(): boolean {
    return isRetryable(this.reason)
  }
  /** the server's Retry-After, in ms, on 429 and 503 */
  get retryAfterMs(): number | undefined {
    const r = this.reason
    return (r._tag === "RateLimited" || r._tag === "HttpStatus") && r.retryAfterMs !== null ? r.retryAfterMs : undefined
  }
}

export interface FetchFeedOptions {
  /** for the whole exchange: redirects, headers and body; default 20 s */
  readonly timeoutMs?: number
  /** for each new connection, TCP and TLS; default 10 s */
  readonly connectTimeoutMs?: number
  /** on the decompressed body; default 15 MiB */
  readonly maxBytes?: number
  /** validators from the previous fetch, for a conditional GET */
  readonly etag?: string | null
  readonly lastModified?: string | null
  readonly userAgent?: string
  /** fetch from private and loopback addresses (default: refused, at every redirect too) */
  readonly allowPrivate?: boolean
  /** what to ask for; default feeds */
  readonly accept?: string
}

/** What the response said about caching and where the feed lives now. */
export interface ResponseInfo {
  /** after redirects */
  readonly url: string
  /** where a chain of permanent redirects (301, 308) from the start led, when it did: the
   * feed's new address; null when there was none, or a temporary one came first */
  readonly permanentUrl: string | null
  readonly status: number
  readonly etag: string | null
  readonly lastModified: string | null
  readonly cacheControl: string | null
  readonly expires: string | null
  /** the server's Date header, against which Expires is read */
  readonly date: string | null
}

export interface FetchedBytes extends ResponseInfo {
  readonly _tag: "Fetched"
  readonly bytes: Uint8Array
  readonly contentType: string | null
}

export type FetchedFeed =
  | (ResponseInfo & {
      readonly _tag: "Fetched"
      readonly text: string
      /** the encoding the body was read in, and how many characters it could not decode */
      readonly encoding: string
      readonly undecodable: number
      readonly contentType: string | null
      /** sha-256 of the body (decompressed), to tell a 200 with the same bytes */
      readonly bodyHash: string
    })
  | (ResponseInfo & { readonly _tag: "NotModified" })

export const DEFAULT_TIMEOUT_MS = 20_000
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024
export const MAX_REDIRECTS = 5
export const DEFAULT_USER_AGENT = "crosscheck/0.1 (news monitor; feed reader)"

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

// A validator stored from an earlier response may be anything; one that is not a valid header
// value is dropped rather than failing the fetch (or smuggling a header).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const usable = (v: string | null | undefined): v is string => typeof v === "string" && v !== "" && HEADER_VALUE.test(v)

/** Retry-After: delay-seconds or an HTTP date, in ms from now. */
export const parseRetryAfter = (value: string | null | undefined, now: number = Date.now()): number | undefined => {
  if (value === null || value === undefined) return undefined
  const s = value.trim()
  if (/^\d+$/.test(s)) return Number(s) * 1000
  const t = Date.parse(s)
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined
}

// --- the guard against private addresses ------------------------------------------------------

const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4] // reserved, broadcast
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4")
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8] // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6")
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64
 * (64:ff9b::a.b.c.d) IPv6 address, which reaches that IPv4 host. */
const embeddedIpv4 = (address: string): string | null => {
  const lower = address.toLowerCase()
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
  if (dotted !== null) return dotted[1]!
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (hex === null) return null
  const hi = Number.parseInt(hex[1]!, 16)
  const lo = Number.parseInt(hex[2]!, 16)
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public
 * internet. */
export const isPrivateAddress = (address: string): boolean => {
  const family = isIP(address)
  if (family === 4) return PRIVATE.check(address, "ipv4")
  if (family !== 6) return true // not an address: refuse rather than guess
  const v4 = embeddedIpv4(address.replace(/%.*$/, ""))
  if (v4 !== null) return PRIVATE.check(v4, "ipv4")
  return PRIVATE.check(address.replace(/%.*$/, ""), "ipv6")
}

const BLOCKED_CODE = "ECROSSCHECK_BLOCKED"

/** dns.lookup that resolves every address of a host and refuses it when any is private: a
 * public name with one private address (DNS rebinding) is refused too. The connection is made
 * to an address checked here, never to one resolved again later. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { family: options.family ?? 0, hints: options.hints ?? 0, all: true }, (err, addresses) => {
    if (err !== null) {
      ;(callback as (e: NodeJS.ErrnoException) => void)(err)
      return
    }
    const list = addresses as Array<LookupAddress>
    const bad = list.find((a) => isPrivateAddress(a.address))
    if (bad !== undefined || list.length === 0) {
      const e = Object.assign(new Error(`${hostname} resolves to a private address`), {
        code: BLOCKED_CODE,
        address: bad?.address ?? hostname
      })
      ;(callback as (e: NodeJS.ErrnoException) => void)(e)
      return
    }
    if ((options as { all?: boolean }).all === true) {
      ;(callback as unknown as (e: null, a: Array<LookupAddress>) => void)(null, list)
    } else {
      callback(null, list[0]!.address, list[0]!.family)
    }
  })
}

// The fetch standard's "bad ports": services that are not HTTP, where a request could do harm.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137,
  139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080
])

// Keep-alive agents: feeds of one host polled in one cycle share connections. Free sockets
// close after 4 s (before the 5 s after which Node servers drop them) and never keep the
// process alive. Guarded and unguarded requests never share
// a connection (one made to a private address must not serve a guarded feed).
const AGENT_OPTIONS = { keepAlive: true, timeout: 4000, scheduling: "lifo" } as const
const agents = {
  guarded: { http: new HttpAgent({ ...AGENT_OPTIONS, lookup: guardedLookup }), https: new HttpsAgent({ ...AGENT_OPTIONS, lookup: guardedLookup }) },
  open: { http: new HttpAgent(AGENT_OPTIONS), https: new HttpsAgent(AGENT_OPTIONS) }
}

// --- one exchange -----------------------------------------------------------------------------

/** A failure inside the exchange, thrown to the one place that turns it into a FetchError. */
class Failed extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure._tag)
  }
}

const fail = (failure: FetchFailure): never => {
  throw new Failed(failure)
}

const httpUrl = (target: string, via: string | null, allowPrivate: boolean): URL => {
  let parsed: URL
  try {
    parsed = new URL(target, via ?? undefined)
  } catch {
    return fail(FetchFailure.InvalidUrl({ target, redirect: via !== null }))
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") fail(FetchFailure.UnsupportedScheme({ scheme: parsed.protocol }))
  if (parsed.username !== "" || parsed.password !== "") fail(FetchFailure.Credentials())
  if (parsed.port !== "" && BAD_PORTS.has(Number(parsed.port))) fail(FetchFailure.Blocked({ target: parsed.host, rule: "port" }))
  // An address in the URL is never looked up, so it is checked here.
  const host = parsed.hostname.replace(/^\[|\]$/g, "")
  if (!allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) fail(FetchFailure.Blocked({ target: host, rule: "private-address" }))
  return parsed
}

const TLS_CODES = /CERT|^ERR_TLS|^ERR_SSL|SELF_SIGNED|UNABLE_TO_VERIFY|^DEPTH_ZERO/

const codeOf = (e: unknown): string | undefined => {
  if (typeof e !== "object" || e === null) return undefined
  const { code, errors } = e as { code?: unknown; errors?: unknown }
  if (typeof code === "string") return code
  // happy eyeballs: an AggregateError with one error per address tried
  return Array.isArray(errors) ? codeOf(errors[0]) : undefined
}

/** A socket-level error as a failure. */
const networkFailure = (e: unknown): FetchFailure => {
  const code = codeOf(e) ?? "unknown"
  if (code === BLOCKED_CODE) {
    return FetchFailure.Blocked({ target: String((e as { address?: unknown }).address), rule: "private-address" })
  }
  if (code === "ENOTFOUND" || code.startsWith("EAI_")) return FetchFailure.Dns({ code })
  if (TLS_CODES.test(code)) return FetchFailure.Tls({ code })
  return FetchFailure.Network({ code })
}

interface Exchange {
  readonly signal: AbortSignal
  readonly connectTimeoutMs: number
  /** set when a connection did not open in time; the exchange is then aborted */
  connectTimedOut: boolean
}

/** Sends one GET and resolves with the response head. A new connection must open (TCP and
 * TLS) within the connect timeout; a reused one already has. */
const get = (url: URL, headers: Record<string, string>, allowPrivate: boolean, exchange: Exchange, abort: () => void) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    const https = url.protocol === "https:"
    const pool = allowPrivate ? agents.open : agents.guarded
    const req = (https ? httpsRequest : httpRequest)(url, {
      method: "GET",
      headers,
      agent: https ? pool.https : pool.http,
      signal: exchange.signal
    })
    req.on("socket", (socket: Socket) => {
      if (!socket.connecting) return
      const timer = setTimeout(() => {
        exchange.connectTimedOut = true
        abort()
      }, exchange.connectTimeoutMs)
      const connected = () => clearTimeout(timer)
      socket.once(https ? "secureConnect" : "connect", connected)
      socket.once("close", connected)
    })
    req.on("response", resolve)
    req.on("error", (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })))
    req.end()
  })

/** A kept-alive connection the server closed just as we sent on it: the request never reached
 * it, and is sent again once, on a new connection (as browsers and curl do). */
const isStaleConnection = (e: unknown): boolean => {
  const { code, reusedSocket } = e as { code?: unknown; reusedSocket?: unknown }
  return reusedSocket === true && (code === "ECONNRESET" || code === "EPIPE")
}

const discard = (res: IncomingMessage): void => {
  // Release (or close) the connection without reading what nobody needs.
  res.resume()
}

/** The body as it came, counted against the cap; the connection is dropped past it. */
const readRaw = (res: IncomingMessage, maxBytes: number) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Array<Buffer> = []
    let total = 0
    res.on("data", (chunk: Buffer) => {
      total += chunk.length
      if (total > maxBytes) {
        // rejected first: dropping the connection reports a reset of its own
        reject(new Failed(FetchFailure.TooLarge({ maxBytes })))
        res.destroy()
        return
      }
      chunks.push(chunk)
    })
    res.on("end", () => resolve(Buffer.concat(chunks, total)))
    res.on("error", reject)
    res.on("aborted", () => reject(Object.assign(new Error("aborted"), { code: "ECONNRESET" })))
  })

type Decompress = (buf: Buffer, options: object, cb: (e: Error | null, out: Buffer) => void) => void

/** Decompresses with the encodings applied, last first; the output is capped (a gzip bomb stops
 * at the cap). Truncated streams give what they hold, as browsers do. */
const decompress = async (raw: Buffer, contentEncoding: string | null, maxBytes: number): Promise<Buffer> => {
  const encodings = (contentEncoding ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== "" && e !== "identity")
  let body = raw
  for (const encoding of encodings.reverse()) {
    let step: Decompress
    let options: object = { maxOutputLength: maxBytes + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH }
    if (encoding === "gzip" || encoding === "x-gzip") step = gunzip as Decompress
    else if (encoding === "deflate") {
      // "deflate" is zlib-wrapped by the standard, raw by many servers: the header says which.
      const wrapped = body.length >= 2 && (body[0]! & 0x0f) === 8 && ((body[0]! << 8) | body[1]!) % 31 === 0
      step = (wrapped ? inflate : inflateRaw) as Decompress
    } else if (encoding === "br") {
      step = brotliDecompress as Decompress
      options = { maxOutputLength: maxBytes + 1, finishFlush: zlibConstants.BROTLI_OPERATION_FLUSH }
    } else return fail(FetchFailure.BadEncoding({ detail: `unsupported Content-Encoding ${shown(encoding)}` }))
    const input = body
    body = await new Promise<Buffer>((resolve, reject) =>
      step(input, options, (e, out) => {
        if (e === null) resolve(out)
        else if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") reject(new Failed(FetchFailure.TooLarge({ maxBytes })))
        else reject(new Failed(FetchFailure.BadEncoding({ detail: `${encoding}: ${e.message}` })))
      })
    )
    if (body.length > maxBytes) fail(FetchFailure.TooLarge({ maxBytes }))
  }
  return body
}

const exchange = async (
  url: string,
  options: FetchFeedOptions,
  interrupted: AbortSignal
): Promise<FetchedBytes | (ResponseInfo & { readonly _tag: "NotModified" })> => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const allowPrivate = options.allowPrivate === true
  // One signal for the whole exchange, so the deadline covers redirects, headers and body.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onInterrupt = (): void => controller.abort()
  interrupted.addEventListener("abort", onInterrupt, { once: true })
  const state: Exchange = {
    signal: controller.signal,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    connectTimedOut: false
  }

  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? FEED_ACCEPT,
    "accept-encoding": "gzip, deflate, br"
  }
  if (usable(options.etag)) headers["if-none-match"] = options.etag
  if (usable(options.lastModified)) headers["if-modified-since"] = options.lastModified

  try {
    let current = httpUrl(url, null, allowPrivate)
    let permanentUrl: string | null = null
    let permanentSoFar = true
    for (let redirects = 0; ; ) {
      // Redirects are followed by hand: each target's scheme, port and address are checked and
      // the hops counted.
      const res = await get(current, headers, allowPrivate, state, () => controller.abort()).catch((e: unknown) => {
        if (isStaleConnection(e) && !controller.signal.aborted) return get(current, headers, allowPrivate, state, () => controller.abort())
        throw e
      })
      const status = res.statusCode ?? 0
      const location = res.headers.location
      const info = (): ResponseInfo => ({
        url: current.href,
        permanentUrl,
        status,
        etag: res.headers.etag ?? null,
        lastModified: res.headers["last-modified"] ?? null,
        cacheControl: res.headers["cache-control"] ?? null,
        expires: res.headers.expires ?? null,
        date: res.headers.date ?? null
      })
      if (status >= 300 && status < 400 && status !== 304 && location !== undefined) {
        discard(res)
        if (redirects === MAX_REDIRECTS) fail(FetchFailure.TooManyRedirects({ max: MAX_REDIRECTS }))
        redirects++
        current = httpUrl(location, current.href, allowPrivate)
        permanentSoFar &&= status === 301 || status === 308
        if (permanentSoFar) permanentUrl = current.href
        continue
      }
      if (status === 304) {
        discard(res)
        return { _tag: "NotModified", ...info() }
      }
      if (status < 200 || status >= 300) {
        discard(res)
        const retryAfterMs = parseRetryAfter(res.headers["retry-after"]) ?? null
        if (status === 410) fail(FetchFailure.Gone())
        if (status === 429) fail(FetchFailure.RateLimited({ retryAfterMs }))
        fail(
          FetchFailure.HttpStatus({
            status,
            statusText: res.statusMessage || STATUS_CODES[status] || "",
            at: redirects > 0 ? current.href : null,
            retryAfterMs: status === 503 ? retryAfterMs : null
          })
        )
      }
      // Content-Length is the (possibly compressed) transfer size: enough to refuse early, not
      // to trust; the decompressed bytes are counted too.
      const length = Number(res.headers["content-length"] ?? Number.NaN)
      if (Number.isFinite(length) && length > maxBytes) {
        res.destroy()
        fail(FetchFailure.TooLarge({ maxBytes }))
      }
      const raw = await readRaw(res, maxBytes)
      const bytes = await decompress(raw, res.headers["content-encoding"] ?? null, maxBytes)
      return { _tag: "Fetched", ...info(), bytes, contentType: res.headers["content-type"] ?? null }
    }
  } catch (e) {
    if (e instanceof Failed) throw e
    if (state.connectTimedOut) throw new Failed(FetchFailure.ConnectTimeout({ ms: state.connectTimeoutMs }))
    if (timedOut) throw new Failed(FetchFailure.Timeout({ ms: timeoutMs }))
    if (interrupted.aborted) throw e
    throw new Failed(networkFailure(e))
  } finally {
    clearTimeout(timer)
    interrupted.removeEventListener("abort", onInterrupt)
  }
}

const toFetchError =
  (url: string) =>
  (e: unknown): FetchError =>
    new FetchError({ url, reason: e instanceof Failed ? e.failure : networkFailure(e) })

/** GETs a URL over http(s) with every cap of a feed fetch (connect and total deadlines, at most
 * 5 redirects, the decompressed-size cap, the private-address guard unless allowed) and
 * returns the body's bytes as they are. For pages linked from a feed. */
export const fetchBytes = (url: string, options: FetchFeedOptions = {}) =>
  Effect.tryPromise({ try: (signal) => exchange(url, options, signal), catch: toFetchError(url) })

/** GETs a feed over http(s): a deadline for each connection (10 s) and for the whole exchange
 * (20 s), at most 5 redirects (http and https only; where permanent ones lead is reported), a
 * cap on the decompressed body (15 MiB; gzip, deflate and brotli), conditional GET with the
 * previous validators, private and loopback addresses refused unless allowed (also as redirect
 * targets, and whatever a name resolves to), and the body decoded with the response's charset
 * (decodeFeed: BOM, header, XML declaration, UTF-8, detection) before any parser sees it. */
export const fetchFeed = (url: string, options: FetchFeedOptions = {}): Effect.Effect<FetchedFeed, FetchError> =>
  Effect.map(fetchBytes(url, options), (r): FetchedFeed => {
    if (r._tag === "NotModified") return r
    const { bytes, ...info } = r
    const decoded = decodeFeed(bytes, r.contentType)
    return {
      ...info,
      text: decoded.text,
      encoding: decoded.encoding,
      undecodable: decoded.replaced,
      bodyHash: createHash("sha256").update(bytes).digest("hex").slice(0, 32)
    }
  })
