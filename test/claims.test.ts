import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {run} from '@jiaodui/cli'
import {assertValid, root, exampleFiles} from './helpers.js'

async function jiaodui(argv: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    cwd: root,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => Buffer.from(stdin),
    color: false,
    env: {}
  })
  return {code, stdout, stderr}
}

test('jiaodui claims on the examples: schema-valid JSON lines whose text slices the file', async () => {
  const result = await jiaodui(['claims', ...exampleFiles()])
  expect(result.code).toBe(0)
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines.length).toBeGreaterThan(10)
  const texts = new Map(exampleFiles().map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]))
  for (const record of lines) {
    assertValid('claim.schema.json', record)
    const text = texts.get(record.path)!
    expect(text.slice(record.place.start.offset, record.place.end.offset)).toBe(record.text)
    const before = text.slice(0, record.place.start.offset).split('\n')
    expect([record.place.start.line, record.place.start.column]).toEqual([before.length, before.at(-1)!.length + 1])
  }
  // county-roads.txt: 全县共有建制村146个 is a claim about 山阳县 (code 611024), dated by its dateline.
  expect(lines).toContainEqual(
    expect.objectContaining({text: '146个', scope: expect.objectContaining({id: '611024'}), metric: expect.objectContaining({id: '建制村'})})
  )
})

test('jiaodui claims --date dates undated articles; Markdown prose only', async () => {
  const result = await jiaodui(['claims', '--stdin', '--stdin-filename', 'a.md', '--date', '2019-06-26'], '# 2018年\n\n<!-- 99个 -->\n\n目前，贵州共有8542名第一书记。\n')
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatchObject({path: 'a.md', text: '8542名', period: {id: 'asof:2019-06'}, place: {start: {line: 5, column: 8}}})
  assertValid('claim.schema.json', lines[0])
  const bad = await jiaodui(['claims', '--date', '2019-6-1', 'x.txt'])
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('invalid --date `2019-6-1`')
})

test('a Markdown front matter date dates the claims', async () => {
  const article = '---\ntitle: 第一书记\ndate: 2018-12-31T08:00:00+08:00\n---\n\n# 贵州\n\n目前，贵州共有8542名第一书记。\n'
  const result = await jiaodui(['claims', '--stdin', '--stdin-filename', 'a.md'], article)
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines).toHaveLength(1)
  assertValid('claim.schema.json', lines[0])
  expect(lines[0]).toMatchObject({text: '8542名', document: {date: '2018-12-31'}, period: {id: 'asof:2018-12'}})
})
