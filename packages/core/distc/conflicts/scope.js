/**
 * Comparability: which claims count the same thing, and which count a part of another's whole.
 *
 * - Victims nest: children and aid workers are civilians; civilians and fighters are people. A
 *   claim naming no victims counts people.
 * - Places nest through the gazetteer's `parent` chain (Sukkari within Aleppo within Aleppo
 *   governorate within Syria). A place outside the gazetteer compares only with the same name.
 * - Time windows nest by containment, when both are short (a week or less: a day within two
 *   days, a day within a week). Longer windows are running tolls ("since 2011", "this month"),
 *   compared only with the same window: a running toll at another date is another count.
 */
import { numberWord, numberWordValue } from "../claims/numbers.js";
import { placeById } from "../claims/gazetteer.js";
import { SYRIA_ID } from "../claims/syria-places.js";
// ---------------------------------------------------------------------------------------
// victims
const VICTIM_PARENT = new Map([
    ["children", "civilians"],
    ["aid workers", "civilians"],
    ["women", "civilians"],
    ["civilians", "people"],
    ["fighters", "people"]
]);
/** "people" for a claim that names no victims */
export const victimsOf = (who) => (who === null || who === "" ? "people" : who);
const ancestorsOfVictims = new Map();
/** the victims themselves, then every wider category up to "people" */
export const victimAncestors = (v) => {
    let out = ancestorsOfVictims.get(v);
    if (out === undefined) {
        const list = [v];
        for (let p = VICTIM_PARENT.get(v); p !== undefined; p = VICTIM_PARENT.get(p))
            list.push(p);
        if (list.at(-1) !== "people")
            list.push("people");
        out = list;
        ancestorsOfVictims.set(v, out);
    }
    return out;
};
export const victimNesting = (a, b) => {
    if (a === b)
        return "same";
    if (victimAncestors(a).includes(b))
        return "part";
    if (victimAncestors(b).includes(a))
        return "whole";
    return "apart";
};
const placeCache = new Map();
/** The place of a claim, with its ancestors; null when the claim names none. */
export const placeRefOf = (whereId, where) => {
    const key = whereId !== null && whereId !== "" ? whereId : where !== null && where.trim() !== "" ? `name:${where.trim().toLowerCase()}` : null;
    if (key === null)
        return null;
    const cached = placeCache.get(key);
    if (cached !== undefined)
        return cached;
    const ancestors = [];
    let level = "unknown";
    if (!key.startsWith("name:")) {
        for (let id = key; id !== null && ancestors.length < 8;) {
            const p = placeById(id);
            if (p === undefined)
                break;
            if (ancestors.length === 0)
                level = p.level;
            ancestors.push(id);
            id = p.parent;
        }
    }
    if (ancestors.length === 0)
        ancestors.push(key);
    const ref = { id: key, ancestors, root: ancestors.at(-1), level };
    placeCache.set(key, ref);
    return ref;
};
export const placeNesting = (a, b) => {
    if (a.id === b.id)
        return "same";
    if (a.ancestors.includes(b.id))
        return "part";
    if (b.ancestors.includes(a.id))
        return "whole";
    return "apart";
};
/** The whole country: the extractor's place for a figure whose sentence and lead name no
 * narrower one, so for a short window it says little about which incident is meant. */
