import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

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
