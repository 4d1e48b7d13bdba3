import {createRequire} from 'node:module'
import {jiebaTagger, nativeTagger} from './jieba-node.js'
import {NEWS_TERMS, NEWS_WORDS} from './news-words.js'
import {FOREIGN_PLACE_NAMES} from './scopes.js'
import {partition} from './spans.js'

/** A word of the segmenter with its part-of-speech tag (jieba's tag set: `n`, `v`, `ns`, `nr`, `nt`…). */
export interface Word {
  start: number
  end: number
  word: string
  tag: string
}

/** A part-of-speech tagger: the words of a text, in order, with jieba tags. */
export interface Tagger {
  name: string
  tag(text: string): Array<{word: string; tag: string}>
}

let tagger: Tagger | undefined

/**
 * Use this tagger for claim extraction instead of loading one: a browser gives the JavaScript
 * tagger over a dictionary it fetched (`JiebaTagger`), or `jieba-wasm` with the news words
 * (`NEWS_WORDS`) as its user dictionary.
 */
export function useTagger(given: Tagger): void {
  tagger = given
}

/** The news dictionary's own tags win over the segmenter's (`增速` is a noun here, not a verb). */
const OWN_TAGS = new Map(NEWS_WORDS.map(([word, tag]) => [word, tag]))

/**
 * The segmenter, loaded on first use only, with the news user dictionary, HMM off (unknown names
 * come back as single characters, which keeps place names the dictionary lacks on word
 * boundaries). By default jieba in JavaScript over the compiled dictionary (`jieba.ts`): the words
 * and tags of `@node-rs/jieba`, read in about 10 ms instead of built in 110, in a sixth of the
 * memory. `JIAODUI_SEGMENTER=native` or `=wasm` choose `@node-rs/jieba` or `jieba-wasm` (the
 * benchmarks compare them); so does a missing dictionary file.
 */
export function segmenter(): Tagger {
  if (tagger) return tagger
  const chosen = typeof process === 'undefined' ? undefined : process.env['JIAODUI_SEGMENTER']
  if (chosen !== 'native' && chosen !== 'wasm') {
    try {
      tagger = jiebaTagger()
      return tagger
    } catch {
      // jieba's dictionary file is not installed: the packaged segmenters below.
    }
  }
  try {
    if (chosen === 'wasm') throw new Error('wasm requested')
    tagger = nativeTagger()
  } catch {
    const require = createRequire(import.meta.url)
    const wasm = require('jieba-wasm') as {tag(text: string, hmm?: boolean): Array<{word: string; tag: string}>; add_word(word: string, freq?: number, tag?: string): number}
    for (const [word, tag] of NEWS_WORDS) wasm.add_word(word, 200_000, tag)
    tagger = {name: 'jieba-wasm', tag: (text) => wasm.tag(text, false)}
  }
  return tagger
}

/** Pieces tagged lately, kept for a claim that reads words of an earlier sentence again (a subject, a carried metric). */
const KEPT_PIECES = 8

/** Characters that end the pieces given to the segmenter; jieba never joins a word across one of them. */
function isPieceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x0a
}

/**
 * Words of one folded text, tagged lazily one piece at a time (pieces end at sentence ends when
 * they can), keeping only the piece in use: claims are read in document order, so a 10 MB article
 * costs one pass and the words of one piece in memory. jieba cuts text into blocks at `。！？；`
 * and line breaks and segments each block alone, so a sentence tagged on its own has the words it
 * has in any piece that starts and ends at such a character.
 */
export class WordIndex {
  /** Tagged pieces, the latest last: `[from, to)` and their words. */
  private pieces: Array<{from: number; to: number; words: Word[]}> = []

  constructor(readonly text: string) {}

  /** Words that overlap `[start, end)`, in order. */
  wordsIn(start: number, end: number): Word[] {
    if (end <= start) return []
    let piece = this.pieces.find((p) => p.from <= start && end <= p.to)
    if (!piece) piece = this.load(start, end)
    const {words} = piece
    const out: Word[] = []
    const lo = partition(words, (word) => word.end <= start)
    for (let k = lo; k < words.length && (words[k] as Word).start < end; k++) out.push(words[k] as Word)
    return out
  }

  /**
   * Tag the sentences around `[start, end)`, from the sentence end before it to the one after it (at most
   * 200 characters further each way when a sentence has no end): only the sentences claims read are
   * ever tagged (about half of a news text), and the last few pieces are kept for a claim that reads back.
   */
  private load(start: number, end: number): {from: number; to: number; words: Word[]} {
    let from = start
    const floor = Math.max(0, start - 200)
    while (from > floor && !isPieceEnd(this.text.charCodeAt(from - 1))) from--
    let to = Math.min(this.text.length, end)
    const ceiling = Math.min(this.text.length, end + 200)
    while (to < ceiling && !isPieceEnd(this.text.charCodeAt(to - 1))) to++
    const piece = {from, to, words: this.wordsOf(segmenter().tag(this.text.slice(from, to)), from, to)}
    this.pieces.push(piece)
    if (this.pieces.length > KEPT_PIECES) this.pieces.shift()
    return piece
  }

