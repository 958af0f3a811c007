/**
 * Event claims: a sentence in which a named source says that a named actor carried out an
 * attack, with or without harm in the sentence, and every denial of such an act.
 *
 * - An attack is named by a verb or a noun ("struck", "shelled", "fired rockets at", "dropped
 *   barrel bombs", "executed", "shot down"; "strikes", "shelling", "car bomb", "sniper fire").
 *   Ground fighting ("clashes", "battles", "an offensive", "took control") is not an attack.
 * - Its actor is the side the words make its doer: the modifier of the attack noun ("regime
 *   shelling", "Russian raids", "rebel fire"), the subject of the attack verb with its weapons
 *   ("Russian and Syrian regime jets pounded"), "by X" after it, "blamed X for", "believed to be
 *   Russian". Never the victims ("killed 14 Daesh fighters"), the target ("strikes on IS
 *   positions"), who holds a place ("rebel-held"), a time marker ("since the rebel assault
 *   began"), nor the speaker.
 * - Its source is whoever the sentence itself names as saying so (or a headline's attribution);
 *   an admission is a source owning up for its own side ("the faction said it had shot down a
 *   helicopter", "ISIL claimed responsibility", "a bomb claimed by Nusra Front").
 * - A denial is an explicit one ("denied that its planes had been hitting Aleppo", "rumours about
 *   alleged bombing") or an account that excludes the act ("the helicopter crashed because of a
 *   technical fault"); its actor is the side named in it, else the side its speaker speaks for,
 *   else the actor of the event it answers (extract.ts).
 */
export interface EventReading {
    readonly actor: string | null;
    readonly action: string;
    readonly polarity: "asserted" | "denied";
    readonly source: string | null;
    readonly rule: string;
}
interface Side {
    readonly actor: string;
    readonly at: number;
    readonly end: number;
}
export declare const sidesIn: (t: string) => Array<Side>;
/** The armed group a speaker's name is, when the whole name is one ("Islam Armys", "ISIS"), else null. */
export declare const armedGroupNamed: (name: string) => string | null;
/** The side that carried out the attack named at [at, end), or null. */
export declare const agentOf: (t: string, sides: ReadonlyArray<Side>, at: number, end: number) => string | null;
/** The offset of the attack (or denial) a sentence tells, read as `readEvent` reads it; for the
 * source whose frame covers it. */
/** Is this a sentence that tells an attack at all (cheap test before the full reading)? Killing
 * alone is an attack only on civilians, or in an admission; otherwise a weapon must be named. */
export declare const mayTellEvent: (s: string) => boolean;
export interface Stance {
    readonly phrase: string;
    readonly verb: string;
    readonly speakerAt: number;
    readonly speakerEnd: number;
    readonly at: number;
    readonly end: number;
}
/** Could the sentence open on a speaker's stand (cheap test before `stanceOf`)? */
export declare const mayTakeStance: (s: string) => boolean;
export declare const stanceOf: (s: string) => Stance | null;
/** Could this sentence be an event with no speaker named in it (an admission by its doer)? */
export declare const mayAdmit: (s: string) => boolean;
/** Does the text deny anything (so that the outlet's own accounts of attacks may count)? */
export declare const mayDeny: (s: string) => boolean;
/** The event a sentence tells, if any. `source` is whom the sentence itself names as saying so:
 * an event needs its attribution in its own words, not borrowed from a neighbour. */
export declare const readEvent: (s: string, sourceAt: string | null | ((at: number) => string | null), speakers?: ReadonlyArray<readonly [number, number]>) => EventReading | null;
export {};
