// A full stop after these is not the end of a sentence: "the U.S.-led coalition", "Maj. Gen.",
// "No. 5". Single capital letters cover initials and "U.S." / "U.N.".
const ABBREVIATION = /(?:^|[\s(“"'])(?:(?:[A-Z]\.)+[A-Z]|[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Cpl|Adm|Rev|Sen|Rep|Gov|Pres|Prof|St|Mt|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Corp|Jr|Sr)\.$/;
// a full stop glued to the next sentence: a word of three lower-case letters or more before it, a
// capitalised word after it
const GLUED_END = /[a-z]{3}$/;
const GLUED_START = /^[A-Z][a-z]/;
/** The longest a sentence is read whole, in characters. */
export const MAX_SENTENCE = 1500;
// character tests by code: sentencesOf looks at every character of every article, where a regex
// test needed a one-character string per character
const WHITESPACE = /\s/;
/** what /\s/ matches: ASCII spaces by code, anything else by the regex */
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITESPACE.test(String.fromCharCode(c)));
/** . ! ? */
const isStop = (c) => c === 46 || c === 33 || c === 63;
/** a closing quote or bracket after a stop: " ' ” ’ ) ] */
const isCloser = (c) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const BREAK = /[\n.!?]/g;
/** the offset of the first line break or . ! ? at or after `from`, or -1 */
const nextBreak = (text, from) => {
    BREAK.lastIndex = from;
    const m = BREAK.exec(text);
    return m === null ? -1 : m.index;
};
/**
 * Sentences with their offsets; a line break always ends one (the headline is the first).
 * A sentence ends at ". ! ?" (with any closing quote) followed by a space and a capital, a digit
 * or a quote, unless the word before the stop is an abbreviation.
 */
export const sentencesOf = (text) => {
    const out = [];
    const push = (from, to) => {
        let a = from;
        let b = to;
        while (a < b && isSpace(text.charCodeAt(a)))
            a++;
        while (b > a && isSpace(text.charCodeAt(b - 1)))
            b--;
        // No sentence of news runs this long: text without full stops (a page's scrape, hostile
        // input) is read in pieces cut at spaces, so the rules' cost per sentence stays bounded.
        while (b - a > MAX_SENTENCE) {
            const space = text.lastIndexOf(" ", a + MAX_SENTENCE);
            const cut = space > a + MAX_SENTENCE / 2 ? space : a + MAX_SENTENCE;
            out.push({ text: text.slice(a, cut), start: a });
            a = cut;
            while (a < b && isSpace(text.charCodeAt(a)))
                a++;
        }
        if (b > a)
            out.push({ text: text.slice(a, b), start: a });
    };
    let start = 0;
    const n = text.length;
    // from one line break or stop to the next (found by the regex engine, not a loop over every
    // character: most characters are neither)
    for (let i = nextBreak(text, 0); i !== -1; i = nextBreak(text, i + 1)) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            push(start, i);
            start = i + 1;
            continue;
        }
        // . ! ?
        let j = i + 1;
        while (j < n && isStop(text.charCodeAt(j)))
            j++;
        while (j < n && isCloser(text.charCodeAt(j)))
            j++;
        if (j < n && text[j] !== " " && text[j] !== "\t" && text[j] !== "\n") {
            // "... such gross violations.In a letter sent by ...": scraped text that lost the space
            // after a full stop still ends a sentence there, after a word (not "U.S.", not "Dr.")
            if (c === 46 &&
                j === i + 1 &&
                GLUED_START.test(text.slice(j, j + 2)) &&
                GLUED_END.test(text.slice(Math.max(start, i - 3), i)) &&
                !ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) {
                push(start, j);
                start = j;
            }
            i = j - 1;
            continue;
        }
        let k = j;
        while (k < n && (text[k] === " " || text[k] === "\t"))
            k++;
        // a dashed section headline may follow ("... on dissent. - Troops kill 10 children - Meanwhile")
        // (or a quote mark mis-decoded twice, "ï¿1⁄2ï¿1⁄2The victims": FA-KES keeps such bytes)
        if (k < n &&
            text[k] !== "\n" &&
            !/[A-Z0-9"“‘'([]/.test(text[k]) &&
            !(text[k] === "-" && /^-\s+[A-Z]/.test(text.slice(k, k + 4))) &&
            !(text.charCodeAt(k) === 0xef && text.charCodeAt(k + 1) === 0xbf)) {
            i = j - 1;
            continue;
        }
        if (c === 46 && j === i + 1 && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1)))
            continue;
        push(start, j);
        start = j;
        i = j - 1;
    }
    push(start, n);
    return out;
};
/** The sentences with the one that spans `offset` cut in two there. */
export const splitSentenceAt = (sentences, offset) => {
    const out = [];
    for (const x of sentences) {
        const cut = offset - x.start;
        if (cut <= 0 || cut >= x.text.length) {
            out.push(x);
            continue;
        }
        const head = x.text.slice(0, cut).trimEnd();
        const tail = x.text.slice(cut);
        const lead = tail.length - tail.trimStart().length;
        out.push({ text: head, start: x.start });
        if (tail.trim().length > 0)
            out.push({ text: tail.trim(), start: offset + lead });
    }
    return out;
};
//# sourceMappingURL=sentences.js.map