import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {RuleOptionsError} from '@jiaodui/lint-rule'
import rule from '../src/index.js'

const page = [
  '首页 > 要闻 > 正文',
  '常德市金融系统积极开展金融知识普及活动',
  '本报记者 张三',
  '2019-09-23 14:34:05 来源：当代商报',
  '为持续推动金融消费者教育和金融知识普及工作，引导广大金融消费者弘扬金融正能量，常德市金融系统积极开展了系列宣传活动。',
  '活动中，志愿者们以人员集中的广场为宣传阵地，通过设置宣传展台，摆放宣传展板，发放宣传资料等形式，向市民普及金融知识。',
  '（责任编辑：李四）',
  '分享到：',
  ''
].join('\n')

async function check(value: string, options?: Record<string, unknown>) {
  const engine = createEngine([rule], {rules: {'no-scraped-boilerplate': {options: options ?? {}}}})
  return engine.check({value, format: 'txt', path: 'page.txt'})
}

describe('no-scraped-boilerplate', () => {
  test('reports each kind once per line or run, with the kind and the lines in data', async () => {
    const file = await check(page)
    expect(file.messages.map((message) => [message.data?.['kind'], message.data?.['lines']])).toEqual([
      ['breadcrumb', [1, 1]],
      ['byline', [3, 3]],
      ['dateline', [4, 4]],
      ['editor-credit', [7, 7]],
      ['share-promo', [8, 8]]
    ])
    expect(file.messages[0]!.data).toMatchObject({patternId: 'breadcrumb-chain'})
  })

  test('per-kind switches: newsrooms that keep bylines and datelines', async () => {
    const file = await check(page, {kinds: {byline: false, dateline: false}})
    expect(file.messages.map((message) => message.data?.['kind'])).toEqual(['breadcrumb', 'editor-credit', 'share-promo'])
    // The metadata is read whether or not the lines are reported.
    expect(file.data.meta).toMatchObject({authors: ['张三'], date: '2019-09-23', source: '当代商报', editors: ['李四']})
  })

  test('unknown kinds and options are refused when the rule is attached', () => {
    expect(() => createEngine([rule], {rules: {'no-scraped-boilerplate': {options: {kinds: {bylines: false}}}}})).toThrow(RuleOptionsError)
    expect(() => createEngine([rule], {rules: {'no-scraped-boilerplate': {options: {structure: 'yes'}}}})).toThrow(RuleOptionsError)
  })

  test('a text without page furniture is left alone, however short', async () => {
    for (const value of ['今天天气很好。', '前言\n正文第一段，讲述事情的经过。\n', '标题\n\n\n', '一\n二\n三\n四\n']) {
      expect((await check(value)).messages, value).toEqual([])
    }
  })

  test('the fix deletes the lines with their line endings', async () => {
    const file = await check(page)
    const message = file.messages.find((candidate) => candidate.data?.['kind'] === 'dateline')!
    expect(message.actual).toBe('2019-09-23 14:34:05 来源：当代商报\n')
    expect(message.expected).toEqual([''])
  })

})
