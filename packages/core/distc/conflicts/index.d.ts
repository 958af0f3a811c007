export { bySeverity, changedBy, changedByPrepared, type DetectOptions, type Detection, detectConflicts, detectPrepared, listedIn } from "./detect.js";
export { formatFigure } from "./figures.js";
export { type ClaimIndex, type Filed, type FiledRow, filingOf, placeChain, type Related, relatedTo } from "./lookup.js";
export { type Origin, originOf } from "./origin.js";
export { CONFLICT_RULES_VERSION, featuresOf, featuresOfArticle, isCurrentFeatures, lookupKeys, markListed, needsFeatures, type Prepared, type PreparedQuantity, prepare } from "./prepare.js";
export type { Conflict, ConflictClaim, ConflictKind, Grade, Incident, Scope, SourcedFigure } from "./types.js";
