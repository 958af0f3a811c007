import { type DedupSignature } from "./signature.js";
/** Why two articles are, or are not, one report. */
export interface CopyEvidence {
    /** share of the shorter text's 4-word runs found in the other */
    readonly words: number;
    /** the same for the spinner-proof skeleton */
    readonly skeleton: number;
    /** numbers of the shorter text missing from the other, a sign of a different report */
    readonly missingNumbers: number;
    /** longest common subsequence of the two texts' tokens, as a share of the longer one; null
     * when the cheaper evidence already decided */
    readonly order: number | null;
    /** the same for their anchors (numbers and names) */
    readonly anchors: number | null;
    readonly verdict: "exact" | "copy" | "spun" | "distinct";
}
export declare const compareForCopy: (a: DedupSignature, b: DedupSignature) => CopyEvidence;
