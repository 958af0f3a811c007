/**
 * The time of a claim whose sentence states none. Reports tell one incident over several
 * sentences and date it once ("Terrorists on Friday targeted ... A source said a shell killed a
 * woman ... SANA's reporter said 3 citizens were killed"): later claims about it inherit that
 * date, as a reader (and the hand-labelled gold) would. The frame is:
 *
 * - set by a sentence that dates an incident (it has a claim, or names an attack or harm) to a
 *   day or a few days; a longer window there ("since 2011", "since July") is an aside and leaves
 *   the frame alone;
 * - cleared by a sentence that dates something else ("The US and Russia reached a deal on
 *   September 9"): the narrative has moved, and an undated claim after it has no time;
 * - never inherited by a population under siege (a state, not an event), nor by an event told
 *   as "Earlier, ..." (before the frame, so on an unknown day) unless a source tells it (a bulletin's
 *   "Earlier a source at the Police Command said ...": the same day, where no other incident starts);
 * - stretched to the publication day by "so far" and by the present perfect ("20 people have
 *   been killed"): the toll up to now.
 *
 * extract.ts keeps, beside the frame, the incident it dates: the sentences that went on telling it,
 * with their places and speakers. The frame ends where a speaker not heard in the incident tells an
 * attack of its own in a place none of those sentences named (another incident); it is not lent to a
 * toll whose statement was made before the incident ("On Tuesday the monitor said ..." after
 * Wednesday's strike) unless that sentence refers back; "Earlier on the day" takes the last incident's
 * day across a section heading; and a campaign the story dated ("battling since June 25") dates a
 * later toll of "the fight for X".
 *
 * "Since then" starts where the last "since ..." window started.
 */
import type { DateWindow } from "./types.js"

export interface TimeFrame {
  /** the incident being told, when the text dated it */
  incident: DateWindow | null
  /** start of the last "since ..." window, for "since then" */
  sinceFrom: string | null
}

export const newTimeFrame = (): TimeFrame => ({ incident: null, sinceFrom: null })

const DAY = 86_400_000
const days = (w: DateWindow): number => (Date.parse(w.to) - Date.parse(w.from)) / DAY + 1
/** an incident spans a day or a few: longer windows are cumulative tolls and background */
const INCIDENT_DAYS = 7
/** longer windows in a sentence without a claim of its own are background */
const BACKGROUND_DAYS = 2

// Harm or attack named in a sentence without a figure: "terrorists on Friday targeted ...".
const INCIDENT =
  /\b(?:kill(?:s|ed|ing)?|dead|died|wounded|injur(?:ed|ing|ies)|struck|strikes?|air ?strikes?|raid(?:s|ed|ing)?|bomb(?:s|ed|ing)?|bombard(?:s|ed|ment)?|shell(?:s|ed|ing)|target(?:ed|ing)|slammed|attack(?:s|ed)?|fired|pounded|hit|explosions?|exploded|blast|bomber|blew|detonated|clashes|fighting|massacre|execut(?:ed|ing|ion|ions)|captured|seized|repelled|beat\s+back|assault|offensive|battles?|shot\s+down|downed|downing|crashed)\b/i
export const tellsIncident = (sentence: string): boolean => INCIDENT.test(sentence)

const SINCE_THEN = /\bsince\s+then\b/i
const SO_FAR = /\b(?:so\s+far|to\s+date|until\s+now|up\s+to\s+now|thus\s+far|as\s+of\s+now)\b/i
const PERFECT = /\b(?:have|has|'ve)\s+(?:been\s+)?(?:killed|died|wounded|injured|confirmed\s+dead)\b/i
// "Earlier two families managed to leave": before the frame. "Earlier the reporter noted that":
// the report came earlier, the incident is the same.
// "Earlier on the day four people were injured": the same day as the incident just told
const EARLIER_EVENT =
  /^\W*earlier\b(?!(?:\s+\S+){0,5}?\s+(?:said|says|noted|reported|told|added|stated|announced|pointed)\b)(?!\s+(?:on|in)\s+(?:the|that)\s+(?:same\s+)?day\b|\s+that\s+day\b)/i

// "IS has carried out several bombings in Kurdish areas in the past": what happened before, on no
// day of the incident being told ("Rebels have said in the past their attacks ..." dates the saying)
const HABITUAL =
  /(?<!\b(?:said|say|says|stated|claimed|argued|insisted)\s+)\bin\s+the\s+past\b(?!\s+(?:\S+\s+){0,2}?(?:hours?|days?|weeks?|months?|years?|decades?)\b)|\b(?:in|over)\s+recent\s+(?:years|months)\b|\bover\s+the\s+(?:years|past\s+years)\b|\b(?:usually|typically|generally)\s+(?:been\s+)?(?:carried\s+out|blamed|claimed|attributed)\b/i

/** Does the sentence tell what happened before, not the incident being told? */
// (each branch holds one of these words: most sentences have none, and skip the lookbehind's scan)
const HABITUAL_CUE = /past|recent|years|usually|typically|generally/i
// (the last sentence's answer kept: a sentence is asked this for each of its figures)
let habitOf = ""
let habitRead = false
export const tellsHabit = (sentence: string): boolean => {
  if (sentence !== habitOf) {
    habitRead = HABITUAL_CUE.test(sentence) && HABITUAL.test(sentence)
    habitOf = sentence
  }
  return habitRead
}

/** A new section (a bulletin's sub-heading) tells another incident: its dates start afresh. */
export const resetTimeFrame = (frame: TimeFrame): void => {
  frame.incident = null
  frame.sinceFrom = null
}

/** The window an undated claim in `sentence` inherits, or null. */
export const inheritedWhen = (frame: TimeFrame, sentence: string, state: boolean, publishedDay: string, reported = false): DateWindow | null => {
  if (state || tellsHabit(sentence)) return null
  if (SINCE_THEN.test(sentence)) return frame.sinceFrom !== null ? { from: frame.sinceFrom, to: publishedDay } : null
  const incident = frame.incident
  // ("Earlier five were killed ... according to a source at the Police Command": a source's account
  // of the bulletin's day, which the caller has found to be no other incident)
  if (incident === null || (!reported && EARLIER_EVENT.test(sentence))) return null
  if (incident.to < publishedDay && (SO_FAR.test(sentence) || PERFECT.test(sentence))) return { from: incident.from, to: publishedDay }
  return incident
}

/** Moves the frame past a sentence that states `time` (its own, undated claims already read). */
export const advanceTimeFrame = (frame: TimeFrame, time: DateWindow | null, incident: boolean, _publishedDay: string, claimed = incident): void => {
  if (time === null) return
  // "fire has been on the rise for the past week": a sentence with no figure dates an incident
  // only to the day or two; a longer window there is background
  if (days(time) > INCIDENT_DAYS || (!claimed && days(time) > BACKGROUND_DAYS)) {
    // "... a crackdown on protests in 2011. Since then ...": since the last time named
    frame.sinceFrom = time.from
    if (!incident) frame.incident = null
    return
  }
  frame.incident = incident ? time : null
}
