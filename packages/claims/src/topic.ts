// The named subject of an article: the company, brand, body or person its headline names and its
// body goes on naming. Hong Kong and Taiwan news is often about a company, a scheme or a person
// rather than a place; a figure with no place of its own in such a story is about that subject,
// not about the region the article comes from.

import {lookup} from '@jiaodui/gazetteer'
import {isSurname} from '@jiaodui/zh-script'
import {NEWS_AGENCY_NAME, reportingBody} from './news-words.js'
import {STATISTIC_ACRONYM} from './phrase.js'
import {segmenter, type Word} from './segment.js'

/** A headline is a short first line; a longer one, or one of whole sentences, is a paragraph. */
const HEADLINE_MAX = 80
/** How much of the body is searched for the headline's names. */
const BODY_REACH = 3000
/** A name is repeated in the body at least this often: once may be a passing mention. */
const MIN_REPEATS = 2

/** Endings of the names of bodies and companies (`教育局`, `海巡署`, `某某集团`). */
const BODY_END = /(?:局|署|处|部|委|厅|公司|集团|银行|基金|基金会|协会|学会|百货|航空|巴士|电信|船厂)$/
/** Words that end bodies but name only a kind of body or a seat of power on their own. */
const GENERIC_BODY = /^(?:政府|当局|公司|集团|银行|基金|部门|总局|分局|本局|该局|该署|该公司|市府|县府|港府|澳府|中央)$/
/** Function words and counters: a name contains none of them. */
const NOT_IN_NAME = /[的了是在和与及或等对把被将向从为之年月日个这那其此每各该本全我你他她它们不均都也还就再又已更\d０-９]/

/**
 * The named subject of an article: the first name of its headline (a Latin brand, a name the
 * segmenter tags as a person, organisation or proper noun, a body ending in 局/署/公司…, or
 * pieces of a name the segmenter does not know) that the body repeats. Places are not subjects
 * (the scope already reads them); neither are statistics acronyms (`GDP`).
 */
export function articleSubject(text: string, folded: string): string | undefined {
  const headline = articleHeadline(text, folded)
  const end = headline === undefined ? -1 : text.indexOf('\n')
  const body = folded.slice(end + 1, end + 1 + BODY_REACH)
  const noted = headline === undefined ? undefined : notedCompany(headline, body)
  if (noted) return noted
  const lead = leadCompany(body)
  if (lead) return lead
  if (headline === undefined) return undefined
  // (`美股崩跌台股收黑130點`: of two markets in a headline, the one right before its figure is the one it counts.)
  const figure = headline.search(/[0-9０-９]/)
  let market: {name: string; at: number} | undefined
  for (const name of headlineNames(headline)) {
    // (`獐子岛（SZ.002069）`, `某某(600000)`: a place's name that the body gives with a stock code is a listed company's.)
    // (`…累計308人因COVID-19病逝`: a disease's or a technique's Latin name is no company the story is about.)
    if (repeats(body, name) < MIN_REPEATS || (isPlace(name) && !listedIn(body, name)) || NOT_A_SUBJECT_LATIN.test(name)) continue
    // (`農委會3日公布，…全國農業產物損失…`: a council reporting figures is their source, not the story's subject.)
    const named = headline.indexOf(name)
    if (reportingBody(name, headline.slice(named + name.length, named + name.length + 8))) continue
    if (!MARKET_NAMES.has(name) || figure < 0) return name
    const at = headline.lastIndexOf(name, figure)
    if (at >= 0 && (market === undefined || at > market.at)) market = {name, at}
    else market ??= {name, at: -1}
  }
  return market?.name
}

/** Latin names of diseases, variants and techniques (`COVID`, `SARS`, `Omicron`, `mRNA`): never an article's subject. */
const NOT_A_SUBJECT_LATIN = /^(?:COVID|SARS|MERS|HIV|AIDS|H\dN\d|Omicron|Delta|mRNA|PCR|DNA|RNA|Covid)(?:-?\d+)?$/i

/** A name opening a headline before a colon, with a six-digit stock or fund code in brackets or none (`某某之家：…`, `某某混合(000127)：…`). */
const NOTE_HEAD = /^([\u4e00-\u9fffA-Za-z]{2,10})(?:[(（](\d{6})[)）])?[：:]/
/** `公司` opening a clause: a research note's word for the company it is about (`前三季度，公司实现收入…`). */
const COMPANY_OPENS = /(?:^|[\n，,。；;：:])\s*公司(?![\u4e00-\u9fff]{0,2}(?:表示|称|公告))/g

