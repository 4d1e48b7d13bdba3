import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {run} from '@jiaodui/cli'
import {assertValid, root, seedFiles} from './helpers.js'

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

// Tier two: on the real seed articles in ../shared.
test('jiaodui claims on the seeds: schema-valid JSON lines whose text slices the file', async () => {
  const result = await jiaodui(['claims', ...seedFiles()])
  expect(result.code).toBe(0)
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(lines.length).toBeGreaterThan(80)
  const texts = new Map(seedFiles().map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]))
  for (const record of lines) {
    assertValid('claim.schema.json', record)
    const text = texts.get(record.path)!
    expect(text.slice(record.place.start.offset, record.place.end.offset)).toBe(record.text)
    const before = text.slice(0, record.place.start.offset).split('\n')
    expect([record.place.start.line, record.place.start.column]).toEqual([before.length, before.at(-1)!.length + 1])
  }
  // Seed 003 (traditional): 贵州共有8542名第一书记 is a claim about 贵州省 (code 52).
  expect(lines).toContainEqual(
    expect.objectContaining({text: '8542名', scope: expect.objectContaining({id: '52'}), metric: expect.objectContaining({id: '第一书记'})})
  )
})
