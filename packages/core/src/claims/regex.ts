/**
 * `text.matchAll(re)` for a global regex, without the copy of the regex matchAll makes on every
 * call (a quarter of a microsecond, paid for every pattern tried on every sentence): the same
 * matches, read from `re` itself, all at once. `re` must be global and not unicode, and read from
 * the start; its lastIndex is 0 again afterwards.
 */
export const execAll = (re: RegExp, text: string): Array<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m)
    // (an empty match moves on by one, as matchAll does)
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

/** A pattern tried only on text holding its cue: a word every match of the pattern holds (most
 * sentences hold none, and a cue is much cheaper to look for than the pattern). */
export const cued = (cue: RegExp, pattern: RegExp): Pick<RegExp, "test"> => ({ test: (s: string) => cue.test(s) && pattern.test(s) })

/** Does a pattern's source hold an alternation outside any group ("a|b", not "(?:a|b)")? */
export const alternatesAtTop = (source: string): boolean => {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === "\\") i++
    else if (inClass) inClass = c !== "]"
    else if (c === "[") inClass = true
    else if (c === "(") depth++
    else if (c === ")") depth--
    else if (c === "|" && depth === 0) return true
  }
  return false
}
