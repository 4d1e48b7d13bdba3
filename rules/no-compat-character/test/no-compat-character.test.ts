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
    await checkFixProperties(rule, textOf(['村', '﹔', '﹐', '﹙', '﹚', '\u2F08', '\uF90F', '\u{2F800}', '\u2EA0', '\uFA11', 'a', ' ', '︰']), {runs: 100})
  })

  test('every fix is the NFKC form or its full-width Chinese punctuation', async () => {
    const value = '甲﹔乙﹐丙﹙丁﹚\u2F08\uF90F\u{2F800}'
    const file = await engine.check({value, format: 'txt'})
    for (const message of file.messages) {
      const nfkc = message.actual!.normalize('NFKC')
      expect([nfkc, nfkc.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))]).toContain(message.expected![0])
    }
    expect(file.messages.length).toBe(7)
  })
})

describe('corpus', () => {
  test('seed 002: the ten small-form semicolons', async () => {
    const file = await engine.check({value: corpus('seeds/002_a8e2ffcc3b22423d.txt'), format: 'txt'})
    expect(file.messages.length).toBe(10)
    expect(new Set(file.messages.map((message) => `${message.actual}→${message.expected}`))).toEqual(new Set(['﹔→；']))
  })
})
