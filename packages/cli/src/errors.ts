import { Data } from "effect"

/** Ends the program with a message for the user and an exit code (contract: 1 when nothing
 * could be processed, 2 for usage errors). */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly message: string
  readonly exitCode: 1 | 2
}> {}
