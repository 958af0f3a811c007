import { Text } from "ink"
import { textWidth, truncate } from "./text.js"

export interface KeyHelpProps {
  readonly width: number
  /** the same help, fullest first, e.g. `j/k ↑/↓ move  enter open  q quit` then `j/k move  q quit`;
   * the first that fits is shown, so a narrow terminal still says how to get out */
  readonly keys: ReadonlyArray<string>
}

/** The bottom line: the keys that work on this screen. */
export const KeyHelp = ({ width, keys }: KeyHelpProps) => {
  const fitting = keys.find((k) => textWidth(k) <= width) ?? keys[keys.length - 1] ?? ""
  return (
    <Text dimColor wrap="truncate-end">
      {truncate(fitting, width)}
    </Text>
  )
}
