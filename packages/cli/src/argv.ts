/** The command line checked before @effect/cli sees it. @effect/cli takes an unknown option
 * after a variadic argument for one more argument (`import f.ndjson --jsno` would import a file
 * named "--jsno" and carry on), and rejects `--help` after a global option; both are fixed
 * here, so a typo is a usage error (exit 2), never a half-done import. */

/** Every option each command takes: flags stand alone, valued options take the next word (or
 * `--name=value`). "" is the root command, before the subcommand; "feeds add" a subcommand of
 * feeds. A test checks this table against each command's --help, so the two cannot drift
 * apart. */
export const OPTIONS: Readonly<Record<string, { readonly flags: ReadonlyArray<string>; readonly valued: ReadonlyArray<string> }>> = {
  "": { flags: ["--help", "-h", "--version"], valued: ["--db"] },
  tui: { flags: ["--help", "-h"], valued: [] },
  daemon: { flags: ["--help", "-h", "--once"], valued: [] },
  demo: { flags: ["--help", "-h"], valued: ["--speed"] },
  import: { flags: ["--help", "-h", "--json", "--fetch"], valued: [] },
  feeds: { flags: ["--help", "-h"], valued: [] },
  "feeds add": { flags: ["--help", "-h", "--fetch-linked-page", "--allow-private"], valued: ["--name", "--interval"] },
  "feeds ls": { flags: ["--help", "-h", "--json"], valued: [] },
  "feeds rm": { flags: ["--help", "-h"], valued: [] },
  "feeds import": { flags: ["--help", "-h", "--fetch", "--allow-private"], valued: [] },
  "feeds export": { flags: ["--help", "-h"], valued: [] },
  export: { flags: ["--help", "-h"], valued: ["--format", "--since"] }
}

/** What a valued option may be, checked here so the usage error names the option (the CLI
 * library's says "Expected one of the following cases: ndjson, json, csv" or "'abc' is not a
 * integer", naming nothing). */
const VALUES: Readonly<Record<string, { readonly oneOf?: ReadonlyArray<string>; readonly whole?: boolean }>> = {
  "--format": { oneOf: ["ndjson", "json", "csv"] },
  "--interval": { whole: true }
}
/** What `export` writes: its one argument. */
const EXPORT_KINDS = ["articles", "stories", "claims", "conflicts"]

const badValue = (name: string, value: string): string | null => {
  const rule = VALUES[name]
  if (rule === undefined) return null
  if (rule.oneOf !== undefined && !rule.oneOf.includes(value)) return `${name} must be one of ${rule.oneOf.join(", ")}, not '${value}'`
  if (rule.whole === true && !/^\d+$/.test(value)) return `${name} must be a whole number, not '${value}'`
  return null
}

/** Commands with subcommands: the word after them names the subcommand. */
const PARENTS = new Set(Object.keys(OPTIONS).flatMap((k) => (k.includes(" ") ? [k.slice(0, k.indexOf(" "))] : [])))

export type CheckedArgs =
  | {
      readonly _tag: "Run"
      readonly args: ReadonlyArray<string>
      /** the command named ("feeds add"), "" for none: what its help is headed with */
      readonly command: string
    }
  | { readonly _tag: "UsageError"; readonly message: string }

const HELP = new Set(["--help", "-h"])

/** Checks `args` (what follows `node crosscheck.js`). Returns the arguments to run, possibly
 * rewritten: `--db x --help` becomes `--help`, and a command's options are moved before its
 * arguments (@effect/cli stops reading options after a "-" argument: `import - --json`). Or
 * a one-line usage error. */
export const checkArgs = (args: ReadonlyArray<string>): CheckedArgs => {
  let command = ""
  const before: Array<string> = []
  const options: Array<string> = []
  const positionals: Array<string> = []
  const keep = (...words: ReadonlyArray<string>) => (command === "" ? before : options).push(...words)
  let i = 0
  for (; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--") break
    if (arg === "-" || !arg.startsWith("-")) {
      if (command === "") {
        // The first word that is not an option (or an option's value) names the command.
        if (OPTIONS[arg] === undefined || arg === "" || arg.includes(" ")) {
          const commands = Object.keys(OPTIONS).filter((c) => c !== "" && !c.includes(" "))
          return { _tag: "UsageError", message: `unknown command '${arg}' (commands: ${commands.join(", ")})` }
        }
        command = arg
      } else if (PARENTS.has(command)) {
        // ...and the next one its subcommand.
        const sub = `${command} ${arg}`
        if (OPTIONS[sub] === undefined || arg.includes(" ")) {
          const subs = Object.keys(OPTIONS)
            .filter((c) => c.startsWith(`${command} `))
            .map((c) => c.slice(command.length + 1))
          return { _tag: "UsageError", message: `unknown command '${command} ${arg}' (${command} commands: ${subs.join(", ")})` }
        }
        command = sub
      } else {
        if (command === "export" && positionals.length === 0 && !EXPORT_KINDS.includes(arg))
          return { _tag: "UsageError", message: `export writes ${EXPORT_KINDS.join(", ")}, not '${arg}'` }
        positionals.push(arg)
      }
      continue
    }
    const name = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg
    const spec = OPTIONS[command]!
    if (spec.valued.includes(name)) {
      if (!arg.includes("=")) {
        if (i + 1 >= args.length) return { _tag: "UsageError", message: `${name} needs a value` }
        i++
        keep(arg, args[i]!)
      } else keep(arg)
      const bad = badValue(name, arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[i]!)
      if (bad !== null) return { _tag: "UsageError", message: bad }
      continue
    }
    if (spec.flags.includes(name)) {
      if (arg.includes("=")) return { _tag: "UsageError", message: `${name} takes no value` }
      // Help asked for before any command: the root help, whatever global options came first.
      if (command === "" && HELP.has(name)) return { _tag: "Run", args: ["--help"], command }
      keep(arg)
      continue
    }
    const where = command === "" ? "" : ` for '${command}'`
    return { _tag: "UsageError", message: `unknown option ${name}${where} (see crosscheck ${command === "" ? "" : `${command} `}--help)` }
  }
  const rest = args.slice(i)
  return {
    _tag: "Run",
    args: command === "" ? [...before, ...rest] : [...before, ...command.split(" "), ...options, ...positionals, ...rest],
    command
  }
}
