import { Effect, Schema, type Stream } from "effect"
import { pagedByRowid } from "./paging.js"
import { rowDecoder } from "./rows.js"
import { Store, type StoreError } from "./Store.js"

/** A story as the contract's `export stories` shows it; times are epoch ms. */
export interface Story {
  readonly id: string
  readonly title: string
  readonly articleIds: ReadonlyArray<string>
  readonly firstSeen: number
  readonly lastSeen: number
}

/** How well a story is corroborated: copies never count twice. */
export interface Corroboration {
  /** every article in the story, copies included */
  readonly articles: number
  /** articles that are not copies of another: the independent reports */
  readonly independentReports: number
  /** outlets with at least one independent report */
  readonly outlets: number
}

const PAGE = 500

/** A row of the stories export's page, decoded, not cast. */
const StoryRow = Schema.Struct({
  rowid: Schema.Number,
  id: Schema.String,
  title: Schema.String,
  firstSeen: Schema.Number,
  lastSeen: Schema.Number
})
type StoryRow = typeof StoryRow.Type
const decodeStoryRow = rowDecoder("stories", StoryRow)

export class StoryRepository extends Effect.Service<StoryRepository>()("crosscheck/StoryRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const page = sqlite.prepare(
      `SELECT rowid, id, title, first_seen AS firstSeen, last_seen AS lastSeen FROM stories
       WHERE rowid > ? AND last_seen >= ? ORDER BY rowid LIMIT ?`
    )
    const members = sqlite.prepare(`SELECT id FROM articles WHERE story_id = ? ORDER BY rowid`).pluck()
    const corroboration = sqlite.prepare(
      `SELECT count(*) AS articles,
              count(*) FILTER (WHERE duplicate_of IS NULL) AS independentReports,
              count(DISTINCT source) FILTER (WHERE duplicate_of IS NULL) AS outlets
       FROM articles WHERE story_id = ?`
    )

    /** Every story in the order they began, paged; `since` keeps stories whose latest article
     * is at or after it (epoch ms). */
    const export_ = (since = 0): Stream.Stream<Story, StoreError> =>
      pagedByRowid(
        (f) => store.query("cannot export stories", f),
        PAGE,
        (after) => page.all(after, since, PAGE).map(decodeStoryRow),
        ({ id, title, firstSeen, lastSeen }: StoryRow): Story => ({
          id,
          title,
          firstSeen,
          lastSeen,
          articleIds: members.all(id) as Array<string>
        })
      )

    const corroborationOf = (storyId: string) => store.query(`cannot read story ${storyId}`, () => corroboration.get(storyId) as Corroboration)

    return { export: export_, corroborationOf } as const
  })
}) {}
