import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // this package's tests make stores in the temp folder: one folder per run, removed at its end
    globalSetup: ["../../vitest.tmpdir.ts"]
  }
})
