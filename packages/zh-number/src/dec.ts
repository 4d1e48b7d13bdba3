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

function pow10(exponent: number): bigint {
  return POW10[exponent] ?? 10n ** BigInt(exponent)
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
export function decAdd(left: Dec, right: Dec): Dec {
  if (left.n === 0n) return right
  if (right.n === 0n) return left
  if (left.s === right.s) return {n: left.n + right.n, s: left.s}
  if (left.s > right.s) return {n: left.n + right.n * pow10(left.s - right.s), s: left.s}
  return {n: left.n * pow10(right.s - left.s) + right.n, s: right.s}
}

/** Multiply by 10^k exactly (k may be negative). */
export function decShift(value: Dec, places: number): Dec {
  if (value.n === 0n || places === 0) return value
  if (places < 0) return {n: value.n, s: value.s - places}
  if (value.s >= places) return {n: value.n, s: value.s - places}
  return {n: value.n * pow10(places - value.s), s: 0}
}

/** Multiply by a small integer exactly. */
export function decMulInt(value: Dec, factor: number): Dec {
  return {n: value.n * BigInt(factor), s: value.s}
}

/** Negate. */
export function decNeg(value: Dec): Dec {
  return {n: -value.n, s: value.s}
}

/** Convert to the nearest double. */
export function decToNumber(value: Dec): number {
  if (value.s === 0) return Number(value.n)
  // Number() on a decimal string is correctly rounded; a division would round twice.
  return Number(`${value.n}e-${value.s}`)
}

/** True when the decimal is zero. */
export function decIsZero(value: Dec): boolean {
  return value.n === 0n
}
