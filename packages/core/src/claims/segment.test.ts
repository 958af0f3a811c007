import { describe, expect, it } from "vitest"
import { extractClaims } from "./extract.js"
import { segmentArticle } from "./segment.js"

const roles = (body: string) => segmentArticle("Report", body).map((x) => `${x.role}: ${x.text}`)
const PUB = Date.parse("2016-11-07T12:00:00Z")

describe("section headlines inside a flattened page (round 2)", () => {
  it("cuts a dashed section headline off the sentence it runs into", () => {
    expect(roles("The offensive failed. - Raids kill dozens - Meanwhile 8 people died in Homs.")).toEqual([
      "title: Report",
      "body: The offensive failed.",
      "subhead: Raids kill dozens",
      "body: Meanwhile 8 people died in Homs."
    ])
  })
  it("cuts a bulletin headline that the section's first sentence restates", () => {
    expect(roles("Three civilians hurt in shell attack on Jableh Three civilians were hurt when shells hit Jableh on Monday.")).toEqual([
      "title: Report",
      "subhead: Three civilians hurt in shell attack on Jableh",
      "body: Three civilians were hurt when shells hit Jableh on Monday."
    ])
    // a sentence that merely repeats its opening words later is no headline
    expect(roles("Three civilians said that Three civilians were hurt.")).toEqual([
      "title: Report",
      "body: Three civilians said that Three civilians were hurt."
    ])
  })
  it("reads a section headline's figures as a headline's: undated, in the place its section names", () => {
    const claims = extractClaims({
      title: "Report",
      body: "Fighting went on. - Troops kill 12 villagers - The monitor said 12 villagers were killed in Rityan on Sunday.",
      published: PUB,
      outlet: "test"
    }).filter((c) => c.kind === "quantity")
    expect(claims.map((c) => [c.min, c.when?.from ?? null, c.where])).toEqual([
      [12, null, "Rityan, Aleppo"],
      [12, "2016-11-06", "Rityan, Aleppo"]
    ])
  })
})

describe("tag lists (round 3)", () => {
  it("keeps a tag that could open a clause inside the list when another capitalised tag follows it", () => {
    expect(roles("Tags Syria Idlib Rebels Douma Airstrikes At least 9 people were killed.")).toEqual([
      "title: Report",
      "chrome: Tags Syria Idlib Rebels Douma Airstrikes",
      "body: At least 9 people were killed."
    ])
  })
})

describe("tag lists (round 8)", () => {
  it("ends a tag list with no clause opener on the last capital before the first function word", () => {
    expect(roles("Tags Syria Hama Napalm cluster bombs Helicopters believed to be Syrian dropped barrels on Kafr Zita.")).toEqual([
      "title: Report",
      "chrome: Tags Syria Hama Napalm cluster bombs",
      "body: Helicopters believed to be Syrian dropped barrels on Kafr Zita."
    ])
  })
  it("opens the clause on a count after an adjective tag ('Syrian conflict Two children ...')", () => {
    expect(roles("Tags Idlib Syrian regime shelling White Helmets Four volunteers were killed in Saraqeb.")).toEqual([
      "title: Report",
      "chrome: Tags Idlib Syrian regime shelling White Helmets",
      "body: Four volunteers were killed in Saraqeb."
    ])
    expect(roles("Tags Syria Aleppo Rebels At least 12 civilians were killed.")).toEqual([
      "title: Report",
      "chrome: Tags Syria Aleppo Rebels",
      "body: At least 12 civilians were killed."
    ])
  })
  it("opens the clause on an article, not on the count after it (208)", () => {
    expect(roles("Tags Syria Hama Islamic State US coalition A Turkish airstrike killed at least 14 civilians trying to flee on Friday.")).toEqual([
      "title: Report",
      "chrome: Tags Syria Hama Islamic State US coalition",
      "body: A Turkish airstrike killed at least 14 civilians trying to flee on Friday."
    ])
  })
})