/**
 * The company a research note is about: a headline that opens with a name and a colon (`某某之家：…
 * 买入评级`, `某某混合(000127)：…`) is a speaker's (`某某：…`) unless the name is given with its stock or
 * fund code, or the body calls it `公司` at the head of its clauses at least twice (`公司实现收入…`,
 * `公司上市四年来…`), as notes on one company do; the body names the company itself once or more.
 */
function notedCompany(headline: string, body: string): string | undefined {
  const head = NOTE_HEAD.exec(headline)
  if (!head || isPlace(head[1] as string)) return undefined
  const name = head[1] as string
  if (!body.includes(name)) return undefined
  if (head[2] !== undefined) return name
  let opens = 0
  for (const _ of body.matchAll(COMPANY_OPENS)) if (++opens >= MIN_REPEATS) return name
  return undefined
}

/** Whether the article's subject is a company its body calls `公司` or `集团` (see `notedCompany`, `leadCompany`). */
export function calledCompany(text: string, folded: string, subject: string | undefined): boolean {
  if (subject === undefined) return false
  const headline = articleHeadline(text, folded)
  const end = headline === undefined ? -1 : text.indexOf('\n')
  const body = folded.slice(end + 1, end + 1 + BODY_REACH)
  // (Only the company `notedCompany` read: a speaker's headline, `某某：…`, names no company.)
  return (headline !== undefined && notedCompany(headline, body) === subject) || leadCompany(body) === subject
}

/** `集团`/`公司` opening a clause: how a story about one company refers back to it (`…撥備，集團港澳業務虧損…`). */
const GROUP_OPENS = /(?:^|[\n，,。；;：:])\s*(?:集团|公司)(?![\u4e00-\u9fff]{0,2}(?:表示|称|公告|发言人))/g
/** How much of the lead's first line is read for the name that opens it. */
const LEAD_HEAD = 16

/**
 * The company a story is about when its lead opens with the company's short name (`某某截至3月底止，
 * 全年虧損…`, `某某公布…`) and the body calls it `集团` or `公司` at the head of its clauses at least twice:
 * company news names the company once, then refers back to it (`集團港澳業務虧損…`, `集團在港澳經營…`).
 * The name is what the headline reading takes for a name (a known name or pieces of an unknown one),
 * at the very start of the lead's first line and not a place.
 */
function leadCompany(body: string): string | undefined {
  const lead = /^\s*([^\n]+)/.exec(body)?.[1]
  if (lead === undefined) return undefined
  const head = lead.slice(0, LEAD_HEAD)
  const name = headlineNames(head)[0]
  if (name === undefined || !lead.startsWith(name) || isPlace(name) || BODY_END.test(name)) return undefined
  // (`某某認為，…`, `某某：…`: a speaker; a whole word the segmenter knows as a person's name is a person.)
  if (SPEAKS.test(lead.slice(name.length, name.length + 12)) || /^\s*[：:]/.test(lead.slice(name.length))) return undefined
  const first = wordsOf(head)[0]
  if (first !== undefined && first.word === name && /^(?:nr|nrfg|nrt)$/.test(first.tag)) return undefined
  let opens = 0
  for (const _ of body.matchAll(GROUP_OPENS)) if (++opens >= MIN_REPEATS) return name
  return undefined
}

/**
 * The headline `articleSubject` reads, folded: the first line when it is short. (A saved page's
 * title goes on with its section and site: `标题 - 港闻 - 某某日报`, `标题_新闻_某某网`, `标题｜某某新闻网`.
 * Only the part before the first separator is the story's headline.)
 */
export function articleHeadline(text: string, folded: string): string | undefined {
  const end = text.indexOf('\n')
  if (end < 0 || end > HEADLINE_MAX) return undefined
  return folded.slice(0, end).split(TITLE_SEPARATOR)[0] as string
}

/** Separators between a page title's headline, section and site name. */
const TITLE_SEPARATOR = /\s+[-–—|｜]\s+|[_｜|]/

