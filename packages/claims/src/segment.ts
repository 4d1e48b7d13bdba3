import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {NEWS_WORDS} from './news-words.js'
import {FOREIGN_PLACE_NAMES} from './scopes.js'
import {partition} from './spans.js'
import {nativeTagger, TaggerChannel} from './tagger-channel.js'

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
 * Use this tagger for claim extraction instead of loading one. Browsers call it
 * once `jieba-wasm`'s web build is initialised (it loads its WebAssembly
 * asynchronously, which `segmenter()` cannot wait for); give it the news words
 * (`NEWS_WORDS`) as a user dictionary too.
 */
export function useTagger(given: Tagger): void {
  tagger = given
}

/** The news dictionary's own tags win over the segmenter's (`增速` is a noun here, not a verb). */
const OWN_TAGS = new Map(NEWS_WORDS.map(([word, tag]) => [word, tag]))

let channel: TaggerChannel | undefined

/**
 * Start loading the segmenter's dictionary on a worker thread now (Node
 * only), so it overlaps the rest of start-up on another core: the dictionary
 * is about 110 ms, two `node -e 0`s. `segmenter()` then tags through the
 * worker, synchronously (`TaggerChannel`); without a worker file, or with
 * `JIAODUI_SEGMENTER=wasm`, nothing starts and `segmenter()` loads in
 * process as before.
 */
export function startSegmenterWorker(): void {
  // `JIAODUI_SEGMENTER=wasm` or `=native` choose an in-process segmenter (benchmarks compare them).
  if (tagger || channel || process.env['JIAODUI_SEGMENTER'] === 'wasm' || process.env['JIAODUI_SEGMENTER'] === 'native') return
  // The CLI's bin may have started the worker already, before loading the rest of the CLI.
  const early = (globalThis as Record<symbol, unknown>)[earlyWorkerKey]
  if (early instanceof SharedArrayBuffer) {
    channel = new TaggerChannel(early)
    return
  }
  const script = new URL('./tagger-worker.js', import.meta.url)
  // Run from TypeScript sources (tests), there is no compiled worker to start.
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return
  try {
    const started = TaggerChannel.create()
    const worker = new Worker(script, {workerData: started.buffer})
    // Never keeps the process alive; a failed worker means the in-process segmenter.
    worker.unref()
    worker.on('error', () => undefined)
    channel = started
  } catch {
    channel = undefined
  }
}

/**
 * Where `packages/cli/bin/jiaodui.js` leaves the shared memory of a tagger worker it started
 * itself, first thing (about 60 ms before this module is reached): a `SharedArrayBuffer` the
 * worker (`tagger-worker.js`, given it as `workerData`) and `TaggerChannel` share.
 */
export const earlyWorkerKey = Symbol.for('jiaodui.tagger-worker')

/**
 * The segmenter, loaded on first use only, with the news user dictionary: through the worker
 * `startSegmenterWorker` started, else in process. In Node it is `@node-rs/jieba` (native,
 * prebuilt: about 7 times faster than WebAssembly here); where that is not installed (an optional
 * dependency) or cannot load, and in browsers, `jieba-wasm` (same jieba-rs dictionary and tags).
 * HMM is off: unknown names come back as single characters, which keeps place names the
 * dictionary lacks on word boundaries.
 */
export function segmenter(): Tagger {
  if (tagger) return tagger
  const started = channel
  channel = undefined
  if (started?.waitReady(workerLoadTimeout)) {
    let local: Tagger | undefined
    // A text too long for the channel, or a worker that stopped answering: tag in process.
    tagger = {name: '@node-rs/jieba', tag: (text) => started.request(text, workerAnswerTimeout) ?? (local ??= inProcess()).tag(text)}
    return tagger
  }
  tagger = inProcess()
  return tagger
}

/** Longest wait for the worker's dictionary, and for one answer, before tagging in process. */
const workerLoadTimeout = 30_000
const workerAnswerTimeout = 60_000

