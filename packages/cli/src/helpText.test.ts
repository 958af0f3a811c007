import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { isHelpText, tidyHelp } from "./helpText.js"

const bin = fileURLToPath(new URL("../bin/crosscheck.js", import.meta.url))
const help = (args: ReadonlyArray<string>): string =>
  spawnSync(process.execPath, [bin, ...args, "--help"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout

describe("help", () => {
  it("says what each option does without the parser's type sentences, and names the command as typed", { timeout: 30_000 }, () => {
    const add = help(["feeds", "add"])
    expect(add.split("\n")[0]).toBe("crosscheck 0.1.0")
    expect(add).toMatch(/^\$ crosscheck feeds add \[--name\] \[--interval\] \[--fetch-linked-page\] \[--allow-private\] <URL>$/m)
    expect(add).toContain("what to call it (default: the feed's title)")
    for (const filler of ["A user-defined piece of text.", "An integer.", "A true or false value.", "This setting is optional."])
      expect(add).not.toContain(filler)
    // the choices of a closed option are kept: they say what may be given
    expect(help(["export"])).toContain("One of the following: ndjson, json, csv")
    // the commands, each on its line with what it does under it, none wider than its usage
    const root = help([])
    expect(root).toMatch(/^ {2}feeds ls \[--json\]\n {6}list the feeds with their health/m)
    expect(root).toMatch(/^\$ crosscheck \[--db\]$/m)
    for (const line of root.split("\n").filter((l) => l.startsWith("  "))) expect(line).not.toMatch(/\S {3,}\S/)
  })

  it("leaves any other output alone", () => {
    const ndjson = '{"id":"a","title":"USAGE"}'
    expect(isHelpText(ndjson)).toBe(false)
    expect(tidyHelp("plain text\n\nThis setting is optional? no", "")).toBe("plain text\n\nThis setting is optional? no")
  })
})
