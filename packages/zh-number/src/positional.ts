/**
 * Exact evaluation of a positional numeral (一千零一十, 3万4000, 十几万, 1.97万) from its tokens,
 * with the precision facts the interval rules need.
 */

import {type Dec, ZERO, decAdd, decFromDigits, decFromInt, decIsZero, decShift} from './dec.js'
import {litDec, litLast, litLastNZ, type ArabicLit} from './arabic.js'
import {ARABIC, DIGIT, JI_SLOT, MAGNITUDE, MORE_INSIDE, POINT, SHU_LEAD, UNIT, type Token} from './tokens.js'

/** The value of a positional numeral with its precision facts (see `Numeral`). */
export interface PosResult {
  value: Dec
  exact: boolean
  prec: number
  lastNZ: number
  mag: number
}

/**
 * Which value a vague numeral (几, 数, inner 多/余) is evaluated to: `base` is the stated
 * reading (几十 → 10, 十几 → 10), `low` the smallest (几十 → 20, 十几 → 11) and `high`
 * the exclusive upper end (几十 → 100, 十几 → 20, 十余 → 20).
 */
export type VagueReading = 'base' | 'low' | 'high'

/** Running state of `evalPositional`, one group (below the last magnitude) at a time. */
interface PositionalState {
  /** Everything up to the last magnitude, scaled. */
  total: Dec
  /** The current group below that magnitude. */
  group: Dec
  /** Exponent of the last magnitude, -1 when none. */
  lastMag: number
  /** A Chinese digit waiting for its unit, -1 when none. */
  pendingDigit: number
  /** An Arabic literal waiting for its unit. */
  pendingLit: ArabicLit | null
  prevUnit: number
  prevFromMag: boolean
  /** A 零 filler was read in this group. */
  zero: boolean
  groupHas: boolean
  inFrac: boolean
  fracPlace: number
  lastPlace: number
  lastNZ: number
  prec: number
  scaled: boolean
  hasFrac: boolean
}

function newPositionalState(): PositionalState {
  return {
    total: ZERO,
    group: ZERO,
    lastMag: -1,
    pendingDigit: -1,
    pendingLit: null,
    prevUnit: -1,
    prevFromMag: false,
    zero: false,
    groupHas: false,
    inFrac: false,
    fracPlace: 0,
    lastPlace: 0,
    lastNZ: 0,
    prec: 0,
    scaled: false,
    hasFrac: false
  }
}

/** Add a pending digit or literal to the group; `elide` lets 三万五 mean 3.5万 (only at the end). */
function flushPending(state: PositionalState, elide: boolean): void {
  if (state.pendingLit !== null) {
    const lit = state.pendingLit
    state.group = decAdd(state.group, litDec(lit))
    state.lastPlace = litLast(lit)
    if (lit.int.replace(/0/g, '') !== '' || lit.frac.replace(/0/g, '') !== '') state.lastNZ = litLastNZ(lit)
    state.hasFrac = state.lastPlace < 0
    state.scaled = false
    state.pendingLit = null
    state.groupHas = true
  } else if (state.pendingDigit >= 0) {
    // 三万五, 一百二: a lone digit after a unit stands for the next lower place, but only at the end.
    const pend = state.pendingDigit
    const elided = elide && !state.zero && state.prevUnit > 1
    const place = elided ? state.prevUnit - 1 : 0
    state.group = decAdd(state.group, decShift(decFromInt(pend), place))
    state.lastPlace = place
    if (pend !== 0) state.lastNZ = place
    state.scaled = elided && state.prevFromMag
    if (state.scaled) state.prec = place
    state.hasFrac = false
    state.pendingDigit = -1
    state.groupHas = true
  }
}

/** A Chinese digit: a decimal place after a point, else a coefficient waiting for its unit. */
function stepDigit(state: PositionalState, tok: Token): boolean {
  if (state.inFrac) {
    state.fracPlace--
    state.group = decAdd(state.group, decShift(decFromInt(tok.value), state.fracPlace))
    state.lastPlace = state.fracPlace
    if (tok.value !== 0) state.lastNZ = state.fracPlace
    state.hasFrac = true
    state.groupHas = true
    return true
  }
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  if (tok.value === 0) state.zero = true
  else state.pendingDigit = tok.value
  return true
}

/** An Arabic literal: decimal digits after a point, else a coefficient waiting for its unit. */
function stepArabic(state: PositionalState, tok: Token): boolean {
  const lit = tok.lit!
  if (state.inFrac) {
    const len = lit.int.length
    state.group = decAdd(state.group, decShift(decFromDigits(lit.int, 0), state.fracPlace - len))
    state.fracPlace -= len
    state.lastPlace = state.fracPlace
    const nz = litLastNZ(lit)
    if (lit.int.replace(/0/g, '') !== '') state.lastNZ = state.fracPlace + nz
    state.hasFrac = true
    state.groupHas = true
    return true
  }
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  state.pendingLit = lit
  return true
}

