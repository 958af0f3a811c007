/**
 * One line a person can read, e.g. "killed in Idlib, 3 May 2017: SOHR at least 40, Syrian
 * government 12", and the severity the conflict view sorts by.
 */
import { dayOf, formatDays, formatMonth } from "./days.js";
import { formatFigure } from "./figures.js";
export const figureOf = (c) => formatFigure(c.min, c.max, c.qualifier);
const whenOf = (scope) => {
    if (scope.when === null)
        return "";
    return `, ${formatDays(dayOf(scope.when.from), dayOf(scope.when.to))}`;
};
/** "civilians killed in Aleppo", "killed in Aleppo", "trapped in Aleppo" */
const what = (scope) => {
    const victims = scope.who !== null && scope.who !== "people" ? `${scope.who} ` : "";
    const where = scope.where === null ? "" : ` in ${scope.where}`;
    return `${victims}${scope.metric}${where}`;
};
/** a figure without its date, for an undated standing figure: "as of Nov 2016" */
const asOf = (q) => {
    if (q.month === null)
        return "";
    return ` (${formatMonth(q.window.to)})`;
};
const stated = (q) => q.bounds.stated ?? q.bounds.lo;
/** highest figure first, as "SOHR at least 40, Syrian government 12"; an origin's earlier
 * different figures follow its latest: "SOHR 126 (earlier 24)" */
const list = (figures, all = figures) => [...figures]
    .sort((a, b) => stated(b) - stated(a) || (a.origin.label < b.origin.label ? -1 : 1))
    .map((f) => {
    const earlier = [
        ...new Set(all.filter((x) => x.origin.key === f.origin.key && x.claim.published < f.claim.published && stated(x) !== stated(f)).map((x) => figureOf(x.claim)))
    ];
    return `${f.origin.label} ${figureOf(f.claim)}${asOf(f)}${earlier.length > 0 ? ` (earlier ${earlier.join(", ")})` : ""}`;
})
    .join(", ");
export const scopeSummary = (scope, figures, all) => `${what(scope)}${whenOf(scope)}: ${list(figures, all)}`;
/** what makes a part narrower than its whole: "in Sukkari", "children", "on 16 Nov 2016" */
const narrower = (part, whole) => {
    const bits = [];
    if (part.victims !== whole.victims)
        bits.push(part.victims);
    if (part.place.id !== whole.place.id && part.claim.where !== null) {
        const tag = part.place.id.includes("#") ? ` (${part.place.id.slice(part.place.id.indexOf("#") + 1)})` : "";
        bits.push(`in ${part.claim.where}${tag}`);
    }
    if (part.month === null && (part.window.from !== whole.window.from || part.window.to !== whole.window.to))
        bits.push(`on ${formatDays(part.window.from, part.window.to)}`);
    return bits.join(" ");
};
export const partSummary = (scope, parts, wholes) => {
    const partText = [...parts]
        .sort((a, b) => stated(b) - stated(a))
        .map((p) => `${p.origin.label} ${figureOf(p.claim)} ${narrower(p, wholes[0])}`.trimEnd())
        .join(", ");
    return `${what(scope)}${whenOf(scope)}: ${partText}, above ${list(wholes)} in all`;
};
export const denialSummary = (scope, deniers, reporters) => {
    const where = scope.where === null ? "" : ` in ${scope.where}`;
    return `${scope.who} ${scope.metric}${where}${whenOf(scope)}: denied by ${deniers.join(", ")}; reported by ${reporters.join(", ")}`;
};
export const revisionSummary = (scope, steps) => `${what(scope)}${whenOf(scope)}: ${steps[0].origin.label} ${steps.map((s) => figureOf(s.claim)).join(" then ")}`;
const KIND_WEIGHT = {
    denial: 4,
    contradiction: 4,
    part_exceeds_whole: 3,
    divergent: 2,
    revision: 1
};
/**
 * The kind first (a denial or contradiction before a part above its whole, before figures that
 * merely diverge, before a source's own revision), then how far apart the figures are: a
 * fraction below 1 that grows with the ratio (for a denial, with the number of sources reporting).
 */
export const severityOf = (kind, ratio) => {
    const r = Math.max(1, ratio);
    return KIND_WEIGHT[kind] + Math.log(r) / (Math.log(r) + 1);
};
//# sourceMappingURL=summary.js.map