/** Which original a new copy names when several earlier articles verify as copies of it.
 *
 * Copies made the same way (one spinner, one story) resemble each other more than the
 * original: the article sharing most with a new copy is often an earlier copy. If that earlier
 * copy was itself missed, it is a root of its own, and naming it would chain every later copy
 * onto it. The first-seen root among all that verify is the original, whatever shares most. */
/** An earlier article that verified as a copy source. */
export interface VerifiedCopySource {
    /** when it was first seen: its store rowid, or past every stored one for this batch's own */
    readonly seen: number;
    /** the root of its cluster: its own id, or the original it was marked a copy of */
    readonly root: string;
    /** when the root was first seen; null when the root is not at hand, only known to come
     * before `seen` */
    readonly rootSeen: number | null;
}
/** The source whose root was seen first. A root not at hand counts as earlier than any root
 * that is: the index lists the newest postings of a key, so the roots it leaves out are the old
 * ones. Ties go to the source seen first. */
export declare const firstSeenSource: <S extends VerifiedCopySource>(verified: ReadonlyArray<S>) => S | undefined;
