import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")
/** The read-only fixtures beside the checkout (CI has them too). */
export const sharedDir = resolve(repoRoot, "..", "shared")
export const seedsDir = join(sharedDir, "seeds")
/** $CROSSCHECK_BIN: a copy of the built binary, for a long bench run that must not see a
 * rebuild half-written. */
export const cliBin = process.env.CROSSCHECK_BIN || join(repoRoot, "packages", "cli", "bin", "crosscheck.js")

if (!existsSync(sharedDir)) throw new Error(`tests need ../shared beside the checkout (looked in ${sharedDir})`)
