/**
 * Numbers that refer to something rather than measure it: a share code joined to its market
 * (`(601939-CN)`), a court case number (`734/2020`, `DCCC606-610`), the date that names an event
 * (`7.21當晚`, `6.12金鐘大衝突`), the scores of a results line (`小熊 1:6 國民`), and the numbers of
 * a place: a house, a flat, a floor, a phone (`自由路2段94號`, `6、7室單位`, `從4樓`, `(04)3611-2366`).
 */

import {AIRCRAFT_CLASS, AIRCRAFT_NUMBER, type Numeral} from './numeral.js'
import type {Quantity} from './types.js'
import type {ScanContext} from './context.js'
import {currencyAt, unitAt} from './words.js'

/** Words of a craft after its name and number, and a model's letter or serial between (`三号丙运载火箭`, `一号04星`). */
const CRAFT_AFTER = /^[甲乙丙丁A-Za-z0-9０-９]{0,3}(?=飞船|飛船|飞行器|飛行器|目标飞行器|目標飛行器|卫星|衛星|星(?!期)|运载火箭|運載火箭|火箭|探测器|探測器|空间站|空間站|太空站|核心舱|核心艙)/
/** A name of two characters, a number and 号 before a word of a craft, anywhere in the text. */
const CRAFT_IN_TEXT = new RegExp(`([\\u4e00-\\u9fff]{2}[零一二三四五六七八九十百0-9０-９]{1,4}[号號])(?=${CRAFT_AFTER.source.slice(1)})`, 'g')

