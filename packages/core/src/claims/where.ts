/**
 * WHERE of a claim: the place a sentence says the harm happened, read from the places it names.
 *
 * - Not every place named is where it happened: a dateline ("BEIRUT ..."), where the shells came
 *   from ("terrorists positioned in Bani Zaid fired ... on al-Jamiliyeh", "fired from Binnish"), a
 *   street or building named after a district when the district is named too ("on al-Kallasa
 *   Street in al-Sulaimaniyeh"), and a capital speaking for its government ("Damascus said").
 * - Of the rest, the most specific; among equally specific ones the nearest to the figure ("nine
 *   were killed in Qaterji and two in Mayssar"). A run of three or more governorates ("in the
 *   provinces of Aleppo Raqqa Lattakia Homs and Hama") is the country.
 * - A sentence naming no place, or only the country ("in northern Syria"), is about the incident
 *   being told (extract.ts carries it from sentence to sentence); a toll of the whole war is Syria's.
 */
import { GROUP_UNIT } from "./events.js"
import { findPlaces, placeById, specificity, unlistedPlace, wholeCountry } from "./gazetteer.js"
import { execAll } from "./regex.js"
import { isNeighbourCountry, SYRIA_ID } from "./syria-places.js"
import type { PlaceMatch } from "./types.js"

// where the attackers were, not where the harm was
const ORIGIN =
  /\b(?:located|positioned|stationed|based|deployed|entrenched|holed\s+up|gathered)\s+(?:in|at|near|inside|on|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?=(?:fired|targeted|shelled|launched|attacked|struck|hit|bombed|dropped|opened|planted|landed)\b)|\b(?:fired|launched|coming|shot)\s+(?:by\s+(?:the\s+)?(?:[\w'’/-]+\s+){1,3}?)?from\s+(?:the\s+)?(?:(?!(?:hit|hits|hitting|struck|landed|fell|targeted|slammed|exploded|exploding|impacted|crashed|killing|killed|wounding|wounded|injuring|injured|on|onto|into|at|towards?)\b)[\w'’-]+\s+){1,6}/gi
// "storming it from the direction of Sayyida Zeinab", "shells fired from the direction of Jobar": where
// the attack came from (the name only, capitalised: "from the direction of Jobar on Bab Touma")
// (after an attack's verb: "advanced from the direction of Khan Touman, where 12 were killed" names the place)
const FROM_DIRECTION =
  /\b(?:[Ss]tormed|[Ss]torming|[Ff]ired|[Ff]iring|[Ss]helled|[Ss]helling|[Ll]aunched|[Aa]ttacked|[Aa]ttacking|[Tt]argeted|[Tt]argeting|[Ss]truck|[Ss]triking)\s+(?:[\w'’-]+\s+){0,6}?(from\s+the\s+directions?\s+of\s+(?:the\s+)?(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][\w'’-]*){0,3})/g
