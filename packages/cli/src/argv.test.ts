import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { checkArgs, OPTIONS } from "./argv.js"

const bin = fileURLToPath(new URL("../bin/crosscheck.js", import.meta.url))
const helpOptions = (args: ReadonlyArray<string>): Array<string> => {
  const help = spawnSync(process.execPath, [bin, ...args, "--help"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
  const section = help.stdout.split(/^OPTIONS$/m)[1] ?? ""
  return [...new Set(section.match(/^--[a-z-]+/gm) ?? [])].sort()
}

describe("checkArgs", () => {
  it("knows exactly the options each command's --help lists", { timeout: 60_000 }, () => {
    for (const command of Object.keys(OPTIONS).filter((c) => c !== "" && c !== "feeds")) {
      const listed = helpOptions(command.split(" "))
      const known = [...OPTIONS[command]!.flags, ...OPTIONS[command]!.valued].filter((o) => o.startsWith("--") && o !== "--help")
      expect(known.sort(), command).toEqual(listed)
    }
    expect(helpOptions([]).filter((o) => o !== "--version")).toEqual(["--db"])
  })

  it("refuses unknown options wherever they stand, naming them", () => {
    expect(checkArgs(["import", "f.ndjson", "--jsno"])).toEqual({
      _tag: "UsageError",
      message: "unknown option --jsno for 'import' (see crosscheck import --help)"
    })
    expect(checkArgs(["--bogus", "tui"])).toMatchObject({ _tag: "UsageError", message: "unknown option --bogus (see crosscheck --help)" })
    expect(checkArgs(["export", "articles", "--format"])).toMatchObject({ _tag: "UsageError", message: "--format needs a value" })
    expect(checkArgs(["import", "--json=yes", "f"])).toMatchObject({ _tag: "UsageError", message: "--json takes no value" })
    expect(checkArgs(["imprt", "f"])).toMatchObject({ _tag: "UsageError" })
    expect(checkArgs(["feeds", "ad", "https://a.example/"])).toEqual({
      _tag: "UsageError",
      message: "unknown command 'feeds ad' (feeds commands: add, ls, rm, import, export)"
    })
    expect(checkArgs(["feeds", "ls", "--name", "x"])).toMatchObject({
      _tag: "UsageError",
      message: "unknown option --name for 'feeds ls' (see crosscheck feeds ls --help)"
    })
    expect(checkArgs(["daemon", "--onse"])).toMatchObject({ _tag: "UsageError" })
  })

  it("names the option or argument whose value is wrong, and what it may be", () => {
    expect(checkArgs(["export", "claims", "--format", "xml"])).toEqual({ _tag: "UsageError", message: "--format must be one of ndjson, json, csv, not 'xml'" })
    expect(checkArgs(["export", "claims", "--format=xml"])).toMatchObject({ message: "--format must be one of ndjson, json, csv, not 'xml'" })
    expect(checkArgs(["export", "everything"])).toEqual({ _tag: "UsageError", message: "export writes articles, stories, claims, conflicts, not 'everything'" })
    expect(checkArgs(["feeds", "add", "https://x.test/f", "--interval", "abc"])).toMatchObject({ message: "--interval must be a whole number, not 'abc'" })
    expect(checkArgs(["export", "claims", "--format", "csv"])).toMatchObject({ _tag: "Run" })
  })

  it("puts options before arguments, and root help first", () => {
    expect(checkArgs(["--db", "x.db", "import", "-", "--json"])).toEqual({ _tag: "Run", args: ["--db", "x.db", "import", "--json", "-"], command: "import" })
    expect(checkArgs(["--db", "x.db", "--help"])).toEqual({ _tag: "Run", args: ["--help"], command: "" })
    expect(checkArgs(["export", "claims", "--format=csv", "--since", "2016-01-01"])).toEqual({
      _tag: "Run",
      args: ["export", "--format=csv", "--since", "2016-01-01", "claims"],
      command: "export"
    })
    expect(checkArgs(["import", "--", "--odd-name.ndjson"])).toEqual({ _tag: "Run", args: ["import", "--", "--odd-name.ndjson"], command: "import" })
    expect(checkArgs(["feeds", "add", "https://a.example/rss", "--interval", "10", "--name=A"])).toEqual({
      _tag: "Run",
      args: ["feeds", "add", "--interval", "10", "--name=A", "https://a.example/rss"],
      command: "feeds add"
    })
    expect(checkArgs(["--db", "x.db", "feeds", "--help"])).toEqual({ _tag: "Run", args: ["--db", "x.db", "feeds", "--help"], command: "feeds" })
  })
})
