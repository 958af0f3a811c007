import { Command, Options } from "@effect/cli"

/** `crosscheck [--db PATH] <command>`: the options every command shares. */
export const rootCommand = Command.make("crosscheck", {
  // (text, not Options.file: its existence check crashed on a path through a file, "/etc/hostname/x.db";
  // the store names what is wrong with a path, and refuses an empty one)
  db: Options.text("db").pipe(
    Options.withPseudoName("PATH"),
    Options.withDescription("the database file (default: $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db); created and migrated on first use"),
    Options.optional
  )
})
