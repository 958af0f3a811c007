/**
 * Incidents and conflicts among a set of claims. Pure and deterministic: the same claims, in
 * any order, give the same incidents and conflicts, with the same ids.
 *
 * Precision first, because an analyst drowns in false alarms:
 * - every conflict but a revision needs two different origins (origin.ts); copies count for nothing;
 * - figures whose sentences name different causes, sides or perpetrators, one strike against a
 *   toll over many, or a number the other names as its part are never the same count;
 * - a vague word contradicts nothing and diverges from nothing;
 * - a part below its whole is no conflict; a part above it is (up to three times it).
 * The rules in full are in README.md.
 */
import { createHash } from "node:crypto";
import { isoOfDay } from "./days.js";
import { contradicts, diverges, exceeds, spread } from "./figures.js";
import { EVENT_SLACK_DAYS, prepare, STOCK_MONTHS, scopeKeyForVictims } from "./prepare.js";
import { actorParty } from "./origin.js";
import { bitsMeet, sidesAsPerpetrators, isCountry, placeNesting, victimAncestors, victimNesting, windowNesting } from "./scope.js";
import { denialSummary, partSummary, revisionSummary, scopeSummary, severityOf } from "./summary.js";
const idOf = (...parts) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
const byId = (a, b) => a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
/** latest published first, then by claim id: which of an origin's claims speaks for it */
const latestFirst = (a, b) => b.claim.published - a.claim.published || byId(a, b);
const sortedIds = (xs) => [...new Set([...xs].map((x) => x.claim.id))].sort();
const scopeOf = (q) => ({
    metric: q.metric,
    where: q.claim.where,
    when: q.month !== null || !q.window.dated ? null : { from: isoOfDay(q.window.from), to: isoOfDay(q.window.to) },
    who: q.victims
});
/** each origin's latest figure among these claims, by origin key */
export const figuresByOrigin = (members) => {
    const seen = new Map();
    for (const m of [...members].sort(latestFirst))
        if (!seen.has(m.origin.key))
            seen.set(m.origin.key, m);
    return [...seen.values()];
};
const sourced = (q) => ({
    source: q.origin.label,
    claimId: q.claim.id,
    min: q.claim.min,
    max: q.claim.max,
    qualifier: q.claim.qualifier
});
/** Disagreements between different origins among claims of one scope (or two scopes of one standing figure). */
const disagreement = (left, right) => {
    const involved = new Set();
    let contradiction = false;
    let worst = 1;
    // every pair is looked at: the figures first, as most pairs of a scope agree (copies of one
    // report, one source's figure retold), then whether the two can be compared at all
    const pairs = (a, b) => {
        const c = contradicts(a.bounds, b.bounds);
        if (!c && !diverges(a.bounds, b.bounds))
            return;
        if (!comparable(a, b) || scalesDiffer(a, b))
            return;
        contradiction ||= c;
        worst = Math.max(worst, spread(a.bounds, b.bounds));
        involved.add(a);
        involved.add(b);
    };
    if (right === null) {
        for (let i = 0; i < left.length; i++)
            for (let j = i + 1; j < left.length; j++)
                pairs(left[i], left[j]);
    }
    else {
        for (const a of left)
            for (const b of right)
                pairs(a, b);
    }
    if (involved.size === 0)
        return null;
    return { kind: contradiction ? "contradiction" : "divergent", involved: [...involved].sort(byId), spread: worst };
};
/** Figures a sentence ties to different causes or sides, or fifty times apart, count different things. */
const MAX_SPREAD = 50;
const comparableSides = (a, b) => 
// strikes counted by someone: only the same air force's, when both sentences name it
(a.metric !== "strikes" || (a.sides !== 0 && b.sides !== 0)) &&
    bitsMeet(a.causes, b.causes) &&
    bitsMeet(a.sides, b.sides) &&
    bitsMeet(a.perpetrators, b.perpetrators) &&
    spread(a.bounds, b.bounds) <= MAX_SPREAD &&
    !isSubcount(a, b) &&
    !isSubcount(b, a) &&
    !twoStrikesTold(a, b);