export const isCountry = (p) => p.id === SYRIA_ID || p.level === "country";
// ---------------------------------------------------------------------------------------
// time
/** windows longer than this are running tolls, not incidents */
export const SHORT_WINDOW_DAYS = 7;
export const isShort = (w) => w.to - w.from + 1 <= SHORT_WINDOW_DAYS;
export const windowNesting = (a, b) => {
    // a window that stands for a publication day is only ever the same as another such
    if (!a.dated || !b.dated)
        return a.dated === b.dated && a.from === b.from && a.to === b.to ? "same" : "apart";
    if (a.from === b.from && a.to === b.to)
        return "same";
    if (!isShort(a) || !isShort(b))
        return "apart";
    if (a.from >= b.from && a.to <= b.to)
        return "part";
    if (b.from >= a.from && b.to <= a.to)
        return "whole";
    return "apart";
};
// ---------------------------------------------------------------------------------------
// what the evidence sentence says about the figure
// How people were killed, as the evidence sentence says: figures for different causes on one
// day in one city are different incidents ("15 killed in air raids" vs "9 in rebel shelling").
const CAUSES = [
    [
        /\b(?:air ?strikes?|strikes?|air[- ]?raids?|raids?|warplanes?|jets?|planes?|aircraft|helicopters?|barrel[- ]?bombs?|aerial|sorties|bombard(?:ed|ment)|air force)\b/i,
        1
    ],
    // a barrel "dropped" is dropped from a helicopter
    [/\bbarrels?\b(?:\s+\S+){0,6}?\s+(?:was|were)\s+dropped\b|\bdropped\s+(?:\S+\s+){0,3}?barrels?\b/i, 1],
    [/\b(?:shell(?:s|ing|ed)?|mortars?|rockets?|artillery|projectiles?|rounds)\b/i, 2],
    [/\b(?:car[- ]?bombs?|suicide|explosions?|explod(?:ed|es)|blasts?|ied|explosive device|booby[- ]trap\w*|bombing)\b/i, 4],
    // not "gas" alone: a gas cylinder or gas tank is the rebels' improvised shell
    [
        /\b(?:chemical|chlorine|sarin|toxic|nerve agent|poison(?:ous)? gas|gas attack|gas poisoning|gassed|gassing|suffocat\w+|asphyxia\w*|gas barrels?|barrels? (?:of|containing|filled with) (?:a )?gas|breathing (?:problems|difficulties))\b/i,
        8
    ],
    [/\b(?:clashes|battles?|fighting|ambush\w*|offensive|counter-?attack)\b/i, 16],
    [/\b(?:execut\w+|beheaded|massacred)\b/i, 32],
    [/\b(?:snipers?|shot dead|gunfire|gunmen)\b/i, 64],
    // an aircraft brought down: its crew and those it fell on, not the toll of raids
    [/\b(?:crash(?:ed|es)?|shot down|downed|downing)\b/i, 128]
];
// The sides a sentence names: fighters of different sides are different counts, and so are
// strikes by different air forces ("50 ISIL terrorists" vs "11 Kurdish fighters").
const SIDES = [
    [/\b(?:regime|government|army|soldiers|troops|loyalists?|pro-government|hezbollah|syrian forces)\b/i, 1],
    [/\b(?:russia|russian)\b/i, 2],
    [/\b(?:coalition|u\.?s\.?-led|american)\b/i, 4],
    [/\b(?:US|U\.S\.)(?![\w-])/, 4],
    [/\b(?:islamic state|isil|isis|daesh|jihadists?)\b/i, 8],
    [/\bIS\b/, 8],
    [/\b(?:rebels?|opposition|nusra|ahrar|fsa|free syrian army|jaish|faylaq|militants|terrorists|insurgents|islamists?)\b/i, 16],
    [/\b(?:kurdish|kurds|ypg|sdf|peshmerga)\b/i, 32],
    [/\b(?:turkey|turkish)\b/i, 64]
];
const bitsOf = (table, text) => {
    let bits = 0;
    for (const [re, bit] of table)
        if (re.test(text))
            bits |= bit;
    return bits;
};
/** A bit set of the causes a sentence names; 0 when it names none. */
// the aircraft that crashed or was brought down is no air raid ("5 killed as helicopter shot down")
const AIR_ATTACK = /\b(?:air ?strikes?|strikes?|air[- ]?raids?|raids?|barrel[- ]?bombs?|aerial|sorties|bombard(?:ed|ment))\b/i;
export const causesOf = (quote) => {
    const bits = bitsOf(CAUSES, quote);
    return bits & 128 && bits & 1 && !AIR_ATTACK.test(quote) ? bits & ~1 : bits;
};
// Where one event's clause ends and another's begins: "45 were killed in air strikes ... after
// rebels fired mortar rounds", "... but the barrage answered rocket attacks which killed 10"
const CLAUSE_BREAK = /\b(?:after|following|but|while|whereas|in (?:response|retaliation) (?:to|for))\b|;/gi;
const bitCount = (n) => {
    let c = 0;
    for (let x = n; x !== 0; x &= x - 1)
        c++;
    return c;
};
/** The clause of a sentence that holds its figure, or null when the figure is not found. */
const clauseOf = (quote, figure) => {
    const at = figure === null ? null : figureAt(quote, figure);
    if (at === null)
        return null;
    let from = 0;
    let to = quote.length;
    for (const m of quote.matchAll(CLAUSE_BREAK)) {
        if (m.index + m[0].length <= at[0])
            from = m.index + m[0].length;
        else if (m.index >= at[1]) {
            to = m.index;
            break;
        }
    }
    return quote.slice(from, to);
};
/** What `read` finds in a sentence, narrowed to the figure's own clause when the sentence tells
 * of several (two causes, two perpetrators) and that clause names one of them. `all` is
 * `read(quote)`, when known already. */
