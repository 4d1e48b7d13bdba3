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
 * Write `value` as `JSON.stringify(value, null, 2)` would, in pieces: each
 * `Streamed` array is written one item at a time.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, indent = ''): void {
  if (value instanceof Streamed) {
    let first = true
    for (const item of value.items) {
      write(`${first ? '[\n' : ',\n'}${indent}  `)
      // An item with a Streamed property (a file entry and its messages) is itself written in pieces.
      if (hasStreamedProperty(item)) writeJson(item, write, `${indent}  `)
      else write(indented(JSON.stringify(item, null, 2), `${indent}  `))
      first = false
    }
    write(first ? '[]' : `\n${indent}]`)
    return
  }
  if (!holdsStreamed(value)) {
    write(indented(JSON.stringify(value, null, 2), indent))
    return
  }
  const array = Array.isArray(value)
  const entries: Array<[string, unknown]> = array
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value as object).filter(([, item]) => item !== undefined)
  write(array ? '[\n' : '{\n')
  entries.forEach(([key, item], index) => {
    write(`${indent}  ${array ? '' : `${JSON.stringify(key)}: `}`)
    writeJson(item, write, `${indent}  `)
    write(index < entries.length - 1 ? ',\n' : '\n')
  })
  write(`${indent}${array ? ']' : '}'}`)
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

function indented(text: string, indent: string): string {
  // JSON strings never hold a raw line break: every `\n` is between tokens.
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`)
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