describe("segmentArticle: a section headline whose full stop was lost", () => {
  it("cuts 'injuring 3 civilians In the same context ...' into a headline and its section's first sentence", () => {
    const segs = segmentArticle(
      "Bulletin",
      "Terrorists fire explosive ammunition on Damascus injuring 3 civilians In the same context three civilians were injured in al-Sinaa."
    )
    expect(segs.filter((x) => x.role !== "title").map((x) => [x.role, x.text])).toEqual([
      ["subhead", "Terrorists fire explosive ammunition on Damascus injuring 3 civilians"],
      ["body", "In the same context three civilians were injured in al-Sinaa."]
    ])
  })
  it("leaves prose alone", () => {
    const segs = segmentArticle("Report", "The army said that at least 12 people were killed in the town.")
    expect(segs.filter((x) => x.role !== "title").map((x) => x.role)).toEqual(["body"])
  })
})

describe("section headlines whose full stop the page lost (round 7)", () => {
  it("cuts a headline with a bare participle or a figure before 'In the same context', 'Meanwhile', 'The', 'Terrorists'", () => {
    expect(roles("Woman killed in mortar attack on Jaramana In the same context two men were hurt in Dweila.").slice(1, 2)).toEqual([
      "subhead: Woman killed in mortar attack on Jaramana"
    ])
    expect(roles("Four civilians injured in rocket attack on al-Suryan Terrorists fired 3 rockets on al-Suryan.").slice(1, 2)).toEqual([
      "subhead: Four civilians injured in rocket attack on al-Suryan"
    ])
    expect(roles("More than 300 casualties in Homs The monitor said the bombing went on.").slice(1, 2)).toEqual(["subhead: More than 300 casualties in Homs"])
  })
  it("leaves prose, a name and a date where they are", () => {
    expect(roles("Two men were killed in Dweila Meanwhile shells fell on Jobar.").slice(1)).toEqual([
      "body: Two men were killed in Dweila Meanwhile shells fell on Jobar."
    ])
    expect(roles("The toll reached 40 civil defence sources told The New Arab.").slice(1)).toEqual([
      "body: The toll reached 40 civil defence sources told The New Arab."
    ])
    expect(roles("5 killed in Idlib blast SOHR October 13 2016 The blast hit a market.").slice(1, 2)).not.toEqual([
      "subhead: 5 killed in Idlib blast SOHR October 13 2016"
    ])
  })
})

describe("a headline echoed at the top of the body (round 18)", () => {
  it("finds the echo of a title that carries its site's trail, and cuts the wire byline after it", () => {
    const title = "Air raid on camp kills 12 NGO - Region - World - Ahram Online"
    const body =
      "Air raid on camp kills 12 NGO AFP Wednesday 18 Jun 2014 Army helicopter fire killed 12 people on Wednesday in a camp near the border a monitoring group said."
    expect(segmentArticle(title, body).map((x) => `${x.role}: ${x.text}`)).toEqual([
      `title: ${title}`,
      "echo: Air raid on camp kills 12 NGO",
      "chrome: AFP Wednesday 18 Jun 2014",
      "body: Army helicopter fire killed 12 people on Wednesday in a camp near the border a monitoring group said."
    ])
  })
  it("reads the lead as a sentence of its own: one claim for the headline, one for the lead, its source the lead's", () => {
    const claims = extractClaims({
      title: "88 dead in two days of clashes in Daraa Monitor - Region - World - Ahram Online",
      body: "88 dead in two days of clashes in Daraa Monitor AFP Saturday 26 Apr 2014 At least 88 fighters have been killed in two days of clashes in Daraa province a monitoring group said Saturday.",
      published: PUB,
      outlet: "test"
    }).filter((c) => c.kind === "quantity")
    expect(claims.map((c) => [c.min, c.quote.slice(0, 16)])).toEqual([
      [88, "88 dead in two d"],
      [88, "At least 88 figh"]
    ])
  })
  it("leaves a body that does not echo the title as it was", () => {
    expect(roles("Shelling - Region - World killed two people in Homs.")).toEqual([
      "title: Report",
      "body: Shelling - Region - World killed two people in Homs."
    ])
  })
})

describe("a page's share widget (round 18)", () => {
  it("cuts 'Get short URL' and its count off the lead, so the count is no toll", () => {
    expect(roles("20.04.2017(updated 1618 20.04.2017) Get short URL 215 The death toll surpasses 130 people.")).toEqual([
      "title: Report",
      "body: 20.04.2017(updated 1618 20.04.2017)",
      "chrome: Get short URL 215",
      "body: The death toll surpasses 130 people."
    ])
    // (the widget's counters before a figure of the report, glued to the date before them)
    expect(roles("09.04.2017Get short URL 0 85 12 Daesh terrorists were killed near Raqqa.").slice(1)).toEqual([
      "body: 09.04.2017",
      "chrome: Get short URL 0 85",
      "body: 12 Daesh terrorists were killed near Raqqa."
    ])
  })
})

