import { Command, Options } from "@effect/cli"

/** `crosscheck [--db PATH] <command>`: the options every command shares. */
export const rootCommand = Command.make("crosscheck", {
  db: Options.file("db").pipe(
    Options.withPseudoName("PATH"),
    Options.withDescription("the database file (default: $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db); created and migrated on first use"),
    Options.optional
  )
})
