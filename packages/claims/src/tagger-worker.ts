// The segmenter on a worker thread (see `startSegmenterWorker` in segment.ts):
// loads jieba's dictionary while the main thread starts up, then answers one
// batch of texts at a time through shared memory, so the main thread's `tag()` stays
// synchronous.
import {workerData} from 'node:worker_threads'
import {nativeTagger, TaggerChannel} from './tagger-channel.js'

const channel = new TaggerChannel(workerData as SharedArrayBuffer)
let tag: ((text: string) => Array<{word: string; tag: string}>) | undefined
try {
  tag = nativeTagger().tag
  channel.ready(true)
} catch {
  // The main thread then loads a segmenter itself (WebAssembly, or the error).
  channel.ready(false)
}
if (tag) {
  const tagText = tag
  for (;;) {
    const texts = channel.nextRequest()
    let tagged: Array<Array<{word: string; tag: string}>> | Error
    try {
      tagged = texts.map((text) => tagText(text))
    } catch (error) {
      tagged = error instanceof Error ? error : new Error(String(error))
    }
    channel.answer(texts, tagged)
  }
}
