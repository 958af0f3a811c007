#!/usr/bin/env node
// Committed shim so npm can link the `crosscheck` bin before the first build has run.
// The bundle (packages/cli/build.mjs) starts several times faster; dist/main.js is the same
// program unbundled, used when only tsc has run.
import { existsSync } from "node:fs"
import module from "node:module"

// Node 22.1+ keeps compiled code between runs (in the OS temp directory); Node 20 has no such cache.
module.enableCompileCache?.()

const bundle = new URL("../dist/bundle/crosscheck.js", import.meta.url)
if (existsSync(bundle)) {
  // The TUI's first frame waits for Ink, whose layout engine compiles WebAssembly off the main
  // thread: started now, that compiles while the main thread loads the CLI. Only a hint: a
  // failure here is ignored, the TUI's own import of Ink reports it.
  const args = process.argv.slice(2)
  if (args.includes("tui") || args.includes("demo")) import(new URL("../dist/bundle/tui.js", import.meta.url).href).catch(() => {})
  await import(bundle.href)
} else await import("../dist/main.js")
