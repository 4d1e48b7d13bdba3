import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import rehypeParse from 'rehype-parse'
import retextChinese from '@jiaodui/parser-zh'
import retextStringify from 'retext-stringify'
import preset, {rules} from '@jiaodui/preset'
import {FileSet, rehypeChinese, remarkChinese} from '@jiaodui/core'
import {checkDataOrder, corpusRule} from '@jiaodui/lint-rule'
import noRepeatedBoilerplate from '@jiaodui/rule-no-repeated-boilerplate'

// Written for these tests: a short article with a byline, a simplified
// character in traditional text, a half-width comma between hanzi and pinyin debris.
const markdown = [
  '# 港口渡輪新航線',
  '',
  '本報記者 王小明',
  '',
  '新航線明年開通,每日往返十二班。',
  '',
  '發(fā)布會上，局長表示渡輪將于三月啟航。',
  ''
].join('\n')

function ruleIds(file: VFile): string[] {
  return [...new Set(file.messages.map((message) => message.ruleId))].sort() as string[]
}

describe('the preset in a user\'s own unified pipeline', () => {
  it('runs as `unified().use(retextChinese).use(preset)` on plain text', async () => {
    const file = new VFile(markdown.replace(/^# /, ''))
    await unified().use(retextChinese).use(preset).use(retextStringify).process(file)
    expect(file.data.format).toBe('txt')
    expect(ruleIds(file)).toEqual(
      expect.arrayContaining(['consistent-punctuation-width', 'no-pinyin-annotation', 'no-scraped-boilerplate'])
    )
  })

  it('runs on Markdown through remarkChinese in bridge mode, keeping the Markdown output', async () => {
    const file = new VFile(markdown)
    const result = await unified()
      .use(remarkParse)
      .use(remarkChinese, unified().use(retextChinese).use(preset))
      .use(remarkStringify)
      .process(file)
    expect(file.data.format).toBe('md')
    // Bridge mode parses Chinese, not Latin: messages sit on exact Chinese spans.
    const comma = file.messages.find((message) => message.ruleId === 'consistent-punctuation-width')
    expect(comma?.actual).toBe(',')
    expect(markdown.slice(comma!.place!.start!.offset!, comma!.place!.end!.offset!)).toBe(',')
    const pinyin = file.messages.find((message) => message.ruleId === 'no-pinyin-annotation')
    expect(pinyin?.actual).toBe('(fā)')
    expect(String(result)).toContain('# 港口渡輪新航線')
  })

  it('runs on HTML through rehypeChinese with positions into the HTML source', async () => {
    const html = '<p>新航線明年開通,每日往返十二班。</p>'
    const file = new VFile(html)
    await unified().use(rehypeParse, {fragment: true}).use(rehypeChinese, unified().use(retextChinese).use(preset)).run(
      unified().use(rehypeParse, {fragment: true}).parse(file),
      file
    )
    expect(file.data.format).toBe('html')
    const comma = file.messages.find((message) => message.ruleId === 'consistent-punctuation-width')
    expect(comma && html.slice(comma.place!.start!.offset!, comma.place!.end!.offset!)).toBe(',')
  })

  it('orders producers of file.data before the rules that read them', () => {
    expect(checkDataOrder(rules)).toEqual([])
    expect(checkDataOrder([...rules].reverse())).not.toEqual([])
  })
})

describe('corpus rules and file sets', () => {
  const page = (title: string) => `${title}\n正文第一段，講述${title}地新航線。\n掃碼訂閱本報電子版 每日新聞送到手\n`

  it('register one completer per rule on a file set and report across its files', async () => {
    const fileSet = new FileSet()
    const processor = unified().use(retextChinese).use(noRepeatedBoilerplate, {options: {minFiles: 2}} as never, fileSet as never)
    // Attaching twice (as an engine does per format) registers the completer once.
    unified().use(retextChinese).use(noRepeatedBoilerplate, {options: {minFiles: 2}} as never, fileSet as never).freeze()
    processor.freeze()
    expect(fileSet.completers).toHaveLength(1)
    const files = [new VFile(page('甲')), new VFile(page('乙'))]
    for (const file of files) await processor.run(processor.parse(file), file)
    expect(files.every((file) => file.messages.length === 0)).toBe(true)
    for (const file of files) fileSet.add(file)
    await fileSet.complete()
    // The whole line, with its line ending, is what the fix deletes.
    for (const file of files) expect(file.messages.map((message) => message.actual)).toEqual(['掃碼訂閱本報電子版 每日新聞送到手\n'])
  })

  it('check the single file when attached without a file set', async () => {
    // A corpus rule that reports how many files its corpus phase saw, on each of them.
    const counting = corpusRule(
      {origin: 'jiaodui:counting-corpus', family: 'general', description: 'Counts files', defaultSeverity: 'info', fixable: false},
      () => {},
      (files, {reporter}) => {
        for (const file of files) reporter(file)(`Saw ${files.length} file`, {place: {line: 1, column: 1}})
      }
    )
    const file = new VFile(page('甲'))
    await unified().use(retextChinese).use(counting).use(retextStringify).process(file)
    expect(file.messages.map((message) => message.reason)).toEqual(['Saw 1 file'])
    // With a file set, the same rule waits for the completer instead.
    const fileSet = new FileSet()
    const other = new VFile(page('乙'))
    const processor = unified().use(retextChinese).use(counting, undefined, fileSet as never)
    await processor.run(processor.parse(other), other)
    expect(other.messages).toEqual([])
    fileSet.add(other)
    await fileSet.complete()
    expect(other.messages.map((message) => message.reason)).toEqual(['Saw 1 file'])
    // The real cross-article rule finds nothing to compare in one file.
    const single = new VFile(page('丙'))
    await unified().use(retextChinese).use(noRepeatedBoilerplate).use(retextStringify).process(single)
    expect(single.messages).toEqual([])
  })
})
