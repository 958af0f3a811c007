/** How far an import has got, in bytes of input, for the progress bar. Sources update it as
 * they read; the bar samples it. Mutable on purpose: it is written on the hot path. */
export class ImportProgress {
  totalBytes = 0
  private finishedBytes = 0
  private current: { readonly bytesRead: number } | null = null
  items = 0

  /** A file is being read; `reader.bytesRead` says how far. */
  reading(reader: { readonly bytesRead: number }): void {
    this.current = reader
  }

  finished(bytes: number): void {
    this.finishedBytes += bytes
    this.current = null
  }

  get doneBytes(): number {
    return this.finishedBytes + (this.current?.bytesRead ?? 0)
  }
}
