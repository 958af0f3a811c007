/**
 * Scores conflicts against the hand-labelled FA-KES groups (labelled-fakes.json).
 *
 * A conflict belongs to a group when at least two of its claims come from the group's articles.
 * It matches a label of that group when it is about the label's metric (a denial for a `denial`
 * label) and at least two of its claims come from the label's articles. Recall: the labels some
 * conflict matches. False alarms: conflicts in a group that match no label. Revisions (one
 * source moving its own figure) are not disputes: they are counted apart, neither way.
 */
import type { Conflict } from "@crosscheck/core"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { rowOf } from "./load.js"

const here = dirname(fileURLToPath(import.meta.url))

export interface Label {
  readonly metric: string
  readonly rows: ReadonlyArray<number>
  readonly figures: string
  readonly why: string
}

export interface LabelledGroup {
  readonly group: string
  readonly set: "dev" | "held-out"
  readonly rows: ReadonlyArray<number>
  readonly conflicts: ReadonlyArray<Label>
  readonly notes: string
}

export const readLabels = (): ReadonlyArray<LabelledGroup> =>
  (JSON.parse(readFileSync(join(here, "labelled-fakes.json"), "utf8")) as { groups: Array<LabelledGroup> }).groups

export interface SetScore {
  readonly groups: number
  readonly labels: number
  readonly found: number
  readonly recall: number
  readonly conflictsInGroups: number
  readonly falseAlarms: number
  readonly precision: number
  readonly revisionsInGroups: number
  readonly missed: ReadonlyArray<string>
  readonly falseAlarmSummaries: ReadonlyArray<string>
  readonly matchedSummaries: ReadonlyArray<string>
}

const labelMetric = (c: Conflict): string => (c.kind === "denial" ? "denial" : c.scope.metric)

export const score = (groups: ReadonlyArray<LabelledGroup>, conflicts: ReadonlyArray<Conflict>, urlOf: (claimId: string) => string): SetScore => {
  let labels = 0
  let found = 0
  let inGroups = 0
  let falseAlarms = 0
  let revisions = 0
  const missed: Array<string> = []
  const falseAlarmSummaries: Array<string> = []
  const matchedSummaries: Array<string> = []
  const rowsOf = (c: Conflict): Array<number> => c.claimIds.map((id) => rowOf(urlOf(id)))
  for (const g of groups) {
    const rows = new Set(g.rows)
    const mine = conflicts.filter((c) => rowsOf(c).filter((r) => rows.has(r)).length >= 2)
    const matches = (c: Conflict, l: Label): boolean => {
      const labelRows = new Set(l.rows)
      return labelMetric(c) === l.metric && rowsOf(c).filter((r) => labelRows.has(r)).length >= 2
    }
    for (const l of g.conflicts) {
      labels++
      if (mine.some((c) => c.kind !== "revision" && matches(c, l))) found++
      else missed.push(`${g.group} ${l.metric}: ${l.figures}`)
    }
    for (const c of mine) {
      if (c.kind === "revision") {
        revisions++
        continue
      }
      inGroups++
      if (g.conflicts.some((l) => matches(c, l))) matchedSummaries.push(`${g.group} [${c.kind}] ${c.summary}`)
      else {
        falseAlarms++
        falseAlarmSummaries.push(`${g.group} [${c.kind}] ${c.summary}`)
      }
    }
  }
  return {
    groups: groups.length,
    labels,
    found,
    recall: labels === 0 ? 0 : +(found / labels).toFixed(3),
    conflictsInGroups: inGroups,
    falseAlarms,
    precision: inGroups === 0 ? 1 : +((inGroups - falseAlarms) / inGroups).toFixed(3),
    revisionsInGroups: revisions,
    missed,
    falseAlarmSummaries,
    matchedSummaries
  }
}
