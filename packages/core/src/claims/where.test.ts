import { describe, expect, it } from "vitest"
import { extractClaims } from "./extract.js"
import { findPlaces, placeById } from "./gazetteer.js"
import { claimPlaces, governorateOf, inSyria, placedInside, unlistedPlaces } from "./where.js"

/** published Wednesday 2016-11-16 */
const PUB = Date.parse("2016-11-16T12:00:00Z")
const places = (body: string, title = "Report") =>
  extractClaims({ title, body, published: PUB, outlet: "test" })
    .filter((c) => c.kind === "quantity")
    .map((c) => `${c.min} ${c.where}`)

describe("where: round 5", () => {
  it("takes no place from a page's date stamp and dateline, nor from an organisation's seat", () => {
    expect(places("Last updated at Jan 202015 Beirut Air strikes on Tuesday killed at least 39 people in Idlib a monitor said.")).toEqual(["39 Idlib"])
    expect(places("Shelling hit Saraqeb. The Istanbul-based commission reported 15 deaths.")).toEqual(["15 Saraqeb, Idlib"])
  })
  it("gives a war-sized toll naming no place to the country, but a besieged population to the place told", () => {
    expect(places("Barrel bombs killed 12 people in Saraqeb. The war has caused the death of more than 200000 people.")).toEqual([
      "12 Saraqeb, Idlib",
      "200001 Syria"
    ])
    expect(places("Shells hit eastern Aleppo on Monday. More than 100000 civilians remain trapped.")).not.toContain("100001 Syria")
  })
})

describe("where: places the first round misread on unseen text (round 2)", () => {
  it("reads a country only where something happened in it, not as a modifier ('Al-Qaeda's Syria branch')", () => {
    expect(places("Shelling hit Jisr al-Shughur on Monday. Al-Qaedas Syria branch said 9 fighters died there.")).toEqual(["9 Jisr al-Shughur, Idlib"])
    expect(places("Nine fighters were killed in northern Syria on Monday.")).toEqual(["9 northern Syria"])
  })
  it("never takes a place in the speaker's name for where the harm was", () => {
    expect(places("The defence ministry in Moscow said 40 fighters were killed in Syria.")).toEqual(["40 Syria"])
  })
  it("reads 'east of Damascus' and 'the Damascus suburbs' as the countryside around the capital", () => {
    expect(places("Raids killed 10 people in rebel areas east of Damascus on Monday.")).toEqual(["10 Rif Dimashq"])
    expect(places("Raids killed 7 people in the Damascus suburbs on Monday.")).toEqual(["7 Rif Dimashq"])
  })
  it("places a landmark named after a town before the town it is measured from", () => {
    expect(places("A bomb hit the Atmeh crossing west of Aleppo killing 12 people.")).toEqual(["12 Atmeh, Idlib"])
  })
  it("does not move the story to a town named only as a reference point", () => {
    expect(
      places(
        "Strikes hit Tokhar killing 5 civilians on Monday. The strikes hit villages near the stronghold of Manbij. Another 3 civilians died of their wounds."
      )
    ).toEqual(["5 Tokhar, Aleppo", "3 Tokhar, Aleppo"])
  })
  it("does not take a toll for the whole war's just because the war is named", () => {
    expect(places("A car bomb that brought the civil war to Jableh killed 9 people on Monday.")).toEqual(["9 Jableh, Lattakia"])
    expect(places("The war has killed more than 300000 people.")).toEqual(["300001 Syria"])
  })
  it("places a toll over many months naming no place in the country, not in the last incident's town", () => {
    expect(places("Warplanes killed 4 people in Douma on Monday. The monitor has documented the deaths of 900 civilians over the past year.")).toEqual([
      "4 Douma, Rif Dimashq",
      "900 Syria"
    ])
  })
  it("takes the story's place told before a sentence, or the headline's, before one told after it", () => {
    expect(
      places("Three soldiers were killed in clashes on Monday. Earlier this month the group attacked Palmyra.", "Kurdish forces advance on Raqqa")
    ).toEqual(["3 Raqqa"])
  })
  it("refines 'in Syria' by the restatement that names the town", () => {
    expect(places("A drone strike killed 8 fighters in Syria on Monday. The drone hit a position near the town of Sukhna killing 8 fighters.")).toEqual([
      "8 al-Sukhnah, Homs",
      "8 al-Sukhnah, Homs"
    ])
  })
})

