import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { CURSOR_MARK } from "./ArticleList.js"
import { ConflictList, scopeText } from "./ConflictList.js"
import type { ConflictRow } from "./Monitor.js"
import { plainLines, plainText } from "./testing.js"
import { textWidth } from "./text.js"

const row = (id: string, kind: ConflictRow["kind"], sources: ReadonlyArray<string>, summary: string, extra: Partial<ConflictRow> = {}): ConflictRow => ({
  id,
  kind,
  severity: 2,
  scope: { metric: "killed", where: "Maarat al-Numan, Idlib", when: { from: "2016-11-17", to: "2016-11-17" }, who: "civilians" },
  sources,
  summary,
  reviewed: false,
  ...extra
})
const ROWS: ConflictRow[] = [
  row("a", "contradiction", ["SOHR", "White Helmets"], "civilians killed in Maarat al-Numan: SOHR at least 57, White Helmets 38"),
  row("b", "denial", ["Russian government", "SOHR"], "Russia strike in Maarat al-Numan: denied by Russian government; reported by SOHR"),
  row("c", "revision", ["SOHR"], "killed in Maarat al-Numan: SOHR at least 42 then 57", { reviewed: true }),
  row("d", "part_exceeds_whole", ["local council", "UN"], "trapped in al-Waer: local council more than 110,000, above UN about 45,000")
]

describe("ConflictList", () => {
  it("shows each conflict's kind, how many independent sources, and who says what", () => {
    const { lastFrame } = render(<ConflictList rows={ROWS} selected={1} width={100} height={10} color={false} />)
    const [contradiction, denial, revision, part] = plainLines(lastFrame())
    expect(contradiction).toBe("    contradicts   2▪ civilians killed in Maarat al-Numan: SOHR at least 57, White Helmets 38")
    expect(denial).toMatch(new RegExp(`^${CURSOR_MARK} {3}denial\\s+2▪ Russia strike in Maarat al-Numan: denied by Russian government`))
    // a reviewed conflict is ticked
    expect(revision).toBe("  ✓ revision      1▪ killed in Maarat al-Numan: SOHR at least 42 then 57")
    expect(part).toMatch(/^ {4}part > whole {2}2▪ trapped in al-Waer/)
  })

  it("keeps each line to the width, cutting the summary, and never shows a summary's control sequences", () => {
    const hostile = row("e", "divergent", ["a", "b"], `killed in Aleppo\u001b[2J\u001b]8;;https://evil.example\u0007: a 10, b 16 ${"and more ".repeat(20)}`)
    const { lastFrame } = render(<ConflictList rows={[...ROWS, hostile]} selected={-1} width={60} height={10} color={false} />)
    const shown = plainLines(lastFrame()).filter((l) => l !== "")
    expect(shown).toHaveLength(5)
    for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(60)
    expect(shown[4]).toMatch(/^ {4}divergent\s+2▪ killed in Aleppo.*…$/)
    expect(lastFrame()).not.toContain("\u001b[2J")
    expect(lastFrame()).not.toContain("\u001b]8")
  })

  it("shows no more rows than its height", () => {
    expect(plainLines(render(<ConflictList rows={ROWS} selected={0} width={100} height={2} color={false} />).lastFrame())).toHaveLength(2)
  })

  it("says plainly when no sources disagree", () => {
    expect(plainText(render(<ConflictList rows={[]} selected={0} width={100} height={3} color={false} />).lastFrame())).toContain(
      "No conflicts: no two independent sources disagree about anything stored."
    )
  })

  it("colours a conflict by its kind, dims a reviewed one, and uses no colour when it is off", () => {
    const raw = (render(<ConflictList rows={ROWS} selected={-1} width={100} height={10} color={true} />).lastFrame() ?? "").split("\n")
    expect(raw[0]).toContain("\u001b[31m") // contradiction: red
    expect(raw[1]).toContain("\u001b[35m") // denial: magenta
    expect(raw[2]).toContain("\u001b[2m") // reviewed: dim, not coloured
    expect(raw[2]).not.toContain("\u001b[36m")
    const plain = render(<ConflictList rows={ROWS} selected={-1} width={100} height={10} color={false} />).lastFrame() ?? ""
    expect(plain).not.toMatch(/\u001b\[3\dm/)
  })

  it("names a conflict's scope: metric, victims, place, day or days", () => {
    expect(scopeText(ROWS[0]!)).toBe("killed · civilians · Maarat al-Numan, Idlib · 2016-11-17")
    expect(scopeText({ scope: { metric: "part_exceeds_whole", who: null, where: null, when: { from: "2016-11-14", to: "2016-11-17" } } })).toBe(
      "part exceeds whole · 2016-11-14..2016-11-17"
    )
  })
})
