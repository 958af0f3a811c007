/**
 * An article cut into the pieces a reader sees: the headline, the headline repeated at the top
 * of the body (its "echo"), bulletin sub-headings, the sentences of the report, and page chrome
 * (tag lists, related-link headlines) that is not the report at all.
 *
 * Pages flattened to text (FA-KES has no line breaks and no commas) run these together:
 * "Tags Syria Raqqa Aleppo Russia At least 30 people were killed ...", "Daraa In the same context
 * one civilian was injured ...", "87 Related Turkey Detains 49 Daesh Suspects ...". A sub-heading
 * must not lend the next sentence its place or date, and a tag list or a related headline must
 * yield no claim, so they are cut off here, by their shape:
 *
 * - a tag list: "Tags" and the words after it, up to the first word that opens a clause (a
 *   capitalised article, preposition, quantity or number word: "At least", "The", "Fourteen");
 * - related links: from "Related" / "Related News" / "Read Also" to the end, and a run of
 *   Title-Case words with a headline verb ("Turkey Detains 49 Daesh Suspects in ...") inside a
 *   sentence;
 * - a sub-heading: one to three capitalised words naming a place (or one word) at the start of a
 *   sentence, right before a capitalised clause opener ("Quneitra Another woman was killed").
 */
import { findPlaces } from "./gazetteer.js"
import { type Sentence, sentencesOf, splitSentenceAt } from "./sentences.js"

export type SegmentRole = "title" | "echo" | "heading" | "subhead" | "chrome" | "repeat" | "body"

export interface Segment extends Sentence {
  readonly role: SegmentRole
}

const seg = (x: Sentence, role: SegmentRole): Segment => ({ text: x.text, start: x.start, role })

/** Capitalised words that open a clause after a heading or a tag list. */
const OPENER =
  /^(?:The|A|An|At|In|On|Another|Meanwhile|Earlier|Later|Also|Some|More|Over|Almost|Nearly|About|Around|Up|Dozens|Scores|Hundreds|Thousands|Tens|Several|Many|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Fourteen|Thirteen|Sixteen|Seventeen|Eighteen|Nineteen|Terrorists?|Militants|Rebels|Government|Syrian|Russian|Turkish|Activists|According|Local|Medical|Security|Army|Regime|Units|Our|This|These|Those|It|He|She|They|We|There|Last|On|During|After|Following|Despite|While|When|Since|Two|\d[\d,]*)$/

/** openers that count: a clause after a tag list opens on them rather than on an adjective before */
const QUANTITY_OPENER =
  /^(?:At|Some|More|Over|Almost|Nearly|About|Around|Up|Dozens|Scores|Hundreds|Thousands|Tens|Several|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Fourteen|Thirteen|Sixteen|Seventeen|Eighteen|Nineteen|\d[\d,]*)$/
const NUMBER_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Dozens|Scores|Hundreds|Thousands|\d[\d,]*)$/
/** lower-case function words, which no tag is */
const FUNCTION_WORD = /^(?:the|a|an|to|of|from|with|by|was|were|is|are|has|have|had|been|that)$/

const HEADLINE_VERB =
  /^(?:Kills?|Killed|Killing|Find|Finds|Found|Detains?|Detained|Frees?|Freed|Strikes?|Hits?|Says?|Said|Claims?|Suffers?|Destroys?|Destroyed|Seizes?|Seized|Captures?|Captured|Attacks?|Bombs?|Bombed|Shells?|Shelled|Targets?|Targeted|Launches?|Launched|Downs?|Downed|Wounds?|Wounded|Injures?|Injured|Dies|Died|Die|Executes?|Executed|Arrests?|Arrested|Repels?|Repelled|Liberates?|Liberated|Vows?|Warns?|Urges?|Calls?|Denies|Denied|Reports?|Reported|Enters?|Begins?|Ends?|Slams?|Blames?|Accuses?|Eliminates?|Eliminated|Reach|Reaches|Set|Sets|Hold|Holds|Meet|Meets|Agree|Agrees|Approves?|Rejects?|Condemns?|Reveals?)$/
