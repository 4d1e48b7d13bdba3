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

describe('decisions on the page header do not hinge on the lines below it', () => {
  // One site's template (page title with the site name, headline, subtitle, a
  // bare date, a credit) over bodies of every shape: the header lines get the
  // same verdict on every page, and the headline and subtitle always stay.
  const header = ['颱風過後菜園全毀 老農盼重建 | 晨光日報', '颱風過後菜園全毀 老農盼重建', '鄰居幫忙清理 棚架仍待修復', '2021年09月18日', '報導．攝影╱林小華']
  const sentences = [
    '「菜園沒了，不知道下個月要怎麼過。」七十歲的阿水伯站在倒塌的棚架旁嘆氣。',
    '阿水伯說，他靠種菜把孫女帶大，每月只有老農津貼和菜園收入，日子過得很緊。',
    '颱風過後，鄰居幫忙清理了半天，但棚架全毀，重建要十多萬元，他一時拿不出來。',
    '村長表示，已協助申請急難救助，也希望善心人士伸出援手。'
  ]
  const bodies = [
    [sentences[0]!],
    sentences,
    [sentences[1]!, '| 項目 | 金額 |', '| --- | --- |', '| 棚架 | 12萬元 |', sentences[3]!],
    [sentences[2]!, '阿水伯在倒塌的棚架旁。林小華攝', sentences[0]!, '相關新聞', '· 颱風過後果農搶收', '· 農委會公布救助辦法'],
    [...sentences, '基金會編號：B1234']
  ]

  test('the same template is judged the same way over five different bodies', async () => {
    const verdicts: string[][] = []
    for (const body of bodies) {
      const file = await check([...header, ...body, ''].join('\n'))
      verdicts.push(header.map((_, index) => {
        const message = file.messages.find((candidate) => candidate.place && 'start' in candidate.place && candidate.place.start.line === index + 1)
        return message ? String(message.data?.['kind']) : 'content'
      }))
    }
    for (const verdict of verdicts) expect(verdict).toEqual(['page-title', 'content', 'content', 'dateline', 'byline'])
  })
})
