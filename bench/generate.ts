/** Synthetic NDJSON articles for benchmarks: deterministic, news-shaped (headline, outlet,
 * date, 250-600 words of conflict-report vocabulary), clearly not real reports. */
import { prng } from "./dedup/random.js"

const OUTLETS = ["reuters", "sana", "trt", "alaraby", "tass", "arabiya", "ahram", "sputnik", "jordantimes", "manar"]
const PLACES = ["Aleppo", "Idlib", "Homs", "Hama", "Douma", "Raqqa", "Deir ez-Zor", "Daraa", "Latakia", "Masaken Hanano", "al-Sukkari", "Khan Sheikhoun"]
const VERBS = ["killed", "wounded", "injured", "displaced", "trapped", "arrested", "evacuated", "shelled", "bombed"]
const WORDS = (
  "the of and in to a said on was were by at for with from that as their civilians people children " +
  "forces rebels government opposition observatory activists monitor ministry spokesman airstrikes " +
  "strikes shelling barrel bombs hospital school neighbourhood district province city village town " +
  "residents rescue workers white helmets defence ceasefire convoy aid agency humanitarian corridor " +
  "offensive front line militants fighters troops army regime russian syrian turkish kurdish coalition " +
  "reported according statement denied confirmed claimed early morning late overnight week day"
).split(" ")

export function* syntheticArticles(count: number, seed = 1): Generator<string> {
  const rand = prng(seed)
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rand() * xs.length)]!
  const start = Date.UTC(2016, 0, 1)
  for (let i = 0; i < count; i++) {
    const place = pick(PLACES)
    const n = 1 + Math.floor(rand() * 120)
    const title = `${n} ${pick(["people", "civilians", "children", "fighters"])} ${pick(VERBS)} in ${place}`
    const sentences: Array<string> = []
    const words = 250 + Math.floor(rand() * 350)
    let written = 0
    while (written < words) {
      const len = 8 + Math.floor(rand() * 18)
      const s: Array<string> = []
      for (let w = 0; w < len; w++) s.push(w === 3 && rand() < 0.2 ? pick(PLACES) : pick(WORDS))
      if (rand() < 0.3) s.push(String(Math.floor(rand() * 300)), pick(VERBS))
      sentences.push(`${s.join(" ")}.`)
      written += s.length
    }
    const paragraphs: Array<string> = []
    for (let p = 0; p < sentences.length; p += 4) paragraphs.push(sentences.slice(p, p + 4).join(" "))
    yield JSON.stringify({
      url: `synthetic://bench/${seed}/${i}`,
      title,
      text: paragraphs.join("\n\n"),
      source: pick(OUTLETS),
      published: new Date(start + Math.floor(rand() * 3 * 365 * 86_400_000)).toISOString()
    })
  }
}
