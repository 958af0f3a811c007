/** Tokens for copy detection: lower-case runs of letters or digits; a number keeps its digits
 * only ("250,000", "250 000" and "250000" are one token), so formatting never hides a copy.
 * Hashes, not strings, are what the signatures keep: FNV-1a, 32 bits. */

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
const isDigit = (c: number): boolean => c >= 48 && c <= 57

export interface TokenStream {
  /** FNV-1a hash of each token */
  readonly hashes: Uint32Array
  /** 1 where the token is a word no thesaurus offers a synonym for, or a number: what a
   * synonym spinner cannot change (DSpin's "immutable" words) */
  readonly fixed: Uint8Array
  /** 1 for function words of any kind: not what a report is about */
  readonly stop: Uint8Array
  /** the value of each number token; NaN for words */
  readonly values: Float64Array
  /** 1 where the word starts with a capital letter: names of places, people, groups */
  readonly capital: Uint8Array
  /** the numbers in the text, for the veto */
  readonly numbers: ReadonlyArray<number>
  readonly length: number
}

export const hashString = (s: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

// Closed-class words that are not headwords of a general thesaurus (checked against WordNet
// 3.1's index), so a spinner has nothing to swap them for. Prepositions that are headwords
// ("in" -> "inside", "since" -> "because", as seed 002 shows spinners doing) are left out.
const IMMUTABLE_WORDS = (
  "a an the this that these those its him his she her hers they them their theirs we our you your my " +
  "whom whose which what when where how is was were been has had having does did would shall should could " +
  "and nor if than because although of to for with from into onto upon against among during says"
).split(" ")
const IMMUTABLE_HASHES = new Set(IMMUTABLE_WORDS.map(hashString))

// Function words in the wider sense: left out of the key terms that describe a story.
const FUNCTION_WORDS = (
  "a an the this that these those there here it its it's he him his she her hers they them their theirs " +
  "we us our you your i me my who whom whose which what when where why how " +
  "is are was were be been being am has have had having do does did done will would shall should can could may might must " +
  "and or but nor so yet if then than as because while although though " +
  "of to in on at by for with from into onto upon about against between among through during before after " +
  "above below under over up down out off again further once not no only own same such too very just also " +
  "all any both each few more most other some many much one two three four five six seven eight nine ten " +
  "said says say according"
).split(" ")
const FUNCTION_HASHES = new Set(FUNCTION_WORDS.map(hashString))

/** Tokenises without building token strings for words: hashes are computed on the fly. */
export const tokenize = (text: string): TokenStream => {
  const hashes: Array<number> = []
  const fixed: Array<number> = []
  const stop: Array<number> = []
  const capital: Array<number> = []
  const values: Array<number> = []
  const numbers: Array<number> = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isDigit(c)) {
      // A number, with thousands separators ("," "." space NBSP) between groups of three digits
      // when the first group has at most three: "250,000" and "250 000" are 250000, "2016 300"
      // stays two numbers.
      let value = 0
      let h = 0x811c9dc5
      let groupLength = 0
      let firstGroup = true
      while (i < n) {
        const d = text.charCodeAt(i)
        if (isDigit(d)) {
          value = value * 10 + (d - 48)
          h = Math.imul(h ^ d, 0x01000193)
          groupLength++
          i++
          continue
        }
        const separator = d === 44 || d === 46 || d === 32 || d === 0xa0
        const groupOk = firstGroup ? groupLength <= 3 : groupLength === 3
        if (
          separator && groupOk && i + 3 < n &&
          isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
          !(i + 4 < n && isDigit(text.charCodeAt(i + 4)))
        ) {
          firstGroup = false
          groupLength = 0
          i++
          continue
        }
        break
      }
      hashes.push(h >>> 0)
      fixed.push(1)
      stop.push(0)
      capital.push(0)
      values.push(value)
      numbers.push(value)
      continue
    }
    if (isLetter(c)) {
      capital.push(c >= 65 && c <= 90 ? 1 : 0)
      values.push(Number.NaN)
      let h = 0x811c9dc5
      while (i < n) {
        let d = text.charCodeAt(i)
        if (d === 39 || d === 0x2019) {
          // apostrophe inside a word ("it's", "Assad's") stays in the token
          if (i + 1 < n && isLetter(text.charCodeAt(i + 1))) d = 39
          else break
        } else if (!isLetter(d)) break
        if (d >= 65 && d <= 90) d += 32
        h = Math.imul(h ^ d, 0x01000193)
        i++
      }
      h >>>= 0
      hashes.push(h)
      fixed.push(IMMUTABLE_HASHES.has(h) ? 1 : 0)
      stop.push(FUNCTION_HASHES.has(h) || IMMUTABLE_HASHES.has(h) ? 1 : 0)
      continue
    }
    i++
  }
  return {
    hashes: Uint32Array.from(hashes),
    fixed: Uint8Array.from(fixed),
    stop: Uint8Array.from(stop),
    capital: Uint8Array.from(capital),
    values: Float64Array.from(values),
    numbers,
    length: hashes.length
  }
}
