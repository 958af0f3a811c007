import {
  compareForCopy,
  cosine,
  firstSeenSource,
  mergeVectors,
  signatureOf,
  sketchOf,
  termVector,
  type Article,
  type ArticleId,
  type DedupSignature,
  type StoryId,
  type TermVector
} from "@crosscheck/core"
import { AnalysisCacheLimits, DedupIndex, LruCache, sortTimeOf, type ArticleIndexing, type StoryState } from "@crosscheck/db"
import { Effect } from "effect"
import { analyseText, type TextAnalysis, textForSignature } from "./textAnalysis.js"

/** One new article, classified: `duplicateOf` and `storyId` set, with what must be filed beside
 * it in the same transaction. */
export interface Classification {
  readonly article: Article
  readonly indexing: ArticleIndexing
  /** the article's story in its new state (created, or joined) */
  readonly story: StoryState
  /** the story's vector, as `story.terms` holds it (what the story cache keeps) */
  readonly storyVector: TermVector
  readonly signature: DedupSignature
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
/** An article's strongest terms, by which stories are found and filed. */
const STORY_KEYS = 10
const STORIES_PER_KEY = 5

/** A stored article, as a possible original. */
interface Known {
  readonly id: ArticleId
  readonly duplicateOf: ArticleId | null
  readonly storyId: StoryId | null
  readonly signature: DedupSignature
  /** first-seen order: its rowid */
  readonly seen: number
}

/** A story as stored: the vector is exactly what the stories table holds (rounded), so a story
 * read from this cache and one read from the table compare the same. */
interface StoredStory {
  readonly id: string
  readonly title: string
  readonly firstSeen: number
  readonly lastSeen: number
  readonly articles: number
  readonly vector: TermVector
}

const roundVector = (v: TermVector): TermVector => v.map(([t, w]) => [t, Math.round(w * 1e4) / 1e4] as const)
const parseTerms = (json: string): TermVector => JSON.parse(json) as TermVector

const toState = (s: StoredStory): StoryState => ({
  id: s.id,
  title: s.title,
  firstSeen: s.firstSeen,
  lastSeen: s.lastSeen,
  articles: s.articles,
  terms: JSON.stringify(s.vector)
})

/**
 * The dedup stage: marks each new article as a copy of the first-seen original it copies
 * (`duplicateOf`, always the root, never a copy of a copy) and places it in a story
 * (`storyId`; a copy joins its original's story). Candidates come from the persistent sketch
 * index; each is verified on the full text before a merge, and a merge is vetoed when the
 * figures disagree.
 *
 * Every call runs inside the analysis stage's transaction, after the previous article was
 * filed: an article is classified against exactly the articles analysed before it (those
 * stored before it, see DedupIndex), so the result never depends on how the input was cut into
 * batches, how far the analysis runs behind the store, nor on another process writing at the
 * same time. The caches below only ever hold what the store holds: `begin` drops them
 * when another connection has committed since, `abandon` when our transaction rolled back.
 */
export class Deduplicator extends Effect.Service<Deduplicator>()("crosscheck/Deduplicator", {
  effect: Effect.gen(function* () {
    const index = yield* DedupIndex
    // Caches of what the store holds, each bounded (AnalysisCacheLimits): an entry evicted is
    // read back from the store as it was.
    const limits = yield* AnalysisCacheLimits
    const signatures = new LruCache<number, Known | null>(limits.signatures)
    const frequencies = new LruCache<number, number>(limits.termFrequencies)
    const stories = new LruCache<string, StoredStory>(limits.stories)
    // Articles filed in this transaction, by key term, not yet counted in the store: written
    // once for the whole batch (takeTermCounts), and added to what the store says meanwhile.
    const pendingTerms = new Map<number, number>()
    let seenVersion = -1

    const clearCaches = () => {
      signatures.clear()
      frequencies.clear()
      stories.clear()
    }

    /** Call at the start of each transaction, before the first classify. */
    const begin = (): void => {
      const version = index.dataVersion()
      if (version !== seenVersion) clearCaches()
      seenVersion = version
    }

    /** Call when a transaction that classified articles did not commit. */
    const abandon = (): void => {
      clearCaches()
      pendingTerms.clear()
      seenVersion = -1
    }

    const knownAt = (rowid: number): Known | null => {
      const cached = signatures.get(rowid)
      if (cached !== undefined) return cached
      const row = index.article(rowid)
      const known: Known | null =
        row === null
          ? null
          : {
              id: row.id as ArticleId,
              duplicateOf: row.duplicateOf as ArticleId | null,
              storyId: row.storyId as StoryId | null,
              signature: signatureOf(textForSignature(row)),
              seen: rowid
            }
      signatures.set(rowid, known)
      return known
    }

    const frequency = (term: number): number => {
      const cached = frequencies.get(term)
      if (cached !== undefined) return cached
      const n = index.frequency(term) + (pendingTerms.get(term) ?? 0)
      frequencies.set(term, n)
      return n
    }

    const storyAt = (id: string): StoredStory | null => {
      const cached = stories.get(id)
      if (cached !== undefined) return cached
      const row = index.story(id)
      if (row === null) return null
      const story: StoredStory = { ...row, vector: parseTerms(row.terms) }
      stories.set(id, story)
      return story
    }

    /** The stored original this article copies, or null. */
    const originalOf = (article: Article, rowid: number, signature: DedupSignature, keys: ReadonlyArray<number>): Known | null => {
      // 1. The same text under another url.
      const sameText = index.firstWithContentHash(article.contentHash, rowid)
      if (sameText !== null) return knownAt(sameText)
      // 2. Near copies: candidates sharing sketch keys, each verified on the whole text. Of
      // those that verify, the one whose root was seen first names the original (core's
      // firstSeenSource), not the one sharing most: that is often an earlier copy, and when
      // that copy was itself missed, naming it would chain every later copy onto it.
      const verified: Array<{ readonly known: Known; readonly seen: number; readonly root: string; readonly rootSeen: number | null }> = []
      for (const candidate of index.candidates(keys, POSTINGS_PER_KEY, CANDIDATES)) {
        // One shared key in 40 is chance; a copy shares several.
        if (candidate.shared < MIN_SHARED_KEYS) break
        const known = knownAt(candidate.rowid)
        if (known === null || compareForCopy(signature, known.signature).verdict === "distinct") continue
        const root = known.duplicateOf ?? known.id
        verified.push({ known, seen: known.seen, root, rootSeen: known.duplicateOf === null ? known.seen : index.rowidOf(root) })
      }
      return firstSeenSource(verified)?.known ?? null
    }

    /** Classifies one stored article (at `rowid`) against the articles analysed before it.
     * Inside the transaction that files the result only. `analysis`, when given, is
     * `analyseText(article)` done beforehand (in a worker thread). */
    const classify = (article: Article, rowid: number, analysis: TextAnalysis = analyseText(article)): Classification => {
      const time = sortTimeOf(article)
      const { signature, keys } = analysis
      const original = originalOf(article, rowid, signature, keys)

      // The story: a copy joins its original's; anything else the most alike active story.
      // The most frequent terms only: a term said once in a long article rarely decides its
      // story, and each term costs a lookup.
      const counts = new Map(analysis.counts)
      const counted = [...counts.keys()].slice(0, COUNTED_TERMS)
      const df = new Map<number, number>()
      for (const t of counts.keys()) df.set(t, frequency(t))
      const vector = termVector(counts, df, index.articleCount(rowid))
      const storyKeys = vector.slice(0, STORY_KEYS).map(([t]) => t)

      let story: StoredStory | null = original?.storyId === null || original === null ? null : storyAt(original.storyId)
      let joined = story !== null
      if (story === null) {
        let bestScore = STORY_SIMILARITY
        const ids = [...index.storiesSharing(storyKeys, time - STORY_QUIET_AFTER, time + STORY_QUIET_AFTER, STORIES_PER_KEY)].sort()
        for (const id of ids) {
          const candidate = storyAt(id)
          if (candidate === null) continue
          if (candidate.lastSeen < time - STORY_QUIET_AFTER || candidate.firstSeen > time + STORY_QUIET_AFTER) continue
          const score = cosine(vector, candidate.vector)
          if (score >= bestScore) {
            story = candidate
            bestScore = score
          }
        }
        joined = story !== null
      }
      const next: StoredStory =
        story === null
          ? { id: article.id, title: article.title, firstSeen: time, lastSeen: time, articles: 1, vector: roundVector(vector) }
          : {
              ...story,
              articles: story.articles + 1,
              firstSeen: Math.min(story.firstSeen, time),
              lastSeen: Math.max(story.lastSeen, time),
              // Copies add nothing new to their story's vocabulary.
              vector: original === null && joined ? roundVector(mergeVectors(story.vector, story.articles, vector)) : story.vector
            }

      const classified: Article = {
        ...article,
        duplicateOf: original === null ? null : (original.duplicateOf ?? original.id),
        storyId: next.id as StoryId
      }
      return {
        article: classified,
        indexing: { keys, terms: counted, storyKeys: classified.duplicateOf === null ? storyKeys : [] },
        story: toState(next),
        storyVector: next.vector,
        signature
      }
    }

    /** Call once the classification is written: the caches learn what the store now holds. */
    const filed = (c: Classification, rowid: number): void => {
      for (const t of c.indexing.terms) {
        pendingTerms.set(t, (pendingTerms.get(t) ?? 0) + 1)
        const cached = frequencies.get(t)
        if (cached !== undefined) frequencies.set(t, cached + 1)
      }
      stories.set(c.story.id, {
        id: c.story.id,
        title: c.story.title,
        firstSeen: c.story.firstSeen,
        lastSeen: c.story.lastSeen,
        articles: c.story.articles,
        // what parsing `c.story.terms` would give: the numbers are rounded, and JSON keeps a
        // number exactly
        vector: c.storyVector
      })
      // The new article may be the next one's original: its signature is already computed.
      signatures.set(rowid, {
        id: c.article.id,
        duplicateOf: c.article.duplicateOf,
        storyId: c.article.storyId,
        signature: c.signature,
        seen: rowid
      })
    }

    /** A stored article got a new revision (its text was edited at the source): its sketch
     * keys before and after, for the index. Only what later articles are compared with
     * changes; its original and story stay as first decided. Inside the transaction only. */
    const revised = (
      rowid: number,
      before: Pick<Article, "title" | "body">,
      after: Pick<Article, "title" | "body">
    ): { readonly removed: ReadonlyArray<number>; readonly added: ReadonlyArray<number> } => {
      signatures.delete(rowid)
      return { removed: sketchOf(signatureOf(textForSignature(before))), added: sketchOf(signatureOf(textForSignature(after))) }
    }

    /** The key-term counts of the articles filed since the last call, for the store
     * (`DedupIndexWriter.countTerms`), inside the same transaction before it commits. */
    const takeTermCounts = (): Array<readonly [number, number]> => {
      const counts = [...pendingTerms]
      pendingTerms.clear()
      return counts
    }

    return { begin, abandon, classify, filed, revised, takeTermCounts } as const
  }),
  dependencies: [DedupIndex.Default]
}) {}