describe("when: a restated figure is dated by the incident it restates (round 2)", () => {
  it("does not give a restatement the date of another incident told in between", () => {
    const claims = extractClaims({
      title: "Report",
      body: 'A car bomb killed four people in Jableh on Sunday. The attack came as troops executed 48 people in Rityan earlier this week. "Four people were killed in the attack" said the monitor.',
      published: PUB,
      outlet: "test"
    }).filter((c) => c.kind === "quantity")
    expect(claims.map((c) => `${c.min} ${c.when?.from}..${c.when?.to}`)).toEqual([
      "4 2016-11-13..2016-11-13",
      "48 2016-11-14..2016-11-16",
      "4 2016-11-13..2016-11-13"
    ])
  })
})

describe("where: round 3", () => {
  it("reads a neighbourhood the gazetteer knows only in another city as the report's city's namesake", () => {
    // al-Hamidiyeh is listed in Damascus, Homs and Deir ez-Zor, not Aleppo
    expect(places("Rockets hit al-Hamidiyeh neighborhood on Monday killing 4 people.", "Rocket attacks on Aleppo city")).toEqual(["4 al-Hamidiyeh, Aleppo"])
    // ... a report on a governorate is about its capital's streets, and a city the text names itself wins
    expect(places("The blast hit the neighbourhood of Salihiah killing 6 people.", "Bomb in Syria's Hasakeh")).toEqual(["6 al-Salihiyeh, Hasaka"])
    expect(places("Shells hit al-Salihiyeh in Damascus killing 3 people.", "Rocket attacks on Aleppo city")).toEqual(["3 al-Salihiyeh, Damascus"])
  })
  it("prefers a landmark or reference point to the whole country: 'near the Bab al-Salama crossing in northern Syria'", () => {
    expect(places("A car bomb killed 11 people near a checkpoint close to the Bab al-Salama crossing in northern Syria.")).toEqual([
      "11 Bab al-Salameh, Aleppo"
    ])
  })
})

describe("where: the story's place (round 3)", () => {
  it("takes no country from the speaker's name: 'Activists in Syria reported ...'", () => {
    expect(places("Barrel bombs hit the camp near Atmeh on Monday. Activists in Syria reported that at least 20 people died.")).toEqual(["20 Atmeh, Idlib"])
  })
  it("does not move the story to a place told as background ('had previously accused')", () => {
    expect(
      places(
        "Shells hit al-Waer on Monday killing 3 people. Residents of Daraya had previously accused the army of using napalm. The shelling also wounded 12 people in the neighbourhood."
      )
    ).toEqual(["3 al-Waer, Homs", "12 al-Waer, Homs"])
  })
})

describe("claimPlaces: where the shells fell, not where they were fired from", () => {
  it("names no place for a sentence naming only the attackers' position, so the incident's place carries", () => {
    expect(claimPlaces("The terrorists who are positioned in Eastern Ghouta targeted the two neighborhoods injuring three people", [])).toEqual([])
    expect(claimPlaces("Terrorists positioned in Eastern Ghouta fired shells on Jobar injuring three", []).map((p) => p.name)).toEqual(["Jobar"])
  })
  it("ends 'fired from X' at the verb or preposition that says where the fire went ('from Afrin hit Reyhanli')", () => {
    expect(claimPlaces("Rockets fired from Afrin hit Reyhanli killing one civilian", []).map((p) => p.name)).toEqual(["Reyhanlı"])
    expect(claimPlaces("Rebels have also fired from the region into Damascus killing several people", []).map((p) => p.name)).toEqual(["Damascus"])
    expect(claimPlaces("Shells fired from positions in Jobar fell on Bab Touma killing two", []).map((p) => p.name)).toEqual(["Bab Touma"])
    // (the firing side named between: "fired by the terrorists from Afrin")
    expect(claimPlaces("rockets fired by the terrorists from Afrin hit the Reyhanli district on Tuesday killing one civilian", []).map((p) => p.name)).toEqual([
      "Reyhanlı"
    ])
  })
})

