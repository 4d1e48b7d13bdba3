import {describe, expect, it} from 'vitest'
import {useTagger, WordIndex} from '../src/segment.js'
import {postingTagger} from './posting-tagger.js'

// Batches posted ahead to a segmenter on another thread (`Tagger.post`) give the words that
// tagging each requested stretch on its own gives. Here a stand-in keeps posted texts and tags
// them when `cutMany` asks for the same array, as the worker tagger does. Sentences written for
// this test.

const {tagger, calls} = postingTagger()
useTagger(tagger)

const SENTENCES = ['全县今年新增公办幼儿园学位12000个。', '其中小学80所、中学50所！', '新航线每日往返12班，票价不变？', '截至去年底，全市共有注册志愿者35万名\n']

describe('WordIndex with batches posted ahead', () => {
  it('gives the same words, and takes the posted batch when it holds the stretch asked for', () => {
    // Long enough for several batches of 16 000 characters.
    const text = SENTENCES.join('').repeat(800)
    const digits = [...text].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []))
    const asked = digits.filter((_, k) => k % 7 === 0)
    const ahead = new WordIndex(text)
    ahead.expect(digits)
    const fromAhead = asked.map((at) => ahead.wordsIn(at, at + 3))
    // Every stretch came from a posted batch: nothing was tagged while the reader waited.
    expect(calls).toEqual({post: 4, fromPost: 4, now: 0})
    const plain = new WordIndex(text)
    expect(fromAhead).toEqual(asked.map((at) => plain.wordsIn(at, at + 3)))
  })
})
