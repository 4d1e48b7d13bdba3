import {expect, test} from 'vitest'
import {checkRecords, claimPlace} from './records.js'
import {assertValid, root, runCli, exampleFiles} from './helpers.js'

const jiaodui = (argv: string[], stdin = '') => runCli(argv, root, stdin)

test('jiaodui claims on the examples: schema-valid JSON lines whose text slices the file', async () => {
  const lines = await checkRecords('claims', exampleFiles(), 'claim.schema.json', claimPlace)
  expect(lines.length).toBeGreaterThan(10)
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
