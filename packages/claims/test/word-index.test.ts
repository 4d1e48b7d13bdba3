import {describe, expect, it} from 'vitest'
import {segmenter, WordIndex} from '../src/segment.js'

// A WordIndex tags the piece around what is asked for; its words are those of each sentence tagged
// on its own, at their offsets in the whole text. Sentences written for this test.

const SENTENCES = [
  '全县今年新增公办幼儿园学位一万二千个。',
  '其中小学80所、中学50所，分别比去年增加3所和2所！',
  '新航线每日往返十二班，票价不变？',
  '本港上月录得旅客人次按年上升百分之十二；',
  '截至去年底，全市共有注册志愿者35万名\n',
  // No sentence end for more than 200 characters before the number: tagged in a piece of its own.
  `${'据介绍这个项目从规划到建成经历了许多困难'.repeat(12)}最终完成投资4.5亿元。`,
  '“我们今年要再建20座桥。”他说。'
]

/** Every stretch a claim reader might ask for: around each digit, a few widths either side. */
function requests(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let i = 0; i < text.length; i++) {
    if (!/[0-9一二三四五六七八九十百千万亿]/.test(text[i] as string)) continue
    for (const width of [1, 6, 30]) out.push([Math.max(0, i - width), i], [i, Math.min(text.length, i + width)])
  }
  return out
}

describe('WordIndex', () => {
  it('places each word at its offset in the text, whatever stretch is asked for first', () => {
    const text = SENTENCES.join('')
    for (const [start, end] of requests(text)) {
      const words = new WordIndex(text).wordsIn(start, end)
      expect(words.length).toBeGreaterThan(0)
      for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.word)
      expect((words[0] as {start: number}).start).toBeLessThanOrEqual(start)
      expect((words.at(-1) as {end: number}).end).toBeGreaterThanOrEqual(end)
    }
  })

  it('gives the words of each sentence tagged on its own', () => {
    const text = SENTENCES.join('')
    const index = new WordIndex(text)
    let at = 0
    for (const sentence of SENTENCES) {
      const own = segmenter().tag(sentence).map(({word}) => word)
      expect(index.wordsIn(at, at + sentence.length).map((word) => word.word)).toEqual(own)
      at += sentence.length
    }
  })

  it('covers a whole text asked for at once, and a stretch that crosses sentence ends', () => {
    const text = SENTENCES.join('')
    expect(new WordIndex(text).wordsIn(0, text.length).map((w) => w.word).join('')).toBe(text)
    const across = new WordIndex(text).wordsIn(10, 40)
    expect(across.map((w) => w.word).join('')).toBe(text.slice((across[0] as {start: number}).start, (across.at(-1) as {end: number}).end))
  })
})