export const nearFigure = (read, quote, figure, all = read(quote)) => {
    if (bitCount(all) < 2)
        return all;
    const clause = clauseOf(quote, figure);
    if (clause === null)
        return all;
    const own = read(clause);
    return own !== 0 ? own : all;
};
/** A bit set of the sides a sentence names; 0 when it names none. */
export const sidesOf = (quote) => bitsOf(SIDES, quote);
/** The sides named with a figure's own noun ("50 ISIL terrorists", "11 Kurdish fighters"): who
 * the counted are. The whole sentence when the figure cannot be found in it. */
export const victimSidesOf = (quote, figure) => {
    const at = figure === null ? null : figureAt(quote, figure);
    if (at === null)
        return sidesOf(quote);
    const rest = quote.slice(at[1], at[1] + 40);
    const stop = /\band\b|[,;]|\d/.exec(rest);
    return sidesOf(stop === null ? rest : rest.slice(0, stop.index));
};
// Who did the harm, as a sentence about civilians or people says. Regime and Russian forces are
// one side here (reports often cannot tell their jets apart), the opposition and jihadists
// another (state media call both terrorists); aircraft belong to the regime, Russia, the
// coalition or Turkey. Words that say who holds a place ("rebel-held", "Daesh villages") are no
// perpetrator.
const PERPETRATORS = [
    [/\b(?:regime|government|army|soldiers|troops|loyalists?|pro-government|hezbollah|syrian forces|russia|russian|assad)\b/i, 1],
    [/\b(?:coalition|u\.?s\.?-led|american)\b/i, 2],
    [/\b(?:US|U\.S\.)(?![\w-])/, 2],
    [
        /\b(?:islamic state|isil|isis|daesh|jihadists?|rebels?|opposition|nusra|ahrar|fsa|free syrian army|jaish|faylaq|militants|terrorists?|insurgents|islamists?)\b/i,
        4
    ],
    [/\bIS\b/, 4],
    [/\b(?:kurdish|kurds|ypg|sdf|peshmerga)\b/i, 8],
    [/\b(?:turkey|turkish)\b/i, 16]
];
const AIR_POWER = 1 | 2 | 16;
const HOLDERS = /\b[\w-]+[- ](?:held|controlled|run|besieged)\b|\b(?:held|controlled|besieged|run)\s+by\s+(?:the\s+)?\S+(?:\s+\S+)?|\b(?:rebel|opposition|regime|government|militant|jihadist|isis|isil|daesh|IS)\s+(?:areas?|districts?|neighbou?rhoods?|positions?|strongholds?|territory|enclave|villages?|towns?|city)\b/gi;
export const perpetratorsOf = (quote) => {
    const text = quote.replace(HOLDERS, " ");
    const named = bitsOf(PERPETRATORS, text);
    if (named !== 0)
        return named;
    return causesOf(text) & 1 ? AIR_POWER : 0;
};
// The counts a sentence gives as parts of its figure: "killed 31 civilians including 10 when
// their bus was hit", "among them five children". Another source's 10 is then that part.
const SUBCOUNT = /\b(?:including|among them|among whom|of whom|among the (?:dead|victims)|among those(?: killed)?)\s+(?:at least\s+|some\s+)?(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;
export const subcountsOf = (quote) => {
    const out = [];
    for (const m of quote.matchAll(SUBCOUNT)) {
        const w = m[1].toLowerCase();
        out.push(numberWordValue(w) ?? Number(w.replace(/,/g, "")));
    }
    return out;
};
// One strike or blast against a toll over many ("when a strike hit a bus" against "raids in and
// around the city killed 31"): the one is a part of the many, never the same count.
const AGGREGATE = /\b(?:over|in|during|within) the (?:last|past) (?:\d+|few|two|three|four|five|six|seven|several|24|48) (?:hours|days)\b|\bin 24 hours\b|\bin and around\b|\bacross\b|\bin (?:a series of|several|multiple)\b|\b(?:two|three|four|five|several|multiple|\d+) (?:\S+ )?(?:air ?strikes|raids|attacks|explosions|blasts|bombings)\b|\bbringing (?:the|to)\b|\bin total\b|\b(?:war|conflict|uprising)\b/i;
const SINGLE = /\bwhen (?:\S+ ){0,4}(?:hit|struck|targeted|exploded|detonated|blew up|crashed|fell|slammed)\b|\bin an? (?:single )?(?:air ?strike|strike|raid|attack|explosion|blast|bombing|car bomb(?:ing)?|suicide (?:attack|bombing))\b|\b(?:an?|the) (?:\S+ )?(?:air ?strike|strike|raid|attack|car bomb|bomb|suicide bomber|suicide attack|blast|explosion|barrel bomb|missile|bombing) (?:on|in|at|near|hit|struck|targeted|killed|that|which|blew|detonated)\b|\bas they were \w+ing\b|\b(?:struck|hit|targeted|bombed|shelled) an? (?!number|series|wave|string|few|dozen|total|range)\w/i;
/** The perpetrator bits (PERPETRATORS) of the sides a figure's own noun names (SIDES). */
export const sidesAsPerpetrators = (sides) => (sides & (1 | 2) ? 1 : 0) | (sides & 4 ? 2 : 0) | (sides & (8 | 16) ? 4 : 0) | (sides & 32 ? 8 : 0) | (sides & 64 ? 16 : 0);
// A toll of "the fighting" or "clashes" counts a battle, many acts: a blast within it ("when they
// blew up a tunnel") is a part of it, never the same count.
const BATTLE = /\b(?:in|during|amid) (?:the )?(?:\S+ )?(?:fighting|clashes|battles?|offensive|combat)\b/i;
export const scaleOf = (quote) => AGGREGATE.test(quote) ? "aggregate" : SINGLE.test(quote) ? "single" : BATTLE.test(quote) ? "aggregate" : null;
/** Two sentences may count the same thing unless each names only things the other does not. */
export const bitsMeet = (a, b) => a === 0 || b === 0 || (a & b) !== 0;
// A count added to others ("another five civilians", "three more", "the remaining six", "were
// also killed", "in a separate strike", "11 fighters were among the dead", "10 of the dead"): a part of some
// toll, never a toll of its own. The words
// around the figure decide when the figure can be found in its sentence; "24 dead and dozens
// more wounded" adds the wounded, not the dead.
const ADDED_BEFORE = /\b(?:another|a further|further|additional|remaining|other)\s+(?:[a-z]+\s+)?$/i;
// "at least 10 of the dead came in strikes outside the hospital": some of a toll told elsewhere
const ADDED_AFTER = /^\s+more\b(?!\s+than)|^\s+(?:\S+\s+){0,2}(?:were|was)\s+(?:also\s+)?among\b|^\s+of\s+(?:the|those)\s+(?:dead|killed|victims|casualties|wounded|injured)\b/i;
// ... and so is a count of "another shell" or "another attack": one more incident beside the
// one told; of those "still receiving treatment" or who "died since being brought" to one
// hospital: some of the hurt, not all
const ADDED_SENTENCE = /\bseparate(?:ly)?\b|\banother\s+(?:[a-z]+\s+)?(?:shells?|rockets?|mortars?|missiles?|strikes?|air ?strikes?|raids?|attacks?|bombs?|bombings?|blasts?|explosions?|car bombs?|suicide)\b|\b(?:still|remain(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:treatment|treated|hospitali[sz]ed|in hospital|in (?:intensive|critical) care)\b|\b(?:since|after) being (?:brought|taken|transferred|admitted|evacuated)\b|\bhospitals?\s+(?:\w+\s+){0,3}?received\b|\b(?:arrived|were brought|were taken)\s+(?:in|at|to)\s+(?:the\s+|a\s+)?(?:\w+\s+)?hospitals?\b|\b(?:within|in)\s+(?:the\s+)?(?:first\s+)?(?:a\s+)?few\s+hours\b|\bin\s+the\s+first\s+hours?\b/i;
// "also" belongs to the clause it stands in: "a dozen people were also killed" adds the dead,
// "put the toll at 85, adding that 50 were also wounded" adds only the wounded
const ALSO = /\balso\s+(?:been\s+)?(?:killed|died|dead|wounded|injured|hurt)\b|\b(?:were|was|have been|had been)\s+also\b/i;
const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c) => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const withCommas = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
/** Where a figure's number is written in its sentence: digits ("1300", "1,300") or, up to
 * twenty, a word; the offsets of the first such, or null. */
const figureAt = (quote, n) => {
    for (const digits of n >= 1000 ? [String(n), withCommas(n)] : [String(n)]) {
        for (let i = quote.indexOf(digits); i !== -1; i = quote.indexOf(digits, i + 1)) {
            const end = i + digits.length;
            if (!isDigit(quote[i - 1]) && !isDigit(quote[end]) && !(quote[end] === "," && isDigit(quote[end + 1])))
                return [i, end];
        }
    }
    const word = numberWord(n);
    if (word === null)
        return null;
    const lower = quote.toLowerCase();
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
        const end = i + word.length;
        if (!isLetter(lower[i - 1]) && !isLetter(lower[end]) && lower[end] !== "-")
            return [i, end];
    }
    return null;
};
/** Whether a figure can be found in its own sentence: a number up to twenty that is not there
 * (in digits or as a word) is a misreading. Larger ones may be written in words ("thirty"). */
