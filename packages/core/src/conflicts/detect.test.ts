import { describe, expect, it } from "vitest"
import { changedBy, detectConflicts, listedIn } from "./detect.js"
import { featuresOf, featuresOfArticle, lookupKeys, markListed, needsFeatures, prepare } from "./prepare.js"
import type { ConflictClaim } from "./types.js"

const at = (iso: string): number => Date.parse(iso)

let serial = 0
/** A made-up quantity claim: killed in Idlib city on 3 May 2017, stated by the outlet itself. */
const claim = (over: Partial<ConflictClaim> = {}): ConflictClaim => {
  serial++
  // the sentence gives the figure, as a real one does
  const figure = over.qualifier === "more_than" && over.min != null ? over.min - 1 : (over.min ?? over.max ?? 10)
  return {
    id: `c${String(serial).padStart(3, "0")}`,
    articleId: `a${serial}`,
    kind: "quantity",
    metric: "killed",
    min: 10,
    max: 10,
    qualifier: "exact",
    who: "people",
    where: "Idlib",
    whereId: "sy:idlib",
    when: { from: "2017-05-03", to: "2017-05-03" },
    source: null,
    actor: null,
    action: null,
    polarity: "asserted",
    quote: `${figure} people were killed in Idlib on Wednesday.`,
    span: [100, 140],
    outlet: `outlet${serial}`,
    published: at("2017-05-03T18:00:00Z"),
    duplicateOf: null,
    storyId: `s${serial}`,
    ...over
  }
}

const atLeast = (n: number) => ({ min: n, max: null, qualifier: "at_least" as const })
const exactly = (n: number) => ({ min: n, max: n, qualifier: "exact" as const })

describe("contradiction", () => {
  it("two origins whose intervals do not meet, with a summary a person can read", () => {
    const a = claim({ ...atLeast(40), source: "SOHR", outlet: "alaraby" })
    const b = claim({ ...exactly(12), source: "SANA", outlet: "ahram" })
    const { conflicts } = detectConflicts([a, b])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({
      kind: "contradiction",
      claimIds: [a.id, b.id],
      sources: ["SOHR", "Syrian government"],
      scope: { metric: "killed", where: "Idlib", when: { from: "2017-05-03", to: "2017-05-03" }, who: "people" },
      summary: "killed in Idlib, 3 May 2017: SOHR at least 40, Syrian government 12"
    })
  })

  it("an unattributed figure is its outlet's: two outlets' own figures are two origins", () => {
    const { conflicts } = detectConflicts([claim({ ...exactly(30), outlet: "trt" }), claim({ ...exactly(8), outlet: "manar" })])
    expect(conflicts.map((c) => [c.kind, c.sources])).toEqual([["contradiction", ["manar", "trt"]]])
  })

  it("'more than 19' and '19' agree: the stated number, not N+1", () => {
    const a = claim({ min: 20, max: null, qualifier: "more_than", outlet: "alaraby" })
    const b = claim({ ...exactly(19), source: "SOHR" })
    expect(detectConflicts([a, b]).conflicts).toEqual([])
  })
})

