import {Worker} from 'node:worker_threads'
import {afterAll, describe, expect, it} from 'vitest'
import {nativeTagger, TaggerChannel, type CutText} from '../src/tagger-channel.js'

// The segmenter on a worker thread (`startSegmenterWorker`): the compiled
// worker (dist/, built by `tsc -b` before the tests) answers through shared
// memory with the same words and tags as the segmenter in this thread.
// Sentences written for this test.

const channel = TaggerChannel.create(64 * 1024)

function wordsOf(text: string, cut: CutText): Array<{word: string; tag: string}> {
  let at = 0
  return [...cut.lengths].map((length, k) => ({word: text.slice(at, (at += length)), tag: cut.tags[k] as string}))
}
const worker = new Worker(new URL('../dist/tagger-worker.js', import.meta.url), {workerData: channel.buffer})
afterAll(() => worker.terminate())

describe('the tagger worker', () => {
  it('loads its dictionary and tags as the in-process segmenter does', () => {
    expect(channel.waitReady(30_000)).toBe(true)
    const local = nativeTagger()
    for (const text of ['全县今年新增公办幼儿园学位一万二千个。', '本港上月錄得旅客人次按年上升百分之十二', '其中小学80所、中学50所，分别比去年增加3所和2所。']) {
      expect(channel.request(text, 10_000)).toEqual(local.tag(text))
    }
  })

  it('answers several texts in one request, each as it answers it alone', () => {
    const texts = ['全县今年新增公办幼儿园学位一万二千个。', '', '票价不变', '其中小学80所、中学50所。']
    const many = channel.cutMany(texts, 10_000)
    expect(many?.map((cut, k) => (Array.isArray(cut) ? cut : wordsOf(texts[k] as string, cut)))).toEqual(texts.map((text) => channel.request(text, 10_000)))
    expect(channel.cutMany(['短句。', '长'.repeat(70_000)], 10_000)).toBeUndefined()
  })

  it('answers one request after another, and gives up on a text too long for the channel', () => {
    expect(channel.request('新航线每日往返十二班', 10_000)?.map(({word}) => word).join('')).toBe('新航线每日往返十二班')
    expect(channel.request('长'.repeat(70_000), 10_000)).toBeUndefined()
    expect(channel.request('票价不变', 10_000)?.map(({word}) => word).join('')).toBe('票价不变')
  })
})

describe('the channel', () => {
  // A stand-in segmenter on another thread that changes a character (`１` → `1`) and tags every
  // word `n`, one character a word: those words do not add up to the text and come back as words.
  const fake = TaggerChannel.create(64 * 1024)
  const source = `import(${JSON.stringify(new URL('../dist/tagger-channel.js', import.meta.url).href)}).then(({TaggerChannel}) => {
    const channel = new TaggerChannel(require('node:worker_threads').workerData)
    channel.ready(true)
    for (;;) {
      const texts = channel.nextRequest()
      channel.answer(texts, texts.map((text) => [...text].map((c) => ({word: c === '１' ? '1' : c, tag: c === '站' ? 'v' : 'n'}))))
    }
  })`
  const stand = new Worker(source, {eval: true, workerData: fake.buffer})
  afterAll(() => stand.terminate())

  it('sends lengths and tag numbers for words that add up to the text, and the words themselves for the others', () => {
    expect(fake.waitReady(30_000)).toBe(true)
    const [regular, changed] = fake.cutMany(['新站开通', '第１站'], 10_000) ?? []
    expect(regular).toEqual({lengths: Int32Array.from([1, 1, 1, 1]), tags: ['n', 'v', 'n', 'n']})
    expect(changed).toEqual([{word: '第', tag: 'n'}, {word: '1', tag: 'n'}, {word: '站', tag: 'v'}])
    // Tag numbers learnt from earlier answers still name the same tags.
    expect(fake.request('站台', 10_000)).toEqual([{word: '站', tag: 'v'}, {word: '台', tag: 'n'}])
  })
})
