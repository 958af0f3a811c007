import { Chunk, Effect, Option, Stream } from "effect"
import type { StoreError } from "./Store.js"

/** Streams a table in rowid order, one page per query, so an export of any size holds one
 * page in memory. `read` returns up to `pageSize` rows after the given rowid. */
export const pagedByRowid = <Row extends { readonly rowid: number }, A>(
  query: (f: () => Array<Row>) => Effect.Effect<Array<Row>, StoreError>,
  pageSize: number,
  read: (afterRowid: number) => Array<Row>,
  toRecord: (row: Row) => A
): Stream.Stream<A, StoreError> =>
  Stream.paginateChunkEffect(0, (after: number) =>
    query(() => read(after)).pipe(
      Effect.map((rows) => {
        const last = rows.at(-1)
        return [
          Chunk.fromIterable(rows.map(toRecord)),
          rows.length === pageSize && last !== undefined ? Option.some(last.rowid) : Option.none<number>()
        ] as const
      })
    )
  )
