/**
 * `findQuantities`: one left-to-right pass over the text. Characters that
 * cannot start a quantity cost one typed-array read; at a candidate the
 * numeral is scanned, then what follows it (fraction, unit, date parts,
 * approximation and bound words, the counted noun) and a few structural
 * checks decide whether it is a quantity, a name or an idiom.
 */

import {AR_DIGIT, isHanzi, isLatin, skipSpaces, TRIGGER, ZH_DIGIT, ZH_MAG, ZH_UNIT} from './chars.js'
import {CURRENCY_SYMBOLS} from './lexicon.js'
import {bareMagnitude, type Numeral, scanNumeral, scanStop} from './numeral.js'
import type {FindOptions, Quantity} from './types.js'
import {type ScanContext, isWhole, makeQuantity} from './context.js'
import {BARE_OK, CURRENCY_FIRST, currencyAt, excludedAt, LATIN_UNITS, PLACE_BLOCK, PLACE_TAIL, type Prefix, prefixBefore, unitAt} from './words.js'
import {afterUnit, readTail, type Tail} from './tail.js'
import {buildQuantity} from './build.js'
import {inSlogan, isBareYearForm, isEnumerator, isPairedSetPhrase, isSchoolYear, notAnAmount, notAnAmountWithUnit} from './not-amounts.js'
import {currencyName, half, order, ordinal, ordinalFrom, percentOf, spacedDiscount, symbolMoney} from './special-forms.js'
import {calendar, isDaysCount, isoDate} from './calendar.js'
import {fraction} from './fraction.js'
import {inputEnd, inputStart, withoutInlineTags} from './inline-tags.js'
import {ratioAt} from './ratio.js'
import {rangeAfter} from './range.js'

/**
 * Find every quantity mention in `text`: counts, money, percentages, ranges,
 * dates, times, durations, ordinals, each with its interval, unit and noun.
 */
export function findQuantities(text: string, options: FindOptions = {}): Quantity[] {
  const view = withoutInlineTags(text)
  if (view === undefined) return findIn(text, options)
  // Read without the inline tags that split its numbers; offsets and texts are the input's.
  return findIn(view.text, options).map((q) => {
    const start = inputStart(view, q.start)
    const end = inputEnd(view, q.end)
    return {...q, start, end, text: text.slice(start, end), numStart: inputStart(view, q.numStart), numEnd: inputEnd(view, q.numEnd)}
  })
}

/** `findQuantities` on a text read as it is. */
function findIn(text: string, options: FindOptions): Quantity[] {
  const n = text.length
  let wsStart = 0
  while (wsStart < n && /\s/.test(text[wsStart]!)) wsStart++
  let wsEnd = n
  while (wsEnd > wsStart && /\s/.test(text[wsEnd - 1]!)) wsEnd--
  const ctx: ScanContext = {text, n, out: [], lastEnd: 0, skip: 0, wsStart, wsEnd, opts: options}
  const names = options.currencyNames === true
  const addresses = addressSpans(text)
  let address = 0
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (TRIGGER[c] === 0 && !(names && (CURRENCY_FIRST[c] === 1 || c === 0x5143))) {
      i++
      continue
    }
    // (Digits of a web address, a percent-escape or a file name are never quantities: passed whole.)
    while (address < addresses.length && (addresses[address] as [number, number])[1] <= i) address++
    if (address < addresses.length && (addresses[address] as [number, number])[0] <= i) {
      i = (addresses[address] as [number, number])[1]
      continue
    }
    ctx.skip = i + 1
    const q = TRIGGER[c] === 1 ? matchAt(ctx, i) : currencyName(ctx, i)
    if (q === null) {
      i = Math.max(ctx.skip, i + 1)
      continue
    }
    ctx.out.push(q)
    ctx.lastEnd = q.end
    i = q.end
  }
  return ctx.out
}

