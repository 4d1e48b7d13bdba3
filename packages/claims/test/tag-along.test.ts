import {Worker} from 'node:worker_threads'
import {expect, test} from 'vitest'
import {earlyWorkerKey, segmenter, startSegmenterWorker} from '../src/segment.js'

// Its own file: the segmenter is chosen once per process. The claim extraction tags an article's
// headline along with the batch of its sentences: one round trip to the worker instead of two.
test('a text tagged along with a batch is answered without a request of its own', async () => {
  const buffer = new SharedArrayBuffer(16 + (1 << 20))
  // The compiled worker, as the bin starts it (`pnpm test` builds first).
  const worker = new Worker(new URL('../dist/tagger-worker.js', import.meta.url), {workerData: buffer})
  try {
    ;(globalThis as Record<symbol, unknown>)[earlyWorkerKey] = buffer
    startSegmenterWorker()
    const tagger = segmenter()
    // The request's length in bytes: each request the worker is sent sets it.
    const requestBytes = () => new Int32Array(buffer, 0, 3)[1]
    const sentences = ['全县共有学校120所。', '其中小学80所。']
    tagger.post!(sentences, ['青石县新建学校'])
    const posted = requestBytes()
    expect(tagger.cutMany!(sentences)).toHaveLength(2)
    const headline = tagger.tag('青石县新建学校')
    expect(headline.map((word) => word.word).join('')).toBe('青石县新建学校')
    expect(requestBytes()).toBe(posted)
    // A text not tagged along is a request of its own; and an answer tagged along is used once.
    expect(tagger.tag('渡轮新航线开通').map((word) => word.word).join('')).toBe('渡轮新航线开通')
    expect(requestBytes()).not.toBe(posted)
  } finally {
    await worker.terminate()
  }
})
