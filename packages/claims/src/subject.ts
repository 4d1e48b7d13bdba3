// The subject of a figure: the person, organisation or company whose figure it is (issue 18, round 17).
// A round-up of new listings gives each company's raising and allotment rate, a court report each
// defendant's fine: one metric, one place, one period, different subjects. The subject is not part of
// the key (a figure whose subject is not named still compares with one whose subject is): two claims
// are refused as one statistic only when both name a subject and the subjects differ (`key.ts`,
// `subjectsDiffer`).

import {lookup} from '@jiaodui/gazetteer'
import {isSurname} from '@jiaodui/zh-script'
import {NEWS_AGENCY_NAME} from './news-words.js'
import type {ScopeMention} from './scopes.js'
import {listedBefore} from './topic.js'
import type {Word, WordIndex} from './segment.js'
import {overlapping} from './spans.js'

/** A name read among the words, with where it is in the folded text. */
export interface NameMention {
  name: string
  start: number
  end: number
}

/** How far before a figure its subject is looked for, in characters (bounded: a sentence of any length costs the same). */
const SUBJECT_REACH = 90

/** Marks between clauses. */
const CLAUSE_MARK = /[，,；;：:]/

/** Endings of the names of companies, listings, teams and schools (as the last word of a name, or glued to it). */
const NAME_SUFFIX = /^(?:公司|集团|银行|农商行|商行|控股|股份|证券|大学|学院|中学|小学|医院|科技|电子|地产|保险|汽车|医药|食品|重工|航运|国际|实业|传媒|生物|资本|航空|物流|置业|电力|电讯|电器|药业|酒店|队)$/
/**
 * A name that is only a kind of body (`子公司`, `上市公司`, `足球队`, `高科技`, `新能源`): a kind's word before
 * the ending, or a troop (`…部队`), a body of work (`工作队`), an exchange or a federation named by its kind.
 */
const KIND_OF_BODY = /^(?:子|总|分|母|上市|有限|控股|投资|国有|民营|私营|外资|合资|商业|地方|城市|农村|股份|公立|私立|公募|私募|新|高|大|小|老|各|该|本|此|这|那|全|国家|省|市|县|区|足球|篮球|排球|工作|服务|蓝筹|权重|党)?(?:公司|集团|银行|控股|股份|证券|大学|学院|中学|小学|医院|科技|能源|国际|队|组织|交易所|联合会|院所)$|部队$|^房地产$|^(?:电动|新能源|燃油|智能|混动)汽车$/
/** Endings of companies and banks only (not schools, hospitals or teams): after a place's name they make a body's name. */
const COMPANY_END = /^(?:公司|集团|银行|控股|股份|证券|农商行|农商银行|商行|保险|地产|航空|电力|实业|置业)$/
/** Tags of function words: never a piece of a name. */
const FUNCTION_TAG = /^(?:p|c|u[a-z]*|r|m|mq|q|f|y|e|o|w|t|tg|x)$/
/** Tags of the first word of a name cut before its ending (`某某/nz 电子`, `某某/z 控股`): a name's, not a common noun's. */
const NAME_HEAD_TAG = /^(?:nz|nr|nrt|nrfg|ng|j|z|vg)$/
/** Characters no name of this kind contains: function words, counters, time words. */
const NOT_IN_NAME = /[的了是在和与及或等对把被将向从为之年月日个这那其此每各该本全我你他她它们不都也还就再又已更\d０-９]/
/**
 * Words after a name that make it the source or the speaker of the figures, not what they are about
 * (`某局今天（10月21日）发布`, `某某昨天也宣布`, `某某指，`, `某某：「…」`): a few characters, a bracket of a date.
 */
