/**
 * Event claims: a sentence in which a named source says that a named actor carried out an
 * attack, with or without harm in the sentence, and every denial of such an act.
 *
 * - An attack is named by a verb or a noun ("struck", "shelled", "fired rockets at", "dropped
 *   barrel bombs", "executed", "shot down"; "strikes", "shelling", "car bomb", "sniper fire").
 *   Ground fighting ("clashes", "battles", "an offensive", "took control") is not an attack.
 * - Its actor is the side the words make its doer: the modifier of the attack noun ("regime
 *   shelling", "Russian raids", "rebel fire"), the subject of the attack verb with its weapons
 *   ("Russian and Syrian regime jets pounded"), "by X" after it, "blamed X for", "believed to be
 *   Russian". Never the victims ("killed 14 Daesh fighters"), the target ("strikes on IS
 *   positions"), who holds a place ("rebel-held"), a time marker ("since the rebel assault
 *   began"), nor the speaker.
 * - Its source is whoever the sentence itself names as saying so (or a headline's attribution);
 *   an admission is a source owning up for its own side ("the faction said it had shot down a
 *   helicopter", "ISIL claimed responsibility", "a bomb claimed by Nusra Front").
 * - A denial is an explicit one ("denied that its planes had been hitting Aleppo", "rumours about
 *   alleged bombing") or an account that excludes the act ("the helicopter crashed because of a
 *   technical fault"); its actor is the side named in it, else the side its speaker speaks for,
 *   else the actor of the event it answers (extract.ts).
 */

import { execAll } from "./regex.js"

export interface EventReading {
  readonly actor: string | null
  readonly action: string
  readonly polarity: "asserted" | "denied"
  readonly source: string | null
  readonly rule: string
  /** for a denial naming no doer: the speaker's own side, when the story has told no attack before it */
  readonly otherwise?: string | null
}

