import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")
/** The read-only fixtures beside the checkout (CI has them too). */
export const sharedDir = resolve(repoRoot, "..", "shared")
export const seedsDir = join(sharedDir, "seeds")
export const cliBin = join(repoRoot, "packages", "cli", "bin", "crosscheck.js")

if (!existsSync(sharedDir)) throw new Error(`tests need ../shared beside the checkout (looked in ${sharedDir})`)
