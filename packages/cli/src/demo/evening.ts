/**
 * The demo's evening: eight fictional outlets covering one evening of a fictional war in Syria,
 * written for crosscheck (not taken from any real report or data set). It is built to show what
 * the product does with real-looking coverage: a wire agency's story re-posted by an aggregator
 * and a regional paper under their own headlines, the same story rewritten by a content farm's
 * synonym spinner, independent sources giving different figures for one air strike, a denial, a
 * monitor raising its own toll, and an incident on which two independent sources agree.
 *
 * Places and the sources quoted (the monitor, the civil defence, the UN, the ministries) are real
 * names, because that is what the claim rules read; the outlets, the people, the events and every
 * sentence are invented, and each feed says so in its description. Links use the reserved
 * `.example` domain.
 *
 * Dates are relative: the replay is "yesterday evening" of whenever it runs, 14:00 to 22:00 UTC
 * (17:00 to 01:00 in Syria), and the text's "on {day}" names that day, so relative dates resolve
 * the way they do in live coverage.
 */

export type FeedFormat = "rss" | "atom"

export interface DemoOutlet {
  /** path of its feed on the demo server: /<slug>.xml */
  readonly slug: string
  /** the feed's title, which crosscheck shows as the outlet */
  readonly title: string
  /** what kind of outlet it is, for people reading the demo's feed list */
  readonly kind: string
  readonly description: string
  readonly site: string
  readonly format: FeedFormat
}

/** An article the outlet wrote (or, for the content farm, spun) itself. */
interface WrittenSpec {
  readonly key: string
  readonly outlet: string
  /** minutes after 14:00 UTC on the evening's day */
  readonly minute: number
  readonly slug: string
  readonly title: string
  readonly paragraphs: ReadonlyArray<string>
  /** only a summary (the first paragraph) and a link go into the feed */
  readonly summaryOnly?: boolean
  readonly author?: string
  /** the item this one is a synonym-spun rewrite of */
  readonly spunFrom?: string
}

/** A wire story re-published the way aggregators and papers do it: their headline, their
 * dateline, the last paragraphs cut, their boilerplate around it. */
interface WireCopySpec {
  readonly key: string
  readonly outlet: string
  readonly minute: number
  readonly slug: string
  readonly title: string
  readonly copyOf: string
  /** the original's dateline (the start of its first paragraph) and what replaces it */
  readonly dateline: readonly [string, string]
  /** how many of the original's paragraphs are kept */
  readonly keep: number
  readonly after?: ReadonlyArray<string>
  readonly author?: string
}

type ItemSpec = WrittenSpec | WireCopySpec

/** One item as the demo server serves it. */
export interface DemoItem {
  /** the answer key's name for it */
  readonly key: string
  readonly outlet: DemoOutlet
  /** when it is due, in ms after the replay starts, at speed 1 */
  readonly dueMs: number
  readonly published: Date
  readonly title: string
  /** the full text, as HTML paragraphs */
  readonly html: string
  /** the first paragraph, plain text: the feed's description */
  readonly summary: string
  readonly summaryOnly: boolean
  /** the article's address; null for items the outlet's feed identifies by guid only */
  readonly link: string | null
  /** null when the feed gives none */
  readonly guid: string | null
  readonly author: string | null
}

export interface Evening {
  /** the evening's day, YYYY-MM-DD (UTC) */
  readonly day: string
  readonly outlets: ReadonlyArray<DemoOutlet>
  /** in the order they are due */
  readonly items: ReadonlyArray<DemoItem>
  /** when the last item is due, in ms after the start, at speed 1 */
  readonly lengthMs: number
  /** how long before its first copy (wire or spun) every original is due, at speed 1: a
   * poller that reads each feed more often than this meets every original before its copies,
   * as the answer key's "first-seen original" expects */
  readonly copyLeadMs: number
}

const FICTION = "A fictional outlet in the crosscheck demo; its events and reports are invented."

