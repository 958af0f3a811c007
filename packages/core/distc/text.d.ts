/** Normalises text for storage and matching: control characters out, NFKC (which also turns
 * NBSP and other compatibility spaces into plain spaces), straight quotes, invisible characters
 * out, runs of spaces folded, paragraphs kept (at most one blank line between them). */
export declare const normaliseText: (raw: string) => string;
/** A title: normalised and on one line. */
export declare const normaliseTitle: (raw: string) => string;
/** HTML to plain text: drops scripts, styles and comments, turns block elements into paragraph
 * breaks, removes the remaining tags and decodes entities once (so "&amp;lt;" stays "&lt;").
 * Linear in the length of the markup. The result still goes through normaliseText. */
export declare const htmlToText: (html: string) => string;
/** The main text of a whole HTML page: the <article>, else <main>, else <body>, without
 * navigation, headers, footers and asides; and its title (<title>, else the first <h1>). */
export declare const htmlPageToText: (html: string) => {
    readonly title: string;
    readonly text: string;
};
/** Words as a reader counts them: runs of letters or digits. */
export declare const countWords: (s: string) => number;
