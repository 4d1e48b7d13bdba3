import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8')
const engine = createEngine([rule])

describe('properties', () => {
  test('fixes are exact, local and idempotent', async () => {
    const pieces = ['党员', ',', ':', ';', '!', '?', '(', ')', '1', '000', '10', 'Hello', ' ', '。', '，', 'ＧＤＰ', '２０', 'http://a.cn/x', '“', '”']
    await checkFixProperties(rule, textOf(pieces), {runs: 120})
    await checkFixProperties(rule, textOf(pieces), {runs: 40, format: 'md'})
  })

  test('numbers, times, URLs and e-mail addresses are never touched', async () => {
    const value = '共1,000户,10:31发布,占77.6%,见http://www.people.com.cn/a,b.html,或editor@people.cn。'
    const file = await engine.check({value, format: 'txt'})
    for (const message of file.messages) {
      const offset = (message.place as {start: {offset: number}}).start.offset
      expect(value.slice(offset - 1, offset + 2)).not.toMatch(/\d[,:.]\d/)
      expect(value.slice(0, offset)).not.toMatch(/https?:\/\/[^。,]*$/)
    }
    expect(file.messages.map((message) => message.actual)).toEqual([',', ',', ','])
  })
})

describe('corpus', () => {
  test.each([
    ['seeds/000_467eccf48051f7c2.txt', 108],
    ['seeds/001_b6dc41007ac65ed3.txt', 125],
    ['seeds/002_a8e2ffcc3b22423d.txt', 143],
    ['seeds/003_419d997aae5f7fad.txt', 69],
    ['seeds/004_d8b9bffc7cf7fac8.txt', 109]
  ])('%s: %i half-width marks between hanzi', async (name, count) => {
    const file = await engine.check({value: corpus(name), format: 'txt'})
    expect(file.messages.length).toBe(count)
  })

  test('Taiwanese pages with full-width punctuation are clean', async () => {
    const file = await engine.check({value: corpus('boilerplate-dev/tw-cna.txt'), format: 'txt'})
    expect(file.messages.map((message) => message.actual)).toEqual([])
  })
})
