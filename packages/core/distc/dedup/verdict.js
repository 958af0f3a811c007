import { lcsLength } from "./align.js";
import { containment, intersectionSize } from "./signature.js";
// Thresholds chosen on the dedup benchmark's labelled set (bench/results/dedup.json). Word
// containment of 0.7, not lower: two articles of one outlet can share half their 4-word runs
// through site boilerplate alone.
const WORD_COPY = 0.7;
const SKELETON_SPUN = 0.4;
const MIN_GRAMS = 8;
const MIN_SHARE_OF_LONGER = 0.3;
const SPIN_GAP = 0.2;
// The order evidence, chosen on the dev half of the benchmark (both spinners, never the
// held-out half): a copy spun at 50%, function words and phrases included, keeps about half
// its tokens and half or more of its anchors in order; distinct reports, and spun copies of
// other articles that share a passage with this one, keep less. Shares of the longer text, so
// a short item is not "contained" in a long one. Anchors below 0.4 let such copies of other
// articles through; order below 0.35, other FA-KES rows.
const ORDER_SPUN = 0.35;
const ANCHORS_SPUN = 0.4;
const MIN_TOKENS = 60;
const MIN_ANCHORS = 6;
/** Numbers in `a` that `b` lacks. A copy keeps the figures; a rewrite by someone else, or an
 * update ("at least 112" -> "at least 126"), does not, and stays a report of its own. Small
 * numbers (dates, counts under 32) and years are left out: datelines add them to wire copies. */
const missingNumbers = (a, b) => {
    let missing = 0;
    // most texts have a few dozen numbers: a scan costs less than building a Set
    const inB = b.length > 64 ? new Set(b) : { has: (n) => b.includes(n) };
    for (const n of a)
        if (n > 31 && !(n >= 1990 && n <= 2100) && !inB.has(n))
            missing++;
    return missing;
};
/** Whether `b` has the numbers of `a`, small ones and years included: the stricter veto for
 * the order evidence. Two of one outlet's templated reports ("1 civilian killed, 3 injured in
 * terrorist attacks on Aleppo") differ in little else, while a spun copy keeps every figure but
 * the odd spelt-out one its punctuation damage garbled ("forty-th'ee"): one of four or more. */
const keepsAllNumbers = (a, b) => {
    if (a.length === 0)
        return true;
    const inB = new Set(b);
    let missing = 0;
    for (const n of a)
        if (!inB.has(n))
            missing++;
    return missing === 0 || (missing === 1 && a.length >= 4);
};
/** LCS of `a` and `b` over the longer of the two, or 0 when the lengths alone keep it under
 * `floor` (the common case for candidates that are not copies: no alignment is run). */
const orderShare = (a, b, floor) => {
    const longer = Math.max(a.length, b.length);
    if (longer === 0 || Math.min(a.length, b.length) < floor * longer)
        return 0;
    return lcsLength(a, b) / longer;
};
export const compareForCopy = (a, b) => {
    // the shared 4-word runs, counted once: as a share of the smaller text and of the longer
    const sharedWords = intersectionSize(a.shingles, b.shingles);
    const fewerWords = Math.min(a.shingles.length, b.shingles.length);
    const words = fewerWords === 0 ? 0 : sharedWords / fewerWords;
    const skeleton = containment(a.skeleton, b.skeleton);
    const [shorter, longer] = a.tokens <= b.tokens ? [a, b] : [b, a];
    // Only figures written in digits veto: a number in words may be a spinner's ("two hundred"
    // -> "two century"), while digits are what a copy keeps.
    // A figure missing from the other text with nothing in its place is a cut, or a spelt-out
    // figure garbled by a spinner's punctuation damage ("th” rty-two"); a figure replaced by
    // another ("at least 112" -> "at least 126") is a different report. Only the second vetoes.
    const missing = missingNumbers(shorter.figures, longer.numbers);
    const replaced = missing > 0 && missingNumbers(longer.figures, shorter.numbers) > 0 ? missing : 0;
    const enoughWords = Math.min(a.shingles.length, b.shingles.length) >= MIN_GRAMS;
    const enoughSkeleton = Math.min(a.skeleton.length, b.skeleton.length) >= MIN_GRAMS;
    // Shared share of the longer text: a short page that is mostly an outlet's footer is
    // "contained" in every long article carrying that footer, but covers little of any of them.
    const wordsOfLonger = sharedWords / Math.max(1, a.shingles.length, b.shingles.length);
    let verdict = "distinct";
    let order = null;
    let anchors = null;
    if (replaced === 0) {
        if (words >= 0.98 && a.tokens === b.tokens)
            verdict = "exact";
        else if (enoughWords && words >= WORD_COPY && wordsOfLonger >= MIN_SHARE_OF_LONGER)
            verdict = "copy";
        // Spinning changes words, not the skeleton, so a spun copy agrees far more on its skeleton
        // than on its words; two texts that merely share a passage agree on both alike.
        else if (enoughSkeleton && skeleton >= SKELETON_SPUN && skeleton >= words + SPIN_GAP)
            verdict = "spun";
        // A spinner that also rewrites function words breaks the skeleton, but not the order of
        // what it leaves: the names and numbers, and the share of words it did not pick. The same
        // gap as above tells spinning from a shared passage.
        else if (Math.min(a.tokens, b.tokens) >= MIN_TOKENS &&
            Math.min(a.anchors.length, b.anchors.length) >= MIN_ANCHORS &&
            keepsAllNumbers(shorter.figures, longer.numbers) &&
            (anchors = orderShare(a.anchors, b.anchors, ANCHORS_SPUN)) >= ANCHORS_SPUN &&
            (order = orderShare(a.sequence, b.sequence, ORDER_SPUN)) >= ORDER_SPUN &&
            order >= words + SPIN_GAP)
            verdict = "spun";
    }
    return { words, skeleton, missingNumbers: missing, order, anchors, verdict };
};
//# sourceMappingURL=verdict.js.map