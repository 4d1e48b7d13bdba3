import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {NEWS_WORDS} from './news-words.js'
import {FOREIGN_PLACE_NAMES} from './scopes.js'
import {partition} from './spans.js'
import {nativeTagger, TaggerChannel, wordsOfCut, type CutText, type TaggedWords} from './tagger-channel.js'

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
  /**
   * Several texts at once, each tagged on its own, as word lengths and tags where the words add up
   * to the text (the worker answers them in one round trip); else `tag` on each.
   */
  cutMany?(texts: readonly string[]): Array<CutText | TaggedWords>
  /**
   * Start tagging these texts without waiting (a worker tags them meanwhile); `cutMany` with the
   * same array takes the answer. Texts `along` are tagged in the same request, for a later `tag`
   * of one of them (the claim extraction's headline: one round trip instead of two). Only where
   * tagging runs on another thread.
   */
  post?(texts: readonly string[], along?: readonly string[]): void
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
    ;(globalThis as Record<symbol, unknown>)[earlyWorkerThreadKey] = worker
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
/** Where the worker thread itself is kept, by the bin or `startSegmenterWorker`. */
const earlyWorkerThreadKey = Symbol.for('jiaodui.tagger-worker-thread')

/**
 * Stop the segmenter's worker thread before it is used: for a run whose rules extract no claims
 * (the claim rules turned off), whose dictionary would load on the other core for nothing. A
 * later `segmenter()` then loads one in process.
 */
export function stopSegmenterWorker(): void {
  const globals = globalThis as Record<symbol, unknown>
  const worker = globals[earlyWorkerThreadKey]
  if (worker instanceof Worker) void worker.terminate()
  delete globals[earlyWorkerThreadKey]
  delete globals[earlyWorkerKey]
  channel = undefined
}

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
    tagger = workerTagger(started)
    return tagger
  }
  tagger = inProcess()
  return tagger
}

/**
 * Whether `segmenter()` would answer now without waiting or loading: a tagger is in use, or the
 * worker has loaded its dictionary. (`prepareClaims` starts only then: waiting for the dictionary
 * before the first file's other rules would give up what the worker overlaps at start-up.)
 */
export function segmenterReady(): boolean {
  return tagger !== undefined || channel?.canTagNow() === true
}

/**
 * Tagging through the worker, one request at a time: a posted request is collected before any
 * other and kept for `cutMany` of the same texts. A text too long for the channel, or a worker
 * that stopped answering: tagged in process.
 */
function workerTagger(started: TaggerChannel): Tagger {
  let local: Tagger | undefined
  const inThread = (texts: readonly string[]) => texts.map((text) => (local ??= inProcess()).tag(text))
  let pending: {texts: readonly string[]; along: readonly string[]; answer?: Array<CutText | TaggedWords> | undefined} | undefined
  // Answers for the texts tagged along with a batch (`post`'s `along`), until `tag` asks for them.
  const alongAnswers = new Map<string, Array<{word: string; tag: string}>>()
  const collect = () => {
    if (!pending || 'answer' in pending) return
    const answer = started.collect(workerAnswerTimeout)
    const own = pending.texts.length
    pending.along.forEach((text, k) => {
      const cut = answer?.[own + k]
      if (cut) alongAnswers.set(text, Array.isArray(cut) ? cut : wordsOfCut(text, cut))
    })
    pending.answer = answer?.slice(0, own)
  }
  return {
    name: '@node-rs/jieba',
    tag(text) {
      collect()
      const along = alongAnswers.get(text)
      alongAnswers.clear()
      return along ?? started.request(text, workerAnswerTimeout) ?? inThread([text])[0]!
    },
    cutMany(texts) {
      collect()
      if (pending?.texts === texts) {
        const answer = pending.answer
        pending = undefined
        return answer ?? inThread(texts)
      }
      return started.cutMany(texts, workerAnswerTimeout) ?? inThread(texts)
    },
    post(texts, along = []) {
      collect()
      alongAnswers.clear()
      pending = started.post(along.length > 0 ? [...texts, ...along] : texts) ? {texts, along} : {texts, along, answer: undefined}
    }
  }
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

/** Characters that end the pieces given to the segmenter; jieba never joins a word across one of them. */
function isPieceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x0a
}

