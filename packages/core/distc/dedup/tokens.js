/** Tokens for copy detection: lower-case runs of letters or digits; a number keeps its digits
 * only ("250,000", "250 000" and "250000" are one token), so formatting never hides a copy.
 * Hashes, not strings, are what the signatures keep: FNV-1a, 32 bits. */
const isLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
const isDigit = (c) => c >= 48 && c <= 57;
export const hashString = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
};
// Closed-class words that are not headwords of a general thesaurus (checked against WordNet
// 3.1's index), so a spinner has nothing to swap them for. Prepositions that are headwords
// ("in" -> "inside", "since" -> "because", as seed 002 shows spinners doing) are left out.
const IMMUTABLE_WORDS = ("a an the this that these those its him his she her hers they them their theirs we our you your my " +
    "whom whose which what when where how is was were been has had having does did would shall should could " +
    "and nor if than because although of to for with from into onto upon against among during says").split(" ");
const IMMUTABLE_HASHES = new Set(IMMUTABLE_WORDS.map(hashString));
// Function words in the wider sense: left out of the key terms that describe a story.
const FUNCTION_WORDS = ("a an the this that these those there here it its it's he him his she her hers they them their theirs " +
    "we us our you your i me my who whom whose which what when where why how " +
    "is are was were be been being am has have had having do does did done will would shall should can could may might must " +
    "and or but nor so yet if then than as because while although though " +
    "of to in on at by for with from into onto upon about against between among through during before after " +
    "above below under over up down out off again further once not no only own same such too very just also " +
    "all any both each few more most other some many much one two three four five six seven eight nine ten " +
    "said says say according").split(" ");
const FUNCTION_HASHES = new Set(FUNCTION_WORDS.map(hashString));
// One lookup per word: bit 1 immutable (a spinner cannot change it), bit 2 a function word.
// An open-addressing table on the 32-bit hash: a Map keyed by numbers past 2^30 hashes them
// as heap numbers, a third of tokenize's time.
const WORD_TABLE_BITS = 10;
const WORD_TABLE_MASK = (1 << WORD_TABLE_BITS) - 1;
const wordKeys = new Int32Array(1 << WORD_TABLE_BITS);
const wordFlags = new Uint8Array(1 << WORD_TABLE_BITS);
const slotOf = (h) => (Math.imul(h, 0x9e3779b1) >>> (32 - WORD_TABLE_BITS)) & WORD_TABLE_MASK;
const setWordFlags = (h, flags) => {
    let slot = slotOf(h);
    while (wordFlags[slot] !== 0 && wordKeys[slot] !== (h | 0))
        slot = (slot + 1) & WORD_TABLE_MASK;
    wordKeys[slot] = h | 0;
    wordFlags[slot] = flags;
};
const flagsOfWord = (h) => {
    for (let slot = slotOf(h); wordFlags[slot] !== 0; slot = (slot + 1) & WORD_TABLE_MASK)
        if (wordKeys[slot] === (h | 0))
            return wordFlags[slot];
    return 0;
};
for (const h of FUNCTION_HASHES)
    setWordFlags(h, 2);
for (const h of IMMUTABLE_HASHES)
    setWordFlags(h, 3);
