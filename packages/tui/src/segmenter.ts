/**
 * `Intl.Segmenter` as the bundled binary gives it to Ink's libraries (string-width, slice-ansi,
 * ansi-tokenize: packages/cli/build.mjs puts this class in place of every `Intl.Segmenter`
 * they name). The same segments, two differences:
 * - ICU's segmenter is made when a string first needs it, not when a module is loaded. The
 *   first one made in a process loads ICU's break-iterator data (about 18 ms here), and those
 *   libraries make four as Ink loads, before the TUI can draw anything.
 * - Text made only of characters that never join a neighbour in a grapheme cluster (ASCII,
 *   Latin, Greek, Cyrillic, punctuation such as • · … ›, arrows, box drawing, symbols) is one
 *   grapheme per UTF-16 unit, so it is cut without ICU. Headlines and the TUI's own marks are
 *   nearly always such text; anything else (marks, joiners, emoji, Hangul, surrogates) goes to
 *   ICU as before.
 */

// Not `Intl.Segmenter`: in the bundle that name is this class.
const IcuSegmenter = globalThis.Intl.Segmenter

/** Whether a UTF-16 unit is a grapheme of its own beside any other such unit: its Unicode
 * Grapheme_Cluster_Break is Other, or Control (escape sequences are cut too), and not CR, which
 * joins a following LF (segmenter.test.ts checks each against ICU). */
const standsAlone = (c: number): boolean =>
  c < 0x300
    ? c !== 0x0d
    : (c >= 0x370 && c <= 0x482) ||
      (c >= 0x48a && c <= 0x52f) ||
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2030 && c <= 0x205e) ||
      (c >= 0x2070 && c <= 0x20cf) ||
      (c >= 0x2100 && c <= 0x2bff) ||
      c === 0xfffd

const onlyStandAlone = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!standsAlone(s.charCodeAt(i))) return false
  return true
}

/** The segments of text whose every unit is a grapheme. */
class UnitSegments implements Intl.Segments {
  constructor(private readonly input: string) {}
  containing(codeUnitIndex?: number): Intl.SegmentData | undefined {
    const i = Math.trunc(Number(codeUnitIndex ?? 0)) || 0
    return i < 0 || i >= this.input.length ? undefined : { segment: this.input[i]!, index: i, input: this.input }
  }
  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    const input = this.input
    for (let i = 0; i < input.length; i++) yield { segment: input[i]!, index: i, input }
  }
}

export class LazySegmenter implements Intl.Segmenter {
  private icu: Intl.Segmenter | undefined
  private readonly graphemes: boolean
  constructor(
    private readonly locales?: string | ReadonlyArray<string>,
    private readonly options?: Intl.SegmenterOptions
  ) {
    this.graphemes = (options?.granularity ?? "grapheme") === "grapheme"
  }
  private real(): Intl.Segmenter {
    this.icu ??= new IcuSegmenter(this.locales as string | Array<string> | undefined, this.options)
    return this.icu
  }
  segment(input: string): Intl.Segments {
    const text = String(input)
    return this.graphemes && onlyStandAlone(text) ? new UnitSegments(text) : this.real().segment(text)
  }
  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.real().resolvedOptions()
  }
}
