/**
 * What a store reads back to recompute exactly what changed claims can change, and where it
 * files each claim so that the read is narrow (README.md, "How the store calls it").
 *
 * Lookup keys (prepare.ts) name every claim the rules may ever compare with another; a store
 * that reads, for each update, every stored claim sharing a key with a changed one reads whole
 * weeks of a governorate's figures and every event of a side over three weeks, most of which
 * can change nothing. Here a claim is filed under its home, with its place's chain and its
 * victims, and an update reads:
 * - for a changed scope (one metric, place, victims and window): the claims filed under one of
 *   its keys at its own place or a place containing it, whose victims contain its own (its own
 *   members, and every whole it can be a part of: those are homed under its keys); and the claims
 *   filed under the homes of the windows within its own, at its place or within it, whose victims
 *   are within its own (every part it can be the whole of: their keys hold its home, and their
 *   windows nest in its window);
 * - for a standing figure: every claim filed under the months it meets;
 * - a denial changes the homes it is filed under; an asserted event changes a denial's home only
 *   when it meets a denial filed there (one that meets none is in no dispute there, so nothing
 *   there changes); for each changed home, its denials and, when a denial there changed, the
 *   asserted events keyed there, else the claims of the disputes stored there and the changed
 *   events (what the denials met before, and what may meet them now).
 * Every group the rules compare a changed one with is read whole (all claims of one scope share
 * one filing), so the result is the one a full recomputation gives.
 */
import { eventsMeet } from "./detect.js";
import { STOCK_MONTHS, week } from "./prepare.js";
import { isShort, victimAncestors } from "./scope.js";
/** Between the places of a chain, in a filed place: the country first, the claim's own last. */
const SEPARATOR = "/";
// places are few: their chains are made once
const chains = new Map();
/** The chains of a place and of every place containing it, its own first. */
const chainsUp = (place) => {
    let out = chains.get(place.id);
    if (out === undefined) {
        const list = [];
        for (let i = 0; i < place.ancestors.length; i++) {
            let chain = "";
            for (let j = place.ancestors.length - 1; j >= i; j--)
                chain += place.ancestors[j] + SEPARATOR;
            list.push(chain);
        }
        out = list;
        if (chains.size >= 50_000)
            chains.clear();
        chains.set(place.id, out);
    }
    return out;
};
/** A place's chain as a store files it: "sy:syria/sy:gov:aleppo/sy:aleppo/", so that every place
 * within a place has its chain as a prefix. */
export const placeChain = (place) => chainsUp(place)[0];
/** Where a store files a prepared claim: `homes` in the scope index, `keys` (an asserted event's
 * lookup keys, which denials' homes find it by) in the key index. Nothing for a claim that takes
 * part in nothing. */
export const filingOf = (p) => {
    if (p === null)
        return { homes: [], keys: [] };
    if (p.type === "quantity")
        return { homes: [{ home: p.home, place: placeChain(p.place), victims: p.victims }], keys: [] };
    if (p.denied)
        return { homes: p.homes.map((home) => ({ home, place: "", victims: "" })), keys: [] };
    return { homes: [], keys: p.keys };
};
const baseOf = (home) => home.slice(0, home.lastIndexOf("|") + 1);
/** The homes of the windows that can be parts of this one's: a week's figure's parts are the
 * figures of its days and of the shorter windows ending in its weeks; any other window's, its own
 * home's (only the same window nests in it). */
const homesWithin = (q) => {
    const w = q.window;
    if (!w.dated || !isShort(w) || w.from === w.to)
        return [q.home];
    const base = baseOf(q.home);
    const out = [];
    for (let d = w.from; d <= w.to; d++)
        out.push(`${base}d${d}`);
    for (let k = week(w.from); k <= week(w.to); k++)
        out.push(`${base}w${k}`);
    return out;
};
/**
 * The anchors that changed claims (new ones, and removed ones as they were) can change, and the
 * stored claims that recomputing them needs, read through the store's indexes. Pass the claims to
 * `detectPrepared` with `changed: anchors`: the result equals a full recomputation's under those
 * anchors, whatever order or batches the claims came in.
 */
