import type {ScopeMention} from './scopes.js'
import type {Word} from './segment.js'
import {NEWS_AGENCY_NAME} from './news-words.js'

/**
 * Tags that may stand before a clause's subject without being its subject: times (`周五`,
 * `2017年`), numerals of a date, punctuation and spaces, conjunctions and adverbs (`而`, `另外`).
 */
const BEFORE_SUBJECT = new Set(['t', 'tg', 'm', 'x', 'c', 'd', 'f', 'mq'])

/** Characters that end a clause: the subject of the figure's clause is the first name after one. */
const CLAUSE_END = /[，,；;：:。！？!?\n]/
/** The rest of an agency's dateline after its name (`記者某某台北3日電）`, `上海4月10日 -`): a clause of its own. */
const DATELINE_REST = /^[^。，,；;！？\n]{0,24}?(?:\d{1,2}日\s*[-－—–]|(?:\d{1,2}日)?[电讯])[)）]?/

/** After a name: it is a speaker or a source, not what the figures are about. */
const SPEAKS_OR_REPORTS = /^[^，,。；;]{0,6}?(?:表示|指出|强调|认为|透露|介绍|回应|称|说|发布|公布|显示|统计|数据|消息|预计|预测|估计|报道)/

/** Before a name: it receives, or is where, with whom or against whom something happens. */
const NOT_SUBJECT_BEFORE = /[向为给替对与和跟同在从据按经由被把将让]$/

/**
 * A government body (`商务部`, `财政部`, `卫生局`, `证监会`, `主计总处`, `中央财政`): when it opens a clause it
 * announces or funds, and its figures are those of the country or region it governs.
 */
const GOVERNMENT = /(?:部|局|署|委|厅|办|处|会|院|政府|财政|当局)$/

/** A name the segmenter tags as an organisation (`nt`), at least two characters long, not a government body. */
function isOrganisationWord(w: Word): boolean {
  return w.tag === 'nt' && w.word.length >= 2 && !GOVERNMENT.test(w.word)
}

/** Words of a listed company's shares: a name right before one is the company (`苹果股价`, `某某市值`). */
const SHARES = /^(?:股价|市值|股票|股份|A股|H股|美股)$/

/** Whether `w` is a name of two characters or more (a noun, a name, a Latin word) followed right away by a word of its shares. */
function isTradedName(w: Word, next: Word | undefined): boolean {
  return next !== undefined && next.start === w.end && SHARES.test(next.word) && /^(?:n|nz|nt|nr|nrt|j|eng)$/.test(w.tag) && w.word.length >= 2 && !GOVERNMENT.test(w.word)
}

/** Words that end a listed company's name (`某某股份`, `某某科技`, `某某集团`): the company's suffix. */
const COMPANY_SUFFIX = /^(?:股份|集团|科技|控股|药业|实业)$/

/** Tags a piece of a company's name never has: punctuation, numerals, pronouns, prepositions, conjunctions, particles, localisers, adverbs. */
const NOT_NAME_PIECE = /^(?:x|m|mq|r|p|c|u|uj|ul|uz|ud|ug|f|d)$/

/** Tags of a common word that is no name by itself before a suffix (`金融科技`, `信息科技`, `整个集团`). */
const COMMON_WORD = /^(?:n|vn|b|a|ns|s|t)$/

/**
 * A company named by its suffix, starting at word `k`: one to three adjacent pieces of two to four
 * characters, then a company's suffix (`运达/v 股份/n`, `天/q 奇/ag 股份/n`, `当/t 升/zg 科技/n`): the
 * segmenter does not know the name and cuts it. Not a single common word before the suffix (`金融科技`
 * is a sector), not a place (`杭州科技`), no pronoun, numeral or particle among the pieces (`该集团`).
 * Returns the name with its suffix as one word tagged `ntc` (a company named in full in the clause).
 */
function companyAt(words: readonly Word[], k: number, scopes: readonly ScopeMention[]): Word | undefined {
  const first = words[k] as Word
  for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
    const suffix = words[j] as Word
    const pieces = words.slice(k, j)
    if (suffix.start !== (words[j - 1] as Word).end) return undefined
    if (!COMPANY_SUFFIX.test(suffix.word)) continue
    const name = pieces.map((w) => w.word).join('')
    // (`…集团、…集团`: one of a list of companies is not the clause's one subject.)
    if (/^[、和及与]/.test(words[j + 1]?.word ?? '')) return undefined
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || pieces.some((w, i) => NOT_NAME_PIECE.test(w.tag) || (w.tag === 't' && w.word.length > 1) || (i > 0 && w.start !== (pieces[i - 1] as Word).end))) return undefined
    if (pieces.length === 1 && COMMON_WORD.test(first.tag)) return undefined
    if (scopes.some((s) => s.start < suffix.start && s.end > first.start)) return undefined
    return {start: first.start, end: suffix.end, word: name + suffix.word, tag: 'ntc'}
  }
  return undefined
}

/**
 * The organisation a figure's clause is about when the clause opens with it (`中海油去年市值由800亿元
 * 降至700亿元`): the last clause before the figure, inside its sentence, whose
 * first word that is not a time, a conjunction or an adverb is a name the segmenter tags `nt`, with no
 * place named between that name and the figure, and the name not a speaker or a source. `words` are
 * the sentence's words before the figure; `text` the folded text they index.
 */