const SMALL = /^(?:of|in|on|at|to|for|by|and|the|a|an|as|near|from|with|over|after|amid|into|off|out|up|ez|al|el|al-\S+|vs)$/

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}
const TRAILING = new Set([46, 44, 59, 58, 33, 63, 34, 39, 40, 41])
const wordsOf = (s: string): Array<Word> => {
  const out: Array<Word> = []
  let i = 0
  const n = s.length
  while (i < n) {
    while (i < n && s.charCodeAt(i) <= 32) i++
    if (i >= n) break
    let j = i
    while (j < n && s.charCodeAt(j) > 32) j++
    let k = j
    while (k > i && TRAILING.has(s.charCodeAt(k - 1))) k--
    out.push({ text: s.slice(i, k), start: i, end: j })
    i = j
  }
  return out
}
const isCap = (w: string): boolean => /^[A-Z0-9]/.test(w)

/** Words starting with a capital: a headline run needs five, most sentences have fewer. */
const capitals = (s: string): number => {
  let n = 0
  for (let i = s.indexOf(" "); i !== -1; i = s.indexOf(" ", i + 1)) {
    const c = s.charCodeAt(i + 1)
    if (c >= 65 && c <= 90) n++
  }
  return n
}

/** [start, end) of a Title-Case headline run (6+ words, one a headline verb) inside a sentence. */
const HEADLINE_VERB_IN = new RegExp(`\\b${HEADLINE_VERB.source.slice(1, -1)}\\b`)
const headlineRun = (s: string, from = 0): readonly [number, number] | null => {
  if (capitals(s) < 5 || !HEADLINE_VERB_IN.test(s)) return null
  const words = wordsOf(s)
  let k = 0
  while (k < words.length) {
    if (words[k]!.start < from || !isCap(words[k]!.text)) {
      k++
      continue
    }
    let j = k
    let caps = 0
    let verb = false
    while (j < words.length && (isCap(words[j]!.text) || SMALL.test(words[j]!.text))) {
      if (isCap(words[j]!.text)) caps++
      // (not the "Free" of the Free Syrian Army, nor of a name after "the": "According to the Free
      // Daraa Health Directorate 46 civilians ...")
      if (
        HEADLINE_VERB.test(words[j]!.text) &&
        !(words[j]!.text === "Free" && (/^Syria/.test(words[j + 1]?.text ?? "") || /^the$/i.test(words[j - 1]?.text ?? "")))
      )
        verb = true
      j++
    }
    // trailing small words belong to what follows
    while (j > k && SMALL.test(words[j - 1]!.text)) j--
    // "said Said Seif al Qalamoni from the Free Syrian Army": a name, not a headline's verb
    const named = /^Said$/.test(words[k]!.text) && k > 0 && /^said$/i.test(words[k - 1]!.text)
    if (j - k >= 6 && caps >= 5 && verb && !named) {
      // a clause opener right after the run's last capital starts the text again
      return [words[k]!.start, words[j - 1]!.end]
    }
    k = Math.max(j, k + 1)
  }
  return null
}

const REPORTS = /\b(?:said|says|told|added|reported|according\s+to|stated|announced)\b/i
const PHOTO_CREDIT = /^(?:\((?:Reuters|AFP|AP|EPA|Getty|Anadolu|TRT|SANA)[^)]{0,30}\)|(?:REUTERS|AFP|AP|EPA)\/|AP Photo|AFP Photo|Photo:)/

/** A wire byline and date after a headline: "AFP Wednesday 18 Jun 2014", "Reuters Monday 3 Oct 2016". */
const BYLINE =
  /^\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}\b/