describe("claimPlaces: where evacuees came from is not where the harm met them", () => {
  it("sets aside 'evacuees from the towns of Foua and Kefraya' when the sentence names where it happened", () => {
    expect(
      claimPlaces("The explosion took place at a transit point in Rashideen as thousands of evacuees from the towns of Foua and Kefraya waited", []).map(
        (p) => p.name
      )
    ).toEqual(["al-Rashidin"])
  })
})

describe("where: round 7", () => {
  it("places a headline's toll before 'more casualties reported in ...', which is another clause", () => {
    expect(places("Rockets hit the city.", "Toll from rocket attacks on Homs rises to 9 more casualties reported in Hama and Idleb")[0]).toBe("9 Homs")
  })
})

describe("where: a place acting for its government", () => {
  it("reads a city that intervenes, denies or accuses as its government, not as where the harm was", () => {
    expect(places("Russian airstrikes have killed 3000 civilians in Syria since Moscow intervened in September 2015.")).toEqual(["3000 Syria"])
    expect(places("Russia said Belgian jets killed six civilians in Aleppo but the claim was swiftly denied by Brussels.")).toEqual(["6 Aleppo"])
  })
  it("reads a city owning warplanes or troops as its government, and keeps one owning districts", () => {
    expect(places("Air strikes on rebel-held towns in Syria killed at least 18 civilians as troops advanced backed by Moscow's warplanes.")).toEqual([
      "18 Syria"
    ])
    expect(places("Shelling killed five people in Aleppo's eastern districts.")).toEqual(["5 Aleppo"])
  })
  it("reads a capital opening the sentence with a participle as its government", () => {
    expect(places("Rockets hit Zamalka. Moscow urging an objective inquiry said 40 people died because of rebel provocation.")).toEqual([
      "40 Zamalka, Rif Dimashq"
    ])
  })
  it("reads where a speaker abroad spoke as no place of the harm", () => {
    expect(places("Investigators said in Geneva on Wednesday that at least 100000 civilians were still trapped in Raqqa.")).toEqual(["100000 Raqqa"])
    expect(places("Investigators said in Geneva on Wednesday that at least 100000 civilians were still trapped inside the city.")).toEqual(["100000 null"])
  })
  it("keeps a city that is hit, or that places the people who accuse", () => {
    expect(places("Residents of Madaya accused the regime after 12 people were killed by sniper fire.")).toEqual(["12 Madaya, Rif Dimashq"])
    expect(places("Shelling on Aleppo killed 12 civilians on Monday.")).toEqual(["12 Aleppo"])
  })
})

describe("where: round 19, a capital accused, blamed or urged is its government", () => {
  it("does not place harm in the capital a government is accused in the name of", () => {
    expect(
      places("An attack on aid trucks killed around 20 civilians on Monday after Washington accused Moscow of responsibility.", "Aid convoy hit in Aleppo")
    ).toEqual(["18 Aleppo"])
    // (a city the harm was in stays a place)
    expect(places("Shelling killed 12 civilians in Damascus on Monday.")).toEqual(["12 Damascus"])
  })
})

describe("round 24: places abroad that only see the war", () => {
  it("does not place a toll in the city where the Security Council met", () => {
    expect(
      places("With the death toll estimated between 500 and 1300 the gas attack prompted an emergency meeting of the Security Council in New York.").join("; ")
    ).not.toContain("New York")
  })
  it("does not place harm in a capital the war matters to ('the deadliest incident for Moscow')", () => {
    expect(
      places(
        "A Russian military helicopter was shot down over Syria on Monday killing all five people on board in the single deadliest incident for Moscow since it intervened in the war."
      ).join("; ")
    ).not.toContain("Moscow")
  })
  it("still places harm abroad where it happened", () => {
    expect(places("A car bomb killed 12 people in Baghdad on Monday.").join("; ")).toContain("Baghdad")
  })
})

