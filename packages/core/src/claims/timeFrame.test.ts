import { describe, expect, it } from "vitest"
import { extractClaims } from "./extract.js"

/** published Friday 2016-11-18 */
const PUB = Date.parse("2016-11-18T12:00:00Z")
const whens = (body: string, title = "Shelling in Aleppo") =>
  extractClaims({ title, body, published: PUB, outlet: "test" })
    .filter((c) => c.kind === "quantity")
    .map((c) => [c.metric, c.min, c.when === null ? null : c.when.from === c.when.to ? c.when.from : `${c.when.from}..${c.when.to}`])

describe("time frame: undated claims inherit the incident's date", () => {
  it("carries the date of the incident to the sentences that go on telling it", () => {
    expect(
      whens(
        "Terrorists on Friday targeted the cities of Damascus and Aleppo with rocket shells. A source at Damascus Police Command said a shell killed 4 people. SANA reporter said 3 citizens were injured."
      )
    ).toEqual([
      ["killed", 4, "2016-11-18"],
      ["injured", 3, "2016-11-18"]
    ])
  })
  it("does not date the headline from the body", () => {
    expect(whens("Rockets hit Aleppo on Friday killing 6.", "6 killed in Aleppo")).toEqual([
      ["killed", 6, null],
      ["killed", 6, "2016-11-18"]
    ])
  })
  it("drops the frame when the story moves to another time", () => {
    expect(
      whens(
        "Air strikes killed 13 people on Thursday. Russia and the US reached a deal on September 9. The deal collapsed after an aid convoy was attacked, killing 20 volunteers."
      )
    ).toEqual([
      ["killed", 13, "2016-11-17"],
      ["killed", 20, null]
    ])
  })
  it("keeps the frame past a background window in a sentence about the same fighting", () => {
    expect(
      whens(
        "Activists said 55 people were killed on Tuesday. Al-Waer was also bombarded heavily despite an agreement in September. Activists reported 10 missile strikes."
      )
    ).toEqual([
      ["killed", 55, "2016-11-15"],
      ["strikes", 10, "2016-11-15"]
    ])
  })
  it("stretches the window to publication for 'so far' and the present perfect", () => {
    expect(
      whens("At least 30 air strikes hit the east on Thursday. SOHR said at least 14 have died so far. The media centre said 20 people have been killed.")
    ).toEqual([
      ["strikes", 30, "2016-11-17"],
      ["killed", 14, "2016-11-17..2016-11-18"],
      ["killed", 20, "2016-11-17..2016-11-18"]
    ])
  })
  it("never dates a population under siege from the frame", () => {
    expect(whens("Strikes killed 9 civilians on Friday. Some 250000 civilians remain besieged in the east.")).toEqual([
      ["killed", 9, "2016-11-18"],
      ["trapped", 225000, null]
    ])
  })
  it("leaves an event told as 'Earlier' undated, but not a report told so", () => {
    expect(whens("A family of 6 persons fled the east on Friday. Earlier 10 people fled the eastern neighborhoods.")[1]).toEqual(["displaced", 10, null])
    expect(whens("Shells hit the town on Friday. Earlier the reporter noted that a shell killed 2 children.")).toEqual([["killed", 2, "2016-11-18"]])
  })
  it("starts 'since then' where the last 'since' window started", () => {
    expect(whens("Syria has been locked in a civil war since early 2011. Since then more than 250000 people have been killed.")).toEqual([
      ["killed", 250001, "2011-03-15..2016-11-18"]
    ])
  })
  it("dates an undated figure from a later restatement of it", () => {
    expect(whens("5 people were killed in the attack. The district was hit by a vacuum bomb on Monday leaving five people dead.")).toEqual([
      ["killed", 5, "2016-11-14"],
      ["killed", 5, "2016-11-14"]
    ])
  })
  it("does not lend the incident's date to a time named but not pinned down, a count since an undated start, or a war toll", () => {
    expect(whens("Shells hit Aleppo on Friday killing 6. Hundreds have been killed over the past few days, medics said.")[1]).toEqual(["killed", 200, null])
    expect(whens("Jets struck Manbij on Friday killing 9. The coalition said it has carried out 450 strikes since the operation began.")[1]).toEqual([
      "strikes",
      450,
      null
    ])
    expect(whens("Shells hit Aleppo on Friday killing 6. More than 300000 people have been killed in Syria's civil war.")[1]).toEqual(["killed", 300001, null])
  })
  it("dates a bulletin's section from its lead only where the lead named its place", () => {
    const body =
      "Terrorists on Friday fired shells at Damascus and Aleppo killing 5 people. Daraa In the same context 2 civilians were injured. Aleppo The source said 3 others were injured."
    expect(whens(body).map((w) => w[2])).toEqual(["2016-11-18", null, "2016-11-18"])
  })
  it("takes a date from an earlier statement of the same figure", () => {
    expect(whens("Rockets killed 7 people in Jobar on Thursday. The ministry said 7 people had been killed by the rockets.")).toEqual([
      ["killed", 7, "2016-11-17"],
      ["killed", 7, "2016-11-17"]
    ])
  })
})

describe("time frame: round 7, an incident told across sentences", () => {
  it("gives no date to a new speaker's attack in a place the incident's sentences never named, nor to what follows it", () => {
    expect(
      whens(
        "A source at Idlib Police Command said terrorists fired rocket shells on Friday on al-Qusour neighborhood injuring 4 people. 3 other civilians were injured in al-Jalaa street. Residents told the agency that mortars fell on Bustan al-Basha injuring 6 people. The wounded included 2 children."
      )
    ).toEqual([
      ["injured", 4, "2016-11-18"],
      ["injured", 3, "2016-11-18"],
      ["injured", 6, null]
    ])
  })
  it("keeps the date where the new speaker tells the attack in a place the incident named already", () => {
    expect(
      whens(
        "Shelling hit a market in the town of Kafr Batna on Friday killing 5 people. The shells hit the market as shoppers gathered in Kafr Batna. A doctor at the field clinic told AFP that shells fell on Kafr Batna wounding 20 more."
      )
    ).toEqual([
      ["killed", 5, "2016-11-18"],
      ["injured", 20, "2016-11-18"]
    ])
  })
})

