import {expect, test} from 'vitest'
import {checkRecords, quantityPlace} from './records.js'
import {root, runCli, exampleFiles} from './helpers.js'

const jiaodui = (argv: string[], stdin = '') => runCli(argv, root, stdin)

test('jiaodui numbers on the examples: schema-valid JSON lines whose text slices the file', async () => {
  const lines = await checkRecords('numbers', exampleFiles(), 'quantity.schema.json', quantityPlace)
  expect(lines.length).toBeGreaterThan(20)
  // county-roads.txt: `新建和改造农村公路312公里` is exactly 312 kilometres.
  expect(lines).toContainEqual(expect.objectContaining({text: '312公里', low: 312, high: 312, unit: '公里'}))
})

test('jiaodui numbers reads Markdown prose only, with positions in the original file', async () => {
  const result = await jiaodui(['numbers', '--stdin', '--stdin-filename', 'a.md'], '# 2018年\n\n<!-- 99个 -->\n\n共有`42`人，贵州共有8542名第一书记。\n')
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines.map((line: {text: string}) => line.text)).toEqual(['2018年', '8542名'])
  expect(lines[1]).toMatchObject({line: 5, column: 13})
})
