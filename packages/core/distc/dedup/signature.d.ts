/**
 * What copy detection knows about an article. Several views of the text, because copies come
 * in several kinds:
 * - `shingles`: every 4-word run. Wire copies and re-posts keep long runs of the same words,
 *   whatever headline, dateline or boilerplate is wrapped around them.
 * - `skeleton`: 6-grams over the words a synonym spinner cannot change (closed-class words no
 *   thesaurus lists, and numbers: DSpin's "immutable" words, Stamatatos's stopword n-grams).
 *   Replacing "people" with "humans" changes a shingle but not the skeleton "the of 32 to the".
 * - `sequence` and `anchors`: the tokens, and the names and numbers among them, in order. A
 *   spinner whose thesaurus also has function words and phrases ("with" -> "along with", "at
 *   least" -> "no less than") breaks the skeleton too, but what it leaves stays in order:
 *   verdict.ts aligns them. `anchorGrams`, runs of anchors, find such copies in the index.
 * Number words are read as digits first ("forty-five" is 45), as spinners write them both ways.
 * Grams are sorted, de-duplicated 32-bit hashes, so comparing two articles is a merge walk.
 */
export interface DedupSignature {
    readonly tokens: number;
    readonly shingles: Uint32Array;
    readonly skeleton: Uint32Array;
    /** every token's hash, in order: what the order-aware comparison aligns */
    readonly sequence: Uint32Array;
    /** the anchors in order: numbers, and names (runs of capitalised words inside a sentence
     * that are not function words: places, people, groups, agencies). A spinner that rewrites
     * any word in a thesaurus, function words included, still leaves most of these, in order. */
    readonly anchors: Uint32Array;
    /** hashes of each run of ANCHOR_GRAM consecutive anchors, sorted and unique: the anchor
     * view of the candidate index */
    readonly anchorGrams: Uint32Array;
    /** distinct numbers in the text, written in digits or words */
    readonly numbers: ReadonlyArray<number>;
    /** distinct numbers written in digits: the figures a copy keeps as they are. A number in
     * words may be a spinner's ("two hundred" -> "two century"), so only these can veto. */
    readonly figures: ReadonlyArray<number>;
}
export declare const signatureOf: (text: string) => DedupSignature;
/** |a ∩ b| for sorted unique arrays. */
export declare const intersectionSize: (a: Uint32Array, b: Uint32Array) => number;
/** Share of the smaller set found in the larger: a wire copy cut to 60% still contains 1. */
export declare const containment: (a: Uint32Array, b: Uint32Array) => number;
/** How many of each view's hashes go into the candidate index. */
export declare const SKETCH_SIZE = 16;
/** The index keys of an article: the smallest hashes of each view (a bottom-k sketch). Two
 * texts sharing a fraction J of their grams share about J of their sketch, so a copy almost
 * always shares a key with its original while unrelated texts rarely do. Views are told apart
 * by range: shingle keys are positive, skeleton keys in [-2^32, -1], anchor keys below -2^32
 * (so the keys stored before the anchor view existed keep their meaning). */
export declare const sketchOf: (sig: DedupSignature) => Array<number>;
