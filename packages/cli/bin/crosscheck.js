#!/usr/bin/env node
// Committed shim so npm can link the `crosscheck` bin before the first build has run.
// The bundle (packages/cli/build.mjs) starts several times faster; dist/main.js is the same
// program unbundled, used when only tsc has run.
import { existsSync } from "node:fs"
import module from "node:module"

// Node 22.1+ keeps compiled code between runs (in the OS temp directory); Node 20 has no such cache.
module.enableCompileCache?.()

const bundle = new URL("../dist/bundle/crosscheck.js", import.meta.url)
await import(existsSync(bundle) ? bundle.href : "../dist/main.js")