export const OUTLETS: ReadonlyArray<DemoOutlet> = [
  {
    slug: "levant-wire",
    title: "Levant Wire",
    kind: "international news agency (the wire)",
    description: `World news from the Levant Wire agency's Beirut bureau. ${FICTION}`,
    site: "https://levantwire.example",
    format: "rss"
  },
  {
    slug: "snna",
    title: "SNNA - Syrian National News Agency",
    kind: "state news agency",
    description: `Official news agency. ${FICTION}`,
    site: "https://snna.example",
    format: "rss"
  },
  {
    slug: "idlib-free-press",
    title: "Idlib Free Press",
    kind: "opposition-leaning news site",
    description: `News of the revolution from northern Syria. ${FICTION}`,
    site: "https://idlibfreepress.example",
    format: "rss"
  },
  {
    slug: "horizon",
    title: "Horizon World Service",
    kind: "international broadcaster (Atom feed, some entries summary-only)",
    description: `Middle East news from Horizon World Service. ${FICTION}`,
    site: "https://horizon-news.example",
    format: "atom"
  },
  {
    slug: "northern-syria-daily",
    title: "Northern Syria Daily",
    kind: "local aggregator that re-posts wire copy",
    description: `Breaking news from Idlib and the north. ${FICTION}`,
    site: "https://northernsyriadaily.example",
    format: "rss"
  },
  {
    slug: "gulf-evening-post",
    title: "Gulf Evening Post",
    kind: "regional newspaper running wire copy under its own headlines",
    description: `Regional and world news. ${FICTION}`,
    site: "https://gulfeveningpost.example",
    format: "rss"
  },
  {
    slug: "newsflash24",
    title: "NewsFlash24",
    kind: "content farm publishing synonym-spun rewrites",
    description: `Latest world news 24/7. ${FICTION}`,
    site: "https://newsflash24.example",
    format: "rss"
  },
  {
    slug: "medical-relief",
    title: "Medical Relief Network - Field Updates",
    kind: "medical NGO's blog (items identified by guid only)",
    description: `Field updates from the hospitals we support in north-west Syria. ${FICTION}`,
    site: "https://medrelief.example",
    format: "rss"
  }
]

const LW = "BEIRUT, {date} (Levant Wire) - "

