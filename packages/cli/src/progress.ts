import type {Io} from './io.js'

/** Least time between two redraws of the progress line. */
const redrawEveryMs = 100

/** Whether standard error is a terminal: the `Io` says so when it knows, else the process's own stream. */
function stderrIsTerminal(io: Io): boolean {
  if ('stderrIsTerminal' in io) return io.stderrIsTerminal === true
  return Boolean(process.stderr.isTTY)
}

/**
 * The progress line of a run over many files (files done / total, MB/s) on
 * standard error, redrawn in place; only when standard error is a terminal
 * and there is more than one file, so logs, pipes and CI output never get it.
 * It never writes to standard output.
 */
export class Progress {
  private readonly enabled: boolean
  private readonly started = Date.now()
  private done = 0
  private bytes = 0
  private drawnAt = 0
  private drawn = false

  constructor(
    private readonly total: number,
    private readonly io: Io
  ) {
    this.enabled = total > 1 && stderrIsTerminal(io)
  }

  /** One more file checked (`bytes` read from it). */
  fileDone(bytes: number): void {
    this.done++
    this.bytes += bytes
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.drawnAt < redrawEveryMs && this.done < this.total) return
    this.drawnAt = now
    this.drawn = true
    this.io.stderr(`\r\u001B[K${this.line(now)}`)
  }

  /** Clear the line before the report is printed. */
  end(): void {
    if (this.drawn) this.io.stderr('\r\u001B[K')
    this.drawn = false
  }

  /** `jiaodui: 120/400 files, 3.1 MB, 1.4 MB/s`. */
  line(now = Date.now()): string {
    const seconds = Math.max(0.001, (now - this.started) / 1000)
    const megabytes = this.bytes / 1e6
    return `jiaodui: ${this.done}/${this.total} files, ${megabytes.toFixed(1)} MB, ${(megabytes / seconds).toFixed(1)} MB/s`
  }
}
