/** Realistic articles for speed benchmarks: FA-KES sentences recombined. Each article takes a
 * headline and sentences from FA-KES articles (those with figures first, so an article carries
 * about six claims), a date and an outlet, under its own url. Deterministic (seeded), so every
 * run and every tool reads the same text. Not real reports: recombined sentences. */
import { readFaKes } from "../../tests/support/faKes.js"
import { prng } from "../dedup/random.js"

const FIGURE = /\b\d[\d,]*\s+(?:people|civilians|children|fighters|soldiers|rebels|militants|persons|others|were|killed|wounded|injured|dead)\b/i

/** FA-KES's rows and their sentences (40-400 characters), split by whether they carry a casualty
 * figure: what both generators of recombined articles draw from. */
export const sentencePool = () => {
  const rows = readFaKes()
  const sentences = rows.flatMap((r) => r.content.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.length > 40 && s.length < 400))
  const withFigures = sentences.filter((s) => FIGURE.test(s))
  const others = sentences.filter((s) => !FIGURE.test(s))
  return { rows, withFigures, others }
}

/** `count` NDJSON lines, published evenly over `spanDays` from 2016-01-01 (two years unless
 * told: at 100,000 articles that is ~137 a day, so each place and day's figures grow with the
 * count; `growth.ts` can scale the span with the count to keep the rate a day constant). */
export function* realisticArticles(count: number, seed = 7, spanDays = 2 * 365): Generator<string> {
  const rand = prng(seed)
  const { rows, withFigures, others } = sentencePool()
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rand() * xs.length)]!
  const start = Date.UTC(2016, 0, 1)
  for (let i = 0; i < count; i++) {
    const row = pick(rows)
    const body: Array<string> = []
    // About six figures an article, among ordinary sentences, in paragraphs of three.
    const figures = 4 + Math.floor(rand() * 4)
    for (let f = 0; f < figures; f++) body.push(pick(withFigures))
    const plain = 6 + Math.floor(rand() * 10)
    for (let p = 0; p < plain; p++) body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(others))
    const paragraphs: Array<string> = []
    for (let k = 0; k < body.length; k += 3) paragraphs.push(body.slice(k, k + 3).join(" "))
    yield JSON.stringify({
      url: `https://bench.example/${seed}/${i}`,
      title: row.title,
      text: paragraphs.join("\n\n"),
      source: row.source,
      published: new Date(start + Math.floor(rand() * spanDays * 86_400_000)).toISOString()
    })
  }
}