describe("round 24-25 review: places abroad where harm happened", () => {
  it("still places a car bomb outside a court in Istanbul in Istanbul", () => {
    expect(places("A car bomb killed 38 people outside a court in Istanbul.").join("; ")).toContain("Istanbul")
  })
})

describe("where: the countryside or suburbs of a place are a reference point", () => {
  it("places harm in the village, not the city whose countryside it is in", () => {
    expect(places("A landmine exploded in Jarez village in the countryside of Azaz city injuring six people.")).toEqual(["6 Jarez, Aleppo"])
  })
  it("places harm in the suburbs of Damascus in rural Damascus", () => {
    expect(places("Regime forces shelled the eastern suburbs of Damascus killing dozens of people.")).toEqual(["24 Rif Dimashq"])
    expect(places("Eastern suburbs of Damascus came under shelling that killed 5 people.")).toEqual(["5 Rif Dimashq"])
  })
  it("places harm in the suburbs a city's suburbs name (review)", () => {
    expect(places("Sixteen people were killed in the Damascus suburbs of Zamalka and Ain Tarma.")).toEqual(["16 Ain Tarma, Rif Dimashq"])
    expect(places("Sixteen people were killed in the northern countryside of Aleppo town of Anadan.")).toEqual(["16 Anadan, Aleppo"])
  })
  it("still places harm in the countryside of a governorate when nothing else is named", () => {
    expect(places("Two civilians were killed in the countryside of Hama.")).toEqual(["2 Hama"])
  })
})

describe("where: a list of places alike (round 29)", () => {
  it("gives the list's first place, not the one the figure stands nearest", () => {
    expect(places("Rebels fired shells on al-Midan, al-Sulaimaniyeh and the area around al-Jamiliyeh in Aleppo killing four people.")).toEqual([
      "4 al-Midan, Aleppo"
    ])
    expect(places("Jets bombed the towns of Saraqeb and Binnish in Idlib killing 7 civilians.")).toEqual(["7 Saraqeb, Idlib"])
  })
  it("keeps each figure's own place where a figure stands between them", () => {
    expect(places("Nine were killed in Saraqeb and two in Binnish.")).toEqual(["9 Saraqeb, Idlib", "2 Binnish, Idlib"])
  })
})

describe("unlistedPlaces", () => {
  it("places a name the words mark as a place in the governorate of a listed place right after it, or in Syria", () => {
    const s = "Jets struck the village of Kafr Zeitoun near Khan Sheikhoun and the Rahma camp."
    const places = unlistedPlaces(s, findPlaces(s), () => null)
    expect(places.map((p) => p.display)).toEqual(["Kafr Zeitoun, Idlib", "Rahma camp"])
    expect(places.every(inSyria)).toBe(true)
    expect(placeById(places[0]!.id)?.parent).toBe(governorateOf(findPlaces("Idlib")[0]!))
  })
  it("reads nothing from words that name no place, a listed name, or a list run together", () => {
    for (const s of [
      "Casualties: 12 killed",
      "the area of Aleppo",
      "the villages of Qoraa Kabireh Bibkar",
      "between the villages of Qajar and Zara",
      "the Turkish camp"
    ])
      expect(unlistedPlaces(s, findPlaces(s), () => null)).toEqual([])
  })
})

describe("placedInside (197)", () => {
  it("puts a place the text says lies inside another there, where the gazetteer's of that name lies elsewhere", () => {
    const s = "A motorcycle was detonated in al-Mshairfeh residential neighborhood in Hasaka city, injuring three."
    expect(placedInside(s, findPlaces(s)).map((p) => p.display)).toEqual(["al-Mshairfeh, Hasaka", "Hasaka"])
  })
  it("leaves a governorate's capital where it is", () => {
    const s = "Fighters from Aleppo of Deir ez-Zor were killed."
    expect(placedInside(s, findPlaces(s)).map((p) => p.display)).toEqual(findPlaces(s).map((p) => p.display))
  })
})

