/** Which original a new copy names when several earlier articles verify as copies of it.
 *
 * Copies made the same way (one spinner, one story) resemble each other more than the
 * original: the article sharing most with a new copy is often an earlier copy. If that earlier
 * copy was itself missed, it is a root of its own, and naming it would chain every later copy
 * onto it. The first-seen root among all that verify is the original, whatever shares most. */
/** The source whose root was seen first. A root not at hand counts as earlier than any root
 * that is: the index lists the newest postings of a key, so the roots it leaves out are the old
 * ones. Ties go to the source seen first. */
export const firstSeenSource = (verified) => {
    let best;
    for (const s of verified) {
        if (best === undefined) {
            best = s;
            continue;
        }
        const a = s.rootSeen ?? Number.NEGATIVE_INFINITY;
        const b = best.rootSeen ?? Number.NEGATIVE_INFINITY;
        if (a < b || (a === b && s.seen < best.seen))
            best = s;
    }
    return best;
};
//# sourceMappingURL=original.js.map