/**
 * `text.matchAll(re)` for a global regex, without the copy of the regex matchAll makes on every
 * call (a quarter of a microsecond, paid for every pattern tried on every sentence): the same
 * matches, read from `re` itself, all at once. `re` must be global and not unicode, and read from
 * the start; its lastIndex is 0 again afterwards.
 */
export declare const execAll: (re: RegExp, text: string) => Array<RegExpExecArray>;
/** A pattern tried only on text holding its cue: a word every match of the pattern holds (most
 * sentences hold none, and a cue is much cheaper to look for than the pattern). */
export declare const cued: (cue: RegExp, pattern: RegExp) => Pick<RegExp, "test">;
