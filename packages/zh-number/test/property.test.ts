import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {findQuantities, parseNumber, type Quantity} from '@jiaodui/zh-number'

interface Style {
  digits: readonly string[]
  units: readonly [string, string, string] // 十 百 千
  wan: string
  yi: string
  /** 两 for a leading 2 before 百/千/万/亿 (never before 十, never as the last digit). */
  liang: string | null
  zero: string
  /** Write 十X instead of 一十X at the very start. */
  shortTen: boolean
  /** 10^12 section written X万亿 (else X万Y亿 when the 亿 section is non-zero). */
  wanYi: boolean
}

const SIMPLE = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const FIN_S = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
const FIN_T = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖']

const styleArb: fc.Arbitrary<Style> = fc.record({
  digits: fc.constantFrom(SIMPLE, FIN_S, FIN_T),
  units: fc.constantFrom<[string, string, string]>(['十', '百', '千'], ['拾', '佰', '仟']),
  wan: fc.constantFrom('万', '萬'),
  yi: fc.constantFrom('亿', '億'),
  liang: fc.constantFrom(null, '两', '兩'),
  zero: fc.constantFrom('零', '〇'),
  shortTen: fc.boolean(),
  wanYi: fc.boolean()
})

/** Render 1..9999 with 零 for internal gaps; `leading` is true for the first section written. */
function section(v: number, s: Style, leading: boolean): string {
  const d = [Math.floor(v / 1000) % 10, Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10]
  const unitFor = [s.units[2], s.units[1], s.units[0], '']
  let out = ''
  let pendingZero = false
  let started = false
  for (let k = 0; k < 4; k++) {
    const digit = d[k]!
    if (digit === 0) {
      if (started) pendingZero = true
      continue
    }
    if (pendingZero) out += s.zero
    pendingZero = false
    let word = s.digits[digit]!
    if (digit === 2 && s.liang !== null && (k === 0 || k === 1) && !started) word = s.liang
    if (digit === 1 && k === 2 && !started && leading && s.shortTen) word = ''
    out += word + unitFor[k]!
    started = true
  }
  return out
}

/** Render a non-negative integer below 10^16 as a Chinese numeral. */
function render(n: bigint, s: Style): string {
  if (n === 0n) return s.digits[0]!
  const sec = [n % 10000n, (n / 10000n) % 10000n, (n / 100000000n) % 10000n, n / 1000000000000n].map(Number)
  const names = ['', s.wan, s.yi, '']
  let out = ''
  let gap = false
  let yiDone = false
  for (let k = 3; k >= 0; k--) {
    const v = sec[k]!
    if (k === 2 && yiDone) continue
    if (v === 0) {
      if (out !== '') gap = true
      continue
    }
    if (out !== '' && (gap || v < 1000)) out += s.zero
    gap = false
    const body = section(v, s, out === '')
    if (k === 3) {
      // The 10^12 section: X万亿 when the 亿 section is empty, else X万 followed by the 亿 section.
      out += body + (s.wanYi || sec[2] === 0 ? s.wan + s.yi : s.wan)
      if (!s.wanYi && sec[2] !== 0) {
        const y = sec[2]!
        out += (y < 1000 ? s.zero : '') + section(y, s, false) + s.yi
        yiDone = true
      }
      continue
    }
    out += body + names[k]!
  }
  return out
}

const bigIntBelow = (max: bigint): fc.Arbitrary<bigint> => fc.bigInt({min: 0n, max: max - 1n})
/** Biased towards numbers with zeros in them, where 零 rules bite. */
const sparse: fc.Arbitrary<bigint> = fc
  .array(fc.tuple(fc.integer({min: 0, max: 15}), fc.integer({min: 1, max: 9})), {minLength: 1, maxLength: 5})
  .map((parts) => parts.reduce((acc, [p, d]) => acc + BigInt(d) * 10n ** BigInt(p), 0n))
  .filter((v) => v < 10n ** 16n)

describe('Chinese numerals round-trip', () => {
  test('random integers below 10^16 parse back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(bigIntBelow(10n ** 16n), bigIntBelow(100000n), sparse), styleArb, (n, style) => {
        const text = render(n, style)
        const parsed = parseNumber(text)
        expect(parsed, text).not.toBeNull()
        // Number(bigint) is the correctly rounded double, exact below 2^53.
        expect(parsed!.value, text).toBe(Number(n))
        const found = findQuantities(text)
        expect(found.length, text).toBe(1)
        expect(found[0]!.text).toBe(text)
      }),
      {numRuns: 3000}
    )
  })

  test('renderer sanity', () => {
    const s: Style = {digits: SIMPLE, units: ['十', '百', '千'], wan: '万', yi: '亿', liang: null, zero: '零', shortTen: true, wanYi: false}
    expect(render(10010n, s)).toBe('一万零一十')
    expect(render(1001n, s)).toBe('一千零一')
    expect(render(100000001n, s)).toBe('一亿零一')
    expect(render(15n, s)).toBe('十五')
    expect(render(1234567812345678n, s)).toBe('一千二百三十四万五千六百七十八亿一千二百三十四万五千六百七十八')
    expect(render(2000000000000n, {...s, wanYi: true})).toBe('二万亿')
  })

  test('Arabic integers with grouping parse back', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: Number.MAX_SAFE_INTEGER}), fc.boolean(), (n, grouped) => {
        const text = grouped ? n.toLocaleString('en-US') : String(n)
        expect(parseNumber(text)?.value, text).toBe(n)
      })
    )
  })
})

function checkInvariants(text: string, qs: readonly Quantity[]): void {
  let prevEnd = 0
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.start).toBeLessThan(q.end)
    expect(q.start).toBeGreaterThanOrEqual(prevEnd)
    expect(q.numStart).toBeGreaterThanOrEqual(q.start)
    expect(q.numEnd).toBeLessThanOrEqual(q.end)
    if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high)
    // JSON-serialisable: no Infinity or NaN anywhere.
    expect(JSON.parse(JSON.stringify(q))).toEqual(q)
    prevEnd = q.end
  }
}

const NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅点點几幾数多余餘来近约超逾第负負半分之又成折个名户元年月日号时%％‰.,，:：-－~至到 0123456789０１２３４５６７８９'

describe('findQuantities robustness', () => {
  test('offsets slice back to text, results ordered and JSON-safe (numeral-heavy strings)', () => {
    const chars = [...NUMERAL_CHARS]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), {maxLength: 40}).map((a) => a.join('')), (text) => {
        checkInvariants(text, findQuantities(text))
      }),
      {numRuns: 3000}
    )
  })

  test('counterexamples found by earlier runs keep their invariants', () => {
    // (`近负1~1折`: 近 before a negative range gave an interval whose low was above its high.)
    for (const text of ['近负1~1折', '近负10', '将近负3至2成']) checkInvariants(text, findQuantities(text))
  })

  test('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 60}), (codes) => {
        const text = String.fromCharCode(...codes)
        checkInvariants(text, findQuantities(text))
        parseNumber(text)
      }),
      {numRuns: 2000}
    )
  })

  test('never throws on unicode strings mixed with numerals', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({unit: 'grapheme', maxLength: 3}), fc.constantFrom(...NUMERAL_CHARS)), {maxLength: 30}), (parts) => {
        const text = parts.join('')
        checkInvariants(text, findQuantities(text))
      }),
      {numRuns: 1000}
    )
  })
})
