import { Args, Command, HelpDoc, Options, ValidationError } from "@effect/cli"
import { Effect } from "effect"
import { rootCommand } from "./rootCommand.js"

// The command line as ../docs/contract.md fixes it: commands, arguments, options, help.
// What each command does is loaded only when it runs (the run*.ts modules): `--help`, a
// usage error or `feeds ls` should not first load the claim reader, the pipeline and Ink.

export const VERSION = "0.1.0"

const tuiCommand = Command.make("tui", {}, () =>
  Effect.flatMap(
    Effect.promise(() => import("./runTui.js")),
    (m) => m.runTui
  )
).pipe(Command.withDescription("the terminal UI: articles, conflicts and feeds; polls the feeds itself unless a daemon does, then follows it"))

const daemonCommand = Command.make(
  "daemon",
  { once: Options.boolean("once").pipe(Options.withDescription("poll every enabled feed once and exit (for cron)")) },
  (args) =>
    Effect.flatMap(
      Effect.promise(() => import("./runDaemon.js")),
      (m) => m.runDaemon(args)
    )
).pipe(
  Command.withDescription("poll every enabled feed on its schedule into the database; JSON lines on stderr; SIGINT/SIGTERM finish in-flight writes and exit 0")
)

const importCommand = Command.make(
  "import",
  {
    inputs: Args.text({ name: "PATH|URL" }).pipe(
      Args.withDescription(
        "feed files or URLs (RSS, Atom, RDF), NDJSON, .txt/.md/.html files, folders of them, - for NDJSON or a feed on standard input, or an OPML feed list (its feeds are added)"
      ),
      Args.atLeast(1)
    ),
    json: Options.boolean("json").pipe(Options.withDescription("print the summary as one JSON object")),
    fetch: Options.boolean("fetch").pipe(Options.withDescription("poll the feeds of an OPML list once, now, after adding them"))
  },
  (args) =>
    Effect.flatMap(
      Effect.promise(() => import("./runImport.js")),
      (m) => m.runImport(args)
    )
).pipe(Command.withDescription("import feed files, URLs, NDJSON, text and HTML files, folders of them, or standard input, once"))

const interval = Options.integer("interval").pipe(
  Options.withPseudoName("MIN"),
  Options.withDescription("poll every MIN minutes (default: adaptive, 5 to 60 minutes, from how often the feed publishes)"),
  Options.optional
)
const allowPrivate = Options.boolean("allow-private").pipe(
  Options.withDescription("allow fetching from private and loopback addresses (refused by default, also after redirects)")
)
const feeds = () => import("./runFeeds.js")

const feedsCommand = Command.make("feeds").pipe(
  Command.withDescription("manage the feeds the daemon (and the TUI) poll"),
  Command.withSubcommands([
    Command.make(
      "add",
      {
        url: Args.text({ name: "URL" }).pipe(Args.withDescription("the feed's address (RSS, Atom or RDF)")),
        name: Options.text("name").pipe(Options.withPseudoName("N"), Options.withDescription("what to call it (default: the feed's title)"), Options.optional),
        interval,
        fetchLinkedPage: Options.boolean("fetch-linked-page").pipe(
          Options.withDescription("for items that carry only a summary, fetch the page they link to and read that")
        ),
        allowPrivate
      },
      (args) => Effect.flatMap(Effect.promise(feeds), (m) => m.addFeed(args))
    ).pipe(Command.withDescription("add a feed to poll (or change one already listed)")),
    Command.make("ls", { json: Options.boolean("json").pipe(Options.withDescription("one JSON object per feed, per line")) }, (args) =>
      Effect.flatMap(Effect.promise(feeds), (m) => m.listFeeds(args))
    ).pipe(Command.withDescription("list the feeds with their health: last success, next check, last error")),
    Command.make("rm", { feed: Args.text({ name: "ID|URL" }).pipe(Args.withDescription("the feed's number (see feeds ls) or its URL")) }, (args) =>
      Effect.flatMap(Effect.promise(feeds), (m) => m.removeFeed(args))
    ).pipe(Command.withDescription("stop polling a feed; its articles stay")),
    Command.make(
      "import",
      {
        opml: Args.file({ name: "OPML", exists: "either" }).pipe(Args.withDescription("a subscription list (OPML) to add")),
        fetch: Options.boolean("fetch").pipe(Options.withDescription("also poll its feeds once, now")),
        allowPrivate
      },
      (args) => Effect.flatMap(Effect.promise(feeds), (m) => m.importFeeds(args))
    ).pipe(Command.withDescription("add the feeds of an OPML subscription list")),
    Command.make("export", {}, () => Effect.flatMap(Effect.promise(feeds), (m) => m.exportFeeds)).pipe(
      Command.withDescription("write the feed list to stdout as OPML")
    )
  ])
)

const exportCommand = Command.make(
  "export",
  {
    what: Args.choice(
      [
        ["articles", "articles"],
        ["stories", "stories"],
        ["claims", "claims"],
        ["conflicts", "conflicts"]
      ] as const,
      { name: "what" }
    ).pipe(Args.withDescription("what to export")),
    format: Options.choice("format", ["ndjson", "json", "csv"] as const).pipe(
      Options.withDescription("ndjson: one record per line (default); json: one array; csv: with a header row"),
      Options.withDefault("ndjson" as const)
    ),
    since: Options.text("since").pipe(
      Options.withPseudoName("ISO"),
      Options.withDescription("articles (and their claims) fetched, stories active, or conflicts changed, at or after this ISO 8601 time"),
      Options.optional
    )
  },
  (args) =>
    Effect.flatMap(
      Effect.promise(() => import("./runExport.js")),
      (m) => m.runExport(args)
    )
).pipe(Command.withDescription("write stored articles, stories, claims or conflicts to stdout as NDJSON, JSON or CSV"))

const demoCommand = Command.make(
  "demo",
  {
    speed: Options.float("speed").pipe(
      // a usage error (exit 2), not a failure of the demo's server
      Options.mapEffect((speed) =>
        speed > 0 && Number.isFinite(speed)
          ? Effect.succeed(speed)
          : Effect.fail(ValidationError.invalidValue(HelpDoc.p(`--speed must be a positive number, not ${speed}`)))
      ),
      Options.withDescription("replay the evening this many times faster than its two minutes (default 1)"),
      Options.optional
    )
  },
  (args) =>
    Effect.flatMap(
      Effect.promise(() => import("./runDemo.js")),
      (m) => m.runDemo(args)
    )
).pipe(
  Command.withDescription(
    "the bundled demo: a local feed server replays an evening of coverage from eight outlets into a fresh database, and the TUI opens on it"
  )
)

export const command = rootCommand.pipe(
  Command.withDescription("crosscheck: follow a conflict through the press; see where sources disagree"),
  Command.withSubcommands([tuiCommand, daemonCommand, importCommand, feedsCommand, exportCommand, demoCommand])
)

export const cli = Command.run(command, { name: "crosscheck", version: VERSION })