/**
 * A web address (`https://…`, `www.…`, up to a space, a hanzi or a full-width mark), a run of
 * percent-escapes and the letters and digits glued after it (`%E9%92%9F`: an address's hanzi, each
 * byte two hex digits), and a file name with
 * an extension of the web (`01.png`, `index.html`): the digits inside are parts of names.
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u3400-\u9fff\uff01-\uff65“”‘’<>()（）\[\]]+|(?:%[0-9A-Fa-f]{2}){2,}[\w-]*|\b[\w-]+\.(?:png|jpe?g|gif|webp|svg|bmp|pdf|html?|shtml|php|aspx?|jsp)\b/g

/** Sorted, disjoint spans of `ADDRESS` in `text` (one pass; none at all in most articles). */
function addressSpans(text: string): Array<[number, number]> {
  // (Cheap test first: most texts hold no `/`, `%` or `.` before letters.)
  if (!/[/%.]/.test(text)) return []
  const spans: Array<[number, number]> = []
  for (const m of text.matchAll(ADDRESS)) spans.push([m.index, m.index + m[0].length])
  return spans
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
}

/**
 * The end of an identifier of letters and digits from `at`, through a point between digits
 * (`PM2.5`, `v2.1.3`: the `.5` is part of the name, not a number of its own).
 */
function alnumEnd(text: string, at: number): number {
  const inName = (code: number) => isAsciiAlnum(code) || AR_DIGIT[code]! >= 0 || isLatin(code)
  for (;;) {
    while (at < text.length && inName(text.charCodeAt(at))) at++
    if (!(text.charCodeAt(at) === 0x2e && AR_DIGIT[text.charCodeAt(at - 1)]! >= 0 && AR_DIGIT[text.charCodeAt(at + 1)]! >= 0)) return at
    at++
  }
}

function matchAt(ctx: ScanContext, at: number): Quantity | null {
  const {text, n} = ctx
  const c = text.charCodeAt(at)
  const prev = at > 0 ? text.charCodeAt(at - 1) : -1
  if ((AR_DIGIT[c]! >= 0 || c === 0x2e) && prev >= 0 && (isLatin(prev) || prev === 0x5f || (c === 0x2e && (AR_DIGIT[prev]! >= 0 || prev === 0x2e)))) {
    // Digits glued to letters are identifiers (4G, A2021…, H7N9, No.1).
    ctx.skip = alnumEnd(text, at)
    return null
  }
  if (c === 0x2e && !(at + 1 < n && AR_DIGIT[text.charCodeAt(at + 1)]! >= 0)) return null
  const ex = excludedAt(text, at, ctx.lastEnd)
  if (ex > at) {
    ctx.skip = ex
    return null
  }
  if (ctx.listOrdinals?.delete(at) === true) {
    // A number listed after `第N、` (see markOrdinalList): an ordinal, as its own reading has it
    // already before some words (`第19、20号公告`), or read as one.
    const own = matchAt(ctx, at)
    if (own !== null && own.kind === 'ordinal') return own
    ctx.skip = at + 1
    return ordinalFrom(ctx, at, at)
  }
  switch (c) {
    case 0x7b2c: // 第
      return ordinal(ctx, at)
    case 0x534a: // 半
      return half(ctx, at)
    case 0x5bf9:
    case 0x5c0d: // 对 對: 打对折
      if (prev === 0x6253 && text.charCodeAt(at + 1) === 0x6298) {
        return makeQuantity(ctx, at, at + 2, at, at + 2, 50, {low: 50, high: 50, lowInclusive: true, highInclusive: true, approx: false}, 'percent', '折')
      }
      return null
    default:
      break
  }
  if (CURRENCY_SYMBOLS[text[at]!] !== undefined) return symbolMoney(ctx, at)
  if (ZH_UNIT[c]! >= 1 || ZH_MAG[c]! === 4) {
    const pct = percentOf(ctx, at)
    if (pct !== undefined) return pct
  }
  if ((ZH_MAG[c]! >= 4 || ZH_UNIT[c]! >= 2) && (prev === 0x4e0a) && !(ZH_DIGIT[text.charCodeAt(at + 1)]! >= 0)) {
    return order(ctx, at)
  }
  if (AR_DIGIT[c]! >= 0) {
    const d = isoDate(ctx, at)
    if (d !== null) return d
  }
  return fromNumeral(ctx, at)
}

/** Digits glued to letters after them (4G, 5G, 3D) are an identifier unless a Latin unit follows (5km). */
function gluedToLetters(ctx: ScanContext, num: Numeral): boolean {
  const {text, n} = ctx
  if (!(num.end < n && num.hasArabic && isLatin(text.charCodeAt(num.end)))) return false
  const w = LATIN_UNITS.find(([u]) => text.startsWith(u, num.end) && !(num.end + u.length < n && isLatin(text.charCodeAt(num.end + u.length))))
  return w === undefined
}

