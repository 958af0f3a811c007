import { foldNumberWords, tokenize } from "./tokens.js";
const SHINGLE = 4;
const SKELETON_GRAM = 6;
const ANCHOR_GRAM = 2;
const mix = (h, x) => {
    // murmur3-style combine: order matters, so "a b" and "b a" hash apart.
    let k = Math.imul(x, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
};
const finish = (h) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
};
/** Hashes of all n-grams of `hashes[0..length)`, sorted and unique. Short texts yield one
 * gram of the whole text, so they can still be compared. */
const grams = (hashes, length, n) => {
    const count = Math.max(0, length - n + 1);
    if (count === 0) {
        if (length === 0)
            return new Uint32Array(0);
        let h = 0;
        for (let i = 0; i < length; i++)
            h = mix(h, hashes[i]);
        return Uint32Array.of(finish(h));
    }
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
        let h = 0;
        for (let j = 0; j < n; j++)
            h = mix(h, hashes[i + j]);
        out[i] = finish(h);
    }
    out.sort();
    let w = 0;
    for (let r = 0; r < out.length; r++)
        if (r === 0 || out[r] !== out[r - 1])
            out[w++] = out[r];
    return out.subarray(0, w);
};
/** Distinct numbers of `all` not accounted for by the ones read from words. */
const digitsOnly = (all, fromWords) => {
    if (fromWords.length === 0)
        return [...new Set(all)];
    const words = new Map();
    for (const n of fromWords)
        words.set(n, (words.get(n) ?? 0) + 1);
    const out = new Set();
    for (const n of all) {
        const w = words.get(n) ?? 0;
        if (w > 0)
            words.set(n, w - 1);
        else
            out.add(n);
    }
    return [...out];
};
export const signatureOf = (text) => {
    const fromWords = [];
    const t = tokenize(foldNumberWords(text, fromWords));
    const fixed = new Uint32Array(t.length);
    const anchors = new Uint32Array(t.length);
    let f = 0;
    let a = 0;
    let inName = false;
    for (let i = 0; i < t.length; i++) {
        if (t.fixed[i] === 1)
            fixed[f++] = t.hashes[i];
        const name = t.capital[i] === 1 && t.initial[i] === 0 && t.stop[i] === 0;
        // A name of several words ("Syrian Observatory", "Rami Abdel Rahman") is one anchor: two
        // reports quoting the same people do not share runs of anchors for that alone.
        if (name && inName)
            anchors[a - 1] = finish(mix(anchors[a - 1], t.hashes[i]));
        else if (name || !Number.isNaN(t.values[i]))
            anchors[a++] = t.hashes[i];
        inName = name;
    }
    return {
        tokens: t.length,
        shingles: grams(t.hashes, t.length, SHINGLE),
        skeleton: grams(fixed, f, SKELETON_GRAM),
        sequence: t.hashes,
        anchors: anchors.slice(0, a),
        anchorGrams: grams(anchors, a, ANCHOR_GRAM),
        numbers: [...new Set(t.numbers)],
        figures: digitsOnly(t.numbers, fromWords)
    };
};
/** |a ∩ b| for sorted unique arrays. */
export const intersectionSize = (a, b) => {
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.length && j < b.length) {
        const x = a[i];
        const y = b[j];
        if (x === y) {
            n++;
            i++;
            j++;
        }
        else if (x < y)
            i++;
        else
            j++;
    }
    return n;
};
/** Share of the smaller set found in the larger: a wire copy cut to 60% still contains 1. */
export const containment = (a, b) => {
    const smaller = Math.min(a.length, b.length);
    return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
};
/** How many of each view's hashes go into the candidate index. */
export const SKETCH_SIZE = 16;
/** The skeleton's share is smaller: anchor runs find the spun copies it finds (and those it
 * misses), and every key costs a lookup per article. Its 8 smallest hashes are among the 16
 * stored for earlier articles, so those are still found through it. */
const SKELETON_SKETCH = 8;
const ANCHOR_KEY_OFFSET = 2 ** 32 + 1;
/** The index keys of an article: the smallest hashes of each view (a bottom-k sketch). Two
 * texts sharing a fraction J of their grams share about J of their sketch, so a copy almost
 * always shares a key with its original while unrelated texts rarely do. Views are told apart
 * by range: shingle keys are positive, skeleton keys in [-2^32, -1], anchor keys below -2^32
 * (so the keys stored before the anchor view existed keep their meaning). */
export const sketchOf = (sig) => {
    const keys = [];
    for (let i = 0; i < Math.min(SKETCH_SIZE, sig.shingles.length); i++)
        keys.push(sig.shingles[i] + 1);
    for (let i = 0; i < Math.min(SKELETON_SKETCH, sig.skeleton.length); i++)
        keys.push(-(sig.skeleton[i] + 1));
    for (let i = 0; i < Math.min(SKETCH_SIZE, sig.anchorGrams.length); i++)
        keys.push(-(sig.anchorGrams[i] + ANCHOR_KEY_OFFSET));
    return keys;
};
//# sourceMappingURL=signature.js.map