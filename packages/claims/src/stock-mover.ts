import type {Quantity} from '@jiaodui/zh-number'
import type {SegmentContext, SentenceState, StockMover} from './context.js'
import {indexAt, MARKET_NAMES} from './topic.js'

/**
 * Stocks named before their moves and closes in a market report (`中海油急升14%`, `聯發科終場收漲1.41%、至1080元`,
 * `阿里巴巴及騰訊分別低收5%及逾4%`, `台積電…以602元作收`): the figure is the stock's, its scope the company, its
 * metric the share price (`股价`: a percentage is a rate of it by the claim's role; money, moved by or closed at,
 * is never compared, as round 38 decided for a market report's money). Only where the line holding the figure
 * speaks of a stock market (`STOCK_CONTEXT`); stock indices and markets are read elsewhere (`marketMove`).
 */

/** Verbs of a share's rise, longest first where one ends another. */
const UP = ['急升', '大升', '飙升', '累升', '累涨', '大涨', '急涨', '收涨', '收升', '收高', '高收', '上涨', '上升', '反弹', '走高', '小涨', '升', '涨']
/** Verbs of a share's fall. */
const DOWN = ['急跌', '急挫', '急泻', '大跌', '大挫', '累跌', '重挫', '下挫', '下跌', '收跌', '收低', '低收', '回吐', '走低', '小跌', '跌', '挫', '泻']
/** Verbs of a share's close or quote. */
const CLOSE = ['最新报', '收在', '收于', '收报', '报收', '收市报', '报', '收', '至']

const VERB_END = new RegExp(`(?:${[...UP, ...DOWN, ...CLOSE].sort((a, b) => b.length - a.length).join('|')})$`)
/** What may stand between a verb and its figure: a bound of the figure, a currency. */
const AFTER_VERB = /(?:逾|近|约|超过|达|高达)?(?:新台币|台币|港币|港元|美元|人民币)?$/
/**
 * What may stand between a stock's name and its verb: a bracketed code or name (`(Apple Inc., AAPL)`), 分别, a day or a
 * session (`24日`, `终场`, `今天开盘`, `在鼠年`), a word of the market's (`股价`, `ADR`), an adverb (`则`, `亦`, `一度`).
 */