const SHELLED_FROM =
  /\b(?:[Ss]helling|[Ss]hells|[Rr]ockets|[Mm]ortars|[Bb]ombardment|[Aa]rtillery\s+fire|[Mm]ortar\s+fire|[Rr]ocket\s+fire)\s+(?:of|on|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(from\s+(?:the\s+)?(?:(?!(?:hit|hits|struck|landed|fell|targeted|slammed|killing|killed|wounding|wounded|injuring|injured|on|onto|into|at|towards?|in)\b)[\w'’-]+\s+){1,3}(?:(?:around|near|in)\s+(?:the\s+)?)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2})/g
const LEFT_FROM_CUE = /\b(?:evacuees|evacuated|refugees|fleeing|fled|displaced|out\s+of)\b/i
const LEFT_FROM =
  /\b(?:[Ee]vacuees|[Ee]vacuated|[Rr]efugees|[Ff]leeing|[Ff]led|[Dd]isplaced)\s+from\s+(?:[\w'’-]+\s+){0,5}?(?:(?:towns?|villages?|cities|city|areas?|neighbou?rhoods?)\s+of\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?(?:al-|el-)?[A-Z][\w'’-]*){0,4}/g
const CARE_CUE = /\b(?:transferred|taken|rushed|moved|brought|referred|sent|evacuated|transported)\b/i
const TAKEN_FOR_CARE =
  /\b(?:[Tt]ransferred|[Tt]aken|[Rr]ushed|[Mm]oved|[Bb]rought|[Rr]eferred|[Ss]ent|[Ee]vacuated|[Tt]ransported)\s+(?:for\s+treatment\s+)?to\s+(?:a\s+|the\s+|one\s+)?(?:(?!field\b)[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?|facilities))\s+(?:in|at|across)\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,3}/g
// "succumbed to her wounds on Tuesday night at a hospital in Baalbek", "died of their wounds in a
// hospital in Damascus": where the wounded died in care, not where they were hit (not the dead of
// a strike on a hospital, nor of hunger in one) (a field hospital is where they were: "died overnight at a field
// hospital in Bab Amr")
const DIED_CUE = /\b(?:died|succumbed)\b/i
const DIED_IN_CARE =
  /\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\s+(?:[\w'’-]+\s+){0,4}?(?:at|in)\s+(?:a|the|one)\s+(?:(?!field\b)[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?))\s+(?:in|at)\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,3}/g
const LANDMARK_AFTER =
  /^[\s'’s]*(?:street|st\b|road|avenue|roundabout|square|highway|bridge|hospital|school|mosque|university|airport|air\s?base|gate|prison|stadium|hotel|market|crossing|checkpoint|police|council|command|directorate|governorate\s+building)/i
/** between a place and a reference point that locates it: "Ain Issa camp, some 30 miles north of " */
const APPOSED_BETWEEN =
  /^(?:\s+(?:camp|town|village|city|district|area|neighbou?rhood|quarter|suburb|crossing|base|airport|hospital))?,\s+(?:(?:some|about|around|roughly|nearly|just|only|almost|approximately)\s+)?(?:(?:\d[\d.,]*|[a-z]+)\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]*\)\s+)?)?(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i
const REFERENCE_BEFORE =
  /\b(?:near|close\s+to|not\s+far\s+from|outside|on\s+the\s+outskirts\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]*\)\s+)?(?:\w+\s+){0,2}?(?:of|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i
// "in the countryside of Azaz city", "the eastern suburbs of the capital Damascus": around the
// place, as "Damascus countryside" is; but "the Damascus suburbs of Douma and Arbin", "the capitals
// eastern suburbs of Zamalka" name the suburbs, the city before them
// (case-sensitive: the words between are lower case, "of the capital Damascus")
const AROUND_OF_BEFORE = /\b(?:[Cc]ountryside|[Ss]uburbs|[Ee]nvirons)\s+of\s+(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}$/
// ... with a name, or a capital's or a city's possessive, right before it
const CITY_BEFORE_AROUND = new RegExp(`(?:\\b(?:capital|city|town)['’]?s|[A-Z][\\w'’-]*)\\s+(?:(?:north|south|east|west)\\w*\\s+)?${AROUND_OF_BEFORE.source}`)
const ROUTE_AFTER = /^[\s'’s]*(?:street|st\b|road|avenue|highway)/i
// "Damascus-Aleppo highway", "Homs-Hama road": the first city of a route's name
const ROUTE_PAIR_AFTER = /^-(?:al-)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:international\s+)?(?:highway|motorway|road|railway|route|pipeline)\b/
// "the Damascus suburbs", "Damascus countryside": around the city, not in it
const AROUND_AFTER = /^[\s'’s]*(?:suburbs?|outskirts|countryside|environs)\b/i
// a country named where something happened ("in northern Syria", "across war-torn Syria"), not as a
// modifier ("Al-Qaeda's Syria affiliate", "the Syria talks")
const LOCATIVE_BEFORE =
  /(?:^|\b(?:in|across|inside|into|over|throughout|from|of|to|on|at|near|around|within|northern|southern|eastern|western|central|north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern)\s+(?:the\s+)?(?:[\w-]+\s+)?)$/i
const GROUP_OF_COUNTRY = /\b(?:State|Qaeda|Qaida|Emirate)\s+(?:of|in)\s+(?:the\s+)?(?:(?:Iraq|Syria|the\s+Levant)\s+and\s+(?:the\s+)?)?$/i
const TOLD_BEFORE = /\btold\s+(?:the\s+)?(?:al[\s-])?$/i
const GROUP_SCOPE_BEFORE = /\b(?:operating|operates|fighting|fights|active|present|based|battling)\s+(?:[\w-]+\s+){0,3}?in\s+(?:Syria\s+and\s+)?$/i
const PAIRED_WITH_SYRIA = /\bSyria\s+and\s+\w+\b|\b\w+\s+and\s+Syria\b/
const COUNTRY_OWNS =
  /^(?:['’]s|s)\s+(?:[\w-]+\s+){0,3}?(?:news\s+agency|agency|media|television|tv|ministry|government|envoy|ambassador|delegation|president|spokes(?:man|woman|person)|officials?)\b/i
// A toll of the whole war: the war doing the harm ("the conflict has killed", "a war that has
// claimed", "the six-year war"), the harm in or since it ("killed in the war", "since the uprising
// began"), or the whole country. Merely naming the war is not enough: "an attack that took Syria's
// civil war to the Assad clan's hometown killed four" is about the hometown.
const WAR = "(?:(?:civil\\s+)?war|conflict|uprising|revolution|revolt|crisis)"
const WAR_TOLL = new RegExp(
  [
    `\\b${WAR}\\b(?:\\s+(?:which|that))?(?:\\s+(?:has|had|have))?(?:\\s+(?:so\\s+far|now|already|also|since))?\\s+(?:killed|claimed|left|cost|displaced|forced|uprooted|driven)\\b`,
    `\\b(?:killed|dead|died|deaths|lives|displaced|fled|refugees|toll|victims)\\b[^.]{0,80}?\\b(?:in|during|since|throughout|of|by|into)\\s+(?:the\\s+|syria'?s\\s+|this\\s+|a\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?${WAR}\\b`,
    `\\b(?:\\d+|\\w+)[- ](?:year|month)(?:[- ]old)?[- ]${WAR}\\b`,
    // (not the start of an operation: "rockets fired since the start of the operation have hit Kilis")
    `\\b(?:since|throughout|during)\\s+(?:the\\s+)?(?:start|beginning|outbreak|onset)\\s+of\\b(?!\\s+(?:(?:the|this|its|their|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:operations?|offensives?|campaigns?|assaults?|battles?|sieges?|attacks?|air\\s*strikes|strikes|raids|bombing|bombardment|shelling|truce|ceasefire|talks|year|month|week|ramadan)\\b)`,
    `\\bsince\\s+(?:20(?:11|12)|march\\s+2011)\\b`,
    `\\bacross\\s+(?:the\\s+)?(?:country|syria)\\b`,
    `\\bnationwide\\b`,
    `\\b${WAR}\\b[^.]{0,40}\\b(?:began|started|erupted|broke\\s+out)\\b`,
    // "... failed to end the conflict in which hundreds of thousands of Syrian civilians are believed to have been killed"
    `\\b${WAR}\\s+(?:in\\s+which|during\\s+which|where)\\b[^.]{0,100}?\\b(?:killed|dead|died|lives|displaced|fled)\\b`
  ].join("|"),
  "i"
)

/** Is this place the whole country, or a part of it named only by direction ("northern Syria")? */
export const isCountryWide = (p: PlaceMatch): boolean => p.level === "country"

// A place as the doer of a government's deeds is that government (a place does not decide, deny
// or intervene): "since Moscow intervened", "denied by Brussels". Not after a preposition, where
// it places the doer ("residents of Madaya accused ..."), and not with verbs a harm or a battle
// also takes ("the battle for Aleppo claimed 30 lives").
const GOVERNMENT_DEED =
  "(?:intervened|denied|denies|accused|accuses|announced|announces|blamed|blames|rejected|rejects|insisted|insists|warned|warns|condemned|condemns|vowed|vows|demanded|demands|refused|refuses|retaliated|urged|urges|dismissed|dismisses|acknowledged|admitted|threatened|threatens|pledged|pledges|regards|regarded|considers|considered|views|viewed|sees)"
// (or its participle opening the sentence's clause: "Moscow urging an objective inquiry said ...")
const ACTS_AFTER = new RegExp(
  `^\\s+(?:(?:has|have|had|also|then|swiftly|quickly|later|strongly|repeatedly)\\s+){0,2}(?:${GOVERNMENT_DEED}|urging|insisting|warning|accusing|denying|rejecting|blaming|demanding|vowing|threatening)\\b`,
  "i"
)
const ACTED_BY_BEFORE = new RegExp(`\\b${GOVERNMENT_DEED}\\s+by\\s+(?:the\\s+)?$`, "i")
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i
// a government's forces, allies and acts, named by its seat's possessive (not "Aleppo's eastern districts")
const POSSESSED_FORCE =
  /^['’]s?\s+(?:[\w-]+\s+)?(?:warplanes|jets|aircraft|air\s+force|aviation|bombers|forces|troops|army|military|militias|proxies|allies|ally|backing|intervention|air\s+campaign|government|regime)\b/i
// a government accused or urged ("accused Moscow of responsibility", "urged Ankara to act"), or
// blamed, with or without what for ("blamed Damascus", "pointed the finger at Ankara")
const ANSWERS_BEFORE = /\b(?:accused|accuses|accusing|urged|urges|urging|called\s+on|pressed|pressing)\s+$/i
const ANSWERS_AFTER = /^\s+(?:of|for|to)\b/i
const BLAMED_BEFORE = /\b(?:blamed|blames|blaming|point(?:ed|s|ing)\s+the\s+finger\s+at)\s+$/i
const PLACED_BY_BEFORE = /\b(?:of|in|at|from|near|on|into|to|for|around|across|inside|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i

const OFFICIAL_ABROAD =
  /\b(?:ambassador|envoy|ministry|minister|government|officials?|spokes(?:man|woman|person)|Pentagon|State\s+Department|White\s+House|Kremlin|delegation|president|diplomats?)\b/i
// (the unit words the sides table reads groups by, and "Ahrar", "Fawj", which open names of their own)
const GROUP_HEAD_BEFORE = new RegExp(String.raw`\b(?:${GROUP_UNIT}|Ahrar|Fawj)\s+$`)
const ABROAD_MEETING_BEFORE = /\b(?:council|talks|conference|summit|session|negotiations)\s+(?:(?:held|convened|meeting|sitting)\s+)?(?:in|at)\s+(?:the\s+)?$/i
const FOR_BEFORE = /\bfor\s+$/i
const SPOKEN_IN_BEFORE =
  /\b(?:said|says|told(?:\s+[\w-]+){0,3}?|speaking|spoke|announced|reported|stated|declared|briefing|(?:news|press)\s+conference|statement\s+(?:issued|released))\s+(?:(?:on|late|early)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:in|at|from)\s+(?:the\s+)?$/i
/** The places a sentence names as where things happened, in text order. `speakers` are the
 * offsets of speaker phrases ("Damascus said"). */
const OF_BETWEEN = /^\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$/i
export const claimPlaces = (
  s: string,
  context: ReadonlyArray<string>,
  speakers: ReadonlyArray<readonly [number, number]> = [],
  named: ReadonlyArray<PlaceMatch> = findPlaces(s, context)
): Array<PlaceMatch> => {
  const all = named
  if (all.length === 0) return []
  const origins: Array<readonly [number, number]> = []
  ORIGIN.lastIndex = 0
  for (const m of execAll(ORIGIN, s)) origins.push([m.index, m.index + m[0].length])
  // (the origin is the "from the direction of X" part only, not the place the verb acted on)
  if (s.includes("direction")) for (const m of s.matchAll(FROM_DIRECTION)) origins.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length])
  // "Shelling of Azaz from YPG-held areas around Tal Refaat": the place shelled, not where from
  if (s.includes(" from ")) for (const m of s.matchAll(SHELLED_FROM)) origins.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length])
  // "evacuees from the towns of Foua and Kefraya": where the people came from, not where harm met them
  if (LEFT_FROM_CUE.test(s)) for (const m of s.matchAll(LEFT_FROM)) origins.push([m.index, m.index + m[0].length])
  // "12 were transferred to hospitals in Qamishli": where the wounded were taken for care, not where harm met them
  if (CARE_CUE.test(s)) for (const m of s.matchAll(TAKEN_FOR_CARE)) origins.push([m.index, m.index + m[0].length])
  if (DIED_CUE.test(s)) for (const m of s.matchAll(DIED_IN_CARE)) origins.push([m.index, m.index + m[0].length])
  const inside = (p: PlaceMatch, spans: ReadonlyArray<readonly [number, number]>): boolean => spans.some(([a, b]) => p.start >= a && p.end <= b)
  const routeEnd = (p: PlaceMatch): boolean =>
    (s.charCodeAt(p.end) === 45 && ROUTE_PAIR_AFTER.test(s.slice(p.end, p.end + 40))) ||
    (s.charCodeAt(p.start - 1) === 45 && /[A-Za-z]-$/.test(s.slice(0, p.start)) && ROUTE_AFTER.test(s.slice(p.end, p.end + 12)))
  const inSpeaker = (p: PlaceMatch): boolean => speakers.some(([a, b]) => p.start >= a && p.end <= b)
  const kept = all.filter((p) => {
    // a dateline: "BEIRUT At least 70 ...", "JISREEN Syria ..."
    const word = s.slice(p.start, p.end)
    // the country as a modifier names no place: "Al-Qaidas Syria affiliate"
    // ... and inside a group's name: "the Islamic State of Iraq and the Levant", "al-Qaeda in Iraq"
    if (p.level === "country") {
      const before = s.slice(Math.max(0, p.start - 40), p.start)
      if (!LOCATIVE_BEFORE.test(before) || GROUP_OF_COUNTRY.test(before)) return false
    }
    // ... a neighbour as a modifier ("Turkey-backed rebels") or where a group acts beside Syria ("the
    // coalition fighting IS in Iraq and Syria"; not "deaths across Iraq and Syria")
    if (
      isNeighbourCountry(p.id) &&
      (s.charCodeAt(p.end) === 45 ||
        (PAIRED_WITH_SYRIA.test(s.slice(Math.max(0, p.start - 10), p.end + 10)) && GROUP_SCOPE_BEFORE.test(s.slice(Math.max(0, p.start - 50), p.start))))
    )
      return false
    // ... and as an owner: "Syria's state news agency said", "Syrias SANA news agency citing ..."
    if (p.level === "country" && COUNTRY_OWNS.test(s.slice(p.end, p.end + 60))) return false
    // the one told is a listener, not a place: "a military source told Al Mayadeen that ..."
    if (TOLD_BEFORE.test(s.slice(Math.max(0, p.start - 14), p.start))) return false
    if (word.length >= 4 && word === word.toUpperCase() && /[A-Z]/.test(word) && p.start < 60) return false
    // ... in any case: "Aleppo, SNNA - Six civilians ...", "Homs (Reuters) - ...", "Homs - Idlib Free Press: ..."
    if (/^\W*$/.test(s.slice(0, p.start)) && DATELINE_AFTER.test(s.slice(p.end, p.end + 40))) return false
    // ... after a date stamp: "Last updated at Jan 202015 Beirut Syrian government air strikes ..."
    if (p.start < 48 && DATE_STAMP_BEFORE.test(s.slice(0, p.start))) return false
    // one end of a route: "the Damascus-Aleppo highway" runs between the cities, through neither
    // (where the sentence names another place; alone, the road is where it was)
    if (routeEnd(p) && all.some((q) => q.level !== "country" && !routeEnd(q))) return false
    // an organisation's seat: "the Istanbul-based Syrian Revolution General Commission", "the London-based monitor"
    if (SEAT_AFTER.test(s.slice(p.end, p.end + 8))) return false
    // ... and a place in an armed group's name: "Jaysh al-Izza", "Liwa al-Tawhid", "Ahrar al-Sham"
    if (GROUP_HEAD_BEFORE.test(s.slice(Math.max(0, p.start - 10), p.start))) return false
    // ... and the place after an agency's name in capitals: "ALALAM Syria At least 45 ..."
    if (/^\W*[A-Z]{3,}[\s-]*$/.test(s.slice(0, p.start))) return false
    // a capital speaking for its government
    if (speakers.some(([a, b]) => s.slice(a, b).replace(/^the\s+/i, "") === word)) return false
    // ... or acting for it: "since Moscow intervened", "the claim was denied by Brussels"
    if (p.level !== "neighbourhood") {
      const before = s.slice(Math.max(0, p.start - 40), p.start)
      // (the cheap test first: most places have no "by" before them)
      const after = s.slice(p.end, p.end + 40)
      if ((BY_BEFORE.test(before) && ACTED_BY_BEFORE.test(before)) || (ACTS_AFTER.test(after) && !PLACED_BY_BEFORE.test(before))) return false
      // ... or owning its forces: "a ground offensive backed by Moscow's warplanes", "Ankara's troops"
      if (POSSESSED_FORCE.test(after)) return false
      // ... or answering for it: "Washington accused Moscow of responsibility", "urged Ankara to",
      // "Kurdish officials pointed the finger at Ankara", "blamed Damascus"
      if ((ANSWERS_BEFORE.test(before) && ANSWERS_AFTER.test(s.slice(p.end, p.end + 8))) || BLAMED_BEFORE.test(before)) return false
    }
    // a place abroad where the world's diplomats meet about the war, or that the war matters to: "an
    // emergency meeting of the U.N. Security Council in New York", "the deadliest single incident for
    // Moscow" (not "killed in Baghdad", "a car bomb outside a court in Istanbul", nor any place in Syria:
    // "the battle for Aleppo")
    if (!inSyria(p)) {
      const before = s.slice(Math.max(0, p.start - 40), p.start)
      if (ABROAD_MEETING_BEFORE.test(before) || FOR_BEFORE.test(before)) return false
      // where a speaker abroad spoke: "investigators said in Geneva", "he told reporters in Moscow"
      if (SPOKEN_IN_BEFORE.test(before)) return false
      // ... or the city abroad a sentence opens on, right before who speaks there: "In Beirut the
      // Syrian ambassador told LBCI ...", "In Washington, the Pentagon confirmed ..."
      // (an official speaking for a state, not the city's own police or activists: "In Baghdad, police said")
      if (
        p.level === "city" &&
        /^\W*in\s+$/i.test(s.slice(0, p.start)) &&
        speakers.some(([a, b]) => a >= p.end && /^,?\s+(?:(?:the|a|an)\s+)?$/i.test(s.slice(p.end, a)) && OFFICIAL_ABROAD.test(s.slice(a, b)))
      )
        return false
    }
    // "in East Ghota of Damascus", "in al-Waer of Homs": the city after "of" places the one before it
    if (p.level === "city" && all.some((q) => q !== p && q.level !== "country" && OF_BETWEEN.test(s.slice(q.end, p.start)))) return false
    return true
  })
  // where attackers were, landmarks named after a district and reference points ("villages near
  // the stronghold of Manbij"), only when something else is named
  // ... and places in the speaker's name ("the defense ministry in Moscow said", "a source at the
  // Hama Police Command"), which are where the harm was only when nothing else is named
  const aroundOf = (p: PlaceMatch): boolean => {
    const before = s.slice(Math.max(0, p.start - 60), p.start)
    if (!AROUND_OF_BEFORE.test(before)) return false
    const named = CITY_BEFORE_AROUND.exec(before)
    if (named === null) return true
    // (a capital's or a city's suburbs of a town name the town; a region's suburbs of a city, "the
    // Ghouta suburbs of Damascus", are around the city, as are "Eastern suburbs of Damascus")
    if (/^(?:capital|city|town)/.test(named[0])) return false
    const at = p.start - before.length + named.index
    const q = all.find((x) => x.start === at)
    return q === undefined || (q.level !== "city" && q.level !== "governorate" && q.level !== "country")
  }
  const reference = (p: PlaceMatch): boolean =>
    REFERENCE_BEFORE.test(s.slice(Math.max(0, p.start - 50), p.start)) || AROUND_AFTER.test(s.slice(p.end, p.end + 15)) || aroundOf(p)
  const plain = kept.filter((p) => !inside(p, origins) && !LANDMARK_AFTER.test(s.slice(p.end, p.end + 25)) && !reference(p) && !inSpeaker(p))
  // "killed near a checkpoint close to the Bab al-Salama crossing in northern Syria": a landmark or
  // reference point says more than the whole country
  const somewhere = kept.some((p) => !isCountryWide(p) && !inSpeaker(p) && !inside(p, origins))
  const onlyCountry = (ps: ReadonlyArray<PlaceMatch>): boolean => somewhere && ps.length > 0 && ps.every(isCountryWide)
  const preferred = onlyCountry(plain) ? [] : plain
  // a landmark's place before a reference point ("the Atmeh crossing west of Aleppo": Atmeh)
  // (a road named after two towns is no landmark in either: "the Palmyra-Deir Ezzor highway")
  // (where the attackers fired from is never where the harm was: a sentence naming only that
  // takes the place of the incident being told, "The terrorists who are positioned in Eastern
  // Ghouta targeted the two neighborhoods")
  const rest =
    preferred.length > 0
      ? preferred
      : kept.filter((p) => !reference(p) && !inSpeaker(p) && !inside(p, origins) && !ROUTE_AFTER.test(s.slice(p.end, p.end + 25)))
  const fallback = onlyCountry(rest) ? [] : rest
  // ("Activists in Syria reported ...": the country a speaker is in says nothing of where)
  const last = kept.filter((p) => !((somewhere || inSpeaker(p)) && isCountryWide(p)) && !inside(p, origins))
  // (a reference point in apposition to a place before it locates that place, no harm of its own:
  // "An aid worker at the Ain Issa camp, some 30 miles north of Raqqa, said")
  const locates = (p: PlaceMatch): boolean => last.some((q) => q.end < p.start && !reference(q) && APPOSED_BETWEEN.test(s.slice(q.end, p.start)))
  const chosen = fallback.length > 0 ? fallback : last.filter((p) => !(reference(p) && locates(p))).map((p) => (reference(p) ? { ...p, reference: true } : p))
  // "near Damascus", "east of Damascus", "the Damascus suburbs": the countryside around the capital
  return chosen.map((p) => (p.id === DAMASCUS_CITY && reference(p) ? { ...ruralDamascus(), start: p.start, end: p.end } : p))
}

const MONTH_WORD = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
/** A page's date stamp before a dateline's place: "Last updated at Jan 202015", "Published October 26 2016", "6 Oct 2017" */
const DATE_STAMP_BEFORE = new RegExp(
  `^\\W*(?:(?:last\\s+)?updated(?:\\s+(?:at|on))?\\s+|published(?:\\s+on)?\\s+)?(?:${MONTH_WORD}\\s+(?:\\d{1,2},?\\s+\\d{4}|\\d{4,6})|\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})[\\s,:-]*$`,
  "i"
)
const SEAT_AFTER = /^-based\b/i
/** What follows a dateline's place: an optional agency (", SNNA", " (Reuters)"), then a dash. */
const DATELINE_AFTER = /^(?:,?\s*\(?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)?)?\s+[-\u2013\u2014]\s/

const DAMASCUS_CITY = "sy:damascus"
let rural: PlaceMatch | undefined
const ruralDamascus = (): PlaceMatch => {
  rural ??= findPlaces("Rif Dimashq")[0]!
  return rural
}

/** The governorate a place lies in, for telling a list of provinces. */
export const governorateOf = (p: PlaceMatch): string | null => {
  let cur = placeById(p.id)
  for (let k = 0; cur !== undefined && k < 5; k++) {
    if (cur.level === "governorate") return cur.id
    if (cur.parent === null) return null
    cur = placeById(cur.parent)
  }
  return null
}

/** "eastern Syria", "north-western Syria": a part of the country named by direction */
export const COMPASS_SYRIA = /\b((?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?)\s+Syria\b(?!['’]?s\b)/i
/** "north-western", "northwestern" -> "northwest"; "north", "northern" -> "northern" */
export const compassOf = (word: string): string => {
  const w = word.toLowerCase().replace("-", "")
  if (/^(?:north|south)(?:east|west)/.test(w)) return w.replace(/ern$/, "")
  return w.endsWith("ern") ? w : `${w}ern`
}
// The governorates a part of the country named by direction holds, as reports use the words: the
// Euphrates valley and the Jazira are "eastern" and "northeastern", Idlib "northwestern", Daraa
// "southern" (governorate ids, "sy:gov:<key>")
const COMPASS_HOLDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    northern: ["aleppo", "idlib", "raqqa", "hasaka"],
    northwest: ["idlib", "aleppo", "lattakia", "hama"],
    northeast: ["hasaka", "raqqa", "deir-ez-zor"],
    eastern: ["deir-ez-zor", "raqqa", "hasaka"],
    southern: ["daraa", "quneitra", "suwayda"],
    southwest: ["daraa", "quneitra"],
    southeast: ["suwayda"],
    western: ["lattakia", "tartus", "homs", "hama"]
  }).map(([part, keys]) => [part, new Set(keys.map((k) => `sy:gov:${k}`))])
)
/** Does the part of Syria `text` names by direction ("in eastern Syria") hold every one of `places`?
 * (Not a part named as where fire came from, "wounded by fire from southern Syria": no harm was there.) */
export const compassHolds = (text: string, places: ReadonlyArray<PlaceMatch>): boolean => {
  const part = COMPASS_SYRIA.exec(text)
  if (part !== null && /\bfrom\s+$/i.test(text.slice(Math.max(0, part.index - 6), part.index))) return false
  const holds = part === null ? undefined : COMPASS_HOLDS[compassOf(part[1]!)]
  if (holds === undefined || places.length === 0) return false
  return places.every((p) => {
    const g = governorateOf(p)
    return g !== null && holds.has(g)
  })
}

/** The place of a figure at `offset` among a sentence's claim places (see the module comment):
 * one named in its own clause, between the figures before and after it (`from`, `until`), first,
 * the first named there on a tie ("killed in Qaterji and two in Mayssar", "two shells hit Bab
 * al-Faraj and al-Zahraa"); else the nearest. */
export const placeNear = (s: string, places: ReadonlyArray<PlaceMatch>, offset: number, until = offset, from = offset, broken = false): PlaceMatch | null => {
  // (where the figure's clause ends before another's, the places of that other clause are none of
  // its own: "killing two and wounding nine, in the latest spillover of the battle for Qusayr")
  if (broken) {
    const before = places.filter((p) => p.end <= until)
    if (before.length > 0 && before.length < places.length) return placeNear(s, before, offset, until, from)
  }
  // after the figure up to the next one ("Nine were killed in Qaterji and two in Mayssar"), else
  // before it back to the one before ("in the outskirts of Damascus killed dozens")
  for (const [a, b] of [
    [offset, until],
    [from, offset]
  ] as const) {
    if (b <= a) continue
    const own = places.filter((p) => p.start >= a && p.end <= b)
    if (own.length > 0 && own.length < places.length) return placeNear(s, own, own[0]!.start)
  }
  if (places.length === 0) return null
  // a list of three or more governorates, one after the other
  for (let i = 0; i < places.length; i++) {
    let j = i
    while (j + 1 < places.length && /^[\s,]*(?:and\s+)?$/i.test(s.slice(places[j]!.end, places[j + 1]!.start))) j++
    if (j - i >= 2) {
      const run = places.slice(i, j + 1)
      const govs = new Set(run.map(governorateOf).filter((g) => g !== null))
      // "in Damascus, Aleppo and Idleb": those three; "in the provinces of Aleppo Raqqa Lattakia
      // Homs and Hama": the country
      if (govs.size >= 4) return { ...wholeCountry(), start: places[i]!.start, end: places[j]!.end }
      if (govs.size === 3) {
        const names = run.map((p) => p.name)
        const display = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`
        return { ...wholeCountry(), name: display, display, level: "region", start: places[i]!.start, end: places[j]!.end }
      }
    }
    i = j
  }
  let best: PlaceMatch | null = null
  let bestRank = Number.POSITIVE_INFINITY
  let bestDistance = Number.POSITIVE_INFINITY
  for (const p of places) {
    const r = specificity(p)
    const d = p.start >= offset ? p.start - offset : offset - p.end + 1
    if (r < bestRank || (r === bestRank && d < bestDistance)) {
      best = p
      bestRank = r
      bestDistance = d
    }
  }
  // a list of places alike ("targeted Bab Touma, al-Qassaa and the area around al-Abbasiyeen
  // Square with six shells"): the list's place is its first, whichever the figure stands nearest
  if (best !== null) {
    let k = places.indexOf(best)
    while (k > 0 && specificity(places[k - 1]!) === bestRank && LIST_GAP.test(s.slice(places[k - 1]!.end, places[k]!.start))) k--
    best = places[k]!
  }
  return best
}
/** between two places of one list: a comma or "and", and a kind of place ("the area around", "the town of") */
const LIST_GAP =
  /^\s*,?\s*(?:and\s+)?(?:(?:the\s+)?(?:area|areas|vicinity|outskirts|town|towns|village|villages|neighbou?rhoods?|district|districts)\s+(?:of|around)\s+)?$/i

/** Is this place in Syria (the only country whose places refine "in Syria")? */
export const inSyria = (p: PlaceMatch): boolean => p.id.startsWith("sy:") || placeById(p.id)?.parent?.startsWith("sy:") === true

// "a village held by IS in northern Syria": an unnamed place the report names elsewhere
export const UNNAMED_PLACE =
  /\b(?:(?:a|an|one|another|the)\s+(?:[\w-]+\s+){0,2}?|in\s+(?:[\w-]+\s+){0,2}?)(?:village|town|city|neighbou?rhood|district|market(?:place)?|school|hospital|mosque|camp|suburb|area|enclave|region|bastion|stronghold)s?\b/i

/** Is this sentence's figure a toll of the whole war, with no place of its own? */
// every branch holds one of these words: a sentence with none (most) is not read with the long pattern
const WAR_TOLL_CUE = /war|conflict|uprising|revolution|revolt|crisis|since|throughout|during|across|nationwide/i
export const isWarToll = (s: string): boolean => WAR_TOLL_CUE.test(s) && WAR_TOLL.test(s)

const RANK: Record<PlaceMatch["level"], number> = { neighbourhood: 0, city: 1, district: 2, governorate: 3, region: 4, country: 5 }
/** The places of a list no other of it lies in ("Aleppo city" goes where "al-Haidariye, Aleppo" is named). */
const narrowest = (places: ReadonlyArray<PlaceMatch>): ReadonlyArray<PlaceMatch> =>
  places.length < 2 ? places : places.filter((y) => !places.some((z) => z.id !== y.id && RANK[z.level] < RANK[y.level] && z.display.includes(y.name)))
const related = (x: PlaceMatch, y: PlaceMatch): boolean => x.id === y.id || x.display.includes(y.name) || y.display.includes(x.name)
/** Two lists whose narrowest places are neighbourhoods, none shared: an incident told in al-Haidariye
 * in Aleppo city and one in al-Midan, also in Aleppo, are two, though both lie in the city. (Only
 * neighbourhoods: a town the gazetteer cannot place inside a named region may still lie in it.) */
export const otherNeighbourhoods = (a: ReadonlyArray<PlaceMatch>, b: ReadonlyArray<PlaceMatch>): boolean => {
  if (a.length === 0 || b.length === 0) return false
  const na = narrowest(a)
  const nb = narrowest(b)
  return [...na, ...nb].every((p) => p.level === "neighbourhood") && !na.some((x) => nb.some((y) => related(x, y)))
}

// Places no list holds, where the words around a name say it is a place: "the village of Rajo",
// "the Ikdah camp", a bulletin's row "Rajo: 5 killed 9 wounded". Each lies in the governorate of
// a listed place right after it, or of its section's heading; else in Syria, by its name alone (the
// article's other places are often another incident's, and a wrong governorate misleads more than none).
const CALENDAR_WORD =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b"
const NAME = `(?:(?:al|el|ad|ar|as|ash|at|az|Al|El)-)?(?!${CALENDAR_WORD})[A-Z][a-z'’]+(?:[- ](?:(?:al|el|ad|ar|as|ash|at|az)-)?(?!${CALENDAR_WORD})[A-Z][a-z'’]+){0,2}`
// (one place, or two joined by "and": "the villages of X Y and Z" with its commas stripped runs
// names together, and "between the villages of X and Y" is neither)
const KIND_OF_NAME = new RegExp(
  `(\\bbetween\\s+(?:the\\s+)?)?\\b(?:(village|town|hamlet|camp|neighbou?rhood|neighborhood|district|suburb|area)|(?:villages|towns|hamlets|neighbou?rhoods|districts))\\s+of\\s+(${NAME})(?:\\s+and\\s+(${NAME}))?(?=\\s|[.,;:)]|$)`,
  "g"
)
const NAMED_CAMP = new RegExp(
  `(?:^|\\b(?:the|a|an|in|at|near|on|of|from|to)\\s+)(${NAME}\\s+(?:refugee\\s+|IDP\\s+|displacement\\s+)?camp)\\b(?!\\s+(?:of|for)\\b)`,
  "g"
)
const ROW_LABEL = new RegExp(`^(${NAME})(?:\\s+(?:city|town|village|camp|district))?\\s*:\\s*(?=\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b)`)
// words that head a row or name a camp without being a place (weekdays and months NAME already refuses)
const NOT_A_PLACE =
  /^(?:total|totals|overall|civilians?|children|women|men|fighters|soldiers|rebels|regime|killed|dead|deaths|injured|wounded|injuries|missing|arrested|detained|displaced|casualties|update|updated|note|source|sources|toll|figures?|breakdown|today|yesterday|tonight|morning|evening|night|syrian|turkish|kurdish|lebanese|jordanian|iraqi|palestinian|russian|iranian|israeli|american|british|french|european|army|military|training|border|transit|refugee|refugees|displacement|detention|prison|government|opposition|the|a|an|this|that|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|dozens|hundreds|thousands|another|each|every|our|their|its|his|her|breaking|warning|summary|background|context|overview|highlights|key|latest|more|other|air|ground|sea|operation|operations|battle|offensive|campaign|day|week|month|phase|round|part|section|statement|bulletin|report|briefing)$/i
const NOT_A_PLACE_SHAPE = /(?:ing|tion|ment|ness|ies|ed)$/i
const acceptable = (name: string): boolean => {
  const words = name.split(/[\s-]+/)
  return (
    !words.every((w) => NOT_A_PLACE.test(w) || /^(?:al|el|ad|ar|as|ash|at|az)$/i.test(w)) &&
    !NOT_A_PLACE.test(words[0]!) &&
    !NOT_A_PLACE_SHAPE.test(words.at(-1)!)
  )
}
/** characters between a name and a listed place after it that still places it */
const NEAR_ENOUGH = 40
export const governorateId = (p: PlaceMatch): string | null => (inSyria(p) && !isCountryWide(p) ? governorateOf(p) : null)
const UNLISTED_CUE =
  /\b(?:villages?|towns?|hamlets?|camps?|neighbou?rhoods?|districts?|suburbs?|areas?)\s+of\s+(?:al-|el-)?[A-Z]|\bcamp\b|^[A-Z][^:\n.]{0,40}:\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/
export const unlistedPlaces = (s: string, named: ReadonlyArray<PlaceMatch>, section: () => string | null): Array<PlaceMatch> => {
  // (cheap: most sentences name no place these words mark)
  if (!UNLISTED_CUE.test(s)) return []
  const found: Array<readonly [string, number]> = []
  const row = ROW_LABEL.exec(s)
  if (row !== null) found.push([row[1]!, 0])
  for (const m of execAll(KIND_OF_NAME, s)) {
    if (m[1] !== undefined || (m[2] === undefined && m[4] === undefined)) continue
    found.push([m[3]!, m.index + m[0].indexOf(m[3]!)])
    if (m[4] !== undefined) found.push([m[4], m.index + m[0].lastIndexOf(m[4])])
  }
  for (const m of execAll(NAMED_CAMP, s)) found.push([m[1]!, m.index + m[0].length - m[1]!.length])
  if (found.length === 0) return []
  const out: Array<PlaceMatch> = []
  for (const [name, start] of found) {
    const end = start + name.length
    // (a listed place, or a part of one, is read as listed)
    const bare = name.replace(/\s+(?:refugee\s+|IDP\s+|displacement\s+)?camp$/, "")
    if (named.some((p) => p.start < end && start < p.end) || !acceptable(bare) || findPlaces(bare).length > 0) continue
    if (out.some((p) => p.start === start)) continue
    // the governorate of a listed Syrian place right after it ("the village of X near Azaz", "X in
    // Idlib province"), else of the section's heading ("Idlib" over its rows), else Syria's
    let parent: string | null = null
    for (const p of named) {
      if (p.start < end || p.start - end > NEAR_ENOUGH) continue
      parent = governorateId(p)
      if (parent !== null) break
    }
    parent ??= section() ?? SYRIA_ID
    const place = unlistedPlace(name, parent, start, end)
    // (a row's label places its own figures only: the next row, or the total after the table, is not there)
    if (place !== null) out.push(row !== null && start === 0 ? { ...place, reference: true } : place)
  }
  return out
}

// "al-Mshairfeh neighborhood in Hasaka city", "the village of X in Idlib province": a place the text
// puts inside another, where the gazetteer's place of that name lies elsewhere (its al-Mushairfeh is
// in Homs), is a place of that name inside the one the text says
const INSIDE_AFTER =
  /^\s+(?:(?:[a-z]+\s+)?(?:neighbou?rhood|district|quarter|village|town|area|camp)\s+)?(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+|province\s+of\s+|town\s+of\s+)?$/i
export const placedInside = (s: string, named: ReadonlyArray<PlaceMatch>): ReadonlyArray<PlaceMatch> => {
  let out: Array<PlaceMatch> | null = null
  for (let k = 0; k + 1 < named.length; k++) {
    const p = named[k]!
    const q = named[k + 1]!
    // (a town or a neighbourhood, not a governorate's capital: "Aleppo ... of Deir ez-Zor" is no Aleppo there)
    if ((p.level !== "neighbourhood" && p.level !== "city") || specificity(p) > 1) continue
    if (q.level !== "city" && q.level !== "governorate" && q.level !== "district") continue
    if (!INSIDE_AFTER.test(s.slice(p.end, q.start))) continue
    const gp = governorateId(p)
    const gq = governorateId(q)
    if (gp === null || gq === null || gp === gq) continue
    const inside = unlistedPlace(s.slice(p.start, p.end), q.level === "governorate" ? gq : q.id, p.start, p.end)
    if (inside === null) continue
    out ??= [...named]
    out[k] = inside
  }
  return out ?? named
}
