// The conflict rules' public surface: what a store needs to keep incidents and conflicts up to
// date (see README.md), and the types of what they produce.
export { bySeverity, changedBy, changedByPrepared, detectConflicts, detectPrepared, listedIn } from "./detect.js";
export { formatFigure } from "./figures.js";
export { filingOf, placeChain, relatedTo } from "./lookup.js";
export { originOf } from "./origin.js";
export { CONFLICT_RULES_VERSION, featuresOf, featuresOfArticle, isCurrentFeatures, lookupKeys, markListed, needsFeatures, prepare } from "./prepare.js";
//# sourceMappingURL=index.js.map