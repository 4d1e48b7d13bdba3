/// <reference lib="webworker" />
import {applyEdits, createEngine, toReportMessage, type Edit, type Engine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {NEWS_WORDS, useTagger} from '@jiaodui/claims'
import * as jieba from 'jieba-wasm/web'
import {VFileMessage} from 'vfile-message'
import type {WorkerRequest, WorkerResponse} from './protocol.js'

declare const self: DedicatedWorkerGlobalScope

const started = performance.now()
// The engine is made once per worker: rule data is compiled when rules are attached.
const engine: Engine = createEngine(rules)

/**
 * The claim rules segment with jieba. Its WebAssembly (shipped beside
 * worker.js) loads asynchronously, so the worker loads it before its first
 * check and hands it to the claims package.
 */
// The web build is an ES module whose typings TypeScript reads as CommonJS: take its default export by hand.
const initJieba = (jieba as unknown as {default: (input: {module_or_path: URL}) => Promise<unknown>}).default
const segmenterReady = initJieba({module_or_path: new URL('./jieba_rs_wasm_bg.wasm', import.meta.url)}).then(() => {
  for (const [word, partOfSpeech] of NEWS_WORDS) jieba.add_word(word, 200_000, partOfSpeech)
  useTagger({name: 'jieba-wasm', tag: (text) => jieba.tag(text, false)})
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
