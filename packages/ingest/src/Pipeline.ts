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
  AnalysisQueue,
  ArticleRepository,
  ArticleWriter,
  ClaimWriter,
  ConflictWriter,
  conflictClaimsOf,
  DedupIndexWriter,
  sortTimeOf,
  Store,
  type QueuedAnalysis,
  type StoreError,
  StoryWriter
} from "@crosscheck/db"
import { type Duration, Effect, HashSet, Option, Stream } from "effect"
import { ClaimExtractor } from "./ClaimExtractor.js"
import { Deduplicator } from "./Deduplicator.js"
import type { TextAnalysis } from "./textAnalysis.js"

/** What one stored batch did (the first stage: articles stored and shown, not yet analysed). */
export interface BatchStored {
  readonly _tag: "BatchStored"
  /** new articles, as stored: their copies, story and claims follow (BatchAnalysed) */
  readonly inserted: ReadonlyArray<Article>
  /** stored articles whose source sent a new revision: its text replaces theirs, and their
   * claims are read again, in the analysis stage's turn */
  readonly updated: ReadonlyArray<Article>
  readonly alreadyStored: number
}

/** What one transaction of the analysis stage did: stored articles classified (copy of an
 * original or not, story), their claims read and the conflicts they change computed. */
export interface BatchAnalysed {
  readonly _tag: "BatchAnalysed"
  /** new articles, with the original they copy and their story */
  readonly analysed: ReadonlyArray<Article>
  /** new revisions applied (text replaced, claims read again) */
  readonly revised: number
  readonly duplicates: number
  readonly claims: number
  /** the conflicts it opened and closed, by id */
  readonly openedConflicts: ReadonlyArray<string>
  readonly closedConflicts: ReadonlyArray<string>
}

export type PipelineOutput = BatchStored | BatchAnalysed | ItemError | ItemWarning

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

/** The summary's figures and the ids behind its conflict count (not printed). The ids are a
 * persistent set: a batch's change shares the rest, where copying a native Set per batch made
 * a 100,000-article import allocate gigabytes of large objects (86,000 ids, ~3 MB a copy, two
 * or three copies per batch), each counted against V8's old-generation limit. */
export interface SummaryState extends PipelineSummary {
  readonly openConflicts: HashSet.HashSet<string>
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
  openConflicts: HashSet.empty()
}

/** The printed summary: the figures, without the ids. */
export const summaryFigures = ({ openConflicts: _, ...figures }: SummaryState): PipelineSummary => figures

const openAfter = (open: HashSet.HashSet<string>, opened: ReadonlyArray<string>, closed: ReadonlyArray<string>): HashSet.HashSet<string> => {
  if (opened.length === 0 && closed.length === 0) return open
  return HashSet.mutate(open, (next) => {
    for (const id of closed) HashSet.remove(next, id)
    for (const id of opened) HashSet.add(next, id)
  })
}

export const addToSummary = (s: SummaryState, out: PipelineOutput): SummaryState => {
  if (out._tag === "ItemWarning") return s
  if (out._tag === "ItemError") return { ...s, seen: s.seen + 1, errors: s.errors + 1 }
  if (out._tag === "BatchStored") {
    return {
      ...s,
      seen: s.seen + out.inserted.length + out.updated.length + out.alreadyStored,
      new: s.new + out.inserted.length,
      updated: s.updated + out.updated.length,
      alreadyStored: s.alreadyStored + out.alreadyStored
    }
  }
  const openConflicts = openAfter(s.openConflicts, out.openedConflicts, out.closedConflicts)
  return { ...s, duplicates: s.duplicates + out.duplicates, claims: s.claims + out.claims, conflicts: HashSet.size(openConflicts), openConflicts }
}

/** What the analysis stage did in a run of transactions (catching up with the store). */
export interface AnalysisSummary {
  /** new articles analysed */
  readonly analysed: number
  /** new revisions applied */
  readonly revised: number
  readonly duplicates: number
  readonly claims: number
}