  /** Words of the segmenter's answer for `[from, to)`, placed in the text. */
  private wordsOf(tagged: ReadonlyArray<{word: string; tag: string}>, from: number, to: number): Word[] {
    const words: Word[] = []
    let at = from
    for (const {word, tag} of tagged) {
      // The words add up to the piece; re-found all the same, so offsets hold if a segmenter ever
      // drops or normalises a character (`@node-rs/jieba` turns a lone surrogate into U+FFFD).
      const found = this.text.indexOf(word, at)
      if (found < 0 || found >= to) continue
      words.push({start: found, end: found + word.length, word, tag: ownTag(word, tag)})
      at = found + word.length
    }
    joinTerms(words)
    // A word of manner right before a verb of the predicate (`按年实质下跌`, `按月均下跌`, `单月减少`) says
    // how the figure changed, not what it measures: an adverb there, so the noun before it is the metric.
    for (let k = 0; k + 1 < words.length; k++) {
      const w = words[k] as Word
      const next = words[k + 1] as Word
      if (MANNER.has(w.word) && /^v/.test(next.tag) && next.tag !== 'vn') words[k] = {...w, tag: 'd'}
      // `港元存款`, `美元貸款`: a currency's name before a noun, not after an amount, names the statistic's kind
      // (jieba tags it as a numeral or a classifier, which cut it off the noun).
      const previous = words[k - 1]
      if (CURRENCY_NAME.has(w.word) && /^(?:n|vn|nz)$/.test(next.tag) && next.start === w.end && !(previous && previous.end === w.start && /[\d０-９万亿千百十两]$/.test(previous.word))) words[k] = {...w, tag: 'n'}
      // `中部/f 地区`, `东部/f 地区投资`: a direction before a word of region names which region, part of the noun phrase.
      if (w.tag === 'f' && REGION_DIRECTION.test(w.word) && next.start === w.end && REGION_WORD.test(next.word)) words[k] = {...w, tag: 'b'}
      // `按当地货币计算`, `按固定汇率计`: the basis of a figure, an adverbial, not a noun that it measures.
      if ((w.word === '按' || w.word === '按照') && w.tag === 'p') {
        let j = k + 1
        while (j < words.length && j <= k + 4 && !BASIS_END.has((words[j] as Word).word)) j++
        if (j < words.length && j <= k + 4 && j > k + 1) for (let i = k + 1; i <= j; i++) words[i] = {...(words[i] as Word), tag: 'd'}
      }
    }
    return words
  }
}

/** The news terms by their first character, longest first. */
const TERMS_BY_FIRST = new Map<string, Array<readonly [string, string]>>()
for (const term of [...NEWS_TERMS].sort((a, b) => b[0].length - a[0].length)) {
  const list = TERMS_BY_FIRST.get(term[0][0] as string)
  if (list) list.push(term)
  else TERMS_BY_FIRST.set(term[0][0] as string, [term])
}

/**
 * Join consecutive words that spell a news term (`土/zg 增税/v` → `土增税/n`), in place: only where the term's
 * characters are whole words, glued (the segmenter's words of one piece are contiguous); a term that is one word
 * already takes the term's tag.
 */
function joinTerms(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const first = words[k] as Word
    const terms = TERMS_BY_FIRST.get(first.word[0] as string)
    if (terms === undefined) continue
    for (const [term, tag] of terms) {
      // (A term that is already one word takes the term's tag: `夏粮/nr` is no person, `进度/d` no adverb.)
      if (term === first.word) {
        words[k] = {...first, tag}
        break
      }
      if (term.length <= first.word.length) continue
      let text = first.word
      let j = k
      while (text.length < term.length && j + 1 < words.length && (words[j + 1] as Word).start === (words[j] as Word).end) text += (words[++j] as Word).word
      if (text !== term) continue
      words.splice(k, j - k + 1, {start: first.start, end: (words[j] as Word).end, word: term, tag})
      break
    }
  }
}

/** Directions that name a country's regions (`东部`, `中部`, `东北`). */
const REGION_DIRECTION = /^(?:东部|西部|中部|南部|北部|东北|东北部|西南|西北|东南|中西部)$/
/** Words of region after a direction (`地区`, `省份`). */
const REGION_WORD = /^(?:地区|区域|省份|城市|沿海|农村)$/

/** Words of manner that jieba tags as nouns (`实质/n`, `月均/j`): adverbs before a verb (see `wordsOf`). */
const MANNER = new Set(['实质', '月均', '年均', '日均'])
/** Currencies' names that jieba tags as numerals or classifiers (`港元/m`, `美元/q`). */
const CURRENCY_NAME = new Set(['港元', '港币', '美元', '日元', '欧元', '英镑', '澳元', '加元', '新台币', '台币', '澳门元', '澳门币'])
/** Words that close a basis of calculation after 按 (`按当地货币计算`). */
const BASIS_END = new Set(['计算', '计'])

/** The news dictionary's tag of a word, else the segmenter's; a country's name is a place whatever the segmenter guessed (jieba tags `南韩` as a person). */
function ownTag(word: string, tag: string): string {
  return OWN_TAGS.get(word) ?? (FOREIGN_PLACE_NAMES.has(word) ? 'ns' : tag)
}

/** Tags of nouns and noun-like words that can make up a counted noun phrase. */
const NOMINAL = new Set(['n', 'nz', 'vn', 'ng', 'nt', 'ns', 'j', 'l', 'an', 'eng', 'k', 'b', 'nrfg', 'i'])

/** Whether a word can be part of a counted noun phrase (`以上`/`以下` only inside one: `规模以上工业`). */
export function isNominal(word: Word): boolean {
  // (The tag first: most words fail it, and it costs no regex.)
  return NOMINAL.has(word.tag) && !/^[\s\d.%％，。、,:：;；“”"'（）()《》【】\-—]+$/.test(word.word)
}

/** Whether a word names a person (`nr`, `nrt`): a person is never a place or a counted metric. */
export function isPerson(word: Word): boolean {
  return word.tag === 'nr' || word.tag === 'nrt'
}
