/**
 * Numerals that are not amounts: list enumerators, slogans, labels, link parts,
 * phone numbers, game clocks (issue 18 of the README's "Not amounts").
 */

import {AR_DIGIT, isHanzi, isInlineSpace, skipSpaces, ZH_DIGIT, ZH_MAG, ZH_UNIT} from './chars.js'
import type {Numeral} from './numeral.js'
import type {Tail} from './tail.js'
import type {Quantity} from './types.js'
import {type ScanContext, isTraditional, isWhole, makeQuantity} from './context.js'
import {currencyAt, unitAt} from './words.js'
import {dateQuantity} from './calendar.js'
import {craftOrLineName, reference} from './references.js'

const QUOTE_OPEN = '“「『‘"《'
const QUOTE_CLOSE = '”」』’"》'

/** A numeral inside a short quoted slogan (“两学一做”, “三农”). */
export function inSlogan(ctx: ScanContext, start: number, end: number): boolean {
  const {text, n} = ctx
  let a = start - 1
  while (a >= 0 && start - a <= 12 && isHanzi(text.charCodeAt(a))) a--
  if (a < 0 || !QUOTE_OPEN.includes(text[a]!)) return false
  let b = end
  while (b < n && b - end <= 12 && isHanzi(text.charCodeAt(b))) b++
  if (b >= n || !QUOTE_CLOSE.includes(text[b]!)) return false
  const inner = text.slice(a + 1, b)
  if (inner.length > 12) return false
  // “两学一做”, “五抓五促”, “千名干部进万家”: several numeral-led chunks; “三农”, “两委”: one numeral + one or two characters.
  let chunks = 0
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charCodeAt(k)
    const isNum = ZH_DIGIT[c]! >= 0 || ZH_UNIT[c]! >= 0 || ZH_MAG[c]! >= 0
    const nextC = k + 1 < inner.length ? inner.charCodeAt(k + 1) : -1
    const nextNum = nextC >= 0 && (ZH_DIGIT[nextC]! >= 0 || ZH_UNIT[nextC]! >= 0 || ZH_MAG[nextC]! >= 0)
    if (isNum && nextC >= 0 && !nextNum) chunks++
  }
  if (chunks >= 2) return true
  return chunks === 1 && inner.length <= 3 && (ZH_DIGIT[inner.charCodeAt(0)]! >= 0 || ZH_UNIT[inner.charCodeAt(0)]! >= 0)
}

function lineStart(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  // A bullet before an item number (`*1. `, `• 2、`) still leaves it at the start of its line, and so
  // does the markup of a heading or of emphasis (`## 2、`, `**3**`, `> 1.`): a run of #, *, _ or >.
  if (k >= 0 && '•·＊'.includes(text[k]!)) {
    k--
  } else {
    const from = k
    while (k >= 0 && from - k < 8 && '#*_>'.includes(text[k]!)) k--
  }
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  return k < 0 || text[k] === '\n' || text[k] === '\r'
}

/** Markup of a heading or of emphasis right before `at` (`## `, `**`), spaces allowed after it. */
function afterMarkup(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  return k >= 0 && '#*_'.includes(text[k]!)
}

/** A number `N、` opening a line (after markup), and what follows it. */
const LINE_LABEL = /^[ \t\u3000#*>]*(\d{1,2})、/gm

/**
 * The offsets of the numbers `N、` opening lines whose previous such line opens with `N-1、` or whose next
 * such line opens with `N+1、` (`1、…⏎2、…⏎3、84岁的…`): the items of a numbered list, whatever follows
 * the mark (a digit after it, `3、84岁`, would otherwise read as a list of numbers, `3、4月`).
 */
function numberedLineLabels(ctx: ScanContext): Set<number> {
  if (ctx.lineLabels !== undefined) return ctx.lineLabels
  const labels = new Set<number>()
  const found: Array<[number, number]> = []
  if (ctx.text.includes('、')) for (const match of ctx.text.matchAll(LINE_LABEL)) found.push([match.index + match[0].length - match[1]!.length - 1, Number(match[1])])
  for (let k = 0; k < found.length; k++) {
    const [at, value] = found[k]!
    if ((k > 0 && found[k - 1]![1] === value - 1) || (k + 1 < found.length && found[k + 1]![1] === value + 1)) labels.add(at)
  }
  ctx.lineLabels = labels
  return labels
}

/**
 * Whether the bracket at `open` follows a figure (`商界 12（18）`, `得票 9 (16)`): the number in it
 * then stands beside that figure (a total, a share, last year's figure), not a list label `（1）`,
 * which opens a line or a clause.
 */
function afterAFigure(text: string, open: number): boolean {
  let k = open - 1
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--
  return k >= 0 && AR_DIGIT[text.charCodeAt(k)]! >= 0
}

/**
 * A number opening a line, with nothing after it that makes it a date, a time, a decimal, a share
 * or a list mark read elsewhere (`1开福区…`, `2 艺考生…`, `01` alone on its line).
 */
const LINE_RANK = /^[ \t\u3000]*(\d{1,3})/gm
/** What may not follow a rank: a date, a time, a decimal, a share or a list mark read elsewhere. */
const NOT_RANK_AFTER = /^[\d.．,，%％:：/／年月日号號时時点點、)）\-－~～]/

/**
 * The offsets of the ranks of numbered lists of lines: numbers opening lines that count up by one
 * from 1, each within three lines of the one before (a title may take a line of its own), three or
 * more of them (`热门文章⏎1…⏎2…⏎3…`), or two written with a leading zero alone on their lines
 * (`01`, `02`, section marks, which may stand paragraphs apart).
 * A page's lists of links are numbered so; amounts opening lines do not count up from one.
 * A line that opens with the due rank's digits continues the list even when the title glued to
 * it reads as more (`5日启动…` after `4…`, `45位省委常委…` after `3…`, a list opening `1日本…`), as
 * long as at least two of the ranks stand clean.
 */
function numberedListRanks(ctx: ScanContext): Set<number> {
  if (ctx.listRanks !== undefined) return ctx.listRanks
  const ranks = new Set<number>()
  let run: {at: number; value: number; padded: boolean; clean: boolean}[] = []
  let line = 0
  let lastIndex = 0
  let runLine = -10
  const close = () => {
    const clean = run.filter((r) => r.clean).length
    if ((run.length >= 3 && clean >= 2) || (run.length === 2 && run.every((r) => r.padded))) for (const r of run) ranks.add(r.at)
    run = []
  }
  for (const match of ctx.text.matchAll(LINE_RANK)) {
    for (let k = lastIndex; k < match.index; k++) if (ctx.text.charCodeAt(k) === 10) line++
    lastIndex = match.index
    const digits = match[1]!
    const at = match.index + match[0].length - digits.length
    const clean = digits.length <= 2 && !NOT_RANK_AFTER.test(ctx.text.slice(at + digits.length, at + digits.length + 1))
    const value = Number(digits)
    // Section marks written with a leading zero alone on their line (`01`, `02`) may stand paragraphs apart.
    const padded = clean && digits.startsWith('0') && /^\s*(?:\n|$)/.test(ctx.text.slice(at + digits.length, at + digits.length + 3))
    const last = run[run.length - 1]
    const due = String(last === undefined ? 1 : last.value + 1)
    const near = last !== undefined && line - runLine <= 3
    const follows = last !== undefined && clean && value === Number(due) && (near || (padded && last.padded))
    // The due rank with its title glued on (`45位…` where 4 is due, `5日…` where 5 is due).
    const glued = near && !follows && (digits === due ? !clean : digits.length > due.length && digits.startsWith(due) && !/\d/.test(ctx.text[at + digits.length] ?? ''))
    if (follows || glued) {
      run.push({at, value: Number(due), padded, clean: follows})
      runLine = line
      continue
    }
    if (!clean && digits !== '1') continue
    close()
    if (value !== 1) continue
    run.push({at, value, padded, clean})
    runLine = line
  }
  close()
  ctx.listRanks = ranks
  return ranks
}

/** A second size after a slash in the unit of the first (`8GB/256GB`, `12GB/512GB`): not a path. */
function sameUnitAcrossSlash(text: string, num: Numeral): boolean {
  const unit = /\d\s?([A-Za-z]{1,3})[/／]$/.exec(text.slice(Math.max(0, num.start - 6), num.start))
  return unit !== null && text.startsWith(unit[1]!, num.end) && !/[A-Za-z]/.test(text[num.end + unit[1]!.length] ?? '')
}