/**
 * Readings decided by the numeral and what comes right after it, before any unit: enumerators,
 * labels, spaced discounts, lone ambiguous financial forms, dates and times, fractions, ratios.
 * `null` drops the numeral, a quantity is the answer, `undefined` goes on to the unit.
 */
function readWithoutTail(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text, n} = ctx
  if (isEnumerator(ctx, num)) return null
  const label = notAnAmount(ctx, num)
  if (label !== undefined) return label
  const tens = spacedDiscount(ctx, num)
  if (tens !== null) return tens
  if (num.ambiguousOnly && !isWhole(ctx, num.start, num.end)) {
    // 入伍, 大陆, 收拾: a lone 伍/陆/拾/肆 is a number only before a currency unit (伍元) or 分之.
    const k = skipSpaces(text, num.end, n)
    if (currencyAt(ctx, k) === null && text[k] !== '角' && !(text[k] === '分' && text[k + 1] === '之')) return null
  }
  const cal = calendar(ctx, num)
  if (cal !== undefined) return cal
  const frac = fraction(ctx, num)
  if (frac !== undefined) return frac
  const ratio = ratioAt(ctx, num)
  if (ratio !== null) return ratio
  return undefined
}

/**
 * Two adjacent digits: a range before a unit (七八个, 一两天, 七八成), a digit string before 折
 * (七八折). Turns `num` into the range; false when no unit follows (the numeral is dropped).
 */
function pairAsRange(ctx: ScanContext, num: Numeral): boolean {
  const {text, n} = ctx
  if (!(num.pair && num.range === undefined && text[skipSpaces(text, num.end, n)] !== '折')) return true
  const a = Math.floor(num.value / 10)
  const b = num.value % 10
  num.range = {lo: {...num, value: a}, hi: {...num, value: b}}
  num.vague = true
  num.vagueLow = a
  num.vagueHigh = b
  num.value = a
  return readTail(ctx, num, false).hasUnit
}

/**
 * Outcomes that 零 before them counts as none (`零增长`, `零確診`, `零死亡`), and acts that did not
 * happen (`零諮詢`, `零公布`, `零議價`, `零投訴`: none of them, as `零確診` is).
 */
const ZERO_OF = /^(?:增长|增長|确诊|確診|感染|死亡|伤亡|傷亡|个案|個案|病例|事故|失误|失誤|关税|關稅|通胀|通脹|諮詢|咨询|公布|議價|议价|投訴|投诉|回應|回应|接觸|接触|排放)/

/**
 * A bare Chinese numeral glued to a word that it counts all the same: the start of a range with 至, a streak (`十连阳`, `三連勝`,
 * `六连跌`: as `11连阳` is read; not `一连串`, `一連三天`, which are words, nor the town `二连浩特`), and
 * `零` before an outcome (`零增长`, `零確診`: none of it, as `0增长` is read).
 */
