import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {assertValid, root, runCli, seedFiles} from './helpers.js'

const jiaodui = (argv: string[], stdin = '') => runCli(argv, root, stdin)

// Tier two: on the real seed articles in ../shared.
test('jiaodui numbers on the seeds: schema-valid JSON lines whose text slices the file', async () => {
  const result = await jiaodui(['numbers', ...seedFiles()])
  expect(result.code).toBe(0)
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines.length).toBeGreaterThan(100)
  const texts = new Map(seedFiles().map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]))
  for (const record of lines) {
    assertValid('quantity.schema.json', record)
    const text = texts.get(record.path)!
    expect(text.slice(record.start, record.end)).toBe(record.text)
    const before = text.slice(0, record.start).split('\n')
    expect([record.line, record.column]).toEqual([before.length, before.at(-1)!.length + 1])
  }
  // Seed 001: `全国共选派19.5万名第一书记` is the interval [194 500, 195 500) of 第一书记.
  expect(lines).toContainEqual(
    expect.objectContaining({text: '19.5万名', low: 194_500, high: 195_500, kind: 'count', unit: '名', noun: '第一书记'})
  )
})
