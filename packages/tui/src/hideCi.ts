/** Ink decides once, when its module is first evaluated, whether it runs under CI (the `CI` or
 * `CONTINUOUS_INTEGRATION` environment variable): if so it draws nothing until exit and ignores
 * resizes, which is right for build logs and leaves a blank screen in a full-screen browser. The
 * browser only ever runs on an interactive terminal (runTui checks), so Ink must not see those
 * variables: index.ts imports this module before anything that loads Ink, and restoreCi.ts
 * after, so the rest of the process still sees them. No effect if Ink was loaded earlier. */
const CI_VARIABLES = ["CI", "CONTINUOUS_INTEGRATION"] as const
const hidden = new Map<string, string>()
for (const name of CI_VARIABLES) {
  const value = process.env[name]
  if (value !== undefined) {
    hidden.set(name, value)
    delete process.env[name]
  }
}

// Ink's layout engine (yoga) loads its WebAssembly with `fetch` when there is one, and Node's
// fetch loads its whole HTTP client (undici) to read a data: URL: tens of milliseconds before
// the TUI's first frame. Without fetch, yoga decodes the same bytes in place.
const fetchBefore = Object.getOwnPropertyDescriptor(globalThis, "fetch")
if (fetchBefore?.configurable === true) Reflect.deleteProperty(globalThis, "fetch")

export const restoreCi = (): void => {
  for (const [name, value] of hidden) process.env[name] = value
  hidden.clear()
  if (fetchBefore?.configurable === true && !Object.hasOwn(globalThis, "fetch")) Object.defineProperty(globalThis, "fetch", fetchBefore)
}