function countsWhatFollows(text: string, num: Numeral, at: number): boolean {
  // The start of a range (`三至五年`, `一至兩個鐘`), as `3至5年` and `三到五年` are read.
  if (text[at] === '至') return ZH_DIGIT[text.charCodeAt(at + 1)]! >= 0 || ZH_UNIT[text.charCodeAt(at + 1)]! >= 0
  if (/^[连連]/.test(text.slice(at, at + 1))) return num.value >= 2 && isHanzi(text.charCodeAt(at + 1)) && !/^[连連]浩特/.test(text.slice(at, at + 3))
  // A digit with a magnitude of a thousand or more (`两千志愿者`, `五千万敬老院`, `两万亿利润`): an amount,
  // which no name is built on; the idioms (`十万火急`, `八千里路`) are in the lexicon.
  // (Not before 大關/关口, a threshold passed: `突破一千大關至1287宗` is read for the figure after it.)
  if (num.value >= 1000 && ZH_DIGIT[text.charCodeAt(num.bodyStart)]! > 0 && LARGE_UNIT.test(text.slice(num.bodyStart, num.end)) && !THRESHOLD_WORD.test(text.slice(at, at + 2))) return true
  // Two to ten glued to a word for people (`兩男`, `三女`, `两少年`, `兩死者`, `三男女`) or for moves
  // (`自救三招`, `四招降噪`): headlines drop the classifier (名, 個) and the count stays.
  // Not 一 (`一男子`, `一子` read as "a", and `一X一Y` phrases), nor 二 (`二女儿`, `二子`: the second
  // child), nor a numeral of several characters; not a bare 子, which names groups (`學聯五子`, `佔中三子`)
  // and games (`五子棋`).
  if (/^[两兩三四五六七八九十]$/.test(text.slice(num.bodyStart, num.end)) && PEOPLE_OR_MOVES.test(text.slice(at, at + 3))) return true
  // Two glued to children, units of government, charges, buildings, stages, specifications, posts (`兩子在旁`,
  // `支持兩縣`, `兩罪同期執行`, `两塔`, `分兩階段`): counted as `兩男` is. Only 两/兩: other digits before
  // 子 or 区 name groups and policies (`佔中三子`, `三区三州`).
  // Units of government not after a list of their names that it sums up (`娄烦、阳曲两县`): the list names
  // them, and the claims read a figure after it with its metric (`…两县拨付党费215.6万元`).
  if (/^[两兩]$/.test(text.slice(num.bodyStart, num.end)) && TWO_OF.test(text.slice(at, at + 2))) {
    return !(/^[縣县省區区鎮镇]/.test(text[at]!) && /、[^，,。；;：:、\n]{1,6}$/.test(text.slice(Math.max(0, num.start - 8), num.start)))
  }
  return text.slice(num.bodyStart, num.end) === '零' && ZERO_OF.test(text.slice(at, at + 2))
}
/** Words for people or for moves that a headline counts without a classifier (`兩男`, `两少年`, `三招`). */
const PEOPLE_OR_MOVES = /^(?:男女|男子|女子|少年|少女|死者|傷者|伤者|幼子|子女|兒子|儿子|女星|男星|旁觀者|旁观者|[男女招])/
/** What a glued 两/兩 counts besides people: children, units of government, charges, buildings, stages, specifications, posts. */
const TWO_OF = /^(?:子|縣|县|省|區|区|鎮|镇|罪|塔|街市|階段|阶段|規格|规格|貼文|帖文)/
/** 千 or a larger magnitude inside a numeral. */
const LARGE_UNIT = /[千万萬亿億]/
/** A threshold named after a round number (`一千大關`, `万亿关口`). */
const THRESHOLD_WORD = /^(?:大关|大關|关口|關口)/

/**
 * A Chinese numeral that is part of a name, a word or a slogan rather than an amount: unclear
 * digit strings, bare 百/千, numerals glued to a following character (十九大, 一举), place names
 * (三道岭, 五台山), slogans (“两学一做”).
 */
function isNameOrWord(ctx: ScanContext, num: Numeral, tail: Tail, pre: Prefix | null): boolean {
  const {text, n} = ctx
  // Chinese digit strings are numbers only when clearly so (二〇一七, 零零三, 一二点三零, whole input).
  if (num.digitSeq && num.range === undefined && !num.hasArabic) {
    if (num.digits === undefined) return true
    const digits = num.digits ?? ''
    const ok =
      digits.length >= 3 || digits.includes('0') || digits.includes('.') || text.slice(num.bodyStart, num.end).includes('幺') ||
      tail.discount || isWhole(ctx, num.start, num.end)
    if (!ok) return true
  }
  // An approximation before a bare round number makes it an amount (`近百萬積蓄`, as `近千人`), and
  // so do a bound passed (`突破一千大關`, `超過千億，`) and a word of worth (`身家千億`, `耗百萬積蓄`).
  const bounded =
    (pre !== null && (pre.code === 'about' || pre.code === 'near')) ||
    (num.bareUnit && inSpendOffer(text, num.start, num.end)) ||
    roundPastBound(ctx, num, pre) ||
    roundBeforeNoun(ctx, num)
  if (num.bareUnit && !tail.hasUnit && !isWhole(ctx, num.start, num.end) && !bounded) {
    const bu = text.charCodeAt(num.bodyStart)
    if (ZH_UNIT[bu]! >= 2) return true
  }
  if (!num.hasChinese || num.hasArabic) return false
  // Bare Chinese numerals glued to a following character are names or words (十九大, 十八洞村, 一举).
  if (!tail.hasUnit && !tail.more && tail.suffix === null) {
    const nextIdx = tail.end
    const next = nextIdx < n ? text.charCodeAt(nextIdx) : -1
    const dangling = next === 0x5206 && text.charCodeAt(nextIdx + 1) === 0x4e4b
    if (next >= 0 && isHanzi(next) && BARE_OK[next] !== 1 && !dangling && !isWhole(ctx, num.start, num.end) && !countsWhatFollows(text, num, nextIdx)) {
      if (!bounded) return true
    }
  }
  // Place names: 三道岭, 五台山 (numeral + one character + a place tail).
  if (tail.hasUnit && tail.kind === 'count' && tail.unit !== null) {
    const u = skipSpaces(text, tail.numEnd, n)
    const uc = text.charCodeAt(u)
    if (tail.end === u + 1 && PLACE_BLOCK[uc] !== 1 && tail.end < n && PLACE_TAIL[text.charCodeAt(tail.end)] === 1) return true
  }
  if (inSlogan(ctx, num.start, tail.end)) {
    ctx.skip = tail.end
    return true
  }
  return false
}