/** Candidate names of a headline, in the order it names them. */
function headlineNames(headline: string): string[] {
  const out: string[] = []
  const words = wordsOf(headline)
  const quoted = quotedSpans(headline)
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    // A name in quotation marks is a title, a slogan or a nickname (`「瑪莎拉蒂」`), not who the story is about.
    if (quoted.some(([a, b]) => w.start >= a && w.end <= b)) continue
    if (w.tag === 'eng') {
      // `5G`, `2G` (a digit first) are technologies; `PM2.5` (a digit after) a pollutant.
      if (w.word.length >= 2 && /^[A-Za-z]/.test(w.word) && !/[A-Za-z]/.test(headline[w.end] ?? '') && !/[A-Za-z]/.test(headline[w.start - 1] ?? '') && !STATISTIC_ACRONYM.has(w.word.toUpperCase()) && !NOT_A_BRAND.test(w.word) && !/^\d/.test(headline.slice(w.end, w.end + 1))) out.push(w.word)
      continue
    }
    if (NOT_IN_NAME.test(w.word)) continue
    if (isNamedWord(w)) out.push(w.word)
    const run = unknownName(words, k)
    if (run) out.push(run)
  }
  return out
}

/** The headline's words with their offsets. */
function wordsOf(headline: string): Word[] {
  let at = 0
  return segmenter().tag(headline).map((w) => {
    const word = {start: at, end: at + w.word.length, word: w.word, tag: w.tag}
    at = word.end
    return word
  })
}

