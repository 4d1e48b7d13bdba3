import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Where a stored record is: in memory, or at a place in the spill file. */
export type Stored = Uint8Array | {readonly at: number; readonly length: number}

/**
 * Byte records a run writes once and reads back once (each file's packed
 * messages, from the per-file phase to the report). They stay in memory up to
 * `budget` bytes in all; past it they go to a temporary file, so the memory a
 * run keeps per checked file is only what the corpus phase needs (100 000
 * articles pack about 5 GB of messages; a 5 MB text's sections 45 MB, which
 * held in memory were a tenth of its peak: hence 8 MB, not the first 64; 4 MB
 * instead of 16 lowered that file's peak by 13 MB at the same CPU). The
 * file is deleted as soon as it is
 * opened (the descriptor keeps it), so nothing is left behind, even after a
 * crash.
 */
export class SpillStore {
  private held = 0
  private fd: number | undefined
  private end = 0

  constructor(private readonly budget = 8 * 1024 * 1024) {}

  /**
   * Keep `bytes`; returns the handle to read them back with. `toDisk`: past
   * the budget whatever is held (the sections of a large text: a file alone
   * fills the budget, and each section's buffer held in memory until the report
   * added to the text's peak, 4–5 MB of the 5 MB file's).
   */
  put(bytes: Uint8Array, toDisk = false): Stored {
    if (!toDisk && this.fd === undefined && this.held + bytes.length <= this.budget) {
      this.held += bytes.length
      return bytes
    }
    this.fd ??= openSpillFile()
    let written = 0
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written)
    const stored = {at: this.end, length: bytes.length}
    this.end += bytes.length
    return stored
  }

  /** The bytes of a handle `put` returned. */
  get(stored: Stored): Uint8Array {
    if (stored instanceof Uint8Array) return stored
    const bytes = new Uint8Array(stored.length)
    let read = 0
    while (read < stored.length) {
      const count = readSync(this.fd!, bytes, read, stored.length - read, stored.at + read)
      if (count === 0) throw new Error('the spill file of packed messages ended early')
      read += count
    }
    return bytes
  }

  /** Close the spill file (its space is freed then). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

/** A new temporary file, open for reading and writing, already unlinked. */
function openSpillFile(): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-spill-'))
  const file = path.join(folder, 'messages.bin')
  const fd = openSync(file, 'w+', 0o600)
  rmSync(folder, {recursive: true, force: true})
  return fd
}
