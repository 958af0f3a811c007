import { decodeHTML } from "entities";
import { Tokenizer } from "htmlparser2";
import { stripControls } from "./controls.js";
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u0060": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"'
};
const QUOTE_CHARS = /[\u2018\u2019\u201a\u201b\u2032\u0060\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const TAB_LIKE = /[\t\f\v]/;
// A newline with the spaces around it, or a run of two or more spaces.
const SPACE_RUNS = / *\n *| {2,}/g;
/** Normalises text for storage and matching: control characters out, NFKC (which also turns
 * NBSP and other compatibility spaces into plain spaces), straight quotes, invisible characters
 * out, runs of spaces folded, paragraphs kept (at most one blank line between them). */
export const normaliseText = (raw) => {
    let s = stripControls(raw);
    // Most English wire text is pure ASCII, which NFKC, quote and invisible-character folding
    // leave unchanged: skipping them halves the cost of an import.
    if (NON_ASCII.test(s)) {
        s = s
            .normalize("NFKC")
            .replace(INVISIBLE, "")
            .replace(QUOTE_CHARS, (q) => QUOTES[q] ?? q)
            .replace(/[\u2028\u2029]/g, "\n");
        s = s.replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ");
    }
    else if (TAB_LIKE.test(s))
        s = s.replace(/[\t\f\v]/g, " ");
    // One pass folds space runs and trims spaces around line breaks; a second caps blank lines.
    s = s.replace(SPACE_RUNS, (run) => (run.includes("\n") ? "\n" : " "));
    if (s.includes("\n\n\n"))
        s = s.replace(/\n{3,}/g, "\n\n");
    return s.trim();
};
/** A title: normalised and on one line. */
export const normaliseTitle = (raw) => normaliseText(raw).replace(/\s*\n\s*/g, " ");
// HTML is read by htmlparser2's tokenizer: one linear pass whatever the markup, entities
// decoded once by the tokenizer itself. Not its Parser: the Parser keeps open elements in an
// array it unshifts onto and searches on every close, which is quadratic on unclosed elements
// (2 MB of "<div>" took nine minutes). Only a few counters are needed here, and unclosed
// elements cost nothing. Regular expressions were as bad: unclosed <script> repeated 200,000
// times took minutes.
// Not <object>: its content is the fallback a browser shows, and with plugins gone it always
// does; dropping it lost everything after an unclosed <object> (feedparser's sanitizer tests).
const DROPPED = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe"]);
const BLOCKS = new Set([
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "address",
    "form"
]);
/** Page furniture around the main text: navigation, headers, footers, asides. */
const CHROME = new Set(["nav", "header", "footer", "aside", "form", "menu"]);
/** The elements a page's text is chosen by. */
const REGIONS = new Set(["article", "main", "body", "title", "h1", "pre", "head"]);
// Breaks and <pre> spacing are written as private-use characters while the text is collected,
// so one pass at the end can fold the source's whitespace without touching them.
const PARAGRAPH = "\ue000";
const LINE = "\ue001";
const KEPT_SPACE = "\ue002";
const SOURCE_WHITESPACE = /[\t\n\r\f]+| {2,}|[ \t\n\r\f]{2,}/g;
/** Source whitespace folded to single spaces, the marked breaks made real, entities decoded
 * (once: "&amp;lt;" stays "&lt;"). */
const finishText = (parts) => {
    let s = parts.join("").replace(SOURCE_WHITESPACE, " ");
    if (s.includes(PARAGRAPH))
        s = s.replaceAll(PARAGRAPH, "\n\n");
    if (s.includes(LINE))
        s = s.replaceAll(LINE, "\n");
    if (s.includes(KEPT_SPACE))
        s = s.replaceAll(KEPT_SPACE, " ");
    return s.includes("&") ? decodeHTML(s) : s;
};
const NOOP = () => { };
/** One pass over `html`, collecting text by where it stands. Whitespace in text collapses to one
 * space (outside <pre>), block elements become paragraph breaks and <br> a line break. With
 * `page`, the main text is chosen as htmlPageToText says. */
const readHtml = (html, page) => {
    const all = [];
    const article = [];
    const main = [];
    const body = [];
    const title = [];
    const h1 = [];
    let dropped = 0;
    let chrome = 0;
    let inArticle = 0;
    let inMain = 0;
    let inBody = 0;
    let inTitle = 0;
    let inH1 = 0;
    let inPre = 0;
    let inHead = 0;
    let titleDone = false;
    let h1Done = false;
    let lastBreak = false;
    const emit = (text) => {
        // Runs of breaks (empty paragraphs, unclosed blocks) are written once: they fold anyway.
        const isBreak = text === PARAGRAPH;
        if (isBreak && lastBreak)
            return;
        lastBreak = isBreak;
        all.push(text);
        if (!page || chrome > 0)
            return;
        if (inArticle > 0)
            article.push(text);
        if (inMain > 0)
            main.push(text);
        if (inBody > 0)
            body.push(text);
    };
    const text = (t) => {
        if (inTitle > 0)
            title.push(t);
        if (inH1 > 0)
            h1.push(t);
        if (dropped > 0)
            return;
        emit(inPre > 0 ? t.replace(/\r?\n/g, LINE).replace(/ /g, KEPT_SPACE) : t);
    };
    const region = (name, by) => {
        switch (name) {
            case "article":
                inArticle = Math.max(0, inArticle + by);
                return;
            case "main":
                inMain = Math.max(0, inMain + by);
                return;
            case "body":
                // A body begins where the head ends, closed or not.
                if (by === 1 && inHead > 0) {
                    dropped -= inHead;
                    inHead = 0;
                }
                inBody = Math.max(0, inBody + by);
                return;
            case "head":
                inHead = Math.max(0, inHead + by);
                return;
            case "pre":
                inPre = Math.max(0, inPre + by);
                return;
            case "title":
                if (!titleDone)
                    inTitle = Math.max(0, inTitle + by);
                if (by === -1)
                    titleDone = true;
                return;
            case "h1":
                if (!h1Done)
                    inH1 = Math.max(0, inH1 + by);
                if (by === -1)
                    h1Done = true;
                return;
        }
    };
    const opened = (name) => {
        if (REGIONS.has(name))
            region(name, 1);
        if (DROPPED.has(name))
            dropped++;
        if (CHROME.has(name))
            chrome++;
        if (dropped === 0) {
            if (name === "br")
                emit(LINE);
            else if (BLOCKS.has(name))
                emit(PARAGRAPH);
        }
    };
    const closed = (name) => {
        // A close without its open is ignored, as browsers do.
        if (DROPPED.has(name)) {
            if (dropped === 0 || (name === "head" && inHead === 0))
                return;
            dropped--;
        }
        if (CHROME.has(name) && chrome > 0)
            chrome--;
        if (REGIONS.has(name))
            region(name, -1);
        if (dropped === 0 && BLOCKS.has(name))
            emit(PARAGRAPH);
    };
    const tokenizer = new Tokenizer(
    // Entities are decoded once, on the whole text at the end: faster than one call per
    // entity, and the same result.
    { decodeEntities: false }, {
        onopentagname: (start, end) => opened(html.slice(start, end).toLowerCase()),
        onclosetag: (start, end) => closed(html.slice(start, end).toLowerCase()),
        ontext: (start, end) => text(html.slice(start, end)),
        oncdata: (start, end, offset) => text(html.slice(start, end - offset)),
        // "<br/>" opens nothing that needs closing; "<div/>" in HTML is an open <div>.
        onselfclosingtag: NOOP,
        ontextentity: NOOP,
        onattribdata: NOOP,
        onattribentity: NOOP,
        onattribend: NOOP,
        onattribname: NOOP,
        oncomment: NOOP,
        ondeclaration: NOOP,
        onend: NOOP,
        onopentagend: NOOP,
        onprocessinginstruction: NOOP
    });
    tokenizer.write(html);
    tokenizer.end();
    if (!page)
        return { main: finishText(all), title: "" };
    // The first region with any text, finished alone: each may be the whole page.
    let chosen = "";
    for (const parts of [article, main, body, all]) {
        chosen = finishText(parts);
        if (chosen.trim() !== "")
            break;
    }
    const titleText = finishText(title);
    return { main: chosen, title: titleText.trim() !== "" ? titleText : finishText(h1) };
};
/** HTML to plain text: drops scripts, styles and comments, turns block elements into paragraph
 * breaks, removes the remaining tags and decodes entities once (so "&amp;lt;" stays "&lt;").
 * Linear in the length of the markup. The result still goes through normaliseText. */
export const htmlToText = (html) => {
    // Most feed titles and many summaries carry no markup at all.
    if (!html.includes("<") && !html.includes("&"))
        return html;
    return readHtml(html, false).main;
};
/** The main text of a whole HTML page: the <article>, else <main>, else <body>, without
 * navigation, headers, footers and asides; and its title (<title>, else the first <h1>). */
export const htmlPageToText = (html) => {
    const read = readHtml(html, true);
    return { title: normaliseTitle(read.title), text: normaliseText(read.main) };
};
/** Words as a reader counts them: runs of letters or digits. */
export const countWords = (s) => {
    let n = 0;
    let inWord = false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
        if (wordChar && !inWord)
            n++;
        inWord = wordChar;
    }
    return n;
};
//# sourceMappingURL=text.js.map