/** A response counter in brackets (`我要评论(0)`, `参与互动(12)`, `留言（3）`): a count, not an item number. */
const COUNTER_BEFORE = /(?:评论|評論|互动|互動|留言|回复|回覆|跟帖|跟贴|點讚|点赞|阅读|閱讀|转发|轉發)[ \t]?[(（]$/

/** A page link in brackets beside the next or the previous one (`【1】【2】【3】`). */
function isBracketedPageLink(text: string, num: Numeral): boolean {
  if (!LINK_OPEN.has(text[num.start - 1] ?? '') || !LINK_CLOSE.has(text[num.end] ?? '')) return false
  const before = String(num.value - 1)
  return bracketedAt(text, num.end + 1, String(num.value + 1)) || bracketedAt(text, num.start - 1 - before.length - 2, before)
}

const LINK_OPEN = new Set(['【', '['])
const LINK_CLOSE = new Set(['】', ']'])

/** Whether `digits` stand in brackets at `at` (`【2】`, `[2]`). */
function bracketedAt(text: string, at: number, digits: string): boolean {
  return at >= 0 && LINK_OPEN.has(text[at] ?? '') && text.startsWith(digits, at + 1) && LINK_CLOSE.has(text[at + 1 + digits.length] ?? '')
}

/** A list enumerator (1. 2、 (3) 一、) rather than an amount. */
export function isEnumerator(ctx: ScanContext, num: Numeral): boolean {
  const {text, n} = ctx
  const next = num.end < n ? text[num.end]! : ''
  const prevCh = num.start > 0 ? text[num.start - 1]! : ''
  // A bare number alone in lenticular brackets is a label or a share code (`【1398】工行…`), never an amount.
  if (num.hasArabic && !num.hasChinese && prevCh === '【' && next === '】' && Number.isInteger(num.value) && unitAt(ctx, num.end + 1) === null) return true
  if (num.hasArabic && !num.hasChinese && num.exact && Number.isInteger(num.value) && num.value < 100 && num.start === num.bodyStart) {
    // The ranks of a numbered list of lines (a page's lists of links), page links `【1】【2】`.
    if (numberedListRanks(ctx).has(num.start) || isBracketedPageLink(text, num)) return true
  }
  if (num.hasArabic && !num.hasChinese && num.exact && num.value < 100) {
    if (lineStart(text, num.start) && '.．、)）'.includes(next) && next !== '' && !(num.end + 1 < n && AR_DIGIT[text.charCodeAt(num.end + 1)]! >= 0)) return true
    // An item of a numbered list of lines, whatever follows its mark (`3、84岁的…` after `2、…`).
    if (next === '、' && num.start === num.bodyStart && numberedLineLabels(ctx).has(num.start)) return true
    // A heading's number alone on its line, in the markup of a heading or of emphasis (`**2**`, `## 3`).
    if (num.start === num.bodyStart && num.value < 50 && afterMarkup(text, num.start) && lineStart(text, num.start) && /^(?:\*{1,3}|_{1,3})?[ \t\u3000]*(?:\r?\n|$)/.test(text.slice(num.end, num.end + 6))) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）') && !afterAFigure(text, num.start - 1) && !COUNTER_BEFORE.test(text.slice(Math.max(0, num.start - 4), num.start))) return true
    // An item number inside a line (`结论是：1)目前…；2)…`, `原因有二：1、目前…。2、…`): after a colon, a semicolon or a full stop.
    if ((next === ')' || next === '）') && num.value < 20 && '：:；;。 　'.includes(prevCh) && prevCh !== '') return true
    if (next === '、' && num.value < 10 && '：:；;。'.includes(prevCh) && prevCh !== '') return true
  }
  if (num.hasChinese && !num.hasArabic && num.value <= 20 && num.end - num.start <= 2) {
    const boundary = prevCh === '' || '\n\r，。；：,;:！？!?　 '.includes(prevCh) || lineStart(text, num.start)
    // `一是…，二是…`, and `二則是…` ("the second then is").
    if (boundary && (next === '、' || next === '是' || /^[則则]是/.test(text.slice(num.end, num.end + 2)))) return true
    if ((prevCh === '(' || prevCh === '（') && (next === ')' || next === '）')) return true
  }
  return false
}

/** Month-range starts (`1—2月份`, `1至9月`, `1---8月` with a dash typed as hyphens) and lists of months (`4、5月`): the span is a period, read as such by the claims. */
const MONTH_SPAN_AFTER = /^\s*(?:[—\-－–]{1,3}|[~～至到、])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/

/**
 * Index families named by a number (`上证50`, `沪深300`, `富时100`, `CAC 40`) before anything but
 * points or a percentage: the number is the index's name. (`恒指24090点` is a level: 点 follows.)
 */
const INDEX_FAMILY_BEFORE = /(?:上证|上證|深证|深證|沪深|滬深|中证|中證|标普|標普|纳斯达克|納斯達克|纳指|納指|富时|富時|日经|日經|斯托克|罗素|羅素|CAC|DAX|FTSE|STOXX|S&P|Russell|Nikkei)\s?$/
/** What after such a number still makes it a level or a change, not a name. */
const INDEX_LEVEL_AFTER = /^\s*(?:点|點|%|％|个百分点|個百分點|pts?\b)/
/** A clock time written with 点 (`22点30分`), a game clock or race time (`5分15秒`, `28秒76`). */
const CLOCK = /^(\d{1,2})[点點](\d{2})$/

/**
 * Numerals that are labels, spans or clocks rather than amounts: `PM 2.5`, `NO 2` (a formula
 * written with a space), the start of a month span (`1—2月份`), `22点30分`, `5分15秒`, `28秒76`.
 * `null` drops the numeral, a quantity replaces it, `undefined` leaves it to the other readers.
 */
export function notAnAmount(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const body = ctx.text.slice(num.bodyStart, num.end)
  for (const reading of notAmountReadings) {
    const found = reading(ctx, num, body)
    if (found !== undefined) return found
  }
  return undefined
}

/** The readings of `notAnAmount`, in order: the first that decides wins. */
const notAmountReadings = [insideMarkupTag, englishDate, slashDate, schoolGrade, weekdayClassOrName, menuItem, fundName, labelOrLink, reference, craftOrLineName, headingLabel, yearOrScore, inShortTitle, inQuotedName, placeInGame, codeInBrackets, runOfDigits, clockOrRaceTime, periodOrReference, pickInList, indefiniteOne]

/** A tag name opening a tag that runs over lines (`<social-share type="system"\n  data-param-url="…`). */
const TAG_NAME_OPEN = /^<[A-Za-z][\w-]*\s/
/** What follows an attribute's `=` up to the number: inside its quoted value. */
const IN_QUOTED_VALUE = /^\s*["'][^"'<>]*$/

/** How far back a tag's `<` is looked for: a figure further into one tag is read as text. */
const TAG_REACH = 400

/**
 * A number inside an HTML tag of a scraped text (`<img width='78' height='64'>`,
 * `<picture style='--aspect-ratio:960/640;'>`, an image's path): markup, not a quantity. Inside means
 * after a `<` that opens a tag (a letter, `/` or `!` follows it) with no `>` since, on the same line,
 * at most `TAG_REACH` characters back.
 */
function insideMarkupTag(ctx: ScanContext, num: Numeral): null | undefined {
  const floor = Math.max(0, num.start - TAG_REACH)
  // (Native searches in the window: every number of a text is asked, and prose has no `<` at all.)
  const window = ctx.text.slice(floor, num.start)
  const open = window.lastIndexOf('<')
  if (open < 0 || window.lastIndexOf('>') > open || !/[A-Za-z/!]/.test(window[open + 1] ?? '')) return undefined
  // A tag may run over lines (`<social-share type="system"\n  data-param-url="…/上涨0-1-…">`): then only one that
  // opens with a tag name and whose number sits in an attribute's quoted value.
  if (window.lastIndexOf('\n') > open && !(TAG_NAME_OPEN.test(window.slice(open, open + 40)) && IN_QUOTED_VALUE.test(window.slice(window.lastIndexOf('=') + 1)) && window.lastIndexOf('=') > open)) return undefined
  ctx.skip = num.end
  return null
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH_WORD = '(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
/** `Nov 8, 2024`, `November 18, 2024` before a year. */
const MONTH_DAY_BEFORE = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s*$`, 'i')
/** `8 Nov 2024` after a day. */
const MONTH_YEAR_AFTER = new RegExp(`^\\s+${MONTH_WORD}\\s+((?:19|20)\\d\\d)(?![0-9])`, 'i')

/**
 * A date written the English way in a page's header or a wire's dateline (`Nov 8, 2024`, `8 Nov 2024`):
 * the year and the day are a date, not counts.
 */
function englishDate(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart) return undefined
  const {text} = ctx
  const pad = (n: string) => n.padStart(2, '0')
  if (/^(?:19|20)\d\d$/.test(body)) {
    const before = MONTH_DAY_BEFORE.exec(text.slice(Math.max(0, num.start - 16), num.start))
    const month = before ? MONTHS.indexOf((before[1] as string).toLowerCase()) + 1 : 0
    if (!before || month < 1 || Number(before[2]) < 1 || Number(before[2]) > 31) return undefined
    ctx.skip = num.end
    return dateQuantity(ctx, num.start - before[0].length, num.end, `${body}-${pad(String(month))}-${pad(before[2] as string)}`, 'date')
  }
  if (!/^\d{1,2}$/.test(body) || Number(body) < 1 || Number(body) > 31) return undefined
  const after = MONTH_YEAR_AFTER.exec(text.slice(num.end, num.end + 16))
  const month = after ? MONTHS.indexOf((after[1] as string).toLowerCase()) + 1 : 0
  if (!after || month < 1) return undefined
  ctx.skip = num.end + after[0].length
  return dateQuantity(ctx, num.start, ctx.skip, `${after[2]}-${pad(String(month))}-${pad(body)}`, 'date')
}

/**
 * A date of a day, a month and a year with slashes (`16/10/2020` in a French or British wire's
 * dateline; `10/16/2020` when the second part cannot be a month): a date, not a fraction.
 */
function slashDate(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart || !/^\d{1,2}$/.test(body)) return undefined
  const rest = /^[/／](\d{1,2})[/／]((?:19|20)\d\d)(?![0-9])/.exec(ctx.text.slice(num.end, num.end + 9))
  if (!rest) return undefined
  const [first, second] = [Number(body), Number(rest[1])]
  const [day, month] = second > 12 ? [second, first] : [first, second]
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  ctx.skip = num.end + rest[0].length
  return dateQuantity(ctx, num.start, ctx.skip, `${rest[2]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 'date')
}

/**
 * A school grade (`三年级`, `初中三年級`, `高二年级`, `1至3年级`): which year of school, not a length of
 * time or a count. A span of grades is skipped whole.
 */
function schoolGrade(ctx: ScanContext, num: Numeral): null | undefined {
  const {text} = ctx
  const grade = /^(?:\s*(?:至|到|-|－|~|～)\s*(?:\d{1,2}|[一二三四五六])\s*)?(?:年级|年級)/.exec(text.slice(num.end, num.end + 8))
  if (!grade || num.value < 1 || num.value > 12) return undefined
  ctx.skip = num.end + grade[0].length
  return null
}

/** A length of time after a numeral (`一周`, `三分鐘`, `一小時`). */
const LENGTH_AFTER = /^(?:个|個)?(?:周|週|星期|小時|小时|分鐘|分钟|天|年|月|秒)/
/** Sentence punctuation, which a line of a site's menu does not hold. */
const SENTENCE_MARK = /[。，！？；：、,.!?;:]/

/** The line around `at` (without its line breaks), or null when it is longer than `max` either side. */
function lineAround(text: string, at: number, max: number): [number, number] | null {
  let start = at
  while (start > 0 && text[start - 1] !== '\n') if (at - --start > max) return null
  let end = at
  while (end < text.length && text[end] !== '\n') if (++end - at > max) return null
  return [start, end]
}

/** Whether the line [start, end) is a short line of a menu: at most 12 characters, no sentence punctuation. */
function isMenuLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim()
  return line.length > 0 && line.length <= 12 && !SENTENCE_MARK.test(line)
}

/**
 * A length of time in the name of a site's section, on a line of a menu (`前瞻一周`, `天天一小時`, `三分鐘市評`):
 * a line of at most six Chinese characters between two short lines without sentence punctuation. A line
 * of a story, a headline with punctuation or a line alone in a paragraph keeps its length.
 */
function menuItem(ctx: ScanContext, num: Numeral, body: string): null | undefined {
  const {text} = ctx
  if (!num.hasChinese || num.hasArabic || body.length !== 1 || !LENGTH_AFTER.test(text.slice(num.end, num.end + 3))) return undefined
  const line = lineAround(text, num.start, 6)
  if (line === null || !/^[\u4e00-\u9fff]{2,6}$/.test(text.slice(line[0], line[1]).trim()) || line[0] < 2 || line[1] + 2 >= text.length) return undefined
  const above = lineAround(text, line[0] - 2, 12)
  const below = lineAround(text, line[1] + 1, 12)
  if (above === null || below === null || !isMenuLine(text, above[0], above[1]) || !isMenuLine(text, below[0], below[1])) return undefined
  ctx.skip = num.end + LENGTH_AFTER.exec(text.slice(num.end, num.end + 3))![0].length
  return null
}

/** What stands before 周/週 when it counts weeks (`每周三次`, `一周三次`, `两周`), not a weekday. */
const WEEKS_COUNTED = /[每一二两兩三四五六七八九十几幾数數半个個多0-9０-９]$/

/**
 * A day of the week whatever follows it (`周五個別發展`, `週三回吐`: Friday, Wednesday; not five 個, three 回),
 * unless 周 counts weeks (`每周三次`); a band of prices by their first digit (`3字頭`, `4字头`); and a lone
 * 壹, which amounts write only with other formal digits, a currency and its small units or a dozen (`壹萬元`,
 * `壹元`, `壹角`, `壹打`), as a name (`壹週刊`, `壹蘋新聞網`, `壹起玩`).
 */
function weekdayClassOrName(ctx: ScanContext, num: Numeral, body: string): null | undefined {
  const {text} = ctx
  if (num.start !== num.bodyStart) return undefined
  if (/^[一二三四五六]$/.test(body) && /(?:周|週|星期|禮拜|礼拜)$/.test(text.slice(Math.max(0, num.start - 2), num.start))) {
    const week = text[num.start - 1] === '期' || text[num.start - 1] === '拜' ? num.start - 2 : num.start - 1
    if (!WEEKS_COUNTED.test(text.slice(Math.max(0, week - 1), week))) {
      ctx.skip = num.end
      return null
    }
  }
  if (/^(?:[0-9０-９]|[一二三四五六七八九])$/.test(body) && /^(?:字頭|字头)/.test(text.slice(num.end, num.end + 2))) {
    ctx.skip = num.end + 2
    return null
  }
  if (body === '壹' && !isWhole(ctx, num.start, num.end)) {
    const next = text.slice(num.end, num.end + 1)
    if (next === '' || (currencyAt(ctx, num.end) === null && !/^[萬万億亿仟佰拾千百十零貳贰叁參肆伍陸陆柒捌玖两兩角分毛厘打]/.test(next))) {
      ctx.skip = num.end
      return null
    }
  }
  return undefined
}

/**
 * Words before 一 + classifier that make it an indefinite article or a demonstrative, not a count:
 * another, yet another, this (such), that, which, each, same, any, some, one of, the last, is a,
 * becomes a, as a, like a, of a, the last (`另一张`, `又一轮`, `这一`, `这样一只`, `其中一环`, `最后一次`, `是一名`,
 * `成为一种`, `作为一家`, `像一座`, `作出的一项`, Cantonese `呢一条`, `而上一次`: the last; not `早上一包`). Not 下/新/为, which end verbs that count (`剩下一个`, `更新一次`,
 * `死亡人数为一人`): `新一轮` and the like are words of the lexicon.
 */
const INDEFINITE_BEFORE = /(?:另|又|这|這|那|哪|呢|这样|這樣|那样|那樣|这么|這麼|那么|那麼|每|同|任何|某|其中|当中|當中|之中|另外|最后|最後|是|成为|成為|作为|作為|像|如同|犹如|猶如|的|(?:^|[\s，。、；：而比和与與及同较較跟从從在的是了于於至到自])上)$/

/**
 * 一 + classifier as an article (see `INDEFINITE_BEFORE`), and `一X一Y` set phrases (`一人一句`, `一人一票`).
 * An Arabic `1` alone before a classifier is read the same way (`從1處工地偷走1把刀`): Taiwan's press
 * writes the article with a digit as often as with 一.
 */
function indefiniteOne(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  if (body === '1' && num.hasArabic && !num.hasChinese) return arabicOne(ctx, num)
  if (body !== '一' || !num.hasChinese) return undefined
  const unit = unitAt(ctx, num.end)
  // `大小不一`, `意見不一`: not uniform, a word (`不一個` keeps its classifier and is read below).
  if (unit === null && num.start === num.bodyStart && text[num.start - 1] === '不') {
    ctx.skip = num.end
    return null
  }
  // `营造一个“双赢”的局面`, `堪称一场“风暴”`, `另一「某某」案`, `過一個「暑」`: 一 before a quoted name
  // is "a", the quotation naming the thing, unless a word of counting stands before it (`只有一个“…”`).
  const quoted = unit === null ? num.end : num.end + unit.surface.length
  if (num.start === num.bodyStart && /[“「『]/.test(text[quoted] ?? '') && (unit === null || unit.role === 'count') && !COUNTED_BEFORE.test(text.slice(Math.max(0, num.start - 4), num.start))) {
    ctx.skip = quoted
    return null
  }
  if (unit === null) return undefined
  // 这一年, 那一天: a demonstrative names one, whatever the unit; 每一年, 每一天: every one of them, not a
  // length of one (`每一年半` keeps its length).
  if (/[这這那]$/.test(text.slice(num.start - 1, num.start)) || (text[num.start - 1] === '每' && num.start === num.bodyStart && PERIOD_UNITS.has(unit.surface) && !/^[半多]/.test(text[num.end + unit.surface.length] ?? ''))) {
    ctx.skip = num.end + unit.surface.length
    return null
  }
  // `阿婆一家`, `他們一家`, `現一家只靠…`: the family of someone, a whole household, not one of many
  // (`一家三口` keeps its size; a business after it, `他一家公司`, is counted as before).
  if (unit.surface === '家' && num.start === num.bodyStart && isFamily(text, num.start, num.end + 1)) {
    ctx.skip = num.end + 1
    return null
  }
  if (isPreviousPeriod(text, num.start, unit.surface, num.end + unit.surface.length)) {
    ctx.skip = num.end + unit.surface.length
    return null
  }
  // `嚴峻的一年`, `最重要的一天`: a year or a day that a clause describes, not a length of time
  // (`用了一年多`, `的一年内` and the past year, `过去的一年里`, keep theirs).
  if (text[num.start - 1] === '的' && (unit.surface === '年' || unit.surface === '天') && !/^[多半以内內间間来來时時之左上前后後]/.test(text[num.end + 1] ?? '') && !/(?:过去|過去)的$/.test(text.slice(Math.max(0, num.start - 3), num.start))) {
    ctx.skip = num.end + 1
    return null
  }
  if (unit.role !== 'count') return undefined
  const after = num.end + unit.surface.length
  if (isPageLink(text, num.start, unit.surface, after)) {
    ctx.skip = after
    return null
  }
  if (text[after] === '一' && isHanzi(text.charCodeAt(after + 1)) && unitAt(ctx, after + 1)?.role === 'count') {
    ctx.skip = after + 2
    return null
  }
  if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, num.start - 2), num.start))) {
    ctx.skip = after
    return null
  }
  // `一個半小時`, `一个多月`: a duration that the classifier only starts.
  const widened = text[after] === '半' || text[after] === '多' || unitAt(ctx, after)?.role === 'duration'
  if (ARTICLE_CLASSIFIERS.has(unit.surface) && num.start === num.bodyStart && !widened && !oneIsCounted(ctx, num.start, after)) {
    ctx.skip = after
    return null
  }
  return undefined
}

