import { tokenize } from "../dedup/tokens.js";
/** Weighted counts of an article's key terms: content words, names (capitalised words count
 * three times: places, people and groups survive rewording and spinning) and figures over 31
 * (the death toll two reports of one event share). The headline counts double. */
export const termCounts = (title, body) => {
    const counts = new Map();
    const add = (text, weight) => {
        const t = tokenize(text);
        for (let i = 0; i < t.length; i++) {
            const w = termWeight(t, i);
            if (w === 0)
                continue;
            const h = t.hashes[i];
            counts.set(h, (counts.get(h) ?? 0) + w * weight);
        }
    };
    add(title, 2);
    add(body, 1);
    return counts;
};
/** The weight of token i as a key term: 0 for a stop word, a small number or a year. */
const termWeight = (t, i) => {
    const value = t.values[i];
    if (!Number.isNaN(value))
        return value <= 31 || (value >= 1990 && value <= 2100) ? 0 : 2;
    if (t.stop[i] === 1)
        return 0;
    return t.capital[i] === 1 ? 3 : 1;
};
// Counts by term hash in an open-addressing table (a Map keyed by hashes past 2^30 boxes
// them), reused from call to call; terms keep the order they were first met in.
let tableBits = 10;
let tableKeys = new Int32Array(1 << tableBits);
let tableSlots = new Int32Array(1 << tableBits).fill(-1);
let order = new Uint32Array(512);
let weights = new Float64Array(512);
const countInto = (text, weight, distinct) => {
    const t = tokenize(text);
    for (let i = 0; i < t.length; i++) {
        const w = termWeight(t, i);
        if (w === 0)
            continue;
        const h = t.hashes[i];
        const mask = (1 << tableBits) - 1;
        let slot = (Math.imul(h, 0x9e3779b1) >>> (32 - tableBits)) & mask;
        for (;;) {
            const at = tableSlots[slot];
            if (at === -1) {
                if (distinct === order.length) {
                    order = growU32(order);
                    weights = growF64(weights);
                }
                tableSlots[slot] = distinct;
                tableKeys[slot] = h | 0;
                order[distinct] = h;
                weights[distinct] = w * weight;
                distinct++;
                // keep the table at most half full
                if (distinct * 2 > tableSlots.length)
                    rehash(distinct);
                break;
            }
            if (tableKeys[slot] === (h | 0)) {
                weights[at] = weights[at] + w * weight;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    return distinct;
};
const growU32 = (a) => {
    const b = new Uint32Array(a.length * 2);
    b.set(a);
    return b;
};
const growF64 = (a) => {
    const b = new Float64Array(a.length * 2);
    b.set(a);
    return b;
};
const rehash = (distinct) => {
    tableBits++;
    tableKeys = new Int32Array(1 << tableBits);
    tableSlots = new Int32Array(1 << tableBits).fill(-1);
    const mask = (1 << tableBits) - 1;
    for (let k = 0; k < distinct; k++) {
        let slot = (Math.imul(order[k], 0x9e3779b1) >>> (32 - tableBits)) & mask;
        while (tableSlots[slot] !== -1)
            slot = (slot + 1) & mask;
        tableSlots[slot] = k;
        tableKeys[slot] = order[k] | 0;
    }
};
/** The `size` heaviest entries of `termCounts(title, body)`, heaviest first, equal weights in
 * the order the text gives them: what `[...termCounts(title, body)].sort(...).slice(0, size)`
 * gives, without a Map. */
export const topTermCounts = (title, body, size) => {
    let distinct = countInto(title, 2, 0);
    distinct = countInto(body, 1, distinct);
    const all = new Array(distinct);
    for (let k = 0; k < distinct; k++)
        all[k] = [order[k], weights[k]];
    // the table is cleared for the next call by the slots it used
    const mask = (1 << tableBits) - 1;
    for (let k = 0; k < distinct; k++) {
        let slot = (Math.imul(order[k], 0x9e3779b1) >>> (32 - tableBits)) & mask;
        while (tableKeys[slot] !== (order[k] | 0))
            slot = (slot + 1) & mask;
        tableSlots[slot] = -1;
    }
    // Array sort is stable: equal counts keep the order the terms were met in.
    all.sort((x, y) => y[1] - x[1]);
    if (all.length > size)
        all.length = size;
    return all;
};
const IDF_PRIOR = 1000;
/** tf-idf, top `size` terms, normalised. Rare terms (a neighbourhood, a person) weigh more
 * than the words every report of the conflict shares. */
export const termVector = (counts, df, articles, size = 40) => {
    const weighted = [];
    for (const [term, tf] of counts) {
        // A prior of IDF_PRIOR unseen articles keeps weights near-flat while the store is small
        // (five articles would otherwise make every unshared word look decisive) and fades as the
        // store grows.
        const idf = Math.log((articles + IDF_PRIOR) / ((df.get(term) ?? 0) + 1));
        weighted.push([term, (1 + Math.log(tf)) * idf]);
    }
    weighted.sort((x, y) => y[1] - x[1]);
    return normalise(weighted.slice(0, size));
};
const normalise = (v) => {
    let norm = 0;
    for (const [, w] of v)
        norm += w * w;
    norm = Math.sqrt(norm) || 1;
    return v.map(([t, w]) => [t, w / norm]);
};
export const cosine = (a, b) => {
    const [small, large] = a.length <= b.length ? [a, b] : [b, a];
    const index = new Map(large);
    let dot = 0;
    for (const [t, w] of small)
        dot += w * (index.get(t) ?? 0);
    return dot;
};
/** A story's vector after a new member joins: the running mean, re-normalised and trimmed. */
export const mergeVectors = (story, members, article, size = 60) => {
    const sum = new Map();
    for (const [t, w] of story)
        sum.set(t, w * members);
    for (const [t, w] of article)
        sum.set(t, (sum.get(t) ?? 0) + w);
    const merged = [...sum].sort((x, y) => y[1] - x[1]).slice(0, size);
    return normalise(merged);
};
//# sourceMappingURL=terms.js.map