import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {compileDictionary, fnv, JiebaTagger, readDictionary, type CompiledDictionary, type DictionarySource} from './jieba.js'
import {userDictionary} from './news-words.js'

/**
 * Where the compiled dictionary is written by the build (`scripts/compile-dictionary.js`) and
 * looked for: beside the compiled module, and from the TypeScript sources (tests) in `dist`.
 */
const compiledName = 'jieba-dictionary.bin'
const places = [new URL(`./${compiledName}`, import.meta.url), new URL(`../dist/${compiledName}`, import.meta.url)]

/** jieba's main dictionary: the one `@node-rs/jieba` ships (jieba-rs's own, MIT). */
function mainDictionary(): {path: string; user: string; source: DictionarySource} {
  const path = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')
  const user = userDictionary()
  return {path, user, source: {mainBytes: statSync(path).size, userHash: fnv(user)}}
}

/**
 * jieba's tagger in JavaScript over the compiled dictionary (the build's, when it was compiled
 * from the same main dictionary and news words; else compiled now, about 0.9 s). Throws when
 * jieba's dictionary is not installed.
 */
export function jiebaTagger(): JiebaTagger {
  return new JiebaTagger(readDictionary(compiledDictionary()) as CompiledDictionary)
}

/**
 * The compiled dictionary's bytes: the first of `candidates` (by default the build's file) that was
 * compiled from the same main dictionary and news words, else compiled now. (The web page
 * fetches the same bytes.)
 */
export function compiledDictionary(candidates: ReadonlyArray<URL | string> = places): Uint8Array {
  const {path, user, source} = mainDictionary()
  for (const place of candidates) {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(place)
    } catch {
      continue
    }
    const tables = readDictionary(bytes)
    if (tables && tables.source.mainBytes === source.mainBytes && tables.source.userHash === source.userHash) return bytes
  }
  return compileDictionary(readFileSync(path, 'utf8'), user, source)
}

/** Compile the dictionary beside this module (the build's step); returns the file written. */
export function writeCompiledDictionary(): string {
  const {path, user, source} = mainDictionary()
  const target = fileURLToPath(places[0] as URL)
  writeFileSync(`${target}.tmp`, compileDictionary(readFileSync(path, 'utf8'), user, source))
  renameSync(`${target}.tmp`, target)
  return target
}

/**
 * `@node-rs/jieba` (jieba-rs, native) with its dictionary and the news words, HMM off: what
 * `JiebaTagger` reproduces, kept to compare with (`JIAODUI_SEGMENTER=native`, the identity test
 * over the corpus). Throws when the native package is not installed or cannot load.
 */
export function nativeTagger(): {name: string; tag(text: string): Array<{word: string; tag: string}>} {
  const require = createRequire(import.meta.url)
  const native = require('@node-rs/jieba') as {Jieba: {withDict(dict: Uint8Array): {tag(text: string, hmm?: boolean): Array<{word: string; tag: string}>; loadDict(dict: Uint8Array): void}}}
  // The dictionary file itself: `@node-rs/jieba/dict` would also read the 6 MB keyword-weight
  // file (idf.txt), which tagging never uses.
  const {path, user} = mainDictionary()
  const jieba = native.Jieba.withDict(readFileSync(path))
  jieba.loadDict(new TextEncoder().encode(user))
  return {name: '@node-rs/jieba', tag: (text) => jieba.tag(text, false)}
}
