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
  it("reads a source closing the sentence, with or without its full stop", () => {
    expect(sourceIn("Syria regime raids on Aleppo kill 16 civilians Monitor")).toBe("SOHR")
    expect(sourceIn("Nine civilians were killed in Aleppo, according to a monitor.")).toBe("SOHR")
    expect(sourceIn("Rebel fire kills 14 in Aleppo State media.")).toBe("SANA")
  })
  it("is null when the outlet states a figure itself", () => {
    expect(sourceIn("Dozens killed as rockets rain down on Aleppo again")).toBeNull()
  })
  it("takes the source at its verb of saying, not a side named elsewhere", () => {
    expect(sourceIn("A total of 14 Daesh terrorists were killed in northern Syria during an operation by Turkish Armed Forces on Tuesday the Turkish military said Wednesday")).toBe(
      "Turkish military"
    )
    expect(sourceIn("The sorties also killed 10 ISIS members in al-Qadahat valley in Homs countryside the source added")).toBe("the source")
  })
  it("skips the outlet being told or relaying: the speaker is the source", () => {
    expect(sourceIn("A source at Aleppo Police Command told SANA reporter that terrorists fired rocket shells killing one person")).toBe("Aleppo Police Command")
    expect(sourceIn("SANAs correspondent quoted a source at Aleppo Police Command as saying that terrorists fired rocket shells")).toBe("Aleppo Police Command")
    expect(sourceIn("Casualties were counted by a military source who told SANA")).toBe("Syrian army")
  })
  it("takes the first of two sources saying it together", () => {
    expect(sourceIn("Bombardment has killed at least 84 civilians including children, the monitor and a civil defence official said.")).toBe("SOHR")
  })
  it("prefers whoever is said to report it over a known name far from the verb", () => {
    expect(sourceIn("In the meantime several ISIL members were killed or wounded in the bombardments FNA reported")).toBe("FNA")
  })
  it("takes no figure or stray word for a source in text without commas", () => {
    expect(sourceIn("On Friday shells hit al-Furqan according to teh latest toll 44 civilians were injured")).toBeNull()
  })
  it("does not read the UN into 'who' or 'un-'", () => {
    expect(sourceIn("killing 17 terrorists who had been crossing the border, the source said")).toBe("the source")
    expect(sourceIn("The United Nations said 2 million people lacked water")).toBe("UN")
  })
})