/**
 * Where pieces may start: after each piece end. One pass, then a binary search per number (a text
 * without punctuation is one long piece, and scanning it for every number would be quadratic). A
 * function of its own: V8 compiles this loop on stack while `expect` runs, and the rest of `expect`,
 * not yet run then, made it throw that code away and compile again for every segment.
 */
function pieceStarts(text: string): number[] {
  const starts: number[] = []
  for (let i = 0; i < text.length; i++) if (isPieceEnd(text.charCodeAt(i))) starts.push(i + 1)
  return starts
}

/** Characters of the sentences tagged ahead in one call to the segmenter (one round trip to the worker). */
const BATCH_CHARS = 16_000
/** Longest sentence tagged ahead: numbers far into a longer one are tagged in pieces of their own. */
const BLOCK_MAX = 1000

/** Tagged words of one piece `[start, end)` of the text. */
interface Block {
  start: number
  end: number
  words: Word[]
}

/**
 * Words of one folded text, tagged lazily one piece at a time (pieces end at sentence ends when
 * they can), keeping only the piece in use: claims are read in document order, so a 10 MB article
 * costs one pass and the words of one batch in memory. The sentences of the numbers to come
 * (`expect`) are tagged ahead, a batch per call to the segmenter: jieba cuts text into blocks at
 * `。！？；` and line breaks and segments each block alone, so a sentence tagged on its own has the
 * words it has in any piece that starts and ends at such a character.
 */
export class WordIndex {
  private chunkStart = -1
  private chunkEnd = -1
  private words: Word[] = []
  /** Sentences `[start, end)` of the numbers to come, sorted. */
  private expected: Array<[number, number]> = []
  /** The sentences of the last batch, sorted and disjoint. */
  private batch: Block[] = []
  /** The next batch, posted to a segmenter on another thread, which tags it meanwhile. */
  private posted: {pieces: Array<[number, number]>; texts: string[]} | undefined

  constructor(readonly text: string) {}