describe("the countries next to Syria as places (205)", () => {
  const where = (body: string) =>
    extractClaims({ title: "Report", body, published: Date.parse("2017-06-01T12:00:00Z"), outlet: "test" })
      .filter((c) => c.kind === "quantity")
      .map((c) => c.where)
  it("places a figure told of a neighbouring country there, not in the Syrian place before it", () => {
    expect(where("Shelling killed four people in Daraa on Monday. More than 950,000 Syrian refugees are registered with the UNHCR in Lebanon.")).toEqual([
      "Daraa",
      "Lebanon"
    ])
    expect(where("Shelling killed four people in Daraa on Monday. In Iraq coalition forces conducted five strikes near Mosul.").at(-1)).toBe("Mosul")
    expect(where("Shelling killed four people in Daraa on Monday. Jordan already hosts about 650000 registered Syrian refugees.").at(-1)).toBe("Jordan")
  })
  it("takes no country from a group's name, a modifier or where a group acts beside Syria", () => {
    expect(where("Jihadists of the Islamic State of Iraq and the Levant executed 700 people in Deir ez-Zor.")).toEqual(["Deir ez-Zor"])
    expect(where("Barrel bombs killed 12 Turkey-backed rebels in Aleppo province.")).toEqual(["Aleppo"])
    expect(where("At least 30 militants of the group operating in Iraq and Syria were killed in northeastern Syria.")).not.toContain("Iraq")
  })
  it("still reads a neighbour that speaks as a speaker, not a place", () => {
    const sources = extractClaims({
      title: "Report",
      body: "Turkey said its artillery killed 40 militants near Afrin on Monday.",
      published: Date.parse("2018-02-01T12:00:00Z"),
      outlet: "test"
    }).map((c) => [c.source, c.where])
    expect(sources[0]).toEqual(["Turkey", "Afrin, Aleppo"])
  })
})

describe("a whole and its part, each in its own place (205)", () => {
  const where = (body: string) =>
    extractClaims({ title: "Report", body, published: Date.parse("2018-02-07T12:00:00Z"), outlet: "test" })
      .filter((c) => c.kind === "quantity")
      .map((c) => `${c.min} ${c.where}`)
  it("places a toll across a region in the region, not in the town its part is placed in", () => {
    expect(
      where("The Observatory said airstrikes killed at least 30 civilians across eastern Ghouta on Tuesday, including 11 in the town of Beit Sawa.")[0]
    ).toBe("30 Eastern Ghouta, Rif Dimashq")
  })
  it("keeps the whole's place told before its figure against places of another clause after the part", () => {
    expect(
      where("The death toll in the besieged Eastern Ghouta rose to 23 civilians, including 6 children, after shelling on the towns of Misraba and Douma.")[0]
    ).toBe("23 Eastern Ghouta, Rif Dimashq")
  })
  it("takes no place across a photo caption's brackets or from a dateline abroad", () => {
    expect(
      where(
        "A fighter runs in the northeastern city of Hasakeh on Monday (AFP photo) BEIRUT Thirteen civilians among them seven children were killed in raids on the northern province of Aleppo."
      )[0]
    ).toBe("13 Aleppo")
  })
})

describe("the one told is a listener, not a place (205)", () => {
  it("does not place a figure in al-Mayadin because a source told Al Mayadeen", () => {
    const where = extractClaims({
      title: "Report",
      body: "Strikes hit Zabadani on Monday. A Syrian military source told Al Mayadeen that 114 gunmen had been killed since Saturday.",
      published: Date.parse("2015-07-09T12:00:00Z"),
      outlet: "test"
    })
      .filter((c) => c.kind === "quantity")
      .map((c) => c.where)
    expect(where).toEqual(["Zabadani, Rif Dimashq"])
  })
})

