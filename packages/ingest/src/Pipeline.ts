import { createHash } from "node:crypto"
import {
  articleIdFor,
  itemWarning,
  normaliseArticle,
  type Article,
  type Prepared as PreparedClaim,
  type IncomingArticle,
  type ExtractedClaim,
  type IncomingItem,
  type ItemError,
  type ItemWarning
} from "@crosscheck/core"
import {
  ArticleRepository,
  ArticleWriter,
  ClaimWriter,
  ConflictWriter,
  conflictClaimsOf,
  DedupIndexWriter,
  sortTimeOf,
  Store,
  type StoreError,
  StoryWriter
} from "@crosscheck/db"
import { type Duration, Effect, Stream } from "effect"
import { ClaimExtractor } from "./ClaimExtractor.js"
import { Deduplicator } from "./Deduplicator.js"
import type { TextAnalysis } from "./textAnalysis.js"

/** What one stored batch did. */
export interface BatchStored {
  readonly _tag: "BatchStored"
  readonly inserted: ReadonlyArray<Article>
  /** stored articles whose source sent a new revision: text replaced, claims read again */
  readonly updated: ReadonlyArray<Article>
  readonly alreadyStored: number
  readonly duplicates: number
  readonly claims: number
  /** the conflicts it opened and closed, by id */
  readonly openedConflicts: ReadonlyArray<string>
  readonly closedConflicts: ReadonlyArray<string>
}

export type PipelineOutput = BatchStored | ItemError | ItemWarning

export interface PipelineSummary {
  readonly seen: number
  readonly new: number
  readonly updated: number
  readonly alreadyStored: number
  readonly duplicates: number
  readonly claims: number
  /** conflicts the run opened that are still open at its end: a conflict opened in one batch
   * and replaced in the next is not counted twice, so the count does not depend on where the
   * batches fell */
  readonly conflicts: number
  readonly errors: number
}

/** The summary's figures and the ids behind its conflict count (not printed). */
export interface SummaryState extends PipelineSummary {
  readonly openConflicts: ReadonlySet<string>
}

export const emptySummary: SummaryState = {
  seen: 0,
  new: 0,
  updated: 0,
  alreadyStored: 0,
  duplicates: 0,
  claims: 0,
  conflicts: 0,
  errors: 0,
  openConflicts: new Set()
}

/** The printed summary: the figures, without the ids. */
export const summaryFigures = ({ openConflicts: _, ...figures }: SummaryState): PipelineSummary => figures

const openAfter = (open: ReadonlySet<string>, opened: ReadonlyArray<string>, closed: ReadonlyArray<string>): ReadonlySet<string> => {
  if (opened.length === 0 && closed.length === 0) return open
  const next = new Set(open)
  for (const id of closed) next.delete(id)
  for (const id of opened) next.add(id)
  return next
}

export const addToSummary = (s: SummaryState, out: PipelineOutput): SummaryState => {
  if (out._tag === "ItemWarning") return s
  if (out._tag === "ItemError") return { ...s, seen: s.seen + 1, errors: s.errors + 1 }
  const openConflicts = openAfter(s.openConflicts, out.openedConflicts, out.closedConflicts)
  return {
    ...s,
    seen: s.seen + out.inserted.length + out.updated.length + out.alreadyStored,
    new: s.new + out.inserted.length,
    updated: s.updated + out.updated.length,
    alreadyStored: s.alreadyStored + out.alreadyStored,
    duplicates: s.duplicates + out.duplicates,
    claims: s.claims + out.claims,
    conflicts: openConflicts.size,
    openConflicts
  }
}

export interface BatchOptions {
  /** articles per transaction */
  readonly size: number
  /** how long a partial batch may wait for more items (live feeds trickle) */
  readonly maxWait: Duration.DurationInput
}

export const defaultBatch: BatchOptions = { size: 500, maxWait: "200 millis" }

/** What one group of items (one polled feed) came to, after storeGroups. */
export interface GroupStored {
  /** articles offered, and items that could not be read */
  readonly items: number
  readonly new: number
  readonly updated: number
  readonly alreadyStored: number
  /** items that could not be read, and warnings */
  readonly errors: number
}

/** A normalised article with the revision its source sent. */
interface Prepared {
  readonly article: Article
  readonly revision: string
}

type Staged = Prepared | ItemError | ItemWarning

/** What a source delivered, hashed: the same item sent again has the same revision, an edited
 * one (new text, title or link) another. Taken before normalisation, so a change in how text
 * is normalised is not mistaken for an edit. */
