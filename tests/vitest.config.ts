import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // These tests run the real binary and a real terminal: slower than unit tests, and they
    // must not fight over the two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // every store, feed and status file of a run (the binaries' too) in one folder, removed at its end
    globalSetup: ["../vitest.tmpdir.ts"]
  }
})