describe("counts listed in one sentence", () => {
  // "SOHR said 9 people were killed in Idlib and 30 in Hama": each count is a part, never a whole
  const quote = "SOHR said 9 people were killed in Idlib and 30 in Hama on Wednesday."
  const idlib = claim({ ...exactly(9), source: "SOHR", articleId: "list", span: [0, quote.length], quote, outlet: "alaraby" })
  const hama = claim({
    ...exactly(30),
    source: "SOHR",
    articleId: "list",
    span: [0, quote.length],
    quote,
    where: "Hama",
    whereId: "sy:hama",
    outlet: "alaraby"
  })
  const other = claim({ ...exactly(12), where: "Hama", whereId: "sy:hama", outlet: "manar", quote: "12 people were killed in Hama on Wednesday." })
  it("are parts with their sentence's other counts at hand", () => {
    expect(detectConflicts([idlib, hama, other]).conflicts).toEqual([])
  })
  it("stay parts when a store fetches only one of them, once marked as the article was stored", () => {
    const marked = { ...hama, features: markListed(featuresOf(hama)) }
    expect(detectConflicts([marked, other]).conflicts).toEqual(detectConflicts([idlib, hama, other]).conflicts)
    // unmarked and alone, the Hama count would stand as a whole against the other outlet's
    expect(detectConflicts([hama, other]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })
  it("are found among an article's claims by listedIn", () => {
    const prepared = [idlib, hama].map((c) => prepare(c)).filter((p) => p?.type === "quantity")
    expect(listedIn([prepared as never]).size).toBe(2)
  })
})

describe("independence", () => {
  it("SOHR quoted by two outlets is one source: no conflict, however its figures differ on one day", () => {
    const a = claim({ ...exactly(4), source: "SOHR", outlet: "ahram" })
    const b = claim({ ...exactly(8), source: "the Syrian Observatory for Human Rights", outlet: "reuters" })
    expect(detectConflicts([a, b]).conflicts).toEqual([])
  })

  it("a copy adds nothing", () => {
    const a = claim({ ...exactly(40), source: "SOHR", outlet: "alaraby" })
    const copy = claim({ ...exactly(12), outlet: "copycat", duplicateOf: a.articleId })
    const result = detectConflicts([a, copy])
    expect(result.conflicts).toEqual([])
    expect(result.incidents).toHaveLength(1)
    expect(result.incidents[0]!.claimIds).toEqual([a.id])
  })

  it("state media and the army are one government; generic 'activists' are the outlet's own reporting", () => {
    const a = claim({ ...exactly(40), source: "Syrian army", outlet: "manar" })
    const b = claim({ ...exactly(12), source: "SANA", outlet: "sana" })
    const c = claim({ ...exactly(40), source: "activists", outlet: "alaraby", quote: "Activists said 40 were killed." })
    const d = claim({ ...exactly(12), outlet: "alaraby", articleId: c.articleId, quote: "Twelve people were killed in Idlib.", span: [200, 236] })
    const result = detectConflicts([a, b, c, d])
    // a and b are one origin, c and d are one origin; only across the pairs do figures disagree
    expect(result.conflicts).toHaveLength(1)
    expect(result.conflicts[0]!.sources).toEqual(["Syrian government", "alaraby (activists)"])
  })
})

describe("vague words", () => {
  it("never contradict a number inside their interval, nor one just outside it", () => {
    const dozens = { min: 24, max: 99, qualifier: "vague" as const }
    expect(detectConflicts([claim(dozens), claim(exactly(30))]).conflicts).toEqual([])
    expect(detectConflicts([claim(dozens), claim(exactly(20))]).conflicts).toEqual([])
    expect(detectConflicts([claim(dozens), claim(exactly(150))]).conflicts).toEqual([])
  })

  it("do not contradict a number well outside their interval either: the word is loose, or counts more", () => {
    expect(detectConflicts([claim({ min: 24, max: 99, qualifier: "vague", source: "SOHR" }), claim(exactly(10))]).conflicts).toEqual([])
    expect(detectConflicts([claim({ min: 200, max: 999, qualifier: "vague", source: "SOHR" }), claim(exactly(30))]).conflicts).toEqual([])
  })

  it("never diverge", () => {
    expect(detectConflicts([claim({ min: 200, max: 999, qualifier: "vague" }), claim(exactly(900))]).conflicts).toEqual([])
  })
})

describe("divergent", () => {
  it("intervals that meet but numbers more than 1.5 times apart", () => {
    const a = claim({ ...atLeast(16), source: "SOHR", quote: "Air strikes killed at least 16 civilians in Idlib." })
    const b = claim({ min: 29, max: 35, qualifier: "about", source: "local activists", outlet: "alaraby", quote: "Activists put the toll at around 32." })
    const { conflicts } = detectConflicts([a, b])
    expect(conflicts.map((c) => c.kind)).toEqual(["divergent"])
    expect(conflicts[0]!.summary).toBe("killed in Idlib, 3 May 2017: alaraby (local activists) about 32, SOHR at least 16")
  })

  it("not when the numbers are close", () => {
    expect(detectConflicts([claim({ ...atLeast(23), source: "SOHR" }), claim({ ...exactly(30), source: "LCC" })]).conflicts).toEqual([])
  })
})

describe("part and whole", () => {
  const aleppoDay = { where: "Aleppo", whereId: "sy:aleppo", when: { from: "2016-11-16", to: "2016-11-16" }, published: at("2016-11-17T09:00:00Z") }

  it("a part below its whole is no conflict (11 civilians in Sukkari, at least 15 people in Aleppo)", () => {
    const part = claim({ ...aleppoDay, ...exactly(11), who: "civilians", where: "Sukkari, Aleppo", whereId: "sy:aleppo:sukkari", source: "White Helmets" })
    const whole = claim({ ...aleppoDay, ...atLeast(15), outlet: "eaworldview" })
    expect(detectConflicts([part, whole]).conflicts).toEqual([])
  })

  it("a sub-place above its whole is", () => {
    const part = claim({ ...aleppoDay, ...exactly(20), who: "civilians", where: "Sukkari, Aleppo", whereId: "sy:aleppo:sukkari", source: "White Helmets" })
    const whole = claim({ ...aleppoDay, ...exactly(14), outlet: "sana", quote: "14 people were killed in Aleppo on Wednesday." })
    const { conflicts } = detectConflicts([part, whole])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ kind: "part_exceeds_whole", claimIds: [part.id, whole.id], scope: { where: "Aleppo", who: "people" } })
    expect(conflicts[0]!.summary).toBe("killed in Aleppo, 16 Nov 2016: White Helmets 20 civilians in Sukkari, Aleppo, above Syrian government 14 in all")
  })

  it("a sub-period above its whole is", () => {
    const day = claim({ ...exactly(30), source: "SOHR" })
    const twoDays = claim({ ...exactly(20), when: { from: "2017-05-02", to: "2017-05-03" }, outlet: "sana" })
    expect(detectConflicts([day, twoDays]).conflicts.map((c) => c.kind)).toEqual(["part_exceeds_whole"])
  })

  it("children above the people killed is, but not when the part is several times the whole (the whole then counts something else)", () => {
    const children = claim({ ...exactly(15), who: "children", source: "UN" })
    expect(detectConflicts([children, claim(exactly(12))]).conflicts.map((c) => c.kind)).toEqual(["part_exceeds_whole"])
    expect(detectConflicts([claim({ ...exactly(40), who: "children", source: "UN" }), claim(exactly(2))]).conflicts).toEqual([])
  })

  it("a whole placed by its article, not its sentence, is no whole for a narrower place (the Kremlin's five on board, SOHR's six near Ramussa)", () => {
    const part = claim({ ...aleppoDay, ...exactly(20), where: "Sukkari, Aleppo", whereId: "sy:aleppo:sukkari", source: "White Helmets" })
    const unplaced = claim({ ...aleppoDay, ...exactly(14), outlet: "sana", quote: "The ministry said 14 people were killed on Wednesday." })
    expect(detectConflicts([part, unplaced]).conflicts).toEqual([])
  })

  it("those on board a downed aircraft are a count of their own, compared only with others of those aboard", () => {
    const ramussa = claim({
      ...aleppoDay,
      ...exactly(6),
      where: "Ramouseh, Aleppo",
      whereId: "sy:aleppo:ramouseh",
      source: "SOHR",
      quote: "The observatory put the toll at six dead near Ramouseh."
    })
    const aboard = claim({
      ...aleppoDay,
      ...exactly(5),
      source: "Russian Defense Ministry",
      quote: "The Kremlin said all five people on board the helicopter downed near Aleppo were assumed dead."
    })
    expect(detectConflicts([ramussa, aboard]).conflicts).toEqual([])
    const aboard2 = claim({ ...aleppoDay, ...exactly(2), outlet: "sana", quote: "Two people aboard the helicopter shot down over Aleppo were killed." })
    expect(detectConflicts([aboard, aboard2]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("a count added to others ('another five') is only ever a part", () => {
    const total = claim({ ...atLeast(16), source: "SOHR" })
    const another = claim({ ...exactly(5), outlet: "alaraby", quote: "Another five civilians were killed in two other districts of Idlib." })
    expect(detectConflicts([total, another]).conflicts).toEqual([])
    const more = claim({ ...exactly(5), outlet: "alaraby", quote: "Air strikes on Idlib killed another five civilians on Wednesday." })
    expect(detectConflicts([total, more]).conflicts).toEqual([])
  })

  it("'killed six and injured another ten' adds the injured to the dead: ten is the injured, not a part of them", () => {
    const injured = { metric: "injured" }
    const ten = claim({
      ...injured,
      ...exactly(10),
      outlet: "nna",
      quote: "An explosion inside a bus killed six people and injured another ten in Idlib according to preliminary reports."
    })
    const nineteen = claim({ ...injured, ...exactly(19), source: "state TV", outlet: "sana", quote: "State TV said the explosion in Idlib injured 19 people." })
    expect(detectConflicts([ten, nineteen]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })
})

describe("what is not the same count", () => {
  it("a blast within a battle is a part of the battle's toll, not another count of it", () => {
    const blast = claim({
      ...atLeast(20),
      who: "fighters",
      outlet: "dailysabah",
      source: "witness",
      quote: "A witness said the opposition killed at least 20 army troops in Idlib when they blew up a tunnel under a regime post."
    })
    const battle = claim({
      ...exactly(19),
      who: "fighters",
      source: "SOHR",
      outlet: "trt",
      quote: "It also said that 19 regime fighters were killed in the fighting in Idlib."
    })
    expect(detectConflicts([blast, battle]).conflicts).toEqual([])
    // the same two figures with nothing telling them apart do disagree
    const plain = claim({
      ...atLeast(20),
      who: "fighters",
      outlet: "dailysabah",
      source: "witness",
      quote: "A witness said at least 20 army troops were killed in Idlib."
    })
    expect(detectConflicts([plain, battle]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("a sentence telling of two attacks gives each figure the cause and perpetrator of its own clause (air strikes after rebel mortars; rockets that killed 10)", () => {
    const strikes = claim({
      ...atLeast(45),
      source: "SOHR",
      outlet: "ahram",
      published: at("2017-05-03T12:00:00Z"),
      quote:
        "At least 45 people were killed in government air strikes on opposition areas around Idlib Wednesday after rebels fired dozens of mortar rounds at the city, a monitor said."
    })
    const rockets = claim({
      ...exactly(10),
      source: "SOHR",
      outlet: "reuters",
      published: at("2017-05-04T12:00:00Z"),
      quote:
        "Air force attacks are not rare but the Observatory said the barrage answered rocket attacks by insurgents on Wednesday which killed 10 people in Idlib."
    })
    expect(detectConflicts([strikes, rockets]).conflicts).toEqual([])
    // one figure per sentence, both for the strikes: SOHR's own figures moved
    const later = claim({
      ...exactly(10),
      source: "SOHR",
      outlet: "reuters",
      published: at("2017-05-04T12:00:00Z"),
      quote: "Government air strikes killed 10 people in Idlib on Wednesday, the Observatory said."
    })
    expect(detectConflicts([strikes, later]).conflicts.map((c) => c.kind)).toEqual(["revision"])
  })

  it("a figure told of a quarter the gazetteer does not know, and placed in another the article names, is only a part", () => {
    const midan = { where: "al-Midan, Aleppo", whereId: "sy:aleppo:al-midan", metric: "injured" }
    const faid = claim({ ...midan, ...exactly(8), outlet: "manar", quote: "The death toll in al-Faid neighborhood reached 3 in addition to 8 injured people." })
    const named = claim({
      ...midan,
      ...exactly(25),
      source: "SANA",
      outlet: "manar",
      quote: "Five of the dead were killed in attacks in al-Midan neighborhood which also left 25 others injured."
    })
    expect(detectConflicts([faid, named]).conflicts).toEqual([])
    const plain = claim({ ...midan, ...exactly(8), outlet: "manar", quote: "Eight people were injured in al-Midan neighborhood." })
    expect(detectConflicts([plain, named]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("a figure its sentence gives no cause takes the cause its report gives the same figure elsewhere (two attacks: a shelled bus, a chlorine barrel)", () => {
    const gas = { articleId: "gas", outlet: "trt", source: "Al-Quds hospital" }
    const told = claim({
      ...exactly(4),
      ...gas,
      span: [50, 150],
      quote: "According to the Al-Quds hospital four people died while over 50 were injured in the attack."
    })
    const cause = claim({ ...exactly(4), ...gas, span: [600, 700], quote: "The hospital had recorded four deaths from gas poisoning in Idlib." })
    const bus = claim({
      ...exactly(14),
      outlet: "tass",
      quote: "A gas tank filled with striking elements hit a passenger bus and several shells fell on the local market in Idlib killing 14."
    })
    expect(detectConflicts([told, cause, bus]).conflicts).toEqual([])
    // without the report's other sentence, nothing tells the four and the fourteen apart
    expect(detectConflicts([told, bus]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("figures for different causes on one day are different incidents", () => {
    const raids = claim({ ...exactly(15), source: "SOHR", quote: "Air raids killed 15 people in Idlib." })
    const shelling = claim({ ...exactly(3), source: "SANA", quote: "Terrorist rocket shells killed three citizens in Idlib." })
    expect(detectConflicts([raids, shelling]).conflicts).toEqual([])
  })

  it("fighters of different sides are different counts", () => {
    const is = claim({ ...atLeast(50), who: "fighters", source: "SOHR", quote: "At least 50 ISIL terrorists were killed in Idlib." })
    const kurds = claim({ ...exactly(11), who: "fighters", outlet: "manar", quote: "Eleven Kurdish fighters were killed." })
    expect(detectConflicts([is, kurds]).conflicts).toEqual([])
  })

  it("a toll over many strikes and one strike's toll are a whole and a part, not rival counts", () => {
    const many = claim({ ...exactly(31), source: "White Helmets", quote: "Regime raids in and around Idlib killed 31 civilians." })
    const one = claim({ ...exactly(10), outlet: "alaraby", quote: "Ten civilians were killed when regime airstrikes hit a bus near Idlib." })
    expect(detectConflicts([many, one]).conflicts).toEqual([])
  })

  it("a count the other sentence gives as its part ('31 ... including 10 when their bus was hit') is that part", () => {
    const whole = claim({ ...exactly(31), source: "White Helmets", quote: "Raids killed 31 civilians including 10 when their bus was hit." })
    const part = claim({ ...exactly(10), outlet: "alaraby", quote: "Ten civilians were killed on a bus." })
    expect(detectConflicts([whole, part]).conflicts).toEqual([])
  })

  it("dead said to be killed by different sides are different incidents", () => {
    const byRebels = claim({ ...exactly(4), who: "civilians", outlet: "sana", quote: "The terrorist attack killed four civilians." })
    const byJets = claim({ ...exactly(12), who: "civilians", source: "SOHR", quote: "An air strike on a clinic killed 12 civilians." })
    expect(detectConflicts([byRebels, byJets]).conflicts).toEqual([])
  })

  it("'also' and 'were among' make a part only of the figure they stand with", () => {
    const toll = claim({ ...atLeast(40), source: "SOHR" })
    const among = claim({ ...exactly(11), who: "fighters", outlet: "ahram", quote: "Twelve children and 11 fighters were among the dead." })
    expect(detectConflicts([toll, among]).conflicts).toEqual([])
    const alsoWounded = claim({ ...exactly(85), outlet: "anadolu", quote: "Anadolu put the toll at 85, adding that 50 civilians were also wounded." })
    expect(detectConflicts([claim({ ...exactly(30), source: "SOHR" }), alsoWounded]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("'N of the dead' is some of a toll told elsewhere, not a toll", () => {
    const some = claim({
      ...atLeast(10),
      source: "SOHR",
      quote: "The Syrian Observatory for Human Rights said at least 10 of the dead (including children) came in strikes just outside the hospital."
    })
    const rescuers = claim({ ...exactly(23), outlet: "dailysabah", quote: "Rescue workers responding to the attacks gave a higher toll of 23 dead." })
    expect(detectConflicts([some, rescuers]).conflicts).toEqual([])
    // a toll of its own still disagrees
    const toll = claim({ ...atLeast(10), source: "SOHR", quote: "At least 10 people were killed in strikes just outside the hospital." })
    expect(detectConflicts([toll, rescuers]).conflicts.map((c) => c.kind)).toEqual(["divergent"])
  })

  it("a small figure its own sentence does not give is a misreading; '20+' is a floor; a round estimate allows a tenth", () => {
    const sohr = claim({ ...exactly(6), source: "SOHR" })
    expect(detectConflicts([sohr, claim({ ...exactly(1), quote: "Six bombers attacked the base." })]).conflicts).toEqual([])
    expect(detectConflicts([claim({ ...exactly(26), source: "SOHR" }), claim({ ...exactly(20), quote: "Initial reports of 20+ killed." })]).conflicts).toEqual(
      []
    )
    const trapped = { metric: "trapped", when: null, where: "Syria", whereId: "sy:syria" }
    expect(
      detectConflicts([
        claim({ ...trapped, ...exactly(592700), source: "UN" }),
        claim({ ...trapped, ...exactly(600000), quote: "600000 Syrians are trapped in sieges across the country." })
      ]).conflicts
    ).toEqual([])
  })

  it("an undated figure in the body is background, not an incident", () => {
    const background = claim({ min: 300001, max: null, qualifier: "more_than", when: null, quote: "More than 300000 people have been killed." })
    expect(detectConflicts([background, claim({ ...exactly(12), source: "SOHR" })]).conflicts).toEqual([])
  })

  it("an undated headline stands for its publication day and the day before, compared with other headlines", () => {
    const headline = (n: number, outlet: string) =>
      claim({ ...exactly(n), when: null, span: [0, 40], outlet, published: at("2017-05-03T12:00:00Z"), quote: `Strike kills ${n} in Idlib` })
    const { conflicts } = detectConflicts([headline(20, "alaraby"), headline(15, "ahram")])
    expect(conflicts.map((c) => c.kind)).toEqual(["contradiction"])
    expect(conflicts[0]!.scope.when).toBeNull()
    // a dated figure is not the same count as an undated headline
    expect(detectConflicts([headline(18, "alaraby"), claim({ ...exactly(15), source: "SOHR" })]).conflicts).toEqual([])
  })

  it("a headline's bare figure is its body's without the qualifiers: two headlines a few apart are one count", () => {
    const headline = (n: number, outlet: string, quote: string) =>
      claim({ ...exactly(n), when: null, span: [0, 60], outlet, published: at("2016-07-02T12:00:00Z"), quote })
    // "31 dead" for SOHR's "at least 31", "Thirty killed" for thirty civilians among them
    const near = [headline(31, "ahram", "2 medics among 31 dead in Idlib"), headline(30, "asharqalawsat", "Thirty killed in strikes on Idlib")]
    expect(detectConflicts(near).conflicts).toEqual([])
    // a quarter apart, or a small count against a third more, still disagree
    expect(detectConflicts([headline(40, "ahram", "40 dead in Idlib"), headline(31, "trt", "31 dead in Idlib")]).conflicts.map((c) => c.kind)).toEqual([
      "contradiction"
    ])
    expect(detectConflicts([headline(3, "ahram", "3 dead in Idlib"), headline(4, "trt", "4 dead in Idlib")]).conflicts.map((c) => c.kind)).toEqual([
      "contradiction"
    ])
    // the same figures in the body, where the qualifiers are written, are read as written
    const body = (n: number, outlet: string) => claim({ ...exactly(n), outlet, published: at("2017-05-03T12:00:00Z") })
    expect(detectConflicts([body(31, "ahram"), body(30, "asharqalawsat")]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })

  it("different places, victims, metrics or days do not compare", () => {
    const base = claim({ ...exactly(40), source: "SOHR" })
    for (const other of [
      { where: "Hama", whereId: "sy:hama" },
      { metric: "injured" },
      { when: { from: "2017-05-04", to: "2017-05-04" } },
      { who: "fighters" }
    ]) {
      expect(detectConflicts([base, claim({ ...exactly(5), ...other })]).conflicts).toEqual([])
    }
  })
})

describe("some of the harm, not all of it (round three)", () => {
  const toll = claim({ ...exactly(40), source: "SOHR", outlet: "alaraby", quote: "40 people were killed in Idlib on Wednesday, the Observatory said." })
  const against = (quote: string, n: number) => detectConflicts([toll, claim({ ...exactly(n), outlet: "trt", quote })]).conflicts
  it("those still in hospital, brought to one hospital, or counted in the first hours are a part", () => {
    expect(against("Seven people were still receiving hospital treatment.", 7)).toEqual([])
    expect(against("Three people had died since being brought across the border.", 3)).toEqual([])
    expect(against("The bodies of 12 people arrived at the city hospital.", 12)).toEqual([])
    expect(against("The raids killed at least 12 people within a few hours.", 12)).toEqual([])
    // the same figure told plainly is the day's toll, and disagrees
    expect(against("12 people were killed in Idlib on Wednesday.", 12).map((c) => c.kind)).toEqual(["contradiction"])
  })
  it("another shell or another attack is one more incident beside the one told", () => {
    expect(against("Another rocket shell that fell on the market left 12 people dead.", 12)).toEqual([])
  })
  it("a figure its sentence calls out of date takes no part", () => {
    expect(against("The previous death toll was 12.", 12)).toEqual([])
  })
  it("a count over the weekend holds the day's count within it", () => {
    const weekend = claim({ ...atLeast(44), outlet: "jordantimes", quote: "The death toll over the whole weekend was at least 44." })
    const sunday = claim({ ...atLeast(20), source: "SANA", outlet: "jordantimes", quote: "State media said attacks on Sunday killed at least 20 people." })
    expect(detectConflicts([weekend, sunday]).conflicts).toEqual([])
  })
  it("the deaths a source documented one by one are some of all the dead", () => {
    const war = { when: { from: "2011-03-15", to: "2016-06-05" }, where: "Syria", whereId: "sy:syria" }
    const estimate = claim({ ...war, ...atLeast(280000), outlet: "ahram", quote: "More than 280000 people have been killed since March 2011." })
    const verified = claim({
      ...war,
      ...exactly(14456),
      source: "SOHR",
      outlet: "dailysabah",
      quote: "The observatory said it had been able to verify the deaths of 14456 people since 2011."
    })
    expect(detectConflicts([estimate, verified]).conflicts).toEqual([])
  })
  it("a toll over a city and its countryside is not the toll of the quarter it was placed in", () => {
    const sakhour = { where: "al-Sakhour, Aleppo", whereId: "sy:aleppo:al-sakhour" }
    const city = claim({
      ...sakhour,
      ...exactly(67),
      outlet: "etilaf",
      quote: "Activists said 67 people were killed in airstrikes on Aleppo and its countryside on Sunday."
    })
    const quarter = claim({ ...sakhour, ...exactly(4), outlet: "arabiya", quote: "A helicopter struck the Sakhour neighborhood killing 4 people." })
    expect(detectConflicts([city, quarter]).conflicts).toEqual([])
  })
  it("one report telling two strikes in two sentences tells two incidents", () => {
    const market = claim({
      ...exactly(18),
      source: "rescue worker",
      articleId: "one",
      outlet: "dailysabah",
      span: [100, 153],
      quote: "Jets struck a fuel market in Idlib killing 18 people."
    })
    const clinic = claim({
      ...exactly(3),
      source: "charity",
      articleId: "one",
      outlet: "dailysabah",
      span: [154, 214],
      quote: "An airstrike hit a field hospital in Idlib killing 3 people."
    })
    expect(detectConflicts([market, clinic]).conflicts).toEqual([])
    // read back from a store that kept their features and left the sentences unread: the same
    const stored = (c: ConflictClaim): ConflictClaim => ({ ...c, features: featuresOf(c), quote: "" })
    expect(detectConflicts([stored(market), stored(clinic)]).conflicts).toEqual([])
    // told by two reports, the same two figures are a dispute
    expect(detectConflicts([market, { ...clinic, articleId: "two", outlet: "trt" }]).conflicts.map((c) => c.kind)).toEqual(["contradiction"])
  })
  it("a report's own figure is the named source's it gives for the same count", () => {
    const own = claim({ ...exactly(12), articleId: "r81", outlet: "alaraby", quote: "Airstrikes on a village killed 12 people on Wednesday." })
    const sohr = claim({ ...exactly(12), articleId: "r81", source: "SOHR", outlet: "alaraby", quote: "12 people were killed, the Observatory said." })
    const later = claim({
      ...exactly(26),
      source: "SOHR",
      outlet: "trt",
      published: at("2017-05-05T12:00:00Z"),
      quote: "Strikes killed 26 people, the monitor said."
    })
    expect(detectConflicts([own, sohr, later]).conflicts.map((c) => c.kind)).toEqual(["revision"])
  })
  it("an outlet's own figures moving are no one source revising", () => {
    const first = claim({ ...exactly(22), outlet: "alaraby", source: "activists", quote: "Warplanes killed 22 people on Wednesday, activists said." })
    const then = claim({ ...exactly(12), outlet: "alaraby", published: at("2017-05-05T12:00:00Z"), quote: "Wednesday's strike killed 12 people." })
    expect(detectConflicts([first, then]).conflicts).toEqual([])
  })
  it("a crash or a downing is not the toll of raids", () => {
    const raids = claim({ ...exactly(15), outlet: "trt", quote: "Russian airstrikes killed 15 in Idlib." })
    const downing = claim({ ...exactly(5), outlet: "manar", quote: "5 killed as Russian helicopter shot down in Idlib." })
    expect(detectConflicts([raids, downing]).conflicts).toEqual([])
  })
  it("a count of Syrians is the nation's, not the city's the story is about", () => {
    const stock = { metric: "trapped", when: null, where: "Aleppo", whereId: "sy:aleppo" }
    const city = claim({ ...stock, ...exactly(250000), outlet: "trt", quote: "Some 250000 people are besieged in eastern Aleppo." })
    const nation = claim({ ...stock, ...exactly(600000), source: "UN", outlet: "alaraby", quote: "The UN says nearly 600000 Syrians live in besieged areas." })
    expect(detectConflicts([city, nation]).conflicts).toEqual([])
  })
})

describe("standing figures", () => {
  const trapped = (n: Partial<ConflictClaim>, published: string, outlet: string) =>
    claim({
      metric: "trapped",
      who: "civilians",
      where: "Aleppo",
      whereId: "sy:aleppo",
      when: null,
      ...n,
      published: at(published),
      outlet,
      quote: "civilians live under siege"
    })

  it("estimates of a besieged population diverge across reports a few months apart", () => {
    const { conflicts } = detectConflicts([
      trapped(exactly(250000), "2016-09-24T10:00:00Z", "a"),
      trapped({ min: 100001, max: null, qualifier: "more_than" }, "2016-11-15T15:00:00Z", "b")
    ])
    expect(conflicts.map((c) => c.kind)).toEqual(["divergent"])
    expect(conflicts[0]!.summary).toBe("civilians trapped in Aleppo: a 250,000 (Sep 2016), b more than 100,000 (Nov 2016)")
  })

  it("but not across a year, and a handful 'trapped' under rubble is an event, not a population", () => {
    expect(detectConflicts([trapped(exactly(250000), "2016-01-24T10:00:00Z", "a"), trapped(exactly(80000), "2016-11-15T15:00:00Z", "b")]).conflicts).toEqual([])
    expect(detectConflicts([trapped(exactly(250000), "2016-11-14T10:00:00Z", "a"), trapped(exactly(2), "2016-11-15T15:00:00Z", "b")]).conflicts).toEqual([])
  })
})

describe("denial", () => {
  const event = (over: Partial<ConflictClaim>): ConflictClaim =>
    claim({
      kind: "event",
      metric: null,
      min: null,
      max: null,
      qualifier: null,
      who: null,
      where: "Aleppo",
      whereId: "sy:aleppo",
      actor: "Russia",
      action: "strike",
      ...over
    })

  it("an accused side's denial against an independent report of the act", () => {
    const denial = event({
      polarity: "denied",
      source: "Russian Defense Ministry",
      quote: "A Russian defense ministry spokesman denied that its planes had been hitting Aleppo."
    })
    const report = event({
      source: "SOHR",
      where: "Sukkari, Aleppo",
      whereId: "sy:aleppo:sukkari",
      quote: "Russian jets struck Sukkari, the Observatory said."
    })
    const { conflicts } = detectConflicts([denial, report])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({
      kind: "denial",
      claimIds: [denial.id, report.id],
      sources: ["Russian government", "SOHR"],
      scope: { metric: "strike", who: "Russia" }
    })
    expect(conflicts[0]!.summary).toBe("Russia strike in Aleppo, 3 May 2017: denied by Russian government; reported by SOHR")
  })

  it("an unattributed denial is the accused side's own", () => {
    const denial = event({ polarity: "denied", source: null, quote: "Moscow denied its planes had struck the town." })
    const report = event({ source: "White Helmets", quote: "Russian jets struck the town." })
    expect(detectConflicts([denial, report]).conflicts.map((c) => c.sources)).toEqual([["Russian government", "White Helmets"]])
  })

  it("not a standing line, another actor or action, another place or week, or the accused side's own admission", () => {
    const denial = event({ polarity: "denied", source: "Russian Defense Ministry", quote: "Russia denied its planes had struck Aleppo." })
    const report = (over: Partial<ConflictClaim>) => event({ source: "SOHR", quote: "Russian jets struck Aleppo.", ...over })
    const standing = event({ polarity: "denied", source: "Russian Defense Ministry", quote: "Russia has always denied striking civilians." })
    expect(detectConflicts([standing, report({})]).conflicts).toEqual([])
    expect(detectConflicts([denial, report({ actor: "US-led coalition" })]).conflicts).toEqual([])
    expect(detectConflicts([denial, report({ action: "shelling" })]).conflicts).toEqual([])
    expect(detectConflicts([denial, report({ where: "Hama", whereId: "sy:hama" })]).conflicts).toEqual([])
    expect(detectConflicts([denial, report({ when: { from: "2017-05-10", to: "2017-05-10" } })]).conflicts).toEqual([])
    expect(detectConflicts([denial, report({ source: "Russian Defense Ministry" })]).conflicts).toEqual([])
    // a strike told of the whole country is not known to be the one denied; a chemical attack is
    expect(detectConflicts([denial, report({ where: "Syria", whereId: "sy:syria" })]).conflicts).toEqual([])
    const gas = { action: "chemical attack", actor: "Syrian government" }
    const gasDenial = event({ ...gas, polarity: "denied", source: "SANA", quote: "The government denied using chemical weapons." })
    expect(detectConflicts([gasDenial, report({ ...gas, where: "Syria", whereId: "sy:syria" })]).conflicts.map((c) => c.kind)).toEqual(["denial"])
    // "attack" is any attack
    expect(detectConflicts([denial, report({ action: "attack" })]).conflicts).toHaveLength(1)
    // a denial held for the whole war, and refusing a request, deny no one act
    const warlong = event({ polarity: "denied", source: null, quote: "Both sides have denied striking civilians during the five-year civil war." })
    expect(detectConflicts([warlong, report({})]).conflicts).toEqual([])
    const refusal = event({ polarity: "denied", source: null, quote: "Russia rejected a US plea to halt flights over Aleppo." })
    expect(detectConflicts([refusal, report({})]).conflicts).toEqual([])
    const ground = event({ polarity: "denied", source: null, quote: "Russia refuted rebel claims about winning back a key district." })
    expect(detectConflicts([ground, report({})]).conflicts).toEqual([])
  })
})

describe("revision", () => {
  it("the same source moving its own figure later is a timeline, not a dispute", () => {
    const first = claim({ ...atLeast(24), source: "SOHR", outlet: "arabiya", published: at("2017-05-03T10:00:00Z") })
    const later = claim({ ...atLeast(43), source: "SOHR", outlet: "ahram", published: at("2017-05-03T20:00:00Z") })
    const { conflicts } = detectConflicts([later, first])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ kind: "revision", claimIds: [first.id, later.id], sources: ["SOHR"] })
    expect(conflicts[0]!.summary).toBe("killed in Idlib, 3 May 2017: SOHR at least 24 then at least 43")
  })
  it("a figure told as patients came in from villages is still the whole place's, so its source's later count revises it", () => {
    const wounded = { metric: "injured", source: "Dr. Samer Haddad", outlet: "medrelief" }
    const first = claim({
      ...exactly(30),
      ...wounded,
      quote: "Dr. Samer Haddad said 30 wounded people had been admitted.",
      published: at("2017-05-03T10:00:00Z")
    })
    const later = claim({
      ...exactly(46),
      ...wounded,
      quote: "The hospital has now treated 46 wounded from the attack, Dr. Samer Haddad said, as more patients arrived from outlying villages.",
      published: at("2017-05-03T20:00:00Z")
    })
    expect(detectConflicts([first, later]).conflicts.map((c) => [c.kind, c.claimIds])).toEqual([["revision", [first.id, later.id]]])
    // (a count told of villages themselves is still a part of the place's)
    const villages = claim({ ...exactly(46), ...wounded, quote: "46 were wounded in the villages east of Idlib.", published: at("2017-05-03T20:00:00Z") })
    expect(detectConflicts([first, villages]).conflicts.map((c) => c.kind)).toEqual([])
  })
})

describe("incidents", () => {
  it("carry the range across independent sources, the most conservative figure and a grade", () => {
    const sohr = claim({ ...atLeast(40), source: "SOHR" })
    const sohrAgain = claim({ ...atLeast(40), source: "SOHR", outlet: "reuters" })
    const state = claim({ ...exactly(12), source: "SANA" })
    const { incidents } = detectConflicts([sohr, sohrAgain, state])
    expect(incidents).toHaveLength(1)
    expect(incidents[0]).toMatchObject({
      grade: "contested",
      range: { min: 12, max: 40 },
      conservative: { source: "Syrian government", claimId: state.id, min: 12, max: 12 },
      claimIds: [sohr.id, sohrAgain.id, state.id].sort()
    })
    expect(incidents[0]!.figures.map((f) => f.source)).toEqual(["SOHR", "Syrian government"])
  })

  it("several sources that agree corroborate; one source alone is graded so", () => {
    expect(detectConflicts([claim({ ...exactly(18), source: "SOHR" }), claim({ ...atLeast(18), outlet: "ahram" })]).incidents[0]!.grade).toBe("corroborated")
    expect(detectConflicts([claim({ ...exactly(18), source: "SOHR" }), claim({ ...exactly(18), source: "SOHR", outlet: "x" })]).incidents[0]!.grade).toBe(
      "single_source"
    )
  })
})

describe("same input, same result", () => {
  const world = (): Array<ConflictClaim> => [
    claim({ ...atLeast(40), source: "SOHR" }),
    claim({ ...exactly(12), source: "SANA" }),
    claim({
      ...exactly(20),
      who: "civilians",
      where: "Sukkari, Aleppo",
      whereId: "sy:aleppo:sukkari",
      source: "White Helmets",
      when: { from: "2016-11-16", to: "2016-11-16" }
    }),
    claim({ ...exactly(14), where: "Aleppo", whereId: "sy:aleppo", when: { from: "2016-11-16", to: "2016-11-16" }, outlet: "sana" }),
    claim({ ...exactly(9), where: "Aleppo", whereId: "sy:aleppo", when: { from: "2016-11-15", to: "2016-11-16" }, outlet: "trt" }),
    claim({ ...atLeast(24), source: "SOHR", outlet: "arabiya", published: at("2017-05-03T10:00:00Z") }),
    claim({ ...atLeast(43), source: "SOHR", outlet: "ahram", published: at("2017-05-03T20:00:00Z") }),
    claim({
      kind: "event",
      metric: null,
      min: null,
      max: null,
      qualifier: null,
      actor: "Russia",
      action: "strike",
      polarity: "denied",
      source: "Russian Defense Ministry",
      quote: "Russia denied the strike."
    }),
    claim({
      kind: "event",
      metric: null,
      min: null,
      max: null,
      qualifier: null,
      actor: "Russia",
      action: "strike",
      source: "SOHR",
      quote: "Russian jets struck."
    })
  ]

  it("in any order", () => {
    const claims = world()
    const forward = detectConflicts(claims)
    const backward = detectConflicts([...claims].reverse())
    expect(backward).toEqual(forward)
    expect(forward.conflicts.length).toBeGreaterThanOrEqual(4)
  })

  it("claim by claim through the lookup keys, as a store would, as all at once", () => {
    const claims = world()
    const all = detectConflicts(claims)
    // the store: each new claim pulls the stored claims sharing a lookup key, recomputes what
    // its changes are anchored on, and replaces what it had stored there
    const stored: Array<ConflictClaim> = []
    const conflicts = new Map<string, ReturnType<typeof detectConflicts>["conflicts"][number]>()
    const incidents = new Map<string, ReturnType<typeof detectConflicts>["incidents"][number]>()
    for (const c of [...claims].reverse()) {
      stored.push(c)
      const keys = new Set(lookupKeys(c))
      const changed = new Set(changedBy([c]))
      const pulled = stored.filter((s) => lookupKeys(s).some((k) => keys.has(k)))
      const r = detectConflicts(pulled, { changed })
      for (const [id, x] of conflicts) if (x.anchors.some((a) => changed.has(a))) conflicts.delete(id)
      for (const [id, x] of incidents) if (x.anchors.some((a) => changed.has(a))) incidents.delete(id)
      for (const x of r.conflicts) conflicts.set(x.id, x)
      for (const x of r.incidents) incidents.set(x.id, x)
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect([...conflicts.values()].sort(byId)).toEqual([...all.conflicts].sort(byId))
    expect([...incidents.values()].sort(byId)).toEqual([...all.incidents].sort(byId))
  })

  it("with the features a store kept, as with the sentences read again", () => {
    const claims = world()
    const kept = claims.map((c) => ({ ...c, features: featuresOf(c), quote: "" }))
    expect(detectConflicts(kept)).toEqual(detectConflicts(claims))
  })

  it("with features read an article at a time, and none for claims that cannot take part, as with each read alone", () => {
    // one article's claims, several from one sentence, with an undated figure in the body
    const claims = world().map((c) => ({ ...c, articleId: "a" }))
    const undated = claim({ articleId: "a", when: null, span: [200, 240] })
    const all = [...claims, undated, { ...claims[0]!, id: "dup", duplicateOf: "x" }]
    const read = featuresOfArticle(all)
    all.forEach((c, i) => {
      const f = read[i]
      if (f === null) expect(prepare({ ...c, features: featuresOf(c) })).toBeNull()
      else expect(f).toBe(featuresOf(c))
    })
    expect(needsFeatures(undated)).toBe(false)
    expect(read.filter((f) => f !== null).length).toBe(claims.filter(needsFeatures).length)
    const kept = all.map((c, i) => ({ ...c, features: read[i] ?? null, quote: read[i] === null ? c.quote : "" }))
    expect(detectConflicts(kept)).toEqual(detectConflicts(all))
  })

  it("ids depend on content, not on the day they were computed", () => {
    const claims = world()
    expect(detectConflicts(claims).conflicts.map((c) => c.id)).toEqual(detectConflicts(claims.map((c) => ({ ...c }))).conflicts.map((c) => c.id))
  })
})

describe("severity", () => {
  it("lists denials and contradictions before a part above its whole, before divergence, before revisions", () => {
    const { conflicts } = detectConflicts([
      claim({ ...atLeast(40), source: "SOHR" }),
      claim({ ...exactly(12), source: "SANA" }),
      claim({ ...atLeast(16), source: "SOHR", metric: "injured" }),
      claim({ min: 29, max: 35, qualifier: "about", outlet: "alaraby", metric: "injured" })
    ])
    expect(conflicts.map((c) => c.kind)).toEqual(["contradiction", "divergent"])
    expect(conflicts[0]!.severity).toBeGreaterThan(conflicts[1]!.severity)
  })
})
