import { htmlPageToText, itemError, type FeedId, type IncomingItem } from "@crosscheck/core"
import { Effect, Stream } from "effect"
import { readFile } from "node:fs/promises"
import { decodeFeedBytes, fetchFeed, parseFeed } from "../feed/index.js"

/** Caps on one fetch (defaults in fetchFeed). */
export interface FetchLimits {
  readonly timeoutMs?: number
  readonly maxBytes?: number
}

const reason = (e: unknown): string =>
  typeof e === "object" && e !== null && "message" in e && typeof e.message === "string" && e.message !== ""
    ? e.message.split("\n", 1)[0]!
    : String(e)

/** A feed's items from its text; a text that is not a feed is one error naming the input. */
export const feedTextItems = (
  text: string,
  origin: string,
  feedId: FeedId | null = null
): Effect.Effect<ReadonlyArray<IncomingItem>> =>
  parseFeed(text, { origin, feedId }).pipe(
    Effect.map((feed) => feed.items),
    Effect.catchAll((e) => Effect.succeed([itemError(origin, `not a feed (${e.reason})`)]))
  )

/** A feed file on disk, decoded by its BOM or XML declaration. */
export const feedFileItems = (path: string): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    Effect.tryPromise(() => readFile(path)).pipe(
      Effect.flatMap((bytes) => feedTextItems(decodeFeedBytes(bytes, null), path)),
      Effect.catchAll((e) => Effect.succeed([itemError(path, `cannot read: ${reason(e.error)}`)])),
      Effect.map(Stream.fromIterable)
    )
  )

/** An http(s) URL: a feed, or failing that an HTML page imported as one article. */
export const urlItems = (url: string, limits: FetchLimits): Stream.Stream<IncomingItem> =>
  Stream.unwrap(
    fetchFeed(url, limits).pipe(
      Effect.flatMap((fetched): Effect.Effect<ReadonlyArray<IncomingItem>> => {
        if (fetched._tag === "NotModified") return Effect.succeed([])
        const looksLikeHtml = /html/i.test(fetched.contentType ?? "") || /^\s*<(!doctype html|html)\b/i.test(fetched.text)
        // The final address after redirects, so relative links resolve where the feed really is.
        if (!looksLikeHtml) return feedTextItems(fetched.text, fetched.url)
        const page = htmlPageToText(fetched.text)
        return Effect.succeed([
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
      Effect.catchAll((e) => Effect.succeed([itemError(url, e.reason)])),
      Effect.map(Stream.fromIterable)
    )
  )
