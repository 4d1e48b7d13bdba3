// Starts the claim extraction's segmenter worker (packages/claims/src/tagger-worker.ts) first
// thing, before the rest of the CLI loads: jieba's dictionary then loads on the other core during
// all of start-up. `startSegmenterWorker` in @jiaodui/claims finds the worker's shared memory
// under `Symbol.for('jiaodui.tagger-worker')` and uses it instead of starting another.
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {Worker} from 'node:worker_threads'

/** Room for one text or answer (the channel's 16-byte header comes first). */
const channelBytes = 16 + 4 * 1024 * 1024

/**
 * Start the worker for the commands that extract claims, unless a segmenter is chosen in process
 * (`JIAODUI_SEGMENTER`); quietly nothing when the compiled worker is not there.
 * @param {string} command the CLI's first argument
 */
export function startEarlyWorker(command) {
  if ((command !== 'check' && command !== 'claims') || process.env.JIAODUI_SEGMENTER) return
  try {
    const script = path.join(path.dirname(createRequire(import.meta.url).resolve('@jiaodui/claims')), 'tagger-worker.js')
    if (!existsSync(script)) return
    const buffer = new SharedArrayBuffer(channelBytes)
    const worker = new Worker(script, {workerData: buffer})
    // Never keeps the process alive; a failed worker means the in-process segmenter.
    worker.unref()
    worker.on('error', () => undefined)
    globalThis[Symbol.for('jiaodui.tagger-worker')] = buffer
    // So that a run whose rules extract no claims can stop it (`stopSegmenterWorker`).
    globalThis[Symbol.for('jiaodui.tagger-worker-thread')] = worker
  } catch {
    // The claims package starts its own worker, or tags in process.
  }
}
