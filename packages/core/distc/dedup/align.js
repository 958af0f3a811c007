/** Order-aware comparison: the length of the longest common subsequence of two token
 * sequences. A spinner replaces words where they stand, so whatever it leaves (names, numbers,
 * the words its thesaurus lacks, and the words it happened not to pick) stays in the original
 * order; two reports that merely share vocabulary share it in another order.
 *
 * Bit-parallel (Allison-Dix / Hyyrö 2004): one pass over `b` with a bit per token of `a`, so
 * about |a|·|b|/32 word operations, a few microseconds for two articles. */
// A signature's sequence is compared with several candidates: prepare it once.
const patterns = new WeakMap();
const patternOf = (a) => {
    const cached = patterns.get(a);
    if (cached !== undefined)
        return cached;
    const words = (a.length + 31) >>> 5;
    const rows = new Map();
    for (let i = 0; i < a.length; i++)
        if (!rows.has(a[i]))
            rows.set(a[i], rows.size);
    const masks = new Uint32Array(rows.size * words);
    for (let i = 0; i < a.length; i++)
        masks[rows.get(a[i]) * words + (i >>> 5)] |= 1 << (i & 31);
    const pattern = { length: a.length, words, rows, masks };
    patterns.set(a, pattern);
    return pattern;
};
/** Length of the longest common subsequence of `a` and `b`. `a` is the side prepared (and
 * cached) as bit vectors: pass the sequence compared most often. */
export const lcsLength = (a, b) => {
    if (a.length === 0 || b.length === 0)
        return 0;
    const p = patternOf(a);
    const w = p.words;
    // V has a 0 bit for each position of `a` matched so far; it starts all ones.
    const v = new Uint32Array(w).fill(0xffffffff);
    for (let j = 0; j < b.length; j++) {
        const row = p.rows.get(b[j]);
        if (row === undefined)
            continue;
        const base = row * w;
        let carry = 0;
        for (let k = 0; k < w; k++) {
            const x = v[k];
            const m = p.masks[base + k];
            // V' = (V + (V & M)) | (V & ~M), with the carry run across words
            const sum = x + ((x & m) >>> 0) + carry;
            carry = sum > 0xffffffff ? 1 : 0;
            v[k] = sum | (x & ~m);
        }
    }
    let common = 0;
    for (let i = 0; i < p.length; i++)
        if ((v[i >>> 5] & (1 << (i & 31))) === 0)
            common++;
    return common;
};
//# sourceMappingURL=align.js.map