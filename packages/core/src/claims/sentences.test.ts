import { describe, expect, it } from "vitest"
import { MAX_SENTENCE, sentencesOf } from "./sentences.js"

const texts = (s: string) => sentencesOf(s).map((x) => x.text)

describe("sentencesOf", () => {
  it("keeps abbreviations inside the sentence", () => {
    expect(texts("14 were killed in an operation by the U.S.-led coalition on Tuesday. The army said so.")).toEqual([
      "14 were killed in an operation by the U.S.-led coalition on Tuesday.",
      "The army said so."
    ])
    expect(texts("Maj. Gen. Igor Konashenkov said 12 died. Others disagreed.")).toEqual(["Maj. Gen. Igor Konashenkov said 12 died.", "Others disagreed."])
    expect(texts("The U.N. said 5 were hurt.")).toEqual(["The U.N. said 5 were hurt."])
  })
  it("ends a sentence at a stop before a capital, a digit or a quote, and at every line break", () => {
    expect(texts('Headline here\nOne died. 12 were hurt! "We ran," he said. Why? Nobody knows')).toEqual([
      "Headline here",
      "One died.",
      "12 were hurt!",
      '"We ran," he said.',
      "Why?",
      "Nobody knows"
    ])
  })
  it("does not end a sentence at a decimal point or a stop before a lower-case word", () => {
    expect(texts("Some 2.5 million fled to Turkey, i.e. half. Then more")).toEqual(["Some 2.5 million fled to Turkey, i.e. half.", "Then more"])
  })
  it("ends a sentence at a full stop the scrape glued to the next one, but not inside a name or a domain", () => {
    expect(texts("It must stop such gross violations.In a letter the Coalition said 40 died.")).toEqual([
      "It must stop such gross violations.",
      "In a letter the Coalition said 40 died."
    ])
    expect(texts("Gen.Smith and the U.S.Army visited Sputniknews.com on Monday.")).toEqual(["Gen.Smith and the U.S.Army visited Sputniknews.com on Monday."])
  })
  it("starts a sentence at a quote mark mis-decoded twice, as at a quote mark", () => {
    expect(texts('The toll has risen to 40." \u00ef\u00bf1\u20442\u00ef\u00bf1\u20442The victims came from the east.')).toEqual([
      'The toll has risen to 40."',
      "\u00ef\u00bf1\u20442\u00ef\u00bf1\u20442The victims came from the east."
    ])
  })
  it("keeps offsets into the original text", () => {
    const text = "Title\n  First one.  Second one."
    for (const s of sentencesOf(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text)
  })

  it("cuts text without full stops into pieces at spaces, so no sentence is read whole past the limit", () => {
    const text = "At least 5 people were killed in Aleppo on Monday the observatory said ".repeat(400)
    const pieces = sentencesOf(text)
    expect(pieces.length).toBeGreaterThan(10)
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text)
    }
  })
})
