import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { CURSOR_MARK } from "./ArticleList.js"
import { axisFor, columnOf, ConflictDetailPane, intervalBar } from "./ConflictDetailPane.js"
import type { ClaimView, ConflictDetail, ConflictFigure } from "./Monitor.js"
import { claimView, plainLines, plainText } from "./testing.js"
import { textWidth } from "./text.js"

const claim = (min: number | null, max: number | null, qualifier: string, extra: Partial<ClaimView> = {}): ClaimView =>
  claimView({
    id: `c${min}-${max}`,
    min,
    max,
    qualifier,
    who: "civilians",
    where: "Maarat al-Numan, Idlib",
    when: { from: "2016-11-17", to: "2016-11-17" },
    quote: "At least 57 civilians were killed, the Observatory said.",
    span: [0, 10],
    ...extra
  })
const figure = (origin: string, outlet: string, c: ClaimView): ConflictFigure => ({
  claim: c,
  origin,
  articleId: `a-${origin}`,
  outlet,
  time: Date.UTC(2016, 10, 17, 14, 5)
})
const contradiction: ConflictDetail = {
  id: "k",
  kind: "contradiction",
  severity: 3,
  scope: { metric: "killed", where: "Maarat al-Numan, Idlib", when: { from: "2016-11-17", to: "2016-11-17" }, who: "civilians" },
  sources: ["SOHR", "White Helmets"],
  summary: "civilians killed in Maarat al-Numan: SOHR at least 57, White Helmets 38",
  reviewed: false,
  figures: [
    figure("SOHR", "Levant Wire", claim(57, null, "at_least")),
    figure("White Helmets", "White Helmets", claim(38, 38, "exact", { quote: "The White Helmets said 38 people were killed." }))
  ]
}

describe("the figures' axis", () => {
  it("runs from zero past the largest figure, or on a log scale when one figure is over fifty times another", () => {
    expect(axisFor(contradiction.figures)).toEqual({ low: 0, high: 70, log: false })
    const far = [figure("a", "a", claim(3, 3, "exact")), figure("b", "b", claim(4_000, 4_000, "exact"))]
    expect(axisFor(far)).toEqual({ low: 1, high: 4_500, log: true })
    expect(axisFor([figure("a", "a", claim(null, null, "vague"))])).toBeNull()
    expect(columnOf({ low: 0, high: 100, log: false }, 50, 11)).toBe(5)
    expect(columnOf({ low: 0, high: 100, log: false }, 500, 11)).toBe(10)
  })

  it("draws a point for an exact figure, a span for a range, an arrow for an open end, dashes for a vague word", () => {
    const axis = { low: 0, high: 100, log: false }
    expect(intervalBar(axis, claim(50, 50, "exact"), 11)).toBe("     ●     ")
    expect(intervalBar(axis, claim(20, 60, "range"), 11)).toBe("  ├━━━┤    ")
    expect(intervalBar(axis, claim(50, null, "at_least"), 11)).toBe("     ●━━━━▶")
    expect(intervalBar(axis, claim(null, 30, "up_to"), 11)).toBe("◀━━●       ")
    expect(intervalBar(axis, claim(20, 60, "vague"), 11)).toBe("  ├┄┄┄┤    ")
  })
})

describe("ConflictDetailPane", () => {
  it("shows the kind and scope, the summary, each source's figure on one axis, and the selected figure's sentence", () => {
    const shown = plainLines(render(<ConflictDetailPane detail={contradiction} figure={1} width={100} height={20} />).lastFrame())
    expect(shown[0]).toBe("contradicts · killed · civilians · Maarat al-Numan, Idlib · 2016-11-17")
    expect(shown[1]).toBe("civilians killed in Maarat al-Numan: SOHR at least 57, White Helmets 38")
    // the source, and the outlet it was read in when that is someone else
    expect(shown[3]).toMatch(/^ {2}SOHR \(Levant Wire\)\s+ +●━+▶\s+≥57$/)
    expect(shown[4]).toMatch(new RegExp(`^${CURSOR_MARK} White Helmets\\s+ +●\\s+38$`))
    expect(shown[5]).toMatch(/^ +└─+┘$/)
    expect(shown[6]).toMatch(/^ +0 +70$/)
    expect(shown).toContain("White Helmets, 2016-11-17 14:05 UTC · enter opens the article")
    expect(shown).toContain("“The White Helmets said 38 people were killed.”")
    for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(100)
  })

  it("lists a denial's assertions and denials without an axis", () => {
    const event = (actor: string, polarity: "asserted" | "denied") =>
      claim(null, null, "exact", { kind: "event", metric: null, actor, action: "air strike", polarity, quote: `${actor} ${polarity}` })
    const denial: ConflictDetail = {
      ...contradiction,
      kind: "denial",
      summary: "Russia strike in Maarat al-Numan: denied by Russian government; reported by SOHR",
      figures: [figure("SOHR", "Levant Wire", event("Russia", "asserted")), figure("Russian government", "TASS", event("Russia", "denied"))]
    }
    const shown = plainLines(render(<ConflictDetailPane detail={denial} figure={0} width={100} height={20} />).lastFrame())
    expect(shown[3]).toMatch(new RegExp(`^${CURSOR_MARK} SOHR \\(Levant Wire\\)\\s+Russia: air strike$`))
    expect(shown[4]).toMatch(/^ {2}Russian government \(TASS\)\s+Russia denies air strike$/)
    expect(shown.some((l) => l.includes("└"))).toBe(false)
  })

  it("says so when the conflict closed while it was open on screen", () => {
    expect(plainText(render(<ConflictDetailPane detail={null} figure={0} width={80} height={5} />).lastFrame())).toContain("This conflict is no longer open.")
  })
})
