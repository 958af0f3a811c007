import {
  compareForCopy,
  cosine,
  firstSeenSource,
  mergeVectors,
  signatureOf,
  sketchOf,
  termCounts,
  termVector,
  type Article,
  type ArticleId,
  type DedupSignature,
  type StoryId,
  type TermVector
} from "@crosscheck/core"
import { DedupIndex, sortTimeOf, type ArticleIndexing, type StoryState, type StoreError } from "@crosscheck/db"
import { Effect } from "effect"

/** The outcome of classifying a batch: articles with `duplicateOf` and `storyId` set, and what
 * must be stored with them in the same transaction. */
export interface ClassifiedBatch {
  readonly articles: ReadonlyArray<Article>
  /** ids of the batch's articles that were stored before: left as they are */
  readonly alreadyStored: ReadonlySet<string>
  readonly indexing: ReadonlyMap<string, ArticleIndexing>
  readonly stories: ReadonlyArray<StoryState>
}

const DAY = 86_400_000
/** A story goes quiet when nothing has joined it for this long (by publication time). */
export const STORY_QUIET_AFTER = 3 * DAY
/** How alike (cosine of tf-idf key terms) an article and a story must be for it to join. */
export const STORY_SIMILARITY = 0.3
/** Candidates verified per article, and postings read per sketch key. */
const CANDIDATES = 8
const POSTINGS_PER_KEY = 16
const MIN_SHARED_KEYS = 2
/** Key terms per article counted for idf: enough for the vector, few enough to stay cheap. */
const COUNTED_TERMS = 32
const VECTOR_TERMS = 64
/** An article's strongest terms, by which stories are found and filed. */
const STORY_KEYS = 10
const STORIES_PER_KEY = 5

/** An article of this batch or the store, as a possible original. */
interface Known {
  readonly id: ArticleId
  readonly duplicateOf: ArticleId | null
  readonly storyId: StoryId | null
  readonly signature: DedupSignature
  /** first-seen order: the store's rowid; this batch's articles come after every stored one */
  readonly seen: number
  /** the first-seen order of its root (itself, or `duplicateOf`), when known */
  readonly rootSeen: number | null
}

interface StoryDraft {
  id: string
  title: string
  firstSeen: number
  lastSeen: number
  articles: number
  vector: TermVector
}

const textForSignature = (a: Pick<Article, "title" | "body">): string =>
  // A body too short to compare on its own (a feed item with a one-line summary) takes its
  // headline along.
  a.body.length < 300 ? `${a.title}\n${a.body}` : a.body

const parseTerms = (json: string): TermVector => JSON.parse(json) as TermVector

/**
 * The dedup stage: marks each new article as a copy of the first-seen original it copies
 * (`duplicateOf`, always the root, never a copy of a copy) and places it in a story
 * (`storyId`; a copy joins its original's story). Candidates come from the persistent sketch
 * index and from earlier articles of the same batch; each is verified on the full text before
 * a merge, and a merge is vetoed when the figures disagree.
 */
