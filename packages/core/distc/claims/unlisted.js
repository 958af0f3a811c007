/**
 * Places the gazetteer does not list, named by how the text speaks of them: "Ain al-Dananeer
 * village in al-Meshrfeh area in the countryside of Homs", "the village of Kafr Abbas in Hama
 * countryside", "al-Sakhoor neighbourhood". A gazetteer lists the places reporting named most; a
 * report on the next incident names a village nobody listed, and the harm was there, not in the
 * province around it. One in seven places of the labelled sets is such a place.
 *
 * A name here is one to three capitalised words (with "al-", "el-", "Ain", "Tal" and the like
 * inside), right before a word of settlement ("village", "town", "neighbourhood", "district",
 * "camp") or after "the village of". It lies in the governorate of the nearest listed place the
 * sentence names right after it ("... in the countryside of Homs"), else of the places the
 * article is about, else of one named before it. Its id is its governorate's with "~" and the name, so two reports of the
 * same village under the same spelling are the same place.
 */
import { placeById } from "./gazetteer.js";
const KIND = "villages?|towns?|neighbou?rhoods?|district|quarter|camp";
const NAME_WORD = "(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:al|el)-)?${NAME_WORD}){0,2}`;
// "Ain al-Dananeer village", "the Tall Tawil town"; "the village of Kafr Abbas", "the town of Heneyda"
const BEFORE_KIND = new RegExp(`\\b(${NAME})\\s+(?:${KIND})\\b`, "g");
const AFTER_KIND = new RegExp(`\\b(?:${KIND})\\s+of\\s+(${NAME})`, "g");
// one quick test before the patterns: most sentences name no settlement by its kind
const CUE = new RegExp(`\\b(?:${KIND})\\b`, "i");
/** Capitalised words that open a sentence or name something other than a place. */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At|Of|For|From|By|With|And|But|Or|As|After|Before|During|Since|While|When|Where|Which|Who|Another|Each|Every|Some|Several|Many|Most|All|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|One|First|Second|Third|Last|Next|Same|Other|Syrian|Syrias|Syria|Kurdish|Turkish|Russian|Iraqi|Lebanese|Jordanian|Israeli|Iranian|American|Arab|Islamic|Christian|Alawite|Sunni|Shiite|Druze|Yazidi|Palestinian|Government|Regime|Rebel|Rebels|Opposition|Army|Military|State|Old|New|Northern|Southern|Eastern|Western|Central|North|South|East|West|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Tags|Related|Photo|Reuters|AFP|SANA|UN|Refugee|Refugees|Border|Industrial|Residential|Civil|Defense|Defence|Rural|Besieged|Rebel-held|Regime-held|Coalition|Observatory|Police|Directorate|Health)$/;
const HELD_OR_PEOPLED = /-(?:held|controlled|populated|backed|led|run|based|dominated|besieged|occupied|majority|inhabited)$/i;
/** The listed place whose governorate a name at [start, end) lies in: the nearest after it in the
 * sentence ("... village in al-Meshrfeh area in the countryside of Homs"), else before it. */
const governorateNear = (listed, end) => {
    for (const p of listed) {
        if (p.start < end || p.start > end + 60)
            continue;
        const g = governorateOfId(p.id);
        if (g !== null)
            return g;
    }
    return null;
};
const governorateBefore = (listed, start) => {
    for (let k = listed.length - 1; k >= 0; k--) {
        if (listed[k].end > start)
            continue;
        const g = governorateOfId(listed[k].id);
        if (g !== null)
            return g;
    }
    return null;
};
const governorateOfId = (id) => {
    let cur = placeById(id);
    for (let k = 0; cur !== undefined && k < 5; k++) {
        if (cur.level === "governorate")
            return cur.id;
        if (cur.parent === null)
            return null;
        cur = placeById(cur.parent);
    }
    return null;
};
const slug = (name) => name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/**
 * The places a sentence names that the gazetteer does not list, given the ones it does
 * (`listed`, from `findPlaces`) and the article's (`context`, ids).
 */
export const unlistedPlaces = (s, listed, context) => {
    if (!CUE.test(s))
        return [];
    const out = [];
    for (const re of [BEFORE_KIND, AFTER_KIND]) {
        re.lastIndex = 0;
        for (let m = re.exec(s); m !== null; m = re.exec(s)) {
            let name = m[1];
            let start = m.index + m[0].indexOf(name);
            // words that open the run but name nothing ("In Tall Tawil village", "Syrian Kafr Abbas town")
            const words = name.split(/\s+/);
            let k = 0;
            while (k < words.length && NOT_A_NAME.test(words[k])) {
                start += words[k].length;
                while (s[start] === " ")
                    start++;
                k++;
            }
            if (k === words.length)
                continue;
            name = words.slice(k).join(" ");
            // ("Daesh-held", "Kurdish-populated" villages: who holds or lives there, not a name)
            if (words.slice(k).some((w) => NOT_A_NAME.test(w) || HELD_OR_PEOPLED.test(w)))
                continue;
            const end = start + name.length;
            // a listed place's own name ("al-Meshrfeh area", "Homs district"), or inside one
            if (listed.some((p) => p.start < end && p.end > start))
                continue;
            if (out.some((p) => p.start === start))
                continue;
            // (the place it is said to be in, "... village in the countryside of Homs"; else the article's
            // province; else one named before it)
            const gov = governorateNear(listed, end) ?? context.map(governorateOfId).find((g) => g !== null) ?? governorateBefore(listed, start);
            if (gov === null)
                continue;
            const g = placeById(gov);
            if (g === undefined)
                continue;
            const neighbourhood = /^(?:neighbou?rhoods?|district|quarter)$/i.test(m[0].slice(m[0].lastIndexOf(" ") + 1)) || /^(?:neighbou?rhoods?|district|quarter)\s/i.test(m[0]);
            out.push({
                id: `${gov}:~${slug(name)}`,
                name,
                display: `${name}, ${g.name}`,
                level: neighbourhood ? "neighbourhood" : "city",
                start,
                end
            });
        }
    }
    return out;
};
/** Is this a place of the text's own naming, not the gazetteer's? */
export const isUnlisted = (id) => id.includes(":~");
//# sourceMappingURL=unlisted.js.map