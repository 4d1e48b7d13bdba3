import {once} from 'node:events'
import {Worker} from 'node:worker_threads'
import {expect, test} from 'vitest'
import {earlyWorkerKey, segmenter, startSegmenterWorker, stopSegmenterWorker} from '../src/segment.js'

// Its own file: the segmenter is chosen once per process.
test('a run without claims stops the worker the bin started; tagging then happens in process', async () => {
  const buffer = new SharedArrayBuffer(16 + (1 << 20))
  const worker = new Worker(new URL('../dist/tagger-worker.js', import.meta.url), {workerData: buffer})
  const globals = globalThis as Record<symbol, unknown>
  globals[earlyWorkerKey] = buffer
  globals[Symbol.for('jiaodui.tagger-worker-thread')] = worker
  const exited = once(worker, 'exit')
  stopSegmenterWorker()
  await exited
  expect(globals[earlyWorkerKey]).toBeUndefined()
  // Nothing adopts the stopped worker; the segmenter loads in this thread.
  startSegmenterWorker()
  expect(segmenter().tag('全市共有公园120个').map((word) => word.word).join('')).toBe('全市共有公园120个')
  expect(new Int32Array(buffer, 0, 3)[1]).toBe(0)
})
