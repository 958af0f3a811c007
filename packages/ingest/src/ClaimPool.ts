import { type ClaimSource, type ExtractedClaim, extractClaims } from "@crosscheck/core"
import { Effect } from "effect"
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { TextAnalysis } from "./textAnalysis.js"

/** Claims are read in worker threads only for batches this large: a worker costs its start
 * (the gazetteer loads in each) and a small batch (a feed poll, a few files) is read faster
 * in place. */
export const POOL_THRESHOLD = 64
/** Articles a worker is handed at a time: small enough that the workers finish together. */
const CHUNK = 16

export interface Read {
  readonly claims: ReadonlyArray<Array<ExtractedClaim>>
  /** when asked for and read in a worker; null otherwise */
  readonly analyses: ReadonlyArray<TextAnalysis> | null
}

interface Pending {
  readonly resolve: (read: Read) => void
  readonly reject: (e: Error) => void
}

/** Workers for `cores` cores: one per spare core, up to three. One per core would fill the main
 * thread's waits (the first batch, a worker falling behind), but each worker holds its own
 * gazetteer and heap: on two cores a second one took a 10,000-article import's peak RSS from
 * 873 MiB to 988 MiB, too near the 1 GB the import must stay under. */
export const poolSize = (cores: number): number => Math.max(0, Math.min(3, cores - 1))

/** A pool of claim-reading worker threads, one per spare core, started on first use. Results
 * are put back in input order, so which worker read what never shows. If the workers cannot be
 * started (or one fails), claims are read in this thread: the same function, the same result. */
export class ClaimPool {
  private workers: Array<{ readonly worker: Worker; busy: number }> | null = null
  private failed = false
  private next = 0
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly size = poolSize(availableParallelism())) {}

  private start(): boolean {
    if (this.workers !== null) return true
    if (this.failed || this.size === 0) return false
    try {
      const url = new URL("./claimWorker.js", import.meta.url)
      this.workers = Array.from({ length: this.size }, () => {
        const worker = new Worker(url)
        // Idle workers do not keep the process alive.
        worker.unref()
        worker.on("message", (m: { id: number; results?: Array<Array<ExtractedClaim>>; analyses?: Array<TextAnalysis>; error?: string }) => {
          const p = this.pending.get(m.id)
          if (p === undefined) return
          this.pending.delete(m.id)
          if (m.results !== undefined) p.resolve({ claims: m.results, analyses: m.analyses ?? null })
          else p.reject(new Error(m.error ?? "claim worker failed"))
        })
        worker.on("error", (e) => this.fail(e))
        worker.on("exit", (code) => {
          if (code !== 0) this.fail(new Error(`claim worker exited with ${code}`))
        })
        return { worker, busy: 0 }
      })
      return true
    } catch {
      this.failed = true
      return false
    }
  }

  private fail(e: Error): void {
    this.failed = true
    for (const p of this.pending.values()) p.reject(e)
    this.pending.clear()
    this.close()
  }

  private run(inputs: ReadonlyArray<ClaimSource>, analyse: boolean): Promise<Read> {
    const slot = this.workers!.reduce((a, b) => (b.busy < a.busy ? b : a))
    const id = this.next++
    slot.busy++
    slot.worker.ref()
    return new Promise<Read>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, inputs, analyse })
    }).finally(() => {
      slot.busy--
      if (slot.busy === 0) slot.worker.unref()
    })
  }

  /** The claims of each input, in input order. */
  readAll(inputs: ReadonlyArray<ClaimSource>): Effect.Effect<ReadonlyArray<Array<ExtractedClaim>>> {
    return Effect.map(this.readAndAnalyse(inputs, false), (r) => r.claims)
  }

  /** Whether the workers should also read what copy detection needs of each text: when there
   * are two or more, the main thread (storing) is the slower side and hands that work over; a
   * single worker reading claims is already as busy as the main thread. */
  get analyses(): boolean {
    return this.size >= 2
  }

  /** The claims of each input, in input order, and, when `analyse` and read in workers, what
   * copy detection reads of each text (in this thread it is left to copy detection itself). */
  readAndAnalyse(inputs: ReadonlyArray<ClaimSource>, analyse: boolean): Effect.Effect<Read> {
    if (inputs.length < POOL_THRESHOLD || !this.start()) return Effect.sync(() => ({ claims: inputs.map(extractClaims), analyses: null }))
    return Effect.promise(() => this.inWorkers(inputs, analyse))
  }

  /** Whether the workers are running (a read ahead of need then costs them nothing to start). */
  get running(): boolean {
    return this.workers !== null
  }

  /** As readAndAnalyse, in the workers however few the inputs, for a caller that reads ahead of
   * need (the analysis stage, while the store goes on): null when there are no workers (one
   * core, or they failed), and the caller reads in place when it needs the claims. Never
   * rejects. */
  readAhead(inputs: ReadonlyArray<ClaimSource>, analyse: boolean): Promise<Read> | null {
    if (inputs.length === 0 || !this.start()) return null
    return this.inWorkers(inputs, analyse)
  }

  private async inWorkers(inputs: ReadonlyArray<ClaimSource>, analyse: boolean): Promise<Read> {
    const chunks: Array<ReadonlyArray<ClaimSource>> = []
    for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(inputs.slice(i, i + CHUNK))
    try {
      const results = await Promise.all(chunks.map((c) => this.run(c, analyse)))
      const analyses = results.flatMap((r) => r.analyses ?? [])
      return { claims: results.flatMap((r) => r.claims), analyses: analyses.length === inputs.length ? analyses : null }
    } catch {
      // A worker failed: read here instead.
      return { claims: inputs.map(extractClaims), analyses: null }
    }
  }

  close(): void {
    for (const { worker } of this.workers ?? []) void worker.terminate()
    this.workers = null
  }
}
