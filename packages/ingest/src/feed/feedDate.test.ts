import { describe, expect, it } from "vitest"
import { parseFeedDate } from "./feedDate.js"

const iso = (raw: unknown): string | null => parseFeedDate(raw)?.toISOString() ?? null

describe("parseFeedDate", () => {
  it("reads RFC 822 dates as RSS writes them", () => {
    expect(iso("Wed, 31 Jan 2018 07:26:05 GMT")).toBe("2018-01-31T07:26:05.000Z")
    expect(iso("Sat, 28 Sep 2002 21:00:02 -0400")).toBe("2002-09-29T01:00:02.000Z")
    expect(iso("28 Sep 2002 21:00 EST")).toBe("2002-09-29T02:00:00.000Z")
    expect(iso("Sat, 28 Sep 02 21:00:02 +0000")).toBe("2002-09-28T21:00:02.000Z")
    expect(iso("Tue, 5 Mar 2024 9:05:00 CET")).toBe("2024-03-05T08:05:00.000Z")
  })

  it("reads month and weekday names in other languages", () => {
    expect(iso("Seg, 24 Set 2018 19:42:40 -0300")).toBe("2018-09-24T22:42:40.000Z")
    expect(iso("Di, 12 Mär 2024 10:00:00 +0100")).toBe("2024-03-12T09:00:00.000Z")
    expect(iso("jeu., 11 juil. 2024 08:00:00 +0200")).toBe("2024-07-11T06:00:00.000Z")
  })

  it("reads W3C-DTF / ISO 8601 dates as Atom and dc:date write them", () => {
    expect(iso("2016-02-01T16:22:00Z")).toBe("2016-02-01T16:22:00.000Z")
    expect(iso("2002-09-28T20:01:19+01:00")).toBe("2002-09-28T19:01:19.000Z")
    expect(iso("2002-09-28T20:01:19.25-0500")).toBe("2002-09-29T01:01:19.250Z")
    expect(iso("2004-06-02")).toBe("2004-06-02T00:00:00.000Z")
  })

  it("takes a date without a zone as UTC, whatever the machine's zone", () => {
    expect(iso("2004-06-02T19:07:55")).toBe("2004-06-02T19:07:55.000Z")
    expect(iso("2004-06-02 19:07")).toBe("2004-06-02T19:07:00.000Z")
    expect(iso("Sat, 28 Sep 2002 21:00:02")).toBe("2002-09-28T21:00:02.000Z")
  })

  it("returns null, never an Invalid Date, for missing or unreadable dates", () => {
    for (const raw of [undefined, null, 42, {}, "", "   ", "yesterday", "2002-13-45T99:99:99Z", "31 Foo 2020", "x".repeat(500)]) {
      expect(parseFeedDate(raw), String(raw)).toBeNull()
    }
  })
})
