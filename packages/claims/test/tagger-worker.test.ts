import {Worker} from 'node:worker_threads'
import {afterAll, describe, expect, it} from 'vitest'
import {nativeTagger, TaggerChannel} from '../src/tagger-channel.js'

// The segmenter on a worker thread (`startSegmenterWorker`): the compiled
// worker (dist/, built by `tsc -b` before the tests) answers through shared
// memory with the same words and tags as the segmenter in this thread.
// Sentences written for this test.

const channel = TaggerChannel.create(64 * 1024)
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
    expect(channel.requestMany(texts, 10_000)).toEqual(texts.map((text) => channel.request(text, 10_000)))
    expect(channel.requestMany(['短句。', '长'.repeat(70_000)], 10_000)).toBeUndefined()
  })

  it('answers one request after another, and gives up on a text too long for the channel', () => {
    expect(channel.request('新航线每日往返十二班', 10_000)?.map(({word}) => word).join('')).toBe('新航线每日往返十二班')
    expect(channel.request('长'.repeat(70_000), 10_000)).toBeUndefined()
    expect(channel.request('票价不变', 10_000)?.map(({word}) => word).join('')).toBe('票价不变')
  })
})
