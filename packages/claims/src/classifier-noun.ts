// The classifier's noun when words stand between it and the noun: the noun a measure word counts is
// the head of the noun phrase after it, also when a modifier comes first (`3个才读小学的孩子`,
// `2名就读中学的子女`, `6名受审被告为…`). Read on the segmenter's words, by the structure of the
// phrase (a relative clause closed by 的, a verb modifying the noun run after it), not by words.
import type {Quantity} from '@jiaodui/zh-number'
import type {SegmentContext} from './context.js'
import {isGoverningVerb} from './metric.js'
import {nounOfWords} from './phrase.js'
import {isNominal, isPerson, type Word} from './segment.js'

/** Measure words of things and people (closed vocabulary): the noun they count follows them. */
const CLASSIFIER = /^(?:个|名|位|只|间|家|张|条|辆|部|台|架|艘|座|栋|所|项|件|本|份|则|篇|支|枚|颗|粒|匹|头|具|套|款|处)$/

/** Characters that close the phrase after a count: a clause break or an opening bracket. */
const PHRASE_BREAK = /[，,。；;！？!?：:\n（(「『“]/

/** Words that link the parts of a modifier or of a coordinated noun (`小学和中学`, `甲、乙`). */
const LINK = /^(?:和|及|与|或|、)$/

/** Tags of words that end a noun phrase as the predicate starts: adverbs, prepositions, particles, pronouns. */
const PREDICATE_START = /^(?:d|p|u|uj|ul|ud|uz|ug|uv|r|y|c)$/

/** Copulas and verbs of having: after a count they are the predicate, never a modifier of its noun. */
const NOT_MODIFIER = /^(?:是|为|有|在|被|将|把|让|使|对|向|由|从)$/

/** How far after a count its noun phrase is read (characters). */
const PHRASE_REACH = 24

/**
 * The noun a count with a classifier counts when the word right after the classifier is not a noun
 * and the noun reading after the number found nothing: a relative clause closed by 的 (`3只已经开始腐烂的狗狗`
 * → 狗狗), a verb modifying the noun run that ends the phrase (`2名就读小学和中学子女` → 子女,
 * `6名受审被告为…` → 受审被告), or one word the segmenter tagged as a verb right before an adverb
 * (`4名手足也都…` → 手足). `undefined` when the first word is a noun (read as before) or nothing fits.
 */
export function classifierNoun(ctx: SegmentContext, q: Quantity, sentenceEnd: number): string | undefined {
  const list = q.unit !== null && CLASSIFIER.test(q.unit) ? phraseAfter(ctx, q, sentenceEnd) : undefined
  return list && (relativeHead(list) ?? modifiedHead(list) ?? mistaggedNoun(list))
}

/** `一家五口就分开住`, `3口挤铁皮屋`: 口 after a count counts the people of a household when no noun follows it. */
export function householdCount(ctx: SegmentContext, q: Quantity, sentenceEnd: number): string | undefined {
  return q.unit === '口' && phraseAfter(ctx, q, sentenceEnd) ? '人口' : undefined
}

/**
 * The words after a count up to the phrase's break, when the count ends with its classifier and the
 * first word after it is no noun (nor a person's name, nor another numeral): else `undefined`.
 */
function phraseAfter(ctx: SegmentContext, q: Quantity, sentenceEnd: number): Word[] | undefined {
  if (q.kind !== 'count' || q.unit === null) return undefined
  const {folded, words} = ctx
  if (folded.slice(q.end - q.unit.length, q.end) !== q.unit) return undefined
  const limit = Math.min(sentenceEnd, q.end + PHRASE_REACH)
  let end = q.end
  while (end < limit && !PHRASE_BREAK.test(folded[end] as string)) end++
  const list = words.wordsIn(q.end, end).filter((w) => w.start >= q.end && w.end <= end)
  const first = list[0]
  if (first === undefined || first.start !== q.end || isNominal(first) || /^(?:n|m)/.test(first.tag)) return undefined
  return list
}

/** `已经开始腐烂的狗狗`: a clause with a verb or an adjective closed by 的, and the noun after it. */
function relativeHead(list: readonly Word[]): string | undefined {
  const at = list.findIndex((w) => w.word === '的')
  if (at < 1) return undefined
  const clause = list.slice(0, at)
  if (clause.some((w) => w.tag === 'm' || NOT_MODIFIER.test(w.word)) || !clause.some((w) => /^[va]/.test(w.tag))) return undefined
  const after = list.slice(at + 1)
  const head = nounOfWords(after)
  if (!head) return undefined
  // (`两家…的中集集团和振华重工`: the count is of a list of names that follows; it names no kind of thing.)
  let length = 0
  const next = after.find((w) => (length += w.word.length) > head.length)
  return next !== undefined && LINK.test(next.word) ? undefined : head
}

/**
 * `就读小学和中学子女`, `受审被告为商人`: a verb, then nouns (linked by 和/及/、, with place words
 * inside), up to where the predicate starts or the phrase ends; the last run of nouns is the head
 * (its last noun after a coordination of modifiers),
 * joined to the verb when it follows the verb directly (`受审被告`). The run must hold a real noun
 * (not only verbal nouns: `参与调查` is an act).
 */
function modifiedHead(list: readonly Word[]): string | undefined {
  const verb = list[0] as Word
  if (!/^v/.test(verb.tag) || verb.tag === 'vn' || NOT_MODIFIER.test(verb.word) || isGoverningVerb(verb.word)) return undefined
  let stop = 1
  while (stop < list.length) {
    const w = list[stop] as Word
    const inPhrase = (isNominal(w) && !isPerson(w)) || w.tag === 'f' || LINK.test(w.word)
    if (!inPhrase) break
    stop++
  }
  // The phrase ends at the predicate (an adverb, a preposition, a verb) or where the clause does.
  const next = list[stop]
  if (next !== undefined && !PREDICATE_START.test(next.tag) && !/^v/.test(next.tag)) return undefined
  let from = stop
  while (from > 1 && isNominal(list[from - 1] as Word)) from--
  const run = list.slice(from, stop)
  if (run.length === 0 || !run.some((w) => /^n/.test(w.tag))) return undefined
  // (`小学和中学子女`: after a coordination of modifiers only the last noun is the head.)
  const last = run.at(-1) as Word
  const coordinated = LINK.test((list[from - 1] as Word).word) && run.length > 1 && /^n/.test(last.tag) && last.word.length >= 2
  const head = coordinated ? last.word : nounOfWords(run)
  if (!head) return undefined
  return from === 1 ? verb.word + head : head
}

/**
 * `4名手足也都有…`: a word of two characters or more the segmenter tags as a verb, between the
 * classifier and an adverb or a preposition, is the counted noun (not before a verb: `1只存在…`).
 */
function mistaggedNoun(list: readonly Word[]): string | undefined {
  const [word, next] = list
  if (!word || !next || next.start !== word.end || word.word.length < 2 || word.tag !== 'v' || !/^(?:d|p)$/.test(next.tag)) return undefined
  return NOT_MODIFIER.test(word.word) || isGoverningVerb(word.word) ? undefined : word.word
}
