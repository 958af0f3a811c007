/**
 * Vitest global setup: the temporary files of one test run (a store per test, feeds, tmux status
 * files, and those of the binaries the tests start) go under one folder, removed when the run
 * ends. Without it every run left its stores in the system's temp folder.
 * CROSSCHECK_KEEP_TEST_FILES=1 keeps the folder, to look into a failure.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "crosscheck-tests-"))
  // open to every user as the system's temp folder is: the read-only tests run the binary as an
  // unprivileged user (root ignores file modes), which must reach and write below it
  chmodSync(root, 0o1777)
  const previous = process.env.TMPDIR
  // os.tmpdir() in the test workers and in every process they start reads TMPDIR
  process.env.TMPDIR = root
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    if (process.env.CROSSCHECK_KEEP_TEST_FILES === "1") console.log(`test files kept in ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
}