const comparable = (a, b) => a.origin.key !== b.origin.key && comparableSides(a, b);
/** One report telling two strikes, each in its own sentence ("jets struck a fuel market ...
 * killing 18", "an airstrike hit a field hospital ... killing three"): two incidents, whatever
 * place and day the reading gives them. */
const twoStrikesTold = (a, b) => a.scale === "single" && b.scale === "single" && a.claim.articleId === b.claim.articleId && !sameSentence(a, b);
/** Two claims of one article read from one sentence: by the sentence's offset, which a store
 * keeps with every claim (a store may leave the sentence's text unread), else by its text. */
const sameSentence = (a, b) => a.claim.span !== undefined && a.claim.span !== null && b.claim.span !== undefined && b.claim.span !== null
    ? a.claim.span[0] === b.claim.span[0]
    : a.claim.quote === b.claim.quote;
/** a's number is one its sentence's neighbour b names as a part of b's ("31 ... including 10 when their bus was hit") */
const isSubcount = (a, b) => a.bounds.stated !== null && b.subcounts.includes(a.bounds.stated);
/** one strike against a toll over many: a part, never the same count */
const scalesDiffer = (a, b) => a.scale !== null && b.scale !== null && a.scale !== b.scale;
const sameScopeConflict = (anchors, d, scope) => {
    const figures = figuresByOrigin(d.involved);
    return {
        id: idOf("scope", ...anchors),
        kind: d.kind,
        claimIds: sortedIds(d.involved),
        scope,
        sources: figures.map((f) => f.origin.label).sort(),
        summary: scopeSummary(scope, figures, d.involved),
        severity: severityOf(d.kind, d.spread),
        anchors
    };
};
/** The scopes of the same metric, place and window whose victims contain a group's ("killed"
 * for "civilians killed"), widest last. */
const widerScopeKeys = (g) => victimAncestors(g.members[0].victims)
    .slice(1)
    .map((v) => scopeKeyForVictims(g.members[0], v));
/** The same origin stating different figures for one scope at different times: a timeline. An
 * outlet's own figures are no one source's (an activist's 22, then the agencies' 12), so only a
 * named source revises. `anchors`: the group's key and its wider scopes' (see detectPrepared). */
const revisions = (g, anchors) => {
    const byOrigin = new Map();
    for (const m of g.members) {
        if (m.origin.key.startsWith("outlet:"))
            continue;
        const list = byOrigin.get(m.origin.key);
        if (list === undefined)
            byOrigin.set(m.origin.key, [m]);
        else
            list.push(m);
    }
    const out = [];
    for (const [originKey, list] of byOrigin) {
        if (list.length < 2)
            continue;
        const ordered = [...list].sort((a, b) => a.claim.published - b.claim.published || byId(a, b));
        // the numbers as they changed, one per publication time; vague words state none
        const steps = [];
        for (const m of ordered) {
            if (m.bounds.stated === null)
                continue;
            const last = steps.at(-1);
            if (last !== undefined && (last.bounds.stated === m.bounds.stated || last.claim.published === m.claim.published || !comparableSides(last, m)))
                continue;
            steps.push(m);
        }
        if (steps.length < 2)
            continue;
        let moved = 1;
        for (let i = 1; i < steps.length; i++)
            moved = Math.max(moved, spread(steps[i - 1].bounds, steps[i].bounds));
        const scope = scopeOf(g.members[0]);
        out.push({
            conflict: {
                id: idOf("revision", g.scopeKey, originKey),
                kind: "revision",
                claimIds: sortedIds(steps),
                scope,
                sources: [steps[0].origin.label],
                summary: revisionSummary(scope, steps),
                severity: severityOf("revision", moved),
                anchors
            },
            originKey,
            steps: steps.map((m) => m.bounds.stated).join(" ")
        });
    }
    return out;
};
// ---------------------------------------------------------------------------------------
// part and whole
/** How scope a sits in scope b, all three ways at once: "part" when a is inside b and narrower somewhere. */
const nesting = (a, b, stock) => {
    const place = placeNesting(a.place, b.place);
    if (place === "apart")
        return "apart";
    const victims = victimNesting(a.victims, b.victims);
    if (victims === "apart")
        return "apart";
    const time = stock ? "same" : windowNesting(a.window, b.window);
    if (time === "apart")
        return "apart";
    const part = place === "part" || victims === "part" || time === "part";
    const whole = place === "whole" || victims === "whole" || time === "whole";
    if (part && whole)
        return "apart";
    return part ? "part" : whole ? "whole" : "same";
};
/** A part several times its whole means the whole counts something else (one strike, one
 * hospital's dead): two sources counting the same deaths differ by tens of percent. */
