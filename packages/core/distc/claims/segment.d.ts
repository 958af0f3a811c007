import { type Sentence } from "./sentences.js";
export type SegmentRole = "title" | "echo" | "heading" | "subhead" | "chrome" | "repeat" | "body";
export interface Segment extends Sentence {
    readonly role: SegmentRole;
}
/**
 * The article's segments in text order. `text` is title + "\n" + body, as claims are read.
 */
export declare const segmentArticle: (title: string, body: string) => Array<Segment>;