export const revisionOf = (item: IncomingArticle): string =>
  item.revision ?? createHash("sha256").update(item.url).update("\n").update(item.title).update("\n").update(item.text).digest("hex").slice(0, 32)

const stage = (item: IncomingItem): ReadonlyArray<Staged> => {
  if (item._tag !== "IncomingArticle") return [item]
  const notes: Array<ItemWarning> = []
  const article = normaliseArticle(item, Date.now(), (message) => notes.push(itemWarning(item.origin, message)))
  const staged: Staged = "_tag" in article ? article : { article, revision: revisionOf(item) }
  return notes.length === 0 ? [staged] : [...notes, staged]
}
/** Whether an item differs from what is stored under its identity. An article stored before
 * revisions were kept is compared by its normalised text. */
const isRevised = (stored: { readonly revision: string | null; readonly contentHash: string }, a: Article, revision: string): boolean =>
  stored.revision === null ? stored.contentHash !== a.contentHash : stored.revision !== revision

/** The one pipeline every mode runs: source -> normalise -> claims -> dedup + stories -> store
 * (batched transactions, each with its change events). Modes differ only in the source they
 * feed in and what they do with the outputs. A bad item comes out as an ItemError and the rest
 * goes on; a store failure fails the stream, because nothing after it could be stored either.
 *
 * Each batch is one IMMEDIATE transaction in which every article is classified against the
 * store and filed (article, copy index, story, claims) before the next is looked at: two
 * importers on one database see each other's committed articles, and the result does not depend
 * on where batch boundaries fall. Claims are read before the transaction (pure CPU, no lock). */
