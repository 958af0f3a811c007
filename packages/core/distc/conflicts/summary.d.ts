import type { PreparedQuantity } from "./prepare.js";
import type { ConflictClaim, ConflictKind, Scope } from "./types.js";
export declare const figureOf: (c: Pick<ConflictClaim, "min" | "max" | "qualifier">) => string;
export declare const scopeSummary: (scope: Scope, figures: ReadonlyArray<PreparedQuantity>, all: ReadonlyArray<PreparedQuantity>) => string;
export declare const partSummary: (scope: Scope, parts: ReadonlyArray<PreparedQuantity>, wholes: ReadonlyArray<PreparedQuantity>) => string;
export declare const denialSummary: (scope: Scope, deniers: ReadonlyArray<string>, reporters: ReadonlyArray<string>) => string;
export declare const revisionSummary: (scope: Scope, steps: ReadonlyArray<PreparedQuantity>) => string;
/**
 * The kind first (a denial or contradiction before a part above its whole, before figures that
 * merely diverge, before a source's own revision), then how far apart the figures are: a
 * fraction below 1 that grows with the ratio (for a denial, with the number of sources reporting).
 */
export declare const severityOf: (kind: ConflictKind, ratio: number) => number;
