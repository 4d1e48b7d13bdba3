/**
 * A table of small values (one byte per entry, under `1 << bits`) shipped as
 * its runs: base64 of unsigned LEB128 varints, each `(run length << bits) |
 * value`. The lexer's class table and zh-script's script table are shipped so
 * (`src/generated/`), decoded on first use instead of built at every start.
 */

/** The runs of `table` (see the module comment). */
export function encodeRuns(table: Uint8Array, bits: number): string {
  const scale = 2 ** bits
  const bytes: number[] = []
  let start = 0
  for (let index = 1; index <= table.length; index++) {
    if (index < table.length && table[index] === table[start]) continue
    let value = (index - start) * scale + table[start]!
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80)
      value = Math.floor(value / 0x80)
    }
    bytes.push(value)
    start = index
  }
  return Buffer.from(bytes).toString('base64')
}

/** The table of `size` entries whose runs `encodeRuns` wrote; throws `mismatch` when they cover another size. */
export function decodeRuns(base64: string, size: number, bits: number, mismatch: (covered: number) => string): Uint8Array {
  const scale = 2 ** bits
  const bytes = atob(base64)
  const result = new Uint8Array(size)
  let at = 0
  let value = 0
  let shift = 0
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes.charCodeAt(index)
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
    if (byte & 0x80) continue
    const length = Math.floor(value / scale)
    // Zero is what the fresh array holds.
    if (value % scale !== 0) result.fill(value % scale, at, at + length)
    at += length
    value = 0
    shift = 0
  }
  if (at !== size) throw new Error(mismatch(at))
  return result
}
