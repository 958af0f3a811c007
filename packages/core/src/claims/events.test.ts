import { describe, expect, it } from "vitest"
import { readEvent } from "./events.js"

const read = (s: string, source: string | null = null) => {
  const e = readEvent(s, source)
  return e === null ? null : [e.polarity, e.actor, e.rule]
}

describe("readEvent: denials", () => {
  it("takes the denied side from what follows the verb, not the one denying", () => {
    expect(read("President Assad continued to deny any Russian and regime siege and attacks on civilians")).toEqual([
      "denied",
      "Russia and Syrian government",
      "event/denial"
    ])
    expect(read("A Russian defense ministry spokesman denied that its planes had been hitting Aleppo.")).toEqual(["denied", "Russia", "event/denial"])
  })
})

describe("readEvent: admissions", () => {
  it("reads a side confirming or claiming its own attack", () => {
    expect(read("Russia's Defense Ministry has confirmed the resumption of missile strikes in Idlib.", "Russian Defense Ministry")).toEqual([
      "asserted",
      "Russia",
      "event/admission"
    ])
    expect(read("For its part the Takfiri ISIL group claimed responsibility for the attack.", "Islamic State")).toEqual([
      "asserted",
      "Islamic State",
      "event/admission"
    ])
  })
  it("is no admission when someone else confirms it", () => {
    expect(read("Video evidence and the testimony of doctors have confirmed the latest Russian attacks.", "medical sources")).toBeNull()
  })
})

describe("readEvent: harm with who caused it", () => {
  it("needs harm, an actor and a known source in the sentence", () => {
    expect(read("Nine civilians died in rebel shelling on the government-held west the Syrian Observatory said", "SOHR")).toEqual([
      "asserted",
      "rebels",
      "event/attack"
    ])
    expect(read("Russian and Syrian regime jets pounded opposition-held parts of Aleppo early on Thursday", "SOHR")).toBeNull()
    expect(read("Nine civilians died in rebel shelling on the government-held west", null)).toBeNull()
    expect(read("Nine civilians died in rebel shelling, Abu Ahmad said", "Abu Ahmad")).toBeNull()
  })
  it("does not take the victims, the holders of a place or the source for the actor", () => {
    expect(read("Dozens of Syrian regime strikes on Aleppo killed at least 16 civilians on Sunday a monitor said", "SOHR")?.[1]).toBe("Syrian government")
    expect(
      read(
        "A total of 14 Daesh terrorists were killed in northern Syria during an operation by Turkish Armed Forces and the U.S.-led coalition on Tuesday the Turkish military said",
        "Turkish military"
      )?.[1]
    ).toBe("Turkey and US-led coalition")
    expect(read("Syrias army said that the Nusra Front and other terrorist groups had killed 84 people", "Syrian army")?.[1]).toBe("Nusra Front")
    expect(read("Three children were among 19 killed in an air raid on a village held by the Islamic State group, the Observatory said", "SOHR")).toBeNull()
  })
  it("asserts no actor when the sentence says it is unclear who acted", () => {
    expect(read("19 civilians were killed; the Observatory said it was unclear who had carried out the strike", "SOHR")).toBeNull()
  })
})