  /**
   * The numbers at these offsets (sorted) will be read: their sentences are tagged ahead, in
   * batches, instead of one call to the segmenter per sentence.
   */
  expect(offsets: readonly number[], along?: string): void {
    const text = this.text
    const starts = pieceStarts(text)
    const out: Array<[number, number]> = []
    for (const at of offsets) {
      if (at >= text.length || (out.length > 0 && at < (out.at(-1) as [number, number])[1])) continue
      const k = partition(starts, (start) => start <= at)
      const from = k > 0 ? (starts[k - 1] as number) : 0
      const to = k < starts.length ? (starts[k] as number) : text.length
      if (to - from <= BLOCK_MAX) out.push([from, to])
    }
    this.expected = out
    this.posted = undefined
    this.postAfter(0, along)
  }

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
    while (from > floor && !isPieceEnd(this.text.charCodeAt(from - 1))) from--
    let to = Math.min(this.text.length, end)
    const ceiling = Math.min(this.text.length, Math.max(end, start + CHUNK) + 200)
    while (to < ceiling && !isPieceEnd(this.text.charCodeAt(to - 1))) to++
    this.words = this.endsAtPieceEnds(from, to) ? this.batchWords(from, to) : this.blocksOf([[from, to]], this.tag([[from, to]]))[0]!.words
    this.chunkStart = from
    this.chunkEnd = to
  }

  /** Whether `[from, to)` starts and ends at the text's ends or after a piece end. */
  private endsAtPieceEnds(from: number, to: number): boolean {
    return (from === 0 || isPieceEnd(this.text.charCodeAt(from - 1))) && (to === this.text.length || isPieceEnd(this.text.charCodeAt(to - 1)))
  }

  /** The words of `[from, to)` when the last batch tagged exactly that stretch, in consecutive sentences. */
  private fromBatch(from: number, to: number): Word[] | undefined {
    let k = partition(this.batch, (block) => block.start < from)
    if ((this.batch[k] as Block | undefined)?.start !== from) return undefined
    let words = (this.batch[k] as Block).words
    while ((this.batch[k] as Block).end < to) {
      const following = this.batch[k + 1]
      if (!following || following.start !== (this.batch[k] as Block).end) return undefined
      words = words.concat(following.words)
      k++
    }
    return (this.batch[k] as Block).end === to ? words : undefined
  }

  /** The words of `[from, to)` (a stretch between piece ends) from the batches tagged ahead, else tagged now with the next batch. */
  private batchWords(from: number, to: number): Word[] {
    let words = this.fromBatch(from, to)
    if (!words && this.posted) {
      const {pieces, texts} = this.posted
      this.posted = undefined
      this.batch = this.blocksOf(pieces, segmenter().cutMany?.(texts) ?? this.tag(pieces))
      this.postAfter((pieces.at(-1) as [number, number])[1])
      words = this.fromBatch(from, to)
    }
    if (words) return words
    // Not expected: `[from, to)` and the expected sentences after it, in one call.
    const pieces: Array<[number, number]> = [[from, to], ...this.expectedAfter(to)]
    this.batch = this.blocksOf(pieces, this.tag(pieces))
    this.postAfter((pieces.at(-1) as [number, number])[1])
    return (this.batch[0] as Block).words
  }

  /** The expected sentences that start at or after `at`, up to BATCH_CHARS characters. */
  private expectedAfter(at: number): Array<[number, number]> {
    const pieces: Array<[number, number]> = []
    let chars = 0
    for (let k = partition(this.expected, ([start]) => start < at); k < this.expected.length && chars < BATCH_CHARS; k++) {
      const piece = this.expected[k] as [number, number]
      pieces.push(piece)
      chars += piece[1] - piece[0]
    }
    return pieces
  }

  /** Post the next batch, the expected sentences from `at` on, to a segmenter that tags it meanwhile (when it can). */
  private postAfter(at: number, along?: string): void {
    const tagger = segmenter()
    if (!tagger.post || this.posted) return
    const pieces = this.expectedAfter(at)
    if (pieces.length === 0) return
    const texts = pieces.map(([from, to]) => this.text.slice(from, to))
    tagger.post(texts, along ? [along] : [])
    this.posted = {pieces, texts}
  }

  /** Tag pieces of the text in one call to the segmenter. */
  private tag(pieces: ReadonlyArray<readonly [number, number]>): Array<CutText | TaggedWords> {
    const tagger = segmenter()
    const texts = pieces.map(([from, to]) => this.text.slice(from, to))
    return tagger.cutMany ? tagger.cutMany(texts) : texts.map((piece) => tagger.tag(piece))
  }

  /** The blocks of tagged pieces. */
  private blocksOf(pieces: ReadonlyArray<readonly [number, number]>, tagged: Array<CutText | TaggedWords>): Block[] {
    return pieces.map(([from, to], k) => {
      const cut = tagged[k] ?? []
      return {start: from, end: to, words: Array.isArray(cut) ? this.wordsOf(cut, from, to) : this.wordsOfCut(cut, from)}
    })
  }

  /**
   * Words of a cut starting at `from`: each word where the previous one ends (the words add up to
   * the piece, so re-finding each in the text, as `wordsOf` does, finds it there).
   */
  private wordsOfCut(cut: CutText, from: number): Word[] {
    const words: Word[] = []
    let at = from
    for (let k = 0; k < cut.lengths.length; k++) {
      const end = at + (cut.lengths[k] as number)
      const word = this.text.slice(at, end)
      words.push({start: at, end, word, tag: ownTag(word, cut.tags[k] as string)})
      at = end
    }
    return words
  }

  /** Words of the segmenter's answer for `[from, to)`, placed in the text. */
  private wordsOf(tagged: ReadonlyArray<{word: string; tag: string}>, from: number, to: number): Word[] {
    const words: Word[] = []
    let at = from
    for (const {word, tag} of tagged) {
      // The segmenter returns the input word by word; re-find each word so offsets hold even if it
      // ever drops or normalises a character.
      const found = this.text.indexOf(word, at)
      if (found < 0 || found >= to) continue
      words.push({start: found, end: found + word.length, word, tag: ownTag(word, tag)})
      at = found + word.length
    }
    return words
  }
}

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
