import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

async function check(value: string, settings: Record<string, unknown> = {}) {
  const engine = createEngine([rule], {settings})
  return engine.check({value, format: 'txt'})
}

describe('region and allow-list settings', () => {
  const cantonese = '佢諗吓先，話啲人走晒，今日唔會嚟。'

  test('Hong Kong text keeps its Cantonese characters; the region is recorded', async () => {
    const file = await check(cantonese)
    expect(file.messages).toEqual([])
    expect(file.data.region).toMatchObject({region: 'zh-HK', detected: true})
  })

  test('declared Taiwan: the same characters are simplified leftovers', async () => {
    const file = await check(cantonese, {region: 'zh-TW'})
    expect(file.data.region).toEqual({region: 'zh-TW', detected: false, reason: 'settings.region'})
    expect(file.messages.map((message) => message.actual)).toEqual(['吓', '晒'])
  })

  test('settings.region zh-CN checks the text as simplified', async () => {
    const file = await check('我們今天發布了新的計畫。', {region: 'zh-CN'})
    expect(file.messages.length).toBeGreaterThan(0)
    expect(file.messages[0]!.reason).toMatch(/Unexpected traditional/)
  })

  test('settings.allow silences a word', async () => {
    const text = '委員包括蘇長荣、陳大文。'
    expect((await check(text)).messages.map((message) => message.reason)).toEqual([
      'Check this name: simplified `荣` in `蘇長荣、` in traditional text, elsewhere written `榮`'
    ])
    expect((await check(text, {allow: ['蘇長荣']})).messages).toEqual([])
  })

  test('a name found once is a name everywhere in the file', async () => {
    const file = await check('議員梁君彦表示反對這項議案。其後梁君彦再次發言，大家都同意梁君彦的看法，會議順利結束。')
    expect(file.messages.map((message) => message.expected)).toEqual([undefined, undefined, undefined])
    expect(file.messages.every((message) => message.reason.startsWith('Check this name'))).toBe(true)
  })

  test('fixes follow the detected region: Hong Kong writes 為, not OpenCC’s 爲', async () => {
    const file = await check('佢哋話今日唔會嚟，立法會明日再開會，討論着重要議題，为市民發聲。')
    expect(file.messages.map((message) => message.expected)).toEqual([['為']])
  })
})