export const relatedTo = (changed, index) => {
    const anchors = new Set();
    const ids = new Set();
    const asks = new Map();
    const askOf = (home) => {
        let a = asks.get(home);
        if (a === undefined) {
            a = { at: new Map(), under: new Map(), all: false };
            asks.set(home, a);
        }
        return a;
    };
    const add = (m, place, victims) => {
        let set = m.get(place);
        if (set === undefined)
            m.set(place, (set = new Set()));
        for (const v of victims)
            set.add(v);
    };
    const scopes = new Set();
    const assertedEvents = [];
    const eventHomes = new Set();
    // the homes of changed denials
    const deniedAt = new Set();
    for (const p of changed) {
        if (p === null)
            continue;
        if (p.type === "event") {
            if (p.denied) {
                for (const h of p.homes) {
                    eventHomes.add(h);
                    deniedAt.add(h);
                }
            }
            else
                assertedEvents.push(p);
            continue;
        }
        anchors.add(p.scopeKey);
        anchors.add(`${p.scopeKey}|part`);
        if (scopes.has(p.scopeKey))
            continue;
        scopes.add(p.scopeKey);
        if (p.month !== null) {
            const base = baseOf(p.home);
            for (let m = p.month - STOCK_MONTHS; m <= p.month + STOCK_MONTHS; m++)
                askOf(`${base}m${m}`).all = true;
            continue;
        }
        // its members and the wholes it can be part of: homed under its keys, at its place or one
        // containing it, for victims containing its own
        const up = chainsUp(p.place);
        const wider = victimAncestors(p.victims);
        for (const k of p.keys) {
            const a = askOf(k);
            for (const chain of up)
                add(a.at, chain, wider);
        }
        // the parts it can be the whole of: homed under the windows within its own, at its place or
        // within it, for victims within its own
        for (const h of homesWithin(p))
            add(askOf(h).under, up[0], [p.victims]);
    }
    for (const [home, a] of asks) {
        for (const [claim, place, victims] of index.filed(home)) {
            if (a.all || a.at.get(place)?.has(victims) === true) {
                ids.add(claim);
                continue;
            }
            for (const [chain, asked] of a.under) {
                if (!place.startsWith(chain))
                    continue;
                if (victimAncestors(victims).some((v) => asked.has(v))) {
                    ids.add(claim);
                    break;
                }
            }
        }
    }
    // Events: a changed denial's homes change; an asserted event's keys change only where it meets
    // a denial filed there (elsewhere it is in no dispute, so nothing there changes). A changed
    // home reads its denials and the asserted events keyed there.
    const known = new Map();
    const preparedOf = (list) => {
        const missing = [];
        for (const id of list)
            if (!known.has(id))
                missing.push(id);
        if (missing.length > 0)
            for (const p of index.prepared(missing))
                known.set(p.claim.id, p);
    };
    const denialsAt = new Map();
    const denialsOf = (home) => {
        let list = denialsAt.get(home);
        if (list === undefined)
            denialsAt.set(home, (list = index.filed(home).map((r) => r[0])));
        return list;
    };
    for (const e of assertedEvents)
        for (const k of e.keys)
            if (!eventHomes.has(k))
                preparedOf(denialsOf(k));
    for (const e of assertedEvents) {
        for (const k of e.keys) {
            if (eventHomes.has(k))
                continue;
            for (const id of denialsOf(k)) {
                const d = known.get(id);
                if (d?.type !== "event" || !d.denied)
                    continue;
                const i = d.homes.indexOf(k);
                if (i >= 0 && eventsMeet(d, e, d.actors[i])) {
                    eventHomes.add(k);
                    break;
                }
            }
        }
    }
    for (const h of eventHomes) {
        anchors.add(h);
        for (const id of denialsOf(h))
            ids.add(id);
        if (deniedAt.has(h)) {
            // a denial came or went here: every asserted event it may meet
            for (const id of index.keyed(h))
                ids.add(id);
            continue;
        }
        // Only asserted events came or went: the denials here are those of the last update, and so
        // is what each met then, which the disputes stored under this home name (the store held what
        // a full recomputation gives before this update, as every update leaves it). What a denial
        // meets now is among those and the changed events, without the hundreds of a side's events
        // over three weeks that meet none.
        for (const id of index.disputed(h))
            ids.add(id);
        for (const e of assertedEvents)
            if (e.keys.includes(h))
                ids.add(e.claim.id);
    }
    preparedOf(ids);
    const claims = [];
    for (const id of ids) {
        const p = known.get(id);
        if (p !== undefined)
            claims.push(p);
    }
    return { anchors: [...anchors].sort(), claims };
};
//# sourceMappingURL=lookup.js.map