describe("an inline link to another story (round 20)", () => {
  const tail =
    " The opposition fighters launched a counteroffensive last week breaching the siege. During the day Friday airstrikes hit a market in the town of Urem al-Kubra killing at least six people according to the Syrian Observatory for Human Rights."
  it("cuts the linked headline alone, and the report after it still yields its figures", () => {
    const out = roles(`Airstrikes hit a hospital in Kafr Hamra. Read more here Syrian miracle baby saver killed in Aleppo${tail}`)
    expect(out).toContain("chrome: Read more here Syrian miracle baby saver killed in Aleppo")
    const claims = extractClaims({ title: "Report", body: `Read more here Syrian miracle baby saver killed in Aleppo${tail}`, published: PUB, outlet: "t" })
    expect(claims.filter((c) => c.kind === "quantity").map((c) => [c.metric, c.min, c.source])).toEqual([["killed", 6, "SOHR"]])
  })
  it("ends the headline where a capital follows a verb or a year ('... UN official pleads Outside ...', '... in 2017 Raqqa has ...')", () => {
    const a = roles(
      `Read also Stop draining the blood of Syrians UN official pleads Outside Damascus meanwhile at least eight people were killed on Thursday in government shelling on Douma the Observatory said.${tail}`
    )
    expect(a).toContain("chrome: Read also Stop draining the blood of Syrians UN official pleads")
    const b = roles(`Read also September deadliest month for Syrians in 2017 Raqqa has faced water shortages for months.${tail}`)
    expect(b).toContain("chrome: Read also September deadliest month for Syrians in 2017")
  })
  it("still reads a link near the end of the page, and 'Related' lists, as the end of the report", () => {
    expect(roles("Two people were killed in Homs. Read Also Five killed in Daraa shelling").slice(-1)).toEqual([
      "chrome: Read Also Five killed in Daraa shelling"
    ])
    const related = roles(`Two people were killed in Homs. Related Five killed in Daraa shelling${tail}`).slice(2)
    expect(related[0]).toMatch(/^chrome: Related Five killed/)
    expect(related.every((x) => x.startsWith("chrome: "))).toBe(true)
  })
})

describe("a lead printed twice without a full stop between (round 20)", () => {
  it("reads each copy as a sentence, the first taking its speaker from the second", () => {
    const lead = "The spokesman for Al-Nusra Front his son and 20 other terrorists were killed in air strikes Sunday in the northeast of the country"
    const claims = extractClaims({ title: "Report", body: `${lead} ${lead} a monitor group said.`, published: PUB, outlet: "t" })
    expect(claims.filter((c) => c.kind === "quantity").map((c) => [c.min, c.source])).toEqual([
      [20, "SOHR"],
      [20, "SOHR"]
    ])
  })
})

describe("tag lists (round 21)", () => {
  it("opens the clause on a number word even when a capitalised word follows it", () => {
    expect(roles("Tags Aleppo Syria Hizbollah Four Hizballah members were reportedly killed in Syria.").slice(1)).toEqual([
      "chrome: Tags Aleppo Syria Hizbollah",
      "body: Four Hizballah members were reportedly killed in Syria."
    ])
  })
})

describe("a list of related links (review)", () => {
  it("cuts to the end where another link follows the first one's headline", () => {
    const body =
      "Two people were killed in Homs on Monday. Read more Air strikes kill 20 civilians in Idlib province Read more Russian jets kill 12 people in Aleppo market Read more Regime shelling kills 7 children in Douma Read more Turkey says 30 Kurdish fighters killed in Afrin Read more UN warns of catastrophe in Ghouta"
    const claims = extractClaims({ title: "Report", body, published: PUB, outlet: "t" })
    expect(claims.filter((c) => c.kind === "quantity").map((c) => c.min)).toEqual([2])
  })
})