/** A word for a person that `一家` after it makes a household (`阿婆一家`, `他們一家`, `老王一家`). */
const PERSON_BEFORE = /[他她我你們们婆嬤嬷伯叔姨舅哥姐弟妹爸媽妈爺爷奶父母嫂]$/
/** Businesses and institutions that 一家 counts (`他一家公司`). */
const BUSINESS_AFTER = /^(?:公司|企業|企业|店|銀行|银行|工廠|工厂|醫院|医院|餐廳|餐厅|商店|機構|机构|酒店|酒樓|酒楼|超市|診所|诊所|廠|厂)/

/** Whether `一家` at [start, after) is a household: after a word for a person, or `現一家` before an adverb of means. */
function isFamily(text: string, start: number, after: number): boolean {
  const rest = text.slice(after, after + 2)
  if (BUSINESS_AFTER.test(rest)) return false
  if (PERSON_BEFORE.test(text.slice(start - 1, start))) return true
  return /[現现]$/.test(text.slice(start - 1, start)) && /^[只僅仅都靠全]/.test(rest)
}

/** Periods and terms that 上一/前一 name as the previous one (`上一年度`, `上一届`, `前一周`). */
const PERIOD_UNITS = new Set(['年', '周', '週', '星期', '个月', '個月', '季度', '个季度', '個季度', '届', '屆', '天', '日'])
/** What may stand before 上/前 when they mean "previous" (`与上一届`, `较前一周`, `此前一周`, a clause's start). */
const PREVIOUS_BEFORE = /(?:^|[\s，,。；;：:、（(较較比与與和同跟于於在从從此])[上前]$/

/**
 * `与上一届比较`, `较上一年度`, `较前一周的26万`, `此前一周的数据`: 上一/前一 + a period is the one
 * before, named relative to another, not a length of one. Not after a verb (`提前一天`, `加上一年`,
 * `上线前一周`) and not when the period is widened or bounded (`前一周内`, `上一年多`).
 */
function isPreviousPeriod(text: string, start: number, unit: string, after: number): boolean {
  if (!PERIOD_UNITS.has(unit) || !PREVIOUS_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false
  return !/^[多半内內里裡间間来來以]/.test(text[after] ?? '')
}

/**
 * An Arabic `1` + a classifier of things or events in traditional text as the article: after a word that makes it one
 * (`是1名`, `另1間`) or with nothing that counts it (see `oneIsCounted`); never inside a list or a
 * range (`1、2間`, `1至3場`), after a decimal point or a sign, nor before a unit (`1個百分點`, `1個月`).
 */
function arabicOne(ctx: ScanContext, num: Numeral): null | undefined {
  const {text} = ctx
  // Mainland style writes the article 一 and keeps the digit for counts (`暂停1家企业的资质`).
  if (!isTraditional(ctx) || num.start !== num.bodyStart || /[0-9０-９.．,，、\-－~～至到+＋約约近逾超達达]$/.test(text.slice(num.start - 1, num.start))) return undefined
  const unit = unitAt(ctx, num.end)
  if (unit === null || unit.role !== 'count' || !ARTICLE_CLASSIFIERS.has(unit.surface)) return undefined
  const after = num.end + unit.surface.length
  if (/^[半多餘余0-9０-９、至到~～\-－]/.test(text.slice(after, after + 1)) || unitAt(ctx, after) !== null) return undefined
  if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, num.start - 2), num.start)) || (!oneIsCounted(ctx, num.start, after) && !joinedToCount(text, num.start, after, unit.surface))) {
    ctx.skip = after
    return null
  }
  return undefined
}

const joinedPatterns = new Map<string, [RegExp, RegExp]>()
/**
 * Whether another count with the same classifier is joined to `1` + classifier by 及, 和, 與 or 、 (`包括1名外傭及1名海員`,
 * `另一名確診及1名初步確診者`): the ones of a list are counted, not "a".
 */
function joinedToCount(text: string, start: number, after: number, unit: string): boolean {
  let patterns = joinedPatterns.get(unit)
  if (patterns === undefined) {
    const count = `(?:[0-9０-９]+|[一二两兩三四五六七八九十]+)${unit}`
    patterns = [new RegExp(`${count}[^，,。；;、\\n]{1,8}[及和與与、]$`), new RegExp(`^[^，,。；;、\\n]{1,8}?[及和與与、]${count}`)]
    joinedPatterns.set(unit, patterns)
  }
  return patterns[0].test(text.slice(Math.max(0, start - 14), start)) || patterns[1].test(text.slice(after, after + 14))
}