export class Deduplicator extends Effect.Service<Deduplicator>()("crosscheck/Deduplicator", {
  effect: Effect.gen(function* () {
    const index = yield* DedupIndex
    // Term frequencies change slowly and are only weights: a per-process cache saves most of
    // the lookups. This process's own additions are applied to it; other writers' show up
    // after a restart (or when the cache is cleared for size).
    const dfCache = new Map<number, number>()
    const DF_CACHE_LIMIT = 500_000
    const frequencies = (terms: Iterable<number>) =>
      Effect.gen(function* () {
        const out = new Map<number, number>()
        const missing: Array<number> = []
        for (const t of terms) {
          const cached = dfCache.get(t)
          if (cached === undefined) missing.push(t)
          else out.set(t, cached)
        }
        if (missing.length > 0) {
          if (dfCache.size > DF_CACHE_LIMIT) dfCache.clear()
          for (const [t, n] of yield* index.frequencies(missing)) {
            dfCache.set(t, n)
            out.set(t, n)
          }
        }
        return out
      })

    const classify = (batch: ReadonlyArray<Article>): Effect.Effect<ClassifiedBatch, StoreError> =>
      Effect.gen(function* () {
        const already = yield* index.stored(batch.map((a) => a.id))
        let articleCount = yield* index.articleCount
        // This batch's articles are seen after every stored one (articleCount is the largest rowid).
        const batchSeen = articleCount + 1
        const seenById = new Map<string, number>()
        const out: Array<Article> = []
        const indexing = new Map<string, ArticleIndexing>()
        const seen = new Set<string>()
        // This batch so far, for copies and stories within one batch.
        const batchKnown: Array<Known> = []
        const batchKeys = new Map<number, Array<number>>()
        const batchHashes = new Map<string, number>()
        const batchDf = new Map<number, number>()
        const stories = new Map<string, StoryDraft>()
        const storeSignatures = new Map<number, Known | null>()

        const knownFromStore = (rowid: number) =>
          Effect.gen(function* () {
            if (storeSignatures.has(rowid)) return storeSignatures.get(rowid)!
            const row = yield* index.article(rowid)
            const known: Known | null =
              row === null
                ? null
                : {
                    id: row.id as ArticleId,
                    duplicateOf: row.duplicateOf as ArticleId | null,
                    storyId: row.storyId as StoryId | null,
                    signature: signatureOf(textForSignature(row)),
                    seen: rowid,
                    rootSeen: row.duplicateOf === null ? rowid : null
                  }
            storeSignatures.set(rowid, known)
            if (known !== null) seenById.set(known.id, rowid)
            return known
          })

        // Stories sharing a strong term with the article, active around its time: from the store,
        // and from this batch (not stored yet), through the same kind of term -> stories index.
        const batchStoryKeys = new Map<number, Set<string>>()
        const storiesFor = (keys: ReadonlyArray<number>, time: number) =>
          Effect.gen(function* () {
            const ids = yield* index.storiesSharing(keys, time - STORY_QUIET_AFTER, time + STORY_QUIET_AFTER, STORIES_PER_KEY)
            for (const key of keys) for (const id of batchStoryKeys.get(key) ?? []) ids.add(id)
            const found: Array<StoryDraft> = []
            for (const id of ids) {
              let story = stories.get(id)
              if (story === undefined) {
                const row = yield* index.story(id)
                if (row === null) continue
                story = { ...row, vector: parseTerms(row.terms) }
                stories.set(id, story)
              }
              if (story.lastSeen >= time - STORY_QUIET_AFTER && story.firstSeen <= time + STORY_QUIET_AFTER) found.push(story)
            }
            return found
          })
        const touched = new Set<string>()

        for (const article of batch) {
          if (already.has(article.id) || seen.has(article.id)) {
            out.push(article)
            continue
          }
          seen.add(article.id)
          const time = sortTimeOf(article)
          const signature = signatureOf(textForSignature(article))
          const keys = sketchOf(signature)

          // 1. The same text under another url.
          let original: Known | null = null
          const sameHash = batchHashes.get(article.contentHash)
          if (sameHash !== undefined) original = batchKnown[sameHash]!
          else {
            const rowid = yield* index.firstWithContentHash(article.contentHash)
            if (rowid !== null) original = yield* knownFromStore(rowid)
          }

          // 2. Near copies: candidates sharing sketch keys, from this batch (not in the index yet)
          // and the store, each verified on the whole text. Of those that verify, the one whose
          // root was seen first names the original (core's firstSeenSource), not the one sharing
          // most: that is often an earlier copy, missed or not.
          if (original === null) {
            const verified: Array<Known> = []
            const shared = new Map<number, number>()
            for (const key of keys) for (const i of batchKeys.get(key) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1)
            const inBatch = [...shared].filter(([, n]) => n >= MIN_SHARED_KEYS).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES)
            for (const [i] of inBatch) {
              if (compareForCopy(signature, batchKnown[i]!.signature).verdict !== "distinct") verified.push(batchKnown[i]!)
            }
            for (const candidate of yield* index.candidates(keys, POSTINGS_PER_KEY, CANDIDATES)) {
              // One shared key in 40 is chance; a copy shares several.
              if (candidate.shared < MIN_SHARED_KEYS) break
              const known = yield* knownFromStore(candidate.rowid)
              if (known !== null && compareForCopy(signature, known.signature).verdict !== "distinct") verified.push(known)
            }
            const source = firstSeenSource(
              verified.map((k) => ({ known: k, seen: k.seen, root: k.duplicateOf ?? k.id, rootSeen: k.rootSeen ?? seenById.get(k.duplicateOf!) ?? null }))
            )
            if (source !== undefined) original = source.known
          }

          // 3. The story: a copy joins its original's; anything else the most alike active story.
          // The most frequent terms only: a term said once in a long article rarely decides its
          // story, and each term costs a lookup.
          const counts = new Map([...termCounts(article.title, article.body)].sort((x, y) => y[1] - x[1]).slice(0, VECTOR_TERMS))
          const counted = [...counts.keys()].slice(0, COUNTED_TERMS)
          const df = yield* frequencies(counts.keys())
          for (const [t, n] of batchDf) if (df.has(t)) df.set(t, df.get(t)! + n)
          const vector = termVector(counts, df, articleCount)
          const storyKeys = vector.slice(0, STORY_KEYS).map(([t]) => t)

          let storyId: string | null = original?.storyId ?? null
          if (storyId === null) {
            let best: StoryDraft | null = null
            let bestScore = STORY_SIMILARITY
            for (const story of yield* storiesFor(storyKeys, time)) {
              const score = cosine(vector, story.vector)
              if (score >= bestScore) {
                best = story
                bestScore = score
              }
            }
            if (best !== null && original === null) best.vector = mergeVectors(best.vector, best.articles, vector)
            storyId = best?.id ?? null
          }
          if (storyId === null) {
            storyId = article.id
            stories.set(storyId, { id: storyId, title: article.title, firstSeen: time, lastSeen: time, articles: 0, vector })
          }
          const story = stories.get(storyId)
          if (story !== undefined) {
            story.articles++
            story.firstSeen = Math.min(story.firstSeen, time)
            story.lastSeen = Math.max(story.lastSeen, time)
            touched.add(storyId)
          }

          const classified: Article = {
            ...article,
            duplicateOf: original === null ? null : (original.duplicateOf ?? original.id),
            storyId: storyId as StoryId
          }
          out.push(classified)
          const seenAt = batchSeen + batchKnown.length
          seenById.set(classified.id, seenAt)
          const position = batchKnown.push({
            id: classified.id,
            duplicateOf: classified.duplicateOf,
            storyId: classified.storyId,
            signature,
            seen: seenAt,
            rootSeen: original === null ? seenAt : (original.rootSeen ?? seenById.get(classified.duplicateOf!) ?? null)
          }) - 1
          for (const key of keys) {
            const list = batchKeys.get(key)
            if (list === undefined) batchKeys.set(key, [position])
            else list.push(position)
          }
          if (!batchHashes.has(article.contentHash)) batchHashes.set(article.contentHash, position)
          for (const t of counted) batchDf.set(t, (batchDf.get(t) ?? 0) + 1)
          // Copies add nothing new to their story's vocabulary.
          const filedKeys = classified.duplicateOf === null ? storyKeys : []
          for (const key of filedKeys) {
            const set = batchStoryKeys.get(key)
            if (set === undefined) batchStoryKeys.set(key, new Set([storyId]))
            else set.add(storyId)
          }
          indexing.set(article.id, { keys, terms: counted, storyKeys: filedKeys })
          articleCount++
        }

        for (const [t, n] of batchDf) {
          const cached = dfCache.get(t)
          if (cached !== undefined) dfCache.set(t, cached + n)
        }
        const changed: Array<StoryState> = [...touched].map((id) => {
          const s = stories.get(id)!
          return { id: s.id, title: s.title, firstSeen: s.firstSeen, lastSeen: s.lastSeen, articles: s.articles, terms: JSON.stringify(s.vector.map(([t, w]) => [t, Math.round(w * 1e4) / 1e4])) }
        })
        return { articles: out, alreadyStored: already, indexing, stories: changed }
      })

    return { classify } as const
  }),
  dependencies: [DedupIndex.Default]
}) {}
