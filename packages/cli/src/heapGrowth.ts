import { setFlagsFromString } from "node:v8"

/** How far V8 lets a heap grow past what its last full collection kept, for a long import:
 * the next full collection comes at 1.5x the live heap. V8 chooses 1.1-4x by itself, from how
 * fast it collects against how fast the program allocates, and an import allocates fast: at
 * 30,000 articles the main thread's heap held ~150 MiB after full collections but kept
 * 400-500 MiB committed, most of the process's RSS. This bounds the step, not the heap: no
 * limit is lowered, so a larger store only collects more often and never runs out sooner.
 * The flag is V8's, process-wide (the claim workers too) and read at every collection. */
export const IMPORT_HEAP_GROWING_PERCENT = 50

/** Applies IMPORT_HEAP_GROWING_PERCENT unless node was started with its own setting. */
export const boundHeapGrowth = (): void => {
  if (process.execArgv.some((a) => a.startsWith("--heap-growing-percent") || a.startsWith("--heap_growing_percent"))) return
  setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`)
}
