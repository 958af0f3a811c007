import { itemError } from "./Article.js";
import { articleIdFor, contentHashOf } from "./identity.js";
import { countWords, htmlToText, normaliseText, normaliseTitle } from "./text.js";
/** Caps on what is stored of one article. Feed text is hostile: a 1 MB `source` or a title
 * without end would reach every screen that lists articles. The body cap is far above any
 * article (a long feature is 50,000 characters) and keeps one item from filling the store. */
export const MAX_TITLE = 500;
export const MAX_OUTLET = 200;
export const MAX_URL = 4096;
export const MAX_BODY = 1024 * 1024;
/** Cut at a word boundary when there is one near the cap, marked with an ellipsis. */
const capped = (s, max) => {
    if (s.length <= max)
        return s;
    const cut = s.lastIndexOf(" ", max - 1);
    return `${s.slice(0, cut > max * 0.9 ? cut : max - 1)}…`;
};
/** Turns an incoming article into a storable one: text normalised, title derived from the
 * first sentence when the source gave none, identity and content hash computed, every field
 * capped. An article with neither title nor text is an error: there is nothing a person could
 * read; so is an identity (url or id) too long to be one. `note` hears about fields that were
 * cut, for a warning. */
export const normaliseArticle = (item, fetchedAt, note = () => { }) => {
    const url = item.url.trim();
    if (url === "")
        return itemError(item.origin, "no url or id");
    if (url.length > MAX_URL) {
        return itemError(item.origin, `url or id is ${url.length.toLocaleString("en")} characters long (at most ${MAX_URL.toLocaleString("en")})`);
    }
    let body = normaliseText(item.isHtml ? htmlToText(item.text) : item.text);
    if (body.length > MAX_BODY) {
        note(`text cut to its first ${MAX_BODY.toLocaleString("en")} of ${body.length.toLocaleString("en")} characters`);
        body = capped(body, MAX_BODY);
    }
    let title = normaliseTitle(htmlToText(item.title));
    if (title === "")
        title = firstSentence(body);
    if (title === "")
        return itemError(item.origin, "no title and no text");
    title = capped(title, MAX_TITLE);
    const published = item.published === null || Number.isNaN(item.published.getTime()) ? null : item.published.getTime();
    return {
        id: articleIdFor(item.identity ?? url),
        url,
        title,
        source: capped(normaliseTitle(item.source), MAX_OUTLET) || "unknown",
        published,
        fetchedAt,
        body,
        contentHash: contentHashOf(title, body),
        words: countWords(body),
        feedId: item.feedId,
        unattributedOrigin: item.unattributedOrigin ?? null,
        duplicateOf: null,
        storyId: null
    };
};
const firstSentence = (body) => {
    const line = body.split("\n", 1)[0] ?? "";
    const end = line.search(/[.!?](\s|$)/);
    const sentence = end > 0 ? line.slice(0, end + 1) : line;
    return sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence;
};
//# sourceMappingURL=normalise.js.map