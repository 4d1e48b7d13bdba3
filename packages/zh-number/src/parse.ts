import {findQuantities} from './find.js'
import type {NumberValue} from './types.js'

/**
 * Parse one numeral string (`一千零一十`, `1.97万`, `三分之一`, `十余万`, `負三十二`) into its value
 * and interval; returns null unless the whole trimmed string is one number.
 */
export function parseNumber(text: string): NumberValue | null {
  const trimmed = text.trim()
  if (trimmed.length === 0) return null
  const found = findQuantities(trimmed)
  if (found.length !== 1) return null
  const q = found[0]!
  if (q.start !== 0 || q.end !== trimmed.length || q.value === null) return null
  if (q.kind !== 'count' && q.kind !== 'fraction') return null
  if (q.unit !== null || q.low === null || q.high === null) return null
  const out: NumberValue = {
    value: q.value,
    low: q.low,
    high: q.high,
    lowInclusive: q.lowInclusive,
    highInclusive: q.highInclusive,
    approx: q.approx
  }
  if (q.digits !== undefined) out.digits = q.digits
  return out
}
