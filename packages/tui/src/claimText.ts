/** Claims and figures as short text for the screen. */
import type { ClaimView } from "./Monitor.js"

const n = (v: number): string => v.toLocaleString("en-US")

/** A figure with its qualifier: "11", "at least 15" as "≥15", "up to 300,000" as "≤300,000",
 * "about 50" as "~50", "dozens" as "24-99". */
export const formatFigure = (min: number | null, max: number | null, qualifier: string | null): string => {
  switch (qualifier) {
    case "exact":
      return min === null ? "?" : n(min)
    case "at_least":
      return min === null ? "?" : `≥${n(min)}`
    case "more_than":
      return min === null ? "?" : `>${n(min - 1)}`
    case "up_to":
      return max === null ? "?" : `≤${n(max)}`
    case "about":
      return min !== null && max !== null ? `~${n(Math.round((min + max) / 2))}` : "?"
    default:
      if (min !== null && max !== null) return min === max ? n(min) : `${n(min)}-${n(max)}`
      if (min !== null) return `≥${n(min)}`
      if (max !== null) return `≤${n(max)}`
      return "?"
  }
}

const METRIC: Record<string, string> = {
  killed: "killed",
  injured: "injured",
  casualties: "casualties",
  trapped: "trapped",
  displaced: "displaced",
  strikes: "strikes",
  hospitals_hit: "hospitals hit",
  arrested: "arrested",
  missing: "missing"
}

/** "2016-11-16", or "2016-11-14 to 2016-11-16". */
export const formatWindow = (when: { readonly from: string; readonly to: string } | null): string | null =>
  when === null ? null : when.from === when.to ? when.from : `${when.from} to ${when.to}`

/** What a claim says: "killed ≥15 civilians", or for an event "Russia denies air strikes". */
export const claimWhat = (c: ClaimView): string => {
  if (c.kind === "event") {
    const actor = c.actor ?? "someone"
    const action = c.action ?? "an attack"
    return c.polarity === "denied" ? `${actor} denies ${action}` : `${actor}: ${action}`
  }
  const metric = METRIC[c.metric ?? ""] ?? c.metric ?? "figure"
  return [metric, formatFigure(c.min, c.max, c.qualifier), c.who].filter((p) => p !== null && p !== "").join(" ")
}

/** Who says it, where, when: "SOHR · Sukkari, Aleppo · 2016-11-16"; the outlet's own claim says so. */
export const claimContext = (c: ClaimView): string =>
  [c.source ?? "(the outlet)", c.where, formatWindow(c.when)].filter((p) => p !== null && p !== "").join(" · ")
