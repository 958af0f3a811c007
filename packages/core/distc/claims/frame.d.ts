/**
 * Reporting frames: who a sentence says is speaking. A frame is a speaker noun phrase with a
 * verb of saying ("the Hama Police Command said", "said Observatory chief Rami Abdel Rahman",
 * "X told Y", "according to X", "X quoted a source at Y as saying"). The speaker is read from
 * the words themselves, not from a list of known names: a run of capitalised words, role and
 * organisation nouns ("source", "official", "Command", "agency") and their modifiers ("local",
 * "state-run"), bounded by anything else. Text without commas (FA-KES) runs clauses together,
 * so the phrase also stops at a figure, a verb, a date word or a new clause's capital.
 *
 * The name is then normalised: known aliases ("the Observatory" is SOHR), the institution a
 * source speaks from ("a source at the Hama Police Command" is Hama Police Command), the
 * organisation of a spokesman ("Jaish al-Islam spokesman Islam Alloush" is Jaish al-Islam), a
 * capital speaking for its government ("Damascus said" is the Syrian government), and anything
 * else verbatim without its articles. "He added", "the source said", "the ministry said" are
 * anaphoric: the article resolves them to a source named before (extract.ts).
 */
export interface Frame {
    /** the normalised speaker, or the anaphoric phrase itself ("the source", "he") */
    readonly speaker: string;
    /** the speaker phrase as written */
    readonly phrase: string;
    /** true when the speaker refers back to someone named before */
    readonly anaphoric: boolean;
    /** the verb of saying, lower-cased ("said", "according", "denied") */
    readonly verb: string;
    /** offsets of the verb (or "according to") in the sentence */
    readonly at: number;
    readonly end: number;
    /** offsets of the speaker phrase */
    readonly speakerAt: number;
    readonly speakerEnd: number;
}
/** The known name of a speaker phrase, or null. */
export declare const knownSource: (phrase: string) => string | null;
/** Sources the rules know by name. */
export declare const KNOWN_SOURCES: ReadonlySet<string>;
/** Does this word name a body or a role ("Command", "Ministry", "Council"), never a person's surname? */
export declare const isBodyWord: (word: string) => boolean;
/** The name a speaker phrase stands for. */
export declare const normaliseSpeaker: (phrase: string) => string;
/** Is this speaker phrase a reference back ("the source", "he", "the ministry", "the charity")? */
export declare const isAnaphoric: (phrase: string) => boolean;
/** Every reporting frame in a sentence, in order. */
export declare const readFrames: (s: string) => Array<Frame>;
/** A sub-headline's attribution at its end, without a verb ("... origin of explosion unknown
 * monitoring group"): only the unmistakable ones, as a body sentence may end on any noun. */
export declare const sublineSource: (s: string) => string | null;
/** A headline's own attribution at its end: "... kills 14 State media", "...: aid agencies",
 * "... 70 killed in north of Aleppo monitor | Jordan Times". */
export declare const headlineSource: (title: string) => string | null;