export function organisationSubject(words: readonly Word[], text: string, scopes: readonly ScopeMention[], end: number): Word | undefined {
  let opening = true
  let found: Word | undefined
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    if (w.end > end) break
    // (`…共12%、九巴加价8.5%`: a 、 right after a figure starts the next subject's clause, not a list of names.)
    if (CLAUSE_END.test(w.word) || (w.word === '、' && k > 0 && /^(?:m|x)$/.test((words[k - 1] as Word).tag) && /\d$/.test(text.slice(Math.max(0, w.start - 2), w.start).replace('%', '0')))) {
      opening = true
      continue
    }
    if (!opening) continue
    // (`（中央社記者某某台北3日電）主計總處…`: the agency files the story; its dateline is a clause of its own.)
    const dateline = NEWS_AGENCY_NAME.test(w.word) ? DATELINE_REST.exec(text.slice(w.end, w.end + 40)) : null
    if (dateline) {
      const stop = w.end + dateline[0].length
      while (k + 1 < words.length && (words[k + 1] as Word).start < stop) k++
      continue
    }
    // (A company the segmenter cut into pieces is tried first: its first piece may look like a time, `当/t 升/zg 科技`.)
    const company = companyAt(words, k, scopes)
    if (company === undefined && BEFORE_SUBJECT.has(w.tag)) continue
    opening = false
    const name = company ?? w
    if (company === undefined && !isOrganisationWord(w) && !isTradedName(w, words[k + 1])) continue
    if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, name.start - 1), name.start))) continue
    if (SPEAKS_OR_REPORTS.test(text.slice(name.end, name.end + 10))) continue
    found = name
  }
  if (found === undefined) return undefined
  const subject = found
  // A place named after the organisation, before the figure, is where the figure is (`某公司在广东…`).
  if (scopes.some((s) => s.start >= subject.end && s.end <= end)) return undefined
  return subject
}

/** Tags of the segmenter's person names and their pieces (`陈/nr 凯/nr 欣/nr`). */
const PERSON_TAG = /^(?:nr|nrfg|nrt)$/

/** The person's name that `words` end with at index `k`, its pieces joined (`陈/nr 凯/nr 欣/nr` → `陈凯欣`); '' for none. */
function nameEndingAt(words: readonly Word[], k: number): string {
  let name = ''
  for (; k >= 0 && PERSON_TAG.test((words[k] as Word).tag); k--) name = (words[k] as Word).word + name
  return name
}

/** Pronouns that stand for a person. */
const PERSON_PRONOUN = /^(?:他|她|他们|她们)$/

/** Whether `words` name a person: a name of two characters or more (pieces joined), or a pronoun for one. */
export function namesPerson(words: readonly Word[]): boolean {
  return words.some((w, k) => PERSON_PRONOUN.test(w.word) || (PERSON_TAG.test(w.tag) && !PERSON_TAG.test(words[k + 1]?.tag ?? '') && nameEndingAt(words, k).length >= 2))
}

/**
 * Whether the place nearest before a figure only says where its subject acted: the place follows `在`,
 * and the word before `在` (times skipped) is an organisation the segmenter tags `nt` (not a government
 * body) or a person's name of two characters or more (`某代表团在运动会上…共获5金`,
 * `某某某在九龙西补选中，共花费146万元`). `words` are the clause's words before `在`.
 */
export function actorBeforeAt(words: readonly Word[], text: string, placeStart: number): boolean {
  if (text[placeStart - 1] !== '在') return false
  const before = words.filter((w) => w.end <= placeStart - 1 && w.tag !== 't')
  const last = before.at(-1)
  if (last === undefined || last.end !== placeStart - 1) return false
  if (isOrganisationWord(last)) return true
  return nameEndingAt(before, before.length - 1).length >= 2
}

/** Tags of the word after a name in Latin letters that make it the subject: 的, a preposition (在), a time, an adverb, a verb. */
const LATIN_SUBJECT_NEXT = /^(?:uj|p|t|d|v|c)$/

/** Latin acronyms that open a clause as a statistic, a unit, a title or a platform, not as whose figure it is (`GDP同比增长`). */
const LATIN_NOT_SUBJECT = /^(?:GDP|GNP|GNI|CPI|PPI|PMI|PM|AQI|AQHI|ROE|ROA|EPS|TEU|IPO|ETF|CEO|CFO|APP|App|VIP|OK|AI|IT|PC|TV|LED|OLED|LCD|SUV|USB|ATM|MRT|MTR|WiFi|HK|TW|US|UK|EU|ST)$/

/**
 * The name in Latin letters that opens a figure's clause (`Nexa的北美市场份额升至70%`, `Nexa当时是58%`,
 * `Lumo在日本市场份额是7%`): a brand, product or company whose figure it is. `words` are the words of the
 * figure's clause before the figure; the first that is not a time, a conjunction or an adverb is the name,
 * letters only, with a capital letter and two letters or more, not a statistic's or a technology's acronym, not after a preposition, and
 * not a speaker or a source (`Nexa公布的数据显示，…`), and not glued to a noun (`ICE期棉`).
 */
export function latinSubject(words: readonly Word[], text: string): Word | undefined {
  const at = words.findIndex((w) => !BEFORE_SUBJECT.has(w.tag))
  const first = words[at]
  // (The name stands alone before 的, 在, a time, an adverb or a verb: glued to a noun it is part of a
  // term, `ICE期棉合约`, `COMEX黄金期货`, a contract rather than the exchange.)
  if (!LATIN_SUBJECT_NEXT.test(words[at + 1]?.tag ?? '')) return undefined
  // (Letters only: `5G`, `M2`, `PM2.5` name a technology or a statistic.)
  if (first === undefined || first.tag !== 'eng' || !/^[A-Za-z][A-Za-z&'+-]*[A-Za-z]$/.test(first.word) || !/[A-Z]/.test(first.word)) return undefined
  if (LATIN_NOT_SUBJECT.test(first.word) || NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, first.start - 1), first.start))) return undefined
  return SPEAKS_OR_REPORTS.test(text.slice(first.end, first.end + 10)) ? undefined : first
}
