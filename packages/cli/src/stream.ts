import {closeSync, openSync, writeSync} from 'node:fs'

/**
 * An array written item by item by `writeJson` (each item whole, with
 * `JSON.stringify`, unless one of its own properties is `Streamed` too: a
 * file entry's messages): a report of 100 000 files is
 * never one string (V8 caps strings at about 537 M characters, and the string
 * would double the run's memory).
 */
export class Streamed {
  constructor(readonly items: Iterable<unknown>) {}
}

/**
 * Write `value` as `JSON.stringify(value)` would, in pieces, except that each
 * item of a `Streamed` array starts a line of its own: each `Streamed` array is
 * written one item at a time, and a report reads (and greps, and diffs) one
 * message per line. Compact rather than indented: indenting by two spaces made
 * the report of 200 articles 18.9 MB instead of about 9.5, and writing it took
 * 70–87 ms instead of 28–30 (`JSON.stringify` of its messages, bench/throughput).
 */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  if (value instanceof Streamed) {
    let first = true
    for (const item of value.items) {
      write(first ? '[\n' : ',\n')
      // An item with a Streamed property (a file entry and its messages) is itself written in pieces.
      if (hasStreamedProperty(item)) writeJson(item, write)
      else write(JSON.stringify(item) ?? 'null')
      first = false
    }
    write(first ? '[]' : '\n]')
    return
  }
  if (!holdsStreamed(value)) {
    // (`undefined` in an array is written as JSON.stringify writes it there.)
    write(JSON.stringify(value) ?? 'null')
    return
  }
  const array = Array.isArray(value)
  const entries: Array<[string, unknown]> = array
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value as object).filter(([, item]) => item !== undefined)
  write(array ? '[' : '{')
  entries.forEach(([key, item], index) => {
    write(`${index > 0 ? ',' : ''}${array ? '' : `${JSON.stringify(key)}:`}`)
    writeJson(item, write)
  })
  write(array ? ']' : '}')
}

/** Whether an object has a `Streamed` array as one of its own values (not searched deeper). */
function hasStreamedProperty(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  for (const key in value) if ((value as Record<string, unknown>)[key] instanceof Streamed) return true
  return false
}

/** Whether a value has a `Streamed` array inside (objects and arrays only are searched). */
function holdsStreamed(value: unknown): boolean {
  if (value instanceof Streamed) return true
  if (!value || typeof value !== 'object') return false
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsStreamed)
}

/** Size of the pieces handed to the sink: few system calls, little held. */
const chunkSize = 1 << 16

/**
 * A writer that gathers small pieces into chunks of about 64 KB for `sink`;
 * call `end()` to flush the rest.
 */
export function chunked(sink: (chunk: string) => void): {write(piece: string): void; end(): void} {
  let pending: string[] = []
  let size = 0
  return {
    write(piece) {
      pending.push(piece)
      size += piece.length
      if (size >= chunkSize) this.end()
    },
    end() {
      if (size === 0 && pending.length === 0) return
      sink(pending.join(''))
      pending = []
      size = 0
    }
  }
}

/**
 * Write a report to a file as it is made, synchronously (no chunk waits in
 * memory for the disk); `produce` gets the writer, its result is returned.
 */
export function writeToFile<Result>(file: string, produce: (write: (piece: string) => void) => Result): Result {
  const fd = openSync(file, 'w')
  try {
    const writer = chunked((chunk) => writeSync(fd, chunk))
    const result = produce((piece) => writer.write(piece))
    writer.end()
    return result
  } finally {
    closeSync(fd)
  }
}