const ITEMS: ReadonlyArray<ItemSpec> = [
  // ---- 14:00 the first reports of the market strike --------------------------------------
  {
    key: "lw-market",
    outlet: "levant-wire",
    minute: 0,
    slug: "air-strikes-kill-at-least-42-civilians-in-market-in-syrias-maarat-al-numan",
    title: "Air strikes kill at least 42 civilians in market in Syria's Maarat al-Numan - monitor",
    author: "Nadia Karam",
    paragraphs: [
      `${LW}Air strikes on a crowded vegetable market in the rebel-held town of Maarat al-Numan in northwest Syria killed at least 42 civilians on {day}, the Syrian Observatory for Human Rights said.`,
      "The Britain-based war monitor said at least four missiles hit the market shortly after 9 a.m., when traders and shoppers filled its narrow lanes. It said the jets were Russian, based on their flight paths and the type of aircraft used.",
      "Rescue workers from the Syria Civil Defence, also known as the White Helmets, said more than 70 people were wounded, many of them critically, and that the toll was likely to rise as families searched for relatives under the rubble of collapsed shops.",
      "Footage posted online by activists showed burning stalls, overturned carts and men carrying the injured towards ambulances along a road strewn with fruit and vegetables.",
      'Syrian state media said the army had struck "terrorist positions" around Maarat al-Numan but made no mention of the market. There was no immediate comment from Moscow.',
      "Maarat al-Numan, on the main highway linking Damascus and Aleppo, has been held by rebel factions since 2012 and shelters tens of thousands of people displaced from other parts of the country.",
      "The town lies inside a de-escalation zone agreed by Russia, Turkey and Iran, but residents say bombardment of the area has intensified over the past month.",
      "(Reporting by Nadia Karam; Editing by Tom Whitcombe)"
    ]
  },
  {
    key: "ifp-massacre",
    outlet: "idlib-free-press",
    minute: 0,
    slug: "massacre-in-maarat-al-numan-warplanes-target-vegetable-market",
    title: "Massacre in Maarat al-Numan: Russian and regime warplanes target the vegetable market",
    author: "Idlib Free Press newsroom",
    paragraphs: [
      "Idlib - Idlib Free Press: Russian and Assad regime warplanes committed a horrific massacre on {day} morning, striking the crowded vegetable market in the city of Maarat al-Numan in the southern Idlib countryside with several missiles.",
      "The Syrian Civil Defence said its teams had recovered the bodies of 38 civilians, among them nine children and six women, and had taken more than 70 wounded to hospitals in the area, some of them in a critical condition.",
      "Our correspondent in the city said the warplanes struck the market three times within a few minutes, hitting rescuers and residents who had rushed to help the victims of the first strike.",
      "The local council of Maarat al-Numan declared three days of mourning and suspended classes in the city's schools.",
      "The massacre comes as Russia and the regime escalate their bombardment of the de-escalation zone, in violation of the agreements they signed."
    ]
  },
  {
    key: "snna-hama-villages",
    outlet: "snna",
    minute: 5,
    slug: "army-restores-security-to-villages-in-hama-northern-countryside",
    title: "Army restores security and stability to three villages in Hama northern countryside",
    summaryOnly: true,
    paragraphs: [
      "Hama, SNNA - Army units on {day} restored security and stability to three villages in the northern countryside of Hama after eliminating the last terrorist groups there, and engineering units began clearing the mines and explosive devices the terrorists had left behind in the streets and houses."
    ]
  },
  {
    key: "horizon-first",
    outlet: "horizon",
    minute: 30,
    slug: "world-middle-east-71402218",
    title: "Syria war: Dozens killed in air strikes on Idlib market",
    summaryOnly: true,
    paragraphs: [
      "Activists say dozens of people have been killed in air strikes on a busy market in the rebel-held town of Maarat al-Numan in north-western Syria."
    ]
  },
  {
    key: "nsd-market",
    outlet: "northern-syria-daily",
    minute: 45,
    slug: "42-civilians-killed-in-maarat-al-numan-market-bombing",
    title: "42 civilians killed in Maarat al-Numan market bombing",
    copyOf: "lw-market",
    dateline: [LW, "Northern Syria Daily - "],
    keep: 5,
    after: ["Follow Northern Syria Daily on Telegram for breaking news from Idlib and the north."]
  },
  // ---- 15:20 the state's version, the hospital ----------------------------------------------
  {
    key: "snna-terrorists",
    outlet: "snna",
    minute: 80,
    slug: "army-units-destroy-terrorist-headquarters-in-idlib-southern-countryside",
    title: "Army units destroy terrorist headquarters in Idlib southern countryside, kill 12 terrorists",
    paragraphs: [
      "Idlib, SNNA - Army units carried out precise strikes on {day} against positions of Jabhat al-Nusra terrorists in Maarat al-Numan in the southern countryside of Idlib, killing 12 terrorists and destroying a headquarters they used to store weapons and ammunition, a military source told SNNA's reporter.",
      "The source added that the terrorist groups had been using markets and residential buildings in the area as cover for launching rocket attacks on safe villages in Hama countryside.",
      "Army units also destroyed two vehicles equipped with heavy machineguns on the road between Maarat al-Numan and Kafranbel, the source said."
    ]
  },
  {
    key: "mrn-hospital",
    outlet: "medical-relief",
    minute: 90,
    slug: "field-update-mass-casualty-event-maarat-al-numan",
    title: "Field update: mass-casualty event at Maarat al-Numan Central Hospital",
    author: "Field team",
    paragraphs: [
      "Our partner hospital in Maarat al-Numan received a large number of casualties on {day} morning after air strikes hit the town's vegetable market.",
      "The hospital's director, Dr. Samer Haddad, said 30 wounded people had been admitted by midday, 11 of them to intensive care, and that the hospital was running short of blood.",
      "Other casualties were taken to hospitals in Ariha, Idlib city and Kafranbel, according to ambulance crews.",
      "Two of our nurses were lightly injured when the windows of the emergency department were shattered by a blast.",
      "We call on all parties to respect international humanitarian law and to stop attacks on civilians and on medical facilities."
    ]
  },
  {
    key: "gep-market",
    outlet: "gulf-evening-post",
    minute: 100,
    slug: "dozens-killed-as-jets-pound-market-in-syrias-idlib",
    title: "Dozens killed as jets pound market in Syria's Idlib",
    author: "Gulf Evening Post",
    copyOf: "lw-market",
    dateline: [LW, "BEIRUT: "],
    keep: 6,
    after: ["(With agencies)"]
  },
  {
    key: "nf24-market",
    outlet: "newsflash24",
    spunFrom: "lw-market",
    minute: 125,
    slug: "air-assaults-slay-at-least-42-noncombatants-in-bazaar-in-syria",
    title: "Air assaults slay at least 42 noncombatants in bazaar in Syria's Maarat al-Numan",
    author: "NewsFlash24 Desk",
    paragraphs: [
      "BEIRUT, {date} - Air assaults on a packed vegetable bazaar inside the insurgent-held city of Maarat al-Numan in northwest Syria slain at least 42 noncombatants on {day}, the Syrian Observatory for Human Rights stated.",
      "The Britain-based battle screen stated at least four rockets struck the bazaar quickly after 9 a.m., when merchants and customers packed its slender lanes. It stated the planes were Russian, primarily based on their flight routes and the kind of plane used.",
      "Rescue employees from the Syria Civil Defence, additionally called the White Helmets, stated more than 70 humans were injured, a lot of them seriously, and that the toll was probable to upward push as households searched for loved ones below the debris of collapsed stores.",
      "Pictures published on line by way of activists confirmed burning stalls, overturned carts and men sporting the injured toward ambulances alongside a street plagued with fruit and greens.",
      'Syrian country media stated the military had hit "terrorist positions" round Maarat al-Numan however made no point out of the bazaar. There was no instant remark from Moscow.',
      "Maarat al-Numan, at the principle motorway linking Damascus and Aleppo, has been held by way of insurgent factions because 2012 and shelters tens of thousands of humans displaced from different elements of the united states.",
      "The city lies internal a de-escalation region agreed through Russia, Turkey and Iran, however citizens say bombardment of the vicinity has intensified over the beyond month.",
      "Stay tuned to NewsFlash24 for more updates."
    ]
  },
  // ---- 16:10 Aleppo: rebel rockets, on which both sides agree ------------------------------
  {
    key: "snna-hamdaniyeh",
    outlet: "snna",
    minute: 130,
    slug: "six-civilians-killed-19-injured-in-terrorist-rocket-attack-on-hamdaniyeh",
    title: "Six civilians killed, 19 injured in terrorist rocket attack on Aleppo's Hamdaniyeh",
    paragraphs: [
      "Aleppo, SNNA - Six civilians were killed and 19 others were injured on {day} when terrorist organizations positioned in the western countryside of Aleppo fired rocket shells at residential neighborhoods in Hamdaniyeh, a source at Aleppo Police Command told SNNA.",
      "The source added that the shells also caused heavy material damage to citizens' houses and cars.",
      "The terrorist organizations continue to violate the de-escalation agreement by targeting residential neighborhoods in the city of Aleppo and its surroundings, the source said."
    ]
  },
  {
    key: "lw-hamdaniyeh",
    outlet: "levant-wire",
    minute: 160,
    slug: "rebel-shelling-kills-six-civilians-in-government-held-aleppo",
    title: "Rebel shelling kills six civilians in government-held Aleppo - monitor",
    author: "Nadia Karam",
    paragraphs: [
      `${LW}Rocket fire by rebel groups killed six civilians, among them two children, in the government-held Hamdaniyeh district of Aleppo on {day}, the Syrian Observatory for Human Rights said.`,
      "State media gave the same toll, saying the rockets were fired from rebel positions on the western edge of the city and struck a residential street near a school.",
      "The observatory, which relies on a network of sources on the ground, said at least 15 people were wounded. It said the rockets appeared to be a response to the morning's air strikes on Maarat al-Numan, some 70 km (45 miles) to the southwest.",
      "Shelling of government-held parts of Aleppo has become rare since the army took full control of the city, but rebel groups still hold territory a few kilometres to the west.",
      "(Reporting by Nadia Karam; Editing by Tom Whitcombe)"
    ]
  },
  {
    key: "nsd-hamdaniyeh",
    outlet: "northern-syria-daily",
    minute: 200,
    slug: "six-civilians-killed-in-rocket-fire-on-aleppos-hamdaniyeh",
    title: "Six civilians killed in rocket fire on Aleppo's Hamdaniyeh",
    copyOf: "lw-hamdaniyeh",
    dateline: [LW, "Northern Syria Daily - "],
    keep: 3,
    after: ["Follow Northern Syria Daily on Telegram for breaking news from Idlib and the north."]
  },
  // ---- 17:20 al-Waer: how many are trapped? -------------------------------------------------
  {
    key: "ifp-waer",
    outlet: "idlib-free-press",
    minute: 200,
    slug: "al-waer-more-than-110000-civilians-besieged",
    title: "Al-Waer: more than 110,000 civilians besieged as the regime tightens its grip",
    author: "Idlib Free Press newsroom",
    paragraphs: [
      "Homs - Idlib Free Press: More than 110,000 civilians remain besieged in the al-Waer neighbourhood of Homs, according to the local council, which warned on {day} of a humanitarian catastrophe as flour and fuel run out.",
      "The council said the regime had allowed no food into the neighbourhood for 54 days and that the last bakery still working had closed last week.",
      'Council head Abu Mahmoud al-Homsi told Idlib Free Press that the figures given by the United Nations "do not reflect reality" because they are based on lists drawn up before the siege.',
      "Regime forces and allied militias have besieged al-Waer for more than three years, allowing aid in only sporadically."
    ]
  },
  {
    key: "horizon-waer",
    outlet: "horizon",
    minute: 210,
    slug: "world-middle-east-71403977",
    title: "Syria's al-Waer: How many people are trapped?",
    paragraphs: [
      "The United Nations and local officials in the besieged Homs district of al-Waer disagree sharply about how many people are trapped there, a question that decides how much aid is sent.",
      "The UN's humanitarian office, OCHA, says about 45,000 people are trapped in al-Waer, which government forces have encircled for more than three years.",
      "More than 110,000 people are besieged in the district, according to the local council, which says the UN count leaves out families who fled there from other parts of Homs and never registered with aid agencies.",
      "Aid workers say the true number is hard to establish because no census has been possible since the siege began.",
      "The Syrian government says armed groups inside al-Waer are holding civilians as human shields, which the groups deny."
    ]
  },
  // ---- 18:00 denials -------------------------------------------------------------------------
  {
    key: "snna-denial",
    outlet: "snna",
    minute: 240,
    slug: "military-source-allegations-of-targeting-market-are-baseless",
    title: "Military source: allegations of targeting a market in Maarat al-Numan are baseless",
    paragraphs: [
      "Damascus, SNNA - A military source on {day} denied that Syrian army aircraft had targeted a market in Maarat al-Numan, describing the reports circulated by media outlets affiliated with terrorist organizations as fabricated.",
      '"The army strikes only the positions of terrorist organizations and takes every precaution to protect civilians," the source said.',
      "The source said such fabrications are spread whenever the terrorists suffer losses on the battlefield, in an attempt to mislead international public opinion."
    ]
  },
  {
    key: "gep-gcc",
    outlet: "gulf-evening-post",
    minute: 245,
    slug: "gcc-condemns-heinous-attack-on-idlib-market",
    title: "GCC condemns 'heinous' attack on Idlib market",
    author: "Gulf Evening Post",
    paragraphs: [
      "RIYADH: The Gulf Cooperation Council on {day} condemned what it called a heinous attack on a market in the Syrian town of Maarat al-Numan, which killed dozens of civilians.",
      "In a statement, the council's secretary-general called on the UN Security Council to act to protect civilians in Syria and to hold those responsible to account.",
      "Several Gulf states have offered emergency medical aid to hospitals in Idlib province through the Turkish border."
    ]
  },
  {
    key: "horizon-denial",
    outlet: "horizon",
    minute: 260,
    slug: "world-middle-east-71404511",
    title: "Russia denies its jets struck Idlib market",
    paragraphs: [
      "Russia's defence ministry has denied that its aircraft carried out a strike on a market in the Syrian town of Maarat al-Numan, where a monitoring group says dozens of civilians were killed on {day}.",
      'A ministry spokesman told reporters in Moscow that Russian planes had flown no missions over the town and called the reports "an information provocation".',
      "The Syrian Observatory for Human Rights, a UK-based monitor, has said at least 42 people died. Rescue workers say more than 70 were injured.",
      "Video from the scene shows the remains of what appear to be guided missiles, though Horizon has not been able to identify the aircraft that fired them.",
      "The Syrian government says its forces struck militant positions in the area."
    ]
  },
  {
    key: "lw-denial",
    outlet: "levant-wire",
    minute: 285,
    slug: "russia-denies-its-jets-struck-market-in-syrias-idlib",
    title: "Russia denies its jets struck market in Syria's Idlib",
    author: "Nadia Karam",
    paragraphs: [
      "MOSCOW/BEIRUT, {date} (Levant Wire) - Russia's defence ministry said on {day} its aircraft had not struck a market in the rebel-held Syrian town of Maarat al-Numan, denying reports that Russian jets carried out the attack.",
      "The Syrian Observatory for Human Rights said at least 42 civilians were killed when missiles hit the crowded market earlier in the day.",
      '"Russian aviation did not carry out any combat missions in the area of Maarat al-Numan," the ministry said in a statement, calling the reports "an information provocation" aimed at disrupting peace talks in Geneva.',
      "The observatory, which monitors the war through a network of sources on the ground, said it had identified the aircraft as Russian from their flight paths and from the type of munitions used.",
      "Rescuers from the civil defence said more than 70 people had been wounded in the attack.",
      "The Syrian army said it had struck positions of the Nusra Front, al Qaeda's former Syria branch, near the town and killed 12 militants. Nusra's successor group, Hayat Tahrir al-Sham, has a presence in the area but does not control the town.",
      "France and Britain called for an independent investigation, while the United Nations said its human rights office was trying to verify the casualty figures.",
      "(Reporting by Nadia Karam in Beirut and the Moscow newsroom; Editing by Tom Whitcombe)"
    ]
  },
  {
    key: "nsd-mourning",
    outlet: "northern-syria-daily",
    minute: 310,
    slug: "maarat-al-numan-mourns-shops-shut-schools-closed",
    title: "Maarat al-Numan mourns: shops shut, schools closed",
    paragraphs: [
      "Northern Syria Daily - Shops stayed shut and schools were closed in Maarat al-Numan on {day} as the town began three days of mourning declared by its local council after the morning's strike on the vegetable market.",
      "Volunteers spent the afternoon clearing debris from the market square while relatives gathered outside the Central Hospital waiting for news of the wounded.",
      "Follow Northern Syria Daily on Telegram for breaking news from Idlib and the north."
    ]
  },
  {
    key: "gep-displaced",
    outlet: "gulf-evening-post",
    minute: 320,
    slug: "thousands-flee-southern-idlib-towards-turkish-border",
    title: "Thousands flee southern Idlib towards Turkish border",
    author: "Gulf Evening Post",
    paragraphs: [
      "BEIRUT: About 6,000 people have fled Maarat al-Numan and nearby villages since {prevday}, the United Nations said on {day}, as air strikes on the area intensified.",
      "Most of them headed north towards camps near the Turkish border, which are already overcrowded, a UN spokesman said.",
      "Turkey, which hosts more Syrian refugees than any other country, has kept its border closed to new arrivals."
    ]
  },
  {
    key: "nf24-denial",
    outlet: "newsflash24",
    spunFrom: "lw-denial",
    minute: 330,
    slug: "russia-rejects-its-jets-hit-marketplace-in-syrias-idlib",
    title: "Russia rejects its jets hit marketplace in Syria's Idlib",
    author: "NewsFlash24 Desk",
    paragraphs: [
      "MOSCOW/BEIRUT, {date} - Russia's protection ministry stated on {day} its plane had not hit a bazaar inside the insurgent-held Syrian city of Maarat al-Numan, denying reviews that Russian jets completed the assault.",
      "The Syrian Observatory for Human Rights stated at least 42 noncombatants were slain when missiles struck the packed bazaar in advance within the day.",
      '"Russian aviation did not perform any fight missions in the vicinity of Maarat al-Numan," the ministry stated in an assertion, calling the reviews "an data provocation" aimed toward disrupting peace talks in Geneva.',
      "The observatory, which video display units the war via a network of resources on the ground, stated it had recognized the plane as Russian from their flight routes and from the kind of munitions used.",
      "Rescuers from the civil defence stated more than 70 humans had been injured within the assault.",
      "The Syrian military stated it had hit positions of the Nusra Front, al Qaeda's former Syria department, close to the city and slain 12 militants. Nusra's successor organization, Hayat Tahrir al-Sham, has a presence within the vicinity however does not manage the city.",
      "France and Britain known as for an impartial research, whilst the United Nations stated its human rights workplace was looking to confirm the casualty figures.",
      "Stay tuned to NewsFlash24 for more updates."
    ]
  },
  {
    key: "horizon-geneva",
    outlet: "horizon",
    minute: 340,
    slug: "world-middle-east-71405032",
    title: "Syria talks: Opposition threatens to quit Geneva over Idlib strike",
    summaryOnly: true,
    paragraphs: [
      "The main Syrian opposition delegation says it will walk out of UN-backed peace talks in Geneva unless the market strike in Maarat al-Numan is investigated."
    ]
  },
  {
    key: "mrn-capacity",
    outlet: "medical-relief",
    minute: 350,
    slug: "maarat-al-numan-hospital-at-capacity",
    title: "Maarat al-Numan hospital at capacity; critical patients transferred north",
    author: "Field team",
    paragraphs: [
      "The Central Hospital in Maarat al-Numan is working far beyond its capacity after {day}'s attack on the market, its director told us this evening.",
      "Ten patients in a critical condition were transferred to hospitals near the Turkish border, and the hospital has asked for urgent deliveries of blood bags, anaesthetics and external fixators.",
      "The hospital has now treated 46 wounded from the attack, Dr. Samer Haddad said, as more patients arrived from outlying villages."
    ]
  },
  // ---- 20:00 aid, the revised toll ----------------------------------------------------------
  {
    key: "lw-waer",
    outlet: "levant-wire",
    minute: 360,
    slug: "un-aid-convoy-reaches-besieged-homs-district",
    title: "U.N. aid convoy reaches besieged Homs district",
    author: "Levant Wire",
    paragraphs: [
      `${LW}A United Nations aid convoy entered the besieged district of al-Waer in the Syrian city of Homs on {day}, the first delivery of food and medicine to reach its residents in nearly two months, the U.N. said.`,
      "About 45,000 people are trapped in al-Waer, the last rebel-held neighbourhood of Homs, according to U.N. estimates.",
      "The convoy of 34 trucks, organised with the Syrian Arab Red Crescent, carried flour, baby formula, surgical supplies and winter clothing, a U.N. spokeswoman said in Damascus.",
      "Residents reached by telephone described long queues at the district's two remaining bakeries and said fuel for generators had all but run out.",
      "Government officials accuse armed groups inside the district of preventing civilians from leaving, an accusation the rebels deny. The government has offered safe passage to fighters who agree to leave for Idlib province.",
      "(Reporting by the Beirut bureau; Editing by Tom Whitcombe)"
    ]
  },
  {
    key: "ifp-kafranbel",
    outlet: "idlib-free-press",
    minute: 375,
    slug: "regime-helicopters-drop-barrel-bombs-on-kafranbel",
    title: "Regime helicopters drop barrel bombs on Kafranbel",
    author: "Idlib Free Press newsroom",
    paragraphs: [
      "Idlib - Idlib Free Press: Regime helicopters dropped at least eight barrel bombs on the city of Kafranbel in the southern Idlib countryside on {day} evening, killing three civilians, a woman and her two children, the Syrian Civil Defence said.",
      "Civil defence teams were still searching for survivors under the rubble of two houses late in the evening."
    ]
  },
  {
    key: "lw-toll",
    outlet: "levant-wire",
    minute: 380,
    slug: "idlib-market-strike-death-toll-climbs-to-57-monitor",
    title: "Idlib market strike death toll climbs to 57 - monitor",
    author: "Nadia Karam",
    paragraphs: [
      `${LW}At least 57 civilians, including 11 children, were killed in {day}'s air strikes on a market in the Syrian town of Maarat al-Numan, the Syrian Observatory for Human Rights said late on {day}, raising its earlier toll.`,
      "The monitor said the number of dead rose as rescuers recovered more bodies from collapsed buildings around the market and several of the wounded died in hospital. More than 90 people were wounded, according to the civil defence.",
      "The observatory said the victims were killed by Russian warplanes, which it identified from their flight paths.",
      "Russia's defence ministry has denied that its aircraft carried out the strikes. The Syrian army said it struck positions of the Nusra Front in the area.",
      "Hundreds of people attended the funerals of the victims in the town in the evening, chanting slogans against the government and Russia, according to footage posted by activists.",
      'The United Nations human rights office said it was "deeply alarmed" by the attack and called for an independent investigation.',
      "(Reporting by Nadia Karam; Editing by Tom Whitcombe)"
    ]
  },
  {
    key: "nf24-waer",
    outlet: "newsflash24",
    spunFrom: "lw-waer",
    minute: 400,
    slug: "un-help-convoy-reaches-besieged-homs-district",
    title: "U.N. help convoy reaches besieged Homs district",
    author: "NewsFlash24 Desk",
    paragraphs: [
      "BEIRUT, {date} - A United Nations help convoy entered the besieged district of al-Waer inside the Syrian metropolis of Homs on {day}, the primary shipping of meals and remedy to attain its citizens in almost months, the U.N. stated.",
      "Approximately 45,000 humans are trapped in al-Waer, the remaining insurgent-held community of Homs, in step with U.N. estimates.",
      "The convoy of 34 vans, prepared with the Syrian Arab Red Crescent, carried flour, toddler system, surgical elements and wintry weather garb, a U.N. spokeswoman stated in Damascus.",
      "Citizens reached by phone defined lengthy queues at the district's two final bakeries and stated gas for turbines had all however run out.",
      "Authorities officers accuse armed organizations within the district of stopping civilians from leaving, an accusation the insurgents deny. The authorities has provided secure passage to warring parties who agree to leave for Idlib province.",
      "Stay tuned to NewsFlash24 for more updates."
    ]
  },
  {
    key: "nsd-toll",
    outlet: "northern-syria-daily",
    minute: 425,
    slug: "maarat-al-numan-massacre-toll-rises-to-57",
    title: "Maarat al-Numan massacre: toll rises to 57",
    copyOf: "lw-toll",
    dateline: [LW, "Northern Syria Daily - "],
    keep: 4,
    after: ["Follow Northern Syria Daily on Telegram for breaking news from Idlib and the north."]
  },
  {
    key: "gep-toll",
    outlet: "gulf-evening-post",
    minute: 440,
    slug: "idlib-market-strike-toll-rises-to-57",
    title: "Idlib market strike toll rises to 57",
    author: "Gulf Evening Post",
    copyOf: "lw-toll",
    dateline: [LW, "BEIRUT: "],
    keep: 5,
    after: ["(With agencies)"]
  },
  {
    key: "ifp-protest",
    outlet: "idlib-free-press",
    minute: 445,
    slug: "thousands-march-in-idlib-city-to-denounce-market-massacre",
    title: "Thousands march in Idlib city to denounce the market massacre",
    author: "Idlib Free Press newsroom",
    paragraphs: [
      "Idlib - Idlib Free Press: Thousands of people took to the streets of Idlib city on {day} evening to denounce the massacre in Maarat al-Numan, where the death toll has risen to 57 according to the Syrian Observatory for Human Rights.",
      "Protesters carried pictures of the victims and banners calling on the international community to protect civilians and to stop the Russian bombing."
    ]
  },
  {
    key: "horizon-explainer",
    outlet: "horizon",
    minute: 455,
    slug: "world-middle-east-71406120",
    title: "Idlib market strike: What we know",
    paragraphs: [
      "Air strikes hit the vegetable market in Maarat al-Numan, a rebel-held town in Idlib province, shortly after 09:00 local time on {day}, when it was at its busiest.",
      "The Syrian Observatory for Human Rights, a UK-based monitoring group, says at least 57 civilians were killed, including 11 children. It has raised its toll several times during the day.",
      "The Syria Civil Defence, whose volunteers are known as the White Helmets, says more than 90 people were wounded.",
      "The observatory says the civilians were killed by Russian jets, citing flight paths tracked by its observers. Russia's defence ministry denies this, saying its aircraft flew no missions in the area.",
      'Syrian state media say the army struck "terrorist" positions in the area and killed 12 militants.'
    ]
  },
  {
    key: "snna-hama-attack",
    outlet: "snna",
    minute: 470,
    slug: "army-thwarts-terrorist-attack-on-military-posts-in-hama-countryside",
    title: "Army thwarts terrorist attack on military posts in Hama countryside",
    summaryOnly: true,
    paragraphs: [
      "Hama, SNNA - Army units on {day} evening thwarted an attack by terrorist groups on military posts in the northern countryside of Hama, killing and injuring dozens of terrorists and destroying their vehicles, a military source said."
    ]
  },
  {
    key: "mrn-statement",
    outlet: "medical-relief",
    minute: 480,
    slug: "statement-the-attack-on-maarat-al-numan-must-be-investigated",
    title: "Statement: the attack on Maarat al-Numan's market must be investigated",
    author: "Medical Relief Network",
    paragraphs: [
      "The Medical Relief Network condemns {day}'s attack on the market in Maarat al-Numan and calls for an independent investigation.",
      "Our staff worked through the day to treat the wounded, many of them children, while the hospital itself was shaken by the blasts.",
      "Attacks on markets, hospitals and other civilian places are violations of international humanitarian law, and those responsible must be held to account."
    ]
  }
]

