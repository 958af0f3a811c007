import { type Frame } from "./frame.js";
import type { Segment } from "./segment.js";
import type { PlaceMatch } from "./types.js";
export { KNOWN_SOURCES, knownSource, normaliseSpeaker, readFrames } from "./frame.js";
interface ResolvedFrame {
    readonly frame: Frame;
    /** the source it stands for, or null when a reference back finds nobody */
    readonly source: string | null;
}
/** A name as outlet names compare: lower case, letters and digits only ("Al-Manar TV" is "almanartv"). */
export declare const nameKey: (name: string) => string;
export declare const NEW_INCIDENT: RegExp;
/** A sentence whose subject points back at the figures before it ("These include 38 cluster
 * bombs", "Among them were 12 children"): the details of that report, in its speaker's words. */
export declare const DETAIL_OF: RegExp;
export interface Attribution {
    /** null for the outlet itself speaking */
    readonly clean: (source: string | null) => string | null;
    /** the source of a figure at `offset` in segment `si` */
    readonly sourceFor: (si: number, offset: number) => string | null;
    /** the source the segment itself names (events need theirs in their own words) */
    readonly ownSource: (si: number) => string | null;
    /** the frames of a segment, resolved */
    readonly framesOf: (si: number) => ReadonlyArray<ResolvedFrame>;
    /** the frame naming the speaker of a quotation that opens at `si` and closes in a later sentence */
    readonly quotationCloser: (si: number) => ResolvedFrame | null;
}
/** Reads every segment's frames once, in order, resolving references back as a reader does. */
export declare const attributeArticle: (segments: ReadonlyArray<Segment>, outlet: string, placesOf?: (si: number) => ReadonlyArray<PlaceMatch>) => Attribution;