describe("segmentArticle: round 23, a related-links list near the top of a page", () => {
  const roles = (title: string, body: string) => segmentArticle(title, body).map((s) => [s.role, s.text.slice(0, 40)])
  it("resumes the report at its lead after the list, instead of cutting the rest of the page", () => {
    const body =
      "AFP Friday 15 Aug 2014 Print Tweet Views 458 Related Lebanon charges 43 Syrians with belonging to terrorist groups Morocco busts jihadist recruitment network At least 22 people were killed Friday when a car bomb exploded in Daraa the Syrian Observatory for Human Rights said. In northern Syria the Observatory reported 10 people killed in Aleppo."
    const out = roles("32 killed in Syrias Daraa Aleppo NGO", body)
    expect(out).toContainEqual(["body", "At least 22 people were killed Friday wh"])
    expect(out).toContainEqual(["body", "In northern Syria the Observatory report"])
    expect(out.filter(([role]) => role === "chrome").map(([, t]) => t)).toContainEqual("Related Lebanon charges 43 Syrians with ")
  })
  it("still cuts a list at the end of a page to the end", () => {
    const body = `${"Shells hit the Old City of Aleppo on Monday killing four people the Observatory said. ".repeat(6)}Related Lebanon charges 43 Syrians At least 22 people were killed in Daraa.`
    expect(roles("Shells hit Aleppo", body).at(-1)![0]).toBe("chrome")
  })
})

describe("segmentArticle: a heading on a line of its own (round 29)", () => {
  it("reads a short line between paragraphs as a section heading, not a sentence", () => {
    expect(roles("By Jane Doe\n\nShelling hit Homs on Monday.\n\nHama countryside\n\nTwo men were killed in Kafr Nabudah.")).toEqual([
      "title: Report",
      "body: By Jane Doe",
      "body: Shelling hit Homs on Monday.",
      "heading: Hama countryside",
      "body: Two men were killed in Kafr Nabudah."
    ])
  })
  it("reads one with a figure as the section's headline, and keeps a line with a stop or more than six words as the report's", () => {
    const third = (line: string) => roles(`Shelling hit Homs.\n\n${line}\n\nTwo men were killed in Hama.`)[2]
    expect(third("Three killed in Hama")).toBe("subhead: Three killed in Hama")
    expect(third("3 killed in Hama")).toBe("subhead: 3 killed in Hama")
    for (const line of ["Clashes went on.", "Fighting in the north of the province went on all day"]) expect(third(line)).toBe(`body: ${line}`)
  })
})

describe("segmentArticle: an embedded video's title is page chrome (202)", () => {
  it("reads a line ending in '- YouTube' as no sentence of the report", () => {
    const segments = segmentArticle(
      "Report",
      "Jets struck Idlib on Tuesday. Suspected gas attack on rebel-held Idlib kills at least 58 - YouTube Source TRTWorld and agencies. Rescuers searched the rubble."
    )
    expect(segments.find((x) => x.text.includes("YouTube"))?.role).toBe("chrome")
    expect(segments.filter((x) => x.role === "body").map((x) => x.text)).toContain("Jets struck Idlib on Tuesday.")
  })
})

describe("segmentArticle: a roundup's section line headed by its place (203)", () => {
  it("reads 'Damascus: Hunger in Yarmouk' on a line of its own as its section's headline", () => {
    const segments = segmentArticle(
      "News Update",
      "Here are today's top stories.\n\nDamascus: Hunger in Yarmouk\n\nResidents of the besieged camp said conditions were catastrophic.\n\nEnd."
    )
    expect(segments.find((x) => x.text.startsWith("Damascus:"))?.role).toBe("subhead")
  })
  it("leaves a speaker's words after a colon, and a row of figures, in the body", () => {
    const segments = segmentArticle("Report", "Lead.\n\nThe ministry said: Terrorists shelled the town\n\nAleppo: 712\n\nEnd.")
    expect(segments.filter((x) => x.role === "subhead" || x.role === "heading").map((x) => x.text)).toEqual([])
  })
})

describe("segmentArticle: 'the Free ...' is a name, no headline's verb (208)", () => {
  it("keeps 'According to the Free Aleppo Health Directorate 31 civilians ...' one body sentence", () => {
    expect(roles("According to the Free Aleppo Health Directorate 31 civilians among them 9 children have been killed since Sunday.")).toEqual([
      "title: Report",
      "body: According to the Free Aleppo Health Directorate 31 civilians among them 9 children have been killed since Sunday."
    ])
  })
})