/** `[start, end)` of every quotation in the headline. */
function quotedSpans(headline: string): Array<[number, number]> {
  return [...headline.matchAll(/[「“『"《][^」”』"》]{1,20}[」”』"》]/g)].map((m) => [m.index, m.index + m[0].length])
}

/**
 * A word the segmenter tags as an organisation, proper noun or person, or a body named before its
 * ending (`教育局`, `海巡署`: at least two characters before a one-character ending, one before a longer one).
 */
function isNamedWord(w: Word): boolean {
  if (w.word.length < 2) return false
  if (w.tag === 'nt' || w.tag === 'nz' || w.tag === 'nrt' || w.tag === 'nr' || w.tag === 'nrfg') return true
  const ending = BODY_END.exec(w.word)
  if (!ending || GENERIC_BODY.test(w.word)) return false
  return /^n/.test(w.tag) && w.word.length - ending[0].length >= (ending[0].length === 1 ? 2 : 1)
}

/** Tags of the pieces of a name the segmenter does not know (`庆/vg 富/nr`, `新光/n 三/m 越/d`). */
const NAME_PIECE = /^(?:n|nr|nrt|nrfg|nz|ng|vg|j|m|d|tg|g)$/
/** Tags that say a piece is a name's own, not a common noun's. */
const UNKNOWN_PIECE = /^(?:nr|nrt|nrfg|nz|ng|vg|j|tg|g)$/

/**
 * Two to four characters cut by the segmenter into short pieces, one of which is a one-character
 * piece or tagged as a piece of an unknown word: a name it does not know (`庆富`, `新光三越`), read
 * from word `k`. It neither starts nor ends with a numeral or adverb (`二读`, `只赚`, `公司五`).
 */
function unknownName(words: readonly Word[], k: number): string | undefined {
  const first = words[k] as Word
  if (!NAME_PIECE.test(first.tag) || /^[md]$/.test(first.tag)) return undefined
  // After a one-character word (not a preposition or conjunction: `与庆富`) the run would start inside a word the segmenter cut (`新/入/职/警员`).
  const before = words[k - 1]
  if (before !== undefined && before.word.length === 1 && /[\u4e00-\u9fff]/.test(before.word) && !/^(?:p|c|u[a-z]?)$/.test(before.tag)) return undefined
  let text = ''
  let unknown = false
  for (let j = k; j < words.length && j < k + 4; j++) {
    const w = words[j] as Word
    // (A one-character adjective is a piece too: `禾/n 丰/a 百货/n`.)
    const piece = NAME_PIECE.test(w.tag) || (w.tag === 'a' && w.word.length === 1 && j > k)
    if (w.word.length > 2 || !piece || NOT_IN_NAME.test(w.word) || !/^[\u4e00-\u9fff]+$/.test(w.word)) break
    text += w.word
    if (text.length > 4) break
    if (UNKNOWN_PIECE.test(w.tag) || (w.word.length === 1 && w.tag !== 'm')) unknown = true
    const next = words[j + 1]
    const ends = next === undefined || next.word.length > 2 || !(NAME_PIECE.test(next.tag) || (next.tag === 'a' && next.word.length === 1)) || text.length + next.word.length > 4
    // (An adjective piece only inside a company's name, `禾丰百货`; `边际高`, `公司五好` are phrases.)
    const adjective = words.slice(k, j + 1).some((p) => p.tag === 'a')
    // (`王/nr 宗/nr 尧/zg`: a run followed by a glued one-character morpheme is a name cut short, `王宗` of `王宗尧`.)
    const cutShort = next !== undefined && next.start === w.end && next.word.length === 1 && next.tag === 'zg' && /[\u4e00-\u9fff]/.test(next.word)
    if (j > k && ends && unknown && text.length >= 2 && w.tag !== 'm' && (!adjective || BODY_END.test(w.word))) return cutShort ? undefined : text
    if (ends) break
  }
  return undefined
}

/** Whether the body names `name` right before a stock code in brackets (see `LISTED_NAME`). */
function listedIn(body: string, name: string): boolean {
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length)) {
    if (/^ ?[(（](?:\d{4,6}(?:\.[A-Za-z]{2})?|[A-Z]{2}\.\d{6})[)）]/.test(body.slice(i + name.length, i + name.length + 14))) return true
  }
  return false
}

function repeats(body: string, name: string): number {
  let n = 0
  for (let i = body.indexOf(name); i >= 0 && n < MIN_REPEATS; i = body.indexOf(name, i + name.length)) n++
  return n
}

function isPlace(name: string): boolean {
  return lookup(name).length > 0 || lookup(name + '市').length > 0 || lookup(name + '县').length > 0
}

/** Kinship words written with 阿 (`阿嬤`, `阿公`): common nouns, not a person's name. */
const KINSHIP = /^(?:嬷|公|伯|姨|婆|爸|妈|哥|姐|姊|叔|婶|兄|弟|妹|舅|爷|奶|姑|嫂|母|父)$/
/** One person's name in pieces of the segmenter (`林/ng 慧/nr 玲/nr`): a surname-like piece and name pieces. */
const PERSON_PIECE = /^(?:nr|nrfg|nrt|ng)$/
/** Words right after a name that make it a speaker (`阿华说`), right before it a receiver (`向阿华`). */
const SPEAKS = /^[^，,。；]{0,4}?(?:表示|指出|强调|说|称|认为|透露|介绍|回应|批评|质疑|呼吁|哽咽|坦言|感叹|叹道)/
const RECEIVES = /[向为给替帮和与跟]$/

/**
 * The person a sentence is about, named before a number (`阿华一家5口目前靠2万1000元生活`,
 * `林慧玲一家6口靠…`): Taiwan and Hong Kong human-interest stories give one family's figures, whose
 * scope is that person, not the region. A name is `阿` and one character (not a kinship word:
 * `阿嬤`), or a full name of three one-character pieces the segmenter tags as a person's. Not a
 * speaker (`阿华说`) or a receiver (`向阿华`). The last such name before `end` wins.
 */
export function personBefore(words: readonly Word[], folded: string, end: number, loose = false): string | undefined {
  let found: string | undefined
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    if (w.end > end) break
    // (Most words start no name: a one-character word is the first thing every name form needs.)
    if (w.word.length !== 1) continue
    const name = personAt(words, k, loose)
    if (!name) continue
    const start = w.start
    const after = folded.slice(start + name.length, Math.min(end, start + name.length + 8))
    // (`中央社記者…`: an agency in a dateline files the story; it is no person of it.)
    if (RECEIVES.test(folded[start - 1] ?? '') || SPEAKS.test(after) || isPlace(name) || NEWS_AGENCY_NAME.test(name) || inSpeechClause(folded, start, end)) continue
    found = name
  }
  return found
}

/** How often an article names the person it is about, at least. */
const PROTAGONIST_REPEATS = 3

/**
 * The person a human-interest story is about: `阿` and one character (not a kinship word), or a full
 * name already read as a figure's person (`names`) or a name cut with mixed tags read before a figure
 * (`looseNames`, only in a story that names the person's family), that the article names at least three times and
 * that goes on with different characters (`阿里巴巴`, `阿根廷` always go on the same way: they are
 * longer words). The most named wins; `undefined` when none is named that often.
 */
