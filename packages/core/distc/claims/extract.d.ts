import { type Qualifier } from "./numbers.js";
import type { DateWindow } from "./types.js";
/** Bumped whenever the rules change: stored claims of an older version are re-extracted. */
export declare const EXTRACTOR_VERSION = 83;
export type Metric = "killed" | "injured" | "casualties" | "trapped" | "displaced" | "strikes" | "hospitals_hit" | "arrested" | "missing";
/** A claim as extracted: the contract's record without the ids, which the store assigns. */
export interface ExtractedClaim {
    readonly kind: "quantity" | "event";
    readonly metric: Metric | null;
    readonly min: number | null;
    readonly max: number | null;
    readonly qualifier: Qualifier | null;
    readonly who: string | null;
    readonly where: string | null;
    readonly whereId: string | null;
    readonly when: DateWindow | null;
    readonly source: string | null;
    readonly actor: string | null;
    readonly action: string | null;
    readonly polarity: "asserted" | "denied";
    readonly quote: string;
    /** offsets into `title + "\n" + body`, the text the claim was read from */
    readonly span: readonly [number, number];
    /** which rule produced it, for evidence */
    readonly rule: string;
}
export interface ClaimSource {
    readonly title: string;
    readonly body: string;
    /** epoch ms: what relative dates resolve against */
    readonly published: number;
    /** the outlet: a claim it makes itself has no source */
    readonly outlet: string;
}
/** Claims in an article: quantity claims for every figure of harm, and event claims for
 * denials and attributed attacks. Pure and synchronous: no I/O, rules only. */
export declare const extractClaims: (article: ClaimSource) => Array<ExtractedClaim>;
