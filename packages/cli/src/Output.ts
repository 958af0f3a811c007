import { Effect } from "effect"

/** Writes to stdout, tolerating a closed pipe (`crosscheck export articles | head`): once the
 * reader has gone, the rest is dropped instead of crashing with EPIPE. */
let stdoutClosed = false
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") stdoutClosed = true
  else throw e
})

export const writeOut = (text: string): Effect.Effect<void> =>
  Effect.sync(() => {
    if (!stdoutClosed) process.stdout.write(text)
  })

export const isStdoutClosed = (): boolean => stdoutClosed

export const writeErr = (text: string): Effect.Effect<void> => Effect.sync(() => void process.stderr.write(text))