export function protagonistOf(folded: string, names: Iterable<string>, looseNames: Iterable<string> = []): string | undefined {
  // (A body, `医管局`, `教育局`, is not a person: a story about a body names it in its headline.)
  const candidates = new Set<string>([...names].filter((name) => !BODY_END.test(name)))
  // (A name cut with mixed tags counts only in a story about a family: see `withFamily`.)
  for (const name of looseNames) if (!BODY_END.test(name) && withFamily(folded, name)) candidates.add(name)
  for (const m of folded.matchAll(/阿([\u4e00-\u9fff])/g)) if (!KINSHIP.test(m[1] as string)) candidates.add(m[0])
  let best: string | undefined
  let bestCount = 0
  for (const name of candidates) {
    const followers = new Set<string>()
    let count = 0
    for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + name.length)) {
      count++
      followers.add(folded[i + name.length] ?? '')
    }
    if (count >= PROTAGONIST_REPEATS && count > bestCount && followers.size >= 2 && !isPlace(name) && !isOfficial(folded, name)) {
      best = name
      bestCount = count
    }
  }
  return best
}

/** Titles of officials, experts and reporters written right before their names (`副处长某某`, `分析师某某`). */
const TITLE_BEFORE = /(?:处长|局长|部长|署长|司长|厅长|主任|主委|委员|主席|发言人|官员|秘书长|总裁|董事长|经理|总监|教授|学者|分析师|经济学家|经济师|研究员|记者|议员|市长|县长|院长|所长|组长|科长)$/

/**
 * Whether a name stands after an official's or expert's title somewhere in the article (`国势普查处副处长某某指出`): one who
 * explains figures, not a protagonist whose figures they are.
 */
function isOfficial(folded: string, name: string): boolean {
  for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + name.length)) {
    if (TITLE_BEFORE.test(folded.slice(Math.max(0, i - 5), i))) return true
  }
  return false
}

/** Kinship words written right before a person's name (`妻子某某`, `太太某某`) or after it (`某某63岁的婆婆`, `某某夫妻`). */
const KIN = '妻子|妻|太太|丈夫|老公|老婆|夫妻|夫妇|婆婆|公公|大伯|弟弟|妹妹|哥哥|姐姐|姊姊|儿子|女儿|爸爸|妈妈|父亲|母亲|一家|全家'
// (`先生某某` is a husband; `某某先生` is only Mr.)
const KIN_BEFORE = new RegExp(`(?:${KIN}|先生)$`)
const KIN_AFTER = new RegExp(`^(?:\\d{1,3}岁的)?(?:${KIN})`)

/**
 * Whether the article names a person's family with the person's full name (`妻子某某`, `某某大伯`,
 * `某某夫妻`): a human-interest story about a family, whose figures are that family's. A full name
 * that never stands with a kinship word is a person in the news (a missing hiker, a candidate), whose
 * story's figures (searchers, helicopters, votes) are not the person's.
 */
function withFamily(folded: string, name: string): boolean {
  for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + name.length)) {
    if (KIN_BEFORE.test(folded.slice(Math.max(0, i - 2), i)) || KIN_AFTER.test(folded.slice(i + name.length, i + name.length + 8))) return true
  }
  return false
}

/** Verbs of saying: a clause with one reports speech (`阿良的同事说，…`); a name in it is not the figure's subject. */
const SPEECH_VERB = /说|表示|指出|称|透露|认为|强调|坦言/

/** Whether the clause around `at` (between separators, the number's own clause ending at `end`) reports speech. */
function inSpeechClause(folded: string, at: number, end: number): boolean {
  // (Scanned back and forth CLAUSE_REACH characters at most: linear in the text however it is punctuated.)
  let from = at
  while (from > 0 && at - from < CLAUSE_REACH && !CLAUSE_MARK.has(folded[from - 1] as string)) from--
  let to = at
  while (to < end && to - at < CLAUSE_REACH && !CLAUSE_MARK.has(folded[to] as string)) to++
  return SPEECH_VERB.test(folded.slice(from, to))
}

/** Marks that end a clause, and how far a clause is read around a name. */
const CLAUSE_MARK = new Set(['，', ',', '；', ';', '：', ':', '。'])
const CLAUSE_REACH = 60

