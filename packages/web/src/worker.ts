/// <reference lib="webworker" />
import {applyEdits, createEngine, toReportMessage, type Edit, type Engine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {JiebaTagger, readDictionary, useTagger} from '@jiaodui/claims'
import {VFileMessage} from 'vfile-message'
import type {WorkerRequest, WorkerResponse} from './protocol.js'

declare const self: DedicatedWorkerGlobalScope

const started = performance.now()
// The engine is made once per worker: rule data is compiled when rules are attached.
const engine: Engine = createEngine(rules)

/**
 * The claim rules segment with jieba in JavaScript, as the CLI does: the compiled dictionary
 * (jieba's and the news words, shipped beside worker.js) is fetched before the first check and
 * handed to the claims package, so the page finds the claims the CLI finds.
 */
const segmenterReady = fetch(new URL('./jieba-dictionary.bin', import.meta.url))
  .then(async (response) => {
    if (!response.ok) throw new Error(`jieba-dictionary.bin: HTTP ${response.status}`)
    const tables = readDictionary(new Uint8Array(await response.arrayBuffer()))
    if (!tables) throw new Error('jieba-dictionary.bin is not a dictionary this page can read (rebuild the page)')
    useTagger(new JiebaTagger(tables))
    post({kind: 'ready', milliseconds: performance.now() - started})
  })

function post(response: WorkerResponse): void {
  self.postMessage(response)
}

/** Check one article: the per-file rules, then the corpus phase over this one file (claims inside it). */
async function checkArticle(text: string, format: WorkerRequest['format']) {
  const file = await engine.check({value: text, format, path: 'article'})
  await engine.complete([file])
  // The page shows each finding's note and docs link beside it.
  return file.messages.map((message) => ({...toReportMessage(message), note: message.note ?? undefined, url: message.url ?? undefined}))
}

/** Apply the page's chosen fixes as the CLI does (non-overlapping, by offset). */
function applyChosen(text: string, chosen: Extract<WorkerRequest, {kind: 'fix'}>['edits']) {
  const edits: Edit[] = chosen.map((edit) => {
    // `actual` makes applyEdits skip a fix whose text changed meanwhile.
    const message = new VFileMessage('fix chosen in the page')
    message.actual = edit.actual
    return {start: edit.start, end: edit.end, text: edit.replacement, message}
  })
  return applyEdits(text, edits)
}

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const begun = performance.now()
  try {
    await segmenterReady
    let text = request.text
    let applied = 0
    if (request.kind === 'fix') {
      const result = applyChosen(text, request.edits)
      text = result.output
      applied = result.applied.length
    }
    const messages = await checkArticle(text, request.format)
    post({kind: 'result', id: request.id, text, messages, applied, milliseconds: performance.now() - begun})
  } catch (error) {
    post({kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error)})
  }
})
