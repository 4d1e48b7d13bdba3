import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

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
