import { textWidth, truncate } from "./text.js"
import { Line } from "./Line.js"

export interface StatusBarProps {
  readonly width: number
  /** what the screen shows, e.g. `crosscheck · 5,000 articles` */
  readonly left: string
  /** where the reader is, e.g. `12/5,000`; kept whole when space runs out, the left side gives way */
  readonly right: string
}

/** The top line of every screen. Exactly `width` columns, never wraps. */
export const StatusBar = ({ width, left, right }: StatusBarProps) => {
  const rightPart = truncate(right, width)
  const room = width - textWidth(rightPart)
  const leftPart = truncate(left, Math.max(0, room - 2))
  const gap = Math.max(0, width - textWidth(leftPart) - textWidth(rightPart))
  return <Line bold>{leftPart + " ".repeat(gap) + rightPart}</Line>
}