/** 十 百 千: multiply the pending coefficient (1 when none) into the group. */
function stepUnit(state: PositionalState, tok: Token): boolean {
  if (state.inFrac) return false
  // 十百, 百百: a unit may not repeat or grow inside one group.
  if (state.prevUnit >= 0 && !state.prevFromMag && tok.value >= state.prevUnit) return false
  if (state.pendingLit !== null) {
    const lit = state.pendingLit
    state.group = decAdd(state.group, decShift(litDec(lit), tok.value))
    state.lastPlace = tok.value + litLast(lit)
    state.lastNZ = tok.value + litLastNZ(lit)
    state.pendingLit = null
  } else {
    const coef = state.pendingDigit >= 0 ? state.pendingDigit : 1
    state.group = decAdd(state.group, decShift(decFromInt(coef), tok.value))
    state.lastPlace = tok.value
    state.lastNZ = tok.value
    state.pendingDigit = -1
  }
  state.prevUnit = tok.value
  state.prevFromMag = false
  state.zero = false
  state.groupHas = true
  state.scaled = false
  state.hasFrac = false
  return true
}

/** 万 亿 兆 (and k, M): close the group and scale. */
function stepMagnitude(state: PositionalState, tok: Token): boolean {
  state.inFrac = false
  flushPending(state, false)
  const e = tok.value
  if (!state.groupHas) {
    if (state.lastMag < 0) return false
    // 万亿, 万万: a magnitude on a magnitude multiplies everything so far.
    state.total = decShift(state.total, e)
    state.lastMag += e
    state.lastPlace += e
    state.lastNZ += e
    state.prec += e
    state.scaled = true
    state.prevUnit = state.lastMag
    state.prevFromMag = true
    state.zero = false
    return true
  }
  if (state.lastMag >= 0 && e === state.lastMag) return false
  if (state.lastMag < 0 || e > state.lastMag) {
    state.total = decShift(decAdd(state.total, state.group), e)
  } else {
    state.total = decAdd(state.total, decShift(state.group, e))
  }
  state.lastMag = e
  state.lastPlace += e
  state.lastNZ += e
  state.prec = Math.min(state.lastPlace, e)
  state.scaled = true
  state.hasFrac = false
  state.group = ZERO
  state.groupHas = false
  state.prevUnit = e
  state.prevFromMag = true
  state.zero = false
  return true
}

/** 几 or 数: a leading coefficient before a unit or magnitude, or (几 only) a vague digit slot. */
function stepVagueDigit(state: PositionalState, toks: readonly Token[], count: number, index: number, reading: VagueReading): boolean {
  const tok = toks[index]!
  const next = index + 1 < count ? toks[index + 1]!.kind : -1
  const leading = !state.groupHas && state.pendingDigit < 0 && state.pendingLit === null && (next === UNIT || next === MAGNITUDE)
  if (leading) {
    state.pendingDigit = reading === 'base' ? 1 : reading === 'low' ? 2 : 10
    return true
  }
  if (tok.kind === SHU_LEAD) return false
  if (state.pendingDigit >= 0 || state.pendingLit !== null) return false
  const place = state.zero || state.prevUnit < 0 ? 0 : state.prevUnit - 1
  const slot = reading === 'base' ? 0 : reading === 'low' ? 1 : 10
  state.group = decAdd(state.group, decShift(decFromInt(slot), place))
  state.lastPlace = place
  state.groupHas = true
  return true
}

/** Apply token `index`; false when it cannot continue the numeral. */
function stepPositional(state: PositionalState, toks: readonly Token[], count: number, index: number, reading: VagueReading): boolean {
  const tok = toks[index]!
  switch (tok.kind) {
    case DIGIT:
      return stepDigit(state, tok)
    case ARABIC:
      return stepArabic(state, tok)
    case UNIT:
      return stepUnit(state, tok)
    case MAGNITUDE:
      return stepMagnitude(state, tok)
    case POINT:
      flushPending(state, true)
      // A point needs something before it; 零点五 has its 零.
      if (!state.groupHas && decIsZero(state.total) && !state.zero && index === 0) return false
      state.inFrac = true
      state.fracPlace = 0
      state.groupHas = true
      return true
    case JI_SLOT:
    case SHU_LEAD:
      return stepVagueDigit(state, toks, count, index, reading)
    case MORE_INSIDE:
      flushPending(state, false)
      if (!state.groupHas) return false
      if (reading === 'high') state.group = decAdd(state.group, decShift(decFromInt(1), state.lastNZ))
      return true
    default:
      return false
  }
}

/** Evaluate a positional numeral; returns the index of the first bad token on failure. */
export function evalPositional(toks: readonly Token[], count: number, reading: VagueReading): PosResult | number {
  const state = newPositionalState()
  for (let i = 0; i < count; i++) {
    if (!stepPositional(state, toks, count, i, reading)) return i
  }
  if (state.inFrac && state.fracPlace === 0) return count - 1
  flushPending(state, true)
  if (!state.groupHas && state.lastMag < 0) {
    // Only zeros: 零, 〇.
    return state.zero ? {value: ZERO, exact: true, prec: 0, lastNZ: 0, mag: -1} : 0
  }
  return {
    value: decAdd(state.total, state.group),
    exact: !state.scaled && !state.hasFrac,
    prec: state.hasFrac ? state.lastPlace : state.prec,
    lastNZ: state.lastNZ,
    mag: state.lastMag
  }
}
