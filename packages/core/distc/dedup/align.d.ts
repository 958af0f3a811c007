/** Order-aware comparison: the length of the longest common subsequence of two token
 * sequences. A spinner replaces words where they stand, so whatever it leaves (names, numbers,
 * the words its thesaurus lacks, and the words it happened not to pick) stays in the original
 * order; two reports that merely share vocabulary share it in another order.
 *
 * Bit-parallel (Allison-Dix / Hyyrö 2004): one pass over `b` with a bit per token of `a`, so
 * about |a|·|b|/32 word operations, a few microseconds for two articles. */
/** Length of the longest common subsequence of `a` and `b`. `a` is the side prepared (and
 * cached) as bit vectors: pass the sequence compared most often. */
export declare const lcsLength: (a: Uint32Array, b: Uint32Array) => number;