const FILLER_END = /(?:[（(][^（）()]{0,40}[）)]|[，,]?分别|\s+|在?(?:\d{1,2}[日月]|今天|今日|昨天|昨日|周[一二三四五六日])|在?(?:盘前|盘后|盘中)?交易中|终场|尾盘|盘中|早盘|早段|午盘|开盘|收市|收盘|全日|单日|当日|当天|当月|在?[鼠牛虎兔龙蛇马羊猴鸡狗猪]年|年内|全年|今年|去年|本周|上周|全周|本月|上月|本季|周线|按季|按年|按月|同比|环比|累计|一度|曾经|曾|则|亦|也|仍|再|均|都|股价|ADR|H股)$/
/** Where a stock's name starts: after a clause mark or a word that ends the words before it (`受美國制裁的中聯通`). */
const NAME_START = /^.*(?:推升|带动|拖累|受惠于?|[，,。；;：:！？!?\n（）()“”"「」『』《》]|的|是|为|由|被|而|但|其次|另外|此外|其中|当中|不过|只有|此前|之前|其后|随后|部分|方面|族群)/
/** A sector's word before a name (`重磅股騰訊`, `地產股九倉置業`), not a company's own `股份`. */
const SECTOR_BEFORE = /^.*股(?!份|价|票)/
/** A list of names, split. */
const NAME_LIST = /[、及和与]/
/** Words that are no stock's name. */
const NOT_A_STOCK = /^(?:股价|股市|股票|大市|成交|成交额|成交量|成交值|指数|汇率|油价|金价|价格|期货|国债|收益率|人民币|美元|港元|日圆|日元|欧元|英镑|市场|板块|行业|企业|公司|个股|大盘|市值|比特币|黄金|白银|原油|铜价|该股|此股|两股)$/
/** The line of a figure speaks of a stock market. */
const STOCK_CONTEXT = /蓝筹|重磅股|[^\s，,。；;]股(?:普遍|表现|方面|部分|族群|向上|向下|造好|受压|捱沽|挨沽)|终场|收盘|收市|盘中|尾盘|开盘|股价|权值股|个股|股王|涨停|跌停|台股|港股|美股|A股|H股|ADR|恒指|大市|加权指数|[^\s，,。；;]股[，,。；;：:、]|多只|板块|万张|成交量|交易量/
/** How far around a figure its line is read for those words, in characters. */
const CONTEXT_REACH = 300

/** The mover reading of `q`, the `index`-th quantity of its sentence: the stock's name and the figure's metric. */
export function stockMover(ctx: SegmentContext, sentence: SentenceState, q: Quantity, index: number): {name: string; metric: string} | undefined {
  if (q.kind !== 'percent' && q.kind !== 'money') return undefined
  const found = listed(ctx.folded, sentence, q, index) ?? named(ctx, sentence, q)
  if (!found || !inStockReport(ctx.folded, q)) return undefined
  sentence.mover = {...found.state, end: q.end}
  return {name: found.name, metric: '股价'}
}

/** Whether the line holding `q` speaks of a stock market, within CONTEXT_REACH characters either side. */
function inStockReport(folded: string, q: Quantity): boolean {
  const from = Math.max(0, q.start - CONTEXT_REACH)
  const before = folded.slice(from, q.start)
  const after = folded.slice(q.end, q.end + CONTEXT_REACH)
  const line = before.slice(before.lastIndexOf('\n') + 1) + folded.slice(q.start, q.end) + after.split('\n', 1)[0]
  return STOCK_CONTEXT.test(line)
}

/** A figure listed after the mover figure before it (`分別低收5%及逾4%`, `漲0.23元、4.95%`): the next name of the list, or the one name. */
function listed(folded: string, sentence: SentenceState, q: Quantity, index: number): {name: string; state: StockMover} | undefined {
  const last = sentence.mover
  const previous = sentence.quantities[index - 1]
  if (!last || !previous || last.end !== previous.end || !/^[、及和与]?(?:以及)?(?:逾|近|约|超过)?$/.test(folded.slice(previous.end, q.start)) || previous.end === q.start) return undefined
  const next = last.names.length === 1 ? 0 : last.index + 1
  const name = last.names[next]
  return name === undefined ? undefined : {name, state: {...last, index: next}}
}

/** A figure right after a verb of moving or closing, with the stock named before the verb or earlier in the sentence. */
function named(ctx: SegmentContext, sentence: SentenceState, q: Quantity): {name: string; state: StockMover} | undefined {
  const {folded} = ctx
  const floor = Math.max(sentence.span.start, q.start - 60)
  let rest = folded.slice(floor, q.start).replace(AFTER_VERB, '')
  // (`以602元作收`, `以漲停價61.9元作收`: the close, its verb after the figure.)
  const closedAfter = /^(?:元)?\s*作收/.test(folded.slice(q.end, q.end + 4)) ? /以(?:涨停价|跌停价)?$/.exec(rest) : null
  const verb = closedAfter ? '收' : VERB_END.exec(rest)?.[0]
  if (verb === undefined) return undefined
  rest = rest.slice(0, rest.length - (closedAfter ? closedAfter[0].length : verb.length))
  // (`至` closes only after a move: `收漲1.41%、至1080元`.)
  if (verb === '至' && !/[、，,]$/.test(rest)) return undefined
  const stripped = stripFiller(rest)
  rest = stripped.rest
  const respective = stripped.respective
  const names = namesAtEnd(ctx, rest, floor)
  if (names.length === 0) {
    if (rest.length > 0 && !/[，,、]$/.test(rest)) return undefined
    // (`聯電收黑，小跌0.5元`: the clause before names the stock and how it closed, without a figure.)
    const status = STATUS_END.exec(rest.slice(0, -1))
    const before = status ? namesAtEnd(ctx, stripFiller(rest.slice(0, rest.length - 1 - status[0].length)).rest, floor) : []
    if (before.length === 1) return {name: before[0] as string, state: {names: before, index: 0, end: q.end}}
    // (`…終場收跌16元，收625元`: a clause without a name goes on with the stock named before in the sentence.)
    const last = sentence.mover
    return last ? {name: last.names[last.index] as string, state: last} : undefined
  }
  // (`國泰航空及國航升約14%`: without 分别, one figure of several stocks; the first is its scope.)
  const own = names.length > 1 && !respective ? names.slice(0, 1) : names
  return {name: own[0] as string, state: {names: own, index: 0, end: q.end}}
}

/** `text` without the words that may stand between a stock's name and its verb at its end; whether 分别 was one. */
function stripFiller(text: string): {rest: string; respective: boolean} {
  let rest = text
  let respective = false
  for (let m = FILLER_END.exec(rest); m && m[0] !== ''; m = FILLER_END.exec(rest)) {
    if (m[0].includes('分别')) respective = true
    rest = rest.slice(0, rest.length - m[0].length)
  }
  return {rest, respective}
}

/** How a stock closed, said without a figure (`聯電收黑`, `翻紅`). */
const STATUS_END = /(?:收黑|收红|收平|翻红|翻黑|走高|走低|开高走低|开低走高|力守红盘|(?:失守|站上|站回|守住|跌破|升穿|跌穿)[月季年半]线(?:、[月季年半]线)?)$/

/** The stock names ending `text`, which starts at `offset` (`中海油`, `南航及東航`), none when what ends it is no stock's name. */
function namesAtEnd(ctx: SegmentContext, text: string, offset: number): string[] {
  const tail = text.replace(NAME_START, '').replace(SECTOR_BEFORE, '')
  if (tail.length < 2) return []
  const names = tail.split(NAME_LIST)
  let at = offset + text.length - tail.length
  for (const name of names) {
    if (!isStockName(name) || !namedByWords(ctx, at, at + name.length)) return []
    at += name.length + 1
  }
  return names
}

/**
 * Whether the segmenter leaves `[start, end)` a name: not one word of a kind no company's short name is (`最终`/d,
 * `此前`/t, `其后`/c, `出口`/vn). (Short names are often cut into pieces, `台/积/电`, or tagged as common nouns, `小米`/n.)
 */
function namedByWords(ctx: SegmentContext, start: number, end: number): boolean {
  const words = ctx.words.wordsIn(start, end)
  const one = words.length === 1 ? words[0] : undefined
  return !(one && one.start === start && one.end === end && NOT_A_NAME_TAG.test(one.tag))
}

/** Tags of words that are no name: adverbs, times, conjunctions, prepositions, pronouns, places of position, numerals, verbs. */
const NOT_A_NAME_TAG = /^(?:d|t|tg|c|p|r|f|m|q|u[a-z]*|y|v|vd|vn|a|ad|z)$/

/** A stock's short name: two to eight characters of Han or Latin letters, not a market, an index or a word of the market's. */
function isStockName(name: string): boolean {
  // (`航運類指數`, `未含金融類指數`: a sector's index is read as an index; `豬肉每斤`, `油價`: goods and their prices are no stock.)
  if (!/^[\u4e00-\u9fffA-Za-z]{2,8}$/.test(name) || NOT_A_STOCK.test(name) || MARKET_NAMES.has(name) || /指数|[每价]|^(?:涨幅|跌幅|升幅)/.test(name)) return false
  return indexAt(name, 0) === undefined
}