/** A person's name starting at word `k`, if one does. */
function personAt(words: readonly Word[], k: number, loose = false): string | undefined {
  const w = words[k] as Word
  const next = words[k + 1]
  if (w.word === '阿' && next && next.start === w.end && next.word.length === 1 && /[\u4e00-\u9fff]/.test(next.word) && !KINSHIP.test(next.word)) return '阿' + next.word
  // (`林/ng 慧/nr 玲/nr`: a full name in three one-character pieces, the two of the given name tagged
  // as a person's. Whole words tagged nr are not taken: the tag is given to brands and common words.)
  if (w.word.length !== 1) return undefined
  const pieces = words.slice(k, k + 3)
  if (pieces.length !== 3 || !pieces.every((p, j) => p.word.length === 1 && /[\u4e00-\u9fff]/.test(p.word) && (j === 0 || p.start === (pieces[j - 1] as Word).end))) return undefined
  const text = pieces.map((p) => p.word).join('')
  if (NOT_IN_NAME.test(text)) return undefined
  if (PERSON_PIECE.test(w.tag) && pieces.slice(1).every((p) => /^(?:nr|nrfg)$/.test(p.tag))) return text
  return loose && surnameName(pieces) ? text : undefined
}

/** Tags of the one-character pieces jieba leaves of a given name it does not know (`黄/a 靖/nr 芸/n`, `施/nr 胜/v 源/ng`). */
const NAME_MIDDLE = /^(?:nr|nrfg|nrt|ng|n|ns|a|ag|v|vg)$/
/** The last piece of such a name: no verb or adjective (`王/nr 强/a 说/v` is a name and a verb of saying). */
const NAME_LAST = /^(?:nr|nrfg|nrt|ng|n|ns|ag)$/

/**
 * A full name the segmenter cuts into three one-character pieces with mixed tags (`裴/nr 氏/ng 香/ns`,
 * `黄/a 靖/nr 芸/n`): a common surname first (the census lists of `@jiaodui/zh-script`), then two
 * pieces of a name's tags, at least one of the three tagged as a person's.
 */
function surnameName(pieces: readonly Word[]): boolean {
  const [first, middle, last] = pieces as [Word, Word, Word]
  if (!isSurname(first.word) || !NAME_MIDDLE.test(first.tag) || !NAME_MIDDLE.test(middle.tag) || !NAME_LAST.test(last.tag)) return false
  return pieces.some((p) => /^(?:nr|nrfg|nrt)$/.test(p.tag))
}

/**
 * Stock market indices by their names as written (folded), each mapped to one short name: a figure
 * after an index's name in its sentence (`恒指周二裂口低开1216点`) is about the index, not about the
 * country named earlier in the sentence. Closed list: the indices Chinese-language market reports quote.
 */
const INDEX_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['恒生指数', '恒指'], ['恒指', '恒指'], ['国企指数', '国指'], ['国指', '国指'], ['红筹指数', '红筹指数'],
  ['道琼斯工业平均指数', '道指'], ['道琼斯指数', '道指'], ['道指', '道指'], ['纳斯达克指数', '纳指'], ['纳指', '纳指'],
  ['标普500指数', '标普500'], ['标普500', '标普500'], ['上证综指', '上证指数'], ['上证指数', '上证指数'], ['沪指', '上证指数'],
  ['深证成指', '深证成指'], ['深成指', '深证成指'], ['创业板指', '创业板指'], ['沪深300', '沪深300'], ['日经指数', '日经指数'],
  ['日经225指数', '日经指数'], ['富时100指数', '富时100'], ['台湾加权指数', '台股加权指数'], ['加权指数', '台股加权指数'],
  // Indices named by a number without 指数 (`上证50跌0.73%，上证180跌1.56%`): each its own index.
  ['上证50', '上证50'], ['上证180', '上证180'], ['上证380', '上证380'], ['深证100', '深证100'], ['中证100', '中证100'],
  ['中证500', '中证500'], ['中证1000', '中证1000'], ['富时100', '富时100'], ['日经225', '日经指数'], ['斯托克600', '斯托克600'],
  ['深证综指', '深证综指'], ['中小板指', '中小板指'], ['中小板综', '中小板综'], ['创业板综', '创业板综'],
  // Markets and boards named as the subject of a move (`创业板周一下跌3.1%`, `香港股市…终场收涨1,310点`,
  // `大盘探到2638点`): the figure is the market's, as an index's. (Not `主板`: also a computer's motherboard.)
  ['创业板', '创业板'], ['中小板', '中小板'], ['科创板', '科创板'], ['大盘', '大盘'], ['港股', '港股'], ['香港股市', '港股'],
  ['美股', '美股'], ['A股', 'A股'], ['沪市', '沪市'], ['深市', '深市'], ['台股', '台股']
]
/** The markets and boards of INDEX_NAMES: a company named before one is what the figure is about (`某公司A股收盘价`). */
export const MARKET_NAMES = new Set(['创业板', '中小板', '科创板', '大盘', '港股', '美股', 'A股', '沪市', '深市', '台股'])
/** Longest names first, so `恒生指数` is read before `恒指` could be. */
const INDEX_PATTERN = new RegExp(`(?:${[...INDEX_NAMES].sort((a, b) => b[0].length - a[0].length).map(([name]) => name).join('|')})`, 'g')
const INDEX_SHORT = new Map(INDEX_NAMES)

