// Lookups in lists of mentions sorted by start (binary searches: claims are read in linear time).

import type {Quantity} from '@jiaodui/zh-number'

/** First index in `sorted` for which `test` is false (`test` is true, then false, along `sorted`). */
export function partition<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (test(sorted[mid] as T)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The last mention (sorted by start) that ends at or before `at`: binary search, then a short walk back. */
export function lastBefore<T extends {start: number; end: number}>(sorted: readonly T[], at: number): T | undefined {
  const lo = partition(sorted, (mention) => mention.start < at)
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if ((sorted[k] as T).end <= at) return sorted[k]
  return undefined
}

/** Mentions (sorted by start, short) that overlap `[from, to)`. */
export function overlapping<T extends {start: number; end: number}>(sorted: readonly T[], from: number, to: number): T[] {
  const lo = partition(sorted, (mention) => mention.start < to)
  const out: T[] = []
  for (let k = lo - 1; k >= 0; k--) {
    const m = sorted[k] as T
    if (m.end > from) out.push(m)
    else if (m.start < from - 64) break
  }
  return out
}

/** Index of a mention in a list sorted by start (binary search; `indexOf` would be linear per claim). */
export function indexOfMention<T extends {start: number}>(sorted: readonly T[], mention: T): number {
  const lo = partition(sorted, (other) => other.start < mention.start)
  for (let k = lo; k < sorted.length && (sorted[k] as T).start === mention.start; k++) if (sorted[k] === mention) return k
  return sorted.indexOf(mention)
}

/** Quantities of a sentence from `floor` up to (not including) the one at `index`, read back. */
export function inClauseWindow(quantities: readonly Quantity[], index: number, floor: number): Quantity[] {
  const out: Quantity[] = []
  for (let k = index - 1; k >= 0 && (quantities[k] as Quantity).start >= floor; k--) out.push(quantities[k] as Quantity)
  return out
}
