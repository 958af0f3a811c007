import { itemError, type Article, type IncomingArticle, type ItemError } from "./Article.js"
import { articleIdFor, contentHashOf } from "./identity.js"
import { countWords, htmlToText, normaliseText, normaliseTitle } from "./text.js"

const MAX_TITLE = 500

/** Turns an incoming article into a storable one: text normalised, title derived from the
 * first sentence when the source gave none, identity and content hash computed. An article
 * with neither title nor text is an error: there is nothing a person could read. */
export const normaliseArticle = (item: IncomingArticle, fetchedAt: number): Article | ItemError => {
  const url = item.url.trim()
  if (url === "") return itemError(item.origin, "no url or id")
  const body = normaliseText(item.isHtml ? htmlToText(item.text) : item.text)
  let title = normaliseTitle(htmlToText(item.title))
  if (title === "") title = firstSentence(body)
  if (title === "") return itemError(item.origin, "no title and no text")
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1)}…`
  const published = item.published === null || Number.isNaN(item.published.getTime()) ? null : item.published.getTime()
  return {
    id: articleIdFor(url),
    url,
    title,
    source: normaliseTitle(item.source) || "unknown",
    published,
    fetchedAt,
    body,
    contentHash: contentHashOf(title, body),
    words: countWords(body),
    feedId: item.feedId,
    duplicateOf: null,
    storyId: null
  }
}

const firstSentence = (body: string): string => {
  const line = body.split("\n", 1)[0] ?? ""
  const end = line.search(/[.!?](\s|$)/)
  const sentence = end > 0 ? line.slice(0, end + 1) : line
  return sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence
}
