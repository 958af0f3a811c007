import { Box } from "ink"
import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { ArticleList } from "./ArticleList.js"
import type { ArticleRow } from "./Monitor.js"

// Ink is patched (patches/ink+6.8.0.patch) to keep what it worked out for a frame's lines and
// rows for the next frame. A screen drawn after others must still be exactly the screen a
// first frame of the same content is: no row left as it was, no style carried over.

const TITLES = [
  "Aleppo: rockets hit western districts",
  "漢字 wide characters 그리고 한글 in a title",
  "flags 🇸🇾🇹🇷 and a family 👨‍👩‍👧 in a title",
  "café au lait, keycap 1\ufe0f\u20e3 and 👍🏽",
  "Homs: evacuation of al-Wa'er resumes"
]
/** mulberry32: the same steps on every run */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const OUTLETS = ["Reuters", "AP", "عنب بلدي", "BBC News", "新华社"]

const rows = (n: number, read: ReadonlySet<number>): ArticleRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    outlet: OUTLETS[i % OUTLETS.length]!,
    time: Date.UTC(2016, 10, 17, 9, 0) - i * 60_000,
    title: `${TITLES[i % TITLES.length]} ${i}`,
    url: `https://example.com/${i}`,
    duplicateOf: null,
    copies: i % 4,
    storyId: null,
    storyReports: 1 + (i % 3),
    read: read.has(i)
  }))

const screen = (top: number, selected: number, read: ReadonlySet<number>, width: number) => (
  <Box flexDirection="column" width={width} height={12} overflow="hidden">
    <ArticleList rows={rows(40, read).slice(top, top + 12)} selected={selected} width={width} height={12} />
  </Box>
)

describe("frames drawn one after another", () => {
  it("are each what a first frame of the same screen is, wide characters and styles included", () => {
    const rand = prng(7)
    const width = 72
    let top = 0
    let selected = 0
    const read = new Set<number>()
    const app = render(screen(top, selected, read, width))
    for (let step = 0; step < 60; step++) {
      const r = rand()
      if (r < 0.5) selected = (selected + 1) % 12
      else if (r < 0.7) selected = (selected + 11) % 12
      else if (r < 0.85) top = Math.floor(rand() * 28)
      else read.add(top + selected)
      app.rerender(screen(top, selected, new Set(read), width))
      const fresh = render(screen(top, selected, new Set(read), width))
      expect(app.lastFrame()).toBe(fresh.lastFrame())
      fresh.unmount()
    }
    app.unmount()
  })
})
