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
import { findPlaces, placeById, specificity, wholeCountry } from "./gazetteer.js"
import type { PlaceMatch } from "./types.js"

// where the attackers were, not where the harm was
const ORIGIN =
  /\b(?:located|positioned|stationed|based|deployed|entrenched|holed\s+up|gathered)\s+(?:in|at|near|inside|on|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?=(?:fired|targeted|shelled|launched|attacked|struck|hit|bombed|dropped|opened|planted|landed)\b)|\b(?:fired|launched|coming|shot)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}/gi
const LANDMARK_AFTER = /^[\s'’s]*(?:street|st\b|road|avenue|roundabout|square|highway|bridge|hospital|school|mosque|university|airport|air\s?base|gate|prison|stadium|hotel|market|crossing|checkpoint|police|council|command|directorate|governorate\s+building)/i
const WAR_TOLL = /\b(?:war|conflict|uprising|revolution|crisis)\b|\bsince\s+(?:20(?:11|12)|march\s+2011)\b|\bacross\s+(?:the\s+)?(?:country|syria)\b|\bnationwide\b/i

/** Is this place the whole country, or a part of it named only by direction ("northern Syria")? */
export const isCountryWide = (p: PlaceMatch): boolean => p.level === "country"

/** The places a sentence names as where things happened, in text order. `speakers` are the
 * offsets of speaker phrases ("Damascus said"). */
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
  for (const m of s.matchAll(ORIGIN)) origins.push([m.index, m.index + m[0].length])
  const inside = (p: PlaceMatch, spans: ReadonlyArray<readonly [number, number]>): boolean => spans.some(([a, b]) => p.start >= a && p.end <= b)
  const kept = all.filter((p) => {
    // a dateline: "BEIRUT At least 70 ...", "JISREEN Syria ..."
    const word = s.slice(p.start, p.end)
    if (word.length >= 4 && word === word.toUpperCase() && /[A-Z]/.test(word) && p.start < 60) return false
    // a capital speaking for its government
    if (speakers.some(([a, b]) => s.slice(a, b).replace(/^the\s+/i, "") === word)) return false
    return true
  })
  // where attackers were, and landmarks named after a district, only when something else is named
  const preferred = kept.filter((p) => !inside(p, origins) && !LANDMARK_AFTER.test(s.slice(p.end, p.end + 25)))
  return preferred.length > 0 ? preferred : kept
}


/** The governorate a place lies in, for telling a list of provinces. */
const governorateOf = (p: PlaceMatch): string | null => {
  let cur = placeById(p.id)
  for (let k = 0; cur !== undefined && k < 5; k++) {
    if (cur.level === "governorate") return cur.id
    if (cur.parent === null) return null
    cur = placeById(cur.parent)
  }
  return null
}

/** The place of a figure at `offset` among a sentence's claim places (see the module comment):
 * one named between it and the next figure (`until`) first ("killed in Qaterji and two in Mayssar"). */
export const placeNear = (s: string, places: ReadonlyArray<PlaceMatch>, offset: number, until = offset): PlaceMatch | null => {
  if (until > offset) {
    const own = places.filter((p) => p.start >= offset && p.end <= until)
    if (own.length > 0 && own.length < places.length) return placeNear(s, own, offset)
  }
  if (places.length === 0) return null
  // a list of three or more governorates, one after the other
  for (let i = 0; i < places.length; i++) {
    let j = i
    while (j + 1 < places.length && /^[\s,]*(?:and\s+)?$/i.test(s.slice(places[j]!.end, places[j + 1]!.start))) j++
    if (j - i >= 2) {
      const govs = new Set(places.slice(i, j + 1).map(governorateOf).filter((g) => g !== null))
      if (govs.size >= 3) return { ...wholeCountry(), start: places[i]!.start, end: places[j]!.end }
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
  return best
}

/** Is this sentence's figure a toll of the whole war, with no place of its own? */
export const isWarToll = (s: string): boolean => WAR_TOLL.test(s)
