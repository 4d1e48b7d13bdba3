import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'
import {defaultTemplateOptions, findRepeatedLines, sourceOf, type FileData} from '../src/templates.js'

/** Keys of the lines written for these tests: one number per distinct string, as the hash of a line is. */
const numbers = new Map<string, number>()
const keyOf = (text: string) => numbers.get(text) ?? (numbers.set(text, 1e12 + numbers.size * 7919), numbers.get(text)!)

/** A file of `count` lines with keys, the sentence flag and the ranks filled in. */
function fileOf(source: string, keys: Array<string | [string, boolean]>): FileData {
  const lines = keys.map((entry) => (typeof entry === 'string' ? [entry, true] : entry) as [string, boolean])
  return {
    source,
    keys: Float64Array.from(lines, ([key]) => keyOf(key)),
    isSentence: (line) => lines[line]![1],
    rank: (line) => line,
    fromEnd: (line) => lines.length - 1 - line
  }
}

describe('site templates (pure)', () => {
  const appeal = 'appeal'
  const files = Array.from({length: 28}, (_, index) =>
    fileOf('news/site', [`title${index}`, `para${index}a`, `para${index}b`, `para${index}c`, 'shared-middle', `para${index}d`, `para${index}e`, `para${index}f`, ...(index < 26 ? [appeal] : [])])
  )

  test('a sentence closing 26 of 28 articles of one source is reported on each, with the counts', () => {
    const findings = findRepeatedLines(files)
    const onAppeal = findings.filter((finding) => files[finding.file]!.keys[finding.line] === keyOf(appeal))
    expect(onAppeal).toHaveLength(26)
    expect(onAppeal[0]).toMatchObject({files: 26, sourceFiles: 28, reason: 'closing'})
  })

  test('a sentence shared in the middle of articles is the story’s words, not a template', () => {
    const findings = findRepeatedLines(files)
    expect(findings.some((finding) => files[finding.file]!.keys[finding.line] === keyOf('shared-middle'))).toBe(false)
  })

  test('the closing line must be shared by half of the source’s files; other sources do not count', () => {
    const mixed = [
      ...Array.from({length: 3}, (_, index) => fileOf('a/site', [`t${index}`, `p${index}`, `q${index}`, `r${index}`, `s${index}`, `u${index}`, appeal])),
      ...Array.from({length: 10}, (_, index) => fileOf('b/other', [`x${index}`, `y${index}`, `z${index}`, `v${index}`, `w${index}`, `k${index}`]))
    ]
    expect(findRepeatedLines(mixed).map((finding) => finding.file)).toEqual([0, 1, 2])
    const diluted = [...mixed.slice(0, 3), ...Array.from({length: 5}, (_, index) => fileOf('a/site', [`m${index}`, `n${index}`, `o${index}`, `p${index}`, `q${index}`, `r${index}`]))]
    expect(findRepeatedLines(diluted)).toEqual([])
  })

  test('lines that are not sentences are judged across the whole run, whatever their source', () => {
    const run = ['a/one', 'b/two', 'c/three'].map((source, index) => fileOf(source, [`t${index}`, ['扫码关注', false], `p${index}`, `q${index}`, `r${index}`, `s${index}`, `u${index}`]))
    expect(findRepeatedLines(run, defaultTemplateOptions).map((finding) => finding.reason)).toEqual(['repeated', 'repeated', 'repeated'])
  })

  test('the source of a file is its folder and name without its number', () => {
    expect(sourceOf('corpus/hongkong/hkcnews-001.txt')).toBe('corpus/hongkong/hkcnews')
    expect(sourceOf('rthk_12.md')).toBe('rthk')
    expect(sourceOf(undefined)).toBe('')
  })
})

/** The detector's rules written plainly (a map of counts per key, every line an object), to compare with. */
function reference(files: readonly FileData[], options = defaultTemplateOptions) {
  const edge = (file: FileData, line: number) => file.rank(line) < options.edge || file.fromEnd(line) < options.edge
  const inRun = new Map<number, number>()
  const atEdge = new Map<string, number>()
  const sizes = new Map<string, number>()
  for (const file of files) {
    sizes.set(file.source, (sizes.get(file.source) ?? 0) + 1)
    const keys = Array.from(file.keys)
    for (const key of new Set(keys)) inRun.set(key, (inRun.get(key) ?? 0) + 1)
    for (const key of new Set(keys.filter((_, line) => edge(file, line)))) atEdge.set(`${file.source} ${key}`, (atEdge.get(`${file.source} ${key}`) ?? 0) + 1)
  }
  const needed = Math.max(options.minFiles, Math.ceil(options.minShare * files.length))
  const findings: unknown[] = []
  files.forEach((file, fileIndex) => {
    Array.from(file.keys).forEach((key, line) => {
      const sentence = file.isSentence(line)
      const edgeCount = sentence && edge(file, line) ? (atEdge.get(`${file.source} ${key}`) ?? 0) : 0
      const sourceFiles = sizes.get(file.source)!
      if (edgeCount >= needed && edgeCount >= options.templateShare * sourceFiles) {
        findings.push({file: fileIndex, line, files: edgeCount, sourceFiles, reason: file.rank(line) < options.edge ? 'opening' : 'closing'})
      } else if (!sentence && (inRun.get(key) ?? 0) >= needed) findings.push({file: fileIndex, line, files: inRun.get(key), reason: 'repeated'})
    })
  })
  return findings
}

describe('site templates (property)', () => {
  test('the sorted counting finds what plain counting finds, on any run', () => {
    const line = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.boolean())
    const file = fc.tuple(fc.constantFrom('x/one', 'y/two', 'z/three'), fc.array(line, {maxLength: 12}))
    fc.assert(
      fc.property(fc.array(file, {maxLength: 12}), fc.integer({min: 1, max: 4}), (run, minFiles) => {
        const files = run.map(([source, lines]) => fileOf(source, lines))
        const options = {...defaultTemplateOptions, minFiles}
        expect(findRepeatedLines(files, options)).toEqual(reference(files, options))
      })
    )
  })
})

describe('site templates through the engine', () => {
  test('a subscription appeal ending in 。 that closes most articles of a site is reported with the counts', async () => {
    const appeal = '请订阅本报的会员计划，长期支持我们的独立报道工作。'
    const texts = Array.from({length: 4}, (_, index) =>
      [`第${index + 1}篇报道的标题`, `这是第${index + 1}篇报道的第一段正文，讲述本地的一件新事。`, `第二段正文继续讲述事情的经过，第${index + 1}篇。`, `第三段正文交代后续的安排，第${index + 1}篇。`, `第四段正文引述了居民的看法，第${index + 1}篇。`, ...(index < 3 ? [appeal] : []), ''].join('\n')
    )
    const engine = createEngine([rule], {})
    const files = []
    for (const [index, value] of texts.entries()) files.push(await engine.check({value, format: 'txt', path: `site/daily-${index + 1}.txt`}))
    await engine.complete(files)
    const messages = files.flatMap((file) => file.messages)
    expect(messages).toHaveLength(3)
    expect(messages[0]!.reason).toBe(`Unexpected site template line \`${appeal}\` closing 3 of 4 articles of \`site/daily\`, expected nothing`)
    expect(messages[0]!.data).toEqual({kind: 'site-template', files: 3, sourceFiles: 4, position: 'closing'})
    expect(messages[0]!.expected).toEqual([''])
    expect(messages[0]!.actual).toBe(`${appeal}\n`)
  })
})
