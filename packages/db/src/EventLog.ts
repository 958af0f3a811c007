import { Effect } from "effect"
import { Store } from "./Store.js"

export interface ChangeEvent {
  readonly seq: number
  readonly at: number
  readonly kind: string
  readonly articleId: string | null
  readonly data: string | null
}

/** The append-only change log, read side. Writers append inside their own transactions, so an
 * event is visible exactly when the change it announces is. */
export class EventLog extends Effect.Service<EventLog>()("crosscheck/EventLog", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const latest = store.sqlite.prepare(`SELECT coalesce(max(seq), 0) FROM events`).pluck()
    const after = store.sqlite.prepare(
      `SELECT seq, at, kind, article_id AS articleId, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?`
    )
    /** The newest sequence number; 0 for an empty log. Cheap enough to poll every second. */
    const latestSeq = store.query("cannot read the event log", () => latest.get() as number)
    const since = (seq: number, limit = 1000) =>
      store.query("cannot read the event log", () => after.all(seq, limit) as Array<ChangeEvent>)
    return { latestSeq, since } as const
  })
}) {}
