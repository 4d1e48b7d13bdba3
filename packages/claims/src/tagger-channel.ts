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

// Shared memory: three Int32 slots (state, payload bytes, readiness), then the payload.
const STATE = 0
const LENGTH = 1
const READY = 2
const HEADER = 16
const IDLE = 0
const REQUEST = 1
const ANSWER = 2
/** Readiness values: the worker is loading its dictionary, can tag, or could not load one. */
const LOADING = 0
const CAN_TAG = 1
const FAILED = 2

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * One request at a time between the main thread and the tagger worker, over
 * a `SharedArrayBuffer`: the main thread writes a text and waits
 * (`Atomics.wait`) for the worker's answer, so tagging stays synchronous for
 * the claim extraction while the dictionary loads on another core.
 */
export class TaggerChannel {
  private readonly header: Int32Array
  private readonly payload: Uint8Array

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 3)
    this.payload = new Uint8Array(buffer, HEADER)
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

  /** Main thread: wait (at most `timeout` ms) until the worker has loaded; whether it can tag. */
  waitReady(timeout: number): boolean {
    Atomics.wait(this.header, READY, LOADING, timeout)
    return Atomics.load(this.header, READY) === CAN_TAG
  }

  /** Main thread: the worker's answer for `text`, or `undefined` when the text does not fit or no answer came in `timeout` ms. */
  request(text: string, timeout: number): Array<{word: string; tag: string}> | undefined {
    return this.requestMany([text], timeout)?.[0]
  }

  /**
   * Main thread: the worker's answers for several texts in one round trip (each text tagged on
   * its own), or `undefined` when they do not fit or no answer came in `timeout` ms. One request
   * per batch rather than per sentence: waking the worker and being woken costs more than tagging
   * a sentence.
   */
  requestMany(texts: readonly string[], timeout: number): Array<Array<{word: string; tag: string}>> | undefined {
    const bytes = encoder.encode(JSON.stringify(texts))
    if (bytes.length > this.payload.length) return undefined
    this.payload.set(bytes)
    Atomics.store(this.header, LENGTH, bytes.length)
    Atomics.store(this.header, STATE, REQUEST)
    Atomics.notify(this.header, STATE)
    if (Atomics.wait(this.header, STATE, REQUEST, timeout) === 'timed-out' && Atomics.load(this.header, STATE) === REQUEST) return undefined
    const answer = JSON.parse(this.read()) as Array<Array<[string, string]>> | {error: string}
    Atomics.store(this.header, STATE, IDLE)
    if (!Array.isArray(answer) || answer.length !== texts.length) return undefined
    return answer.map((words) => words.map(([word, tag]) => ({word, tag})))
  }

  /** Worker: wait for the next texts to tag. */
  nextRequest(): string[] {
    for (;;) {
      const state = Atomics.load(this.header, STATE)
      if (state === REQUEST) return JSON.parse(this.read()) as string[]
      Atomics.wait(this.header, STATE, state)
    }
  }

  /** Worker: answer the current request (a JSON text). */
  answer(json: string): void {
    let bytes = encoder.encode(json)
    if (bytes.length > this.payload.length) bytes = encoder.encode(JSON.stringify({error: 'answer too long'}))
    this.payload.set(bytes)
    Atomics.store(this.header, LENGTH, bytes.length)
    Atomics.store(this.header, STATE, ANSWER)
    Atomics.notify(this.header, STATE)
  }

  private read(): string {
    // TextDecoder does not take views of shared memory: copy the bytes out first.
    return decoder.decode(this.payload.slice(0, Atomics.load(this.header, LENGTH)))
  }
}