// Scratch space for tokenize, grown to the longest text seen: a text of n characters has at
// most n tokens, and each call copies out exactly what it found.
let scratchHashes = new Uint32Array(1024);
let scratchFlags = new Uint8Array(1024);
let scratchValues = new Float64Array(1024);
const FIXED = 1;
const STOP = 2;
const CAPITAL = 4;
const INITIAL = 8;
/** Tokenises without building token strings for words: hashes are computed on the fly. */
export const tokenize = (text) => {
    const n = text.length;
    if (scratchHashes.length < n) {
        const size = Math.max(n, scratchHashes.length * 2);
        scratchHashes = new Uint32Array(size);
        scratchFlags = new Uint8Array(size);
        scratchValues = new Float64Array(size);
    }
    const hashes = scratchHashes;
    const flags = scratchFlags;
    const values = scratchValues;
    const numbers = [];
    let count = 0;
    let i = 0;
    let sentenceStart = true;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
            // A number, with thousands separators ("," "." space NBSP) between groups of three digits
            // when the first group has at most three: "250,000" and "250 000" are 250000, "2016 300"
            // stays two numbers.
            let value = 0;
            let h = 0x811c9dc5;
            let groupLength = 0;
            let firstGroup = true;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (isDigit(d)) {
                    value = value * 10 + (d - 48);
                    h = Math.imul(h ^ d, 0x01000193);
                    groupLength++;
                    i++;
                    continue;
                }
                const separator = d === 44 || d === 46 || d === 32 || d === 0xa0;
                const groupOk = firstGroup ? groupLength <= 3 : groupLength === 3;
                if (separator &&
                    groupOk &&
                    i + 3 < n &&
                    isDigit(text.charCodeAt(i + 1)) &&
                    isDigit(text.charCodeAt(i + 2)) &&
                    isDigit(text.charCodeAt(i + 3)) &&
                    !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))) {
                    firstGroup = false;
                    groupLength = 0;
                    i++;
                    continue;
                }
                break;
            }
            hashes[count] = h >>> 0;
            flags[count] = FIXED | (sentenceStart ? INITIAL : 0);
            values[count] = value;
            count++;
            sentenceStart = false;
            numbers.push(value);
            continue;
        }
        if (isLetter(c)) {
            const capital = c >= 65 && c <= 90 ? CAPITAL : 0;
            let h = 0x811c9dc5;
            while (i < n) {
                let d = text.charCodeAt(i);
                if (d === 39 || d === 0x2019) {
                    // apostrophe inside a word ("it's", "Assad's") stays in the token
                    if (i + 1 < n && isLetter(text.charCodeAt(i + 1)))
                        d = 39;
                    else
                        break;
                }
                else if (!isLetter(d))
                    break;
                if (d >= 65 && d <= 90)
                    d += 32;
                h = Math.imul(h ^ d, 0x01000193);
                i++;
            }
            h >>>= 0;
            const word = flagsOfWord(h);
            hashes[count] = h;
            flags[count] = capital | (sentenceStart ? INITIAL : 0) | (word & FIXED) | (word !== 0 ? STOP : 0);
            values[count] = Number.NaN;
            count++;
            sentenceStart = false;
            continue;
        }
        if (c === 46 || c === 33 || c === 63 || c === 10)
            sentenceStart = true;
        i++;
    }
    const fixed = new Uint8Array(count);
    const stop = new Uint8Array(count);
    const capital = new Uint8Array(count);
    const initial = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
        const f = flags[k];
        fixed[k] = f & FIXED;
        stop[k] = (f & STOP) >>> 1;
        capital[k] = (f & CAPITAL) >>> 2;
        initial[k] = (f & INITIAL) >>> 3;
    }
    return {
        hashes: hashes.slice(0, count),
        fixed,
        stop,
        capital,
        initial,
        values: values.slice(0, count),
        numbers,
        length: count
    };
};
// Number words, read as the numbers they are: "forty-five", "two hundred and fifty", "Three".
// Spinners turn digits into words and back ("3" -> "three", "45" -> "forty-five"); read as
// digits, both forms give one token and one figure. Only "hundred" joins a number: "nine
// million" stays "9 million", as "9 million" is written, and "several thousand" stays words.
const SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const NUMBER_WORD_VALUE = new Map([
    ...SMALL.map((w, i) => [w, i]),
    ...TENS.map((w, i) => [w, (i + 2) * 10]),
    ["hundred", 100]
]);
const LEADING = [...SMALL, ...TENS].sort((a, b) => b.length - a.length).join("|");
const ANY = `${LEADING}|hundred`;
const NUMBER_WORDS = new RegExp(`\\b(?:${LEADING})(?:(?:[ -]|(?<=hundred) and )(?:${ANY}))*\\b`, "gi");
/** The numbers a run of number words says: "two hundred and fifty" is 250; a word that cannot
 * continue the number before it ("one two") starts another. */
const numbersOfWords = (words, out) => {
    let current = 0;
    // what the last word was: 0 nothing, 1 a unit or teen, 2 a ten, 3 hundred
    let last = 0;
    const flush = () => {
        if (last !== 0)
            out.push(current);
        current = 0;
        last = 0;
    };
    for (const word of words) {
        const v = NUMBER_WORD_VALUE.get(word);
        if (v === undefined)
            continue;
        if (v === 100) {
            if (last === 3 || current >= 100)
                flush();
            current = (current === 0 ? 1 : current) * 100;
            last = 3;
        }
        else if (v >= 20) {
            if (last === 1 || last === 2)
                flush();
            current += v;
            last = 2;
        }
        else {
            if (last === 1 || (last === 2 && (v >= 10 || v === 0)))
                flush();
            current += v;
            last = 1;
        }
    }
    flush();
};
/** `text` with its number words written as digits (the same string when it has none); the
 * numbers read from words are added to `fromWords`. */
export const foldNumberWords = (text, fromWords = []) => text.replace(NUMBER_WORDS, (run) => {
    const values = [];
    // "and" only ever follows "hundred" here: "two hundred and fifty"
    numbersOfWords(run.toLowerCase().split(/[ -]+/), values);
    for (const v of values)
        fromWords.push(v);
    return values.join(" ");
});
//# sourceMappingURL=tokens.js.map