/** A monitoring desk's store for the TUI benchmark: articles recombined from FA-KES sentences
 * (bench/speed/realistic.ts does the same for import speed), but shaped like a feed rather than
 * a stress test: one in sixteen is a casualty report carrying several figures, the rest are
 * ordinary reporting, one in seven of them with a figure, spread over eight years (as FA-KES: 2011-2018) of publication dates from the
 * fifteen FA-KES outlets. Conflicts are not written here: they arise when `crosscheck import`
 * reads the claims and its conflict rules find independent sources disagreeing. Deterministic
 * (seeded). Not real reports: recombined sentences. */
import { prng } from "../dedup/random.js"
import { sentencePool } from "../speed/realistic.js"

export interface CorpusOptions {
  readonly count: number
  /** days of publication dates the articles are spread over, from 2011-01-01 */
  readonly days: number
  /** share of casualty reports (several figures each) */
  readonly reports: number
  readonly seed?: number
}

/** `count` NDJSON lines. */
export function* corpus({ count, days, reports, seed = 12 }: CorpusOptions): Generator<string> {
  const rand = prng(seed)
  const { rows, withFigures, others } = sentencePool()
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rand() * xs.length)]!
  const start = Date.UTC(2011, 0, 1)
  for (let i = 0; i < count; i++) {
    const row = pick(rows)
    const report = rand() < reports
    const body: Array<string> = []
    // A report carries three to six figures; other reporting mostly none, sometimes one.
    const figures = report ? 3 + Math.floor(rand() * 4) : rand() < 0.15 ? 1 : 0
    for (let f = 0; f < figures; f++) body.push(pick(withFigures))
    const plain = 5 + Math.floor(rand() * 10)
    for (let p = 0; p < plain; p++) body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(others))
    const paragraphs: Array<string> = []
    for (let k = 0; k < body.length; k += 3) paragraphs.push(body.slice(k, k + 3).join(" "))
    yield JSON.stringify({
      url: `https://tui-bench.example/${seed}/${i}`,
      title: row.title,
      text: paragraphs.join("\n\n"),
      source: row.source,
      published: new Date(start + Math.floor(rand() * days * 86_400_000)).toISOString()
    })
  }
}