/**
 * A link to the previous or next article or page (`上一篇：`, `下一則 新聞`, `| 下一頁`): 上/下 opening
 * it, or a colon, a space or the line's end after it. (`剩下一篇文章` counts what is left.)
 */
function isPageLink(text: string, start: number, unit: string, after: number): boolean {
  if (!/^[篇則则頁页]$/.test(unit) || !/[上下]/.test(text[start - 1] ?? '')) return false
  return !isHanzi(text.charCodeAt(start - 2)) || /^(?:$|[\s：:|｜»>])/.test(text.slice(after, after + 1))
}

/**
 * Classifiers of things and events after which 一 is as often the article `a` as the count one
 * (`选择一个方案`, `舉辦一次集會`, `證實一架直升機`). Not 人 (`一人受伤` counts a person), not measures
 * (`一吨`, `一公里`), not 半, 例, 户, 对, 块 (`新增一例`, `戒指一对`, `一块多钱`), which count.
 */
const ARTICLE_CLASSIFIERS = new Set(
  ('个 個 位 名 家 所 座 条 條 项 項 件 起 次 场 場 只 隻 头 頭 张 張 本 部 台 臺 辆 輛 架 艘 株 棵 颗 顆 片 ' +
    '间 間 套 篇 份 封 种 種 类 類 轮 輪 趟 遍 回 番 声 聲 笔 筆 宗 处 處 栋 棟 幢 道 副 枚 根 粒 群 句 则 則 队 隊 ' +
    '组 組 团 團 批 支 匹 首 幅 把 段 期 层 層 款').split(' ')
)

/**
 * Words right before 一 + classifier that make it a count: in all, each, at least, added, caused,
 * killed (`共一家`, `各一名`, `新增一宗`, `造成一人`, `打死一名`), merged into one (`归入一个部门`,
 * `合并成一家`, `整合到一款`, `并入一所`: all of them in one); 仅/只/才 may stand before the verb
 * (`只登過一次`, `只能买一次`, `只要有一宗`).
 */
const COUNTED_BEFORE = /(?:(?:仅|僅|只|才|淨係|净系)[\u4e00-\u9fff]{0,2}|(?:合并|合併|归|歸|并|併|整合|融|集中|统一|統一)(?:成|到|入|为|為)|共|共有|合共|总共|總共|单|單|各|至少|最少|增加|增至|新增|减少|減少|剩|剩下|造成|导致|導致|致|多了|少了|打死|击毙|擊斃|杀死|殺死|炸死|撞死|逮捕|拘捕|拘留|抓获|抓獲|查获|查獲|救出)$/
/** A period that makes a closing `一次` a frequency (`每年一次`, `一個月只係可以見一次`, `一般一年换一次`). */
const FREQUENCY = /[每各]|[一1](?:个|個)?(?:年|月|天|日|周|週|星期)/

/** A charge counted in court (`承認一項襲警罪`), a medal (`获得一枚银牌`). */
const COUNTED_NOUN = /^(?:[项項宗][\u4e00-\u9fff]{1,8}罪|枚[金银銀铜銅]牌)/
/** Digits in the clause, not glued to Latin letters or a code (`UH-60`, `X6`) and not a date (`3月`, `2018年`). */
const OTHER_DIGITS_ALL = /(?<![A-Za-z0-9０-９.．\-－])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９年月日号號时時点點])/g
/** Chinese numerals in the clause: two or more (`八千`), or one before a unit (`两半`, `三名`); one alone is often a name (`萬華`, `三星`). */
const OTHER_CHINESE = /[二两兩三四五六七八九十百千万萬亿億]+/g
const CLAUSE_END = /[，,。；;！!？?：:\n「」“”『』（）()]/

/** Whether `text` (a clause around 一 + classifier) holds another number. */
function holdsOtherNumber(ctx: ScanContext, from: number, to: number): boolean {
  const part = ctx.text.slice(from, to)
  // Another article written `1把` is no more a number against it than another 一把 would be.
  for (const match of part.matchAll(OTHER_DIGITS_ALL)) {
    if (!(match[0] === '1' && ARTICLE_CLASSIFIERS.has(part[match.index + 1] ?? ''))) return true
  }
  for (const match of part.matchAll(OTHER_CHINESE)) {
    const end = from + match.index + match[0].length
    if (match[0].length >= 2 || unitAt(ctx, end) !== null || currencyAt(ctx, end) !== null) return true
  }
  return false
}

/**
 * Whether 一 + classifier at [start, end) is a count rather than the article: a word of counting
 * before it (COUNTED_BEFORE), a charge, nothing after the classifier in its clause (`死亡人数为一人。`,
 * `选一个，`; a verbal `一次。` only with a frequency), all of something in one (`都投在一个基金中`), or
 * another number in the clause that it stands against (`一人兼四职`, `一个西瓜切两半`).
 */
function oneIsCounted(ctx: ScanContext, start: number, end: number): boolean {
  const {text, n} = ctx
  if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true
  if (COUNTED_NOUN.test(text.slice(end - 1, end + 10))) return true
  let from = start
  while (from > 0 && start - from < 30 && !CLAUSE_END.test(text[from - 1]!)) from--
  // A verbal classifier closing its clause counts only with a frequency (`每年举办一次。`), not `試一次。`.
  const verbal = /[次回遍趟番]/.test(text[end - 1]!)
  if (end >= n || CLAUSE_END.test(text[end]!)) return !verbal || FREQUENCY.test(text.slice(from, start))
  // `一日服用1次的藥`, `每年一次大會`: a frequency counts the times wherever the clause goes on.
  if (verbal && FREQUENCY.test(text.slice(from, start))) return true
  let to = end
  while (to < n && to - end < 30 && !CLAUSE_END.test(text[to]!)) to++
  // All of something in one place (`所有的钱都压在一个产品上`): the count one.
  if (/(?:都|所有|全部)[^，。]*在$/.test(text.slice(from, start))) return true
  // `一隻高達1.6億元的腕錶`, `一个份额接近20%的厂商`: a number in the words before 的 that describe the
  // thing tells what it is; it does not stand against the one.
  // (Unless the next clause sets the others against it: `一顆重1.5卡的寶石代表太陽，另外7粒…`.)
  if (DESCRIBED_BY_NUMBER.test(text.slice(end, to)) && !OTHERS_AFTER.test(text.slice(to, to + 6))) return holdsOtherNumber(ctx, from, start)
  return holdsOtherNumber(ctx, from, start) || holdsOtherNumber(ctx, end, to)
}

/**
 * Words after 一 + classifier that describe the thing with a number and close with 的 (`价值5万元的`,
 * `不足5%的`, `最闊達45毫米的`): at most 12 characters to the number, its unit in at most 4, no 的 before.
 */
/** The next clause opening with the others and their number (`，另外7粒`, `，其餘兩個`): the one is counted against them. */
const OTHERS_AFTER = /^[，,；;]\s*(?:另外|另|其餘|其余|其他|其它)[0-9０-９一二两兩三四五六七八九十]/
const DESCRIBED_BY_NUMBER = /^[^的]{0,12}?(?:[0-9０-９][0-9０-９.．,，]*|[二两兩三四五六七八九十百千万萬亿億]+)[^\s的]{0,4}的/

/**
 * Whether the six digits at [start, end) are a share or fund code: in brackets, before a name,
 * after an exchange's prefix or a label (`SZ.002069`, `基金代码：150264`), or before an exchange's
 * suffix (`300051.SZ`). A six-digit count stands alone (`錄得數目為488396，`).
 */
function isShareCode(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start)
  const after = text.slice(end, end + 3)
  return (
    (/[(（]$/.test(before) && /^[.．]?[)）]/.test(after)) ||
    /^[\u4e00-\u9fff]{2}/.test(after) ||
    /(?:SZ|SH|sz|sh|HK)[.．]$|(?:代码|代碼|代號|代号)[：:]\s?$/.test(before) ||
    /^[.．](?:SZ|SH|HK)/i.test(after)
  )
}

/**
 * Numbers that name a period or point at a part of the page: a quarter or a half of a year
 * (`四季度`, `前三季度`, `第一季度`, `上半年`: periods, which the claims read from the text), a moving
 * average (`20日均线`), a table or figure (`表1`, `见图3`), a share or fund code (`600519贵州茅台`,
 * `(000127)`), a prize number (`獎號「26638985」`). (Years are read in `calendar.ts`.)
 */
function periodOrReference(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  const before = text.slice(Math.max(0, num.start - 2), num.start)
  if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 4 && text.startsWith('季度', num.end) && !/(?:连续|連續)$/.test(before)) {
    ctx.skip = num.end + 2
    return null
  }
  if (body === '半' && text[num.end] === '年' && /[上下]$/.test(before)) {
    ctx.skip = num.end + 1
    return null
  }
  // The first months of a year (`前五個月`, `今年首兩個月`) and the first quarters (`前三季`, `今年首3季`): periods.
  if (firstMonths(ctx, num) || previousMonths(ctx, num)) return null
  if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 4 && text[num.end] === '季' && /[前首]$/.test(before)) {
    ctx.skip = num.end + 1
    return null
  }
  if (centuryOrDecade(ctx, num)) return null
  const plainNumber = num.hasArabic && !num.hasChinese && num.start === num.bodyStart
  // A lane of an address (`康定路56巷`, `9弄`), a trade investigation named by its section (`232调查`).
  if (plainNumber && /^(?:巷|弄)/.test(text.slice(num.end, num.end + 1)) && /[路街道段]$/.test(before)) {
    ctx.skip = num.end + 1
    return null
  }
  if (plainNumber && /^\d{3}$/.test(body) && /^(?:调查|調查|条款|條款)/.test(text.slice(num.end, num.end + 2))) {
    ctx.skip = num.end
    return null
  }
  const plain = num.hasArabic && !num.hasChinese && num.start === num.bodyStart
  // An indicator named by its window (`20日均线`, `250天移动平均线`, `30天波动率`, `跌破50天线`): the
  // line's name, not a length or a count. (A chart's bars, `4小时图上`, are judged lengths in the sets.)
  const window = plain && /^\d{1,3}$/.test(body) ? indicatorWindow(text, num) : 0
  if (window > 0) {
    ctx.skip = num.end + window
    return null
  }
  const unitless = unitAt(ctx, num.end) === null && currencyAt(ctx, num.end) === null && !/^\s*(?:[万萬亿億千百%％]|个百分点|個百分點)/.test(text.slice(num.end, num.end + 5))
  if (plain && unitless && /^\d{1,2}$/.test(body) && /[表图圖榜]$/.test(before)) {
    ctx.skip = num.end
    return null
  }
  // A share or fund code stands before the name or in brackets; a six-digit count stands alone (`錄得數目為488396，`).
  if (plain && unitless && /^\d{6}$/.test(body) && isShareCode(text, num.start, num.end)) {
    ctx.skip = num.end
    return null
  }
  // A prize or ticket number of seven to nine digits, quoted or after a colon (`獎號「26638985」`),
  // or of three or more quoted in a list of prize numbers (`獎號「248」、「285」`).
  if (plain && unitless && /^\d{7,9}$/.test(body) && /[「『“"'：:]\s?$/.test(before)) {
    ctx.skip = num.end
    return null
  }
  if (plain && unitless && /^\d{3,9}$/.test(body) && /[「『“]$/.test(before) && /(?:獎號|奖号|號碼|号码)/.test(text.slice(Math.max(0, num.start - 24), num.start))) {
    ctx.skip = num.end
    return null
  }
  return termOrSession(ctx, num)
}