/** The segmenter loaded in this thread: native jieba, else jieba-wasm. */
function inProcess(): Tagger {
  // (The first call pays the dictionary: about 0.1 s native, 0.4 s WebAssembly.)
  try {
    // `JIAODUI_SEGMENTER=wasm` measures the WebAssembly build in Node (bench/claims-scale/robustness.js).
    if (typeof process !== 'undefined' && process.env['JIAODUI_SEGMENTER'] === 'wasm') throw new Error('wasm requested')
    return nativeTagger()
  } catch {
    const require = createRequire(import.meta.url)
    const wasm = require('jieba-wasm') as {tag(text: string, hmm?: boolean): Array<{word: string; tag: string}>; add_word(word: string, freq?: number, tag?: string): number}
    for (const [word, tag] of NEWS_WORDS) wasm.add_word(word, 200_000, tag)
    return {name: 'jieba-wasm', tag: (text) => wasm.tag(text, false)}
  }
}

/** Longest text given to the segmenter in one call: calls are cheap per character, not per call. */
const CHUNK = 4000

/**
 * Words of one folded text, tagged lazily one chunk at a time (chunks end at sentence ends when
 * they can), keeping only the chunk in use: claims are read in document order, so a 10 MB article
 * costs one pass and the words of one chunk in memory.
 */
export class WordIndex {
  private chunkStart = -1
  private chunkEnd = -1
  private words: Word[] = []

  constructor(readonly text: string) {}

  /** Words that overlap `[start, end)`, in order. */
  wordsIn(start: number, end: number): Word[] {
    if (end <= start) return []
    if (start < this.chunkStart || end > this.chunkEnd) this.load(start, end)
    const out: Word[] = []
    const lo = partition(this.words, (word) => word.end <= start)
    for (let k = lo; k < this.words.length && (this.words[k] as Word).start < end; k++) out.push(this.words[k] as Word)
    return out
  }

  /**
   * Tag the sentence around `[start, end)` (at most 200 characters further each way when the
   * sentence has no end): only sentences with claims are ever tagged, and claims are read in order.
   */
  private load(start: number, end: number): void {
    let from = start
    const floor = Math.max(0, start - 200)
    while (from > floor && !/[。！？；\n]/.test(this.text[from - 1] as string)) from--
    let to = Math.min(this.text.length, end)
    const ceiling = Math.min(this.text.length, Math.max(end, start + CHUNK) + 200)
    while (to < ceiling && !/[。！？；\n]/.test(this.text[to - 1] as string)) to++
    const piece = this.text.slice(from, to)
    const words: Word[] = []
    let at = from
    for (const {word, tag} of segmenter().tag(piece)) {
      // The segmenter returns the input word by word; re-find each word so offsets hold even if it
      // ever drops or normalises a character.
      const found = this.text.indexOf(word, at)
      if (found < 0 || found >= to) continue
      words.push({start: found, end: found + word.length, word, tag})
      at = found + word.length
    }
    // A country's name is a place whatever the segmenter guessed (jieba tags `南韩` as a person).
    for (const w of words) w.tag = OWN_TAGS.get(w.word) ?? (FOREIGN_PLACE_NAMES.has(w.word) ? 'ns' : w.tag)
    this.words = words
    this.chunkStart = from
    this.chunkEnd = to
  }
}

/** Tags of nouns and noun-like words that can make up a counted noun phrase. */
const NOMINAL = new Set(['n', 'nz', 'vn', 'ng', 'nt', 'ns', 'j', 'l', 'an', 'eng', 'k', 'b', 'nrfg', 'i'])

/** Whether a word can be part of a counted noun phrase (`以上`/`以下` only inside one: `规模以上工业`). */
export function isNominal(word: Word): boolean {
  if (/^[\s\d.%％，。、,:：;；“”"'（）()《》【】\-—]+$/.test(word.word)) return false
  return NOMINAL.has(word.tag)
}

/** Whether a word names a person (`nr`, `nrt`): a person is never a place or a counted metric. */
export function isPerson(word: Word): boolean {
  return word.tag === 'nr' || word.tag === 'nrt'
}