export class Pipeline extends Effect.Service<Pipeline>()("crosscheck/Pipeline", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const dedup = yield* Deduplicator
    const claims = yield* ClaimExtractor
    const articles = yield* ArticleRepository
    const articleWriter = yield* ArticleWriter
    const indexWriter = yield* DedupIndexWriter
    const storyWriter = yield* StoryWriter
    const claimWriter = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter

    /** The first half of storing a batch, outside the lock: which articles are new or revised,
     * and their claims, read (in worker threads for a large batch) from the text. A re-import
     * does not read them all again. */
    const readBatch = (items: Iterable<Staged>) =>
      Effect.gen(function* () {
        const errors: Array<ItemError | ItemWarning> = []
        const fresh: Array<Prepared> = []
        for (const item of items) {
          if ("_tag" in item) errors.push(item)
          else fresh.push(item)
        }
        const storedBefore = fresh.length === 0 ? new Map<string, never>() : yield* articles.revisions(fresh.map((p) => p.article.id))
        const toRead: Array<Article> = []
        for (const { article: a, revision } of fresh) {
          const stored = storedBefore.get(a.id)
          if (stored === undefined) toRead.push(a)
          else if (isRevised(stored, a, revision)) toRead.push({ ...a, fetchedAt: stored.fetchedAt })
        }
        const found = yield* claims.readAndAnalyse(toRead)
        const read = new Map<string, ReadonlyArray<ExtractedClaim>>()
        // By the article itself, not its id: copy detection reads exactly the text it was given.
        const analysed = new Map<Article, TextAnalysis>()
        toRead.forEach((a, i) => {
          if (!read.has(a.id)) read.set(a.id, found.claims[i]!)
          if (found.analyses !== null) analysed.set(a, found.analyses[i]!)
        })
        return { errors, fresh, read, analysed }
      })

    /** Stores a batch in one transaction: each article new to the store is classified and
     * filed; one stored already is left alone, unless its source sent a new revision, which
     * replaces its text and has its claims read again (see update below). `within` runs last
     * in the same transaction (a poll's feed state). */
    const storeBatch = (items: Iterable<Staged>, within?: (batch: BatchStored) => void) => Effect.flatMap(readBatch(items), (read) => writeBatch(read, within))

    const writeBatch = (
      {
        errors,
        fresh,
        read,
        analysed
      }: {
        readonly errors: Array<ItemError | ItemWarning>
        readonly fresh: Array<Prepared>
        readonly read: Map<string, ReadonlyArray<ExtractedClaim>>
        readonly analysed: Map<Article, TextAnalysis>
      },
      within?: (batch: BatchStored) => void
    ) =>
      Effect.gen(function* () {
        const empty: BatchStored = {
          _tag: "BatchStored",
          inserted: [],
          updated: [],
          alreadyStored: 0,
          duplicates: 0,
          claims: 0,
          openedConflicts: [],
          closedConflicts: []
        }
        if (fresh.length === 0) {
          if (within === undefined) return errors as Array<PipelineOutput>
          yield* store.transaction("cannot store the feed's state", () => within(empty))
          return [...errors, empty] as Array<PipelineOutput>
        }
        const at = Date.now()
        const batch = yield* store
          .transaction(`cannot store ${fresh.length} articles`, (): BatchStored => {
            dedup.begin()
            conflictWriter.begin()
            // Every claim stored or removed in this batch, as the conflict rules prepared it.
            const claimsStored: Array<PreparedClaim | null> = []
            const inserted: Array<Article> = []
            const updated: Array<Article> = []
            let alreadyStored = 0
            let duplicates = 0
            let claimCount = 0
            for (const { article: a, revision } of fresh) {
              const stored = articleWriter.stored(a.id)
              if (stored !== null) {
                if (!isRevised(stored, a, revision)) {
                  if (stored.revision === null) articleWriter.recordRevision(stored.rowid, revision)
                  alreadyStored++
                  continue
                }
                // A new revision of a stored item. What was decided when it arrived stays: the
                // original it copies, its story (and the story's terms), so nothing already
                // shown moves; its copy-detection keys follow the new text, so later copies of
                // the new text find it; its claims are read again from the new text.
                const keys = dedup.revised(stored.rowid, stored, a)
                articleWriter.update(stored.rowid, stored.fetchedAt, a, revision, at)
                indexWriter.replaceKeys(stored.rowid, keys.removed, keys.added)
                const found = read.get(a.id) ?? claims.read({ ...a, fetchedAt: stored.fetchedAt })
                // Its old claims leave the conflicts they were part of; the new ones join.
                claimsStored.push(...conflictWriter.unindex(a.id))
                const revised = conflictWriter.readIndex(
                  conflictClaimsOf(
                    {
                      ...a,
                      fetchedAt: stored.fetchedAt,
                      duplicateOf: stored.duplicateOf,
                      storyId: stored.storyId,
                      unattributedOrigin: stored.unattributedOrigin
                    },
                    found
                  )
                )
                claimWriter.replace(a.id, found, claims.version, at, revised.features)
                claimsStored.push(...conflictWriter.fileIndex(revised, true))
                updated.push(a)
                claimCount += found.length
                continue
              }
              const c = dedup.classify(a, analysed.get(a))
              const rowid = articleWriter.insert(c.article, at, revision)
              if (rowid === null) {
                alreadyStored++
                continue
              }
              indexWriter.add(rowid, sortTimeOf(c.article), c.article.storyId, c.indexing)
              storyWriter.write(c.story, at)
              dedup.filed(c, rowid)
              // Stored by another process between the check above and this transaction, then
              // removed again: rare enough to read here, under the lock.
              const found = read.get(a.id) ?? claims.read(a)
              // the claims are stored with what the conflict rules keep of them
              const reading = conflictWriter.readIndex(conflictClaimsOf(c.article, found))
              claimWriter.replace(a.id, found, claims.version, at, reading.features)
              claimsStored.push(...conflictWriter.fileIndex(reading, true))
              inserted.push(c.article)
              if (c.article.duplicateOf !== null) duplicates++
              claimCount += found.length
            }
            // The batch's key terms counted at once (classify read them with these added).
            indexWriter.countTerms(dedup.takeTermCounts())
            // Conflicts once per batch: the rules recompute what the batch's claims can change,
            // which gives what claim-by-claim updates would (the result never depends on order).
            const conflicts = conflictWriter.update(claimsStored, at)
            const result: BatchStored = {
              _tag: "BatchStored",
              inserted,
              updated,
              alreadyStored,
              duplicates,
              claims: claimCount,
              openedConflicts: conflicts.openedIds,
              closedConflicts: conflicts.closedIds
            }
            within?.(result)
            return result
          })
          .pipe(
            Effect.tapError(() =>
              Effect.sync(() => {
                dedup.abandon()
                conflictWriter.abandon()
              })
            )
          )
        return [...errors, batch] as Array<PipelineOutput>
      })

    const run = (items: Stream.Stream<IncomingItem>, batch: BatchOptions = defaultBatch): Stream.Stream<PipelineOutput, StoreError> =>
      items.pipe(
        Stream.mapConcat(stage),
        Stream.groupedWithin(batch.size, batch.maxWait),
        // The next batch's claims are read while this one is stored; batches are stored one
        // at a time, in order.
        Stream.mapEffect((chunk) => readBatch(chunk), { concurrency: 2 }),
        Stream.mapEffect((read) => writeBatch(read)),
        Stream.flattenIterables
      )

    /** The same stages for one source's items at once (a polled feed), in batches of
     * `batchSize`: `within` runs inside the last batch's transaction, so what it writes (the
     * feed's new validators and health) is stored exactly when the items are, never before. */
    const storeItems = (
      items: ReadonlyArray<IncomingItem>,
      within?: (stored: ReadonlyArray<BatchStored>) => void,
      batchSize: number = defaultBatch.size
    ): Effect.Effect<ReadonlyArray<PipelineOutput>, StoreError> =>
      Effect.gen(function* () {
        const staged = items.flatMap(stage)
        const outputs: Array<PipelineOutput> = []
        const batches: Array<BatchStored> = []
        for (let from = 0; from === 0 || from < staged.length; from += batchSize) {
          const last = from + batchSize >= staged.length
          const out = yield* storeBatch(staged.slice(from, from + batchSize), last && within !== undefined ? (b) => within([...batches, b]) : undefined)
          for (const o of out) {
            outputs.push(o)
            if (o._tag === "BatchStored") batches.push(o)
          }
        }
        return outputs
      })

    /** Several sources' items at once (the feeds of a poll cycle that are ready together), in
     * as few transactions as `batchSize` allows: the same stages, in the order given, with
     * `within` inside the last transaction (the feeds' new state). An item already stored as
     * it is (the same revision) is counted without being read again: a poll of a feed whose
     * items are mostly known costs a lookup per item, not normalisation and claims. Returns
     * what each group came to. */
    const storeGroups = (
      groups: ReadonlyArray<ReadonlyArray<IncomingItem>>,
      within?: () => void,
      batchSize: number = defaultBatch.size
    ): Effect.Effect<ReadonlyArray<GroupStored>, StoreError> =>
      Effect.gen(function* () {
        const tallies = groups.map(() => ({ items: 0, new: 0, updated: 0, alreadyStored: 0, errors: 0 }))
        const ids: Array<string> = []
        for (const items of groups) {
          for (const item of items) if (item._tag === "IncomingArticle") ids.push(articleIdFor(item.identity ?? item.url))
        }
        const known = yield* articles.revisions(ids)
        const staged: Array<Staged> = []
        const groupOf = new Map<string, number>()
        const offered = groups.map(() => 0)
        let next = 0
        groups.forEach((items, g) => {
          const tally = tallies[g]!
          for (const item of items) {
            if (item._tag !== "IncomingArticle") {
              if (item._tag === "ItemError") tally.items++
              tally.errors++
              continue
            }
            tally.items++
            const id = ids[next++]!
            const stored = known.get(id)
            if (stored !== undefined && stored.revision !== null && stored.revision === revisionOf(item)) {
              tally.alreadyStored++
              continue
            }
            for (const s of stage(item)) {
              if ("_tag" in s) {
                // not storable (no title nor text), or stored with a warning (a text cut)
                tally.errors++
                continue
              }
              staged.push(s)
              offered[g]!++
              if (!groupOf.has(s.article.id)) groupOf.set(s.article.id, g)
            }
          }
        })
        for (let from = 0; from === 0 || from < staged.length; from += batchSize) {
          const last = from + batchSize >= staged.length
          const out = yield* storeBatch(staged.slice(from, from + batchSize), last && within !== undefined ? () => within() : undefined)
          for (const o of out) {
            if (o._tag !== "BatchStored") continue
            for (const a of o.inserted) tallies[groupOf.get(a.id) ?? 0]!.new++
            for (const a of o.updated) tallies[groupOf.get(a.id) ?? 0]!.updated++
          }
        }
        return tallies.map((t, g) => ({ ...t, alreadyStored: t.alreadyStored + offered[g]! - t.new - t.updated }))
      })

    return { run, storeItems, storeGroups, refreshClaims: claims.refreshStale } as const
  }),
  dependencies: [
    Deduplicator.Default,
    ClaimExtractor.Default,
    ArticleWriter.Default,
    DedupIndexWriter.Default,
    StoryWriter.Default,
    ClaimWriter.Default,
    ConflictWriter.Default
  ]
}) {}