/**
 * A century or a decade, a time rather than a length: N世纪 with no classifier (`二十世纪初`,
 * `21世纪以来`; `一个世纪` is a length) and N0年代 (`80年代`, `八十年代`; not `十年代价`, ten years'
 * cost). The claims read times from the text, as they do a year. Sets the skip.
 */
function centuryOrDecade(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!Number.isInteger(num.value) || num.start !== num.bodyStart || num.range !== undefined) return false
  const after = text.slice(num.end, num.end + 3)
  const century = /^(?:世纪|世紀)/.test(after) && num.value >= 1 && num.value <= 22
  const decade = /^年代(?![价價])/.test(after) && num.value >= 10 && num.value <= 90 && num.value % 10 === 0
  if (!century && !decade) return false
  ctx.skip = num.end + 2
  return true
}

/**
 * A number inside a short title in 《》 (`《忽然1周》`, `《三十而已》`, `《復仇4》`): part of the name of a
 * magazine, a film or a book, not an amount the text states. Years and dates in titles are read as
 * such elsewhere (`《2030城市交通白皮书》`, `《十月围城》`).
 */
function inShortTitle(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  // (Looked for within the title's reach only: a text of many numbers and no 《 stays linear.)
  const reach = Math.max(0, num.start - 12)
  const opening = text.slice(reach, num.start).lastIndexOf('《')
  const open = opening < 0 ? -1 : reach + opening
  if (open < 0 || /[》\n]/.test(text.slice(open, num.start))) return undefined
  const closing = text.slice(num.end, num.end + 13).indexOf('》')
  const close = closing < 0 ? -1 : num.end + closing
  if (close < 0 || /[《\n]/.test(text.slice(num.end, close))) return undefined
  if (/^\s*[年月日号號]/.test(text.slice(num.end, num.end + 2))) return undefined
  ctx.skip = num.end
  return null
}


/**
 * A bare number of the form of a year (1900–2099) with nothing counted after it: no unit, currency,
 * magnitude, percent or decimal, at a line's start or after a Latin word or a dash, not after Chinese words
 * (`跌破2000`, `报收2050`, `失守2000，`). A calendar's `2019⏎2020`, `07 August 2020`, `2024 SDIA Award`, a licence's `—2023—`, a
 * hotline `1922防疫`: not amounts, whatever they are. Asked last, when the number would be read as a bare count
 * (years of tables, copyright lines and spans are read as years before): dropped, not read as a year.
 */
export function isBareYearForm(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  const body = text.slice(num.bodyStart, num.end)
  if (!num.hasArabic || num.hasChinese || num.neg || num.start !== num.bodyStart || !/^(?:19|20)\d\d$/.test(body)) return false
  // Only where no sentence leads to it: at a line's start, after a Latin word or a dash (`⏎2019⏎`,
  // `07 August 2020`, `—2023—`, `署 – 1922`); never after Chinese words (`沪指失守2000，`, `报收2050`).
  let b = num.start - 1
  while (b >= 0 && isInlineSpace(text.charCodeAt(b))) b--
  if (!(b < 0 || /[\n\rA-Za-z—–\-－]/.test(text[b]!))) return false
  if (/[\-－]/.test(text[b] ?? '') && b === num.start - 1 && AR_DIGIT[text.charCodeAt(b - 1)]! >= 0) return false
  const k = skipSpaces(text, num.end, ctx.n)
  const next = text[k] ?? ''
  if (isHanzi(text.charCodeAt(k)) && (unitAt(ctx, k) !== null || currencyAt(ctx, k) !== null || /[年月日号號点點多余餘万萬亿億千百]/.test(next))) return false
  if (!(next === '' || next === '\n' || next === '\r' || /[A-Za-z—–\-－]/.test(next) || isHanzi(text.charCodeAt(k)))) return false
  return !isWhole(ctx, num.start, num.end)
}

/** A quoted name that closes with a number glued to its words (`「某某相识12」`, `“凯旋50”`, `「海風號58」`). */
const QUOTED_NAME_BEFORE = /[「“『][\u4e00-\u9fffA-Za-z]{2,10}$/

/**
 * An Arabic number that closes a quoted name right after its words (`公号「某某相识12」`, the call sign
 * `“凯旋50”`, a yacht `「海風號58」`): the name's, not an amount. Not a year (`「空氣質素2017」` is read as
 * one), not a figure with a unit or a sign (`「加薪10%」`), not a formula (`“3+2”`, no words before it).
 */
function inQuotedName(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  // A numeral of two characters or more alone in quotes (`「十一」、中秋長假`, `“五一”`, `“九一八”`): the name of
  // a day (its month and day), not a count. (One quoted character, `“一”和“五”`, is the numeral itself.)
  if (num.hasChinese && !num.hasArabic && num.start === num.bodyStart && num.end - num.start >= 2 && /[「“『‘]/.test(text[num.start - 1] ?? '') && /[」”』’]/.test(text[num.end] ?? '')) {
    ctx.skip = num.end
    return null
  }
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart || !/^[」”』]/.test(text[num.end] ?? '')) return undefined
  if (!QUOTED_NAME_BEFORE.test(text.slice(Math.max(0, num.start - 11), num.start))) return undefined
  if (num.exact && num.value >= 1900 && num.value <= 2099 && num.end - num.start === 4) return undefined
  ctx.skip = num.end
  return null
}

/**
 * Numbers named as numbers: a list of two-digit numbers joined by 、 where one is written with a
 * leading zero (`05、09、11、12`, `05、35機率`: lottery picks, codes). Prose writes no count as `05`;
 * a list of years or days keeps its unit after the last (`05、06年`) and is read elsewhere.
 */
function pickInList(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart || !/^\d\d$/.test(body)) return undefined
  const before = /(?:(?<![0-9０-９.．])\d\d、)*$/.exec(text.slice(Math.max(0, num.start - 30), num.start))![0]
  const after = /^(?:、\d\d(?![0-9０-９.．]))*/.exec(text.slice(num.end, num.end + 60))![0]
  const members = [...before.split('、').filter(Boolean), body, ...after.split('、').filter(Boolean)]
  if (members.length < 2 || !members.some((m) => m.startsWith('0')) || !bareAfter(ctx, num.end + after.length)) return undefined
  ctx.skip = num.end + after.length
  return null
}

/** A window and the indicator it names: a moving average, a volatility. */
const INDICATOR_AFTER = /^(?:日|天|周|週)?(?:均线|均線|移动平均线|移動平均線|平均线|平均線|波动率|波動率)/
/** Words of crossing or holding a line before `50天线` (a moving average; `3天线上活动` is online). */
const LINE_CROSSED_BEFORE = /(?:破|穿|上|回|守|稳|穩|于|於|在|近|至)$/

/** The length of the indicator's name after its window's number (`日均线` of `20日均线`), 0 if none. */
function indicatorWindow(text: string, num: Numeral): number {
  const named = INDICATOR_AFTER.exec(text.slice(num.end, num.end + 7))
  if (named !== null) return named[0].length
  const line = /^(?:日|天)(?:线|線)(?![上下路])/.exec(text.slice(num.end, num.end + 3))
  return line !== null && LINE_CROSSED_BEFORE.test(text.slice(Math.max(0, num.start - 1), num.start)) ? line[0].length : 0
}

/**
 * A loan's or a bond's term (`一年期贷款`, `10年期国债`: the product's name, not a length), a session
 * of a congress (`十四届全国人大四次会议`: the fourth session), a phase of a project (`一期工程`).
 */
function termOrSession(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  if (!'个個年次期'.includes(text[num.end] ?? '?')) return undefined
  const after = text.slice(num.end, num.end + 5)
  if (Number.isInteger(num.value) && num.value <= 50 && /^(?:个月|個月|年)期(?![间間内內满滿限])/.test(after)) {
    ctx.skip = num.end + after.indexOf('期') + 1
    return null
  }
  if (Number.isInteger(num.value) && num.value <= 9 && /^次(?:会议|會議|全会|全會|全体会议|全體會議)/.test(after) && /[届屆]/.test(text.slice(Math.max(0, num.start - 8), num.start))) {
    ctx.skip = num.end + 1
    return null
  }
  if (Number.isInteger(num.value) && num.value <= 9 && /^期(?:工程|项目|項目)/.test(after)) {
    ctx.skip = num.end + 1
    return null
  }
  return undefined
}

/**
 * The first months of a year (`今年前7个月`, `前五個月，`, `首兩個月`): 前 after a year or opening a
 * clause, or 首; not `打風前1個月` (a month before the typhoon) nor `目前11月`. Sets the skip.
 */
function firstMonths(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!'前首头頭'.includes(text[num.start - 1] ?? '?')) return false
  const months = /^(?:个|個)?月(?!份?\s*[—\-－–~～至到])/.exec(text.slice(num.end, num.end + 3))
  if (months === null || !Number.isInteger(num.value) || num.value < 1 || num.value > 11 || num.start !== num.bodyStart) return false
  const word = text[num.start - 1]
  const opener = num.start < 2 || /[\s，,。；;：:！!？?「」“”（）()【】年]/.test(text[num.start - 2]!)
  if (!((word === '首' || word === '頭' || word === '头') || (word === '前' && opener))) return false
  ctx.skip = num.end + months[0].length
  return true
}

/**
 * The months just before (`較上兩個月合計`, `与上三个月比较`): 上 glued to the number, opening a clause
 * or after a word of comparison, is "the previous", a period as `首兩個月` is; not 上 ending a verb
 * (`花上兩個月`, `等上三个月`: a duration) nor `以上`. Sets the skip.
 */
function previousMonths(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (text[num.start - 1] !== '上' || num.start !== num.bodyStart || !Number.isInteger(num.value) || num.value < 1 || num.value > 11) return false
  const months = /^(?:个|個)月/.exec(text.slice(num.end, num.end + 2))
  if (months === null) return false
  const before = text.slice(Math.max(0, num.start - 3), num.start - 1)
  if (!(num.start < 2 || /(?:[\s，,。；;：:！!？?「」“”（）()【】較较比与與和同跟对對於于在从從]|相比|對比|对比)$/.test(before))) return false
  ctx.skip = num.end + months[0].length
  return true
}

/** A character that leads to a value after it (`评分9.0`, `跌至2.0`, `為3.0`, `約4.0`). */
const VALUE_BEFORE = /[分数數率值为為是达達至到跌涨漲升降增减減约約近超逾了在及和与與或、共计計报報收]/

/** Whether nothing at `at` makes the number before it an amount: no unit, currency, magnitude or percent. */
function bareAfter(ctx: ScanContext, at: number): boolean {
  return unitAt(ctx, at) === null && currencyAt(ctx, at) === null && !/^\s*(?:[万萬亿億千百%％点點倍]|个百分点|個百分點)/.test(ctx.text.slice(at, at + 5))
}

