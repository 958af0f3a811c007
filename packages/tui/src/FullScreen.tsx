import { Box, useStdout } from "ink"
import { type ReactNode, useLayoutEffect, useRef, useState } from "react"

export interface TerminalSize {
  readonly columns: number
  readonly rows: number
}

/** Alternate screen on, cursor hidden: the shell's scrollback is left untouched underneath. */
export const ENTER_FULL_SCREEN = "\u001b[?1049h\u001b[?25l"
/** Cursor shown, alternate screen off: the shell comes back exactly as it was. */
export const LEAVE_FULL_SCREEN = "\u001b[?25h\u001b[?1049l"

const FALLBACK_SIZE: TerminalSize = { columns: 80, rows: 24 }

const sizeOf = (stdout: NodeJS.WriteStream): TerminalSize => ({
  columns: stdout.columns > 0 ? stdout.columns : FALLBACK_SIZE.columns,
  rows: stdout.rows > 0 ? stdout.rows : FALLBACK_SIZE.rows
})

/** Switches to the alternate screen and returns a restore that is safe to call any number of
 * times. Restore also runs on process exit, so a crash or a signal never strands the user on a
 * blank screen without a cursor. */
export const enterFullScreen = (stdout: NodeJS.WriteStream): (() => void) => {
  let restored = false
  const restore = () => {
    if (restored) return
    restored = true
    process.off("exit", restore)
    try {
      stdout.write(LEAVE_FULL_SCREEN)
    } catch {
      // stdout already closed: nothing left to restore
    }
  }
  process.on("exit", restore)
  stdout.write(ENTER_FULL_SCREEN)
  return restore
}

export interface FullScreenProps {
  /** Renders the screen for the current terminal size. */
  readonly children: (size: TerminalSize) => ReactNode
}

/** Owns the terminal: alternate screen while mounted, and the children always get the real,
 * current size (re-rendered on every resize). */
export const FullScreen = ({ children }: FullScreenProps) => {
  const { stdout } = useStdout()
  // Entered during the first render rather than in an effect: Ink writes a frame as soon as it is
  // committed, before effects run, and that first frame must land on the alternate screen, not
  // in the user's scrollback. Only a real terminal gets the escape sequences.
  const restore = useRef<(() => void) | null>(null)
  if (restore.current === null && stdout.isTTY === true) restore.current = enterFullScreen(stdout)
  // A layout effect because its cleanup runs synchronously inside Ink's unmount, so the terminal
  // is restored before waitUntilExit resolves or the process goes down on a signal.
  useLayoutEffect(() => () => restore.current?.(), [])

  const [size, setSize] = useState(() => sizeOf(stdout))
  useLayoutEffect(() => {
    const onResize = () =>
      setSize((previous) => {
        const next = sizeOf(stdout)
        return next.columns === previous.columns && next.rows === previous.rows ? previous : next
      })
    // Ahead of Ink's own resize listener, so Ink redraws the tree already laid out for the new size
    // instead of first drawing the old, now too wide, frame.
    stdout.prependListener("resize", onResize)
    onResize()
    return () => {
      stdout.off("resize", onResize)
    }
  }, [stdout])

  return (
    <Box flexDirection="column" width={size.columns} height={size.rows} overflow="hidden">
      {children(size)}
    </Box>
  )
}