const PART_SPREAD = 3;
const partConflict = (part, whole) => {
    const parts = new Set();
    const wholes = new Set();
    let worst = 1;
    for (const p of part.members) {
        for (const w of whole.members) {
            // the figures first: most parts fit in their wholes
            if (!exceeds(p.bounds, w.bounds) || spread(p.bounds, w.bounds) > PART_SPREAD || !comparable(p, w))
                continue;
            // a toll over many strikes is inside a toll over many, not one of unknown reach; a part-only count belongs to its own report's
            // whole; fighters of a side are not among the dead that side is said to have killed
            if (p.scale === "aggregate" && w.scale !== "aggregate")
                continue;
            // one strike happened on one day: a longer window for it is the reading's vagueness
            if (w.scale === "single" && (p.window.from !== w.window.from || p.window.to !== w.window.to))
                continue;
            if (part.partOnly && p.claim.articleId !== w.claim.articleId)
                continue;
            // a whole is the toll of a place around the part's only when its own sentence names that
            // place: a figure placed by its article ("the Kremlin said all five on board", "22 people
            // were killed during the airstrikes") may count anything there
            if (!w.placed && w.month === null && p.place.id !== w.place.id)
                continue;
            if (p.victims === "fighters" && p.sides !== 0 && w.perpetrators !== 0 && (sidesAsPerpetrators(p.sides) & ~w.perpetrators) === 0)
                continue;
            parts.add(p);
            wholes.add(w);
            worst = Math.max(worst, p.bounds.lo / Math.max(w.bounds.hi, 0.5));
        }
    }
    if (parts.size === 0)
        return null;
    const partFigures = figuresByOrigin([...parts]);
    const wholeFigures = figuresByOrigin([...wholes]);
    const scope = scopeOf(whole.members[0]);
    return {
        id: idOf("part", part.scopeKey, whole.scopeKey),
        kind: "part_exceeds_whole",
        claimIds: sortedIds([...parts, ...wholes]),
        scope,
        sources: [...new Set([...partFigures, ...wholeFigures].map((f) => f.origin.label))].sort(),
        summary: partSummary(scope, partFigures, wholeFigures),
        severity: severityOf("part_exceeds_whole", worst),
        anchors: [part.key, whole.key].sort()
    };
};
// ---------------------------------------------------------------------------------------
// denial
/** "attack" is any attack; otherwise the same kind of action */
const actionsMeet = (a, b) => a === b || a === "attack" || b === "attack";
/** Everyday acts (a strike, shelling, "an attack") happen in many places a day: told of the
 * whole country, or with no place, they are not known to be the act another report places. */
