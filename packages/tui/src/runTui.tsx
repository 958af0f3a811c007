import { render } from "ink"
import { App } from "./App.js"
import type { Monitor } from "./Monitor.js"
import { FullScreen } from "./FullScreen.js"

export interface RunTuiOptions {
  readonly stdin?: NodeJS.ReadStream
  readonly stdout?: NodeJS.WriteStream
  /** how often to check the store for new articles; 1000 ms by default */
  readonly pollIntervalMs?: number | undefined
  /** aborting it closes the app (and restores the terminal), as quitting does */
  readonly signal?: AbortSignal | undefined
  /** opens a link in the browser; returns a message when it could not */
  readonly openLink?: ((url: string) => string | null) | undefined
}

/** Runs the full-screen article browser until the user quits (q, or Ctrl+C). The terminal is
 * back on its normal screen, cursor visible, when the promise settles, also when it rejects. */
export const runTui = async (monitor: Monitor, options: RunTuiOptions = {}): Promise<void> => {
  const stdin = options.stdin ?? process.stdin
  const stdout = options.stdout ?? process.stdout
  // Checked up front: without a terminal on stdin there are no keys to read, and Ink would only
  // fail later, from inside the first render.
  if (stdin.isTTY !== true) throw new Error("crosscheck's browser needs an interactive terminal on stdin")
  const instance = render(
    <FullScreen>
      {(size) => (
        <App
          monitor={monitor}
          size={size}
          pollIntervalMs={options.pollIntervalMs}
          openLink={options.openLink}
          // https://no-color.org: any non-empty NO_COLOR turns colour off; attributes stay.
          color={!process.env.NO_COLOR}
        />
      )}
    </FullScreen>,
    // Ink draws at most 30 frames a second by default, so a key that lands just after a frame
    // waits up to 33 ms for the next one. Frames are drawn on keys and on store changes (the
    // store is polled every 500 ms), never on a timer, so a higher ceiling costs nothing while
    // keys come slower than it: a held j (30 repeats a second) shows each repeat sooner.
    { stdin, stdout, exitOnCtrlC: true, maxFps: 60 }
  )
  const onAbort = () => instance.unmount()
  options.signal?.addEventListener("abort", onAbort, { once: true })
  try {
    if (options.signal?.aborted === true) instance.unmount()
    await instance.waitUntilExit()
  } finally {
    options.signal?.removeEventListener("abort", onAbort)
    // Unmounting runs FullScreen's cleanup, which leaves the alternate screen; a no-op when Ink
    // has already unmounted.
    instance.unmount()
  }
}
