import { Command } from "@effect/cli"
import { daemonCommand } from "./daemonCommand.js"
import { demoCommand } from "./demoCommand.js"
import { exportCommand } from "./exportCommand.js"
import { feedsCommand } from "./feedsCommand.js"
import { importCommand } from "./importCommand.js"
import { rootCommand } from "./rootCommand.js"
import { tuiCommand } from "./tuiCommand.js"

export const VERSION = "0.1.0"

export const command = rootCommand.pipe(
  Command.withDescription("crosscheck: follow a conflict through the press; see where sources disagree"),
  Command.withSubcommands([tuiCommand, daemonCommand, importCommand, feedsCommand, exportCommand, demoCommand])
)

export const cli = Command.run(command, { name: "crosscheck", version: VERSION })
