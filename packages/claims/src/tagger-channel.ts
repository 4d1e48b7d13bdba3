import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {NEWS_WORDS} from './news-words.js'

/** The news words as a jieba user dictionary (frequency high enough to win over the main dictionary). */
export function userDictionary(): string {
  return NEWS_WORDS.map(([word, tag]) => `${word} 200000 ${tag}`).join('\n')
}

/**
 * `@node-rs/jieba` with its dictionary and the news words, HMM off; throws when
 * the native package is not installed or cannot load.
 */
export function nativeTagger(): {name: string; tag(text: string): Array<{word: string; tag: string}>} {
  const require = createRequire(import.meta.url)
  const native = require('@node-rs/jieba') as {Jieba: {withDict(dict: Uint8Array): {tag(text: string, hmm?: boolean): Array<{word: string; tag: string}>; loadDict(dict: Uint8Array): void}}}
  // The dictionary file itself: `@node-rs/jieba/dict` would also read the 6 MB keyword-weight
  // file (idf.txt), which tagging never uses.
  const jieba = native.Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')))
  jieba.loadDict(new TextEncoder().encode(userDictionary()))
  return {name: '@node-rs/jieba', tag: (text) => jieba.tag(text, false)}
}

// Shared memory: four Int32 slots (state, payload bytes, readiness, answer format), then the payload.
const STATE = 0
const LENGTH = 1
const READY = 2
const FORMAT = 3
const HEADER = 16
const IDLE = 0
const REQUEST = 1
const ANSWER = 2
/** Readiness values: the worker is loading its dictionary, can tag, or could not load one. */
const LOADING = 0
const CAN_TAG = 1
const FAILED = 2
/** Answer formats: word lengths and tag numbers (`CUT`), or a JSON error. */
const CUT = 1
const ERROR = 2

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * The words of one text as the segmenter cut it: their lengths in UTF-16 code units, in order,
 * adding up to the text's, and their tags. Numbers rather than a word object each: the main
 * thread makes the words it keeps from the text itself.
 */
export interface CutText {
  lengths: Int32Array
  tags: string[]
}

/** The words of `text` from a cut answer of it (word lengths and tags). */
export function wordsOfCut(text: string, cut: CutText): TaggedWords {
  const words: TaggedWords = []
  let at = 0
  cut.lengths.forEach((length, k) => {
    words.push({word: text.slice(at, at + length), tag: cut.tags[k] as string})
    at += length
  })
  return words
}

/** Words with their tags, as the segmenter gives them. */
export type TaggedWords = Array<{word: string; tag: string}>

/**
 * One request at a time between the main thread and the tagger worker, over a
 * `SharedArrayBuffer`: the main thread writes texts and waits (`Atomics.wait`)
 * for the worker's answer, so tagging stays synchronous for the claim
 * extraction while the dictionary loads on another core.
 *
 * Layout, as Int32 slots of the payload. A request: the number of texts, their lengths, then the
 * texts one after another in UTF-8. A `CUT` answer: the number of texts, the size of the tag
 * table before this answer, the bytes of its JSON part; the number of words of each text (-1 for
 * a text whose words do not add up to it: its words are in the JSON part); two slots per word
 * (length, tag number); then the JSON part `{tags, words}`: tag names new to the table, and the
 * `[word, tag]` lists of the texts marked -1. No JSON at all in the common case.
 */