describe("a city abroad opening the sentence, right before who speaks there (209)", () => {
  it("reads 'In Washington, the Pentagon said ...' as where the speaker spoke, not where the harm was", () => {
    expect(places("In Washington, the Pentagon said its jets had killed 14 militants near Hajin.")).toEqual(["14 Hajin, Deir ez-Zor"])
    expect(places("In Brussels, EU officials said the aid would go to Syria's neighbours, which host more than 1.6 million refugees.")).toEqual([
      "1600001 Syria"
    ])
  })
  it("keeps a city in Syria, and a city abroad that is not right before the speaker", () => {
    expect(places("In Aleppo, activists said shelling killed 12 people.")).toEqual(["12 Aleppo"])
    expect(places("A car bomb killed 10 people in Beirut, police said.")).toEqual(["10 Beirut"])
  })
})

describe("the whole country named before the toll (209)", () => {
  it("places a toll after 'Across Syria' opening the sentence, or after 'for the whole country', in Syria", () => {
    expect(
      places(
        "Shelling killed 12 in Salaheddine. Across Syria the Local Coordination Committees said at least 110 people were killed on Sunday, including 45 in Aleppo province."
      )
    ).toEqual(["12 Salaheddine, Aleppo", "110 Syria"])
    expect(places("Shelling killed 12 in Salaheddine. By evening the commission raised its count for the whole country to 57 dead.")).toEqual([
      "12 Salaheddine, Aleppo",
      "57 Syria"
    ])
  })
  it("keeps the place of a toll told after other words about the country", () => {
    expect(places("Across Syria's north, aid is scarce. In Saraqeb, air strikes killed 9 people.")).toEqual(["9 Saraqeb, Idlib"])
  })
})

describe("no place in a group's name or a number before 'camp' (209)", () => {
  it("reads no place in 'Jaysh al-Izza' or in 'Two camp residents'", () => {
    expect(places("Jaysh al-Izza said its fighters killed 12 soldiers.")).toEqual(["12 null"])
    expect(places("Two camp residents were killed.")).toEqual(["2 null"])
  })
})

describe("another side's attack after the figure's own place is another clause (209)", () => {
  it("places 'killed two in Homs as regime jets pounded Yabroud' in Homs, and the harm of the attack it names at its target", () => {
    expect(places("Rockets from Syria killed two people in Homs as regime jets pounded Yabroud.")).toEqual(["2 Homs"])
    expect(places("Two people were killed as regime forces attacked the village of Kinsabba.")).toEqual(["2 Kinsabba, Lattakia"])
    expect(places("Five civilians were killed in Idlib province as Russian jets struck the town of Saraqeb.")).toEqual(["5 Saraqeb, Idlib"])
  })
})

describe("refugees counted where they are hosted (209)", () => {
  it("places 'Jordan, which already hosts about 650,000 registered Syrian refugees' in Jordan", () => {
    expect(places("Jordan, which already hosts about 650,000 registered Syrian refugees, has closed its border near Daraa.")).toEqual(["585000 Jordan"])
    expect(places("Turkey already hosts more than 1.3 million Syrian refugees.")).toEqual(["1300001 Turkey"])
  })
  it("keeps a camp's place", () => {
    expect(places("The Ein Issa camp near Raqqa hosts more than 14,000 people.")).not.toContain("14001 Turkey")
  })
})

describe("where the fire came from, named at length (210)", () => {
  it("reads a mortar round 'fired from IS positions east of Kobani' that 'landed in Mursitpinar' as Mursitpinar's", () => {
    const places = extractClaims({
      title: "Report",
      body: "A mortar round fired from IS positions east of Kobani landed in Mursitpinar, wounding two civilians.",
      published: Date.parse("2014-10-06T12:00:00Z"),
      outlet: "test"
    }).map((c) => c.where)
    expect(places.some((p) => p?.includes("Kobani"))).toBe(false)
  })
})