export const noAnalysis: AnalysisSummary = { analysed: 0, revised: 0, duplicates: 0, claims: 0 }

const addAnalysed = (s: AnalysisSummary, b: BatchAnalysed): AnalysisSummary => ({
  analysed: s.analysed + b.analysed.length,
  revised: s.revised + b.revised,
  duplicates: s.duplicates + b.duplicates,
  claims: s.claims + b.claims
})

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

/** Rows of the analysis queue handed to the claim workers ahead of the analysis stage, at most:
 * two of its transactions. More lets the worker read through more of a large cycle, which is
 * free only on an idle core: on the shared two cores (load ~9) a cold cycle of 500 feeds took
 * 12.1 and 14.2 s with 1,024, 24.3 and 23.4 s with 4,096 (alternating), analysis ending at the
 * same time, peak RSS ~30 MiB higher. (A cycle on two cores no longer reads ahead at all:
 * READ_AHEAD_IN_CYCLE in poll/Poller.ts.) */
const READ_AHEAD = 1024
/** Queue rows handed to the workers at once. */
const READ_AHEAD_CHUNK = 64

/** What was read of a queued article ahead of its analysis. */
interface ReadAhead {
  readonly claims: ReadonlyArray<ExtractedClaim>
  readonly analysis: TextAnalysis | null
}

/** What the claims are read from for a queued article: the article as stored, or the revision
 * its source sent (under the article's first fetch time, which relative dates resolve
 * against when there is no publication time). */
const textOf = (q: QueuedAnalysis) => (q.revision === null ? q.article : { ...q.revision, fetchedAt: q.article.fetchedAt })

/** The one pipeline every mode runs, in two stages.
 *
 * 1. Store: source -> normalise -> store (batched IMMEDIATE transactions: each new article
 *    with its `article.added` event, and a row in the analysis queue). This is all a poll
 *    cycle waits for: a reader sees the articles as soon as they are here.
 * 2. Analyse: the queued articles, strictly in the order they were stored, each classified
 *    (the original it copies, its story) against the articles analysed before it, its claims
 *    read (in the claim workers, ahead of need), the conflicts they change computed and its
 *    text indexed for search (a revision's replacing the old), in transactions of their own
 *    that also remove what they analysed from the queue.
 *
 * Modes differ only in the source they feed in, when the second stage runs (an import: one
 * batch behind the first; a poll: once the cycle's articles are stored) and what they do with
 * the outputs; import and `daemon --once` end once the second stage has caught up. The queue
 * is in the database, so a process killed between the stages loses nothing: the next start
 * resumes it (catchUp). Whatever the batch boundaries, the timing of the stages or the
 * processes writing to one database, every article is analysed against exactly the articles
 * stored before it, as if each were stored and analysed at once. A bad item comes out as an
 * ItemError and the rest goes on; a store failure fails the stream, because nothing after it
 * could be stored either. */