export const writtenIn = (quote, figure) => figure > 20 || figureAt(quote, figure) !== null;
// "The death toll over the whole weekend was at least 44": a figure for more days than the one
// it is dated by; how many days before it the count began
const PERIODS = [
    [/\b(?:whole|entire|past|last) week\b|\bseven days\b/i, 6],
    [/\bweekend\b|\b(?:two|2) days\b|\b48 hours\b/i, 1],
    [/\b(?:three|3) days\b|\b72 hours\b/i, 2]
];
export const periodDaysOf = (quote) => {
    for (const [re, days] of PERIODS)
        if (re.test(quote))
            return days;
    return 0;
};
// "The observatory had been able to verify the deaths of 14456 people": the deaths a source
// has documented one by one are some of the dead, not its estimate of all
const DOCUMENTED = /\b(?:verif(?:y|ied)|document(?:ed)?|able to (?:confirm|verify|document))\s+(?:the\s+)?(?:deaths?|killings?|names)\s+of\b/i;
export const isDocumented = (quote) => DOCUMENTED.test(quote);
// "raids on Aleppo and its countryside ... concentrated on the neighbourhoods of Sakhour, Shaar
// ...": a figure over a city and its countryside is the city's, whichever quarter the reading
// placed it in
const SEVERAL_QUARTERS = /\band (?:its|the) (?:countryside|suburbs|outskirts|surroundings)\b|\bin and around\b/i;
export const spansQuarters = (quote) => SEVERAL_QUARTERS.test(quote);
// "The previous death toll was 20": a figure its own sentence says is out of date
const SUPERSEDED = /\b(?:previous|earlier|former|old|outdated)\s+(?:death\s+)?(?:toll|tally|count|figure)\b/i;
export const isSuperseded = (quote) => SUPERSEDED.test(quote);
/** "20+ killed": the figure is a floor, whatever the reading said. */
export const plusAfter = (quote, figure) => {
    const at = figureAt(quote, figure);
    return at !== null && quote[at[1]] === "+";
};
export const isAdditive = (quote, figure) => {
    if (ADDED_SENTENCE.test(quote))
        return true;
    const at = figure === null ? null : figureAt(quote, figure);
    if (at === null)
        return ALSO.test(quote);
    // the figure's own clause: up to the next comma, "and", or figure
    const after = quote.slice(at[1], at[1] + 40);
    const stop = /[,;]|\band\b|\bwhile\b|\d/.exec(after);
    const clause = stop === null ? after : after.slice(0, stop.index);
    return ((ADDED_BEFORE.test(quote.slice(Math.max(0, at[0] - 30), at[0])) && !addsOtherHarm(quote.slice(0, at[0]))) || ADDED_AFTER.test(clause) || ALSO.test(clause));
};
// "killed six people and injured another ten": "another" adds the injured to the dead, it does
// not add ten to other injured
const HARM_BEFORE_ANOTHER = /\b(?:(injur\w*|wound\w*|hurt)|kill\w*|dead|died)\s+(?:another|a further)\s+$/i;
const KILLED_WORDS = /\b(?:kill\w*|dead|died|deaths?)\b/i;
const INJURED_WORDS = /\b(?:injur\w*|wound\w*|hurt)\b/i;
const addsOtherHarm = (before) => {
    const m = HARM_BEFORE_ANOTHER.exec(before);
    if (m === null)
        return false;
    const earlier = before.slice(0, m.index);
    return m[1] !== undefined ? KILLED_WORDS.test(earlier) : INJURED_WORDS.test(earlier);
};
// The whole country, said in words the gazetteer does not read as a place.
// ("600000 Syrians live in besieged areas": a count of Syrians is the nation's)
const COUNTRYWIDE = /\b(?:across|throughout|all over|around|areas of|parts of) (?:the country|syria)\b|\bnationwide\b|\bcountrywide\b|\d(?:[\d,]*\d)?\s+(?:\w+\s+)?Syrians\b/i;
export const isCountrywide = (quote) => COUNTRYWIDE.test(quote);
// A part of a city or province the gazetteer has no entry for: a side of a divided city, a
// quarter. Figures for it are not the place's toll. ("Near Aleppo", "on its outskirts" are
// Aleppo as far as a toll goes: the gazetteer already reads its countryside as the province.)
const SUBAREAS = [
    [
        /\b(?:rebel|opposition|insurgent|militant|jihadist|isis|isil|daesh|nusra)[- ](?:held|controlled|run)\b|\bheld by (?:the )?(?:rebels|opposition)\b|\bbesieged\b|\brebel areas\b/i,
        "opposition-held"
    ],
    [/\b(?:government|regime|army|state|loyalist)[- ](?:held|controlled)\b|\bheld by (?:the )?(?:government|regime|army)\b/i, "government-held"],
    [/\b(?<!middle )east(?:ern)?\b/i, "east"],
    [/\bwest(?:ern)?\b/i, "west"],
    [/\bnorth(?:ern)?\b/i, "north"],
    [/\bsouth(?:ern)?\b/i, "south"]
];
// a quarter the gazetteer does not know, named or not: each such figure is a part of its own
// (not where people came from: "46 wounded, as more patients arrived from outlying villages")
// (the lookbehind after the word, not before it: tried at every position it tripled the test's time)
const UNNAMED_AREA = /\b(?:neighbou?rhoods?|districts?|villages?|quarters?)\b(?<!\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:neighbou?rhoods?|districts?|villages?|quarters?))/i;
// "all five people on board": those aboard an aircraft (or ship) are a count of their own, not
// the toll of the place it came down in
const ABOARD = /\b(?:on ?board|aboard)\b/i;
/** The part of the claim's place the sentence narrows it to, if any: a tag, "area" for an
 * unknown quarter, "aboard" for those on board a craft, or null. */
export const subareaOf = (quote) => {
    if (ABOARD.test(quote))
        return "aboard";
    for (const [re, tag] of SUBAREAS)
        if (re.test(quote))
            return tag;
    return UNNAMED_AREA.test(quote) ? "area" : null;
};
//# sourceMappingURL=scope.js.map