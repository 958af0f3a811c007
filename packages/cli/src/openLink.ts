import { spawn } from "node:child_process"
import { accessSync, constants } from "node:fs"
import { delimiter, join } from "node:path"

/** The program that opens a URL in the desktop's browser, by platform. */
const OPENERS: Readonly<Record<string, ReadonlyArray<string>>> = {
  darwin: ["open"],
  win32: ["explorer.exe"],
  default: ["xdg-open", "sensible-browser", "x-www-browser"]
}

const onPath = (program: string, env: NodeJS.ProcessEnv): boolean =>
  (env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK)
      return true
    } catch {
      return false
    }
  })

/** Opens a feed's link in the browser: $BROWSER if set, else the platform's opener. The URL is
 * one argument of a program started directly, never part of a shell command line, so a link
 * holding `;` or `$(...)` stays a link. Only http(s) links are opened. Returns why it could
 * not, for the status line, or null. */
export const openLink = (url: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return "not a link that can be opened"
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `not opening a ${parsed.protocol} link`
  const candidates = [...(env.BROWSER ? [env.BROWSER] : []), ...(OPENERS[platform] ?? OPENERS.default!)]
  const program = candidates.find((p) => onPath(p, env) || (p.includes("/") && onPath(p.split("/").pop()!, { PATH: p.slice(0, p.lastIndexOf("/")) })))
  if (program === undefined) return `no browser found (set BROWSER): ${parsed.href}`
  try {
    const child = spawn(program, [parsed.href], { detached: true, stdio: "ignore", env, shell: false })
    child.on("error", () => {})
    child.unref()
    return null
  } catch (e) {
    return `could not start ${program}: ${e instanceof Error ? e.message : String(e)}`
  }
}
