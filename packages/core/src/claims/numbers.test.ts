import { describe, expect, it } from "vitest"
import { findFigures } from "./numbers.js"

const one = (s: string) => {
  const [f] = findFigures(s)
  return f === undefined ? null : { min: f.min, max: f.max, qualifier: f.qualifier }
}

describe("findFigures", () => {
  it("reads digits with and without thousands separators, and NBSP", () => {
    expect(one("250,000 people are trapped")).toEqual({ min: 250000, max: 250000, qualifier: "exact" })
    expect(one("250000 people are trapped")).toEqual({ min: 250000, max: 250000, qualifier: "exact" })
    expect(one("250\u00a0000 people are trapped")).toEqual({ min: 250000, max: 250000, qualifier: "exact" })
    expect(one("1.5 million displaced")).toEqual({ min: 1500000, max: 1500000, qualifier: "exact" })
  })
  it("reads number words", () => {
    expect(one("six civilians were killed")).toMatchObject({ min: 6, max: 6 })
    expect(one("Twenty-five people died")).toMatchObject({ min: 25, max: 25 })
    expect(one("a dozen people")).toMatchObject({ min: 12, max: 12 })
    expect(one("three hundred families")).toMatchObject({ min: 300, max: 300 })
  })
  it("applies the contract's interval for each qualifier", () => {
    expect(one("at least 32 individuals")).toEqual({ min: 32, max: null, qualifier: "at_least" })
    expect(one("more than 30 people")).toEqual({ min: 31, max: null, qualifier: "more_than" })
    expect(one("up to 40 strikes")).toEqual({ min: null, max: 40, qualifier: "up_to" })
    expect(one("about 100 people")).toEqual({ min: 90, max: 110, qualifier: "about" })
  })
  it("gives vague words their contract ranges", () => {
    expect(one("Dozens killed")).toEqual({ min: 24, max: 99, qualifier: "vague" })
    expect(one("several people")).toEqual({ min: 3, max: 9, qualifier: "vague" })
    expect(one("scores of civilians")).toEqual({ min: 40, max: 99, qualifier: "vague" })
    expect(one("hundreds of people")).toEqual({ min: 200, max: 999, qualifier: "vague" })
    expect(one("several hundred rebels")).toEqual({ min: 200, max: 999, qualifier: "vague" })
    expect(one("tens of thousands fled")).toEqual({ min: 20000, max: 99999, qualifier: "vague" })
  })
  it("reads half a dozen as six", () => {
    expect(one("half a dozen wounded men sat in the corridor")).toEqual({ min: 6, max: 6, qualifier: "exact" })
  })
  it("counts nothing in mis-decoded bytes, and a figure glued to them by an underscore still counts", () => {
    expect(findFigures("\u00ef\u00bf1\u20442\u00ef\u00bf1\u20442The gunmen fled").length).toBe(0)
    expect(findFigures("\u00ef\u00bf1\u20442_14 dead in a market raid").map((f) => f.min)).toEqual([14])
  })
  it("reads 'N+' as the figure or more (round 20)", () => {
    expect(one("Initial reports of 20+ killed")).toEqual({ min: 20, max: null, qualifier: "at_least" })
    expect(one("20 killed + many injured")).toEqual({ min: 20, max: 20, qualifier: "exact" })
  })
})

describe("findFigures: round 25 ranges", () => {
  it("reads 'vary from 10000 to more than 30000' and 'ranging from about 500 to some 1300' as one figure, its two ends", () => {
    expect(findFigures("Estimates of the death toll vary from 10000 to more than 30000").map((f) => [f.min, f.max, f.qualifier])).toEqual([
      [10000, 30000, "vague"]
    ])
    expect(findFigures("death tolls ranging from about 500 to some 1300").map((f) => [f.min, f.max, f.qualifier])).toEqual([[500, 1300, "vague"]])
  })
  it("keeps two figures where no range verb makes them one ('rose from 10 to 15')", () => {
    expect(findFigures("The toll rose from 10 to 15").map((f) => [f.min, f.max])).toEqual([
      [10, 10],
      [15, 15]
    ])
  })
})

describe("round 32: 'N to M' as a range", () => {
  it("reads '30,000 to 50,000 civilians' and 'killed 10 to 15 people' as one range each, not a change or years", () => {
    const read = (s: string) => findFigures(s).map((f) => [f.min, f.max])
    expect(read("30,000 to 50,000 civilians remain trapped")).toEqual([[30000, 50000]])
    expect(read("the attack killed 10 to 15 people")).toEqual([[10, 15]])
    expect(read("the toll rose from 30 to 50")).toEqual([
      [30, 30],
      [50, 50]
    ])
    expect(read("from 2011 to 2015")).toEqual([
      [2011, 2011],
      [2015, 2015]
    ])
  })
})

describe("findFigures: digits that end a name (177, 180)", () => {
  const values = (s: string) => findFigures(s).map((f) => f.value)
  it("reads no figure in a name of a district or an outlet before a verb", () => {
    expect(values("Two shells fell on Mazzeh 86, killing 2 people")).toEqual([2, 2])
    expect(values("Raqqa 24 gave a toll of 14")).toEqual([14])
    expect(values("Two shells fell on the Mazzeh 86 neighbourhood killing 2")).toEqual([2, 2])
  })
  it("keeps a figure after a place in a comma-less headline, and a date's day", () => {
    expect(values("Airstrikes on Aleppo 12 killed")).toEqual([12])
    expect(values("Shells hit the town on March 3 killing 4")).toEqual([3, 4])
  })
})
