import { type ClaimSource, type ExtractedClaim, extractClaims } from "@crosscheck/core"
import { Effect } from "effect"
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"

/** Claims are read in worker threads only for batches this large: a worker costs its start
 * (the gazetteer loads in each) and a small batch (a feed poll, a few files) is read faster
 * in place. */
const POOL_THRESHOLD = 64
/** Articles a worker is handed at a time: small enough that the workers finish together. */
const CHUNK = 16

interface Pending {
  readonly resolve: (results: ReadonlyArray<Array<ExtractedClaim>>) => void
  readonly reject: (e: Error) => void
}

/** A pool of claim-reading worker threads, one per spare core, started on first use. Results
 * are put back in input order, so which worker read what never shows. If the workers cannot be
 * started (or one fails), claims are read in this thread: the same function, the same result. */
export class ClaimPool {
  private workers: Array<{ readonly worker: Worker; busy: number }> | null = null
  private failed = false
  private next = 0
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly size = Math.max(0, Math.min(3, availableParallelism() - 1))) {}

  private start(): boolean {
    if (this.workers !== null) return true
    if (this.failed || this.size === 0) return false
    try {
      const url = new URL("./claimWorker.js", import.meta.url)
      this.workers = Array.from({ length: this.size }, () => {
        const worker = new Worker(url)
        // Idle workers do not keep the process alive.
        worker.unref()
        worker.on("message", (m: { id: number; results?: Array<Array<ExtractedClaim>>; error?: string }) => {
          const p = this.pending.get(m.id)
          if (p === undefined) return
          this.pending.delete(m.id)
          if (m.results !== undefined) p.resolve(m.results)
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

  private run(inputs: ReadonlyArray<ClaimSource>): Promise<ReadonlyArray<Array<ExtractedClaim>>> {
    const slot = this.workers!.reduce((a, b) => (b.busy < a.busy ? b : a))
    const id = this.next++
    slot.busy++
    slot.worker.ref()
    return new Promise<ReadonlyArray<Array<ExtractedClaim>>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, inputs })
    }).finally(() => {
      slot.busy--
      if (slot.busy === 0) slot.worker.unref()
    })
  }

  /** The claims of each input, in input order. */
  readAll(inputs: ReadonlyArray<ClaimSource>): Effect.Effect<ReadonlyArray<Array<ExtractedClaim>>> {
    if (inputs.length < POOL_THRESHOLD || !this.start()) return Effect.sync(() => inputs.map(extractClaims))
    return Effect.promise(async () => {
      const chunks: Array<ReadonlyArray<ClaimSource>> = []
      for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(inputs.slice(i, i + CHUNK))
      try {
        const results = await Promise.all(chunks.map((c) => this.run(c)))
        return results.flat()
      } catch {
        // A worker failed: read here instead.
        return inputs.map(extractClaims)
      }
    })
  }

  close(): void {
    for (const { worker } of this.workers ?? []) void worker.terminate()
    this.workers = null
  }
}