/** What after 千万/千萬 makes it the adverb "by all means" (`千万不要`, `千萬別`, `千万记住`, `千萬小心`). */
const ADVERB_AFTER = /^(?:[不别別要莫勿记記得可注保小])/
/** Words of a class that a round amount names before them (`千万级`, `万元户`, `百万富翁`, `千亿阵营`, a prize `千萬獎`). */
const CLASS_AFTER = /^(?:[级級户戶奖獎]|大奖|大獎|特别奖|特別獎|中奖|中獎|富翁|富豪|阵营|陣營|俱乐部|俱樂部|身家)/

/**
 * A round amount of two magnitudes, `百万`, `千萬`, `百亿`, `千億`, before the noun it counts (`百万牲畜`,
 * `千万网友`, `晒千万婚戒`, `百億案量`) or before 的 (`销量千万的机皇`): an amount, which no other word
 * is built on, unlike one magnitude alone (`百姓`, `千金`, `万一`). Not the adverb `千万不要`, not before a
 * word of class (`千万级`, `百万富翁`, a prize named by its amount `千萬獎`), not after another numeral, a digit or a slash.
 */
function roundBeforeNoun(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!num.bareUnit || num.hasArabic || num.end - num.start !== 2 || !/^[百千][万萬亿億]$/.test(text.slice(num.start, num.end))) return false
  const prev = num.start > 0 ? text.charCodeAt(num.start - 1) : -1
  // (After a slash it opens a unit of measure: `美元/百万英热单位`.)
  if (prev >= 0 && (AR_DIGIT[prev]! >= 0 || ZH_DIGIT[prev]! >= 0 || ZH_UNIT[prev]! >= 0 || ZH_MAG[prev]! >= 0 || /[几幾数數多余餘每/／]/.test(text[num.start - 1]!))) return false
  const after = text.slice(num.end, num.end + 3)
  if (!isHanzi(text.charCodeAt(num.end)) || CLASS_AFTER.test(after)) return false
  return !(/^[千][万萬]$/.test(text.slice(num.start, num.end)) && ADVERB_AFTER.test(after))
}

/** A word of worth or of spending before a round number (`身家千億`, `耗百萬積蓄`). */
const WORTH_BEFORE = /(?:身家|身價|身价|耗資|耗资|耗)$/
/** What may follow a round number past a bound: a clause's end or a word of a threshold (`大關`). */
const THRESHOLD_CLOSES = /^(?:$|[\s，。、；：！？,.;:!?）)」』”]|大關|大关|關口|关口)/

/**
 * Whether a bare round numeral (`千億`, `百萬`) is an amount by what is around it: a bound passed
 * before it and a clause's end or a threshold after it (`超過千億，`), or a word of worth before it
 * (`身家千億的`).
 */