const SOURCE_AFTER = /^(?:[^，。；（(]{0,6}?|[^，。；（(]{0,4}[（(][^）)]{0,14}[）)][^，。；]{0,3}?)(?:发布|显示|公布|宣布|介绍|表示|称|说|指出|指(?![数标])|透露|统计|获悉|了解|预计|测算|数据|消息|报道|报导|报告|引述|回覆|回复|监测|调查|认为|强调|坦言|形容|分析|举行|提醒|建议|呼吁|提到|补充|解释)|^\s*[：:]/
/** A name in a list of names (`某部、某委等`, `…、某大学、…`): the figure is the list's or one member's, not this one's. */
const LISTED_WITH = /^(?:、|等|和|及|与)/
/** Endings of streets and roads: a place, not a subject. */
const STREET_END = /[路街巷]$/
/** A preposition before a body that receives, benefits or reports (`向某公司`, `据某社`). */
const NOT_SUBJECT_BEFORE = /[向为給给替据據与和跟对從从]$/
/** A company's report of its own figures right after its name (`…周四公布`, `…表示，`, `…(NIO Inc.)宣布`). */
const SELF_REPORT = /^(?:[^，。；（(]{0,4}?|[^，。；（(]{0,4}[（(][^）)]{0,30}[）)][^，。；]{0,3}?)(?:公布|宣布|表示|称|透露|披露|发布)/

/** A clause opened by a word that refers back (`该组织…`, `其…`, `他…`): whose figure it is, the text does not name there. */
const REFERS_BACK = /^\s*(?:该|此|这|他们|她们|他|她|它|其(?![中他它余次实])|上述)/

/**
 * The subject a figure at `at` is about: a name in its own clause before it; else, unless a clause
 * between opens by referring back (`该组织于…，造成…`), the last name of the sentence that opens or
 * closes a clause (`某某集资规模最小，…，中签率…`, `…前总统某某，…罚款…`). `undefined` when none.
 */
export function subjectOfFigure(words: WordIndex, folded: string, sentenceStart: number, at: number, scopes: readonly ScopeMention[]): string | undefined {
  const from = Math.max(sentenceStart, at - SUBJECT_REACH)
  const names = withListed(namesIn(words.wordsIn(from, at).filter((w) => w.end <= at && w.start >= from), folded, scopes, from === sentenceStart ? from : -1), folded, from, at)
  if (names.length === 0) return undefined
  let clause = at
  while (clause > from && !CLAUSE_MARK.test(folded[clause - 1] as string)) clause--
  const own = names.filter((n) => n.start >= clause).at(-1)
  if (own) return own.name
  // Clauses between the sentence's names and the figure's clause: one that refers back cuts them off.
  for (let i = clause; i > from; i--) {
    if (!CLAUSE_MARK.test(folded[i - 1] as string)) continue
    if (REFERS_BACK.test(folded.slice(i, i + 3))) return undefined
  }
  const topic = names.filter((n) => opensClause(folded, n.start, from, sentenceStart) || closesClause(folded, n.end)).at(-1)
  return topic?.name
}

/** Words that open a reference back (`该…`, `这家…`): a name `referredSubject` gives that starts with one names no company. */
const REFERRING = '该|这家|此|这个'
/** A word that refers back to a company or a body named before (`该公司`, `这家银行`, `此集团`). */
const BODY_ANAPHOR = new RegExp(`(?:${REFERRING})(?:公司|集团|企业|银行|机构|品牌|零售商|制造商|厂商|车企|药企|航空公司)`, 'g')
const UNRESOLVED = new RegExp(`^(?:${REFERRING})`)

/** Whether a subject is the word of a reference `referredSubject` found no company for (`该公司`): some company of its own article. */
export function unresolvedReference(subject: {name: string; via: string}): boolean {
  return subject.via === 'reference' && UNRESOLVED.test(subject.name)
}
/** How far before the figure such a word is looked for, and how far before the word its company. */
const ANAPHOR_REACH = 40
const ANTECEDENT_REACH = 400

/**
 * The company a figure is of when its clause refers back to one (`该公司去年总收入为…`, `…苹果…，在该公司…的
 * 总收入中`): the last name of a company, bank or body before the word (within ANTECEDENT_REACH characters;
 * in its paragraph; a Latin name counts), else the article's subject, else the word itself (`该公司`: some company of this
 * article, see `subjectsDiffer`). `undefined` when the clause does not refer back.
 */
export function referredSubject(words: WordIndex, folded: string, sentenceStart: number, at: number, scopes: readonly ScopeMention[], articleSubject: string | undefined): string | undefined {
  const from = Math.max(sentenceStart, at - ANAPHOR_REACH)
  let word: RegExpExecArray | undefined
  for (const m of folded.slice(from, at).matchAll(BODY_ANAPHOR)) word = m
  if (word === undefined) return undefined
  const anaphor = from + word.index
  // (In its paragraph: a headline or an earlier story's name is no antecedent, `…BMW…\n…该集团诈骗…`.)
  const window = Math.max(0, anaphor - ANTECEDENT_REACH)
  // (The line break is looked for inside the window only: a text of one line stays linear.)
  const reach = window + folded.slice(window, anaphor).lastIndexOf('\n') + 1
  const names = namesIn(words.wordsIn(reach, anaphor).filter((w) => w.start >= reach && w.end <= anaphor), folded, scopes, -1).filter((n) => isBody(folded, n))
  // (A company's word refers to a company: not to a government or an office, `…政府…，该公司…`.)
  const company = !/机构$/.test(word[0])
  const candidates = [...names.filter((n) => !company || !GOVERNMENT.test(n.name)), ...latinCompanies(folded, reach, anaphor)]
  const last = candidates.sort((a, b) => a.end - b.end).at(-1)
  // (Named nowhere before: the word itself, which `subjectsDiffer` keeps inside its article.)
  return last?.name ?? articleSubject ?? word[0]
}

/** Names of governments and their offices. */
const GOVERNMENT = /(?:政府|当局|局|署|委|部|厅|办|处|院|会)$/

/** A Latin name of a company (`Salesforce`, `TikTok`): one word, a capital and at least two more letters. */
const LATIN_COMPANY = /(?<![A-Za-z\-])[A-Z][A-Za-z&]{2,30}(?![A-Za-z\-])/g

/** A verb of saying right after a Latin name: a speaker's (`…Holthaus说`), where a company that announces (`…周三公布业绩`) may still be referred to. */
const SPEAKER_AFTER = /^\s?[^，。；]{0,3}?(?:说|表示|称|指出|估计|认为)/

/** Latin names of companies in `[from, to)`: not in brackets (a gloss or a ticker), not a speaker's or a source's (`…说`, `据FactSet…`), not two words in a row (a person). */
function latinCompanies(folded: string, from: number, to: number): NameMention[] {
  const out: NameMention[] = []
  for (const m of folded.slice(from, to).matchAll(LATIN_COMPANY)) {
    const start = from + m.index
    const end = start + m[0].length
    // (Looked for from `from` only: a scan back through the whole text for each figure was quadratic.)
    const before = folded.slice(from, start)
    const open = before.lastIndexOf('(') > before.lastIndexOf(')') || before.lastIndexOf('（') > before.lastIndexOf('）')
    if (open || /^\s?[A-Z]/.test(folded.slice(end, end + 2)) || /[A-Za-z]\s?$/.test(folded.slice(start - 2, start))) continue
    if (SPEAKER_AFTER.test(folded.slice(end, end + 8)) || /[据據]$/.test(folded.slice(start - 1, start))) continue
    out.push({name: m[0], start, end})
  }
  return out
}

/**
 * Whether a subject's name is a company's: a Latin name, or a name with a company's ending (`某某集团`,
 * `某某汽车`); not a person's, an office's or a word that only refers back (`该公司`).
 */
export function companyName(name: string): boolean {
  if (/^(?:该|这家|此|这个)/.test(name)) return false
  if (/^[A-Za-z][A-Za-z&.\- ]+$/.test(name)) return true
  return name.length >= 3 && NAME_SUFFIX.test(suffixOf(name)) && !/(?:队|大学|学院|中学|小学|医院)$/.test(name)
}

/** A name of a company or a body (by its ending or the segmenter's organisation tag), not a person's. */
function isBody(folded: string, n: NameMention): boolean {
  return NAME_SUFFIX.test(suffixOf(n.name)) || /(?:局|署|委|会|所|院|厅|部)$/.test(n.name) || !isSurname(n.name[0] as string) || n.name.length > 3
}

/** The name that opens a sentence (`某某科技集资净额…`), if one does: it is carried to the later sentences of the paragraph. */
export function openingName(words: WordIndex, folded: string, sentenceStart: number, sentenceEnd: number, scopes: readonly ScopeMention[]): string | undefined {
  let start = sentenceStart
  while (start < sentenceEnd && /[\s>*#\-]/.test(folded[start] as string)) start++
  const end = Math.min(sentenceEnd, start + 16)
  const names = withListed(namesIn(words.wordsIn(start, end).filter((w) => w.start >= start && w.end <= end), folded, scopes, start), folded, start, end)
  const first = names[0]
  return first !== undefined && first.start === start && !SOURCE_AFTER.test(folded.slice(first.end, first.end + 10)) ? first.name : undefined
}

/**
 * The names read by the words, and the last listed company named with its stock code in the window
 * (`某某(00005)下跌3.32%`: a short name the segmenter does not know, `listedBefore`), in order; the code
 * closes the name's part of its clause.
 */
function withListed(names: NameMention[], folded: string, from: number, to: number): NameMention[] {
  const listed = listedBefore(folded, from, to)
  if (listed === undefined || /[：:]/.test(folded.slice(listed.end, listed.end + 1))) return names
  const start = folded.lastIndexOf(listed.name, listed.end)
  if (start < from || names.some((n) => n.start < listed.end && n.end > start)) return names
  const mention = {name: listed.name, start, end: listed.end}
  return [...names.filter((n) => n.start < start), mention, ...names.filter((n) => n.start > start)]
}

function opensClause(folded: string, start: number, from: number, sentenceStart: number): boolean {
  let i = start
  // (Spaces and the tags of a page saved with its markup, `</p>\n  <p>某某集团表示`, stand before no word.)
  for (;;) {
    while (i > from && /\s/.test(folded[i - 1] as string)) i--
    if (folded[i - 1] !== '>') break
    // (Looked for in the 80 characters before only: a text of many `>` and no `<` stays linear.)
    const floor = Math.max(from, i - 80)
    const at = folded.slice(floor, i).lastIndexOf('<')
    const open = at < 0 ? -1 : floor + at
    if (open < 0 || !/^<\/?[a-zA-Z][^<>]*>$/.test(folded.slice(open, i))) break
    i = open
  }
  return i <= sentenceStart || (i > from && CLAUSE_MARK.test(folded[i - 1] as string))
}

function closesClause(folded: string, end: number): boolean {
  return CLAUSE_MARK.test(folded[end] ?? '')
}

/**
 * The names among `words`, in order: persons and organisations by the segmenter's tags (`nr`, `nrt`,
 * `nrfg`, `nt`), companies, teams and schools by their endings (a word `某某集团`, or pieces and an
 * ending, `某/d 某/v 电子/n`), a name the segmenter does not know in one-character pieces at the head of
 * a clause (`某/a 山/n 某/a 水/n集资…`), and a person's name in three one-character pieces closing a clause
 * after a title (`…前总统某/zg 某/x 某/nr，`). Not a place, a news agency, a receiver (`向…`) or a source
 * or speaker (`…公布`, `…表示`). `clauseFrom` is where a clause starts at the head of `words` (-1: none).
 */
export function namesIn(words: readonly Word[], folded: string, scopes: readonly ScopeMention[], clauseFrom: number): NameMention[] {
  const out: NameMention[] = []
  for (let k = 0; k < words.length; k++) {
    const found = nameAt(words, k, folded, clauseFrom)
    if (!found) continue
    const name = folded.slice(found.start, found.end)
    k = found.last
    // (A place read over the whole name is a place; an organisation read as a scope, `甘肃银行`, is still a name.)
    if (NEWS_AGENCY_NAME.test(name) || isPlace(name) || overlapping(scopes, found.start, found.end).some((s) => s.start <= found.start && s.end >= found.end && s.local !== true && !String(s.place.code).startsWith('org:'))) continue
    if (NOT_SUBJECT_BEFORE.test(folded.slice(Math.max(0, found.start - 1), found.start))) continue
    // (A source or speaker is no subject, except a company reporting its own figures: `某某集团表示，11月交付了14,178辆`.)
    const after = folded.slice(found.end, found.end + 24)
    if (SOURCE_AFTER.test(after) && !(companyName(name) && SELF_REPORT.test(after))) continue
    if (folded[found.start - 1] === '、' || LISTED_WITH.test(folded.slice(found.end, found.end + 1)) || STREET_END.test(name)) continue
    out.push({name, start: found.start, end: found.end})
  }
  return out
}

/** The name starting at word `k`, if one does: its span and the index of its last word. */
function nameAt(words: readonly Word[], k: number, folded: string, clauseFrom: number): {start: number; end: number; last: number} | undefined {
  const w = words[k] as Word
  // (The tag first: most words are no name.)
  // (The segmenter tags many common words as persons, `周转/nr`, `养老金/nr`, `滑翔伞/nr`: a Chinese name tagged
  // `nr` is three characters from a surname on (two-character ones are mostly common words: `周转`, `高喊`); a transliterated one, `nrt`, three characters or more.)
  const person = (((w.tag === 'nr' && w.word.length === 3) || (w.tag === 'nrfg' && w.word.length >= 2 && w.word.length <= 3)) && isSurname(w.word[0] as string)) || (w.tag === 'nrt' && w.word.length >= 3)
  if ((w.tag === 'nt' && w.word.length >= 2 && !KIND_OF_BODY.test(w.word)) || (person && words[k + 1]?.tag !== 'vn')) return {start: w.start, end: w.end, last: k}
  if (w.word.length >= 3 && NAME_SUFFIX.test(suffixOf(w.word)) && !KIND_OF_BODY.test(w.word) && !NOT_IN_NAME.test(w.word)) return {start: w.start, end: w.end, last: k}
  return suffixedName(words, k) ?? (atSentenceHead(folded, w.start, clauseFrom) ? piecesName(words, k, folded) : undefined) ?? personInPieces(words, k, folded)
}

/** The ending of a word that may be a name's (`集团` of `某某集团`, `队` of `某某队`). */
function suffixOf(word: string): string {
  const two = word.slice(-2)
  return NAME_SUFFIX.test(two) ? two : word.slice(-1)
}

/** Whether `start` opens a sentence (or the text read, at `sentenceFrom`) in a paragraph of prose (a line with a full stop: not a headline). */
function atSentenceHead(folded: string, start: number, sentenceFrom: number): boolean {
  let i = start
  while (i > 0 && /[ \t\u3000>*#\-]/.test(folded[i - 1] as string)) i--
  if (!(i === 0 || i === sentenceFrom || /[。！？!?；;\n]/.test(folded[i - 1] as string))) return false
  const line = folded.slice(start, start + 300)
  const stop = line.indexOf('。')
  return stop >= 0 && (line.indexOf('\n') < 0 || stop < line.indexOf('\n'))
}

function hanPiece(w: Word): boolean {
  return w.word.length === 1 && /[\u4e00-\u9fff]/.test(w.word) && !FUNCTION_TAG.test(w.tag) && !NOT_IN_NAME.test(w.word)
}

/** `某某/nz 电子/n`, `某/d 某/v 电子/n`, `某/a 某/nr 科技/n`: a name's head (one word tagged as a name's, or two or three glued one-character pieces) and a company's ending. */
function suffixedName(words: readonly Word[], k: number): {start: number; end: number; last: number} | undefined {
  const w = words[k] as Word
  let j = k
  // (`甘肃/ns 银行/n`: a place's name before a bank's or company's ending is that body's name.)
  if (w.word.length === 2 && (NAME_HEAD_TAG.test(w.tag) || (w.tag === 'ns' && COMPANY_END.test(words[k + 1]?.word ?? ''))) && !NOT_IN_NAME.test(w.word)) j = k + 1
  else {
    while (j < words.length && j - k < 3 && (hanPiece(words[j] as Word) || ((words[j] as Word).tag === 'd' && (words[j] as Word).word.length === 1 && !NOT_IN_NAME.test((words[j] as Word).word))) && (j === k || (words[j] as Word).start === (words[j - 1] as Word).end)) j++
    if (j - k < 2) return undefined
  }
  const end = words[j]
  if (end === undefined || end.start !== (words[j - 1] as Word).end || !NAME_SUFFIX.test(end.word)) return undefined
  if (KIND_OF_BODY.test(`${w.word}${end.word}`) || KIND_OF_BODY.test(end.word) && j === k + 1 && w.tag === 'a') return undefined
  return {start: w.start, end: end.end, last: j}
}

/** Tags of pieces of a word the segmenter does not know (`某/ng`, `某/zg`, `某/x`). */
const UNKNOWN_PIECE = /^(?:ng|zg|nr|nrt|nrfg|nz|vg|j|g|x)$/
/** Tags a name's last one-character piece does not have: a verb, adverb, adjective or function word ends a phrase (`今早有`, `港今增`, `林郑新`). */
const NOT_LAST_PIECE = /^(?:v|vg|vd|vn|a|ad|ag|an|d|p|c|u[a-z]*)$/

/**
 * A name the segmenter does not know, opening a sentence of prose: an optional two-character word, then
 * at least two glued one-character pieces (none an adverb or function word, the last no verb or
 * adjective), three to five characters in all, followed by a longer word that is no figure and no verb
 * of saying, or by a preposition, conjunction or adverb (`某某於…`) (`某/n 远/a 知/v 行/zg 香港/ns…`, `某马/n 智/ng 行/zg 香港/ns…`).
 */
function piecesName(words: readonly Word[], k: number, folded: string): {start: number; end: number; last: number} | undefined {
  const w = words[k] as Word
  let j = k
  if (w.word.length === 2 && /^(?:n|nz|ng|j|nr|nrt|z)$/.test(w.tag) && !NOT_IN_NAME.test(w.word)) j++
  else if (/^(?:v|vn|vg|d|ad|vd)$/.test(w.tag)) return undefined
  const piecesFrom = j
  while (j < words.length && hanPiece(words[j] as Word) && !/^(?:d|ad)$/.test((words[j] as Word).tag) && (j === k || (words[j] as Word).start === (words[j - 1] as Word).end)) j++
  if (j - piecesFrom < 2) return undefined
  // (At least one piece tagged as a piece of an unknown word, or four one-character pieces in a row: a run of
  // common words, `船舶/n 海/n 工/n`, is a phrase.)
  const pieces = words.slice(piecesFrom, j)
  if (!pieces.some((p) => UNKNOWN_PIECE.test(p.tag)) && pieces.length < 4) return undefined
  const last = words[j - 1] as Word
  const length = last.end - w.start
  const next = words[j]
  if (length < 3 || length > 5 || NOT_LAST_PIECE.test(last.tag) || next === undefined || (next.word.length < 2 && !/^(?:p|c|d)$/.test(next.tag)) || next.start !== last.end || /^(?:m|mq|x)$/.test(next.tag)) return undefined
  if (SOURCE_AFTER.test(folded.slice(last.end, last.end + 10)) || /^[说指称]/.test(folded.slice(last.end, last.end + 1))) return undefined
  return {start: w.start, end: last.end, last: j - 1}
}

/** A person's name in three glued one-character pieces, one tagged a person's, closing a clause after a title or `的` (`…前总统某/zg 某/x 某/nr，`). */
function personInPieces(words: readonly Word[], k: number, folded: string): {start: number; end: number; last: number} | undefined {
  const pieces = words.slice(k, k + 3)
  if (pieces.length !== 3 || !pieces.every((p, j) => p.word.length === 1 && /[\u4e00-\u9fff]/.test(p.word) && !NOT_IN_NAME.test(p.word) && (j === 0 || p.start === (pieces[j - 1] as Word).end))) return undefined
  if (!pieces.some((p) => /^(?:nr|nrt|nrfg)$/.test(p.tag)) || NOT_LAST_PIECE.test((pieces[2] as Word).tag)) return undefined
  const end = (pieces[2] as Word).end
  const before = words[k - 1]
  if (!CLAUSE_MARK.test(folded[end] ?? '') || before === undefined || before.end !== (pieces[0] as Word).start) return undefined
  if (!(before.word === '的' || (before.word.length >= 2 && /^n/.test(before.tag)))) return undefined
  return {start: (pieces[0] as Word).start, end, last: k + 2}
}

function isPlace(name: string): boolean {
  return lookup(name).length > 0 || lookup(name + '市').length > 0 || lookup(name + '县').length > 0
}
