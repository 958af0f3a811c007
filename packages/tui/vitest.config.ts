import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // Colour on, so tests can see what a user sees: dimmed duplicates, the inverse cursor row.
    env: { FORCE_COLOR: "1" },
    // The same guard the package entry point applies: Ink must draw as on an interactive
    // terminal even when CI=true is set (it is, in .ci/run).
    setupFiles: ["./src/hideCi.ts"],
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"]
  }
})
