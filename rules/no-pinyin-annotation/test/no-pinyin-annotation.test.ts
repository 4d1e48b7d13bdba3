import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule, {isPinyinSyllable} from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

const engine = createEngine([rule])

test.each([
  ['fā', true],
  ['zhàn', true],
  ['lǜ', true],
  ['hui4', true],
  ['lv4', true],
  ['er2', true],
  ['Beijing', false],
  ['li', false],
  ['an', false],
  ['fa', false],
  ['abc1', false],
  ['xyzā', false]
])('isPinyinSyllable(%s) = %s', (text, expected) => {
  expect(isPinyinSyllable(text)).toBe(expected)
})

describe('properties', () => {
  test('fixes are exact, local and idempotent', async () => {
    await checkFixProperties(rule, textOf(['發', '(fā)', '（fā）', '(huì)', '布', '會', '(', ')', 'Beijing', '(hui4)', ' ', '。']), {runs: 100})
  })
})

describe('brackets', () => {
  test.each([
    ['gau1', false],
    ['gau6', false],
    ['sik6', false],
    ['huā', true],
    ['zhuàng', true],
    ['nǚ', true]
  ])('isPinyinSyllable(%s) = %s (Jyutping is not pinyin)', (text, expected) => {
    expect(isPinyinSyllable(text)).toBe(expected)
  })

  test('100 000 opening brackets, a hanzi and 100 000 closing ones: no reading, no message', async () => {
    // Each opening bracket looks only a few characters ahead for its closing
    // one, so this shape is linear (bench/eval-script/timing.js times it).
    const text = '（'.repeat(100_000) + '发' + '）'.repeat(100_000)
    const file = await engine.check({value: text, format: 'txt'})
    expect(file.messages).toEqual([])
  })

  test('the same shape around a real reading still finds it', async () => {
    const text = '（'.repeat(1000) + '发（fā）' + '）'.repeat(1000)
    const file = await engine.check({value: text, format: 'txt'})
    expect(file.messages.map((message) => message.actual)).toEqual(['（fā）'])
  })

  test('numbered glosses in Hong Kong text are Jyutping; tone marks are still pinyin', async () => {
    const hongKong = createEngine([rule], {settings: {region: 'zh-HK'}})
    const file = await hongKong.check({value: '呢個字讀作餸（sung3），發（fā）布會。', format: 'txt'})
    expect(file.messages.map((message) => message.actual)).toEqual(['（fā）'])
    const mainland = await engine.check({value: '这个字读作松（song1）。', format: 'txt'})
    expect(mainland.messages.map((message) => message.actual)).toEqual(['（song1）'])
  })

  test('settings.allow keeps a reading', async () => {
    const allowing = createEngine([rule], {settings: {allow: ['發(fā)']}})
    expect((await allowing.check({value: '新聞發(fā)布會', format: 'txt'})).messages).toEqual([])
  })
})
