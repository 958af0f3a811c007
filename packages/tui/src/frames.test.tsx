import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { styledCharsFromTokens, tokenize } from "@alcalzone/ansi-tokenize"
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

// The patch's reading of a plain line (printable ASCII and SGR sequences), beside the
// tokenizer's reading of any line.
const { styledCharsOf } = (await import(pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("ink")), "output.js")).href)) as {
  styledCharsOf: (line: string) => unknown
}

const SGR = [
  "\u001b[1m",
  "\u001b[22m",
  "\u001b[2m",
  "\u001b[7m",
  "\u001b[27m",
  "\u001b[31m",
  "\u001b[39m",
  "\u001b[0m",
  "\u001b[m",
  "\u001b[1;3;31m",
  "\u001b[38;2;10;20;30m",
  "\u001b[48;5;100m"
]

describe("frames drawn one after another", () => {
  it("read a line into the same cells as Ink's tokenizer does", () => {
    const rand = prng(11)
    const pick = <A,>(xs: ReadonlyArray<A>): A => xs[Math.floor(rand() * xs.length)]!
    for (let i = 0; i < 3000; i++) {
      let line = ""
      for (let part = 0; part < 6; part++) {
        const r = rand()
        if (r < 0.4) line += pick(SGR)
        else if (r < 0.95) line += Array.from({ length: Math.floor(rand() * 12) }, () => String.fromCharCode(0x20 + Math.floor(rand() * 95))).join("")
        else line += pick(["é", "漢字", "›", "e\u0301", "👍🏽", "\u001b]8;;https://x.test\u0007link\u001b]8;;\u0007"])
      }
      expect(styledCharsOf(line)).toEqual(styledCharsFromTokens(tokenize(line)))
    }
  })

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
  }, 30_000)
})