// (its counters: every number followed by another, and the last where a sentence opens after it,
// "... URL 215 The death toll"; not "... URL 0 85 12 Daesh terrorists were killed", the report's 12)
const VIDEO_TITLE = /(?:^|(?<=[.!?"”]\s+)|(?<=\n))[^.!?\n]{5,160}?\s[-–|]\s+YouTube\b/g
const SHORT_URL = /(?<![A-Za-z])Get short URL(?:\s+\d[\d,]*(?=\s+\d))*(?:\s+\d[\d,]*(?=\s+(?:The|A|An|In|On|At|According|Syrian|Russian|Turkish)\b))?/g

/** how far into a body a related-links list may open and still be the page's top */
const RELATED_AT_TOP = 400
// (a full stop ending a sentence, not an abbreviation's: "Thursday Oct. 27 2016", "U.S. strikes")
const SENTENCE_END = /[.!?]["”]?(?:\s+["“]?[A-Z]|\s*$)/
/** Offsets where text stops being the report: "Related ...", "Read Also", "Get short URL ... Tags". */
const RELATED = /\b(?:Related(?:\s+News)?|Read\s+(?:Also|also|more(?:\s+here)?)|READ\s+MORE|Community\s+standards)\b(?=\s+[A-Z]|\s*$)/

const sameUpTo = (a: string, b: string, n: number): boolean => {
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false
  return true
}

/** Words that open a report's sentence again after a linked headline ("... killed in Aleppo The opposition"). */
const REPORT_OPENER =
  /^(?:The|A|An|At|In|On|Outside|Meanwhile|Earlier|Later|Elsewhere|According|During|After|Following|Despite|While|When|Since|Last|This|It|He|She|They|There)$/
const ANOTHER_LINK = /\b(?:Read\s+(?:[Mm]ore|[Aa]lso)|READ\s+MORE|Related)\b/
/** Where an inline link's headline ends and the report resumes (-1: the link ends the text, or no
 * end is found). A headline has three words or more; the report resumes at a clause opener, or at a
 * capital after a lower-case word or a number that is not a preposition before a place
 * ("... for Syrians in 2017 Raqqa has faced ...", "... UN official pleads Outside Damascus ..."). */
const inlineLinkEnd = (text: string, from: number): number => {
  // a short tail is the page's end: related links, not a report going on
  if (text.length - from < 200) return -1
  const words = wordsOf(text.slice(from, from + 300))
  for (let k = 3; k < words.length && k < 20; k++) {
    const w = words[k]!.text
    if (!/^[A-Z]/.test(w)) continue
    const prev = words[k - 1]!.text
    if (REPORT_OPENER.test(w) || (/^(?:[a-z]|\d)/.test(prev) && !/^(?:in|of|for|from|to|near|on|at|and|the)$/.test(prev))) {
      const at = from + words[k]!.start
      // (another link soon after is a list of related links, not a report going on)
      return ANOTHER_LINK.test(text.slice(at, at + 300)) ? -1 : at
    }
  }
  return -1
}

/** A word that opens a report's lead when a lower-case word or a number follows it ("At least 22",
 * "Nearly 40", "A car bomb", "-A double bomb attack"); a related headline opens on a name. */
const LEAD_OPENER =
  /^-?(?:A|An|The|At|Nearly|Almost|More|Some|About|Around|Up|Over|Dozens|Scores|Hundreds|Thousands|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d[\d,]*)$/
/** Where the report resumes after a related-links list near the top of a page ("Print Tweet Views
 * 458 Related <headline> <headline> ... At least 22 people were killed ..."): the last lead opener
 * before the list's first full stop, headlines having none; else past that full stop (the lead is
 * lost, not the report). -1 where the list ends the page. */
const relatedListEnd = (text: string, from: number): number => {
  const end = SENTENCE_END.exec(text.slice(from, from + 1500))
  if (end === null) return -1
  const stop = from + end.index
  const words = wordsOf(text.slice(from, stop))
  // (a bare number opens the lead only where no word does, and only after a headline's last word,
  // not inside a clause: "wounded 85 on Tuesday", "in Aleppo 8 others died")
  let lead = -1
  let bare = -1
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!.text
    if (!LEAD_OPENER.test(w) || !/^[a-z\d]/.test(words[k + 1]!.text)) continue
    const at = from + words[k]!.start + (w.startsWith("-") ? 1 : 0)
    if (!/^\d/.test(w)) lead = at
    else if (k === 0 || /^[A-Z]/.test(words[k - 1]!.text)) bare = at
  }
  return lead !== -1 ? lead : bare !== -1 ? bare : stop + 1
}

/**
 * The article's segments in text order. `text` is title + "\n" + body, as claims are read.
 */
export const segmentArticle = (title: string, body: string): Array<Segment> => {
  const text = `${title}\n${body}`
  const bodyStart = title.length + 1
  let sentences = sentencesOf(text)
  const cuts: Array<readonly [number, number, SegmentRole]> = []

  // the headline repeated at the top of the body, after a dateline or not; a page's title may carry
  // its site's trail ("... kills 12 NGO - Region - World - Ahram Online") that the echo has not
  const trail = /\s[-|–]\s/.exec(title)
  for (const head of trail === null ? [title] : [title, title.slice(0, trail.index)]) {
    if (head.length <= 15) continue
    const at = text.indexOf(head, bodyStart)
    if (at !== -1 && at - bodyStart < 120) {
      const end = at + head.length
      cuts.push([at, end, "echo"])
      // and the byline after it ("... kills 12 NGO AFP Wednesday 18 Jun 2014 Syrian army helicopter
      // fire killed ..."), which would fuse the echo with the lead and lend the lead its date
      const byline = BYLINE.exec(text.slice(end, end + 60))
      if (byline !== null) cuts.push([end, end + byline[0].length, "chrome"])
      break
    }
  }
  // a page's share widget and its count ("20.04.2017(updated 1618 20.04.2017) Get short URL 215"):
  // no figure of the report
  for (const m of body.matchAll(SHORT_URL)) cuts.push([bodyStart + m.index, bodyStart + m.index + m[0].length, "chrome"])
  // an embedded video's title ("Suspected gas attack on rebel-held Idlib kills at least 58 - YouTube
  // Source TRTWorld and agencies"): a related item, no sentence of the report
  if (body.includes("YouTube")) for (const m of body.matchAll(VIDEO_TITLE)) cuts.push([bodyStart + m.index, bodyStart + m.index + m[0].length, "chrome"])
  // related links to the end of the text; an inline link ("Read more here <headline>") mid-report
  // is its headline alone, and the report goes on after it
  const related = RELATED.exec(body)
  if (related !== null) {
    const at = bodyStart + related.index
    // (a list near the top of the page, before any sentence of the report, the report after it:
    // Ahram's related headlines under the byline)
    const inline = /^Read/.test(related[0])
      ? inlineLinkEnd(text, at + related[0].length)
      : related.index < RELATED_AT_TOP && !SENTENCE_END.test(body.slice(0, related.index))
        ? relatedListEnd(text, at + related[0].length)
        : -1
    cuts.push([at, inline > 0 ? inline : text.length, "chrome"])
  }
  // tag lists
  for (const m of body.matchAll(/\bTags\b/g)) {
    const start = bodyStart + m.index
    const words = wordsOf(text.slice(start, start + 400))
    // Tags are names and nouns: the first function word ("to", "were", "from") is the sentence's
    let fw = -1
    for (let k = 2; k < words.length && k < 40 && fw < 0; k++) if (FUNCTION_WORD.test(words[k]!.text)) fw = k
    let end = start + m[0].length
    let opener = -1
    for (let k = 1; k < words.length && k < 40 && (fw < 0 || k < fw); k++) {
      const w = words[k]!
      // ("Tags Syria Rebels Douma Airstrikes At least 19": a tag that could open a clause, followed
      // by another capitalised tag, is still a tag)
      const following = words[k + 1]?.text ?? ""
      // (a number word opens the clause whatever follows it: "Tags Aleppo Syria Hizbollah Four Hizballah members were ...")
      if (OPENER.test(w.text) && k > 1 && (NUMBER_WORD.test(w.text) || !(/^[A-Z][a-z]/.test(following) && !OPENER.test(following)))) {
        opener = k
        break
      }
      end = start + w.end
      if (/[.!?]$/.test(text.slice(start + w.start, start + w.end))) break
    }
    if (opener > 0) {
      // "Tags ... Syrian conflict Two children were killed": a count after an adjective opener
      // opens the clause, and the adjective was a tag ("Syrian conflict")
      // (not after an article, which opens the clause itself: "Tags ... US coalition A Russian
      // airstrike killed at least 38")
      if (!QUANTITY_OPENER.test(words[opener]!.text) && !/^(?:A|An|The)$/.test(words[opener]!.text))
        for (let k = opener + 1; k < fw; k++)
          if (QUANTITY_OPENER.test(words[k]!.text)) {
            opener = k
            break
          }
      end = start + words[opener]!.start
    } else if (fw > 0) {
      // "Tags Syria Homs Napalm Incendiary bombs Jets thought to belong ...": no opener before the
      // first function word, so the clause opens on the last capital before it
      let k = fw - 1
      while (k > 1 && !/^[A-Z]/.test(words[k]!.text)) k--
      if (k > 1) end = start + words[k]!.start
    }
    cuts.push([start, end, "chrome"])
  }
  for (const [a, b] of cuts) {
    sentences = splitSentenceAt(sentences, a)
    sentences = splitSentenceAt(sentences, b)
  }
  // a lead printed twice with no full stop between ("... in the northeast of the country The
  // spokesman for ... in the northeast of the country a monitor group said"): two sentences, so
  // the first is read as a sentence of its own (and takes its speaker from the second)
  // (split in one pass: splitting the whole list once per sentence is quadratic on a hostile page)
  {
    const split: Array<Sentence> = []
    for (const x of sentences) {
      const again = x.start < bodyStart || x.text.length < 120 || !/^[A-Z]/.test(x.text) ? -1 : x.text.indexOf(x.text.slice(0, 40), 40)
      if (again > 0 && x.text.charCodeAt(again - 1) === 32) split.push(...splitSentenceAt([x], x.start + again))
      else split.push(x)
    }
    sentences = split
  }
  const roleAt = (start: number): SegmentRole | null => {
    for (const [a, b, role] of cuts) if (start >= a && start < b) return role
    return null
  }
  const out: Array<Segment> = []
  for (const x of sentences) {
    if (x.start < bodyStart) {
      out.push(seg(x, "title"))
      continue
    }
    const role = roleAt(x.start)
    if (role !== null) {
      out.push(seg(x, role))
      continue
    }
    // a related headline inside a sentence ("AP Photo ... Libyas Security Forces Reportedly Find ...")
    const run = headlineRun(x.text)
    if (run !== null) {
      const pieces = splitSentenceAt(splitSentenceAt([x], x.start + run[0]), x.start + run[1])
      for (const p of pieces) out.push(seg(p, p.start === x.start + run[0] ? "chrome" : "body"))
      continue
    }
    // a line of its own between paragraphs, a few words with no stop and no figure ("Aleppo
    // province", "Health facilities"): a section's heading, as a page's <h3> reads once flattened
    // (one with a figure or a harm, "Three killed in Hama", is the section's headline: claims of its own)
    if (ownLine(text, x, bodyStart)) {
      // (a roundup's "Daraa: FSA claims checkpoint attack" is its section's headline, with claims of its own)
      out.push(seg(x, HEADLINE_HARM.test(x.text) || COUNT_WORD.test(x.text) || PLACE_LABEL_LINE.test(x.text) ? "subhead" : "heading"))
      continue
    }
    // a section's headline: "- Troops kill 10 children - Meanwhile the Observatory said ...", or
    // one the section's first sentence restates ("Two persons injured in rocket attack in Homs Two
    // persons were injured as ..."): a headline of its own, opening a new section
    const sub = subHeadline(x.text) ?? lostStop(x.text)
    if (sub !== null) {
      const [head, rest] = splitSentenceAt([x], x.start + sub)
      // without its dashes
      const lead = /^-?\s*/.exec(head!.text)![0].length
      out.push(seg({ text: head!.text.slice(lead).replace(/\s*-$/, ""), start: head!.start + lead }, "subhead"))
      if (rest !== undefined) out.push(seg(rest, "body"))
      continue
    }
    // a bulletin sub-heading: "Quneitra Another woman was killed ...", "Daraa In the same context ..."
    const heading = subHeading(x.text)
    if (heading > 0) {
      const [head, rest] = splitSentenceAt([x], x.start + heading)
      out.push(seg(head!, "heading"))
      if (rest !== undefined) out.push(seg(rest, "body"))
      continue
    }
    out.push(seg(x, "body"))
  }
  // a photo caption: the sentence before a photo credit ("(Reuters Photo) ...", "REUTERS/Name ...")
  for (let k = 1; k < out.length; k++) {
    if (!PHOTO_CREDIT.test(out[k]!.text)) continue
    const prev = out[k - 1]!
    // a caption shows; it does not report ("He added that four other victims had died" is no caption)
    if (prev.role === "body" && !REPORTS.test(prev.text)) out[k - 1] = seg(prev, "chrome")
  }
  // a sentence printed twice (pages repeating their lead) is one sentence
  const seen = new Map<string, string>()
  for (let k = 0; k < out.length; k++) {
    const x = out[k]!
    if (x.role !== "body" || x.text.length < 40) continue
    // a short key first: hashing every long sentence whole costs more than the rest of this
    // (a copy printed without its full stop is the same sentence)
    const length = x.text.charCodeAt(x.text.length - 1) === 46 ? x.text.length - 1 : x.text.length
    const key = `${length}:${x.text.slice(0, 24)}`
    const other = seen.get(key)
    if (other !== undefined && sameUpTo(other, x.text, length)) out[k] = seg(x, "repeat")
    else seen.set(key, x.text)
  }
  return out
}

/** A short line standing alone between paragraphs, neither the body's first line (a byline or a
 * dateline) nor its last: capitalised, at most six words, no closing punctuation. */
const ownLine = (text: string, x: Sentence, bodyStart: number): boolean => {
  const end = x.start + x.text.length
  if (x.start <= bodyStart || x.text.length > 60 || end >= text.length) return false
  if (!/\n[ \t]*$/.test(text.slice(Math.max(0, x.start - 4), x.start)) || !/^[ \t]*\n/.test(text.slice(end, end + 4))) return false
  // (the first line of the body, after the headline's own break, is a byline or a dateline)
  if (text.lastIndexOf("\n", x.start - 1) < bodyStart) return false
  if (OWN_LINE.test(x.text) && SIX_WORDS.test(x.text) && !(x.text.endsWith(":") && SAYS_BEFORE_COLON.test(x.text))) return true
  // "Damascus: Hunger in Yarmouk", "Qalamoun: Regime takes Qara": a roundup's section headed by its place
  const labelled = PLACE_LABEL_LINE.exec(x.text)
  if (labelled === null) return false
  const named = findPlaces(labelled[1]!)
  return named.length > 0 && named[0]!.start === 0 && named.at(-1)!.end >= labelled[1]!.length - 1
}
/** A roundup's section line headed by its place ("Damascus: Hunger in Yarmouk"), by its shape. */
export const PLACE_LABEL_LINE = /^([A-Z][^\n.!?:;,"“”\d]{1,30}):\s+[A-Z][^\n.!?;:"“”]{2,80}[^\s.!?;:,"“”'’-]$/
// ("The Syrian Observatory later said:", "The Russian Defence Ministry responded:": words said follow)
const SAYS_BEFORE_COLON = /\b(?:said|says|added|responded|replied|stated|told|announced|wrote|tweeted|declared|explained)\s*:$/i
// (a colon may close it: "Deir Ezzor:", "Damascus Suburbs:" over a bulletin's sections)
const OWN_LINE = /^[A-Z0-9][^\n.!?:;,"“”]*[^\s.!?:;,"“”'’-]:?$/
const COUNT_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|thousands)\b/i
const SIX_WORDS = /^\S+(?:\s+\S+){0,5}$/

/** The length of a section headline opening the sentence, or null: AFP's dashed one ("- Air
 * raids kill thousands - While ..."), or a headline the next words restate ("Four civilians
 * injured in rocket attacks in Aleppo Four civilians were injured ...": the same two opening words
 * again, the second compared by its stem). */
const subHeadline = (s: string): number | null => {
  const dashed = /^-\s+([A-Z][^.!?]{4,80}?)\s+-\s+(?=[A-Z"“])/.exec(s)
  if (dashed !== null) return dashed[0].length
  const first = /^([A-Z][A-Za-z'-]*)\s+([A-Za-z'-]{3,})\s/.exec(s)
  if (first === null) return null
  const stem = first[2]!.slice(0, 5).toLowerCase()
  for (let at = s.indexOf(` ${first[1]} `, 20); at !== -1 && at < 220; at = s.indexOf(` ${first[1]} `, at + 1)) {
    const again = /^\s([A-Za-z'-]+)\s+([A-Za-z'-]+)/.exec(s.slice(at))
    if (again === null || again[2]!.slice(0, 5).toLowerCase() !== stem) continue
    // a headline has no full stop, and is not a clause of the sentence ("... said that Four ...")
    const head = s.slice(0, at)
    if (/[.!?;:]/.test(head) || /\b(?:said|says|that|and|or|of|the|a|an|to|in|on)$/i.test(head.trim())) continue
    return at + 1
  }
  return null
}

/** The length of a section headline whose full stop the page lost, or null: "Terrorists fire
 * explosive ammunition on Damascus injuring 3 civilians In the same context three civilians were
 * injured ...". Prose never capitalises "In the same context", "Meanwhile" or "At least" after a
 * lower-case word; a headline (no stop, a figure or a verb of harm) ends there. */
const lostStop = (s: string): number | null => {
  LOST_STOP.lastIndex = 0
  const m = LOST_STOP.exec(s.length > 200 ? s.slice(0, 200) : s)
  if (m === null) return null
  const at = m.index + m[0].length - m[1]!.length
  const head = s.slice(0, at)
  // ("One civilian killed in rocket attack on al-Fouaa In the same context ...": a bare participle
  // is a headline's, "were killed" prose's)
  const harm = HEADLINE_HARM.test(head) || (BARE_HARM.test(head) && !AUXILIARY.test(head))
  if (head.length < 20 || /[.!?;:"“”]/.test(head) || !harm) return null
  // ("... in Aleppo The Observatory said ...": past an opener any capital may follow, only a
  // headline's grammar ends there: a figure, no auxiliary)
  if (
    !/^(?:In|Meanwhile|Earlier|Later|At)\b/.test(m[1]!) &&
    (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b/i.test(head) ||
      AUXILIARY.test(head) ||
      // ("... told The New Arab", "... October 13 2016 The ...": a name, a date)
      /(?:\b(?:told|to|by|from|of|in|at|on|said|says|with|for|and|the)|\d)\s*$/i.test(head))
  )
    return null
  return at
}
const LOST_STOP =
  /[a-z0-9]\s+((?:In\s+the\s+same\s+context|In\s+a\s+related\s+development|Meanwhile|Earlier|Later|At\s+least|The|Terrorists|A\s+source|According\s+to)\s)/
const HEADLINE_HARM = /\b(?:\d+|kills?|killing|injur(?:es?|ing)|wound(?:s|ing)|dead|die|fires?|hits?|targets?|shells?)\b/i
const BARE_HARM = /\b(?:killed|injured|wounded)\b/i
/** prose, not a headline: "Two people were killed in Idleb The ..." lost its stop inside a report */
const AUXILIARY = /\b(?:was|were|is|are|has|have|had|been|will|would)\b/i

/** A table's row written as a line: a label, a colon, a number ("Aleppo: 712", "Shelling: 1720"). */
export const TABLE_ROW = /^([A-Z][^:\n]{0,60}?):\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\.?$/
const LABELLED_ROW = /^[A-Z][^:\n.]{0,40}:\s*\d/
/** Length of a sub-heading opening the sentence, or 0. */
const SUB_HEADING_SHAPE = /^[A-Z][^\s]*(?: [A-Z][^\s]*){0,2} [A-Z]/
const subHeading = (s: string): number => {
  // (a table's row, "Damascus Suburbs: 1104", is one line: its label heads nothing)
  // (nor a labelled row, "Khan Shaykhun: 4 killed including 2 children": its label is its place)
  if (!SUB_HEADING_SHAPE.test(s) || TABLE_ROW.test(s) || LABELLED_ROW.test(s)) return 0
  const words = wordsOf(s.slice(0, 80))
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const head = words.slice(0, k)
    if (!head.every((w) => isCap(w.text) && !/^\d/.test(w.text) && !OPENER.test(w.text))) return 0
    const next = words[k]!
    if (
      !OPENER.test(next.text) ||
      /^(?:Syrian|Russian|Turkish|Government|Army|Regime|Local|Medical|Security|Units|Terrorists?|Militants|Rebels|Activists)$/.test(next.text)
    )
      continue
    const name = s.slice(0, head.at(-1)!.end)
    // one word, or the name of a place
    const places = findPlaces(name)
    if (k === 1 || (places.length > 0 && places[0]!.start === 0 && places.at(-1)!.end >= name.length - 1)) return head.at(-1)!.end
  }
  return 0
}