function roundPastBound(ctx: ScanContext, num: Numeral, pre: Prefix | null): boolean {
  const {text} = ctx
  // Not `一千` (`突破一千大關至1287宗`): the claims then read the figure after it without its metric.
  if (!num.hasChinese || num.hasArabic || !/^[百千万萬亿億]+$/.test(text.slice(num.bodyStart, num.end))) return false
  const before = text.slice(Math.max(0, num.start - 2), num.start)
  if (WORTH_BEFORE.test(before)) return true
  // 逾 is only "over" (`逾億投資`); 過/破 before a clause's end (`升至過千萬，`) pass a bound as 超過 does.
  if (/逾$/.test(before) && !num.hasArabic) return true
  const closes = THRESHOLD_CLOSES.test(text.slice(num.end, num.end + 2))
  return closes && ((pre !== null && (pre.code === 'gt' || pre.code === 'ge')) || /[過过破]$/.test(before))
}

/** What may follow the currency of a magnitude alone for it to be an amount: a clause's end, a bound, 有找. */
const AMOUNT_CLOSES = /^(?:$|[\s，。、；：！？,.;:!?）)」』”]|以上|以下|左右|以內|以内|有找|上下|之多|大關|大关|關口|关口)/

/**
 * A magnitude alone right before a currency (`萬元有找`, `突破万亿元，`): one of it, as `千元` and
 * `百萬元` are read. Not after another numeral (read with it), not as a column's unit (`单位万元`),
 * and not before a noun, where the round amount names a class (`万元户`, `万亿元市值阵营`).
 */
function magnitudeBeforeMoney(ctx: ScanContext, at: number): Numeral | null {
  const {text} = ctx
  const prev = at > 0 ? text.charCodeAt(at - 1) : -1
  if (prev >= 0 && (AR_DIGIT[prev]! >= 0 || ZH_DIGIT[prev]! >= 0 || ZH_UNIT[prev]! >= 0 || ZH_MAG[prev]! >= 0)) return null
  if (/(?:单位|單位)\s*[：:]?\s*$/.test(text.slice(Math.max(0, at - 4), at))) return null
  const num = bareMagnitude(text, at)
  if (num === null) return null
  // A column's unit between brackets, alone (`(亿元)`, `（萬元）` in a table's header): no amount.
  if (prev === 0x28 || prev === 0xff08) {
    const unit = currencyAt(ctx, num.end)
    if (unit !== null && (text[unit.end] === ')' || text[unit.end] === '）')) return null
  }
  // The threshold of a shop's offer (`滿萬送千`, `满万减千`): spend ten thousand, get a thousand.
  if (inSpendOffer(text, num.start, num.end)) return num
  // `萬餘元`, `万多元`: more than one of it, never the name of a class.
  const more = /^[餘余多]/.test(text.slice(num.end, num.end + 1)) ? 1 : 0
  const currency = currencyAt(ctx, num.end + more)
  // `超過萬億，`, `突破万亿大关`: a bound passed, with no currency.
  // `探明万亿方页岩气`, `万亿吨`: 万亿 before a unit is an amount (no word starts with 万亿, unlike `万一`).
  if (currency === null) return more === 0 && (pastBound(text, at, num.end) || nearWithUnit(ctx, at, num.end) || (num.end - num.start === 2 && unitAt(ctx, num.end) !== null)) ? num : null
  return more === 1 || AMOUNT_CLOSES.test(text.slice(currency.end, currency.end + 2)) ? num : null
}

/** `超過萬億，`, `突破万亿大关`: a bound passed before a bare magnitude, and a clause's end or a threshold after it. */
function pastBound(text: string, at: number, end: number): boolean {
  return /(?:突破|超过|超過|逾)$/.test(text.slice(Math.max(0, at - 2), at)) && THRESHOLD_CLOSES.test(text.slice(end, end + 2))
}

/**
 * `近万张订单`, `超萬人`, `破億次`: an approximation or a bound before a bare magnitude with a classifier or a
 * measure after it (as `近千人` is read); after 逾 (`逾億投資`), whatever follows, 逾 being only "over".
 * Not `附近万达` (近 of a word, and no classifier).
 */
function nearWithUnit(ctx: ScanContext, at: number, end: number): boolean {
  const {text} = ctx
  const before = text.slice(Math.max(0, at - 2), at)
  if (/逾$/.test(before)) return isHanzi(text.charCodeAt(end)) && ZH_MAG[text.charCodeAt(end)]! < 0
  if (!/(?:^|[^附])近$|[超破]$/.test(before)) return false
  const unit = unitAt(ctx, end)
  return unit !== null && unit.role === 'count'
}

