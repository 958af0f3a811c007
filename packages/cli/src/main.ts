import { CliConfig, ValidationError } from "@effect/cli"
// Submodules, not the package index: the index loads the HTTP server, workers and more,
// which would add half a second to every command.
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { stripControls } from "@crosscheck/core"
import { Cause, Console, Effect, Exit } from "effect"
import { checkArgs } from "./argv.js"
import { cli } from "./Cli.js"
import { CliFailure } from "./errors.js"
import { isHelpText, SGR, tidyHelp } from "./helpText.js"
import { onSignal } from "./signals.js"

/** Exit codes per the contract: 0 done, 1 nothing could be done, 2 usage error. */
const exitCodeOf = (cause: Cause.Cause<unknown>): number => {
  const failure = Cause.failureOption(cause)
  if (failure._tag === "Some") {
    if (ValidationError.isValidationError(failure.value)) return 2
    if (failure.value instanceof CliFailure) return failure.value.exitCode
  }
  return 1
}

// @effect/cli always colours its help and messages; a pipe or NO_COLOR gets plain text. Its
// help is tidied for the command it is about (helpText.ts).
const plainFor = (stream: NodeJS.WriteStream, args: ReadonlyArray<unknown>): ReadonlyArray<unknown> =>
  stream.isTTY === true && !process.env.NO_COLOR ? args : args.map((a) => (typeof a === "string" ? a.replace(SGR, "") : a))
const plainWhereNeeded =
  (command: string) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Console.consoleWith((console) =>
      Effect.withConsole(effect, {
        ...console,
        log: (...args) =>
          console.log(
            ...plainFor(
              process.stdout,
              args.map((a) => (typeof a === "string" && isHelpText(a) ? tidyHelp(a, command) : a))
            )
          ),
        error: (...args) => console.error(...plainFor(process.stderr, args))
      })
    )

// Which signal stopped us, for the exit code: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP
// (128 + its number, as shells report). NodeRuntime turns each into an interruption of the
// program, so commands still finish their in-flight writes and print what they did.
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }
let stoppedBy: string | null = null
for (const signal of Object.keys(SIGNAL_EXIT)) {
  process.once(signal, () => {
    stoppedBy ??= signal
  })
}
// NodeRuntime does not listen for SIGHUP: a lost terminal interrupts the program the same way.
process.once("SIGHUP", () => process.kill(process.pid, "SIGTERM"))

const checked = checkArgs(process.argv.slice(2))
if (checked._tag === "UsageError") {
  process.stderr.write(`crosscheck: ${stripControls(checked.message, true)}\n`)
  process.exit(2)
}

const program = cli([...process.argv.slice(0, 2), ...checked.args]).pipe(
  plainWhereNeeded(checked.command),
  // Validation errors were already printed with the usage by @effect/cli; everything else is
  // said here, on one line, without a stack trace.
  Effect.tapError((e) =>
    ValidationError.isValidationError(e)
      ? Effect.void
      : Effect.sync(() => process.stderr.write(`crosscheck: ${stripControls(e instanceof Error ? e.message : String(e), true)}\n`))
  ),
  Effect.provide(NodeContext.layer),
  // Help lists the commands and their options, not the parser's built-ins and type names.
  Effect.provide(CliConfig.layer({ showBuiltIns: false, showTypes: false }))
)

NodeRuntime.runMain(program, {
  disableErrorReporting: true,
  teardown: (exit, onExit) => {
    if (stoppedBy !== null && (Exit.isSuccess(exit) || Cause.isInterruptedOnly(exit.cause))) {
      onExit(onSignal.exitZero && stoppedBy !== "SIGHUP" ? 0 : SIGNAL_EXIT[stoppedBy]!)
    } else if (Exit.isSuccess(exit) || Cause.isInterruptedOnly(exit.cause)) onExit(0)
    else {
      const code = exitCodeOf(exit.cause)
      if (!Cause.isFailType(exit.cause) && Cause.failureOption(exit.cause)._tag === "None") {
        process.stderr.write(`crosscheck: internal error\n${Cause.pretty(exit.cause)}\n`)
      }
      onExit(code)
    }
  }
})