/** The last stock index named in `folded` between `from` and `to`: its short name and where it ends. */
export function indexBefore(folded: string, from: number, to: number): {name: string; end: number} | undefined {
  const window = folded.slice(from, to)
  // (Every name has 指, 综, 板, 盘, 股, 标普, 沪深, 上证, 深证, 中证, 富时, 日经, 斯托克, 沪市 or 深市 in it: most windows are passed over without the long pattern.)
  if (!/[指综板盘]|股|标普|沪深|上证|深证|中证|富时|日经|斯托克|[沪深]市/.test(window)) return undefined
  let found: {name: string; end: number} | undefined
  for (const m of window.matchAll(INDEX_PATTERN)) {
    const name = INDEX_SHORT.get(m[0]) as string
    const at = from + m.index
    // (`大盘股`, `华夏大盘核心`: a market word inside a longer word or a fund's name names no market.)
    if (MARKET_NAMES.has(name) && /^[股核精成指基蓝]/.test(folded.slice(at + m[0].length, at + m[0].length + 1))) continue
    // (`台股受美股拖累…重挫逾200点`: a market named as the cause of another's move is not the one that moved.)
    if (/[受因随跟]$/.test(folded.slice(Math.max(0, at - 1), at))) continue
    found = {name, end: at + m[0].length}
  }
  return found
}

/** A stock index whose name starts at `at` (`恒指…`, `上证指数…`): its short name and where it ends. */
export function indexAt(folded: string, at: number): {name: string; end: number} | undefined {
  const m = INDEX_AT.exec(folded.slice(at, at + 12))
  if (!m) return undefined
  const name = INDEX_SHORT.get(m[0]) as string
  const end = at + m[0].length
  if (MARKET_NAMES.has(name) && /^[股核精成指基蓝]/.test(folded.slice(end, end + 1))) return undefined
  return {name, end}
}
const INDEX_AT = new RegExp(`^${INDEX_PATTERN.source}`)

/**
 * A name in Latin letters: words of letters (at least two, one of them a capital) joined by single
 * spaces to more words or model numbers (`LG CordZero A9`, `Michael Kors`, `iPhone 8`, `B&O`). Not
 * glued to digits (`SPF30`, `140W`, `5G`), not part of an address or a link.
 */
