import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {RuleOptionsError} from '@jiaodui/lint-rule'
import noScrapedBoilerplate from '../../no-scraped-boilerplate/src/index.js'
import rule from '../src/index.js'

const promo = '微信“扫一扫”关注“青禾党建”'
const slogan = '青禾新闻，说说身边的变化'
const quote = '“绿水青山就是金山银山。”'

function article(body: string, extra: string[] = []): string {
  return ['产业带动山村振兴', body, ...extra, promo, ''].join('\n')
}

async function run(texts: string[], options?: Record<string, unknown>, withScraped = false) {
  const rules = withScraped ? [noScrapedBoilerplate, rule] : [rule]
  const engine = createEngine(rules, {rules: {'no-repeated-boilerplate': {options: options ?? {}}}})
  const files = []
  for (const [index, value] of texts.entries()) files.push(await engine.check({value, format: 'txt', path: `${index}.txt`}))
  await engine.complete(files)
  return files
}

describe('no-repeated-boilerplate across files', () => {
  const texts = [
    article('各村着力整治村容村貌，持续推进垃圾分类和污水处理。', [quote, slogan]),
    article('青禾县从县直单位抽调65名业务骨干到偏远乡镇蹲点帮扶。', [quote, slogan]),
    article('山溪镇集中农技人员，分批到山区村指导春耕。', [quote]),
    article('河口县建立健全村民议事会及时协调解决纠纷机制。')
  ]

  test('reports a line found in every file, on every file, with a delete fix', async () => {
    const files = await run(texts)
    for (const file of files) {
      const messages = file.messages.filter((message) => message.actual?.startsWith(promo))
      expect(messages).toHaveLength(1)
      const message = messages[0]!
      expect(message.ruleId).toBe('no-repeated-boilerplate')
      expect(message.expected).toEqual([''])
      expect(message.actual).toBe(`${promo}\n`)
      expect(message.data).toEqual({kind: 'repeated', files: 4})
      expect(message.reason).toBe(`Unexpected line \`${promo}\` repeated in 4 files, expected nothing`)
    }
  })

  test('the title shared by every article is reported too; the story lines are not', async () => {
    const files = await run(texts)
    for (const file of files) {
      const actuals = file.messages.map((message) => message.actual)
      expect(actuals).toContain('产业带动山村振兴\n')
      expect(actuals.some((actual) => actual?.includes('各村') || actual?.includes('青禾县'))).toBe(false)
    }
  })

  test('a quotation shared by three articles stays: it is the story’s own words', async () => {
    const files = await run(texts)
    for (const file of files) expect(file.messages.some((message) => message.actual?.includes('绿水青山'))).toBe(false)
  })

  test('thresholds: minFiles and minShare', async () => {
    // The slogan is in two files: not enough by default, enough with minFiles 2.
    let files = await run(texts)
    expect(files[0]!.messages.some((message) => message.actual?.startsWith(slogan))).toBe(false)
    files = await run(texts, {minFiles: 2})
    expect(files[0]!.messages.some((message) => message.actual?.startsWith(slogan))).toBe(true)
    expect(files[3]!.messages.some((message) => message.actual?.startsWith(slogan))).toBe(false)
    // minShare 1: the line must be in every file.
    files = await run(texts, {minFiles: 2, minShare: 1})
    expect(files[0]!.messages.some((message) => message.actual?.startsWith(slogan))).toBe(false)
    expect(files[0]!.messages.some((message) => message.actual?.startsWith(promo))).toBe(true)
  })

  test('a line repeated inside one file only is left alone', async () => {
    const files = await run([`${promo}\n${promo}\n${promo}\n正文。\n`, '另一篇文章。\n', '第三篇文章。\n'])
    expect(files.every((file) => file.messages.length === 0)).toBe(true)
  })

  test('whitespace does not hide a repeated line', async () => {
    const files = await run(['关注  我们\n正文一。\n', '关注 我们\n正文二。\n', '\u3000关注我们 \n正文三。\n'.replace('关注我们', '关注 我们')])
    expect(files.every((file) => file.messages.length === 1)).toBe(true)
  })

  test('lines already reported by no-scraped-boilerplate are not reported twice', async () => {
    const files = await run(texts, {}, true)
    for (const file of files) {
      const onPromo = file.messages.filter((message) => message.actual?.startsWith(promo))
      expect(onPromo.map((message) => message.ruleId)).toEqual(['no-scraped-boilerplate'])
    }
  })

  test('no global state: two runs do not see each other', async () => {
    await run(texts)
    const files = await run([texts[0]!])
    expect(files[0]!.messages).toHaveLength(0)
  })

  test('per-file facts are plain data (they cross worker threads)', async () => {
    const [file] = await run([texts[0]!])
    expect(structuredClone(file!.data.lineFingerprints)).toEqual(file!.data.lineFingerprints)
    expect(file!.data.lineFingerprints!.keys.length).toBeGreaterThan(0)
  })

  test('Markdown and HTML files are compared block by block', async () => {
    const engine = createEngine([rule], {})
    const files = [
      await engine.check({value: `# 一\n\n${promo}\n\n正文一。\n`, format: 'md'}),
      await engine.check({value: `<h1>二</h1><p>${promo}</p><p>正文二。</p>`, format: 'html'}),
      await engine.check({value: `三\n${promo}\n正文三。\n`, format: 'txt'})
    ]
    await engine.complete(files)
    expect(files.map((file) => file.messages.length)).toEqual([1, 1, 1])
    // The deletion takes the whole element, so `--fix` leaves no empty `<p></p>`.
    expect(files[1]!.messages[0]!.actual).toBe(`<p>${promo}</p>`)
  })

  test('options are validated', () => {
    expect(() => createEngine([rule], {rules: {'no-repeated-boilerplate': {options: {minFiles: 1}}}})).toThrow(RuleOptionsError)
    expect(() => createEngine([rule], {rules: {'no-repeated-boilerplate': {options: {minShare: 2}}}})).toThrow(/minShare/)
    expect(() => createEngine([rule], {rules: {'no-repeated-boilerplate': {options: {minFiles: 5, minShare: 0.5}}}})).not.toThrow()
  })
})
