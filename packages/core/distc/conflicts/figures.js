/** A round figure of a thousand or more ("600,000", "250,000") is an estimate: it agrees with
 * anything within a tenth of it ("the UN's 592,700" and "600,000" are one figure). */
const isRound = (n) => n >= 1000 && n % 100 === 0;
export const boundsOf = (min, max, qualifier) => {
    if (min === null && max === null)
        return null;
    const vague = qualifier === "vague";
    if (qualifier === "exact" && min !== null && min === max && isRound(min)) {
        return { lo: Math.round(min * 0.9), hi: Math.round(min * 1.1), stated: min, vague: false };
    }
    const lo = min === null ? 0 : qualifier === "more_than" ? min - 1 : min;
    const hi = max === null || vague ? Number.POSITIVE_INFINITY : max;
    let stated;
    if (vague)
        stated = null;
    else if (qualifier === "about" && min !== null && max !== null)
        stated = Math.round((min + max) / 2);
    else if (min === null)
        stated = max;
    else if (max === null)
        stated = lo;
    else if (min === max)
        stated = min;
    else
        stated = Math.round((min + max) / 2);
    return { lo, hi, stated, vague };
};
/** A bare figure read as "about N" (the extractor's tenth either side, at least the number itself):
 * a headline's "31 dead" gives its body's "at least 31" or a rounded count without the word. */
export const looseBounds = (n) => ({ lo: Math.min(n, Math.round(n * 0.9)), hi: Math.max(n, Math.round(n * 1.1)), stated: n, vague: false });
/** how far apart two disjoint figures are (>1), or 1 when they overlap */
export const gapRatio = (a, b) => {
    const [low, high] = a.hi < b.lo ? [a, b] : b.hi < a.lo ? [b, a] : [null, null];
    if (low === null || high === null)
        return 1;
    return high.lo / Math.max(low.hi, 0.5);
};
/** the contract's threshold for stated numbers that differ too much */
export const DIVERGENCE = 1.5;
/**
 * The figures cannot both be right: their intervals do not meet. A vague word contradicts
 * nothing: inside its interval it agrees, and outside it the word is loose usage or a larger
 * count ("the airstrikes have claimed hundreds of lives" against one strike's 30).
 */
export const contradicts = (a, b) => !a.vague && !b.vague && gapRatio(a, b) > 1;
/** The intervals meet but the numbers stated differ by more than half again. Vague words never diverge. */
export const diverges = (a, b) => {
    if (a.stated === null || b.stated === null || a.stated <= 0 || b.stated <= 0)
        return false;
    if (gapRatio(a, b) > 1)
        return false;
    return Math.max(a.stated, b.stated) / Math.min(a.stated, b.stated) > DIVERGENCE;
};
/** A part's figure cannot fit in its whole's: the part's least is above the whole's most (vague words never). */
export const exceeds = (part, whole) => !part.vague && !whole.vague && Number.isFinite(whole.hi) && part.lo > whole.hi;
/** The ratio used to rank a disagreement: how many times one figure is the other. */
export const spread = (a, b) => {
    const gap = gapRatio(a, b);
    if (gap > 1)
        return gap;
    if (a.stated !== null && b.stated !== null && a.stated > 0 && b.stated > 0)
        return Math.max(a.stated, b.stated) / Math.min(a.stated, b.stated);
    return 1;
};
const VAGUE_WORDS = [
    [3, 9, "several"],
    [20, 99, "tens"],
    [24, 99, "dozens"],
    [40, 99, "scores"],
    [200, 999, "hundreds"],
    [2000, 9999, "thousands"],
    [20000, 99999, "tens of thousands"],
    [200000, 999999, "hundreds of thousands"]
];
const num = (n) => n.toLocaleString("en-US");
/** "at least 40", "12", "about 300", "dozens", "up to 300,000" */
export const formatFigure = (min, max, qualifier) => {
    if (qualifier === "vague") {
        for (const [lo, hi, word] of VAGUE_WORDS)
            if (lo === min && hi === max)
                return word;
        return `${num(min ?? 0)}-${max === null ? "?" : num(max)}`;
    }
    if (min === null && max !== null)
        return `up to ${num(max)}`;
    if (min !== null && max === null)
        return qualifier === "more_than" ? `more than ${num(min - 1)}` : `at least ${num(min)}`;
    if (min !== null && max !== null) {
        if (min === max)
            return num(min);
        if (qualifier === "about")
            return `about ${num(Math.round((min + max) / 2))}`;
        return `${num(min)}-${num(max)}`;
    }
    return "?";
};
//# sourceMappingURL=figures.js.map