const LATIN_NAME = /(?<![A-Za-z0-9.\/@&'+-])[A-Za-z][A-Za-z&'+-]*[A-Za-z](?: [A-Za-z0-9][A-Za-z0-9&'+-]*)*(?![A-Za-z0-9.\/@&'+-])/g
/** Latin words that name no company or product: statistics, units, technologies, media and sites. */
const NOT_A_BRAND = /^(?:ST|GDP|GNP|CPI|PPI|PMI|LED|OLED|LCD|OK|NO|PM|AM|CEO|CFO|APP|App|app|Facebook|Twitter|Instagram|YouTube|WhatsApp|Google|WiFi|Wi-Fi|VIP|DIY|USB|ATM|MRT|MTR|HK|TW|US|UK|EU|UN|WHO|NGO|AI|PC|IT|IC|TV|CD|DVD|SUV|ETF|IPO)$/

/**
 * The last name in Latin letters at most `reach` characters before `end` (and not before `from`),
 * within the paragraph: the brand or product a figure in Hong Kong and Taiwan consumer news is about
 * (`Dyson新代吸尘器Big Ball Turbinehead，售价22,900元`). Only names with a capital letter; not
 * statistics acronyms, units or platforms (`GDP`, `OLED`, `Facebook`).
 */
export function latinNameBefore(folded: string, from: number, end: number): {name: string; end: number} | undefined {
  let window = folded.slice(from, end)
  const paragraph = window.lastIndexOf('\n')
  const start = from + paragraph + 1
  if (paragraph >= 0) window = window.slice(paragraph + 1)
  // (Most windows hold no Latin letter: they are passed over without the pattern.)
  if (!/[A-Za-z]/.test(window)) return undefined
  let found: {name: string; end: number} | undefined
  for (const m of window.matchAll(LATIN_NAME)) {
    const name = m[0]
    if (!/[A-Z]/.test(name) || NOT_A_BRAND.test(name.split(' ')[0] as string) || STATISTIC_ACRONYM.has(name.toUpperCase())) continue
    // (`夏季卡利High活动`, `作为AQHI计算基础`: one word inside a Chinese phrase is part of a name or term, not a brand of its own.)
    const glued = /[\u3400-\u9fff]/.test(window[m.index - 1] ?? '') && /[\u3400-\u9fff]/.test(window[m.index + name.length] ?? '')
    if (glued && !name.includes(' ')) continue
    // (`推出「夏天卡利High」促销档期`: a name in quotation marks is a campaign's or a title.)
    if (insideQuotes(window, m.index)) continue
    found = {name, end: start + m.index + name.length}
  }
  return found
}

/** Whether position `at` of `text` is inside quotation marks opened before it in `text`. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const open = Math.max(before.lastIndexOf('「'), before.lastIndexOf('“'), before.lastIndexOf('『'), before.lastIndexOf('《'))
  const close = Math.max(before.lastIndexOf('」'), before.lastIndexOf('”'), before.lastIndexOf('』'), before.lastIndexOf('》'))
  return open > close
}

/** A Latin name right after a figure and 的 (`单机售价7790元的Nokia 6`): the figure describes that product. */
export function latinNameAfter(folded: string, end: number): string | undefined {
  if (folded[end] !== '的') return undefined
  const m = /^[A-Za-z][A-Za-z&'+-]*[A-Za-z](?: [A-Za-z0-9][A-Za-z0-9&'+-]*)*(?![A-Za-z0-9.\/@&'+-])/.exec(folded.slice(end + 1, end + 41))
  return m && /[A-Z]/.test(m[0]) && !NOT_A_BRAND.test(m[0].split(' ')[0] as string) ? m[0] : undefined
}

/**
 * A listed company's name and its stock code in brackets (`腾讯(00700)`, `碧桂园（02007）`, `贵州茅台(600519.SH)`),
 * also with its exchange (`某银行(601988-CN)(03988-HK)`, `某芯片 (ABCD-US)`, `某公司（SZ.002069）`): one
 * code or several in a row, a space before the first allowed.
 */
const LISTED_NAME = /([\u3400-\u9fffA-Za-z]{2,8}) ?(?:[(（](?:\d{4,6}(?:\.[A-Za-z]{2})?(?:-[A-Z]{2})?|[A-Z]{1,5}-[A-Z]{2}|[A-Z]{2}\.\d{6})[)）])+/g

/** The last listed company named with its code between `from` and `to`: its name and where its code ends. */
export function listedBefore(folded: string, from: number, to: number): {name: string; end: number} | undefined {
  const window = folded.slice(from, to)
  // (Most windows have no bracket: they are passed over without the pattern.)
  if (!/[(（][\dA-Z]/.test(window)) return undefined
  let found: {name: string; end: number} | undefined
  for (const m of window.matchAll(LISTED_NAME)) {
    // (`但在腾讯(00700)`: the name starts after the last function word before the code.)
    const name = (m[1] as string).replace(/^.*[但在而和与及的是为对从把被将向也则即由至于如若]/, '')
    if (name.length >= 2) found = {name, end: from + m.index + m[0].length}
  }
  return found
}