/** Words that a bare `1` counts all the same: people (`1女`, `1子`, `1路人`) and measures with 公 (`1公升`, `1公頃`). */
const ONE_COUNTS_AFTER = /^(?:[男女子童嬰婴死傷伤]|路人|公[升斤里尺頃顷分噸吨])/

/** What follows the type of a flat (`3房`): its price, a bound, its size, a sale, or the end of a headline. */
const FLAT_AFTER = /^(?:$|[\s\d約约戶户,，。、）)」]|單位|单位|最細|最细|易手|成交|沽|售|示範|示范|間隔|间隔)/

/**
 * The page or edition of a paper or a column closing brackets (`（第三版）`, `( 2017年11月14日 18 版)`), as
 * `pg 93` is: where 版 ends (before the bracket), or -1. Not a count of editions (`（共三版）`).
 */
export function editionInBrackets(text: string, start: number, end: number): number {
  const edition = /^\s?版[)）]/.exec(text.slice(end, end + 3))
  if (edition === null || !/[(（][^()（）\n，。；共合总總各约約]{0,16}$/.test(text.slice(Math.max(0, start - 17), start))) return -1
  return end + edition[0].length - 1
}

/**
 * A query's parameter or a setting right before a value (`?id=`, `&page=`, `max-age=`, `pagesize=`: a
 * name of code, with a small letter): the value is part of a link or of code. (`LPR=`, `收入=` state a figure.)
 */
const QUERY_PARAMETER = /(?:[?&][\w.\-]*|\b[\w\-]*[a-z][\w\-]*)=$/

/** After `/` or `_`, or after `=` closing a query's parameter or a setting: `月收入=21500元`, `LPR=3.3%` state a figure. */
function isLinkPart(text: string, start: number, before: number): boolean {
  return before === 0x2f || before === 0x5f || (before === 0x3d && QUERY_PARAMETER.test(text.slice(Math.max(0, start - 40), start)))
}

/**
 * A leveraged or inverse fund named by its index and its multiple (`中信中國50正2`, `元大滬深300正2`, `台灣50反1`): the
 * index's number and the multiple are parts of the name (null: skipped past); a multiple with a unit after it
 * (`正2度`) stays a figure.
 */
function fundName(ctx: ScanContext, num: Numeral, body: string): null | undefined {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || num.start !== num.bodyStart) return undefined
  if (/^\d{1,4}$/.test(body) && isHanzi(text.charCodeAt(num.start - 1)) && /^[正反][1-3](?![\d.．])/.test(text.slice(num.end, num.end + 3))) {
    ctx.skip = num.end + 2
    return null
  }
  if (/^[1-3]$/.test(body) && /[\d０-９\u4e00-\u9fff][正反]$/.test(text.slice(Math.max(0, num.start - 2), num.start)) && !/^[.．\d]/.test(text.slice(num.end, num.end + 1)) && bareAfter(ctx, num.end)) {
    ctx.skip = num.end
    return null
  }
  return undefined
}

