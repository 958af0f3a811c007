import { createHash } from "node:crypto"
import * as chrono from "chrono-node"
import { describe, expect, it } from "vitest"
import { resolveWhen } from "./when.js"

// when.ts parses a window that names no month without chrono's month parsers, one that names no
// weekday without its weekday parser, one without a digit without its numeric ones: read from
// these parsers' patterns, which need those words to match at all. A chrono-node whose patterns
// differ must be read again before the shortcut may stay.
const SKIPPED = [
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENWeekdayParser",
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENSlashMonthFormatParser",
  "ENYearMonthNameParser"
]

describe("the chrono parsers a window is read without", () => {
  it("have the patterns the shortcut was read from", () => {
    const parsers = chrono.en.configuration.createCasualConfiguration(false).parsers
    const sources = SKIPPED.map((name) => {
      const parser = parsers.find((p) => p.constructor.name === name)
      expect(parser, name).toBeDefined()
      return `${name}:${parser!.pattern(undefined as never).source}`
    })
    expect(createHash("sha256").update(sources.join("\n")).digest("hex").slice(0, 16)).toBe("7eeacbf04aa69199")
  })
  it("still finds each kind of date, alone or together in one window", () => {
    const thu = new Date("2016-11-17T09:00:00Z")
    expect(resolveWhen("Eleven civilians were killed in the Sukkari neighborhood on Tuesday", thu)).toEqual({ from: "2016-11-15", to: "2016-11-15" })
    expect(resolveWhen("Eleven civilians were killed in the Sukkari neighborhood on 12 November", thu)).toEqual({ from: "2016-11-12", to: "2016-11-12" })
    expect(resolveWhen("Eleven civilians were killed in the Sukkari neighborhood on 12/11/2016", thu)).not.toBeNull()
    expect(resolveWhen("Eleven civilians were killed in the Sukkari neighborhood on Saturday 12 November 2016", thu)).toEqual({
      from: "2016-11-12",
      to: "2016-11-12"
    })
  })
})
