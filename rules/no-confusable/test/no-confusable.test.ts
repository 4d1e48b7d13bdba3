import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

const engine = createEngine([rule])

describe('properties', () => {
  test('fixes are exact, local and idempotent', async () => {
    await checkFixProperties(rule, textOf(['B', 'e', '\u0435', 'ijing', '\u039F', 'α', 'ж', 'Москва', ' ', '北京', '-']), {runs: 120})
  })

  test('a fixed word is plain Latin', async () => {
    const file = await engine.check({value: 'B\u0435ijing \u0421\u041EVID-19 p\u0430ss\u0440\u043Ert', format: 'txt'})
    expect(file.messages.map((message) => message.expected)).toEqual([['Beijing'], ['COVID'], ['passport']])
  })
})