/** A label (`PM 2.5`), a month-span start, a link or path part, a phone number with a leading zero. */
function labelOrLink(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  const before = text.charCodeAt(num.start - 1)
  if (num.hasArabic && !num.hasChinese && (before === 0x20 || before === 0xa0) && /[A-Z]/.test(text[num.start - 2] ?? '') && body.length <= 4) {
    const next = text[num.end] ?? ''
    if (next === '' || /[\s）)、，,及和與与的]/.test(next)) {
      ctx.skip = num.end
      return null
    }
  }
  // The type of a flat (`3房810萬元易手`, `2房最細674呎`, `首現1房`): a class before its price or size, as `萬元戶` is.
  if (num.hasArabic && !num.hasChinese && /^[1-6]$/.test(body) && text[num.end] === '房' && FLAT_AFTER.test(text.slice(num.end + 1, num.end + 3))) {
    ctx.skip = num.end + 1
    return null
  }
  // `1` for the article 一 before a noun with no classifier, as Taiwan headlines write it (`這1地`, `點出1觀念`,
  // `1理由停班`): "a" or "this one", not a count (a count has its classifier: `1名`, `1家`). People
  // counted in a headline stay counts (`1女命喪`, `1路人死`), and so do units the lexicon lacks (`1公升`).
  if (body === '1' && num.start === num.bodyStart && !/[\d.．,，+＋\-－/／:：#＃A-Za-z]/.test(text[num.start - 1] ?? '') && isHanzi(text.charCodeAt(num.end)) && isHanzi(text.charCodeAt(num.end + 1)) && !/[年月日号號时時点點分秒折成]/.test(text[num.end]!) && !ONE_COUNTS_AFTER.test(text.slice(num.end, num.end + 2)) && bareAfter(ctx, num.end)) {
    ctx.skip = num.end
    return null
  }
  // A model or a page after a Latin word (`iPhone 8量產`, `pg 93`), with no unit or amount word after it;
  // a version (`IE 9.0以上`), a series (`Ryzen 9000 系列`), an upgrade (`iOS 18升級`, not 18 litres).
  if (num.hasArabic && !num.hasChinese && num.start === num.bodyStart && before === 0x20 && /[A-Za-z]{2}$/.test(text.slice(Math.max(0, num.start - 3), num.start - 1)) && !/^[:：.．/\-~～]\d/.test(text.slice(num.end, num.end + 2))) {
    const series = /^\d{4,5}$/.test(body) && /^\s?(?:系列|系統|系统)/.test(text.slice(num.end, num.end + 3))
    if (series || (/^\d{1,3}(?:[.．]0)?$/.test(body) && (bareAfter(ctx, num.end) || /^(?:升級|升级)/.test(text.slice(num.end, num.end + 2))))) {
      ctx.skip = num.end
      return null
    }
  }
  const edition = editionInBrackets(text, num.start, num.end)
  if (edition > 0) {
    ctx.skip = edition
    return null
  }
  // A version glued to a name (`長照2.0`, `股灾3.0`, `工业4.0`): one digit and `.0` after a Chinese word that
  // does not lead to a value (`评分9.0`, `跌至2.0`, `為3.0` stay), with no unit, magnitude or percent after it.
  if (num.hasArabic && !num.hasChinese && num.start === num.bodyStart && /^[1-9][.．]0$/.test(body) && isHanzi(before) && !VALUE_BEFORE.test(text[num.start - 1]!) && !/^[.．]?\d/.test(text.slice(num.end, num.end + 2)) && bareAfter(ctx, num.end)) {
    ctx.skip = num.end
    return null
  }
  // A model named by its number and a Latin suffix (`17 Pro`, `40 Plus`, `15 Pro Max`).
  if (num.hasArabic && !num.hasChinese && num.start === num.bodyStart && /^\d{1,3}$/.test(body) && /^\s?(?:Pro|Plus|PLUS|Max|MAX|Ultra|mini|Mini|Air|Lite)(?![A-Za-z])/.test(text.slice(num.end, num.end + 7))) {
    ctx.skip = num.end
    return null
  }
  // A product type written as a sum in quotes (`“3+2”类型`), a moving average (`20 SMA`).
  if (num.hasArabic && !num.hasChinese && (text[num.end] === '+' || text[num.start - 1] === '+') && /[“「"+]\d*$/.test(text.slice(Math.max(0, num.start - 3), num.start)) && /^(?:\+\d+)*[”」"]/.test(text.slice(num.end, num.end + 8)) && /[“「"]\d+(?:\+\d+)+[”」"]/.test(text.slice(Math.max(0, num.start - 8), num.end + 8))) {
    ctx.skip = num.end
    return null
  }
  if (num.hasArabic && !num.hasChinese && (text[num.end] === ' ' || text[num.end] === 'S' || text[num.end] === 'E' || text[num.end] === 'M') && /^\s?(?:SMA|EMA|DMA|MA)\b/.test(text.slice(num.end, num.end + 5))) {
    ctx.skip = num.end
    return null
  }
  // A model code after letters and a hyphen (`UH-60`, `PP-10068`, `F-16`).
  if (num.hasArabic && !num.hasChinese && (text[num.start - 1] === '-' || text[num.start - 1] === '－') && /[A-Za-z][-－]$/.test(text.slice(Math.max(0, num.start - 2), num.start))) {
    ctx.skip = num.end
    return null
  }
  if (num.value >= 1 && num.value <= 12 && Number.isInteger(num.value) && MONTH_SPAN_AFTER.test(text.slice(num.end, num.end + 8))) {
    ctx.skip = num.end
    return null
  }
  // Path and link parts (`/k2/1794429-20250305.htm`, `?id=3021&page=2`), phone numbers with a leading zero (`0809-008585`).
  if (num.hasArabic && !num.hasChinese && isLinkPart(text, num.start, before) && !sameUnitAcrossSlash(text, num)) {
    let end = num.end
    while (end < text.length && /[0-9A-Za-z._\-]/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  if (num.hasArabic && !num.hasChinese && /^0\d{2,}$/.test(body) && /^[-－]\d{4,}/.test(text.slice(num.end, num.end + 6))) {
    let end = num.end + 1
    while (end < text.length && /\d/.test(text[end] as string)) end++
    ctx.skip = end
    return null
  }
  return undefined
}

/**
 * A bare year at either end of a span of years: before `至 21 年度` (the end in two digits) or after
 * `2017至` (`2017至2019，兩年間`).
 */
function yearOfSpan(text: string, start: number, end: number): boolean {
  if (/^\s*(?:至|到)\s*\d{2}\s*年/.test(text.slice(end, end + 8))) return true
  // With its own 年 the year is read with it (`2018至2019年`).
  if (/^\s*年/.test(text.slice(end, end + 3))) return false
  const first = /(?:19|20)(\d\d)年?\s*(?:至|到)\s*$/.exec(text.slice(Math.max(0, start - 8), start))
  return first !== null && Number(text.slice(start + 2, end)) > Number(first[1])
}

/**
 * A bare year in the furniture of a page: alone in brackets (`大会（2021）`, a document's `[2005]12号`;
 * not beside a figure, `1987 (2003)`), before the quoted name of an event (`2020“诚信兴商月”`),
 * closing a title in a line of links (`年度盘点2021|`), before a copyright sign (`2017 ©`).
 */
function yearInPageFurniture(text: string, num: Numeral): boolean {
  const open = text[num.start - 1] ?? ''
  if (/[（(\[【〔［]/.test(open) && /^[）)\]】〕］]/.test(text[num.end] ?? '') && !afterAFigure(text, num.start - 1)) return true
  const after = text.slice(num.end, num.end + 6)
  if (/^[“「『][^”」』\n]{3}/.test(after)) return true
  return (/^[|｜]/.test(after) && isHanzi(text.charCodeAt(num.start - 1))) || /^\s?[©®]/.test(after)
}

/** A year in a name or title, a score with a zero side, a game length after a score. */
function yearOrScore(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  // A bare year in a name or title (`2024青年电影周`, `《…·2025》`, `「空氣質素2017」`): a year, not a count.
  if (num.hasArabic && !num.hasChinese && /^(?:19[5-9]\d|20\d\d)$/.test(body) && num.start === num.bodyStart) {
    const next = text[num.end] ?? ''
    // (Also the first of a list of years that share one 年: `2014、2015年`.)
    // A plan named by its horizon (`香港2030+`): a name, not the year of the figures around it.
    if (next === '+' && !/^\+\s*\d/.test(text.slice(num.end, num.end + 3))) {
      ctx.skip = num.end + 1
      return null
    }
    const glued = /[》」』”"·•]/.test(next) || (/[:：]/.test(next) && isHanzi(text.charCodeAt(num.end + 1))) || /[《「『“·•]/.test(text[num.start - 1] ?? '') || (isHanzi(text.charCodeAt(num.end)) && unitAt(ctx, num.end) === null && currencyAt(ctx, num.end) === null && !/[年万萬亿億多余餘]/.test(next)) || /^、\s*(?:19[5-9]\d|20\d\d)(?:、\s*(?:19[5-9]\d|20\d\d))*年/.test(text.slice(num.end, num.end + 24)) || yearOfSpan(text, num.start, num.end) || yearInPageFurniture(text, num)
    if (glued) {
      const q = dateQuantity(ctx, num.start, num.end, body, 'year')
      ctx.skip = num.end
      return q
    }
  }
  // A score with a zero side (`3:0`), read as a ratio otherwise; a game length in brackets after a score (`4:2(10局)`).
  if (num.hasArabic && !num.hasChinese && /^[:：]0(?![\d.:：])/.test(text.slice(num.end, num.end + 3)) && Number.isInteger(num.value)) {
    ctx.skip = num.end + 2
    return null
  }
  if (num.hasArabic && /[(（]$/.test(text.slice(num.start - 1, num.start)) && /\d[:：]\d+\s*$/.test(text.slice(Math.max(0, num.start - 8), num.start - 1))) {
    ctx.skip = num.end
    return null
  }
  return undefined
}

/** A line's start up to a short label word (`疑點`, `原因`, `## 步驟`), with markup before it. */
const HEADING_WORD_BEFORE = /(?:^|[\n\r])[\s#*>＊•·]*[\u4e00-\u9fff]{1,4}$/

/**
 * A number closing the label that opens a line, before a colon (`疑點一：時間緊迫`, `原因2：`,
 * `步驟三：`): a heading numbering a part of the text, not an amount. (`下午3：30` is a time: a digit
 * follows the colon.)
 */
function headingLabel(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  if (!Number.isInteger(num.value) || num.value > 20 || num.start !== num.bodyStart) return undefined
  if (subsector(ctx, num)) return null
  if (!/^\s?[：:](?!\s?[0-9０-９])/.test(text.slice(num.end, num.end + 3))) return undefined
  if (!HEADING_WORD_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start))) return undefined
  ctx.skip = num.end
  return null
}

/**
 * A sector split into numbered parts (`商界一`, `工業二`, and `商一 12（18）` opening a row of
 * figures): one Chinese digit closing the name, after 界 or 業, or after a short label at a line's
 * start with a figure after it; nothing counted follows (`商界一及僱主聯合會`, `商界一的`). Sets the skip.
 */
function subsector(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!num.hasChinese || num.hasArabic || num.end - num.start !== 1 || num.value > 4 || unitAt(ctx, num.end) !== null) return false
  const after = text.slice(num.end, num.end + 4)
  const sector = /[界業业]$/.test(text[num.start - 1] ?? '') && /^(?:$|[\s，,。；;、（(]|[及的和与與]|[0-9０-９])/.test(after)
  const rowLabel = HEADING_WORD_BEFORE.test(text.slice(Math.max(0, num.start - 6), num.start)) && /^[ \u3000]+[0-9０-９]/.test(after)
  if (!sector && !rowLabel) return false
  ctx.skip = num.end
  return true
}

/** The other side of a score: `比` or a colon, then a small whole number (`19比0`, `1比4`, `2：4`, `三比一`). */
const SCORE_SIDE = /^\s*(?:比|:|：)\s*(?:\d{1,3}(?![\d.．%％])|[零一二两兩三四五六七八九十]{1,3})/
/** Words of winning or losing right after a score (`以19比0擊敗`, `1比4不敵`, `以2：4落敗`, `以1比4落後`). */
const RESULT_AFTER = /^\s*(?:擊敗|击败|打敗|打败|擊退|击退|戰勝|战胜|取勝|取胜|獲勝|获胜|勝出|胜出|險勝|险胜|大勝|大胜|力克|完封|逆轉|逆转|不敵|不敌|落敗|落败|敗給|败给|敗北|败北|輸給|输给|落後|落后|領先|领先|收場|收场|告負|告负|告捷|反勝|反胜|完勝|完胜|大破|大炒|逼和|踢和|戰和|战和|贏|赢|輸|输|勝|胜|負|负)/
/** Words before a score that name it (`終場以`, `比分為`, `比數`). */
const SCORE_BEFORE = /(?:終場|终场|比分|比數|比数|戰成|战成|打成|踢成|賽成|赛成)(?:以|為|为|是)?\s*$/

/**
 * A place in a game, not an amount: a score (two whole numbers joined by 比 or a colon, named as
 * one by 終場/比分 before it or by a word of winning or losing after it: `終場以19比0擊敗`,
 * `1比4不敵`), the half of an inning (`4局下`, `2局上`), a place in the batting order (`3棒張某`).
 * (`只投4局`, a count of innings, and `以3比1的票數`, a vote, stay amounts.)
 */
function placeInGame(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  // A ranking named by its length (`世界500强`, `中国企业500强榜单`, an Arabic `100强县`): the list's
  // name, not a count of what is in it (`前500名` is left as it was: 名 follows).
  if (num.value >= 10 && num.hasArabic && !num.hasChinese && num.exact && Number.isInteger(num.value) && !num.neg && num.start === num.bodyStart && RANKING_AFTER.test(text.slice(num.end, num.end + 2))) {
    ctx.skip = num.end + 1
    return null
  }
  if (!Number.isInteger(num.value) || num.value > 200 || num.neg || num.start !== num.bodyStart) return undefined
  const after = text.slice(num.end, num.end + 12)
  const side = SCORE_SIDE.exec(after)
  if (side !== null && (RESULT_AFTER.test(after.slice(side[0].length)) || SCORE_BEFORE.test(text.slice(Math.max(0, num.start - 5), num.start)))) {
    ctx.skip = num.end + side[0].length
    return null
  }
  if (num.value <= 20 && /^局(?:上|下)/.test(after)) {
    ctx.skip = num.end + 2
    return null
  }
  if (num.value <= 9 && /^棒(?![球子冰糖])/.test(after)) {
    ctx.skip = num.end + 1
    return null
  }
  // A stage of a knockout named by the players left (`挺進4強`, `晉級16強`): a round, as an inning is
  // (the Chinese `八強` is already a name); `4强势` is no halving draw.
  if (TOURNAMENT_FIELDS.has(num.value) && RANKING_AFTER.test(after)) {
    ctx.skip = num.end + 1
    return null
  }
  return undefined
}

/** 強/强 naming a stage or a ranking, not the start of a word (`强势`, `強度`, `强烈`). */
const RANKING_AFTER = /^[強强](?![势勢度调調大烈化壮壯硬制行项項])/
/** The fields of a knockout draw, halved each round. */
const TOURNAMENT_FIELDS = new Set([4, 8, 16, 32, 64, 128])

/** A stock code or a code in brackets, an index named by a number. */
function codeInBrackets(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  // A stock code in brackets after a company name (`…控股有限公司（2293）`, `（00700）`).
  if (num.hasArabic && !num.hasChinese && /^\d{4,6}$/.test(body) && /[(（]$/.test(text.slice(num.start - 1, num.start)) && /^[)）]/.test(text.slice(num.end, num.end + 1)) && /(?:公司|控股|集团|集團|股份|银行|銀行|证券|證券)$/.test(text.slice(Math.max(0, num.start - 3), num.start - 1))) {
    ctx.skip = num.end
    return null
  }
  // A code in brackets (`吉利汽车(00175)急跌`, `友邦(01299)`): a leading zero, or a stock move right after it.
  if (num.hasArabic && !num.hasChinese && /^\d{4,6}$/.test(body) && /[(（]$/.test(text.slice(num.start - 1, num.start)) && /^[)）]/.test(text.slice(num.end, num.end + 1)) && (/^0/.test(body) || /^[)）]\s*(?:急?[涨跌升]|大[涨跌升]|上涨|下跌|报|收|股价)/.test(text.slice(num.end, num.end + 5)))) {
    ctx.skip = num.end
    return null
  }
  // An index named by a number (`标普500指数`, `CAC 40指数`), also without 指数 after a family's name (`上证50跌0.73%`).
  if (num.hasArabic && !num.hasChinese && /^\d{2,4}$/.test(body) && /^(?:指数|指數)/.test(text.slice(num.end, num.end + 2)) && /[A-Za-z\u4e00-\u9fff]\s?$/.test(text.slice(Math.max(0, num.start - 2), num.start))) {
    ctx.skip = num.end
    return null
  }
  if (num.hasArabic && !num.hasChinese && /^\d{2,4}$/.test(body) && INDEX_FAMILY_BEFORE.test(text.slice(Math.max(0, num.start - 8), num.start)) && !INDEX_LEVEL_AFTER.test(text.slice(num.end, num.end + 6))) {
    ctx.skip = num.end
    return null
  }
  // A listed company's stock code in brackets right after its name (`有線寬頻（1097）舉行`, `台積電（2330）`): four digits, not a year, no unit after.
  if (num.hasArabic && !num.hasChinese && /^\d{4}$/.test(body) && !/^(?:19|20)\d\d$/.test(body) && /[\u4e00-\u9fff]{2}[(（]$/.test(text.slice(Math.max(0, num.start - 3), num.start)) && /^[)）]/.test(text.slice(num.end, num.end + 1)) && unitAt(ctx, num.end + 1) === null && currencyAt(ctx, num.end + 1) === null) {
    ctx.skip = num.end
    return null
  }
  return undefined
}

/** A date of eight digits, a long run of digits (a code), a fiscal year. */
function runOfDigits(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  // A month written after its year and a slash (`2020/9月`, a table's head): a date, not a count or a fraction.
  const slashMonth = num.hasArabic && !num.hasChinese && /^(?:19|20)\d\d$/.test(body) ? /^[/／](0?[1-9]|1[0-2])月/.exec(text.slice(num.end, num.end + 4)) : null
  if (slashMonth) {
    ctx.skip = num.end + slashMonth[0].length
    return dateQuantity(ctx, num.start, ctx.skip, `${body}-${(slashMonth[1] as string).padStart(2, '0')}`, 'date')
  }
  // A date written as eight digits (`20200808`) and a long run of digits with no grouping (a code): not counts.
  if (num.hasArabic && !num.hasChinese && /^\d+$/.test(body) && num.start === num.bodyStart && !isWhole(ctx, num.start, num.end)) {
    const compact = /^(19\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(body)
    if (compact) {
      ctx.skip = num.end
      return dateQuantity(ctx, num.start, num.end, `${compact[1]}-${compact[2]}-${compact[3]}`, 'date')
    }
    // Taiwan's date code closing a report (`（編譯：某某）1141128`, after a bracket, a stop or a tag): year 114 of the Republic, month, day.
    const republic = /^(1[01]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(body)
    if (republic && unitAt(ctx, num.end) === null && currencyAt(ctx, num.end) === null && /(?:^|[)）\s>。])$/.test(text.slice(Math.max(0, num.start - 1), num.start))) {
      ctx.skip = num.end
      return dateQuantity(ctx, num.start, num.end, `${Number(republic[1]) + 1911}-${republic[2]}-${republic[3]}`, 'date')
    }
    if (body.length >= 10 && unitAt(ctx, num.end) === null && currencyAt(ctx, num.end) === null && !/^[万萬亿億]/.test(text.slice(num.end, num.end + 1))) {
      ctx.skip = num.end
      return null
    }
  }
  // A fiscal year (`2018-19年度`, `2018/19财年`, `2019／20年度`, and without 年度 when the second year follows the
  // first: `2015-16、2016-17`, `2018-19至2027-28年度`): the year, not a count.
  if (num.hasArabic && !num.hasChinese && /^(?:19|20)\d\d$/.test(body)) {
    const fiscal = /^[-－/／](\d{2})(年度|财年|財年|学年|學年|年)?/.exec(text.slice(num.end, num.end + 6))
    const rest = fiscal ? text.slice(num.end + fiscal[0].length, num.end + fiscal[0].length + 1) : ''
    if (fiscal && (fiscal[2] !== undefined || (Number(fiscal[1]) === (num.value + 1) % 100 && !/[\d\-－/.．:：]/.test(rest)))) {
      ctx.skip = num.end + fiscal[0].length
      return dateQuantity(ctx, num.start, ctx.skip, body, 'year')
    }
  }
  return twoDigitYearEnd(ctx, num, body)
}

/** The first year of a span whose end is written with two digits (`2017至18年`, `2020 至 21 年度`). */
const SPAN_START = /(19|20)(\d\d)(?:年|年度)?\s*(?:至|到|-|－|~|～|—|–)\s*$/

/** The end of a span of years written with two digits (`2017至18年`, `2020 至 21 年度`, `2023至26年`): a year. */
function twoDigitYearEnd(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || !/^\d{2}$/.test(body) || num.start !== num.bodyStart) return undefined
  const first = SPAN_START.exec(text.slice(Math.max(0, num.start - 10), num.start))
  const unit = /^\s*年(?:度)?/.exec(text.slice(num.end, num.end + 4))
  if (first === null || unit === null || num.value <= Number(first[2]) || num.value - Number(first[2]) > 30) return undefined
  const year = String(Number(first[1]) * 100 + num.value)
  ctx.skip = num.end + unit[0].length
  const q = dateQuantity(ctx, num.start, ctx.skip, year, 'year')
  q.value = q.low = q.high = Number(year)
  q.lowInclusive = q.highInclusive = true
  q.unit = '年'
  return q
}

/** A clock time with 点 (`22点30分`), a game clock or race time (`5分15秒`). */
function clockOrRaceTime(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  const clock = CLOCK.exec(body)
  if (clock && text[num.end] === '分' && Number(clock[1]) <= 24 && Number(clock[2]) < 60) {
    const q = makeQuantity(ctx, num.start, num.end + 1, num.start, num.end + 1, null, {low: null, high: null, lowInclusive: false, highInclusive: false, approx: false}, 'time', null)
    q.time = `${clock[1]!.padStart(2, '0')}:${clock[2]}`
    ctx.skip = num.end + 1
    return q
  }
  const game = /^(?:分\d{1,2}秒|秒\d{1,2}(?!\d))/.exec(text.slice(num.end, num.end + 5))
  if (game && num.hasArabic && num.value < 100) {
    ctx.skip = num.end + game[0].length
    return null
  }
  return undefined
}

/** Strokes and track events after a distance (`50米蛙泳`, `400米栏`): the name of the event. */
const SPORT_EVENT = /^(?:自由泳|蛙泳|仰泳|蝶泳|个人混合泳|個人混合泳|混合泳|混合泳接力|接力|跨栏|跨欄|栏|欄|跑|短跑|障碍|障礙|竞走|競走|步枪|步槍|手枪|手槍|飞碟|飛碟|速滑|短道)/
/** Diseases whose stage is written `N期` (`2期膽管癌`, `三期肺癌`). */
const STAGED = /^[\u4e00-\u9fff]{0,3}(?:癌|瘤|肿瘤|腫瘤|淋巴瘤|白血病)/
/** Words before a bare round numeral that make it an amount whatever the text names (`近百本`, `上千家`, `数百名`). */
const ROUND_AMOUNT_BEFORE = /[近上数數几幾逾超过過约約成达達多余餘一二两兩三四五六七八九\d]$/

/**
 * Whether `word` (a bare `百本`, `千家`) is a name somewhere in the text: quoted alone (`「百本」`) or
 * heading a company's name (`百本醫護控股有限公司`). Names recur; every mention of it is then the name.
 */
function namedInText(ctx: ScanContext, word: string): boolean {
  const cache = (ctx.names ??= new Map<string, boolean>())
  let named = cache.get(word)
  if (named === undefined) {
    const quoted = ['「', '“', '『', '"'].some((open, k) => ctx.text.includes(open + word + ['」', '”', '』', '"'][k]))
    named = quoted || new RegExp(`${word}[\\u4e00-\\u9fff]{0,8}(?:有限公司|公司|控股|集团|集團|股份)`).test(ctx.text)
    cache.set(word, named)
  }
  return named
}

/**
 * Counts that are names, ranks or labels once their unit is known: a bare `百`/`千` with a
 * classifier that the text uses as a name (`百本` of `百本醫護控股有限公司`; see namedInText),
 * `一` with a classifier right before another number (`一個4.5米高的位置`, `一份269萬元的合約`: the
 * article `a`), a Chinese numeral with `级` (`二級毒品`: a grade), `一家` before the family's size (`一家三口`), a rank (`前三名`), a distance
 * naming an event (`800米自由泳`), a cancer stage (`2期膽管癌`), a road section (`自由路2段`).
 */
export function notAnAmountWithUnit(ctx: ScanContext, num: Numeral, tail: Tail): boolean {
  const {text} = ctx
  const numeral = text.slice(num.bodyStart, num.end)
  const before = text.slice(Math.max(0, num.start - 1), num.start)
  const after = text.slice(tail.end, tail.end + 8)
  if (tail.kind === 'count' && tail.unit !== null && /^[百千佰仟]$/.test(numeral) && num.start === num.bodyStart && !ROUND_AMOUNT_BEFORE.test(before) && namedInText(ctx, text.slice(num.start, tail.end))) return true
  if (tail.kind === 'count' && tail.unit !== null && /^[一壹]$/.test(numeral) && /^\s*[\d０-９]/.test(after)) return true
  // `二級毒品`, `一级响应`: 一/二 with 级 is a grade (two levels are `两级`).
  if (tail.unit === '级' && /^[一二壹贰貳]$/.test(numeral) && /^[\u4e00-\u9fff]/.test(after)) return true
  if (tail.unit === '名' && before === '前') return true
  // `一家三口`, `一家五口`: the whole family, whose size the count after it gives; not one household.
  if (tail.unit === '家' && /^[一壹]$/.test(numeral) && /^[两兩二三四五六七八九十]+口/.test(after)) return true
  if (sizeClass(text, numeral, tail)) return true
  // A rank without 名 (`进入全球前十。`).
  if (!tail.hasUnit && before === '前' && num.hasChinese && !num.hasArabic && !/^[\u4e00-\u9fff]/.test(after)) return true
  if (num.hasArabic && (tail.unit === '米' || tail.unit === '公里') && SPORT_EVENT.test(after)) return true
  if (tail.unit === '期' && num.value <= 4 && STAGED.test(after)) return true
  // A road section in an address (`自由路2段94號`, `南京東路一段`).
  if (tail.unit === '段' && /[路街道]$/.test(before)) return true
  return false
}

/**
 * A number that names a class of size rather than an amount: the number of digits of a figure
 * (`两位数增长`, `四位数`; not `两位数学家`, `两位数据分析师`), and a round magnitude with 级
 * (`5亿吨级气田`, `百万级粉丝`, as `万元户` names a class; not `3万吨，级别`, nor `50公斤级`).
 */
function sizeClass(text: string, numeral: string, tail: Tail): boolean {
  if (tail.unit === '位' && /^[数數](?![据據学學码碼理字])/.test(text.slice(tail.end, tail.end + 2))) return true
  // (`300亿分级基金`: 分级 is a word, graded funds, and 300亿 their size.)
  if (!/[百千万萬亿億]$/.test(numeral) || tail.unit === '分') return false
  return (tail.unit === '级' || tail.unit === '級' || /^[级級]/.test(text[tail.end] ?? '')) && !/^[别別]/.test(text[tail.unit === '级' || tail.unit === '級' ? tail.end : tail.end + 1] ?? '')
}

/**
 * Two Chinese numerals, each with the same unit, back to back (`十秒八秒`, `十天八天`, `三年五年`):
 * a vague set phrase ("a few seconds"), not two amounts; and `三天兩頭` ("every so often"). Sets the
 * skip past both. (`三天兩夜`, three days and two nights, names two different units and stays.)
 */
export function isPairedSetPhrase(ctx: ScanContext, num: Numeral, tail: Tail): boolean {
  const {text} = ctx
  if (!num.hasChinese || num.hasArabic || !tail.hasUnit || tail.unit === null) return false
  const unitText = text.slice(tail.numEnd, tail.end)
  if (unitText.length === 0 || unitText.length > 2 || tail.end !== tail.numEnd + unitText.length) return false
  const repeat = new RegExp(`^[一二两兩三四五六七八九十]{1,2}(?:${unitText}|頭|头)`).exec(text.slice(tail.end, tail.end + 4))
  if (repeat === null || ((repeat[0].endsWith('頭') || repeat[0].endsWith('头')) && !/^[天日]$/.test(unitText))) return false
  ctx.skip = tail.end + repeat[0].length
  return true
}

/** A school year (`國二`, `高三`, `初一`, `小二`): one Chinese digit after the school level, with no unit. */
export function isSchoolYear(ctx: ScanContext, num: Numeral, tail: Tail): boolean {
  const {text} = ctx
  if (tail.hasUnit || !num.hasChinese || num.hasArabic || num.end - num.bodyStart !== 1 || num.value > 6) return false
  // (大一…大四, a university year, only after a verb of studying: `上大一`, `讀大三`; 大 alone is too often "bigger".)
  const university = /(?:上|读|讀|念|是|唸)大$/.test(text.slice(Math.max(0, num.start - 2), num.start)) && num.value <= 4
  return (university || /[国國初高小]$/.test(text.slice(Math.max(0, num.start - 1), num.start))) && !/^[\u4e00-\u9fff]/.test(text.slice(tail.end, tail.end + 1).replace(/[的生时時那]/, ''))
}
