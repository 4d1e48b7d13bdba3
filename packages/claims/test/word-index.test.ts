import {describe, expect, it} from 'vitest'
import {WordIndex} from '../src/segment.js'

// Sentences tagged ahead in batches (`WordIndex.expect`) give the words that tagging each
// requested stretch on its own gives. Sentences written for this test.

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

function words(index: WordIndex, stretches: Array<[number, number]>): string[] {
  return stretches.map(([start, end]) => index.wordsIn(start, end).map((w) => `${w.start}:${w.word}/${w.tag}`).join(' '))
}

describe('WordIndex', () => {
  it('gives the same words with sentences tagged ahead as with one sentence tagged at a time', () => {
    for (let n = 1; n <= SENTENCES.length; n++) {
      const text = SENTENCES.slice(0, n).join('') + SENTENCES.slice(n).join('')
      const asked = requests(text)
      const ahead = new WordIndex(text)
      ahead.expect([...text].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : [])))
      expect(words(ahead, asked)).toEqual(words(new WordIndex(text), asked))
    }
  })

  it('tags a stretch that crosses sentence ends, and offsets expected past the end of the text', () => {
    const text = SENTENCES.join('')
    const ahead = new WordIndex(text)
    ahead.expect([3, 20, 21, 60, text.length + 5])
    const across: Array<[number, number]> = [[10, 40], [0, text.length], [15, 25]]
    expect(words(ahead, across)).toEqual(words(new WordIndex(text), across))
    expect(ahead.wordsIn(0, text.length).map((w) => w.word).join('')).toBe(text)
  })
})