export class TaggerChannel {
  private readonly header: Int32Array
  private readonly payload: Uint8Array
  private readonly slots: Int32Array
  /** Main thread: the worker's tag table as far as its answers told; worker: the table itself. */
  private readonly tagNames: string[] = []
  private readonly tagNumbers = new Map<string, number>()
  /** Main thread: an answer did not come in time, so the channel is out of step and not used again. */
  private broken = false
  /** Main thread: the texts of the request the worker is answering, until collected. */
  private posted: readonly string[] | undefined

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4)
    this.payload = new Uint8Array(buffer, HEADER)
    this.slots = new Int32Array(buffer, HEADER, Math.floor((buffer.byteLength - HEADER) / 4))
  }

  /** A channel with room for `bytes` of text or answer. */
  static create(bytes = 4 * 1024 * 1024): TaggerChannel {
    return new TaggerChannel(new SharedArrayBuffer(HEADER + bytes))
  }

  /** Worker: say whether the dictionary loaded. */
  ready(canTag: boolean): void {
    Atomics.store(this.header, READY, canTag ? CAN_TAG : FAILED)
    Atomics.notify(this.header, READY)
  }

  /** Main thread: whether the worker has loaded and can tag, without waiting. */
  canTagNow(): boolean {
    return Atomics.load(this.header, READY) === CAN_TAG
  }

  /** Main thread: wait (at most `timeout` ms) until the worker has loaded; whether it can tag. */
  waitReady(timeout: number): boolean {
    Atomics.wait(this.header, READY, LOADING, timeout)
    return Atomics.load(this.header, READY) === CAN_TAG
  }

  /** Main thread: the worker's answer for `text`, or `undefined` when the text does not fit or no answer came in `timeout` ms. */
  request(text: string, timeout: number): Array<{word: string; tag: string}> | undefined {
    const cut = this.cutMany([text], timeout)?.[0]
    return !cut || Array.isArray(cut) ? cut : wordsOfCut(text, cut)
  }

  /**
   * Main thread: the worker's cut of several texts in one round trip (each text tagged on its
   * own; as a list of words for a text whose words do not add up to it), or `undefined` when they do not fit or no answer came in `timeout` ms. One request per
   * batch rather than per sentence: waking the worker and being woken costs more than tagging a
   * sentence.
   */
  cutMany(texts: readonly string[], timeout: number): Array<CutText | TaggedWords> | undefined {
    return this.post(texts) ? this.collect(timeout) : undefined
  }

  /**
   * Main thread: send texts to the worker without waiting (`collect` takes the answer), so that
   * the worker tags while this thread reads other parts of the text; false when they do not fit
   * or the channel is out of step. One request at a time: collect before posting again.
   */
  post(texts: readonly string[]): boolean {
    if (this.broken || this.posted || !this.writeRequest(texts)) return false
    this.posted = texts
    Atomics.store(this.header, STATE, REQUEST)
    Atomics.notify(this.header, STATE)
    return true
  }

  /** Main thread: the answer to the texts posted last, waiting for it at most `timeout` ms; `undefined` without one. */
  collect(timeout: number): Array<CutText | TaggedWords> | undefined {
    const texts = this.posted
    if (!texts) return undefined
    this.posted = undefined
    if (Atomics.wait(this.header, STATE, REQUEST, timeout) === 'timed-out' && Atomics.load(this.header, STATE) === REQUEST) {
      this.broken = true
      return undefined
    }
    const answer = Atomics.load(this.header, FORMAT) === CUT ? this.readCut(texts) : undefined
    Atomics.store(this.header, STATE, IDLE)
    return answer
  }

  /** Main thread: write the texts as a request; false when they do not fit. */
  private writeRequest(texts: readonly string[]): boolean {
    const joined = texts.join('')
    const head = 4 * (1 + texts.length)
    // (UTF-8 takes at most 3 bytes per UTF-16 code unit.)
    if (head + 3 * joined.length > this.payload.length) return false
    this.slots[0] = texts.length
    texts.forEach((text, k) => (this.slots[1 + k] = text.length))
    Atomics.store(this.header, LENGTH, encoder.encodeInto(joined, this.payload.subarray(head)).written)
    return true
  }

  /** Main thread: the cut texts of a `CUT` answer; `undefined` when it does not match the request. */
  private readCut(texts: readonly string[]): Array<CutText | TaggedWords> | undefined {
    const slots = this.slots
    const count = slots[0] as number
    if (count !== texts.length || slots[1] !== this.tagNames.length) return undefined
    let at = 3 + count
    const jsonAt = 4 * (at + 2 * this.wordsOfAnswer(count))
    const json = slots[2] ? (JSON.parse(decoder.decode(this.payload.slice(jsonAt, jsonAt + (slots[2] as number)))) as {tags: string[]; words: Array<Array<[string, string]>>}) : undefined
    for (const name of json?.tags ?? []) this.tagNames.push(name)
    let irregular = 0
    return texts.map((_, k) => {
      const words = slots[3 + k] as number
      if (words < 0) return (json?.words[irregular++] ?? []).map(([word, tag]) => ({word, tag}))
      const lengths = new Int32Array(words)
      const tags: string[] = []
      for (let w = 0; w < words; w++, at += 2) {
        lengths[w] = slots[at] as number
        tags.push(this.tagNames[slots[at + 1] as number] as string)
      }
      return {lengths, tags}
    })
  }

  /** The number of words in the slots of an answer for `count` texts. */
  private wordsOfAnswer(count: number): number {
    let words = 0
    for (let k = 0; k < count; k++) words += Math.max(0, this.slots[3 + k] as number)
    return words
  }

  /** Worker: wait for the next texts to tag. */
  nextRequest(): string[] {
    for (;;) {
      const state = Atomics.load(this.header, STATE)
      if (state === REQUEST) return this.readRequest()
      Atomics.wait(this.header, STATE, state)
    }
  }

  private readRequest(): string[] {
    const count = this.slots[0] as number
    const head = 4 * (1 + count)
    // TextDecoder does not take views of shared memory: copy the bytes out first.
    const joined = decoder.decode(this.payload.slice(head, head + Atomics.load(this.header, LENGTH)))
    const texts: string[] = []
    let at = 0
    for (let k = 0; k < count; k++) {
      const length = this.slots[1 + k] as number
      texts.push(joined.slice(at, at + length))
      at += length
    }
    return texts
  }

  /** Worker: answer the current request with the segmenter's words of each text (or an error). */
  answer(texts: readonly string[], tagged: ReadonlyArray<ReadonlyArray<{word: string; tag: string}>> | Error): void {
    const fits = !(tagged instanceof Error) && this.writeCut(texts, tagged)
    Atomics.store(this.header, FORMAT, fits ? CUT : ERROR)
    Atomics.store(this.header, STATE, ANSWER)
    Atomics.notify(this.header, STATE)
  }

  /** Worker: write a `CUT` answer; false when it does not fit. */
  private writeCut(texts: readonly string[], tagged: ReadonlyArray<ReadonlyArray<{word: string; tag: string}>>): boolean {
    const slots = this.slots
    const known = this.tagNames.length
    const irregular: Array<Array<[string, string]>> = []
    let at = 3 + texts.length
    for (const [k, words] of tagged.entries()) {
      if (!addsUpTo(words, texts[k] as string)) {
        slots[3 + k] = -1
        irregular.push(words.map(({word, tag}) => [word, tag]))
        continue
      }
      if (at + 2 * words.length > slots.length) return this.forget(known)
      slots[3 + k] = words.length
      for (const {word, tag} of words) {
        slots[at++] = word.length
        slots[at++] = this.tagNumber(tag)
      }
    }
    const fresh = this.tagNames.slice(known)
    const json = fresh.length > 0 || irregular.length > 0 ? encoder.encode(JSON.stringify({tags: fresh, words: irregular})) : new Uint8Array(0)
    if (4 * at + json.length > this.payload.length) return this.forget(known)
    this.payload.set(json, 4 * at)
    slots[0] = texts.length
    slots[1] = known
    slots[2] = json.length
    return true
  }

  /** Worker: drop the tags numbered in an answer that was not sent (the main thread never learnt them); false. */
  private forget(known: number): false {
    for (const name of this.tagNames.splice(known)) this.tagNumbers.delete(name)
    return false
  }

  private tagNumber(tag: string): number {
    let number = this.tagNumbers.get(tag)
    if (number === undefined) {
      number = this.tagNames.push(tag) - 1
      this.tagNumbers.set(tag, number)
    }
    return number
  }
}

/** Whether the words, one after another, are the text (the segmenter dropped or changed nothing). */
function addsUpTo(words: ReadonlyArray<{word: string}>, text: string): boolean {
  let at = 0
  for (const {word} of words) {
    if (!text.startsWith(word, at)) return false
    at += word.length
  }
  return at === text.length
}