/**
 * A round amount of a shop's offer (`滿萬送千`, `满千减百`, `滿萬折千`): after 滿 and before a word of
 * giving or taking off, or that word's object. Bare 萬/千/百 are amounts of money there.
 */
function inSpendOffer(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start)
  if (/[滿满]$/.test(before) && /^[送折減减贈赠回]/.test(text.slice(end, end + 1))) return true
  return /[滿满][萬万千百][送折減减贈赠]$/.test(before)
}

/** A day of the month listed right before another that carries its 日 or 号 (`13和14日`, `12、13號`). */
const DAY_LISTED_BEFORE = /^\s*[和及、与與]\s*(?:[1-9]|[12]\d|3[01])\s*[日号號](?![元圓币幣])/
/** A month listed right before another that carries its 月 (`10和11月的失業率`, `1、2月`). */
const MONTH_LISTED_BEFORE = /^\s*[和及、与與]\s*(?:[1-9]|1[0-2])\s*月(?![份]?[內内]?[0-9])/
/** A factor of a product (`4×100米接力`, `3x3篮球`): a number before a multiplication sign and another number counts nothing. */
const FACTOR_BEFORE = /^\s*[×xX＊*]\s*\d/

/** A numeral read from `at` with its unit, noun and qualifiers; null when it is not a quantity here. */
function fromNumeral(ctx: ScanContext, at: number): Quantity | null {
  const {text, n} = ctx
  const num = scanNumeral(text, at, n) ?? magnitudeBeforeMoney(ctx, at)
  if (num === null) {
    if (scanStop > at) ctx.skip = scanStop
    return null
  }
  ctx.skip = num.end
  if (gluedToLetters(ctx, num)) {
    ctx.skip = alnumEnd(text, num.end)
    return null
  }
  // (`本月13和14日`, `12、13號`: a day listed before the day that carries 日 is a day too, no count.)
  if (num.hasArabic && !num.hasChinese && num.value >= 1 && num.value <= 31 && num.start === num.bodyStart && DAY_LISTED_BEFORE.test(text.slice(num.end, num.end + 8))) return null
  // (`10和11月`: likewise a month listed before the month that carries 月.)
  if (num.hasArabic && !num.hasChinese && num.value >= 1 && num.value <= 12 && num.start === num.bodyStart && MONTH_LISTED_BEFORE.test(text.slice(num.end, num.end + 8))) return null
  // (`4×100米接力`: the factors of a product name an event, they count nothing.)
  if (num.hasArabic && num.start === num.bodyStart && FACTOR_BEFORE.test(text.slice(num.end, num.end + 4))) return null
  const early = readWithoutTail(ctx, num)
  if (early !== undefined) return early
  if (!pairAsRange(ctx, num)) return null
  let tail = readTail(ctx, num, false)
  const pre = prefixBefore(ctx, num.start)
  if (isNameOrWord(ctx, num, tail, pre)) return null
  if (notAnAmountWithUnit(ctx, num, tail) || isSchoolYear(ctx, num, tail)) {
    ctx.skip = tail.end
    return null
  }
  if (isPairedSetPhrase(ctx, num, tail)) return null
  // 年 after a number that is not a year is a duration (3年, 94年来).
  if (!tail.hasUnit && text.charCodeAt(skipSpaces(text, tail.numEnd, n)) === 0x5e74) {
    const u = skipSpaces(text, tail.numEnd, n)
    tail.kind = 'duration'
    tail.unit = '年'
    tail.role = 'duration'
    tail = afterUnit(ctx, tail, u + 1)
  }
  // (`港股連升4日`, `10日遊`: days, which the calendar left to be read here.)
  if (!tail.hasUnit && text.charCodeAt(tail.numEnd) === 0x65e5 && isDaysCount(text, num.start, num.bodyStart, tail.numEnd)) {
    tail.kind = 'duration'
    tail.unit = '日'
    tail.role = 'duration'
    tail = afterUnit(ctx, tail, tail.numEnd + 1)
  }
  const range = rangeAfter(ctx, num, tail, pre)
  if (range !== null) return range
  // A bare number of the form of a year with nothing counted after it (`2019⏎2020`, `2024 SDIA`).
  if (!tail.hasUnit && pre === null && isBareYearForm(ctx, num)) return null
  return buildQuantity(ctx, num, tail, pre, num.start)
}