export class Pipeline extends Effect.Service<Pipeline>()("crosscheck/Pipeline", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const dedup = yield* Deduplicator
    const claims = yield* ClaimExtractor
    const queue = yield* AnalysisQueue
    const articles = yield* ArticleRepository
    const articleWriter = yield* ArticleWriter
    const indexWriter = yield* DedupIndexWriter
    const storyWriter = yield* StoryWriter
    const claimWriter = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter

    /** Stage 1: stores a batch in one transaction. An article new to the store is stored as
     * it came and queued for analysis; one stored already is left alone, unless its source
     * sent a new revision, which is recorded and queued (the analysis stage replaces the text
     * and reads the claims again, in its turn). `within` runs last in the same transaction (a
     * poll's feed state). */
    const storeBatch = (items: Iterable<Staged>, within?: (batch: BatchStored) => void) =>
      Effect.gen(function* () {
        const errors: Array<ItemError | ItemWarning> = []
        const fresh: Array<Prepared> = []
        for (const item of items) {
          if ("_tag" in item) errors.push(item)
          else fresh.push(item)
        }
        if (fresh.length === 0) {
          if (within === undefined) return errors as Array<PipelineOutput>
          const empty: BatchStored = { _tag: "BatchStored", inserted: [], updated: [], alreadyStored: 0 }
          yield* store.transaction("cannot store the feed's state", () => within(empty))
          return [...errors, empty] as Array<PipelineOutput>
        }
        const at = Date.now()
        const batch = yield* store.transaction(`cannot store ${fresh.length} articles`, (): BatchStored => {
          const inserted: Array<Article> = []
          const updated: Array<Article> = []
          let alreadyStored = 0
          for (const { article: a, revision } of fresh) {
            const stored = articleWriter.stored(a.id)
            if (stored !== null) {
              if (!isRevised(stored, a, revision)) {
                if (stored.revision === null) articleWriter.recordRevision(stored.rowid, revision)
                alreadyStored++
                continue
              }
              // A new revision of a stored item: what was decided when it arrived stays (see
              // analyseNext); the revision is recorded now, so the next poll does not see it
              // as new again.
              articleWriter.recordRevision(stored.rowid, revision)
              queue.enqueue(a.id, {
                url: a.url,
                title: a.title,
                body: a.body,
                source: a.source,
                published: a.published,
                contentHash: a.contentHash,
                words: a.words
              })
              updated.push(a)
              continue
            }
            const rowid = articleWriter.insert(a, at, revision)
            if (rowid === null) {
              alreadyStored++
              continue
            }
            queue.enqueue(a.id, null)
            inserted.push(a)
          }
          const result: BatchStored = { _tag: "BatchStored", inserted, updated, alreadyStored }
          within?.(result)
          return result
        })
        return [...errors, batch] as Array<PipelineOutput>
      })

    // Stage 2's claims, read in the workers ahead of need, by queue row: a row's text is fixed
    // (a new article's is replaced only by a later row's revision), so what was read for it
    // stays right until it is analysed, here or by another process.
    const ahead = new Map<number, Promise<ReadAhead>>()
    let aheadThrough = 0

    /** Hands the queued articles not yet handed (up to READ_AHEAD waiting) to the claim
     * workers, and returns at once: they read on the other cores while this thread stores. */
    const readAhead: Effect.Effect<void, StoreError> = Effect.gen(function* () {
      if (store.readonly) return
      while (ahead.size < READ_AHEAD) {
        const rows = yield* queue.after(aheadThrough, Math.min(READ_AHEAD_CHUNK, READ_AHEAD - ahead.size))
        if (rows.length === 0) return
        const read = claims.readAhead(rows.map(textOf))
        // Too few to start the workers for: read in place when analysed.
        if (read === null) return
        aheadThrough = rows.at(-1)!.seq
        rows.forEach((q, i) => {
          ahead.set(
            q.seq,
            read.then((r) => ({ claims: r.claims[i]!, analysis: r.analyses?.[i] ?? null }))
          )
        })
      }
    })

    /** Stage 2: analyses the first `limit` queued articles (those queued at or before
     * `through`) in one transaction; null when none is waiting, or, when `full`, fewer than
     * `limit`. */
    const analyseNext = (limit: number, through = Number.MAX_SAFE_INTEGER, full = false): Effect.Effect<BatchAnalysed | null, StoreError> =>
      Effect.gen(function* () {
        if (store.readonly) return null
        const waiting = (yield* queue.after(0, limit)).filter((q) => q.seq <= through)
        if (waiting.length === 0 || (full && waiting.length < limit)) return null
        // the conflict index is complete before this process's first update reads it
        yield* claims.ensureIndexed
        // What follows goes to the workers now, to be read while this batch is filed.
        yield* readAhead
        const read = new Map<number, ReadAhead>()
        for (const q of waiting) {
          const r = ahead.get(q.seq)
          if (r !== undefined) read.set(q.seq, yield* Effect.promise(() => r))
        }
        const notRead = waiting.filter((q) => !read.has(q.seq))
        if (notRead.length > 0) {
          const found = yield* claims.readAndAnalyse(notRead.map(textOf))
          notRead.forEach((q, i) => {
            read.set(q.seq, { claims: found.claims[i]!, analysis: found.analyses?.[i] ?? null })
          })
        }
        const at = Date.now()
        const batch = yield* store
          .transaction(`cannot analyse ${waiting.length} articles`, (): BatchAnalysed => {
            dedup.begin()
            conflictWriter.begin()
            // Every claim stored or removed in this batch, as the conflict rules prepared it.
            const claimsStored: Array<PreparedClaim | null> = []
            const analysed: Array<Article> = []
            let revised = 0
            let duplicates = 0
            let claimCount = 0
            // The queue as it is now: another process may have analysed some meanwhile.
            for (const q of queue.head(limit)) {
              if (q.seq > through) break
              const stored = q.article
              const r = read.get(q.seq)
              // Queued by another process since the batch was chosen: read here.
              const found = r?.claims ?? claims.read(textOf(q))
              if (q.revision === null) {
                const c = dedup.classify(stored, q.rowid, r?.analysis ?? undefined)
                articleWriter.analysed(q.rowid, stored.id, c.article.duplicateOf, c.article.storyId, at)
                indexWriter.add(q.rowid, sortTimeOf(c.article), c.article.storyId, c.indexing)
                storyWriter.write(c.story, at)
                dedup.filed(c, q.rowid)
                // the claims are stored with what the conflict rules keep of them
                const reading = conflictWriter.readIndex(conflictClaimsOf(c.article, found))
                claimWriter.replace(stored.id, found, claims.version, at, reading.features)
                claimsStored.push(...conflictWriter.fileIndex(reading, true))
                analysed.push(c.article)
                if (c.article.duplicateOf !== null) duplicates++
              } else {
                // A new revision of a stored article. What was decided when it arrived stays:
                // the original it copies, its story (and the story's terms), so nothing
                // already shown moves; its copy-detection keys follow the new text, so later
                // copies of the new text find it; its claims are read again from the new text.
                const next = q.revision
                // Its old claims leave the conflicts they were part of (the new ones join below),
                // read as they were filed: with the article as it stood, before the new revision's
                // publication time and outlet replace it (an undated headline's window is its
                // publication day)
                claimsStored.push(...conflictWriter.unindex(stored.id))
                const keys = dedup.revised(q.rowid, stored, next)
                articleWriter.update(q.rowid, stored.fetchedAt, stored.id, next, at)
                indexWriter.replaceKeys(q.rowid, keys.removed, keys.added)
                const reading = conflictWriter.readIndex(
                  conflictClaimsOf(
                    {
                      id: stored.id,
                      source: next.source,
                      published: next.published,
                      fetchedAt: stored.fetchedAt,
                      duplicateOf: stored.duplicateOf,
                      storyId: stored.storyId,
                      unattributedOrigin: stored.unattributedOrigin ?? null
                    },
                    found
                  )
                )
                claimWriter.replace(stored.id, found, claims.version, at, reading.features)
                claimsStored.push(...conflictWriter.fileIndex(reading, true))
                revised++
              }
              claimCount += found.length
              queue.done(q.seq)
            }
            // The batch's key terms counted at once (classify read them with these added).
            indexWriter.countTerms(dedup.takeTermCounts())
            // Conflicts once per batch: the rules recompute what the batch's claims can change,
            // which gives what claim-by-claim updates would (the result never depends on order).
            const conflicts = conflictWriter.update(claimsStored, at)
            return {
              _tag: "BatchAnalysed",
              analysed,
              revised,
              duplicates,
              claims: claimCount,
              openedConflicts: conflicts.openedIds,
              closedConflicts: conflicts.closedIds
            }
          })
          .pipe(
            Effect.tapError(() =>
              Effect.sync(() => {
                dedup.abandon()
                conflictWriter.abandon()
              })
            )
          )
        // What was read ahead for rows analysed (here or by another process) is done with.
        const last = waiting.at(-1)!.seq
        for (const seq of ahead.keys()) if (seq <= last) ahead.delete(seq)
        return batch
      })

    /** Stage 2 until it has caught up with what is queued at or before `through` (everything,
     * by default), `limit` articles a transaction; the batches as they are filed. When `full`,
     * only whole transactions of `limit`: the rest waits for more. */
    const analyseThrough = (through: number, limit: number = defaultBatch.size, full = false): Stream.Stream<BatchAnalysed, StoreError> =>
      Stream.repeatEffectOption(
        analyseNext(limit, through, full).pipe(
          Effect.mapError(Option.some),
          Effect.flatMap((b) => (b === null ? Effect.fail(Option.none()) : Effect.succeed(b)))
        )
      )

    /** Stage 2 until it has caught up with the store: what a poll cycle does once its articles
     * are stored, and every start does first (a process stopped between the stages left
     * articles queued). */
    const catchUp: Effect.Effect<AnalysisSummary, StoreError> = Stream.runFold(analyseThrough(Number.MAX_SAFE_INTEGER), noAnalysis, addAnalysed)

    /** An import: stage 1 in batches, stage 2 one batch behind it (the claim workers read the
     * newest batch while this thread files the one before), then the rest of stage 2. The
     * stream ends once everything it stored is analysed.
     *
     * Stage 2 files whole batches of `batch.size` while the input lasts, whatever size stage 1's
     * batches came to. Once analysis is the slower stage, stage 1's batches shrink to what the
     * input delivered while a batch was analysed (`maxWait` ends them: ~90 articles at 100,000
     * stored), and each conflict update reads the neighbourhood of its batch's claims, about as
     * much for 90 articles as for 500 at that size (~50,000 claims compared, against ~80,000):
     * analysed as stored, a 100,000-article import paid for about five times as many updates.
     * The result does not depend on where batches fall. */
    const run = (items: Stream.Stream<IncomingItem>, batch: BatchOptions = defaultBatch): Stream.Stream<PipelineOutput, StoreError> => {
      let behind = 0
      const stored = items.pipe(
        Stream.mapConcat(stage),
        Stream.groupedWithin(batch.size, batch.maxWait),
        Stream.mapEffect((chunk) =>
          Effect.gen(function* () {
            const out = yield* storeBatch(chunk)
            const queued = yield* queue.lastSeq
            yield* readAhead
            const through = behind
            behind = queued
            return { out, through }
          })
        ),
        // What was stored is told before the analysis runs: a failure there (a full disk) ends
        // the stream with the stored batch counted.
        Stream.flatMap(({ out, through }) => Stream.concat(Stream.fromIterable(out), analyseThrough(through, batch.size, true)))
      )
      return Stream.concat(
        stored,
        Stream.suspend(() => analyseThrough(Number.MAX_SAFE_INTEGER, batch.size))
      )
    }

    /** Stage 1 for one source's items at once, in batches of `batchSize`: `within` runs inside
     * the last batch's transaction, so what it writes (a feed's new validators and health) is
     * stored exactly when the items are, never before. */
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

    /** Stage 1 for several sources' items at once (the feeds of a poll cycle that are ready
     * together), in as few transactions as `batchSize` allows, in the order given, with
     * `within` inside the last transaction (the feeds' new state). An item already stored as
     * it is (the same revision) is counted without being normalised again: a poll of a feed
     * whose items are mostly known costs a lookup per item. Returns what each group came to;
     * what it stored waits for the analysis stage (readAhead starts the claim workers on it). */
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

    return { run, storeItems, storeGroups, readAhead, analyseNext, catchUp, refreshClaims: claims.refreshStale } as const
  }),
  dependencies: [
    AnalysisQueue.Default,
    Deduplicator.Default,
    ClaimExtractor.Default,
    ArticleWriter.Default,
    DedupIndexWriter.Default,
    StoryWriter.Default,
    ClaimWriter.Default,
    ConflictWriter.Default
  ]
}) {}