describe("time frame: round 7, raids and targeting tell an incident", () => {
  it("dates the incident from 'jets on Friday raided ...' for the toll told after it", () => {
    expect(whens("Jets on Friday raided villages in the Hama countryside. Medics said 7 people were killed in the town of Kafr Zita.")).toEqual([
      ["killed", 7, "2016-11-18"]
    ])
  })
})

describe("time frame: round 7, a statement made before the incident being told", () => {
  it("gives no date to a toll said on a day before the dated incident, unless it refers back to it", () => {
    expect(
      whens(
        "Air strikes killed 9 people in Saraqib on Friday. On Wednesday the monitor said a strike in Binnish killed 6 civilians. Speaking to reporters on Wednesday the governor had also reported the attacks giving a toll of 9."
      )
    ).toEqual([
      ["killed", 9, "2016-11-18"],
      ["killed", 6, null],
      ["killed", 9, "2016-11-18"]
    ])
  })
})

describe("time frame: round 7, 'earlier on the day' in the next section", () => {
  it("dates 'Earlier on the day' and the sentence going on with it by the incident told last, across a section heading", () => {
    expect(
      whens(
        "A woman was killed in a rocket attack on al-Hamadaniyeh in Aleppo on Friday. Quneitra Earlier on the day 3 people were injured by shells on Khan Arnabeh. A source at Quneitra Police Command said that 2 shells fell on Khan Arnabeh."
      )
    ).toEqual([
      ["injured", 3, "2016-11-18"],
      ["strikes", 2, "2016-11-18"]
    ])
  })
})

describe("time frame: round 7, a campaign told over weeks", () => {
  it("dates a toll of 'the fight for X' from the campaign's start the story gave to the publication day", () => {
    expect(
      whens(
        "Kurdish fighters have been battling since October 20 to take the town of Tal Abyad. At least 90 fighters had been killed in the fight for Tal Abyad the monitor said."
      )
    ).toEqual([["killed", 90, "2016-10-20..2016-11-18"]])
  })
  it("gives the war's start to no fight: a background 'since 2011' is no campaign", () => {
    expect(whens("The war has been raging since 2011. At least 90 fighters were killed in the fight for Tal Abyad.")).toEqual([["killed", 90, null]])
  })
})

describe("time frame: round 7, more of a toll told over weeks", () => {
  it("gives 'Another N ... were also killed' the window of the campaign toll just told", () => {
    expect(
      whens(
        "Kurdish fighters have been battling since October 20 to take the town of Tal Abyad. At least 90 fighters had been killed in the fight for Tal Abyad the monitor said. Another 30 soldiers and several dozen militiamen were also killed."
      )
    ).toEqual([
      ["killed", 90, "2016-10-20..2016-11-18"],
      ["killed", 30, "2016-10-20..2016-11-18"],
      ["killed", 24, "2016-10-20..2016-11-18"]
    ])
  })
})

describe("time frame: round 9, a bulletin's day and its other incidents", () => {
  it("dates 'Earlier ...' told by a source of the incident, in a place it named, but not an account naming no one", () => {
    expect(
      whens(
        "Nine civilians were killed on Friday in rocket attacks on al-Midan and al-Sulaimaniyeh in Aleppo city. A source at Aleppo Governorate said that 5 persons were killed in al-Sulaimaniyeh after Friday prayers. Earlier a source at the Aleppo Police Command said that rebels fired shells on al-Midan killing 4 civilians."
      )
    ).toEqual([
      ["killed", 9, "2016-11-18"],
      ["killed", 5, "2016-11-18"],
      ["killed", 4, "2016-11-18"]
    ])
    expect(whens("Shells killed 4 people in al-Midan in Aleppo on Friday. Earlier 2 civilians were killed in al-Midan.")[1]).toEqual(["killed", 2, null])
  })
  it("gives no date to 'Earlier' told in another neighbourhood of the city by a new source", () => {
    expect(
      whens(
        "Rebels on Friday targeted civilians leaving the eastern neighborhoods of Aleppo city. The correspondent said shells on Masaken Hanano killed 3 civilians. Earlier a source at the Aleppo Police Command said that rebels fired shells at al-Midan neighborhood killing 2 civilians."
      )
    ).toEqual([
      ["killed", 3, "2016-11-18"],
      ["killed", 2, null]
    ])
  })
  it("gives no date to an attack the outlet tells in another province, nor to what goes on with it", () => {
    expect(
      whens(
        "A source said 6 civilians were killed by shells on al-Midan in Aleppo city on Friday. Meanwhile four civilians were killed when IS targeted neighborhoods in Deir Ezzor with shells. The attack wounded three others."
      )
    ).toEqual([
      ["killed", 6, "2016-11-18"],
      ["killed", 4, null],
      ["injured", 3, null]
    ])
    // (within one province a bulletin lists the day's strikes)
    expect(
      whens(
        "Activists said three strikes hit the market in Sarmin in Idlib on Friday killing 10 people. Jets launched strikes on Maarrat Masrin killing eight people."
      )
    ).toEqual([
      ["strikes", 3, "2016-11-18"],
      ["killed", 10, "2016-11-18"],
      ["killed", 8, "2016-11-18"]
    ])
  })
})
