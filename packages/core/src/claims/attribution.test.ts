import { describe, expect, it } from "vitest"
import { normaliseSource, sourceIn } from "./attribution.js"

describe("normaliseSource", () => {
  it("makes one source of the observatory's many names", () => {
    for (const name of ["SOHR", "the Syrian Observatory for Human Rights", "the observatory", "the monitor", "Rami Abdel Rahman"]) {
      expect(normaliseSource(name), name).toBe("SOHR")
    }
  })
  it("knows the White Helmets by the civil defence's name too", () => {
    expect(normaliseSource("The local Civil Defense rescue group")).toBe("White Helmets")
  })
})

describe("sourceIn", () => {
  it("finds 'according to X', 'X said', 'said X' and 'X reported'", () => {
    expect(sourceIn("It is part of a renewed wave of bombing that's killed more than 30 people, according to various sources.")).toBe("various sources")
    expect(sourceIn("Nine civilians died in rebel shelling on the government-held west the Syrian Observatory for Human Rights said")).toBe("SOHR")
    expect(sourceIn("The local Civil Defense rescue group, also known as White Helmets, reported that 11 civilians were killed")).toBe("White Helmets")
    expect(sourceIn("Activists say at least 32 individuals were killed")).toBe("activists")
  })
  it("is null when the outlet states a figure itself", () => {
    expect(sourceIn("Dozens killed as rockets rain down on Aleppo again")).toBeNull()
  })
})
