import {Worker} from 'node:worker_threads'
import {expect, test} from 'vitest'
import {earlyWorkerKey, segmenter, startSegmenterWorker} from '../src/segment.js'

// Its own file: the segmenter is chosen once per process.
test('a tagger worker started by the CLI bin is the one the claims use', async () => {
  const buffer = new SharedArrayBuffer(16 + (1 << 20))
  // The compiled worker, as the bin starts it (`pnpm test` builds first).
  const worker = new Worker(new URL('../dist/tagger-worker.js', import.meta.url), {workerData: buffer})
  try {
    ;(globalThis as Record<symbol, unknown>)[earlyWorkerKey] = buffer
    startSegmenterWorker()
    const words = segmenter().tag('全市共有公园120个')
    expect(words.map((word) => word.word).join('')).toBe('全市共有公园120个')
    expect(words.some((word) => word.word === '公园' && word.tag.startsWith('n'))).toBe(true)
    // The request and its answer went through this shared memory (its length slot is set).
    expect(new Int32Array(buffer, 0, 3)[1]).toBeGreaterThan(0)
  } finally {
    await worker.terminate()
  }
})
