import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '@jiaodui/preset'
import {createEngine} from '../src/index.js'

// `Engine.complete` with `drain` hands the corpus phase's messages over as they
// are made (a runner packs them off the heap): whatever the batch size, each
// file gets exactly the messages, finished and sorted, that `complete` without
// `drain` leaves in it — directives applied, Markdown deletions widened.

const appeal = '第三届南山读书节特别报道'
const texts = [
  `第一篇报道\n\n全县共有学校120所。\n\n${appeal}\n`,
  `第二篇报道\n\n全县共有学校150所。\n\n${appeal}\n`,
  `# 第三篇报道\n\n全县共有学校120所。\n\n${appeal}\n`,
  `第四篇报道\n\n<!-- jiaodui-disable-next-line no-repeated-boilerplate -->\n${appeal}\n`,
  `第五篇报道\n\n今天天气很好。\n\n${appeal}\n`
]

const view = (messages: readonly VFileMessage[]) => messages.map((message) => [message.ruleId, message.place, message.reason, message.actual, message.expected])

async function checked(): Promise<{engine: ReturnType<typeof createEngine>; files: VFile[]}> {
  const engine = createEngine(rules)
  const files = await Promise.all(texts.map((value, index) => engine.check({value, format: index === 2 ? 'md' : 'txt', path: `site/news-${index + 1}.${index === 2 ? 'md' : 'txt'}`})))
  return {engine, files}
}

describe('complete with drain', () => {
  it('drains exactly the messages complete leaves, in any batch size', async () => {
    const plain = await checked()
    await plain.engine.complete(plain.files)
    const expected = plain.files.map((file) => view(file.messages))
    const corpusMessages = plain.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'no-repeated-boilerplate')
    expect(corpusMessages.length).toBeGreaterThanOrEqual(4)
    for (const hold of [1, 2, 1000]) {
      const run = await checked()
      const drained = new Map<VFile, VFileMessage[]>()
      let calls = 0
      await run.engine.complete(run.files, {
        hold,
        drain(file, messages) {
          calls++
          drained.set(file, [...(drained.get(file) ?? []), ...messages])
        }
      })
      expect(calls).toBeGreaterThan(0)
      run.files.forEach((file, index) => {
        const all = [...file.messages, ...(drained.get(file) ?? [])]
        all.sort((a, b) => (a.place as {start: {offset: number}}).start.offset - (b.place as {start: {offset: number}}).start.offset)
        expect(view(all)).toEqual(expected[index])
      })
    }
  })
})
