import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {checkFixProperties, textOf} from '../../../packages/zh-script/test/fix-properties.js'

async function check(value: string, options: {settings?: Record<string, unknown>; format?: 'txt' | 'md' | 'html'; ruleOptions?: Record<string, unknown>} = {}) {
  const engine = createEngine([rule], {
    rules: {'no-mixed-variant': {options: options.ruleOptions ?? {}}},
    settings: options.settings ?? {}
  })
  return engine.check({value, format: options.format ?? 'txt'})
}

describe('variant from the config and front matter', () => {
  test('`settings.variant: zh-TW` checks Taiwan forms', async () => {
    const file = await check('青松坪村地處群山環抱的谷地裏,爲辦好豐收節。\n', {settings: {variant: 'zh-TW'}})
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['裏', ['裡']],
      ['爲', ['為']]
    ])
    expect(file.messages[0]?.data).toMatchObject({variant: 'zh-TW', source: 'settings', kind: 'regional'})
  })

  test('`settings.variant: zh-Hant` does not ask for regional forms', async () => {
    const file = await check('青松坪村地處群山環抱的谷地裏,爲辦好豐收節。\n', {settings: {variant: 'zh-Hant'}})
    expect(file.messages).toEqual([])
  })

  test('a simplified fix in a Taiwan text uses the Taiwan form', async () => {
    const file = await check('這里的山', {settings: {variant: 'zh-TW'}})
    expect(file.messages.map((message) => message.expected)).toEqual([['這裡']])
  })

  test('a declared script overrides the vote', async () => {
    const file = await check('基层干部\n', {settings: {variant: 'zh-Hant'}})
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([['层干部', ['層幹部']]])
    expect(file.messages[0]?.data).toMatchObject({source: 'settings'})
  })

  test('front matter overrides the config', async () => {
    const file = await check('---\nvariant: zh-Hans\n---\n\n覺明法師說\n', {settings: {variant: 'zh-Hant'}, format: 'md'})
    expect(file.messages.map((message) => message.expected)).toEqual([['觉明法师说']])
    expect(file.messages[0]?.data).toMatchObject({source: 'front matter', variant: 'zh-Hans'})
  })

  test('quotes are skipped on request', async () => {
    const text = '“吃上一頓干淨的熱湯飯”,她說。青松坪村地處群山環抱的谷地裡。'
    expect((await check(text)).messages.length).toBe(1)
    expect((await check(text, {ruleOptions: {ignoreQuotes: true}})).messages.length).toBe(0)
  })

  test('strict mode also flags phrase-level choices', async () => {
    const text = '青松坪村村委會主任林秋生介紹,干群關系更加融洽,大家都了解。'
    const loose = await check(text)
    const strict = await check(text, {ruleOptions: {strict: true}})
    expect(loose.messages.map((message) => message.expected)).toEqual([['幹群關系']])
    expect(strict.messages.map((message) => message.expected)).toEqual([['幹群關係'], ['瞭解']])
  })
})

describe('properties', () => {
  test('fixes are exact, local and idempotent', async () => {
    const pieces = ['干部', '后', '皇后', '發展', '的', ',', '覺明法師', '余', '里', '這裏', '头发', '关系', '若干', '乾淨', '于', '於', '台灣', '面', '麵', '\n', '“', '”', 'abc']
    await checkFixProperties(rule, textOf(pieces), {runs: 80})
    await checkFixProperties(rule, textOf(pieces), {runs: 40, settings: {variant: 'zh-TW'}})
  })
})
