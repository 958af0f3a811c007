/**
 * @effect/cli's help, tidied for a reader: the parser's own sentences about types ("A
 * user-defined piece of text.", "An integer.", "This setting is optional." under every option
 * the usage line already brackets) are dropped, the program is named once, the usage line names
 * the whole command ("$ crosscheck feeds add ..." rather than "$ add ..."), and each command in
 * the list stands on its line with its description under it, instead of one column padded to
 * the longest usage (over 100 characters, wrapped into a jumble on a terminal).
 */

/** The colours @effect/cli puts in its help and messages. */
export const SGR = /\u001b\[[0-9;]*m/g

// What @effect/cli says of every text, integer, boolean or float option and of each optional one.
const FILLER = new Set([
  "A user-defined piece of text.",
  "A user-defined piece of text that is confidential.",
  "An integer.",
  "A true or false value.",
  "A floating point number.",
  "This setting is optional."
])

const COMMAND_ROW = /^ {2}- (.+?) {2,}(\S.*)$/

/** True for the help text @effect/cli prints (and nothing else a command prints). */
export const isHelpText = (text: string): boolean => {
  const plain = text.replace(SGR, "")
  return /^USAGE$/m.test(plain) && /^DESCRIPTION$|^COMMANDS$/m.test(plain)
}

export const tidyHelp = (text: string, command: string): string => {
  const lines = text.split("\n")
  const out: Array<string> = []
  const plain = (line: string | undefined) => (line ?? "").replace(SGR, "")
  let i = 0
  // "crosscheck", blank, "crosscheck 0.1.0": the name once, with its version
  if (plain(lines[0]).trim() === "crosscheck" && plain(lines[1]).trim() === "" && plain(lines[2]).startsWith("crosscheck ")) i = 2
  for (; i < lines.length; i++) {
    const line = lines[i]!
    const bare = plain(line)
    if (FILLER.has(bare.trim())) {
      // the paragraph and the blank line after it
      if (plain(lines[i + 1]).trim() === "") i++
      continue
    }
    if (bare.startsWith("$ ") && command !== "") {
      // "$ add [--name] <URL>" for "feeds add": the usage of the command as it is typed
      const words = bare.slice(2).split(" ")
      const last = command.split(" ").at(-1)
      if (words[0] === last) {
        out.push(`$ crosscheck ${command}${bare.slice(2 + words[0]!.length)}`)
        continue
      }
    }
    if (bare.startsWith("$ ") && command === "" && !bare.startsWith("$ crosscheck")) {
      out.push(`$ crosscheck${bare.slice(1)}`)
      continue
    }
    const row = COMMAND_ROW.exec(bare)
    if (row !== null) {
      out.push(`  ${row[1]!.trimEnd()}`, `      ${row[2]!.trim()}`)
      continue
    }
    out.push(line)
  }
  return out.join("\n")
}
