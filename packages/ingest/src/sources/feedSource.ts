import { htmlPageToText, itemError, itemWarning, type FeedId, type IncomingItem } from "@crosscheck/core"
import { Effect, Stream } from "effect"
import { decodeFeed, decodingWarning, fetchFeed, parseFeed } from "../feed/index.js"
import { sniffRoot } from "../feed/parseFeed.js"

/** Caps on one fetch (defaults in fetchFeed). */
export interface FetchLimits {
  readonly timeoutMs?: number
  readonly maxBytes?: number
}

/** A feed's items from its text; a text that is not a feed is one error naming the input. */
export const feedTextItems = (text: string, origin: string, feedId: FeedId | null = null, scope?: string): Effect.Effect<ReadonlyArray<IncomingItem>> =>
  parseFeed(text, { origin, feedId, ...(scope === undefined ? {} : { scope }) }).pipe(
    Effect.map((feed) => feed.items),
    Effect.catchAll((e) => Effect.succeed([itemError(origin, `not a feed (${e.reason})`)]))
  )

/** A feed's bytes (a file, a pipe), decoded by BOM, XML declaration, UTF-8 or what the bytes
 * look like; a warning first when characters could not be decoded. */
export const feedBytesItems = (bytes: Uint8Array, origin: string): Effect.Effect<ReadonlyArray<IncomingItem>> => {
  const decoded = decodeFeed(bytes, null)
  const warning = decodingWarning(decoded)
  return feedTextItems(decoded.text, origin).pipe(Effect.map((items) => (warning === null ? items : [itemWarning(origin, warning), ...items])))
}

/** An http(s) URL: a feed, or failing that an HTML page imported as one article. A URL named
 * on the command line is fetched wherever it points, private addresses included: the person
 * running the import chose it (feeds polled by the daemon are guarded). A feed naming no site
 * has its GUIDs scoped to the URL as given, as a polled feed's are to the URL it was added
 * with. */
export const urlItems = (url: string, limits: FetchLimits): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    fetchFeed(url, { ...limits, allowPrivate: true }).pipe(
      Effect.flatMap((fetched): Effect.Effect<ReadonlyArray<IncomingItem>> => {
        if (fetched._tag === "NotModified") return Effect.succeed([])
        const warnings =
          fetched.undecodable > 0 ? [itemWarning(url, `${fetched.undecodable} characters could not be decoded (read as ${fetched.encoding})`)] : []
        // What the text is decides, then what the server says: many servers send feeds as
        // text/html, which made a feed one garbled "page".
        const looksLikeHtml =
          !("root" in sniffRoot(fetched.text)) && (/html/i.test(fetched.contentType ?? "") || /^\s*<(!doctype html|html)\b/i.test(fetched.text))
        // The final address after redirects, so relative links resolve where the feed really is.
        if (!looksLikeHtml) {
          return feedTextItems(fetched.text, fetched.url, null, url).pipe(Effect.map((items) => [...warnings, ...items]))
        }
        const page = htmlPageToText(fetched.text)
        return Effect.succeed([
          ...warnings,
          {
            _tag: "IncomingArticle",
            url: fetched.url,
            title: page.title,
            text: page.text,
            isHtml: false,
            source: new URL(fetched.url).hostname.replace(/^www\./, ""),
            published: null,
            origin: url,
            feedId: null
          }
        ])
      }),
      Effect.catchAll((e) => Effect.succeed([itemError(url, e.detail)])),
      Effect.map(Stream.fromIterable)
    )
  )