/** The replay's length at speed 1: about two minutes for the evening's eight hours. */
export const REPLAY_MS = 120_000
const EVENING_START_UTC_HOURS = 14
const LAST_MINUTE = Math.max(...ITEMS.map((i) => i.minute))
const MS_PER_MINUTE = REPLAY_MS / LAST_MINUTE

const minuteOf = new Map(ITEMS.map((i) => [i.key, i.minute]))
const COPY_LEAD_MS = Math.min(
  ...ITEMS.map((s) => {
    const of = "copyOf" in s ? s.copyOf : s.spunFrom
    return of === undefined ? Number.POSITIVE_INFINITY : (s.minute - minuteOf.get(of)!) * MS_PER_MINUTE
  })
)

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const DAY_MS = 86_400_000

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const isCopy = (s: ItemSpec): s is WireCopySpec => "copyOf" in s

/** The evening replayed by a server started at `startedAt` (epoch ms): the day before it. */
export const eveningFor = (startedAt: number): Evening => {
  const midnight = Math.floor(startedAt / DAY_MS) * DAY_MS - DAY_MS
  const date = new Date(midnight)
  const ymd = date.toISOString().slice(0, 10)
  const fill = (s: string): string =>
    s
      .replaceAll("{day}", WEEKDAYS[date.getUTCDay()]!)
      .replaceAll("{prevday}", WEEKDAYS[(date.getUTCDay() + 6) % 7]!)
      .replaceAll("{date}", `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`)
  const outlets = new Map(OUTLETS.map((o) => [o.slug, o]))
  const written = new Map<string, WrittenSpec>()
  for (const s of ITEMS) if (!isCopy(s)) written.set(s.key, s)

  const items = ITEMS.map((spec, n): DemoItem => {
    const outlet = outlets.get(spec.outlet)
    if (outlet === undefined) throw new Error(`demo item ${spec.key}: no outlet ${spec.outlet}`)
    let paragraphs: ReadonlyArray<string>
    if (isCopy(spec)) {
      const original = written.get(spec.copyOf)
      const [from, to] = spec.dateline
      if (original === undefined || !original.paragraphs[0]!.startsWith(from)) {
        throw new Error(`demo item ${spec.key}: cannot copy ${spec.copyOf}`)
      }
      const kept = original.paragraphs.slice(0, spec.keep)
      paragraphs = [to + kept[0]!.slice(from.length), ...kept.slice(1), ...(spec.after ?? [])]
    } else {
      paragraphs = spec.paragraphs
    }
    paragraphs = paragraphs.map(fill)
    const summaryOnly = !isCopy(spec) && spec.summaryOnly === true
    const link = `${outlet.site}/${ymd.replaceAll("-", "/")}/${spec.slug}`
    // Each outlet identifies its items its own way, as real feeds do: the agency with an
    // opaque guid beside the link, the NGO blog by a WordPress-style guid only, the content
    // farm by its link only.
    const guid =
      outlet.slug === "newsflash24"
        ? null
        : outlet.slug === "medical-relief"
          ? `${outlet.site}/?p=${ymd.replaceAll("-", "")}${String(n).padStart(2, "0")}`
          : outlet.format === "atom"
            ? `tag:${new URL(outlet.site).hostname},${ymd}:${spec.slug}`
            : outlet.slug === "levant-wire"
              ? `urn:levantwire:${ymd}:${spec.key}`
              : link
    return {
      key: spec.key,
      outlet,
      dueMs: Math.round(spec.minute * MS_PER_MINUTE),
      published: new Date(midnight + EVENING_START_UTC_HOURS * 3_600_000 + spec.minute * 60_000),
      title: fill(spec.title),
      html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n"),
      summary: paragraphs[0]!,
      summaryOnly,
      link: outlet.slug === "medical-relief" ? null : link,
      guid,
      author: spec.author ?? null
    }
  })
  items.sort((a, b) => a.dueMs - b.dueMs)
  return { day: ymd, outlets: OUTLETS, items, lengthMs: REPLAY_MS, copyLeadMs: COPY_LEAD_MS }
}
