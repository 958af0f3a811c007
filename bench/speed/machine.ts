import { cpus, loadavg } from "node:os"

/** The load averages now, to two places: the machine is shared, so a report says how busy it was. */
export const loadNow = (): Array<number> => loadavg().map((l) => +l.toFixed(2))

/** What a speed report says of the machine it ran on; `shared` says how far its timings compare. */
export const machine = (shared: string, loadAverageBefore: ReadonlyArray<number>) => ({
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  node: process.version,
  shared,
  loadAverageBefore,
  loadAverageAfter: loadNow()
})