/** After a number: letters of a route and 线 (`R線`), or 时代 (`”时代`): a name, not an amount. */
const LINE_OR_ERA_AFTER = /^(?:[A-Za-z]{0,2}[线線](?![路索条條])|[”"」』]?[时時]代)/

/** Unleaded petrol after an octane grade (`95無鉛`, `92无铅汽油`). */
const UNLEADED_AFTER = /^(?:无铅|無鉛|號無鉛|号无铅)/

/**
 * A number with 号 that names a craft or a line rather than ranking or dating anything: a line or
 * a route (`地铁4号线`, `38號線`, `12號巴士`, `6号公交车`), and a craft whose name the text writes once before a word of a craft
 * (`神舟九号飞船`, `长征三号丙火箭`, `天链一号04星`), wherever that name then stands (`神舟九号与天宫一号对接`).
 * `null` drops the numeral (and sets the skip past 号 and a model's serial), `undefined` leaves it.
 */
export function craftOrLineName(ctx: ScanContext, num: Numeral): Quantity | null | undefined {
  const {text} = ctx
  // A bus or railway line named by its number and letters (`968線`, `96R線`), an era named by a growth rate (`“6时代”`).
  if (num.hasArabic && !num.hasChinese && num.start === num.bodyStart && LINE_OR_ERA_AFTER.test(text.slice(num.end, num.end + 4))) {
    ctx.skip = num.end
    return null
  }
  // A fuel's octane grade (`95無鉛汽油`, `98无铅`): the name of a product, not an amount.
  if (num.hasArabic && !num.hasChinese && num.start === num.bodyStart && num.value >= 80 && num.value <= 100 && UNLEADED_AFTER.test(text.slice(num.end, num.end + 3))) {
    ctx.skip = num.end
    return null
  }
  if (!/^[号號]/.test(text.slice(num.end, num.end + 1)) || num.start !== num.bodyStart) return undefined
  if (/^(?:[线線]|巴士|小巴|公交|公車|公车)/.test(text.slice(num.end + 1, num.end + 3))) {
    ctx.skip = num.end + 2
    return null
  }
  if (num.start < 2 || !namesCraftInText(ctx, text.slice(num.start - 2, num.end + 1))) return undefined
  ctx.skip = num.end + 1 + (CRAFT_AFTER.exec(text.slice(num.end + 1, num.end + 12))?.[0].length ?? 0)
  return null
}

/** Whether `name` (`神舟九号`) stands before a word of a craft somewhere in the text; found in one pass, the first time. */
function namesCraftInText(ctx: ScanContext, name: string): boolean {
  const cache = (ctx.names ??= new Map<string, boolean>())
  if (!cache.has('craft:')) {
    cache.set('craft:', true)
    for (const match of ctx.text.matchAll(CRAFT_IN_TEXT)) cache.set(`craft:${match[1]}`, true)
  }
  return cache.get(`craft:${name}`) === true
}

/** A hyphen and a market's code after a share's number (`601939-CN`, `00700-HK`, `2330-TW`). */
const MARKET_AFTER = /^[-－](?:CN|HK|TW|US|SH|SZ|SS|JP|KS|SG)(?![A-Za-z])/
/** A court's letters and a case's number before a hyphen (`DCCC606-`, `HCCC 12-`): the start of a run of cases. */
const CASE_RUN_BEFORE = /[A-Z]{2,}\s?\d{1,5}[-－]$/
/** A year after a slash (`734/2020`, `259/2021`): the year a case or a document was filed. */
const FILING_YEAR_AFTER = /^[/／](?:19[5-9]\d|20\d\d)(?![\d.．])/
/**
 * Words of an event after a month and day written as one number (`7.21當晚`, `6.12金鐘大衝突`,
 * `721白衣人暴動案`, `【7.1衝擊立會】`): the day that names the event, not an amount. A few
 * characters (a place, who took part) may stand between.
 */
const EVENT_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:當天|當日|當晚|當夜|当天|当日|当晚|当夜|事件|衝突|冲突|衝擊|冲击|暴動|暴动|遊行|游行|集會|集会|襲擊|袭击|慘案|惨案|運動|运动|大罷工|大罢工|事故|大火|火灾|火災|地震|空难|空難)/
/** A middle dot and a day after a month, and a closing quote if any (`·30”`). */
const DOTTED_DAY = /^[·・•‧]([1-9]|[12]\d|3[01])(?!\d)[”"」』]?/
/** A month and day written `7.21` or `721`. */
const MONTH_DAY = /^(?:(1[0-2]|[1-9])[.．](3[01]|[12]\d|[1-9])|([1-9])(3[01]|[12]\d|0[1-9]))$/

/**
 * A share code joined to its market, a case number, the date of an event, a score in a results
 * line: `null` drops the numeral (and sets the skip), `undefined` leaves it to the other readers.
 */
export function reference(ctx: ScanContext, num: Numeral, body: string): Quantity | null | undefined {
  const {text} = ctx
  if (!num.hasArabic || num.hasChinese || num.neg || num.start !== num.bodyStart) return undefined
  // An aircraft named by its class and number (`歼-20战机`, `运-20B`): a name.
  if (AIRCRAFT_CLASS.includes(text[num.start - 2] ?? '') && AIRCRAFT_NUMBER.test(text.slice(num.start - 1, num.end + 2))) {
    ctx.skip = num.end
    while (/[A-Za-z]/.test(text[ctx.skip] ?? '')) ctx.skip++
    return null
  }
  if (/^\d{3,6}$/.test(body) && MARKET_AFTER.test(text.slice(num.end, num.end + 4))) {
    ctx.skip = num.end + 3
    return null
  }
  // The end of a run of cases (`DCCC606-610`) belongs to the code its start is glued to.
  if (/^\d{1,5}$/.test(body) && CASE_RUN_BEFORE.test(text.slice(Math.max(0, num.start - 14), num.start))) {
    ctx.skip = num.end
    return null
  }
  // A case or a document numbered within its year (`734/2020`): prose writes no fraction over a year.
  const filed = /^\d{2,6}$/.test(body) ? FILING_YEAR_AFTER.exec(text.slice(num.end, num.end + 6)) : null
  if (filed !== null) {
    ctx.skip = num.end + filed[0].length
    return null
  }
  if (eventDate(ctx, num, body)) return null
  if (identifier(ctx, num)) return null
  if (placeNumber(ctx, num)) return null
  if (resultsLineScore(ctx, num)) return null
  return undefined
}

/**
 * A month and a day that a word of an event follows (see EVENT_AFTER), or that the text names an
 * event with elsewhere (`612衝突` once, then `612基金`, `612工作人員`: the same day names the fund and
 * its staff). Only with nothing after it that counts or prices (`612人` stays people). Sets the skip.
 */
function eventDate(ctx: ScanContext, num: Numeral, body: string): boolean {
  const {text} = ctx
  // The month and day of an event joined by a middle dot, often quoted (`“6·30”大火`, `7·23事故`).
  const dotted = DOTTED_DAY.exec(text.slice(num.end, num.end + 5))
  if (dotted !== null && /^(?:1[0-2]|[1-9])$/.test(body) && Number(dotted[1]) <= 31 && EVENT_AFTER.test(text.slice(num.end + dotted[0].length, num.end + dotted[0].length + 10))) {
    ctx.skip = num.end + dotted[0].length
    return true
  }
  if (!MONTH_DAY.test(body) || unitAt(ctx, num.end) !== null || currencyAt(ctx, num.end) !== null) return false
  if (!EVENT_AFTER.test(text.slice(num.end, num.end + 10)) && !namesEventInText(ctx, body)) return false
  ctx.skip = num.end
  return true
}

/** A month and day standing alone (`612`, `7.21`), then a word of an event (as EVENT_AFTER). */
const EVENT_DAY_IN_TEXT = new RegExp(`(?<![0-9０-９.．])(\\d{1,2}[.．]\\d{1,2}|\\d{3,4})(?![0-9０-９])(?=${EVENT_AFTER.source.slice(1)})`, 'g')

/**
 * Whether `body` (`612`, `7.21`) stands alone before a word of an event somewhere in the text. The
 * days so named are found in one pass over the text, the first time one is asked for.
 */
function namesEventInText(ctx: ScanContext, body: string): boolean {
  const cache = (ctx.names ??= new Map<string, boolean>())
  if (!cache.has('event:')) {
    cache.set('event:', true)
    for (const match of ctx.text.matchAll(EVENT_DAY_IN_TEXT)) if (MONTH_DAY.test(match[1]!)) cache.set(`event:${match[1]}`, true)
  }
  return cache.get(`event:${body}`) === true
}

/** A score `a:b` of whole numbers set off by spaces, as a results line writes them. */
const SPACED_SCORE = /(?:^|[\s\u3000])\d{1,3}[:：]\d{1,3}(?=$|[\s\u3000(（])/g

/**
 * A score in a line of results (`小熊 1:6 國民光芒 4:2(10局) 海盜金鶯 3:1`): a colon pair of whole
 * numbers between names set off by spaces, on a line that holds at least one more such pair. A
 * ratio in prose stands alone and is rarely spaced (`男女比例為1:1.2`). Sets the skip.
 */
function resultsLineScore(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  const side = /^[:：]\d{1,3}(?=$|[\s\u3000(（])/.exec(text.slice(num.end, num.end + 5))
  if (side === null || !Number.isInteger(num.value) || num.value > 200 || !/[\s\u3000]/.test(text[num.start - 1] ?? '')) return false
  // A clock time (`[10:33] 林某升上二壘`, the stamps of a live report) is a time, not a score.
  if (num.value <= 23 && /^[:：][0-5]\d$/.test(side[0])) return false
  // (The line's scores are counted once per line: a results table of thousands of scores on one line stays linear.)
  const cached = ctx.scoreLine
  if (!cached || num.start < cached.start || num.start >= cached.end) {
    const start = text.lastIndexOf('\n', num.start) + 1
    const newline = text.indexOf('\n', num.end)
    const end = newline < 0 ? text.length : newline
    ctx.scoreLine = {start, end, scores: (text.slice(start, end).match(SPACED_SCORE) ?? []).length}
  }
  if (ctx.scoreLine!.scores < 2) return false
  ctx.skip = num.end + side[0].length
  return true
}

/**
 * Words that a number identifying something follows: a registration or a licence (`京ICP备`,
 * `公网安备`, `许可证：浙B2-`, `No.`), or a label with its colon (`邮编：`, `電話：(`, `個案編號：`; not
 * `电话012`, which a peer suite reads as 12), or the `@` of an e-mail address. Prose puts a verb or
 * a classifier there (`热线电话今年接到`, `许可证320张`).
 */
const IDENTIFIER_BEFORE = /(?:(?:^|(?<=[（(、，,為为是與与及和至：:\s]))案|(?:(?:ICP|ＩＣＰ)[备備证證]|公网安备|公網安備|公安网备号|公安網備號|[备備]案[号號序]{0,2}|许可证号?|許可證號?|[许許]可[证證]号码|(?<![A-Za-z])(?:No|NO)[.．]?)\s?(?:[：:]\s?)?|(?:编号|編號|邮编|郵編|邮政编码|郵政編碼|郵遞區號|电话|電話|传真|傳真|专线|專線|热线|熱線|总机|總機|Tel|TEL|Fax|FAX)\s?[：:]\s?)(?:[（(［\[]\s?)?(?:[\u4e00-\u9fff]?[A-Z]\d?[-－])?$|@$/
/** The rest of an identifier: 号, a suffix, the other groups of a phone and its extensions (`#6609`), the others of a list (`4012、4015及4020`). */
const IDENTIFIER_REST = /^[号號]?(?:[-－]\d{1,3}(?!\d))?(?:(?:[\s\-－()（）+、及#＃]|\s?[|｜]\s?(?=\d))*[0-9０-９]+[号號]?)*(?:[A-Za-z0-9.]*)/

/**
 * A number that identifies rather than measures: a site's registration and its suffix
 * (`京ICP备20027467号-1`), a licence, a postcode, a phone line with all its groups, a list of case
 * numbers after 編號, an issue `No.550`, the digits of an e-mail address. Sets the skip past it all.
 */
function identifier(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (voteButtonOrPhone(ctx, num)) return true
  const spaced = SPACED_PHONE.exec(text.slice(num.start, num.start + 10))
  if (spaced !== null && !/^(?:19|20)\d\d (?:19|20)\d\d/.test(spaced[0]) && PHONE_LEAD.test(text.slice(Math.max(0, num.start - 4), num.start))) {
    ctx.skip = num.start + spaced[0].length
    return true
  }
  // (Only the 16 characters before it, cut at a line break: a long line of numbers stays linear.)
  const window = text.slice(Math.max(0, num.start - 16), num.start)
  if (!IDENTIFIER_BEFORE.test(window.slice(window.lastIndexOf('\n') + 1))) return false
  // A classifier or a currency after it makes it an amount (`许可证320张`); 号 closes a registration.
  if (!/^[号號]/.test(text[num.end] ?? '') && (unitAt(ctx, num.end) !== null || currencyAt(ctx, num.end) !== null)) return false
  // (A run of case numbers, `案17307-17309`, `案17230、案17238`, stops at its bracket: `）及40例` is a count.)
  const rest = window.endsWith('案') ? CASE_REST : IDENTIFIER_REST
  ctx.skip = num.end + rest.exec(text.slice(num.end, num.end + 80))![0].length
  return true
}

/** The rest of a run of case numbers after the first (`-17309`, `、案17238`). */
const CASE_REST = /^(?:\s?[-－~～至、]\s?案?[0-9０-９]+)*/

/**
 * Eight digits in two groups of four split by a space, as Hong Kong writes a phone number
 * (`總機：⏎2798 2323`, `查詢 : 3181 3666`, `/ 3181 3000（日報）`), after a colon, a slash or a line's
 * start: an amount is grouped by threes, and two amounts side by side are not split so.
 */
const SPACED_PHONE = /^[2-9]\d{3} \d{4}(?![\d.．,，%％萬万億亿千百])/
/** What stands before a spaced phone number: a colon, a slash, or a line's start, spaces allowed. */
const PHONE_LEAD = /(?:^|[\n：:/／])[ \t\u3000]*$/

/** A `+` opening a line or a widget's cell (`⏎+1顶71⏎|+1踩0`). */
const BUTTON_BEFORE = /(?:^|[\n|｜])[ \t]?[+＋]$/
/** What follows a vote button: a word of voting or the line's end. */
const BUTTON_AFTER = /^(?:[顶頂踩赞讚]|[ \t]*(?:\n|$))/
/** The groups of a phone number after its country code (`-02-2345-6789`, ` 2345 6789`, `-02-87125398`). */
const PHONE_GROUPS = /^(?:[-－ ]\d{2,4}){1,3}[-－ ]\d{4,8}(?![\d.．])/

/**
 * The `+1` button of a comment widget (`+1顶71`, `|+1踩0`, `+1` alone on its line; the counts beside
 * it stay), and an international phone number (`+886-02-2345-6789`, `+852 2345 6789`). Sets the skip.
 */
function voteButtonOrPhone(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!/[+＋]/.test(text[num.start - 1] ?? '')) return false
  const before = text.slice(Math.max(0, num.start - 3), num.start)
  if (num.value === 1 && BUTTON_BEFORE.test(before) && BUTTON_AFTER.test(text.slice(num.end, num.end + 3))) {
    ctx.skip = num.end
    return true
  }
  const groups = num.end - num.start <= 3 ? PHONE_GROUPS.exec(text.slice(num.end, num.end + 20)) : null
  if (groups === null || !/(?:^|[\s：:(（])[+＋]$/.test(before)) return false
  ctx.skip = num.end + groups[0].length
  return true
}

/** A street and any sections or lanes before a house number (`自由路2段`, `康樂街141巷`, `碧街`). */
const STREET_BEFORE = /[路街道巷弄段](?:[0-9０-９一二三四五六七八九十]+[段巷弄])*$/
/** A house number or a span of them closed by 號 (`94號`, `15至27號`). */
const HOUSE_AFTER = /^(?:\s?[至到\-－~～、及和]\s?[0-9０-９]+)?[號号]/
/** A lane or a section that a house number follows (`141巷38號`, `2段94號`). */
const LANE_AFTER = /^[巷弄段][0-9０-９]+[號号]/
/** A flat, alone or joined in a list (`7室單位`, `6、7室單位`, `6及7號單位`). */
const FLAT_AFTER = /^(?:\s?[、及和至]\s?[0-9０-９]{1,3})?(?:室|[號号])(?:單位|单位)/
/** A floor: 樓 right after the number, not a height (`20樓高`); storeys are written `4層樓`. */
const FLOOR_AFTER = /^[樓楼](?![高])/
/** An area code before a phone number (`(04)3611-2366`, `(02) 2306-3848`). */
const AREA_CODE_BEFORE = /[(（]0\d{1,3}[)）]\s?$/
/** The rest of a phone number after its area code or first group (`02-8792-8888`, `3611-2366`), and its extensions (`#6609 #6655`). */
const PHONE_REST = /^[-－]\d{3,4}(?:[-－]\d{4})?(?!\d)(?:\s?[#＃]\d{1,5}(?!\d))*/

/**
 * The number of a place rather than an amount: a house number after its street, section or lane,
 * a lane before a house number, a flat (`室單位`), a floor, or the groups of a phone number after
 * its area code. Sets the skip past the whole address part or phone number.
 */
function placeNumber(ctx: ScanContext, num: Numeral): boolean {
  const {text} = ctx
  if (!Number.isInteger(num.value)) return false
  const after = text.slice(num.end, num.end + 12)
  const street = STREET_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start))
  const part = (street ? HOUSE_AFTER.exec(after) : null) ?? LANE_AFTER.exec(after) ?? FLAT_AFTER.exec(after) ?? FLOOR_AFTER.exec(after)
  if (part !== null) {
    ctx.skip = num.end + part[0].length
    return true
  }
  const phone = PHONE_REST.exec(text.slice(num.end, num.end + 30))
  const areaCode = AREA_CODE_BEFORE.test(text.slice(Math.max(0, num.start - 7), num.start))
  if (phone !== null && (areaCode || (/^0\d{1,3}$/.test(text.slice(num.start, num.end)) && phone[0].length > 6))) {
    ctx.skip = num.end + phone[0].length
    return true
  }
  return false
}