const DISTINCTIVE_ACTIONS = new Set(["chemical attack", "car bomb"]);
const unplaced = (p) => p === null || isCountry(p);
/** Whether an asserted event is one a denial disputes, for the side it is about. */
export const eventsMeet = (denial, asserted, actor) => {
    if (!asserted.actors.includes(actor) || !actionsMeet(denial.action, asserted.action))
        return false;
    if (asserted.window.from - EVENT_SLACK_DAYS > denial.window.to || denial.window.from > asserted.window.to + EVENT_SLACK_DAYS)
        return false;
    if (denial.place !== null && asserted.place !== null && placeNesting(denial.place, asserted.place) === "apart")
        return false;
    if ((unplaced(denial.place) || unplaced(asserted.place)) && !(denial.action === asserted.action && DISTINCTIVE_ACTIONS.has(denial.action)))
        return false;
    if (asserted.origin.key === denial.origin.key)
        return false;
    // the accused side's own assertion is an admission, not a report against its denial
    return asserted.origin.key !== actorParty(actor);
};
const denialConflict = (home, actor, denials, asserted) => {
    const ordered = [...denials].sort(byId);
    const d = ordered[0];
    const reports = [...asserted].sort(byId);
    const dated = ordered.find((x) => x.window.dated);
    const scope = {
        metric: d.action,
        where: d.claim.where,
        when: dated === undefined ? null : { from: isoOfDay(dated.window.from), to: isoOfDay(dated.window.to) },
        who: actor
    };
    const deniers = [...new Set(ordered.map((x) => x.origin.label))].sort();
    const reporters = [...new Set(reports.map((r) => r.origin.label))].sort();
    return {
        id: idOf("denial", actor, d.claim.id),
        kind: "denial",
        claimIds: sortedIds([...ordered, ...reports]),
        scope,
        sources: [...new Set([...deniers, ...reporters])].sort(),
        summary: denialSummary(scope, deniers, reporters),
        severity: severityOf("denial", reporters.length + 1),
        anchors: [home]
    };
};
// ---------------------------------------------------------------------------------------
// incidents
const incidentOf = (g, contested) => {
    const figures = figuresByOrigin(g.members).sort((a, b) => (a.origin.label < b.origin.label ? -1 : a.origin.label > b.origin.label ? 1 : 0));
    const stated = figures.map((f) => ({ f, n: f.bounds.stated ?? f.bounds.lo, top: f.bounds.stated ?? (Number.isFinite(f.bounds.hi) ? f.bounds.hi : null) }));
    let range = null;
    let conservative = null;
    if (stated.length > 0) {
        let low = stated[0];
        let max = null;
        for (const s of stated) {
            if (s.n < low.n || (s.n === low.n && s.f.claim.id < low.f.claim.id))
                low = s;
            if (s.top !== null)
                max = max === null ? s.top : Math.max(max, s.top);
        }
        range = { min: low.n, max };
        conservative = sourced(low.f);
    }
    const grade = figures.length < 2 ? "single_source" : contested ? "contested" : "corroborated";
    return {
        id: idOf("incident", g.scopeKey),
        scope: scopeOf(g.members[0]),
        claimIds: sortedIds(g.members),
        figures: figures.map(sourced),
        range,
        conservative,
        grade,
        anchors: [g.key]
    };
};
// ---------------------------------------------------------------------------------------
const push = (m, k, v) => {
    const list = m.get(k);
    if (list === undefined)
        m.set(k, [v]);
    else
        list.push(v);
};
/** Incidents and conflicts among these claims (see the README for how a store calls this). */
export const detectConflicts = (claims, options = {}) => {
    const prepared = [];
    for (const c of claims) {
        const p = prepare(c);
        if (p !== null)
            prepared.push(p);
    }
    return detectPrepared(prepared, options);
};
/**
 * The keys new (or removed) claims can change: their scopes' and, for events, the denial homes
 * they can reach. Pass them as `changed` and replace what is stored under them.
 */
