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
import type { DateWindow } from "./types.js";
export interface TimeFrame {
    /** the incident being told, when the text dated it */
    incident: DateWindow | null;
    /** start of the last "since ..." window, for "since then" */
    sinceFrom: string | null;
}
export declare const newTimeFrame: () => TimeFrame;
export declare const tellsIncident: (sentence: string) => boolean;
export declare const tellsHabit: (sentence: string) => boolean;
/** A new section (a bulletin's sub-heading) tells another incident: its dates start afresh. */
export declare const resetTimeFrame: (frame: TimeFrame) => void;
/** The window an undated claim in `sentence` inherits, or null. */
export declare const inheritedWhen: (frame: TimeFrame, sentence: string, state: boolean, publishedDay: string, reported?: boolean) => DateWindow | null;
/** Moves the frame past a sentence that states `time` (its own, undated claims already read). */
export declare const advanceTimeFrame: (frame: TimeFrame, time: DateWindow | null, incident: boolean, _publishedDay: string, claimed?: boolean) => void;