/** Sides, most specific first; each pattern matched case-insensitively unless noted. */
const ACTORS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:russian[- ]syrian|syrian[- ]russian|russian and syrian|syrian and russian|russian and (?:government|regime)|(?:government|regime) and russian|russia and (?:the )?(?:syrian )?regime|(?:the )?(?:syrian )?regime and russia|assad regime and russia|syria and russia|russia and syria)\b/gi,
    "Russia and Syrian government"
  ],
  [/\b(?:jaish al[- ]islam|jaysh al[- ]islam|islam army|army of islam)s?\b/gi, "Jaish al-Islam"],
  [/\b(?:jaish al[- ]fateh|jeish al[- ]fatah|jaish al[- ]fatah|army of conquest|conquest army)s?\b/gi, "Jaish al-Fateh"],
  [/\b(?:ahrar al[- ]sham)s?\b/gi, "Ahrar al-Sham"],
  // (Eastern Ghouta's other large faction beside Jaish al-Islam)
  [/\b(?:fa[iy]laq al[- ]rahman|rahman legion|al[- ]rahman legion)\b/gi, "Faylaq al-Rahman"],
  [/\b(?:(?:jabhat\s+(?:al[- ])?|al[- ])?nusra|fatah al[- ]sham|fateh al[- ]sham|hayat tahrir|tahrir al[- ]sham|hts)s?\b/gi, "Nusra Front"],
  [/\b(?:islamic state|isil|isis|daesh)\b/gi, "Islamic State"],
  [/\bIS\b/g, "Islamic State"],
  [/\b(?:hezbollah|hizbollah|hizbullah)\b/gi, "Hezbollah"],
  // (not where it describes another group: "al-Qaedas Syrian affiliate al-Nusra Front", "Al-Qaeda-affiliated
  // extremists", "the Syrian branch of al-Qaeda": the group named is the doer)
  [
    /\b(?:al[- ]qaeda|al[- ]qaida|(?<!al[- ])qaeda)(?<!\b(?:branch|affiliate|offshoot|arm|wing|franchise)\s+of\s+(?:the\s+)?(?:al[- ])?qa[ei]da)(?:['’]?s)?(?![-\w]|\s+(?:[\w-]+\s+)?(?:affiliates?|offshoots?|branch|arm|wing|franchise|linked|affiliated|inspired)\b)/gi,
    "Al-Qaeda"
  ],
  // (named as the labels name them: the SDF by that name, the Kurdish militia, whatever a report calls it, as the YPG)
  [/\b(?:syrian democratic forces|sdf)\b/gi, "SDF"],
  // (the Kurdish internal security forces, named apart by the labels)
  [/\b(?:asayish|asayesh|asaish)\b/gi, "Asayish"],
  [/\b(?:ypg|kurdish(?:-led)? (?:forces|fighters|militias?|militants|gunmen|units)|pkk|pyd|people['’]?s protection units)\b/gi, "YPG"],
  [/\b(?:free syrian army|fsa)\b/gi, "Free Syrian Army"],
  [
    /\b(?:us-led|u\.s\.-led|us led|international coalition|coalition (?:air ?strikes|aircraft|warplanes|jets|planes|forces|raids|bombing)|(?<!\b(?:national|syrian|opposition|revolutionary)\s)coalition|united states|american|pentagon|u\.s(?=\.)|us (?:air ?strikes|warplanes|jets|forces|military|navy|troops|drones?|(?:cruise )?missiles?(?: strikes?)?|strikes?|raids?))\b/gi,
    "US-led coalition"
  ],
  [/\b(?:russia|russian|russians|moscow)\b/gi, "Russia"],
  [/\b(?:turkey|turkish|ankara)\b/gi, "Turkey"],
  [/\b(?:israel|israeli|idf|israel defen[cs]e forces)\b/gi, "Israel"],
  // (the coalition's members named by their own arms, as a report names them: "Belgian F-16s",
  // "the Belgian defence ministry"; not a nationality alone, "the British-based monitor")
  [/\bbelgian\s+(?:f-16s?|jets|warplanes|aircraft|planes|air\s*force|military|army|forces|defen[cs]e\s+ministry)\b|\bbelgium\b/gi, "Belgium"],
  [/\bfrench\s+(?:rafales?|jets|warplanes|aircraft|planes|air\s*force|military|army|forces|troops|defen[cs]e\s+ministry)\b/gi, "France"],
  [
    /\b(?:british|raf|uk|u\.k\.|royal\s+air\s+force)\s+(?:tornados?|typhoons?|reapers?|jets|warplanes|aircraft|planes|air\s*force|military|army|forces|troops|drones|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b/gi,
    "United Kingdom"
  ],
  // (Iran's militias by the name the labels give them; its own forces as Iran)
  [/\b(?:iranian militias?)\b/gi, "Iranian militias"],
  [/\b(?:iran|iranian|revolutionary guards?|irgc|quds force)\b/gi, "Iran"],
  [/\b(?:jordan|jordanian)\b/gi, "Jordan"],
  [
    /\biraqi (?:air ?force|warplanes|jets|planes|aircraft|helicopters|artillery|army|troops|forces|military|(?:air ?)?strikes?|air ?raids?|raids?|shelling|bombing|f-16s?)\b/gi,
    "Iraq"
  ],
  [
    /\b(?:regimes?|regime's|assad|shabb?[ie]+ha|(?<!\b(?:lebanese|turkish|iraqi|jordanian|kurdish|israeli|internal|iranian|russian|american|us|isil\w*|isis\w*|daesh\w*)\s)security forces|the government(?!\s+of\s+(?:turkey|iraq|russia|iran|israel|lebanon|jordan|the\s+united|france|britain))|government (?:forces|troops|soldiers|militias?|aircraft|planes|jets|warplanes|helicopters?|gunships?|drones?|aviation|air force|artillery|air ?strikes|air raids|raids|shell(?:s|ing)|rockets?|mortars?|missiles?|barrel bombs?|bombs|bombing|bombardment|attacks?|offensive|assault|army|fire|gunfire|snipers?|tanks)|pro-government|pro-regime|syrian (?:army|government|forces|air ?force|troops|military|jets|fighter jets|warplanes|planes|helicopters?|gunships?|aircraft|artillery|soldiers|tanks|snipers|security forces)|the army|army (?:troops|units?|artillery|helicopters?|jets|warplanes)|(?<![A-Za-z]s |[A-Za-z]'s |[A-Za-z]n )air force|syria (?:air ?strikes?|air[- ]raids?|raids?|regime|army|jets|warplanes|bombing|shelling|bombardment|forces|troops|government|military|air ?force)|syria(?:'s|’s|s) (?:government|regime|army|military|air ?force|forces|troops)|syrian (?:air ?strikes?|air[- ]raids?|raids?|strikes|bombing(?: raids?)?|bombardment|shelling|barrel bombs)|syrian arab army|syrian regular (?:forces|army|troops)|regular army|loyalists?|(?:forces|troops|militias?|fighters|gunmen) loyal to (?:the\s+)?(?:syrian\s+)?(?:president\s+)?(?:bashar\s+)?(?:al-)?(?:assad|regime|government|damascus|dictator|president)|army (?:posts|positions|bases|checkpoints)|(?<!(?:turkish|russian|american|u\.s\.|us|iraqi|kurdish|rebel|opposition|coalition|israeli|iranian|hezbollah|government|regime|syrian|army|sdf|ypg|fsa|islamist|jihadist|foreign|allied|lebanese|iranian-backed|[a-z]+-backed)\s)troops)\b/gi,
    "Syrian government"
  ],
  [
    /\b(?:rebels?|rebel|terrorists?|terrorist|opposition (?:fighters|forces|groups|factions)|opposition(?=\s+(?:shell\w*|rockets?|mortars?|fire|attacks?|bombardment|artillery|snipers?|missiles?|car\s+bombs?|suicide))|militants?|insurgents?|armed groups?|jihadists?|gunmen|takfiri|extremists?|islamists?|armed opposition)\b/gi,
    "rebels"
  ]
]

// Words that name an attack: verbs and nouns ("destroyed" only after an air arm or artillery:
// "government aircraft destroyed two sites"; troops destroying what they seized is no attack).
// gas as a weapon: not an industry's ("an oil and gas field", "hit poison gas supplies")
const GAS_INDUSTRY =
  "fields?|plants?|stations?|pipelines?|facilit(?:y|ies)|compan(?:y|ies)|reserves|wells?|prices|supplies|depots?|stocks?|stockpiles?|warehouses?"
const GAS = String.raw`(?<!\btear[- ])gas(?:es)?(?!\s+(?:${GAS_INDUSTRY})\b)`
const ATTACK = new RegExp(
  String.raw`\b(?:air ?strikes?|air[- ]raids?|raids?|strikes?|struck|striking|hit|hits|hitting|bomb(?:s|ed|ing|ings)?|bombard(?:ed|ing|ment|ments)?|shell(?:s|ed|ing)?|threw|thrown|throwing|mortars?|rockets?|missiles?|artillery|barrages?|pound(?:s|ed|ing)?|target(?:ed|ing|s)?|(?:fired|fires|firing)(?!\s+(?:tear[- ]gas|water\s+cannons?|rubber\s+bullets|warning\s+shots|(?:in)?to\s+the\s+air|in\s+the\s+air))|(?<!cease-)fire|attack(?:s|ed|ing)?|assaults?|dropp(?:ed|ing)|barrel bombs?|car bomb(?:s|ers?|ings?)?|suicide (?:bomb(?:er|ing)?|attack)|blew|blown(?=\s+(?:it\s+|them\s+)?up\b)|detonat(?:ed|ing)|execut(?:es?|ed|ing|ion|ions)|beheaded|crucif(?:ied|ies|y|ying|ixions?)|hang(?:ed|ing|ings)|massacres?|explosions?|blasts?|snipers?|sniping|shot|shoots|shooting|destroy(?:ed|s)?(?<=\b(?:aircraft|warplanes|jets|planes|helicopters|drones|artillery|aviation|air\s+force|aerospace\s+forces)\s+(?:have\s+|had\s+|has\s+)?destroy(?:ed|s)?)|shot down|downed|downing|${GAS}|chemical(?!\s+(?:weapons\s+)?(?:arsenal|stockpiles?|program(?:me)?s?|deal|inspectors?|inspections?|convention|watchdog|disarmament|agreement|industry))|chlorine|sarin|phosphorous|phosphorus|cluster (?:bombs?|munitions)|(?:banned|forbidden|prohibited) (?:weapons|munitions|arms)|vacuum bombs?|thermobaric|incendiary|sorties|(?:aerial|air|bombing)\s+campaigns?|engaged|planted|carried out|ambush(?:ed|es)?|gass(?:ed|ing)|(?:planes|jets|warplanes|aircraft|helicopters)(?=\s+(?:are|were|was|is)\s+(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s)|suicide terrorists?|(?:were|was|is|are|(?:has|have|had|may\s+have|might\s+have|could\s+have|must\s+have)\s+been)\s+(?:(?:most|very|more|also|probably|likely|possibly|reportedly|allegedly|directly)\s+){0,2}(?:responsible|behind|to\s+blame)|destroy(?:ed|ing)|eliminat(?:ed|ing)|kill(?:s|ed|ing)?|(?:military\s+|joint\s+|air\s+|aerial\s+)?operations?(?=\s+(?:carried\s+out\s+|conducted\s+|launched\s+)?by\s))\b`,
  "gi"
)

// Ground fighting and its results: not an attack by the rule.
const GROUND =
  /\b(?:clash(?:es|ed)?|battles?|battling|fighting|(?:counter-?)?offensive|advance[sd]?|advancing|took control|taken control|captured?|seized?|retake|recaptur(?:ed|e)|repel(?:led)?|repulsed|siege|besieg(?:ed|ing)|operation)\b/i

// Weapons and units standing between a side and its attack: "Russian [jets] pounded".
const INSTRUMENT =
  /^(?:jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|artillery|howitzers?|cannons?|troops|forces|fighters|gunmen|militiamen|thugs|agents|plainclothes|plain-clothes|militants|militia|militias|snipers?|drones?|tanks?|army|air|force|forces'|units?|soldiers|missile|rocket|mortar|navy|aerospace|military|men|positions|batteries|regime|government|syrian|russian|air-force|loyalist|pro-government|elements|groups?|organizations?|organisations?|terrorist|terrorists|brigades?|factions?|and|the|its|their|his|heavy|intense|fierce|renewed|fresh|new|joint|a|an|of|barrage|wave|series|string|unidentified|suspected|coalition|allied|allies|aviation|bombers?|fighter|positioned|based|stationed|located|[a-z]+-backed|[a-z]+-led|carried|out|conducted|launched|flew|performed|mounted|made|delivered|staged|has|have|had|also|reportedly|again|in|cooperation|with|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight|latest|recent|deadly|on|early|late|morning|evening|night|afternoon|dawn|aerial|[a-z]{3,}ly)$/i

const MORE_MEN = /\band\s+(?:[\w-]+\s+)?(?:militiamen|gunmen|troops|soldiers|thugs|police|policemen|agents)\b/gi
/** verbs that carry an attack noun: "mounted one of the heaviest attacks", "carried out raids" */
const LIGHT_VERB =
  /^(?:opened|mounted|launched|carried|conducted|staged|made|unleashed|renewed|intensified|resumed|returned|stepped|continued|continuing|continues|continue|began|started|escalated|escalating|intensifying|committed|committing|perpetrated|perpetrating|stepping|launching|carrying|conducting|staging|mounting|waging|waged|flew|delivered|performed|executed|used|using|deployed|responded|retaliated|replied|directed|directing|ordered|ordering|orchestrated|orchestrating|masterminded|coordinated|coordinating)$/i
const PREPOSITION_BEFORE =
  /(?:\b(?:from|in|into|to|towards?|across|near|inside|at|on|over|for|against|around|outside|between)|(?<!\b(?:dozens|scores|hundreds|thousands|number|series|wave|waves|barrage|string|rounds?|one|some|most|all|lot)\s)\bof)\s+(?:the\s+)?$/i
/** participles that only say where a side is ("terrorists positioned in Bani Zaid fired") */
const PLACED = /^(?:located|positioned|stationed|based|deployed|entrenched|holed|affiliated|backed|led|linked|allied)$/i
/** Where a side names who holds a place or is the target: not the actor. */
const HELD =
  /\b[\w-]+-(?:held|controlled|besieged|run|backed|linked|affiliated|dominated|allied|loyal)\b|\b(?:held|controlled|run|besieged|occupied)\s+by\s+(?:the\s+)?(?:\S+\s+){0,2}?\S+/gi
// "strikes on IS positions", "killing 14 Daesh terrorists", "positions of the Nusra Front":
// a side right after these is the target or the victims
const TARGET_BEFORE =
  /\b(?:(?:targeting|targeted|hitting|struck|pounded|bombed|shelled|attacked|among|including|held\s+by|fighting|battling|backing|supporting|against)\s+(?:the\s+)?(?:\S+\s+)?|(?:positions|hideouts|headquarters|strongholds?|bases|targets|posts)\s+of\s+(?:the\s+)?(?:\S+\s+)?|(?:wedding|funeral|house|home|family)\s+of\s+(?:an?\s+|the\s+)?(?:member|fighter|commander|leader|official)s?\s+of\s+(?:the\s+)?|(?:kill\w*|wound\w*|injur\w*|execut\w*)\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+)?(?:\d+|\w+teen|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|tens)\s+(?:\S+\s+)?)$/i
// "attacks on the Syrian army", "a strike against IS": the preposition after an attack word
const TARGET_PREPOSITION =
  /\b(?:attack\w*|strike\w*|air ?strikes?|raids?|shell\w*|fire|fired|bomb\w*|offensive|operation|campaign|assault)\s+(?:\w+\s+){0,2}?(?:on|against|at|in)\s+(?:the\s+)?(?:\S+\s+)?$/i
// (the word between is no verb: "Syrian fighter jets targeted hideouts of" is the doer)
const TARGET_AFTER =
  /^\s*(?:[A-Za-z'-]+(?<!ed)\s+)?(?:positions?|targets?(?!\s+(?:civilians?|the|any|homes|residential|populated|markets?|hospitals?|schools?)\b)|posts?|hideouts?|headquarters|strongholds?|bases?|members?|commanders?|leaders?|militants|convoys?|vehicles|depots?|bastion|territory|clan|family|hometown|heartland|-held|-controlled)\b/i
// "since the rebel assault began": a time marker, not this sentence's event
const SINCE_CLAUSE = /\bsince\s+(?:the\s+)?(?:start\s+of\s+the\s+)?(?:[\w-]+\s+){0,4}?(?:began|started|begun|erupted|launched)\b/gi
// "The monitor believes they may have been carried out by regime forces", "jets he identified as Russian"
// (the side may be quoted: 'fired by "armed terrorist gangs"')
const BELIEVED =
  /\b(?:believed\s+to\s+(?:be|have\s+been)|identified\s+as|suspected\s+(?:to\s+be|of\s+being)|thought\s+to\s+be|carried\s+out\s+by|launched\s+by|fired\s+by|dropped\s+by|conducted\s+by|by|dropped\s+from|fired\s+from|launched\s+from|(?<!\b(?:were|was|are|is|them|whom|come|came)\s)from)\s+["“]?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:belonging\s+to\s+(?:the\s+)?)?["“]?$|\bby\s+(?:an?|the|one)\s+(?:member|fighter|militant|gunman|suicide\s+bomber|sniper)\s+(?:from|of)\s+(?:the\s+)?$/i

interface Side {
  readonly actor: string
  readonly at: number
  readonly end: number
}

// All sides in one pass: one group per side, earlier groups first where two match at one place.
// "IS" is a side only in capitals, so it is matched apart.
const CASED = ACTORS.filter(([re]) => !re.flags.includes("i"))
const UNCASED = ACTORS.filter(([re]) => re.flags.includes("i"))
// FA-KES strips apostrophes: "Russias raids", "the Syrian armys bombardment", "the governments denial"
const possessive = (source: string): string => source.replace(/\)\\b$/, ")(?:['’]?s)?\\b")
const LONG_NAME = / (?:of|in) iraq and (?:the )?(?:levant|syria|al-sham|sham)\b/iy
const SIDE_SOURCES = UNCASED.map(([re]) => possessive(re.source))
// (every side's pattern opens on \b: tested once at each place, before the groups, not once per side;
// the same matches and groups, read twice as fast)
const ALL_SIDES = SIDE_SOURCES.every((s) => s.startsWith("\\b"))
  ? new RegExp(`\\b(?:${SIDE_SOURCES.map((s) => `(${s.slice(2)})`).join("|")})`, "gi")
  : new RegExp(SIDE_SOURCES.map((s) => `(${s})`).join("|"), "gi")

// A sentence's sides are read more than once (once per clause reading, again for the outlet's own
// account): the last few readings are kept. The reading is a pure function of the text.
const recentSides = new Map<string, ReadonlyArray<Side>>()
export const sidesIn = (t: string): Array<Side> => {
  const known = recentSides.get(t)
  if (known !== undefined) return known.slice()
  const out = readSides(t)
  if (recentSides.size >= 16) recentSides.clear()
  recentSides.set(t, out.slice())
  return out
}
// the words armed groups' names are made of: an Arabic unit word before the name ("Jaish al-Izza",
// "Liwa al-Quds", "Jund al-Aqsa"), or an English one after it ("Sultan Murad Brigade", "Southern Front")
const NAME_WORD = String.raw`(?:(?:al|el|ul|an|ar|as|ash|at|ad|az)[- ])?[A-Z][\w'’-]*`
/** the Arabic unit words armed groups' names open on ("Jaish", "Liwa", "Kataib" ...) */
export const GROUP_UNIT = "Jaish|Jaysh|Jeish|Liwa|Ansar|Faylaq|Failaq|Jund|Harakat|Kataib|Katibat|Saraya|Alwiya|Tajammu|Jabhat|Jamaat|Firqat|Quwat"
const SHAPED_GROUP = new RegExp(
  String.raw`\b(?:(?:${GROUP_UNIT})\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3}|(?!(?:The|A|An|In|On|At|By|For|Of|And|But|Its|Their|His|Her)\b)${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\s+(?:Brigades?|Battalions?|Front|Legion|Division|Regiment|Movement))\b(?:['’]?s\b)?`,
  "g"
)
const GROUP_CUE = new RegExp(`${GROUP_UNIT}|Brigade|Battalion|Front|Legion|Division|Regiment|Movement`)
/** a speaker that is only "the group", "the faction": the side owning up is the one named */
const GROUP_ITSELF = /^(?:the\s+|a\s+)?(?:group|faction|organi[sz]ation|movement|brigade|battalion|militia)$/i
const isShapedGroup = (actor: string): boolean => {
  SHAPED_GROUP.lastIndex = 0
  const m = SHAPED_GROUP.exec(actor)
  return m !== null && m.index === 0 && m[0].length === actor.length
}
const readSides = (t: string): Array<Side> => {
  const out: Array<Side> = []
  ALL_SIDES.lastIndex = 0
  for (let m = ALL_SIDES.exec(t); m !== null; m = ALL_SIDES.exec(t)) {
    let g = 1
    while (m[g] === undefined) g++
    let end = m.index + m[0].length
    // a dateline, "MOSCOW (Sputnik) An explosion occurred ...": where the wire filed from, no side
    if (end - m.index >= 4 && /^\s*\(/.test(t.slice(end, end + 3)) && m[0] === m[0].toUpperCase()) continue
    // the long name is one side: "the Islamic State in Iraq and the Levant executed ..." (read apart:
    // inside ALL_SIDES the optional tail slows every sentence's scan)
    if (UNCASED[g - 1]![1] === "Islamic State") {
      LONG_NAME.lastIndex = end
      if (LONG_NAME.test(t)) end = LONG_NAME.lastIndex
    }
    out.push({ actor: UNCASED[g - 1]![1], at: m.index, end })
  }
  for (const [re, actor] of CASED) {
    re.lastIndex = 0
    for (const m of execAll(re, t)) {
      const at = m.index
      const end = at + m[0].length
      if (!out.some((o) => at < o.end && o.at < end)) out.push({ actor, at, end })
    }
  }
  // an armed group the lists do not know, named by its shape ("Jaish al-Izza", "the Southern Front"),
  // is a side under its own name
  if (GROUP_CUE.test(t))
    for (const m of execAll(SHAPED_GROUP, t)) {
      const at = m.index
      const end = at + m[0].length
      // (one spelling for "Jaish", as speakers' names have: "Jaysh al-Izza" is Jaish al-Izza)
      if (!out.some((o) => at < o.end && o.at < end)) out.push({ actor: m[0].replace(/['’]?s$/, "").replace(/^J(?:aysh|eish|aich)\b/, "Jaish"), at, end })
    }
  out.sort((a, b) => a.at - b.at)
  // "Jabhat al-Nusra terrorists", "ISIS militants ... and other terrorist groups": state media's
  // generic word after a named group is that group's noun, or its allies, not another side
  for (let k = out.length - 1; k > 0; k--) {
    const side = out[k]!
    if (side.actor !== "rebels") continue
    // ("Shabiha gunmen", "Hezbollah militants": any side's name right before the word is whose men they are)
    const before = out[k - 1]!
    if (before.actor !== "rebels" && /^\s+$/.test(t.slice(before.end, side.at))) {
      out[k] = { actor: before.actor, at: side.at, end: side.end }
      continue
    }
    const named = out.slice(0, k).findLast((o) => GROUPS.has(o.actor) || isShapedGroup(o.actor))
    if (named === undefined) continue
    const gap = t.slice(named.end, side.at)
    if (GROUP_NOUN_GAP.test(gap) || (gap.length <= 40 && ALLIES_GAP.test(gap))) out[k] = { actor: named.actor, at: side.at, end: side.end }
  }
  // "militants of the so-called Islamic State": the group's own fighters
  for (let k = 0; k + 1 < out.length; k++) {
    const side = out[k]!
    const named = out[k + 1]!
    if (side.actor === "rebels" && GROUPS.has(named.actor) && MEMBERS_OF_GAP.test(t.slice(side.end, named.at)))
      out[k] = { actor: named.actor, at: side.at, end: side.end }
  }
  return out
}
// (and its abbreviation between: "Islamic State of Iraq and the Levant (ISIL) terrorist organization")
const GROUP_NOUN_GAP = /^(?:['’]?s)?\)?\s+(?:\([A-Z]{2,6}\)\s+)?$/
const MEMBERS_OF_GAP = /^\s+of\s+(?:the\s+)?(?:so-called\s+)?$/i
const ALLIES_GAP = /\band\s+(?:the\s+)?other\s+$/i

// non-state armed groups: a source naming one is written as the group ("Islam Armys leader" is Jaish al-Islam)
const GROUPS = new Set([
  "Jaish al-Islam",
  "Jaish al-Fateh",
  "Ahrar al-Sham",
  "Faylaq al-Rahman",
  "Nusra Front",
  "Islamic State",
  "Hezbollah",
  "Al-Qaeda",
  "Free Syrian Army"
])

/** The armed group a speaker's name is, when the whole name is one ("Islam Armys", "ISIS"), else null. */
export const armedGroupNamed = (name: string): string | null => {
  const sides = sidesIn(name)
  if (sides.length !== 1 || !GROUPS.has(sides[0]!.actor)) return null
  const rest = (name.slice(0, sides[0]!.at) + name.slice(sides[0]!.end))
    // ("ISISs statement said": the group's own statement is the group speaking)
    .replace(/\b(?:the|s|group|front|militants?|fighters|organi[sz]ation|terrorists?|statement|communique|announcement)\b/gi, "")
    .trim()
  return rest === "" ? sides[0]!.actor : null
}

const inWord = (d: number): boolean => (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 0x2019 || d === 45
// s.split(/[^A-Za-z'’-]+/).filter(Boolean), read by hand: once per side and attack word
const wordsBetween = (s: string): Array<string> => {
  const out: Array<string> = []
  const n = s.length
  let i = 0
  while (i < n) {
    const start = i
    while (i < n && inWord(s.charCodeAt(i))) i++
    if (i > start) out.push(s.slice(start, i))
    else i++
  }
  return out
}

const PROGRESSIVE_AUX = /\s(?:were|was|are|is|(?:have|has|had)\s+been)(?:\s+(?:also|still|reportedly|repeatedly|continuously|constantly))?\s+$/i
const withoutProgressive = (gap: string, t: string, at: number, end: number): string =>
  t.charCodeAt(end - 1) === 103 && /ing$/i.test(t.slice(at, end)) ? gap.replace(PROGRESSIVE_AUX, " ") : gap

/** The side that carried out the attack named at [at, end), or null. */
export const agentOf = (t: string, sides: ReadonlyArray<Side>, at: number, end: number): string | null => {
  let best: { actor: string; score: number } | null = null
  for (const side of sides) {
    let score = -1
    // (past the blanks left where a placing was dropped: "terrorists [positioned in Jobar neighborhood]
    // targeted", whose 40 characters would end on "target")
    let next = side.end
    while (t.charCodeAt(next) === 32 && t.charCodeAt(next + 1) === 32) next++
    const after = t.slice(next, next + 40)
    const before = t.slice(Math.max(0, side.at - 60), side.at)
    // "shelling from army posts": the posts are where the fire came from, not its target
    if (TARGET_AFTER.test(after) && !/\bfrom\s+(?:the\s+)?$/i.test(before)) continue
    // "ISIL also lost 15 militants in the attack": the fighters lost are the victims
    if (LOSS_BEFORE.test(before)) continue
    // the side names the attack itself: "a Syrian bombing raid", "a suicide terrorist"
    if (side.at < end && at < side.end) score = 10
    else if (side.end <= at) {
      // "[side] [instruments]* [attack]": "regime shelling", "Russian and Syrian regime jets pounded"
      // ("Nusra terrorists and other groups affiliated to it targeted": the affiliation describes the doers)
      // ("Government forces were shelling", "troops have been shelling": the progressive is active,
      // its auxiliary no word between the side and its act)
      const gap = withoutProgressive(dropAffiliation(dropFought(t, sides, side.end, at)), t, at, end)
      const between = wordsBetween(gap)
      // never across a modal, an infinitive or a passive ("Russia ought to halt the bombs", "the
      // government's infrastructure could be targeted")
      // nor across a loss: "ISIS also lost 15 fighters in the attack"
      // ("a pretext for Russia to carpet bomb civilian areas" is Russia's: the infinitive is the attack)
      // ("has been using cluster munitions" is active: only "been" before a participle is passive)
      if (
        /\b(?:ought|should|must|would|could|will|may|might|not|never|be|being|lost|suffered|sustained)\b|\bbeen\b(?!\s+\w+ing\b)/i.test(gap) ||
        /(?<!\b(?:continu|return)\w*\s)\bto\s+(?!(?:carpet\s+)?(?:bomb|strike|shell|hit|target|attack|fire|pound|raid)\b)/i.test(
          dropAffiliation(t.slice(side.end, end))
        )
      )
        score = -1
      // "the terrorist attacks caused material damage": state media's generic word on an attack told
      // before, referred back, names no doer (though "killed by the terrorist shelling" does)
      else if (referredBack(t, side, before, at, end)) score = -1
      else if (between.every((w) => INSTRUMENT.test(w)) && between.length <= 6) score = 10 - between.length
      // "[side] ... [attack verb]" in one clause: "Jaysh al-Islam mounted one of the heaviest
      // attacks", "terrorist organizations located in the eastern neighborhoods targeted ..."
      // (never across "under the cover of", "backed by": the support of another's act)
      else if (
        between.length <= 12 &&
        // ("Security forces and plainclothes militiamen opened fire": more of the side's men, joined)
        !/[,;:]|\b(?:said|says|told|that|which|who|after|as|while|when|and|were|was|under|backed|support)\b/i.test(gap.replace(MORE_MEN, " ")) &&
        // (a hyphenated participle is an adjective: "their so-called anti-terrorism operations", "Iran-backed")
        // ("The Turkish Armed Forces retaliated by striking": a capitalised word is a name's, not a verb)
        !between.some((w) => /(?:ed|ing)$/i.test(w) && !w.includes("-") && !PLACED.test(w) && !LIGHT_VERB.test(w) && !/^[A-Z]/.test(w))
      )
        score = 3
      // "the US-led alliance's silence over the Raqqa massacre": an attack noun inside a phrase
      // the side's noun governs (a preposition and no verb between them) is not the side's act
      if (
        score === 3 &&
        !VERB_FORM.test(t.slice(at, end)) &&
        between.some((w) => NOUN_PREPOSITION.test(w)) &&
        !between.some((w) => VERB_FORM.test(w) || LIGHT_VERB.test(w) || AGENT_ADJECTIVE.test(w))
      )
        score = -1
      // the object of a preposition is no subject: "crossing the borders from Turkey destroying ..."
      if (score >= 0 && (TARGET_BEFORE.test(before) || TARGET_PREPOSITION.test(before))) score = -1
      // the object of a preposition is the subject of no verb: "crossing the borders from Turkey
      // destroying ..."; a side modifying the attack noun may follow one ("died in rebel shelling")
      // ("a pretext for Russia to carpet bomb": the subject of the infinitive after "for")
      if (score === 3 && PREPOSITION_BEFORE.test(before) && !(/^\s+to\s/i.test(gap) && /\bfor\s+$/i.test(before))) score = -1
    } else if (side.at >= end) {
      // "[attack] ... by [side]", "blamed the [side] for the strikes", "believed to be Russian"
      const gap = t.slice(end, side.at)
      if (BELIEVED.test(gap) && gap.length <= 60) score = 8
      // "an airstrike of the US-led coalition": the doer after an attack noun's "of"
      else if (ATTACK_NOUN.test(t.slice(at, end)) && /^\s+of\s+(?:the\s+)?$/i.test(gap)) score = 7
    }
    // "accused Russian warplanes of", "blamed rival Islamic State militants", "blamed the attack on Jaish al-Islam"
    if (/\b(?:blamed|accused|accusing|blaming|held)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(before)) score = Math.max(score, 9)
    // (the side in quotation marks too: 'blaming the attacks on "terrorists"')
    if (/\b(?:blamed|blaming|blames)\s+(?:the|an?|this|that)\s+(?:\S+\s+){0,5}?on\s+(?:the\s+)?["“]?$/i.test(before)) score = Math.max(score, 9)
    // the blame laid in other words: "pinning the blame on the regime of ...", "the attack that the West
    // blames on ...", "pointed the finger at the government of ..."
    if ((before.includes("blame") || before.includes("finger")) && BLAME_ON.test(before)) score = Math.max(score, 9)
    if (score > (best?.score ?? -1)) best = { actor: side.actor, score }
  }
  if (best === null) return null
  // two sides acting together: "Russian Aerospace Forces in cooperation with Syrian army air
  // forces", "Turkish Armed Forces and the U.S.-led coalition"
  const chosen = sides.find((x) => x.actor === best!.actor)!
  for (const other of sides) {
    if (other.actor === chosen.actor || other.actor.includes(chosen.actor) || chosen.actor.includes(other.actor)) continue
    const [a, b] = other.at < chosen.at ? [other, chosen] : [chosen, other]
    const gap = t.slice(a.end, b.at)
    if (JOINED.test(gap) && !TARGET_PREPOSITION.test(t.slice(Math.max(0, a.at - 40), a.at))) return `${a.actor} and ${b.actor}`
  }
  return best.actor
}
// "the US-led coalition fighting IS had also carried out air strikes": the side a participle fights
// is its object, and describes the doer as an affiliation does
const FIGHTING_BEFORE = /\b(?:fighting|battling|combat(?:t)?ing|backing|supporting)\s+(?:the\s+)?$/i
const dropFought = (t: string, sides: ReadonlyArray<Side>, from: number, to: number): string => {
  // ("Russian jets backing government forces fighting rebels bombed": every such side in turn)
  let gap = ""
  let at = from
  for (const other of sides) {
    if (other.at < at || other.end > to) continue
    const lead = FIGHTING_BEFORE.exec(t.slice(at, other.at))
    if (lead === null) continue
    gap += `${t.slice(at, at + lead.index)} `
    at = other.end
  }
  return gap + t.slice(at, to)
}
const AFFILIATION = /\b(?:affiliated|linked|allied|loyal|belonging)\s+(?:to|with)\s+(?:it|them)\b/gi
const dropAffiliation = (gap: string): string => (gap.includes(" to ") || gap.includes(" with ") ? gap.replace(AFFILIATION, " ") : gap)
const LOSS_BEFORE = /\b(?:lost|losing|loses)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d[\d,]*|\w+)\s+(?:of\s+(?:its|their)\s+)?$/i
const PRETEXT = /\b(?:pretext|excuse|justif\w*|in\s+response|retaliat\w*)\b/i
// a word read as a verb ("targeted", "shelling", "struck"), and the prepositions a noun takes its complement with
const VERB_FORM = /(?:ed|ing)$|^(?:struck|hit|hits|shot|blew|threw|fire|fires|kills?|bombs|shells|pounds|targets|attacks|strikes|raids)$/i
const NOUN_PREPOSITION = /^(?:over|about|of|against|on|at|in|into|for|with|from)$/i
// "the regime likely responsible for the chemical attack": the side is the doer
const AGENT_ADJECTIVE = /^(?:responsible|behind|guilty|culpable)$/i
// (up to the side: "the regime of Bashar al-", "Syria President Bashar al-")
const BLAME_ON = /\b(?:blame\s+(?:for\s+[^.;,]{0,60}?)?on|blames?\s+on|blamed\s+on|finger\s+at)\s+[^.;,]{0,40}$/i
const HYPOTHETICAL_CUE = /any|possib|potenti|propos|plann|future|approv|authori|threat|warn/i
const HYPOTHETICAL =
  /\b(?:any|possible|potential|proposed|planned|future|approval\s+for|authori[sz]\w*|(?:threat|threats|threatened|threatening)\s+(?:of\s+|to\s+)?|warn\w*\s+against)\s+(?:[\w-]+\s+){0,3}$/i
const GENERIC = /^terrorists?$/i
const ATTACK_NOUN = /^(?:air ?strikes?|air[- ]raids?|raids?|strikes?|attacks?|shelling|bombing|bombardment|assaults?)$/i
// "an attack by ISIS", "an operation carried out by": the doer named right after the act
const AGENT_NEXT = /^\s+(?:(?:carried\s+out|conducted|launched)\s+)?by\s/i
const OPERATION_DEAD = /\b(?:killed|dead|died)\b/i
const OPERATION_BY = /\boperations?\s+(?:(?:carried\s+out|conducted|launched)\s+)?by\s/i
const deadInOperation = (t: string): boolean => OPERATION_BY.test(t) && OPERATION_DEAD.test(t) && !/\bcontrol\b/i.test(t)
const REFERRED_NOUN = /^(?:attacks?|explosions?|blasts?|bombings?|acts?)$/i
const referredBack = (t: string, side: Side, before: string, at: number, end: number): boolean =>
  side.actor === "rebels" &&
  GENERIC.test(t.slice(side.at, side.end)) &&
  REFERRED_NOUN.test(t.slice(at, end)) &&
  /^\s*(?:(?:rocket|mortar|suicide|car|bomb)\s+)?$/i.test(t.slice(side.end, at)) &&
  /\bthe\s+(?:\w+\s+)?$/i.test(before) &&
  !/\bby\s+the\s+(?:\w+\s+)?$/i.test(before)
// what joins two sides acting together
const JOINED = /^(?:\s+[\w-]+){0,3}?\s+(?:and|with|in\s+cooperation\s+with|alongside|together\s+with|backed\s+by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$/

const ACTION: ReadonlyArray<readonly [RegExp, string]> = [
  // (gas as an industry's, and gas cylinders packed with explosives, are no chemical weapon; elsewhere
  // a gas cylinder bomb is still an attack)
  // (nor tear gas, a police weapon)
  [new RegExp(String.raw`\b(?:chemical|(?<!\btear[- ])gas(?:es)?(?!\s+(?:${GAS_INDUSTRY}|cylinders?)\b)|sarin|chlorine|toxic)\b`, "i"), "chemical attack"],
  [/\bcluster (?:bombs?|munitions)\b/i, "cluster bombs"],
  [/\bbarrel bombs?\b/i, "barrel bombs"],
  [/\b(?:car bomb|suicide|truck bomb|explosive device|ied)\b/i, "car bomb"],
  [/\b(?:execut\w*|behead\w*|crucif\w*)\b/i, "execution"],
  [/\b(?:shot down|downed|downing|shoot down)\b/i, "shooting down"],
  [/\b(?:shell(?:s|ed|ing)?|mortars?|rockets?|artillery)\b/i, "shelling"],
  [/\b(?:snipers?|sniping)\b/i, "sniper fire"],
  [/\bambush\w*/i, "ambush"],
  [
    /\b(?:air ?strikes?|air[- ]raids?|raids?|strikes?|struck|bomb(?:s|ed|ing)?|planes|jets|warplanes|sorties|missiles?|helicopters?|aircraft|drones?|gunships?|aviation|air\s+force|aerospace\s+forces|(?:aerial|air)\s+campaigns?)\b/i,
    "strike"
  ],
  [/\b(?:shot|shoots|shooting|fired|fires)\b/i, "shooting"]
]
// rockets fired from the air ("a helicopter fired rockets at a crowd") are a strike, not shelling
const AIRCRAFT = /\b(?:helicopters?|jets|warplanes|planes|aircraft|drones?)\b/i
const GUNS = /\b(?:shell(?:s|ed|ing)?|mortars?|artillery|tanks?|launchers?)\b/i
export const actionIn = (s: string): string => {
  for (const [re, a] of ACTION) if (re.test(s)) return a === "shelling" && AIRCRAFT.test(s) && !GUNS.test(s) ? "strike" : a
  return "attack"
}

// what a denial calls an account ("described the reports as lies", "the video was fake news",
// "branded the accusation a lie", "the allegations had no basis"), in one list for every pattern
const VERDICT = String.raw`(?:lies|lie|false|fake(?:\s+news)?|baseless|groundless|unfounded|untrue|not\s+true|propaganda|nonsense|slander|fabricat\w*|provocations?|non-?credible|not\s+credible|staged|made\s+up|invented|without\s+(?:any\s+)?(?:basis|foundation))`
// an account of the act, which a denial may call false
const ACCOUNT = "(?:reports?|claims?|allegations?|accusations?|charges?|videos?|footage|images|pictures|photos|stor(?:y|ies)|accounts?|versions?)"
// Denials: explicit, or an account that rules the act out.
// (a lookbehind goes after its word, "will(?<=...will)": one opening an alternative slows every place
// the whole pattern is tried)
const DENIAL = new RegExp(
  String.raw`\b(?:(?:call(?:ed|s|ing)|dubb(?:ed|ing)|term(?:ed|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing))\s+(?:the\s+|these\s+|such\s+|all\s+)?(?:${ACCOUNT}(?:\s+(?:of|about|that)(?:\s+[\w'’-]+){1,10}?)?|it|this|that|them)\s+["“]?(?:an?\s+)?(?:[\w-]+\s+)?${VERDICT}|den(?:y|ies|ied|ying|ials?)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed)?|stag(?:ed|ing)\s+(?:an?\s+)?provocations?|staged\s+(?:videos?|footage|scenes?)|no\s+(?:[\w-]+\s+){0,2}?(?:flights|sorties)\s+(?:by|of|over)|(?:did|does|do)\s+not\s+(?:have|possess|own)\s+(?:any\s+)?(?:chemical|toxic|such|banned|cluster)\s+(?:weapons|arms|munitions|agents)|(?:had|has|have|did|does|do|would|will(?<=\bnot\s+(?:\w+\s+){0,3}(?:and|or)\s+will))\s+not\s+(?:(?:knowingly|deliberately|intentionally|ever)\s+)?(?:carr(?:y|ied)\s+out|str(?:uck|ike)|bomb(?:ed)?|target(?:ed)?|hit|launch(?:ed)?|conduct(?:ed)?|attack(?:ed)?|fire[ds]?|shell(?:ed)?|use[ds]?|open(?:ed)?\s+fire)|(?:plant|station|hospitals?|schools?|buildings?|mosques?|market|convoy|bridge|camp|airport|base|facility|facilities|clinics?|church|bakery|houses?|homes|site|factory|dam)\s+(?:(?:was|were|is|are)\s+not|(?:has|have|had)\s+not\s+been)\s+(?:targeted|hit|struck|bombed|shelled|attacked)(?!\s+(?:at|deliberately|intentionally|in\s+the\s+(?:first|initial|second)|but)\b)|(?:jets|planes|aircraft|warplanes|air\s+forces?|aviation)(?:\s+(?!(?:have|has|had|did|do|does)\b)\S+){0,6}?\s+["“]?(?:have|has|had|did|do|does)\s+not\s+(?:(?:approach(?:ed)?|enter(?:ed)?|operate[sd]?["”]?\s+(?:over|in|near|above))(?!\s+(?:[\w-]+\s+){0,2}?air\s?space\b)|fl(?:y|own|ew)\s+(?:over|near|in)(?!\s+(?:[\w-]+\s+){0,2}?air\s?space\b)|(?:perform(?:ed)?|fl(?:y|own|ew)|carr(?:y|ied)\s+out|conduct(?:ed)?)\s+(?:any\s+|a\s+(?:single\s+)?)?(?:combat\s+)?(?:missions?|sorties|flights)|engage[ds]?\s+(?:any\s+|a\s+(?:single\s+)?)?targets?)|\bno\s+(?:(?:russian|syrian|turkish|american|u\.?s\.?|israeli|iraqi|iranian|jordanian|french|british|raf|belgian|dutch|australian|canadian|coalition)\s+(?:(?:or|and)\s+(?:russian|syrian|turkish|american|u\.?s\.?|israeli|iraqi|iranian|jordanian|french|british|raf|belgian|dutch|australian|canadian|coalition)\s+)?)?(?:jets?|planes?|aircraft|warplanes?|helicopters?)\s+(?:have\s+|has\s+|had\s+)?(?:(?:carried\s+out|conducted|launched|made|flew)\s+(?:any\s+|an?\s+(?:single\s+)?)?(?:combat\s+)?(?:missions?|sorties|flights|strikes?|raids?)|engaged\s+(?:any\s+|a\s+(?:single\s+)?)?targets?|operated\s+(?:over|in|near|above)|flew\s+over|flown\s+over|over|approached)(?!\s+(?:[\w-]+\s+){0,2}?air\s?space\b)|never\s+(?:carried\s+out|struck|bombed|targeted|hit|attacked|used|use\s+(?:[\w-]+\s+){0,2}?(?:chemical|gas|poison|toxic|weapons?|barrel|cluster|chlorine|sarin|munitions)\b)|(?:it|they|we|forces|jets|planes|aircraft|warplanes|troops|army|military|air\s+forces?|aviation|coalition)(?:\s+(?!(?:were|was|are|is)\b)\S+){0,4}?\s+(?:were|was|are|is)\s+not\s+(?:carrying\s+out|conducting|flying|operating|involved)|(?:it|this)\s+(?:was\s+not|wasn['’]t)\s+(?:them|us)\b|(?:had|has|have|did|does|do)\s+not\s+(?:harmed|harm|hurt|killed|kill)\s+(?:a\s+single|any)\s+civilians?|neither\s+(?:the\s+)?(?:russian|syrian|turkish|american|us|u\.s\.|coalition|government|regime|iranian|israeli|iraqi|jordanian|british|french)\s+(?:\S+\s+){0,4}?nor\s+(?:\S+\s+){1,5}?(?:were|was|had|have|has|did)\s+(?:\S+\s+)?(?:carr(?:ying|ied)\s+out|conduct(?:ing|ed)|fl(?:ying|ew)|operat(?:ing|ed)|involved|strik(?:ing|e)|bomb(?:ing|ed))|there\s+were\s+no\s+(?:\S+\s+){0,6}?(?:planes|aircraft|jets|warplanes|helicopters)|there\s+(?:were|was)\s+no\s+(?:(?!(?:information|reports?|word|news|casualties|details|confirmation|immediate)\b)\S+\s+){0,4}?(?:air\s?)?(?:strikes|raids|sorties)\s+(?:in|on|over|near|against|at)\b|no\s+(?:[\w-]+\s+){0,2}?(?:artillery|aircraft|planes|jets|warplanes|helicopters|barrel\s+bombs|chemical\s+weapons)\s+(?:was|were|had\s+been|have\s+been)\s+used|no\s+(?:civilian\s+|residential\s+|medical\s+)?(?:civilians?|area|areas|neighbou?rhoods?|homes|houses|hospitals?|schools?|markets?|facilities)(?:\s+(?:or|and|nor)\s+(?:civilian\s+|residential\s+|medical\s+)?(?:civilians?|areas|neighbou?rhoods?|homes|houses|hospitals?|schools?|markets?|facilities))?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:targeted|hit|harmed|struck|bombed|shelled)|not\s+a\s+single\s+(?:rocket|shell|missile|mortar|bullet|shot|bomb|strike|round)["”]?\s+(?:has\s+been|had\s+been|was|were)\s+(?:fired|launched|dropped)|no\s+(?:air\s?)?(?:strikes?|raids?|attacks?|bombing|shelling|sorties)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:carried\s+out|conducted|launched|made)|(?:nobody|no\s+one)\s+(?:has\s+|had\s+)?(?:fired|shot|shelled|opened\s+fire)\s+(?:on|at)|(?:was|were|is|are)\s+not\s+(?:targeting|striking|bombing|shelling|attacking|hitting|firing\s+(?:on|at))\s+(?:(?:the|any|civilian|residential|populated)\s+)?(?:civilians?|residential|homes|houses|neighbou?rhoods|markets?|hospitals?|schools?)\b(?!\s+but\b)|at\s+no\s+time\s+(?:\w+\s+)?(?:targeted|struck|bombed|shelled|attacked|hit|fired\s+(?:on|at))|at\s+no\s+time\s+(?:did|has|have|had)\s+(?:[\w-]+\s+){1,4}?(?:target(?:ed)?|str(?:ike|uck)|bomb(?:ed)?|shell(?:ed)?|attack(?:ed)?|hit)\b|never\s+(?:been\s+)?aim(?:ed)?\b(?:\s+[\w'’,-]+){0,8}?\s+at\s+(?:[\w'’,-]+\s+){0,4}?(?:civilians?|homes|houses|residential|neighbou?rhoods|villages|people)|never\s+(?:fired\s+)?(?:at|on)\s+(?:[\w'’-]+\s+){0,2}?(?:homes|houses|civilians|residential|neighbou?rhoods|villages)|${VERDICT}\s+(?:are|is|were|was)\s+(?:the|these|those|such)\s+${ACCOUNT}|(?:jets|planes|aircraft|warplanes|helicopters)\s+(?:were|was|had\s+been)\s+nowhere\s+near|rumou?rs?\s+about|(?:spread|spreading|spreads|circulat(?:ed|ing|es)|peddl(?:ed|ing|es)|propagat(?:ed|ing|es))\s+(?:\w+\s+)?(?:lies|rumou?rs|falsehoods|fabrications|false\s+(?:claims|reports|news|information))\s+(?:that|about)|(?:false|baseless|unfounded|fabricated|so-called)\s+(?:allegations?|accusations?)|fabricat(?:ed|ions?)|false\s+(?:claims?|reports?|information)|${ACCOUNT}(?:\s+(?:of|about|that)(?:\s+[\w'’-]+){1,10}?)?\s+as\s+["“]?(?:an?\s+)?(?:[\w-]+\s+)?${VERDICT}|${ACCOUNT}\b[^.;]{0,260}?\s(?:(?:are|is|was|were)\s+["“]?(?:[\w-]+ly\s+)?["“]?(?:an?\s+)?(?:(?!not\b)[a-z/-]+\s+)?${VERDICT}|(?:had|has|have|lacks?|lacked)\s+no\s+(?:basis|foundation)|(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|facts|truth))\b|^\W*(?:that|this|it|(?:this|that|such)\s+news)\s+(?:is|was)\s+(?:simply\s+|completely\s+|totally\s+|entirely\s+|utterly\s+)?(?:false|untrue|a\s+lie|lies|fake|fabricated|baseless|groundless|unfounded)|not\s+responsible|(?:conducted|carried\s+out|launched|flew|made)\s+no\s+(?:air\s?)?(?:strikes?|raids?|attacks?|operations?|sorties|flights|bombing|(?:combat\s+)?missions)|no\s+evidence["”]?\s+(?:that|of)\s+["“]?(?:[\w'’-]+\s+){0,6}?(?:caused|causing|killed|killing|harmed|hit|hitting|struck|striking)\b|no\s+evidence["”]?\s+of\s+(?:any\s+)?civilian\s+(?:casualties|deaths|harm)|(?:had|has|have)\s+["“]?no\s+record["”]?\s+of\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|raids?|attacks?|bombing|shelling)|(?:played|plays|play|had|has|have)\s+no\s+(?:role|part|hand)\s+(?:\w+\s+)?in\s+(?:any\s+|the\s+|this\s+|these\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|bombing|shelling|massacre|raids?)|(?:had|has|have)\s+no\s+(?:connection|link)\s+(?:to|with)\s+(?:them|it|the\s+(?:shells|rockets|attack|strike|bombing|shelling|blast))|(?:is|are|was|were)\s+not\s+to\s+blame(?![^.]{0,80}?\b(?:accus|blam)\w*)|nothing\s+to\s+do\s+with|no\s+truth(?:\s+whatsoever)?["”]?\s+(?:whatsoever\s+)?(?:to|in)["”]?\s+(?:the\s+|these\s+|such\s+|any\s+)?(?:[\w-]+\s+)?${ACCOUNT}|(?:crashed|went\s+down|fell)\s+(?:\w+\s+){0,3}?(?:due\s+to|because\s+of|after|following)\s+(?:a\s+)?(?:technical|mechanical|engine)|technical\s+(?:failure|fault|malfunction|problem)|outside\s+(?:its|our|their)\s+area\s+of\s+operations?|(?:gas|chemicals?|toxins?)\s+(?:had\s+|has\s+)?leaked)\b`,
  "i"
)
// "did not deny", "I'm not denying that we struck a building", "to deny Daesh the ability to move", "shot down
// by rebels or crashed because of technical faults",
// "I hope we were not involved"
// a proposal rejected, after the verb: "rejected calls for a ceasefire" (no denial, and no verb of saying)
// Words at least one of which every branch of DENIAL holds: most sentences have none, and skip its
// long scan (a branch added to DENIAL needs its word here)
const DENIAL_CUE =
  /den(?:y|ies|ied|ying|ial)|reject|refut|dismiss|stag(?:ed|ing)|\bno\b|\bnot\b|n['’]t\b|never|neither|nobody|nothing|lie|false|fake|baseless|groundless|unfounded|untrue|propaganda|nonsense|slander|fabricat|provocation|credible|made\s+up|invented|rumou?r|so-called|technical|mechanical|engine|outside|leaked|nowhere/i
const denies = (s: string): boolean => DENIAL_CUE.test(s) && DENIAL.test(s)
const denialIn = (s: string): RegExpExecArray | null => (DENIAL_CUE.test(s) ? DENIAL.exec(s) : null)
const PROPOSAL = String.raw`(?:the\s+|a\s+|an\s+|any\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:calls?|demands?|proposals?|offers?|plans?|requests?|initiatives?|resolutions?|draft|deal|agreement|ceasefire|truce|talks|negotiations|conditions|idea|suggestions?|invitation|appeals?)\b`
const NOT_A_DENIAL = new RegExp(
  String.raw`\b(?:reject\w*|dismiss\w*|refut\w*)\s+${PROPOSAL}|\bhope[sd]?\s+(?:\S+\s+){0,2}?(?:were|was|are|is)\s+not\b|\b(?:did\s+not|didn't|could\s+not|couldn't|would\s+not|cannot|can't|no\s+one)\s+(?:den(?:y|ied)|reject(?:ed)?|dismiss(?:ed)?|refute[ds]?)\b|\b(?:not|never)\s+denying\b|\bdeny(?:ing)?\s+(?:\S+\s+){1,3}?(?:the|any)\s+(?:ability|access|chance|opportunity|means|use)\b|\bor\s+(?:had\s+|have\s+)?(?:crashed|went\s+down|fell)\b`,
  "i"
)
// ("rejected the claims as lies spread by the YPG": the verdict after the verb)
const LIE_VERDICT = new RegExp(
  String.raw`\bas\s+["“]?(?:an?\s+)?(?:[\w-]+\s+)?${VERDICT}\b|\s(?:are|is|was|were)\s+["“]?(?:[\w-]+ly\s+)?["“]?(?:an?\s+)?(?:(?!not\b)[a-z/-]+\s+)?${VERDICT}\b`,
  "i"
)
// a denial calling the account faked rather than naming the act it denies
/** a side named in the verdict on an account, not as its doer: "were 'terrorist propaganda'",
 * "fabricated by 'terrorist groups'" */
const inVerdict = (t: string, x: { readonly at: number; readonly end: number }): boolean =>
  /^["”]?\s+(?:propaganda|lies|media|fabrications?)\b/i.test(t.slice(x.end, x.end + 20)) || VERDICT_BY.test(t.slice(Math.max(0, x.at - 40), x.at))
const VERDICT_BY = new RegExp(String.raw`${VERDICT}\s+(?:by|of|from)\s+["“]?(?:the\s+)?(?:[\w-]+\s+)?$`, "i")
const FAKED =
  /^(?:stag|fabricat|false|baseless|unfounded|so-called|call|dubb|term|brand|label)|(?:lies|lie|false|fake|news|baseless|groundless|unfounded|untrue|true|propaganda|nonsense|slander|fabricat\w*|staged|made\s+up|invented|basis|foundation)$/i
// (every branch of NOT_A_DENIAL holds one of these: most sentences have none)
const NOT_A_DENIAL_CUE = /deny|denied|crashed|went|fell|hope|reject|dismiss|refut/i
/** the side a denial is about: what follows the verb ("deny any Russian and regime siege") */
// an attack claimed, not lives claimed in one ("IS claims attack", "claimed the double suicide bomb
// attack"; not "were claimed in a terrorist bombing"), after any of `determiners`
const attackClaimed = (determiners: string): string =>
  String.raw`(?<!\b(?:were|was|been|be|are|is)\s)claim(?:ed|s)?\s+(?:(?:${determiners})\s+)?(?:(?!(?:in|by|on|at|with|of|for)\b)[\w-]+\s+){0,3}?(?:attack|bombing|blast|strike|assault|explosion|killing|execution)s?`
const ADMISSION = new RegExp(
  String.raw`\b(?:claimed\s+responsib\w*|claims?\s+responsib\w*|took\s+responsib\w*|claimed\s+by|${attackClaimed("the|an?|this|that|its|previous|recent|past|several|both|two|three|many")}|said\s+it\s+(?:was|had\s+been)\s+behind|(?:we|our\s+(?:forces|jets|units|fighters))\s+(?:have\s+|had\s+)?(?:launched|carried\s+out|struck|hit|destroyed|shot|downed|targeted|eliminated|bombed|shelled|killed))\b`,
  "i"
)
const SAID_IT =
  /\b(?:said|says|saying|announced|confirmed|stated|claimed|added|admitted|acknowledged|reported)\s+(?:(?:earlier|later|previously|also)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){1,8}?(?=that\s))?(?:that\s+)?(?:it|they|we|(?:(?:\w+|some|all)\s+of\s+)?(?:its|their|our)\s+(?:[\w-]+\s+){0,1}(?!(?:was|were|is|are)\b)[\w-]+)\s+(?:had\s+|has\s+|have\s+|(?:is|was|are|were)\s+(?=\w+ing\b))?(?:been\s+(?=\w+ing\b))?(?:(?!been\b|not\b|never\b|was\b|were\b|is\b|are\b)\w+\s+)?(?:launch|carr|struck|strik|hit|destroy|shot|shoot|down|target|eliminat|bomb|shell|kill|conduct|fir|attack|behind|detonat|blew|blow|ambush)/i
/** the UN and its agencies, by the names the speaker table gives them */
export const UN_NAMES = ["UN", "OCHA", "UNHCR", "UNICEF"] as const
/** sources that watch or report the war and fight in it on no side: "it" in their words is never their own attack */
const BYSTANDER: ReadonlySet<string> = new Set([
  "SOHR",
  "White Helmets",
  ...UN_NAMES,
  "WHO",
  "SANA",
  "medical sources",
  "doctors",
  "medics",
  "surgeons",
  "witnesses",
  "local sources",
  "activists",
  "opposition activists",
  "residents",
  "rights groups"
])
// an armed group telling what its fighters did: "the group said two of the fighters fired shots"
const GROUP_FIGHTERS =
  /\b(?:said|says|stated|announced|claimed)\s+(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){1,8}?(?=that\s))?(?:that\s+)?(?:\w+\s+of\s+)?(?:the|its|their)\s+(?:groups?\s+|group['’]s\s+)?(?:fighters|members|militants|men|attackers|suicide\s+bombers)\s+(?:(?:had\s+)?(?:\w+\s+)?(?:launch|carr|struck|strik|hit|destroy|shot|fir|attack|blew|detonat|stormed)|(?:(?!not\b|no\b|never\b)[\w-]+\s+){0,7}?(?:were|was)\s+involved\s+in\b)/i
// the side just before "claimed responsibility" is the claimant: "The terrorist group of Nusra Front claimed ..."
// ("IS claims attack", "the group on Tuesday claimed the double suicide bomb attack": an attack claimed)
const CLAIMED = new RegExp(String.raw`\b(?:(?:claimed|claims?|took|takes)\s+responsib|${attackClaimed("the|an?|this|that|its")}\b)`, "i")
// (not responsibility "for" something: with no attack word, that is no attack: "for the capture of
// the town", "for organising the rally")
const RESPONSIBILITY_TAKEN = /\b(?:claimed|claims?|took|takes|has\s+claimed)\s+responsibility\b(?!\s+for\b)/i
const NOT_TAKEN_BEFORE = /\b(?:not|no|never|yet|nobody|none|neither|nor|any)\b[^.;]{0,30}$|n['’]t\s+$/i
const claimantOf = (s: string): string | null => {
  const m = CLAIMED.exec(s)
  if (m === null) return null
  const sides = sidesIn(s.slice(0, m.index))
  let side = sides.at(-1)
  if (side === undefined) return null
  // "the Tahrir al Sham militants": the group named, not the generic word after it
  const named = sides.at(-2)
  if (side.actor === "rebels" && named !== undefined && named.actor !== "rebels" && /^\s*$/.test(s.slice(named.end, side.at))) side = named
  const gap = s.slice(side.end, m.index)
  return wordsBetween(gap).length <= 3 && !/[,;]|\b(?:said|says|that|after|when|and|but|no)\b/i.test(gap) ? side.actor : null
}
// a speaker telling the reason for its own side's attacks owns them: "Rebels have said in the past
// their attacks on Sheikh Maqsoud were in response to ..."
// "the coalition said its raids there and in Iraq unintentionally killed at least 220 civilians"
const ITS_ACT =
  /\b(?:said|says|stated|announced|confirmed|admitted|acknowledged)\s+(?:that\s+)?(?:its|their|our)\s+(?:[\w-]+\s+)?(?:raids|strikes|air ?strikes|attacks|bombing|shelling|jets|warplanes|aircraft)\s+(?:(?!not\b|no\b|never\b|did\b|had\s+not\b)[\w-]+\s+){0,6}?(?:killed|struck|hit|destroyed|targeted|bombed|shelled|killing)\b/i
const OWN_ATTACKS =
  /\b(?:said|says|saying|stated|argued|insisted|maintained|explained)\s+(?:(?:in\s+the\s+past|earlier|previously|before|repeatedly)\s+)?(?:that\s+)?(?:its|their|our)\s+(?:[\w-]+\s+)?(?:attacks|strikes|air ?strikes|raids|shelling|bombing|operations)\s+(?:\w+\s+){0,5}?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:in\s+response|a\s+response|retaliation|in\s+retaliation|aimed|meant|intended|to\s+(?:stop|prevent|protect|defend|counter|respond))/i
/** a state's armed forces or its ministry speaking (not its media, which tell of others' arms too) */
const ARMED_FORCES_SPEAKER = /military|army|armed forces|defen[cs]e ministry|ministry of defen[cs]e|general staff|pentagon|central command|centcom/i
const OWN_ARMS = /\b(?:warplanes|jets|bombers|aircraft|planes|helicopters|aviation|air\s+force|drones)\b/i
const CONFIRMS = /\b(?:confirm(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:es|ed)|announc(?:es|ed)|did\s+not\s+deny|didn't\s+deny)\s+(?:the|that|a|an|its|their)\b/i
// the victims of an attack on civilians: "killing 27 civilians", "killed dozens of people", "84 people including 17 children killed by"
const CIVILIANS_KILLED =
  /\b(?:kill\w*|massacr\w*)\s+(?:at\s+least\s+|some\s+|more\s+than\s+)?(?:\d+|\w+|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:\w+\s+)?(?:civilians|people|children|women|protesters|residents|worshippers|villagers|passengers)\b/i
// ("84 people including 17 children killed by": read apart, only where "killed by" is in the sentence)
const CIVILIANS_KILLED_BY =
  /\b(?:civilians|people|children|women|protesters|residents|worshippers|villagers|passengers)\s+(?:[\w-]+\s+){0,4}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|massacred)\s+by\s/i

const KILLED_BY_CUE = /(?:killed|massacred) by/i
const civiliansKilled = (s: string): boolean => CIVILIANS_KILLED.test(s) || (KILLED_BY_CUE.test(s) && CIVILIANS_KILLED_BY.test(s))
const blank = (m: string): string => " ".repeat(m.length)
const WHETHER_CUE = /\b(?:whether|unclear|not\s+(?:immediately\s+)?clear|unknown)\b/i
const DOUBT =
  /\b(?:(?:did|does|do)\s+not\s+know|not\s+(?:immediately\s+)?(?:clear|known)|unclear|unknown|could\s+not\s+(?:say|confirm|determine|verify)|investigat\w*|to\s+determine|to\s+verify)\s+(?:\w+\s+){0,3}?(?:whether|who|which\s+side)\b[^.;]*?(?=\s+(?:but|while|although|though|however|yet|and\s+(?:the|its)\s+\w+\s+(?:has|had|have|said))\b|[.;]|$)/gi
/** "do not target", "does not strike": present-tense negations, a policy when their object is a side */
const POLICY = /^(?:do|does)\s+not\b/i
const ATTACK_WORD = new RegExp(ATTACK.source, "i")
const GROUND_OWN =
  /\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|units|men|members)\s+(?:had\s+|have\s+|has\s+)?(?:killed|destroyed|eliminated|captured|repelled)\b/i
/** what a denial may deny without naming the act: "denied the reports", "denied responsibility" */
// (and the use of a weapon: "has denied government forces use the weapons")
const DENIED_THING =
  /\b(?:claims?|reports?|accusations?|allegations?|charges?|stor(?:y|ies)|accounts?|versions?|videos?|footage|images|pictures|photos|responsibility|involvement|involved|role|rumou?rs?|news|lies|falsehoods|fabrications|(?:use[sd]?|using)\s+(?:[\w-]+\s+){0,2}?(?:weapons|them|gas|chemicals?|chlorine|sarin|barrels?|cluster)|(?:its|their|our|any)\s+(?:[\w-]+\s+)?(?:jets|planes|aircraft|warplanes|helicopters|aviation)\s+(?:had\s+|have\s+|has\s+)?(?:flew|flown|fly|operated|were|was|been)\s+(?:(?:flying|operating)\s+)?(?:over|near|in\s+the\s+area|anywhere\s+near)|(?:his|its|their|our)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|men|units|gunmen|guns|artillery)\s+(?:were|was|had\s+been|are|is|have\s+been)\s+(?:aiming|firing|shooting)\s+at|(?:air\s+force|jets|planes|aircraft|warplanes|aviation)\s+(?:was|were|had\s+been|has\s+been)\s+(?:active|operating|flying|present)\s+(?:in|over|near))\b/i
// "Ankara flatly rejects this", "denied it": a pronoun the object of the denial, not the "that" of a
// clause ("denied in a statement that any deal would include ...", "denied that it gave Ankara a green light")
const DENIED_PRONOUN =
  /^\S+\s+(?:\w+ly\s+)?(?:it|this|that|them|these|everything)\s*(?:[.,;:"”)]|$|\s+(?:as|outright|entirely|completely|flatly|categorically|strongly|too|again|and|but|on|in|at|during|via|through|last|this|yesterday|today|late|early|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)/i
// quick tests before the costlier patterns
const SINCE_CUE = /\bsince\b/i
const HELD_CUE = /(?:held|controlled|besieged|run|backed|linked|affiliated|dominated|allied|loyal|occupied)\b/i
// "Daesh (a terrorist group banned in Russia) Thursday attack": Russian outlets' legal aside is no side
const ASIDE_CUE = /\b(?:banned|outlawed|prohibited)\b/i
const BANNED_ASIDE = /\([^()]{0,80}?\b(?:banned|outlawed|prohibited)\b[^()]{0,40}\)/gi
const PLACED_CUE = /\b(?:located|positioned|stationed|based|deployed|entrenched|holed)\b/i
// "terrorist organizations located in Binnish and Maaret Masrin fired mortar shells"
const PLACED_IN =
  /\b(?:(?:who|which|that)\s+(?:are|were|is|was|had\s+been|have\s+been)\s+)?(?:located|positioned|stationed|based|deployed|entrenched|holed\s+up)\s+(?:in|at|near|inside|on|around)\s+(?:the\s+)?(?:[A-Za-z'-]+\s+){0,20}?(?=(?:fired|targeted|shelled|launched|attacked|struck|hit|bombed|dropped|opened|planted)\b)/gi

const SIDE_IN_CUE = /\b(?:terrorist|rebel|militant|insurgent|armed|gunmen|jihadist)\w*\s+(?:\w+\s+)?(?:in|from|inside)\s+(?:the\s+)?[A-Z]/
const SIDE_IN_PLACES =
  /(?<=\b(?:terrorists?|terrorist\s+(?:groups?|organi[sz]ations?)|rebels?|rebel\s+groups?|militants?|insurgents?|armed\s+groups?|gunmen|jihadists?)\s)(?:in|from|inside)\s+(?:the\s+)?(?:(?:al-|el-)?[A-Z][\w'’-]*(?:,?\s+)|(?:and|al|el)\s+){1,8}?(?=(?:had\s+|have\s+|has\s+)?(?:fired|targeted|shelled|launched|attacked|struck|hit|bombed|dropped|opened|planted)\b)/g

const WEAPON = new RegExp(
  String.raw`\b(?:destroy(?:ed|s)?(?<=\b(?:aircraft|warplanes|jets|planes|helicopters|drones|artillery|aviation|air\s+force|aerospace\s+forces)\s+(?:have\s+|had\s+|has\s+)?destroy(?:ed|s)?)|air ?strikes?|air[- ]raids?|raids?|strikes?|struck|striking|bomb\w*|shell\w*|mortars?|rockets?|missiles?|artillery|barrages?|pound\w*|(?:aerial|air)\s+campaigns?|target\w*|fired|fires|(?<!cease-)fire|attack\w*|barrel|car bomb|suicide|blew|blown(?=\s+(?:it\s+|them\s+)?up\b)|detonat\w*|execut\w*|behead\w*|crucif\w*|hang(?:ed|ing|ings)|massacres?|explosions?|blasts?|snipers?|sniping|shot|shoots|shooting|downed|${GAS}|chemical|chlorine|sorties|dropp\w*|jets|warplanes|planes|helicopters?|aircraft|drones?|bombers?|gunships?|aviation|air\s+forces?|planted|responsible|ambush\w*|gass(?:ed|ing)|cluster|munitions|(?:banned|forbidden|prohibited)\s+(?:weapons|munitions|arms)|thermobaric|incendiary|operations?(?=\s+(?:carried\s+out\s+|conducted\s+|launched\s+)?by\s))\b`,
  "i"
)

/** The side a source speaks for, when it is one of the actors. */
const STATE_OFFICE =
  /^(?:the\s+)?(syrian|turkish|iranian|israeli|iraqi|jordanian|american|u\.?s\.?|british|french)\s+(?:(?!(?:opposition|rebel|rebels|kurdish|interim|coalition|revolutionary|free|activist|activists)\b)[\w-]+\s+){0,2}?(?:ministry|ministries|government|military|army|officials?|embassy|presidency|general\s+staff|armed\s+forces|authorities|spokes(?:man|woman|person))\b/i
const STATE_OF: Readonly<Record<string, string>> = {
  syrian: "Syrian government",
  turkish: "Turkey",
  iranian: "Iran",
  israeli: "Israel",
  iraqi: "Iraq",
  jordanian: "Jordan",
  american: "US-led coalition",
  us: "US-led coalition",
  british: "United Kingdom",
  french: "France"
}
export const sideOfSource = (source: string | null): string | null => {
  if (source === null) return null
  if (/russian (?:defense ministry|general staff)|^russia$|kremlin/i.test(source)) return "Russia"
  if (/^(?:syrian army|sana|syrian government|(?:the\s+)?(?:syrian\s+)?(?:government|regime|army|military)|damascus)$/i.test(source)) return "Syrian government"
  if (/^turk/i.test(source)) return "Turkey"
  if (/^(?:islamic state|amaq)$/i.test(source)) return "Islamic State"
  // (the opposition's political body speaks for the rebels' side)
  if (/\b(?:syrian\s+(?:national\s+)?coalition|national\s+coalition|opposition\s+coalition)\b/i.test(source)) return "rebels"
  // "the Syrian Foreign Ministry", "Iranian officials": a state's office speaks for its state
  const office = STATE_OFFICE.exec(source)
  if (office !== null) return STATE_OF[office[1]!.toLowerCase().replace(/\./g, "")] ?? null
  if (
    /u\.?s\.? (?:military|central command|army|air force)|pentagon|central command|centcom|coalition|united states/i.test(source) &&
    !/syrian (?:national )?coalition/i.test(source)
  )
    return "US-led coalition"
  const sides = sidesIn(source)
  if (sides.length > 0) return sides[0]!.actor
  // "the Nour al-Din al-Zinki movement", "the Farouq brigades": a group no list knows, named with a
  // word for an armed group in lower case, speaks for itself
  const group = NAMED_GROUP_SPEAKER.exec(source)
  return group === null ? null : source.replace(/^the\s+/i, "")
}
const NAMED_GROUP_SPEAKER = /^(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:al|el)[- ])?){1,4}(?:movement|brigades?|battalions?|front|legion|division|regiment)$/

// "our forces shelled", "our mujahideen fired": in a side's own statement, outside quotation marks, the
// first person is the side that publishes it (in a quotation, its speaker's: left to the speaker's side)
const FIRST_PERSON = /\bour\b/i
const OUR_FORCES =
  /\bour\s+(?:(?:heroic|brave|valiant|own|armed|military|air)\s+)?(?:forces|units|fighters|mujahideen|mujahidin|heroes|troops|army|air\s+force|artillery|aircraft|jets|warplanes|men|soldiers|brigades?|battalions?|factions?|defenders)\b/gi
// "Moscow for its part maintains that its aviation was not involved": the side opening the sentence
// owns the "its" of its denial, where no speaker is framed
// ("The Southern Front affirms ... that it does not target civilians": the subject pronoun too)
const OWNER_BEFORE = /\b(its|their|it|they)\s+$/i
const openingSide = (sides: ReadonlyArray<Side>): string | null => (sides[0] !== undefined && sides[0].at <= 4 ? sides[0].actor : null)
export const insideQuotes = (t: string, at: number): boolean => {
  let open = false
  for (let i = 0; i < at; i++) {
    const c = t.charCodeAt(i)
    // straight quotes toggle; curly ones open and close
    if (c === 34) open = !open
    else if (c === 0x201c) open = true
    else if (c === 0x201d) open = false
  }
  return open
}
const withVoice = (t: string, sides: Array<Side>, voice: string): Array<Side> => {
  let added = false
  for (const m of t.matchAll(OUR_FORCES)) {
    if (insideQuotes(t, m.index)) continue
    sides.push({ actor: voice, at: m.index, end: m.index + m[0].length })
    added = true
  }
  if (added) sides.sort((a, b) => a.at - b.at)
  return sides
}

/** The offset of the attack (or denial) a sentence tells, read as `readEvent` reads it; for the
 * source whose frame covers it. */
/** Is this a sentence that tells an attack at all (cheap test before the full reading)? Killing
 * alone is an attack only on civilians, or in an admission; otherwise a weapon must be named. */
export const mayTellEvent = (s: string): boolean =>
  WEAPON.test(s) ||
  denies(s) ||
  ADMISSION.test(s) ||
  civiliansKilled(s) ||
  SAID_IT.test(s) ||
  ACCUSED_OF.test(s) ||
  (BLAMED_BARE.test(s) && HARM_BEFORE.test(s))

/** A speaker taking a stand on attacks in its own words: the subject opening the sentence and a finite
 * verb of condemning, warning, calling for or blaming ("The council condemns the massacre committed by the
 * regime", "Hadi Saleh president of the council warns that the regime will repeat such shelling",
 * "Civil defence teams announced that two centres were hit by Russian warplanes"). Only where
 * the sentence has no speaker of its own; a pronoun is no name. */
// (case-sensitive and without word bounds: it runs on every sentence, and the verbs are lower case)
const STANCE_CUE = /condemn|denounc|decri|decry|lament|warn|call|accus|blam|stress|announc|declar|argu|finger/
const STANCE =
  /^\W*((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?!(?:said|says|told|that|who|which|when|after|while|to|has|have|had)\b)[\w'’-]+){0,8}?)\s+(?:(?:also|has|have|had|previously|strongly|repeatedly|on\s+[A-Z]\w+day)\s+){0,3}(condemn(?:s|ed)|denounc(?:es|ed)|decr(?:ies|ied)|lament(?:s|ed)|warn(?:s|ed)|call(?:s|ed)\s+(?:on|for|upon)|accus(?:es|ed)|blam(?:es|ed)|(?:is|are|was|were)\s+(?:also\s+)?(?:blaming|accusing)|stress(?:es|ed)|announc(?:es|ed)|declar(?:es|ed)|argu(?:es|ed)|point(?:s|ed)\s+the\s+finger)\b/
const PRONOUN = /^(?:he|she|it|they|we|i|this|that|these|those)$/i
const NAMED_ROLE = /^((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s/
export interface Stance {
  readonly phrase: string
  readonly verb: string
  readonly speakerAt: number
  readonly speakerEnd: number
  readonly at: number
  readonly end: number
}
// "the attack that the West blames on ...": the accuser of a relative clause
const ACCUSER = /\b(?:that|which)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+(?:has\s+|have\s+|had\s+)?(blam(?:es|ed)|accus(?:es|ed))\b/
/** Could the sentence open on a speaker's stand (cheap test before `stanceOf`)? */
export const mayTakeStance = (s: string): boolean => STANCE_CUE.test(s)
export const stanceOf = (s: string): Stance | null => {
  if (!STANCE_CUE.test(s)) return null
  const m = STANCE.exec(s)
  if (m === null) {
    const r = ACCUSER.exec(s)
    if (r === null) return null
    const speakerAt = r.index + r[0].indexOf(r[1]!, 5)
    const at = r.index + r[0].length - r[2]!.length
    return { phrase: r[1]!, verb: r[2]!.toLowerCase(), speakerAt, speakerEnd: speakerAt + r[1]!.length, at, end: r.index + r[0].length }
  }
  if (PRONOUN.test(m[1]!)) return null
  const speakerAt = m[0].indexOf(m[1]!)
  const at = m[0].length - m[2]!.length
  // "Hadi Saleh president of the council": the person named, before his role
  const phrase = NAMED_ROLE.exec(m[1]!)?.[1] ?? m[1]!
  return { phrase, verb: m[2]!.toLowerCase(), speakerAt, speakerEnd: speakerAt + m[1]!.length, at, end: m[0].length }
}

/** Could this sentence be an event with no speaker named in it (an admission by its doer)? */
export const mayAdmit = (s: string): boolean => ADMISSION.test(s)

// Accusations and admissions whose own structure names the doer: "Washington blames the chemical
// attack on Damascus", "holds Russia directly responsible for the massacre", "Jaysh al-Islam admits
// using banned weapons" (most sentences have none of the cue words)
const ACCUSATION_CUE = /blam|responsib|admit|accus/i
// the nouns of an attack; blame and responsibility may also be for crimes ("held responsible for the
// war crimes"), an accusation of crimes tells no attack
const HARM_ACT_NOUN =
  /(?:attacks?|strikes?|air ?strikes?|air[- ]raids?|raids?|bombings?|bombardment|shelling|massacres?|killings?|chemical\s+(?:weapons?\s+)?(?:attacks?|use)|use\s+of\s+(?:chemical|toxic|banned|poison)\s+\w+)/
const HARM_NOUN = new RegExp(`(?:${HARM_ACT_NOUN.source}|crimes?)`)
// "blames the chemical attack on Damascus", "the alleged chemical weapon use which Washington blames on
// Damascus": where the accused is named is read from each "on" after it (not "use in Idlib on Tuesday")
const BLAMED_ON = new RegExp(
  `\\bblam(?:e|es|ed|ing)\\s+(?:the\\s+|this\\s+|that\\s+|these\\s+|its\\s+)?(?:[\\w-]+\\s+){0,4}?${HARM_NOUN.source}\\b|${HARM_NOUN.source}[^.;]{0,60}?\\b(?:which|that)\\s+(?:[^\\s.;]+\\s+){0,3}?blam(?:e|es|ed)\\b`,
  "i"
)
const ON = /\s+on\s+(?:the\s+)?/g
const BLAMED_BARE = /\bblam(?:ed|es|ing)\s+["“]?(?:the\s+)?/i
const AIR_ARM_BLAMED =
  /^(?:[\w'’-]+\s+){0,2}?(?:warplanes|jets|planes|aircraft|helicopters|air\s+force)\b(?!\s+for\s+(?!the\s+(?:attack|strike|raid|bombing|massacre)))/i
const HARM_BEFORE = /\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|casualties|exploded)\b/i
const HELD_RESPONSIBLE = new RegExp(
  `\\bhold(?:s|ing)?\\s+([^.;]{2,50}?)\\s+(?:\\w+\\s+){0,2}?responsible\\s+for\\s+(?:the\\s+|this\\s+|that\\s+|these\\s+)?(?:[\\w-]+\\s+){0,4}?${HARM_NOUN.source}\\b`,
  "i"
)
// "the regime of Bashar al Assad bears primary responsibility for the attack"
// (the verb found first, its subject read from the words before it: a pattern opening on the subject
// tried every start in the sentence)
const BEARS_RESPONSIBILITY = new RegExp(
  `\\b(?:bears?|bore|bearing)\\s+(?:\\w+\\s+){0,2}?responsibility\\s+for\\s+(?:the\\s+|this\\s+|that\\s+|these\\s+)?(?:[\\w-]+\\s+){0,4}?${HARM_NOUN.source}\\b`,
  "i"
)
// "The United States accused Damascus of that attack", "accused the regime of the chemical attack",
// "has in turn accused rebels of using banned weapons" (not "accused Russia of committing war crimes":
// a charge, no attack told)
const ACCUSED_OF = new RegExp(
  `\\baccus(?:ed|es|ing)\\s+([^.;]{2,40}?)\\s+of\\s+["“]?(?:(?:the\\s+|this\\s+|that\\s+|these\\s+)?(?:[\\w-]+\\s+){0,3}?${HARM_ACT_NOUN.source}|(?:\\w+ly\\s+)?(?:using\\s+(?:[\\w"“”-]+\\s+){0,3}?["“]?(?:weapons|gas|gases|chemicals?|toxic|substances|chlorine|sarin|bombs|barrels?|cluster|incendiary|munitions|rockets|missiles|napalm|phosphorus)|(?:launching|carrying\\s+out|conducting)\\s+(?:[\\w-]+\\s+){0,4}?${HARM_ACT_NOUN.source}|dropping|bombing|shelling|gassing|(?:firing|targeting|attacking)\\s+(?!(?:the\\s+|its\\s+|his\\s+|their\\s+)?(?:peace|talks|negotiat\\w*|process|agreement|deal|truce|ceasefire|plan|resolution|envoy|staff|ministers?|officials?|media|press|reputation|credibility)\\b)))\\b`,
  "i"
)
const ADMITS_USING =
  /\badmit(?:s|ted|ting)?\s+(?:to\s+)?using\s+(?:[^\s.;]+\s+){0,2}?(?:weapons|gas|chemicals?|chlorine|sarin|barrel\s+bombs|cluster\s+(?:bombs|munitions)|munitions)\b/i
// the capital for the state it governs, after "blames ... on"
const CAPITAL: Record<string, string> = { damascus: "Syrian government", washington: "US-led coalition" }
const accusedIn = (t: string, speakerSide: string | null): { actor: string; at: number } | null => {
  const blamed = BLAMED_ON.exec(t)
  if (blamed !== null) {
    const end = blamed.index + blamed[0].length
    const window = t.slice(end, end + 90)
    ON.lastIndex = 0
    for (let on = ON.exec(window); on !== null; on = ON.exec(window)) {
      const rest = window.slice(on.index + on[0].length)
      const side = sidesIn(rest)[0]
      if (side !== undefined && side.at === 0) return { actor: side.actor, at: blamed.index }
      const capital = CAPITAL[/^[A-Za-z]+/.exec(rest)?.[0].toLowerCase() ?? ""]
      if (capital !== undefined) return { actor: capital, at: blamed.index }
    }
  }
  // "SANA said three people were wounded and blamed "terrorists"": a side blamed, with no act named,
  // after harm the sentence tells, did it
  // (or an air arm blamed, which names the act: "The town's local council and activists are blaming
  // Russian warplanes")
  const bare = BLAMED_BARE.exec(t)
  const blamedRest = bare === null ? "" : t.slice(bare.index + bare[0].length, bare.index + bare[0].length + 100)
  if (bare !== null && (HARM_BEFORE.test(t.slice(0, bare.index)) || AIR_ARM_BLAMED.test(blamedRest))) {
    const rest = blamedRest
    const side = sidesIn(rest)[0]
    // (not blame for something else: "blamed the regime for the collapse of the talks")
    const forWhat = side === undefined ? null : /^\W*for\s+(.{0,40})/i.exec(rest.slice(side.end))
    if (side !== undefined && side.at === 0 && (forWhat === null || HARM_ACT_NOUN.test(forWhat[1]!))) return { actor: side.actor, at: bare.index }
  }
  const held = HELD_RESPONSIBLE.exec(t)
  if (held !== null) {
    const side = sidesIn(held[1]!)[0]
    if (side !== undefined) return { actor: side.actor, at: held.index }
  }
  const bears = BEARS_RESPONSIBILITY.exec(t)
  if (bears !== null) {
    const from = Math.max(0, bears.index - 60)
    const side = sidesIn(t.slice(from, bears.index)).at(-1)
    if (side !== undefined) return { actor: side.actor, at: from + side.at }
  }
  const accused = ACCUSED_OF.exec(t)
  if (accused !== null) {
    const side = sidesIn(accused[1]!)[0]
    const capital = CAPITAL[/^(?:the\s+)?([A-Za-z]+)/.exec(accused[1]!)?.[1]?.toLowerCase() ?? ""]
    const actor = side?.actor ?? capital
    if (actor !== undefined) return { actor, at: accused.index }
  }
  const admits = ADMITS_USING.exec(t)
  if (admits !== null) {
    // the subject before it, else the speaker owning up
    const side = sidesIn(t.slice(0, admits.index)).at(-1)?.actor ?? speakerSide
    if (side !== null) return { actor: side, at: admits.index }
  }
  return null
}

// "... a claim Ankara has rejected as propaganda", "-- a charge the Kremlin denied"
const CLAIM_ASIDE =
  /(?:,|\s--|\s—|\s–)?\s+(?:a|an)\s+(?:claim|charge|accusation|allegation)\s+(?:that\s+|which\s+)?((?:(?!(?:has|have|had)\b)[\w'’-]+\s+){1,4}?)(?:(?:was|were|is|are)\s+quick\s+to\s+|(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:rejected|denied|dismissed|refuted|denies|rejects|dismisses|reject|deny|dismiss|refute)\b/i
// (its own words before "and denied": "said that the air force had carried out ... and denied")
const OWNED_BEFORE_DENIAL = /\b(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$/i
const claimAside = (t: string): { at: number; denier: string } | null => {
  const m = CLAIM_ASIDE.exec(t)
  return m === null || m.index === 0 ? null : { at: m.index, denier: m[1]!.trim() }
}
// the words of a report's maker before its noun ("opposition accusations", "an Assad army report"),
// not of its kind ("false reports", "these claims")
const REPORT_NOUN = /\b(?:reports?|claims?|accusations?|allegations?|charges?)\b/gi
const MAKER_BEFORE =
  /(?:^|\b(?:the|an?|all|these|those|such|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)?)\s+)((?:(?!(?:the|an?|all|these|those|such|about|on|of|to|in|den(?:y|ies|ying)|rejects?|rejecting|dismiss(?:es|ing)?|refutes?|refuting|[\w-]+ed)\b)[\w'’-]+\s+){1,3})$/i
const NOT_A_MAKER =
  /^(?:false|baseless|unfounded|fabricated|alleged|recent|earlier|latest|new|such|these|those|some|any|all|so-called|similar|other|previous|initial|conflicting|unconfirmed|media|the|an?|his|her|its|their|our|several|many|numerous)$/i
// the report's maker after its noun: "claims circulated by ...", "reports citing ...", "accounts affiliated with ..."
const MAKER_AFTER = /\b(?:by|from|citing|with|to|of)\s+(?:the\s+)?(?:so-called\s+)?(.+?)(?:\s+(?:claiming|saying|alleging|suggesting|asserting))?$/i
// ("reports in Syrian media claiming that ...": the media it ran in)
const MAKER_IN =
  /^\s*(?:(?:circulated|published|posted|spread|carried|aired|broadcast|shared)\s+)?(?:in|on)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,2}(?:(?:state|social|opposition|local|pro-[\w-]+)\s+){0,2}(?:media|press|outlets|newspapers|television|channels|pages|websites|sites|accounts|networks)(?:\s+(?:channels|outlets|pages|accounts|sites))?)(?:\s+(?:claiming|saying|alleging|suggesting))?$/i
// what the report says: "that ...", "about ...", "of ...", or a clause of its own ("a report it had carried out")
const REPORT_SAYS = /^([^.;"“”]{0,120}?)\s+(?:that|about)\s+|^()\s+(?=(?:it|they)\s+(?:had|has|have|was|were)\b)/i
const REPORT_OF = /^([^.;"“”]{0,120}?)\s+of\s+/i
// the denier's own charge after the denial: "and blamed rebels", ", accusing the rebels of ...", "saying its aircraft only struck ..."
const COUNTER =
  /(?:,\s*|\s+(?:and|but|while)\s+(?:has\s+|have\s+|had\s+)?(?:in\s+turn\s+|instead\s+|also\s+)?|\s+)(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attribut(?:ed|es|ing)|saying|calling|describing|insist(?:ed|ing|s)|affirming|stressing)\b|\s+(?:and|but)\s+(?:say|says|said|affirms?|affirmed|stress(?:es|ed)|insists?|insisted|claim(?:ed|s)?)\b(?!\s+(?:it|they)\s+(?:did|had|have|has|was|were)\s+not\b)/gi
const CLAIMANT =
  /^\W*(?:the\s+)?((?!(?:he|she|it|they|we|i|this|that)\b)[\w'’/-]+(?:\s+(?!(?:claimed|said|says|claims|reported|alleged|accused|that)\b)[\w'’/-]+){0,6}?)\s+(?:claimed|claims|said|says|reported|alleged)\s+(?:on\s+\w+\s+)?that\b/i
const BEHIND_IT =
  /^\W*(?:and|but)\s+(?:claim(?:ed|s)?|said|says|insist(?:ed|s)?)\s+(?:that\s+)?(.{3,60}?)\s+(?:was|were|is|are|had\s+been)\s+(?:\w+\s+)?(?:behind|responsible)\b/i
// (the harm laid on a side, not any trouble: "blamed the delays of aid on the government")
const LAID_ON =
  /^(?:the\s+|it\s+|this\s+|them\s+)?(?:[\w-]+\s+){0,2}?(?:damage|destruction|attacks?|strikes?|shelling|bombings?|blasts?|explosions?|massacres?|killings?|deaths|fire|collapse\s+of\s+the\s+(?:dam|bridge|building))\s+(?:[\w-]+\s+){0,3}?on\s+(?:(?:sabotage|an?\s+(?:attack|bombing|explosion)|shelling|bombing|explosives|mines|a\s+bomb\s+planted)\s+by\s+)?/i
export interface DeniedAssertion {
  /** the clause of the sentence that asserts, [at, end) */
  readonly at: number
  readonly end: number
  /** who asserts it there: the report's maker, or null for the sentence's own speaker (an aside's claimant, the denier's charge) */
  readonly maker: string | null
  /** where the maker's words end, when they open the clause (they are no part of the act) */
  readonly makerEnd: number
  /** a side blamed with no act named ("and blamed rebels"): the denied act is laid on it */
  readonly blamed: string | null
}
/** The assertions a denial answers in its own sentence: the report it rejects, where the sentence
 * names who made it ("rejected claims circulated by the PKK/PYD's media outlets that Turkish jets had
 * struck", "denied an Assad army report it had carried out an air strike"; a report told by nobody is
 * no one's assertion), the claim an aside rejects ("The YPG-run health authority claimed that Turkish
 * strikes killed 14 ... a claim Ankara has rejected"), and the charge the denier lays instead ("denied
 * responsibility and blamed rebels", "saying its aircraft only struck positions of HTS"). */
const VERDICT_TAIL = /\s(?:are|is|was|were|(?:had|has|have|lacks?|lacked)\s+no|(?:do|does|did)\s+not\s+correspond)\b/gi
const lastVerdictAt = (denial: string): number => {
  let at = -1
  for (const m of execAll(VERDICT_TAIL, denial)) at = m.index
  return at
}
export const assertionsDenied = (s: string): Array<DeniedAssertion> => {
  const out: Array<DeniedAssertion> = []
  const aside = claimAside(s)
  // (its claimant the subject opening the sentence: "The YPG-run health authority in Afrin claimed that ...")
  if (aside !== null) {
    const claimant = CLAIMANT.exec(s)
    out.push({ at: 0, end: aside.at, maker: claimant?.[1] ?? null, makerEnd: claimant === null ? 0 : claimant[0].length, blamed: null })
  }
  const denial = denialIn(s)
  if (denial === null) return out
  // "the air force had carried out "precise strikes on the dens of the terrorists" ... and denied that
  // civilians had been targeted": the act its speaker owns before denying the harm
  if (aside === null && denial.index > 0 && OWNED_BEFORE_DENIAL.test(s.slice(0, denial.index)) && ATTACK_WORD.test(s.slice(0, denial.index)))
    out.push({ at: 0, end: denial.index, maker: null, makerEnd: 0, blamed: null })
  const denialEnd = denial.index + denial[0].length
  COUNTER.lastIndex = denialEnd
  const counter = aside === null ? COUNTER.exec(s) : null
  const bodyEnd = counter?.index ?? s.length
  REPORT_NOUN.lastIndex = 0
  for (const m of execAll(REPORT_NOUN, s)) {
    if (m.index >= bodyEnd || (aside !== null && m.index >= aside.at)) break
    const after = m.index + m[0].length
    const says = REPORT_SAYS.exec(s.slice(after)) ?? REPORT_OF.exec(s.slice(after))
    if (says === null) continue
    const gap = says[1] ?? ""
    const before = MAKER_BEFORE.exec(s.slice(Math.max(0, m.index - 40), m.index))
    const prefix =
      before === null
        ? []
        : before[1]!
            .trim()
            .split(/\s+/)
            .filter((w) => !NOT_A_MAKER.test(w))
    // (the maker's name only: not a clause after it, "the so-called opposition, which were relayed ...",
    // nor the "of" repeated in "of the regime and of the Russian Ministry")
    const found = MAKER_AFTER.exec(gap)?.[1] ?? MAKER_IN.exec(gap)?.[1] ?? null
    const maker =
      found !== null
        ? found
            .split(",")[0]!
            .replace(/\s+and\s+of\s+(?:the\s+)?/g, " and ")
            .trim()
        : prefix.length > 0
          ? prefix.join(" ")
          : null
    if (maker === null) continue
    const at = after + says[0].length
    // (the report told before its denial: "All reports ... about alleged strikes by Russian aircraft ... are a fabrication")
    // (or the denial opening on the report itself, "reports ... about alleged strikes ... are a
    // fabrication": up to its verdict)
    const verdictAt = denial.index > at ? -1 : lastVerdictAt(denial[0])
    // (the report ends at a colon or semicolon: "reports ... that Jordanian artillery had fired back: "Not a
    // single round was fired"", the denier's words after it)
    const stop = s.slice(at, bodyEnd).search(/[:;]\s/)
    out.push({
      at,
      end: denial.index > at ? denial.index : verdictAt > 0 && denial.index + verdictAt > at ? denial.index + verdictAt : stop > 0 ? at + stop : bodyEnd,
      maker,
      makerEnd: 0,
      blamed: null
    })
    break
  }
  if (counter !== null) {
    const tail = s.slice(counter.index)
    // "and blamed rebels": no act named, the side takes the denied one
    const bare = /^\W*(?:(?:and|but|while)\s+)?(?:has\s+|have\s+|had\s+)?(?:in\s+turn\s+|instead\s+|also\s+)?blam(?:ed|es|ing)\s+/i.exec(tail)
    // ("and claimed the government was behind it": the side said to be behind the act denied)
    const behind = bare === null ? BEHIND_IT.exec(tail) : null
    // ("and blamed the damage on sabotage by the YPG": the side the harm is laid on)
    const blamedOn = bare !== null ? LAID_ON.exec(tail.slice(bare[0].length)) : null
    const named = bare !== null ? tail.slice(bare[0].length + (blamedOn?.[0].length ?? 0)) : behind !== null ? behind[1]! : null
    const side = named !== null ? sidesIn(named)[0] : undefined
    out.push({ at: counter.index, end: s.length, maker: null, makerEnd: 0, blamed: side !== undefined && side.at <= 4 ? side.actor : null })
  }
  return out
}

const PROPOSAL_NEXT = new RegExp(String.raw`^\s+${PROPOSAL}`, "i")
/** Does the text after a verb of rejecting name a proposal ("calls for a ceasefire"), not a report? */
export const rejectsProposal = (after: string): boolean => PROPOSAL_NEXT.test(after)

// "says it only hits terrorists", "The army strikes only the positions of the terrorists": a side's
// account of whom it aims at, answering a charge of harm, is no admission of an attack
const ONLY_FIGHTERS =
  /\b(?:only\s+(?:hits?|strikes?|struck|targets?|targeted|bombs?|bombed|attacks?|attacked)|(?:hits?|strikes?|struck|targets?|targeted|bombs?|bombed|attacks?|attacked)\s+only|(?:direct(?:s|ed)?|aim(?:s|ed)?)\s+(?:(?:their|its|our)\s+(?:fire|weapons|strikes)\s+)?only\s+at)\s+(?:the\s+)?(?:(?:positions|dens|hideouts|gatherings)\s+of\s+(?:the\s+)?)?["“]?(?:terrorists?|militants?|jihadists?|terrorist\s+(?:groups?|organi[sz]ations?))\b|\b(?:hits?|strikes?|struck|targets?|targeted|bombs?|bombed|attacks?|attacked)\s+["“]?(?:terrorist|militant|jihadist)s?["”]?\s+(?:hideouts|positions|targets|dens|gatherings|fortifications|bases|sites)(?:\s+and\s+[\w-]+)?["”]?\s+only\b/i
/** Does the text only say whom a side aims at ("it only hits terrorists")? */
// (not where the sentence goes on to harm told beside it: "... only strikes terrorists but its jets hit a market")
export const aimsOnlyAtFighters = (s: string): boolean => ONLY_FIGHTERS.test(s) && !HARM_BESIDE.test(s)
const HARM_BESIDE = /\b(?:but|however|killing|killed|wounding|wounded|injuring|injured|hit\s+an?|struck\s+an?)\b/i

const FIGURES_DISPUTED = /\b(?:figures|numbers|statistics|tolls?|counts?|death\s+tolls?)\b/i
const NOT_AN_ATTACK_DENIED =
  /\b(?:support(?:ing|ed|s)?\s+(?:for|of|to)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|kidnapp\w*|recruit\w*|smuggl\w*|cooperat(?:ed|ing)\s+with|collaborat(?:ed|ing)\s+with|leading\s+the\s+(?:assault|offensive|attack)|combat\s+troops|presence|(?:the\s+)?figures\s+given|allow(?:ed|ing|s)?\s+(?:the\s+)?passage|passage\s+of|(?:taken|took|taking|seized|captured)\s+(?:full\s+)?control|advanced\s+(?:on|into|toward)|(?:have|has|had)\s+(?:captured|seized|taken)\s+(?:the\s+)?(?:town|village|hill|area))\b/i
const HARM_DENIED = /\b(?:casualt\w*|civilians?|killed|killing|harm\w*|hurt|deaths|dead)\b/i
const REPORT_CLAUSE_END = /[,;]|\s(?:as|while|but|and\s+(?:said|says|added|adds))\s/i
const CONCEDED = /\b(?:but|however|though|although|and)\b/i
const AIMED_AT_BEFORE = /\b(?:at|on|against|toward|towards)\s+(?:the\s+)?$/i
/** the denial's words say no one or nothing was hit ("no civilians were hit") */
const UNHARMED =
  /^no\s+(?:civilian\s+|residential\s+|medical\s+)?(?:civilians?|area|areas|neighbou?rhoods?|homes|houses|hospitals?|schools?|markets?|facilities)\b/i
// "Turkish officials blamed the YPG.", "Damascus blamed terrorists for the attack": a side blamed
// and nothing else, for the attack the sentence before told
const BLAME_BACK =
  /^\W*(?:[\w'’.-]+\s+){1,6}?(?:has\s+|have\s+|had\s+|quickly\s+|immediately\s+)?(?:blamed|blames)\s+(?:the\s+)?["“]?((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)["”]?(?:\s+for\s+(?:it|this|that|them|the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air\s?strikes?|shelling|bombings?|rockets?|blasts?|explosions?|raids?|massacre|fire)))?\s*[.!]?\s*$/i
/** The side a sentence blames for the attack the one before it told (`before`), as an accusation
 * whose source the caller reads from the sentence's speaker; or null. */
export const blamedBack = (s: string, before: string): EventReading | null => {
  if (s.length > 160 || !BLAME_BACK.test(s) || !WEAPON.test(before)) return null
  const m = BLAME_BACK.exec(s)!
  const side = sidesIn(m[1]!)[0]
  if (side === undefined || side.at !== 0) return null
  return { actor: side.actor, action: actionIn(before), polarity: "asserted", source: null, rule: "event/accusation" }
}
/** Does the text deny anything (so that the outlet's own accounts of attacks may count)? */
export const mayDeny = (s: string): boolean => denies(s)

/** The event a sentence tells, if any. `source` is whom the sentence itself names as saying so:
 * an event needs its attribution in its own words, not borrowed from a neighbour. */
const DENIED_AIRCRAFT = /^(?:jets|planes|aircraft|warplanes|air\s+forces?|aviation)\b/i
export const readEvent = (
  s: string,
  sourceAt: string | null | ((at: number) => string | null),
  speakers: ReadonlyArray<readonly [number, number]> = [],
  voice: string | null = null
): EventReading | null => {
  const sourceFor = typeof sourceAt === "function" ? sourceAt : () => sourceAt
  // a time marker, the holders of places, where a side is placed and who is speaking are no part
  // of the event ("According to a Turkish General Staff statement artillery fire destroyed ...")
  let t = s
  if (SINCE_CUE.test(t)) t = t.replace(SINCE_CLAUSE, blank)
  if (HELD_CUE.test(t)) t = t.replace(HELD, blank)
  if (PLACED_CUE.test(t)) t = t.replace(PLACED_IN, blank)
  // ("terrorist groups in Jobar and Ain Tarma had fired": the places between, as "located in")
  if (SIDE_IN_CUE.test(t)) t = t.replace(SIDE_IN_PLACES, blank)
  if (ASIDE_CUE.test(t)) t = t.replace(BANNED_ASIDE, blank)
  // (a span is clipped to the text: a speaker before a clause read alone, "The armed groups have denied
  // ... and accused government forces of shelling", would slice from its end and blank the accused)
  for (const [a, b] of speakers) if (b > 0) t = t.slice(0, Math.max(0, a)) + " ".repeat(b - Math.max(0, a)) + t.slice(b)
  // "said it did not know whether regime or Russian warplanes carried out the strikes": no one is named
  if (WHETHER_CUE.test(t)) t = t.replace(DOUBT, blank)
  const sides = voice !== null && FIRST_PERSON.test(t) ? withVoice(t, sidesIn(t), voice) : sidesIn(t)
  let denial = NOT_A_DENIAL_CUE.test(t) && NOT_A_DENIAL.test(t) ? null : denialIn(t)
  // "coalition operations do not target his regime": a side left alone by policy, not a denial of harm
  if (
    denial !== null &&
    POLICY.test(denial[0]) &&
    sidesIn(t.slice(denial.index + denial[0].length, denial.index + denial[0].length + 40)).some((x) => x.at < 12)
  )
    denial = null
  // "the governor denied the move was related to the protests": a denial needs an act to deny
  // (read on the words as written: the denier of "a claim Ankara has denied" is a speaker, blanked in `t`)
  const aside = denial === null ? null : claimAside(s)
  if (
    denial !== null &&
    aside === null &&
    /^den(?:y|ies|ied|ying)$|^reject|^refut|^dismiss/i.test(denial[0]) &&
    !ATTACK_WORD.test(t.slice(denial.index)) &&
    !DENIED_THING.test(t.slice(denial.index, denial.index + 90)) &&
    !DENIED_PRONOUN.test(t.slice(denial.index, denial.index + 60))
  )
    denial = null
  // "there was no truth to reports that a ceasefire had taken hold, as government shelling continued":
  // the report found untrue holds no attack, whatever the sentence goes on to tell
  // (a report with no words of its own, "no truth whatsoever to the reports", answers the one told before)
  if (denial !== null && /^no\s+truth/i.test(denial[0])) {
    const report = t.slice(denial.index).split(REPORT_CLAUSE_END)[0]!
    if (/\bthat\b/i.test(report) && !ATTACK_WORD.test(report)) denial = null
  }
  // "... killed 14 civilians in Jinderes on Monday a claim Ankara has rejected": the aside's denier
  // denies the act told before it
  if (aside !== null) {
    const head = t.slice(0, aside.at)
    let actor: string | null = null
    ATTACK.lastIndex = 0
    for (const m of execAll(ATTACK, head)) {
      actor = agentOf(t, sides, m.index, m.index + m[0].length)
      if (actor !== null) break
    }
    // ("an accusation Damascus and Moscow were quick to reject": each denier for its side)
    const deniers = aside.denier.split(/\s+and\s+/).map((d) => sideOfSource(d.replace(/^the\s+/i, "")) ?? d)
    const denier = sideOfSource(aside.denier) !== null && deniers.length === 1 ? sideOfSource(aside.denier)! : deniers.join(" and ")
    return { actor: actor ?? deniers[0]!, action: actionIn(head), polarity: "denied", source: denier, rule: "event/denial" }
  }
  // "dismissed claims of Turkish support for the militants", "denied reports that its security
  // service had arrested 12 activists": what is denied is no attack
  // ("The figures given by this so-called observatory are fabricated", "rejects those figures":
  // a count disputed, not an act denied)
  if (denial !== null && FIGURES_DISPUTED.test(t.slice(Math.max(0, denial.index - 70), denial.index + denial[0].length + 30)) && !ATTACK_WORD.test(t))
    denial = null
  // ("denied that its fighters were leading the assault on Qara": the assault led is no word of an
  // attack denied, so the words the non-attack holds are left out of that test)
  if (denial !== null) {
    const denied = t.slice(denial.index, denial.index + denial[0].length + 80)
    const other = NOT_AN_ATTACK_DENIED.exec(denied)
    if (other !== null && !ATTACK_WORD.test(t.slice(denial.index).replace(other[0], " "))) denial = null
  }
  if (denial !== null) {
    const source = sourceFor(denial.index)
    // (no speaker but the text's own: a side's statement denies for that side)
    const speakerSide = sideOfSource(source) ?? (source === null ? voice : null)
    // "Terrorists fired three rocket shells at Mhardeh ... and no civilians were hit, SANA said": no
    // one hurt by another side's attack is its outcome; only of the speaker's own side's is it a denial
    if (UNHARMED.test(denial[0])) {
      const head = t.slice(0, denial.index)
      for (const m of execAll(ATTACK, head)) {
        const doer = agentOf(t, sides, m.index, m.index + m[0].length)
        if (doer !== null && doer !== speakerSide) return null
      }
    }
    // the doer named in what is denied; else the speaker's own side ("denied that its planes
    // had been hitting Aleppo"); else a side named after the denial
    // (not the side the denier blames instead: "denied responsibility and blamed rebels")
    COUNTER.lastIndex = denial.index + denial[0].length
    const counterAt = COUNTER.exec(t)?.index ?? t.length
    const rest = t.slice(denial.index, counterAt)
    const pronoun = /^[^.]{0,40}?\b(its|our|their|we)\b/i.exec(rest)
    // ("its aviation was not involved": the owner right before the words denied)
    const owner = pronoun?.[1] ?? OWNER_BEFORE.exec(t.slice(Math.max(0, denial.index - 8), denial.index))?.[1] ?? null
    const own =
      owner === null
        ? null
        : pronoun !== null && voice !== null && /^(?:our|we)$/i.test(owner) && !insideQuotes(t, denial.index + pronoun.index + pronoun[0].length)
          ? voice
          : (speakerSide ?? (/^(?:its|their|it|they)$/i.test(owner) ? openingSide(sides) : null))
    let actor: string | null = null
    // ("French jets did not engage any targets": the aircraft that flew no mission are the doer's)
    const aircraft = DENIED_AIRCRAFT.exec(denial[0])
    if (aircraft !== null) {
      actor = agentOf(t, sides, denial.index, denial.index + aircraft[0].length)
      // ("Russian, Syrian aircraft have not approached Aleppo": two sides' aircraft)
      const end = denial.index + aircraft[0].length
      const k = sides.findLastIndex((x) => x.at < denial.index && x.end <= end && /^\s*$/.test(t.slice(Math.min(x.end, denial.index), denial.index)))
      const [a, b] = [sides[k - 1], sides[k]]
      if (actor !== null && a !== undefined && b !== undefined && a.actor !== b.actor && /^\s*(?:,|and)\s*$/.test(t.slice(a.end, b.at)))
        actor = `${a.actor} and ${b.actor}`
    }
    ATTACK.lastIndex = 0
    for (const m of actor !== null ? [] : execAll(ATTACK, rest)) {
      // ("... was fabricated serving as a pretext for US missile strikes": what the denial is used
      // against is no part of what it denies)
      if (PRETEXT.test(rest.slice(0, m.index))) break
      actor = agentOf(t, counterAt < t.length ? sides.filter((x) => x.at < counterAt) : sides, denial.index + m.index, denial.index + m.index + m[0].length)
      if (actor !== null) break
    }
    // "Russian aircraft had not carried out any strikes": the side the negated act is told of
    // (not a side aimed at: "aimed only at army positions and never at people's homes")
    const subject = sides.findLast(
      (x) =>
        x.end <= denial.index &&
        wordsBetween(t.slice(x.end, denial.index)).every((w) => INSTRUMENT.test(w)) &&
        !AIMED_AT_BEFORE.test(t.slice(Math.max(0, x.at - 16), x.at)) &&
        // (nor a side hit before it: 'had shelled "military positions of the regime" and had never
        // targeted residential streets')
        !TARGET_BEFORE.test(t.slice(Math.max(0, x.at - 60), x.at))
    )
    const pretext = PRETEXT.exec(rest)
    const until = pretext === null ? counterAt : denial.index + pretext.index
    // (an account called faked, "a staged provocation", "reports ... as black propaganda spread by the
    // YPG", names no doer: the one the story told before answers for it, else the speaker's side; a side
    // named after it is whom the denier blames for the account)
    const faked = (FAKED.test(denial[0]) || LIE_VERDICT.test(t.slice(denial.index, denial.index + 120))) && !ATTACK_WORD.test(t)
    // "RAF aircraft did strike a Daesh headquarters ..., but ... found no evidence that it caused
    // civilian casualties": the doer of the act its sentence owned before the denial, across a "but" or an "and"
    // (before the speaker's own side: "Russian jets bombed the market, however the Syrian government said there
    // was no evidence that the raid killed civilians" is Russia's)
    // (a denial of the harm it did, not of what the place was: "... but they rejected claims it was a military site")
    if (actor === null && HARM_DENIED.test(t.slice(denial.index, denial.index + denial[0].length + 60))) {
      for (const m of execAll(ATTACK, t.slice(0, denial.index))) {
        if (!CONCEDED.test(t.slice(m.index, denial.index))) break
        actor = agentOf(t, sides, m.index, m.index + m[0].length)
        if (actor !== null) break
      }
    }
    // ("The Syrian Arab Army was defending citizens ... and was not targeting civilians": the
    // subject its verb phrase goes on from after "and", the last side before it: "Russia says
    // Turkish troops entered al-Bab and were not targeting civilians" is Turkey's)
    const carriedOn =
      actor === null &&
      subject === undefined &&
      /\band\s+$/i.test(t.slice(Math.max(0, denial.index - 5), denial.index)) &&
      /^(?:was|were|is|are|had|has|have|did|does|do|will|would)\b/i.test(denial[0])
    actor ??=
      subject?.actor ??
      (carriedOn ? (sides.findLast((x) => x.end <= denial.index)?.actor ?? null) : null) ??
      own ??
      (faked
        ? null
        : (sides.find((x) => x.at >= denial.index && x.at < until && !TARGET_AFTER.test(t.slice(x.end, x.end + 40)) && !inVerdict(t, x))?.actor ?? speakerSide))
    // "neither Russian nor Syrian air forces were carrying out any missions": both sides denied
    for (let k = 0; k + 1 < sides.length; k++) {
      const [a, b] = [sides[k]!, sides[k + 1]!]
      if (
        a.actor !== b.actor &&
        a.at >= denial.index - 60 &&
        /^\s+(?:[\w-]+\s+){0,2}?nor\s+$/i.test(t.slice(a.end, b.at)) &&
        /\bneither\s+$/i.test(t.slice(Math.max(0, a.at - 12), a.at))
      ) {
        actor = `${a.actor} and ${b.actor}`
        break
      }
    }
    return { actor, action: actionIn(t), polarity: "denied", source, rule: "event/denial", otherwise: speakerSide }
  }
  const accused = ACCUSATION_CUE.test(t) ? accusedIn(t, sideOfSource(sourceFor(0))) : null
  if (accused !== null) {
    const source = sourceFor(accused.at)
    if (source !== null) return { actor: accused.actor, action: actionIn(t), polarity: "asserted", source, rule: "event/accusation" }
  }
  ATTACK.lastIndex = 0
  let actor: string | null = null
  let attackAt = -1
  let named = false
  const hypothetical = HYPOTHETICAL_CUE.test(t)
  for (const m of execAll(ATTACK, t)) {
    // "would respond to any air force strikes", "pushes for approval for military strikes": no attack that happened
    if (hypothetical && HYPOTHETICAL.test(t.slice(Math.max(0, m.index - 40), m.index))) continue
    // "killed during a military operation by the Turkish Armed Forces": an operation is an attack
    // only where the sentence tells its dead (else ground fighting: "control was reestablished following operations by")
    if ((m[0].endsWith("operation") || m[0].endsWith("operations")) && !deadInOperation(t)) continue
    const a = agentOf(t, sides, m.index, m.index + m[0].length)
    if (a !== null) {
      actor = a
      attackAt = m.index
      // "the ISIS attack", "an attack by ISIS": an attack told as that side's
      named =
        /^attack|^assault|operations?$/i.test(m[0]) &&
        (sides.some((x) => x.actor === a.split(" and ")[0] && /^\s*$/.test(t.slice(x.end, m.index))) ||
          // "Daesh fighters launched the attack": the side's own attack, by its light verb
          sides.some((x) => {
            if (x.actor !== a.split(" and ")[0] || x.end > m.index) return false
            const between = wordsBetween(t.slice(x.end, m.index))
            return between.length <= 5 && between.some((w) => LIGHT_VERB.test(w)) && between.every((w) => INSTRUMENT.test(w) || LIGHT_VERB.test(w))
          }) ||
          AGENT_NEXT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)))
      break
    }
    if (attackAt === -1) attackAt = m.index
  }
  if (attackAt === -1) {
    // "DAESH claimed responsibility via its news arm Amaq": responsibility claimed for an attack told
    // before, with no word of the attack of its own (not "no group has yet claimed responsibility")
    const owned = RESPONSIBILITY_TAKEN.exec(t)
    if (owned === null || NOT_TAKEN_BEFORE.test(t.slice(Math.max(0, owned.index - 40), owned.index))) return null
    const claimant = claimantOf(s)
    return claimant === null
      ? null
      : { actor: claimant, action: actionIn(t), polarity: "asserted", source: sourceFor(owned.index) ?? claimant, rule: "event/admission" }
  }
  const source = sourceFor(attackAt)
  const speakerSide = sideOfSource(source)
  // an admission: the source owning up for its own side
  // (each pattern read once: the admission's reading below asks which of them matched)
  // (not one nobody made: "No individual or group claimed responsibility for the attacks")
  const admission = ADMISSION.exec(t)
  const admits = admission !== null && !NOT_TAKEN_BEFORE.test(t.slice(Math.max(0, admission.index - 40), admission.index))
  // (killing or destroying told with no weapon, "said in a statement that its fighters had killed
  // dozens", is ground fighting, which is no attack by the rule)
  const saysItDid = !admits && (SAID_IT.test(t) || OWN_ATTACKS.test(t) || ITS_ACT.test(t)) && (WEAPON.test(t) || !GROUND_OWN.test(t))
  const groupFighters = !admits && !saysItDid && speakerSide !== null && GROUPS.has(speakerSide) && GROUP_FIGHTERS.test(t)
  // ("The regime's media claimed that our mujahideen fired mortar shells": the publishing side's own men,
  // told by another, are that speaker's accusation, not its admission)
  const voiced = voice !== null && actor === voice && speakerSide !== voice
  if ((admits || saysItDid || groupFighters) && !voiced) {
    const by = /\bclaimed\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/.exec(s)
    // a side not among the known ones speaks for itself: "the faction said it had downed ..."
    const side =
      (admits ? claimantOf(s) : null) ??
      speakerSide ??
      (by !== null ? (sidesIn(by[1]!)[0]?.actor ?? by[1]!) : null) ??
      ((admits ? SAID_IT.test(t) || OWN_ATTACKS.test(t) : saysItDid) && !BYSTANDER.has(source ?? "") ? source : null) ??
      actor
    // ("A group calling itself Liwa Ahrar al-Sunna claimed responsibility": the group named speaks, not "group")
    if (side !== null)
      return {
        actor: side,
        action: actionIn(t),
        polarity: "asserted",
        source: source === null || GROUP_ITSELF.test(source) ? side : source,
        rule: "event/admission"
      }
  }
  // "Islamic State's Amaq news agency said a suicide car bomber had killed 15 SDF fighters": the
  // group's own agency tells its attacks with no doer named
  // (not air strikes or shelling, which it tells of others: "Amaq said dozens were killed in an air strike on Mayadin")
  if (actor === null && source === "Amaq" && /^(?:car bomb|attack|execution|ambush|shooting)$/.test(actionIn(t)))
    return { actor: "Islamic State", action: actionIn(t), polarity: "asserted", source, rule: "event/admission" }
  // "Russia's Defense Ministry has confirmed the resumption of missile strikes": a side
  // confirming an attack nobody else is said to carry out
  if (actor === null && speakerSide !== null && CONFIRMS.test(t)) {
    return { actor: speakerSide, action: actionIn(t), polarity: "asserted", source, rule: "event/admission" }
  }
  // "Russia's military said six long-range bombers carried out strikes": a state's armed forces
  // telling of aircraft no side is named for tell of their own (not of guns: artillery fire
  // "destroyed one tank" in a general staff's statement may be anyone's)
  if (
    actor === null &&
    speakerSide !== null &&
    source !== null &&
    ARMED_FORCES_SPEAKER.test(source) &&
    OWN_ARMS.test(t.slice(Math.max(0, attackAt - 60), attackAt + 40))
  )
    return { actor: speakerSide, action: actionIn(t), polarity: "asserted", source, rule: "event/admission" }
  // "the terrorists ... killing 27 civilians": an attack on civilians, whatever the weapon
  if (actor !== null && source !== null && civiliansKilled(t) && !GROUND.test(t)) {
    return { actor, action: "attack on civilians", polarity: "asserted", source, rule: speakerSide === actor ? "event/admission" : "event/attack" }
  }
  // killing and destroying are attacks only with a weapon named, never in ground fighting
  if (!WEAPON.test(t)) return null
  // (air power is never ground fighting: "jets killed 60 civilians fleeing heavy fighting")
  if (
    !named &&
    GROUND.test(t) &&
    !deadInOperation(t) &&
    !/\b(?:air ?strikes?|air[- ]raids?|strikes?|raids|shell\w*|bomb\w*|rockets?|mortars?|missiles?|barrel|snipers?|execut\w*|car bomb|suicide|chemical|gas|cluster|munitions|jets|warplanes|planes|aircraft|helicopters?|drones?|sorties|air\s+forces?|aviation)\b/i.test(
      t
    )
  )
    return null
  if (actor === null || source === null) return null
  // the speaker for its own side says it attacked: an admission as well
  return { actor, action: actionIn(t), polarity: "asserted", source, rule: speakerSide === actor ? "event/admission" : "event/attack" }
}
