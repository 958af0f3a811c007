/** Feed dates: RFC 822 (RSS pubDate) and W3C-DTF/ISO 8601 (Atom, dc:date), parsed by hand
 * because Date.parse reads a date without a zone as local time (feedparser assumes UTC) and
 * rejects non-English month names and most zone abbreviations, all common in feeds. */

// W3C-DTF: 2002-09-28, 2002-09-28T20:01:19Z, 2002-09-28 20:01:19.123+0100, 2002-09-28T20:01
const W3CDTF = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz])|(?:UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/

// RFC 822 and its relatives: [weekday,] 28 Sep 2002 [21:00[:02]] [zone]. The weekday and the
// month may be in another language (uolNoticias: "Seg, 24 Set 2018").
const RFC822 =
  /^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})[\s-]+([^\d\s.,-]+)\.?[\s-]+(\d{2}|\d{4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-])(\d{2}):?(\d{2})|\(?([A-Za-z]{1,5})\)?)?\s*$/

// Month names and abbreviations: English, plus the unambiguous ones from Portuguese, Spanish,
// Italian, German, Dutch and French. Looked up by the whole token, then its first 3 letters.
const MONTHS = new Map<string, number>([
  ...["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i) => [m, i] as const),
  ["fev", 1],
  ["fév", 1],
  ["abr", 3],
  ["avr", 3],
  ["mai", 4],
  ["mei", 4],
  ["mag", 4],
  ["giu", 5],
  ["juin", 5],
  ["lug", 6],
  ["juil", 6],
  ["ago", 7],
  ["aoû", 7],
  ["aou", 7],
  ["set", 8],
  ["out", 9],
  ["okt", 9],
  ["ott", 9],
  ["dez", 11],
  ["dic", 11],
  ["déc", 11],
  ["ene", 0],
  ["gen", 0],
  ["mär", 2],
  ["mrz", 2],
  ["mrt", 2]
])

// Offsets in minutes. Unknown abbreviations count as UTC, as in feedparser.
const ZONES = new Map<string, number>([
  ["ut", 0],
  ["utc", 0],
  ["gmt", 0],
  ["z", 0],
  ["wet", 0],
  ["est", -300],
  ["edt", -240],
  ["cst", -360],
  ["cdt", -300],
  ["mst", -420],
  ["mdt", -360],
  ["pst", -480],
  ["pdt", -420],
  ["akst", -540],
  ["akdt", -480],
  ["hst", -600],
  ["ast", -240],
  ["adt", -180],
  ["nst", -210],
  ["ndt", -150],
  ["bst", 60],
  ["cet", 60],
  ["cest", 120],
  ["met", 60],
  ["mest", 120],
  ["west", 60],
  ["eet", 120],
  ["eest", 180],
  ["msk", 180],
  ["jst", 540],
  ["kst", 540],
  ["hkt", 480],
  ["sgt", 480],
  ["aest", 600],
  ["aedt", 660],
  ["acst", 570],
  ["awst", 480],
  ["nzst", 720],
  ["nzdt", 780]
])

const utc = (year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | null => {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null
  const t = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000
  return Number.isFinite(t) ? new Date(t) : null
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number.parseInt(s, 10))

/** A feed date, or null when there is none or it cannot be read. Never an Invalid Date. */
export const parseFeedDate = (raw: unknown): Date | null => {
  if (typeof raw !== "string") return null
  const s = raw.trim()
  if (s === "" || s.length > 100) return null
  let m = W3CDTF.exec(s)
  if (m !== null) {
    const sign = m[9] === "-" ? -1 : 1
    const offset = m[9] === undefined ? 0 : sign * (num(m[10]) * 60 + num(m[11]))
    const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000)
    return utc(num(m[1]), num(m[2]) - 1, num(m[3]), num(m[4]), num(m[5]), num(m[6]), ms, offset)
  }
  m = RFC822.exec(s)
  if (m !== null) {
    const name = (m[2] ?? "").toLowerCase()
    const month = MONTHS.get(name) ?? MONTHS.get(name.slice(0, 3))
    if (month !== undefined) {
      let year = num(m[3])
      if (m[3]?.length === 2) year += year < 50 ? 2000 : 1900
      const offset = m[7] !== undefined ? (m[7] === "-" ? -1 : 1) * (num(m[8]) * 60 + num(m[9])) : (ZONES.get((m[10] ?? "").toLowerCase()) ?? 0)
      return utc(year, month, num(m[1]), num(m[4]), num(m[5]), num(m[6]), 0, offset)
    }
  }
  // Anything else (e.g. "September 28, 2002") as the platform reads it.
  const t = Date.parse(s)
  return Number.isFinite(t) ? new Date(t) : null
}
