import { describe, expect, it } from "vitest"
import { sourceOrigin } from "./origin.js"

describe("origin: the parties behind the names the extractor gives sources", () => {
  it("reads the Russian reconciliation centre and the TSK as their governments", () => {
    expect(sourceOrigin("Russian center for reconciliation", "TASS").key).toBe("party:russian-government")
    expect(sourceOrigin("Turkish military", "Anadolu").key).toBe("party:turkish-government")
    expect(sourceOrigin("TSK", "Daily Sabah").key).toBe("party:turkish-government")
  })
  it("reads a surgeon or an eyewitness as no one in particular: the outlet's own report", () => {
    expect(sourceOrigin("surgeon", "Reuters").key).toBe(sourceOrigin(null, "Reuters").key)
    expect(sourceOrigin("eyewitness", "AFP").key).toBe(sourceOrigin(null, "AFP").key)
  })
})
