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
  // Most text has nothing to fold: find the first change before allocating the output.
  let first = 0
  while (first < n && t[text.charCodeAt(first)] === text.charCodeAt(first)) first++
  if (first === n) return text
  const out = new Uint16Array(n)
  for (let i = 0; i < n; i++) out[i] = t[text.charCodeAt(i)] as number
  let s = ''
  // `apply` takes the typed array as it is; a spread would go through an iterator per element.
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[])
  return s
}
