/**
 * Exact decimal arithmetic for numeral evaluation.
 *
 * Doubles cannot hold every integer up to 10^16, and summing section values
 * of a long Chinese numeral in floating point rounds several times. Keeping
 * the value as `n / 10^s` with a bigint `n` and converting once through the
 * decimal string gives the correctly rounded double every time.
 */
export interface Dec {
  readonly n: bigint
  readonly s: number
}

export const ZERO: Dec = {n: 0n, s: 0}

const POW10: bigint[] = []
for (let i = 0; i <= 40; i++) POW10.push(10n ** BigInt(i))

function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k)
}

/** Build a decimal from ASCII digits and the count of digits after the point. */
export function decFromDigits(digits: string, scale: number): Dec {
  return {n: digits.length === 0 ? 0n : BigInt(digits), s: scale}
}

/** Build a decimal from a small non-negative integer. */
export function decFromInt(value: number): Dec {
  return {n: BigInt(value), s: 0}
}

/** Add two decimals exactly. */
export function decAdd(a: Dec, b: Dec): Dec {
  if (a.n === 0n) return b
  if (b.n === 0n) return a
  if (a.s === b.s) return {n: a.n + b.n, s: a.s}
  if (a.s > b.s) return {n: a.n + b.n * pow10(a.s - b.s), s: a.s}
  return {n: a.n * pow10(b.s - a.s) + b.n, s: b.s}
}

/** Multiply by 10^k exactly (k may be negative). */
export function decShift(a: Dec, k: number): Dec {
  if (a.n === 0n || k === 0) return a
  if (k < 0) return {n: a.n, s: a.s - k}
  if (a.s >= k) return {n: a.n, s: a.s - k}
  return {n: a.n * pow10(k - a.s), s: 0}
}

/** Multiply by a small integer exactly. */
export function decMulInt(a: Dec, m: number): Dec {
  return {n: a.n * BigInt(m), s: a.s}
}

/** Negate. */
export function decNeg(a: Dec): Dec {
  return {n: -a.n, s: a.s}
}

/** Convert to the nearest double. */
export function decToNumber(a: Dec): number {
  if (a.s === 0) return Number(a.n)
  // Number() on a decimal string is correctly rounded; a division would round twice.
  return Number(`${a.n}e-${a.s}`)
}

/** True when the decimal is zero. */
export function decIsZero(a: Dec): boolean {
  return a.n === 0n
}
