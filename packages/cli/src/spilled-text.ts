import type {VFile} from 'vfile'
import type {SpillStore, Stored} from './spill.js'

/** The file whose text was read back last, and that text: the corpus phase and the report read one file's text several times in a row. */
let lastRead: {file: VFile; text: string} | undefined

/**
 * Move a checked file's text into the run's spill store until something reads
 * it again. Between the per-file phase and the report a run keeps each file's
 * corpus data; its text (about 8 KB of heap per article) is read back only for
 * the files the corpus phase reports on and while the report is written, one
 * file at a time. Without this, 100 000 articles held about 800 MB of text.
 *
 * The text is stored as UTF-16 code units, so any string comes back exactly
 * (lone surrogates included) and Chinese takes 2 bytes a character, not 3.
 * `file.value` becomes a getter; setting it puts an ordinary value back.
 *
 * Data the run keeps (`keep`: `claims`, …) is copied first: its strings are
 * slices of the text, and a slice keeps the whole text alive. Its strings go
 * through the run's table `strings` (one copy of each distinct string: the
 * segmenter makes a new `我们` or `全市` for every claim).
 */
export function spillText(file: VFile, store: SpillStore, keep: readonly string[], strings: Map<string, string>): void {
  if (typeof file.value !== 'string') return
  for (const key of keep) {
    // Data still in the store (a sectioned text's claims, read on first use) holds copies, no slices of the text.
    if (Object.getOwnPropertyDescriptor(file.data, key)?.get) continue
    file.data[key] = detach(file.data[key], strings, new Set())
  }
  const stored: Stored = store.put(Buffer.from(file.value, 'utf16le'))
  if (lastRead?.file === file) lastRead = undefined
  Object.defineProperty(file, 'value', {
    configurable: true,
    enumerable: true,
    get(): string {
      if (lastRead?.file !== file) {
        const bytes = store.get(stored)
        lastRead = {file, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le')}
      }
      return lastRead.text
    },
    set(value: unknown) {
      Object.defineProperty(file, 'value', {configurable: true, enumerable: true, writable: true, value})
      if (lastRead?.file === file) lastRead = undefined
    }
  })
}

/** Forget the text read back last (the run is over, or its store is closed). */
export function forgetSpilledText(): void {
  lastRead = undefined
}

/** Strings shorter than this are never slices in V8 (`SlicedString::kMinLength`): they hold no text. */
const minSliceLength = 13

/**
 * `value` with every string replaced by the table's copy of it, a string that
 * may be a slice of a larger text by a copy of its own (objects and arrays
 * changed in place); numbers and typed arrays are left as they are.
 */
function detach(value: unknown, copies: Map<string, string>, seen: Set<object>): unknown {
  if (typeof value === 'string') {
    let copy = copies.get(value)
    if (copy === undefined) {
      copy = value.length < minSliceLength ? value : Buffer.from(value, 'utf16le').toString('utf16le')
      copies.set(copy, copy)
    }
    return copy
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || seen.has(value) || Object.isFrozen(value)) return value
  seen.add(value)
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) record[key] = detach(record[key], copies, seen)
  return value
}
