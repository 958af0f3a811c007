import { stripControls } from "@crosscheck/core"
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

/** Writes a message to stderr. Messages quote inputs (paths, URLs, feed text), which may carry
 * terminal control sequences: those never reach the terminal. */
export const writeErr = (text: string): Effect.Effect<void> => Effect.sync(() => void process.stderr.write(stripControls(text)))
