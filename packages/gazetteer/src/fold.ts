import { FOLD } from './generated/places.js'

let table: Uint16Array | undefined

function foldTable(): Uint16Array {
  if (table) return table
  const t = new Uint16Array(65536)
  for (let i = 0; i < 65536; i++) t[i] = i
  for (let i = 0; i + 1 < FOLD.length; i += 2) t[FOLD.charCodeAt(i)] = FOLD.charCodeAt(i + 1)
  table = t
  return t
}

/**
 * Folds traditional characters that occur in place names to simplified (`貴州` → `贵州`, `臺灣` →
 * `台湾`). One code unit in, one out, so offsets into the folded text are offsets into the input.
 */
export function foldToSimplified(text: string): string {
  const t = foldTable()
  const n = text.length
  let changed = false
  const out = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const f = t[c] as number
    out[i] = f
    if (f !== c) changed = true
  }
  if (!changed) return text
  let s = ''
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...out.subarray(i, Math.min(n, i + 8192)))
  return s
}