export const changedBy = (claims) => changedByPrepared(claims.map(prepare));
/** As `changedBy`, for claims already prepared (null for those that take part in nothing). */
export const changedByPrepared = (prepared) => {
    const out = new Set();
    for (const p of prepared) {
        if (p === null)
            continue;
        if (p.type === "event")
            for (const k of p.keys)
                out.add(k);
        else {
            out.add(p.scopeKey);
            out.add(`${p.scopeKey}|part`);
        }
    }
    return [...out].sort();
};
/** As `detectConflicts`, for claims already prepared (a store may cache `prepare`). */
export const detectPrepared = (prepared, options = {}) => {
    const events = [];
    const quantities = [];
    for (const p of prepared) {
        if (p.type === "event")
            events.push(p);
        else
            quantities.push(p);
    }
    // A sentence that gives several figures for one metric and window lists counts. Claims are
    // gathered by article (its id is a string already hashed; a built key would be hashed anew).
    const byArticle = new Map();
    for (const q of quantities) {
        const seen = byArticle.get(q.claim.articleId);
        if (seen === undefined)
            byArticle.set(q.claim.articleId, q);
        else if (Array.isArray(seen))
            seen.push(q);
        else
            byArticle.set(q.claim.articleId, [seen, q]);
    }
    const listed = listedIn(byArticle.values());
    const groups = new Map();
    for (const q of quantities) {
        const partOnly = q.partOnly || listed.has(q);
        const key = partOnly ? `${q.scopeKey}|part` : q.scopeKey;
        const g = groups.get(key);
        if (g === undefined)
            groups.set(key, { key, scopeKey: q.scopeKey, partOnly, home: q.home, keys: q.keys, members: [q] });
        else
            g.members.push(q);
    }
    // "Airstrikes killed 12 people" told by a report that gives SOHR's 12 for the same scope: the
    // report's own figure is SOHR's, not a second origin (within a scope, whose claims a store
    // always fetches together, so the same either way)
    for (const g of groups.values()) {
        if (g.members.length < 2)
            continue;
        // Both passes look only at the scope's claims from the same report: gathered once, in member
        // order (a dense scope has hundreds of reports, and each member looked through them all).
        // What either pass changes is read the same from the members as they were: a cause gathered
        // is the same report's and figure's, a source lent the same report's and figure's first named.
        const ofArticle = new Map();
        for (const m of g.members)
            push(ofArticle, m.claim.articleId, m);
        // "four people died in the attack", where the same report's other sentences say the four died
        // "from gas poisoning": a figure restated in its scope carries the cause its report gives it
        // elsewhere (within a scope, so a store's partial fetch reads it the same)
        for (let i = 0; i < g.members.length; i++) {
            const m = g.members[i];
            if (m.causes !== 0 || m.bounds.stated === null)
                continue;
            let causes = 0;
            for (const x of ofArticle.get(m.claim.articleId))
                if (x.bounds.stated === m.bounds.stated)
                    causes |= x.causes;
            if (causes !== 0)
                g.members[i] = { ...m, causes };
        }
        for (let i = 0; i < g.members.length; i++) {
            const m = g.members[i];
            if (!m.origin.key.startsWith("outlet:") || m.bounds.stated === null)
                continue;
            const named = ofArticle.get(m.claim.articleId).find((x) => !x.origin.key.startsWith("outlet:") && x.bounds.stated === m.bounds.stated);
            if (named !== undefined)
                g.members[i] = { ...m, origin: named.origin };
        }
    }
    const changed = options.changed === undefined ? null : new Set(options.changed);
    const isChanged = (key) => changed === null || changed.has(key);
    // groups by lookup key: for a recomputation, only the keys the changed groups look under
    let needed = null;
    if (changed !== null) {
        needed = new Set();
        for (const g of groups.values()) {
            if (!changed.has(g.key) && g.members[0].month === null)
                continue;
            needed.add(g.home);
            for (const k of g.keys)
                needed.add(k);
        }
    }
    const byKey = new Map();
    for (const g of groups.values())
        for (const k of g.keys)
            if (needed === null || needed.has(k))
                push(byKey, k, g);
    // members in id order, so that what a group says does not depend on the order claims came in
    const sorted = new Set();
    const ordered = (g) => {
        if (!sorted.has(g)) {
            g.members.sort(byId);
            sorted.add(g);
        }
        return g;
    };
    const incidents = [];
    const conflicts = [];
    // A source's revision told the same, figure for figure, of a scope and of a wider one at the
    // same place and time ("at least 42 then 57 civilians killed", and its headlines' "42 then 57
    // killed") is one revision: shown once, for the widest. Whether a scope's is shown depends on
    // its wider scopes, which a store reads with it (they are the wholes it can be part of), and it
    // is anchored on them too, so a change there recomputes it.
    const widerOf = new Map();
    const widerKeys = (g) => {
        let keys = widerOf.get(g);
        if (keys === undefined)
            widerOf.set(g, (keys = widerScopeKeys(g)));
        return keys;
    };
    const revisionsOf = new Map();
    const revisionsOfGroup = (g) => {
        let list = revisionsOf.get(g);
        if (list === undefined)
            revisionsOf.set(g, (list = revisions(ordered(g), [g.key, ...widerKeys(g)].sort())));
        return list;
    };
    const shownRevisions = (g) => {
        const wider = widerKeys(g)
            .map((k) => groups.get(k))
            .filter((w) => w !== undefined);
        return revisionsOfGroup(g)
            .filter((r) => !wider.some((w) => revisionsOfGroup(w).some((x) => x.originKey === r.originKey && x.steps === r.steps)))
            .map((r) => r.conflict);
    };
    // one scope: its incident, its sources' disagreements, its revisions
    for (const g of groups.values()) {
        if (g.partOnly || !isChanged(g.key))
            continue;
        ordered(g);
        const first = g.members[0];
        const within = disagreement(g.members, null);
        if (within !== null)
            conflicts.push(sameScopeConflict([g.key], within, scopeOf(first)));
        conflicts.push(...shownRevisions(g));
        incidents.push(incidentOf(g, within !== null));
    }
    // the revisions of scopes not changed themselves, whose wider scopes changed
    if (changed !== null) {
        for (const g of groups.values()) {
            if (g.partOnly || isChanged(g.key) || !widerKeys(g).some(isChanged))
                continue;
            conflicts.push(...shownRevisions(g));
        }
    }
    // parts above their wholes: each changed part against the wholes that can contain it, each
    // changed whole against the parts under its home (every pair once)
    const isWhole = (g, home) => !g.partOnly && g.home === home && g.members[0].month === null;
    const partAgainst = (part, whole) => {
        if (whole === part || nesting(part.members[0], whole.members[0], false) !== "part")
            return;
        const c = partConflict(ordered(part), ordered(whole));
        if (c !== null)
            conflicts.push(c);
    };
    if (changed === null) {
        // everything: wholes indexed by home, place and victims, found from each part's ancestors
        const wholes = new Map();
        for (const g of groups.values())
            if (isWhole(g, g.home))
                push(wholes, `${g.home}|${g.members[0].place.id}|${g.members[0].victims}`, g);
        for (const part of groups.values()) {
            const p = part.members[0];
            if (p.month !== null)
                continue;
            for (const k of part.keys) {
                for (const place of p.place.ancestors) {
                    for (const victims of victimAncestors(p.victims))
                        for (const whole of wholes.get(`${k}|${place}|${victims}`) ?? [])
                            partAgainst(part, whole);
                }
            }
        }
    }
    else {
        for (const g of groups.values()) {
            if (g.members[0].month !== null || !changed.has(g.key))
                continue;
            // as a part: the wholes homed under its keys
            for (const k of g.keys)
                for (const whole of byKey.get(k) ?? [])
                    if (isWhole(whole, k) && !changed.has(whole.key))
                        partAgainst(g, whole);
            // as a whole: the parts sharing its home (changed or not)
            if (!g.partOnly)
                for (const part of byKey.get(g.home) ?? [])
                    if (part.members[0].month === null)
                        partAgainst(part, g);
        }
    }
    // standing figures: each pair up to STOCK_MONTHS apart, once
    const stockPairs = new Set();
    for (const g of groups.values()) {
        if (g.members[0].month === null)
            continue;
        for (const k of [g.home, ...g.keys]) {
            for (const other of byKey.get(k) ?? []) {
                if (other === g || other.members[0].month === null)
                    continue;
                const om = other.members[0].month;
                const gm = g.members[0].month;
                const [earlier, later] = om < gm || (om === gm && other.key < g.key) ? [other, g] : [g, other];
                if (!isChanged(earlier.key) && !isChanged(later.key))
                    continue;
                const pair = `${earlier.key}\u0000${later.key}`;
                if (stockPairs.has(pair))
                    continue;
                stockPairs.add(pair);
                conflicts.push(...standingPair(ordered(earlier), ordered(later)));
            }
        }
    }
    // denials: each denied event against the asserted events of the same actor it can meet
    const denialHomes = new Set();
    for (const e of events)
        for (const h of e.homes)
            if (isChanged(h))
                denialHomes.add(h);
    const eventsByKey = new Map();
    if (denialHomes.size > 0)
        for (const e of events)
            if (!e.denied)
                for (const k of e.keys)
                    if (denialHomes.has(k))
                        push(eventsByKey, k, e);
    // Denials of one side in one week that meet the same reports are one dispute: the reports
    // met, grouped by the denials that share them (all within one home, so the grouping is exact).
    const denialsByHome = new Map();
    for (const d of events) {
        for (let i = 0; i < d.homes.length; i++) {
            const home = d.homes[i];
            if (!isChanged(home))
                continue;
            const actor = d.actors[i];
            const met = (eventsByKey.get(home) ?? []).filter((a) => eventsMeet(d, a, actor));
            if (met.length > 0)
                push(denialsByHome, home, { denial: d, met });
        }
    }
    for (const [home, found] of denialsByHome) {
        found.sort((a, b) => byId(a.denial, b.denial));
        const clusters = [];
        for (const f of found) {
            const joined = clusters.filter((c) => f.met.some((m) => c.met.has(m)));
            const into = joined[0] ?? { denials: [], met: new Set() };
            if (joined.length === 0)
                clusters.push(into);
            for (const other of joined.slice(1)) {
                into.denials.push(...other.denials);
                for (const m of other.met)
                    into.met.add(m);
                clusters.splice(clusters.indexOf(other), 1);
            }
            into.denials.push(f.denial);
            for (const m of f.met)
                into.met.add(m);
        }
        const actor = home.slice(2, home.lastIndexOf("|"));
        for (const c of clusters)
            conflicts.push(denialConflict(home, actor, c.denials, [...c.met]));
    }
    incidents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    conflicts.sort(bySeverity);
    return { incidents, conflicts };
};
/** Two standing figures' scopes, the earlier first (same month: either order), up to STOCK_MONTHS apart. */
const standingPair = (earlier, later) => {
    const e = earlier.members[0];
    const l = later.members[0];
    if (l.month - e.month > STOCK_MONTHS)
        return [];
    const rel = nesting(e, l, true);
    const out = [];
    if (rel === "same" && !earlier.partOnly && !later.partOnly) {
        const d = disagreement(earlier.members, later.members);
        if (d !== null)
            out.push(sameScopeConflict([earlier.key, later.key].sort(), d, scopeOf(l)));
    }
    else if (rel === "part" && !later.partOnly)
        out.push(partConflict(earlier, later));
    else if (rel === "whole" && !earlier.partOnly)
        out.push(partConflict(later, earlier));
    return out.filter((c) => c !== null);
};
/** most severe first, then by id: the order the conflict view lists them in */
export const bySeverity = (a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Claims that are one of several counts a sentence lists for one metric and window ("nine in
 * Qaterji and two in Mayssar"), among claims gathered by article: parts, never wholes. A store
 * marks them when the article is stored (`markListed`), so the answer does not depend on which
 * of the article's claims a later update happens to fetch. */
export const listedIn = (articles) => {
    const listed = new Set();
    for (const v of articles) {
        if (!Array.isArray(v))
            continue;
        for (const a of v) {
            for (const b of v) {
                if (a !== b &&
                    a.metric === b.metric &&
                    a.window.from === b.window.from &&
                    a.window.to === b.window.to &&
                    (a.claim.min !== b.claim.min || a.claim.max !== b.claim.max) &&
                    sameSentence(a, b)) {
                    listed.add(a);
                    break;
                }
            }
        }
    }
    return listed;
};
//# sourceMappingURL=detect.js.map