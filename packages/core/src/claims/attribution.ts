/** Who a claim is attributed to, normalised so that "SOHR", "the observatory", "the monitor"
 * and "Rami Abdel Rahman" are one source. */

const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:syrian observatory for human rights|sohr|the observatory|observatory|rami abdel ?rahman|rami abdulrahman|britain-based (?:group|monitor|observatory)|the monitor|a monitor|war monitor|monitoring group)\b/i, "SOHR"],
  [/\b(?:white helmets|civil defen[cs]e|syria civil defen[cs]e|rescue workers)\b/i, "White Helmets"],
  [/\b(?:russian (?:defen[cs]e )?ministry(?: of defen[cs]e)?|russia'?s (?:defen[cs]e )?ministry|russian ministry of defen[cs]e|defen[cs]e ministry spokesman|konashenkov|shoigu|russian military)\b/i, "Russian Defense Ministry"],
  [/\b(?:russian general staff)\b/i, "Russian General Staff"],
  [/\b(?:sana|syrian arab news agency|state news agency|state media|state television|state tv)\b/i, "SANA"],
  [/\b(?:aleppo police command)\b/i, "Aleppo Police Command"],
  [/\b(?:damascus police command)\b/i, "Damascus Police Command"],
  [/\b(?:syrian army|syria'?s army|army general command|general command of the army|military source)\b/i, "Syrian army"],
  [/\b(?:turkish (?:military|armed forces|general staff))\b/i, "Turkish military"],
  // capitals only: "who", "un-" are words
  [/\b(?:United Nations|UN|U\.N\.|UNICEF|OCHA|UNHCR|WHO|World Health Organi[sz]ation)(?![\w-])/, "UN"],
  [/\b(?:islamic state|isil|isis|daesh|amaq)\b/i, "Islamic State"],
  [/\b(?:aleppo media cent(?:re|er))\b/i, "Aleppo Media Centre"],
  [/\b(?:human rights watch)\b/i, "Human Rights Watch"],
  [/\b(?:amnesty international)\b/i, "Amnesty International"],
  [/\b(?:medical sources?|doctors|medics|hospital officials?)\b/i, "medical sources"],
  [/\b(?:local sources?)\b/i, "local sources"],
  [/\b(?:opposition activists)\b/i, "opposition activists"],
  [/\b(?:activists?)\b/i, "activists"],
  [/\b(?:residents|witnesses)\b/i, "residents"],
  [/\b(?:rights groups|rights organi[sz]ations|rights companies)\b/i, "rights groups"],
  [/\b(?:various sources)\b/i, "various sources"]
]

/** Sources the rules know by name: an event is only attributed to one of these. */
export const KNOWN_SOURCES: ReadonlySet<string> = new Set(ALIASES.map(([, name]) => name))

/** The normalised name of a source phrase, or the phrase itself when unknown. */
export const normaliseSource = (phrase: string): string => {
  for (const [re, name] of ALIASES) if (re.test(phrase)) return name
  return phrase.trim()
}

const SAY =
  "(?:said|says|say|reported|reports|told|added|announced|stated|confirmed|claimed|alleged|gave|quoted|estimated|documented|counted|pointed out|noted|indicated|affirmed|mentioned)"

// "The source pointed out", "he added": a source named earlier, not a new one.
export const ANAPHORIC_SOURCE = /^(?:(?:the|this|that) (?:source|sources|spokesman|official|statement|monitor|group)|he|she|they|it)$/i
const ACCORDING = /\baccording to ((?:the |a )?[^.;:"]{2,80}?)(?=[.;:"]|,| on | in | as | and |$)/i
const SUBJECT_SAYS = new RegExp(`((?:[A-Z][\\w'’.-]*|the|a|an|of|for|local|medical|opposition|rights|human|various|britain-based|war|syrian|russian|state|news|civil|defen[cs]e|rescue|group|groups|activists?|residents|sources?|monitor|observatory|ministry|spokesman|agency)(?:[\\s-]+(?:[A-Z][\\w'’.-]*|the|a|an|of|for|local|medical|opposition|rights|human|various|britain-based|war|syrian|russian|state|news|civil|defen[cs]e|rescue|group|groups|activists?|residents|sources?|monitor|observatory|ministry|spokesman|agency|also|known|as|,)){0,9})\\s*,?\\s+(?:has |have |had )?${SAY}\\b`)
const SAYS_SUBJECT = new RegExp(`\\b${SAY}\\s+((?:the |a )?[A-Z][^.;:"]{2,80}?)(?=[.;:"]|,| on | in |$)`)

// Headlines name their source at the end, without a verb: "... kills 14 State media",
// "... kill 16 civilians Monitor".
const HEADLINE_SOURCE = /\b(?:monitor|observatory|state media|state tv|activists|rescuers|medics)\s*[.!]?\s*$/i

const SAY_ALL = new RegExp(`\\b(?:${SAY.slice(3, -1)}|saying|according to)\\b`, "gi")
// "told SANA reporter", "SANA's correspondent quoted a source at ...": the outlet passing it on
const LISTENER_BEFORE = /\b(?:told|quoted\s+by)\s+(?:the\s+)?$/i
const ALIASES_ALL: ReadonlyArray<readonly [RegExp, string]> = ALIASES.map(([re, name]) => [new RegExp(re.source, `${re.flags}g`), name])
const RELAY_AFTER = /^['’]?s?\s*(?:correspondent|reporter)?\s*(?:quoted|cited)\b/i

// "the source added" attached to its verb
const ATTACHED_ANAPHORA = new RegExp(`\\b((?:the|this|that)\\s+(?:source|sources|spokesman|official)|he|she|they)\\s+(?:also\\s+)?${SAY}\\b`, "i")
// one pass to learn whether any known name is there at all (most sentences name none)
const ANY_ALIAS = new RegExp(ALIASES.map(([re]) => re.source).join("|"), "i")
const NEAR_VERB = 40
const JOINED_SUBJECT = /^\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)??$/i

interface Mention {
  readonly name: string
  readonly at: number
  readonly end: number
}

/** The known source nearest a verb of saying ("the Turkish military said", "said the
 * observatory"), skipping one merely relaying or being told; a relay when it is all there is.
 * With an attached "the source said", only a name right by a verb counts. */
const firstKnownSource = (sentence: string, anaphoraAt: number | null): { readonly name: string; readonly distance: number } | null => {
  if (!ANY_ALIAS.test(sentence)) return null
  const verbs: Array<readonly [number, number]> = []
  for (const v of sentence.matchAll(SAY_ALL)) verbs.push([v.index, v.index + v[0].length])
  const speakers: Array<Mention> = []
  let best: Mention | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  let relay: string | null = null
  for (const [re, name] of ALIASES_ALL) {
    let first = true
    for (const m of sentence.matchAll(re)) {
      const mention = { name, at: m.index, end: m.index + m[0].length }
      if (LISTENER_BEFORE.test(sentence.slice(Math.max(0, mention.at - 12), mention.at)) || RELAY_AFTER.test(sentence.slice(mention.end, mention.end + 30))) {
        relay ??= name
        continue
      }
      // each name's first mention may head a joined subject
      if (first) speakers.push(mention)
      first = false
      let distance = Number.POSITIVE_INFINITY
      for (const [vs, ve] of verbs) distance = Math.min(distance, vs >= mention.end ? vs - mention.end : mention.at >= ve ? mention.at - ve : 0)
      if (anaphoraAt !== null && distance > 2) continue
      if (distance < bestDistance) {
        best = mention
        bestDistance = distance
      }
    }
  }
  if (best === null) return relay === null ? null : { name: relay, distance: 0 }
  // "the monitor and a civil defence official said": the first of a joined subject
  for (;;) {
    const head: Mention = best
    const joined = speakers.find((m) => m.name !== head.name && m.end <= head.at && JOINED_SUBJECT.test(sentence.slice(m.end, head.at)))
    if (joined === undefined) break
    best = joined
  }
  return { name: best.name, distance: bestDistance }
}

const SAY_ANY = new RegExp(`\\b${SAY}\\b`, "i")
// FA-KES has no commas, so "according to the latest toll 44 civilians ..." runs on: a source
// is a name or a role, a few words, no figures.
const plausibleName = (phrase: string): boolean => {
  if (KNOWN_SOURCES.has(normaliseSource(phrase))) return true
  const words = phrase.trim().split(/\s+/)
  return !/\d/.test(phrase) && words.length <= 6 && words.some((w) => w.length >= 3 && !/^(?:the|and|for|its|his|her|their|this|that|with)$/i.test(w))
}

/** The source named in a sentence, normalised, or null. */
export const sourceIn = (sentence: string): string | null => {
  const trailing = HEADLINE_SOURCE.exec(sentence)
  if (trailing !== null) return normaliseSource(trailing[0].replace(/[\s.!]+$/, "").replace(/^monitor$/i, "the monitor"))
  const according = ACCORDING.exec(sentence)
  if (according?.[1] !== undefined && plausibleName(according[1])) return normaliseSource(according[1])
  // A known source named anywhere with a verb of saying is the attribution.
  if (SAY_ANY.test(sentence)) {
    // "the source added" attached to its verb outweighs a name met elsewhere in the sentence
    const anaphora = ATTACHED_ANAPHORA.exec(sentence)
    const known = firstKnownSource(sentence, anaphora === null ? null : anaphora.index)
    // a known name by the verb is the source; one far from it ("several ISIL members were killed
    // in the bombardments FNA reported") only when nobody else is said to say it
    if (known !== null && known.distance <= NEAR_VERB) return known.name
    if (anaphora !== null) return anaphora[1]!
    const subject = SUBJECT_SAYS.exec(sentence)
    if (subject?.[1] !== undefined) {
      const phrase = subject[1].replace(/^(?:the|a|an)\s+/i, "").trim()
      if (/^(?:the |this |that )?(?:source|sources|spokesman|official|statement)$|^(?:he|she|they|it)$/i.test(subject[1].trim())) return subject[1].trim()
      if (phrase.length > 2 && plausibleName(phrase) && !/^(?:which|who)$/i.test(phrase)) return normaliseSource(phrase)
    }
    const object = SAYS_SUBJECT.exec(sentence)
    if (object?.[1] !== undefined && plausibleName(object[1])) return normaliseSource(object[1])
    if (known !== null) return known.name
  }
  return null
}
