import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {dataKeys} from '@jiaodui/lint-rule'
import {root} from './helpers.js'

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) yield* sources(full)
    else if (name.endsWith('.ts')) yield full
  }
}

test('every key of file.data that a package writes is declared in dataKeys, with its writer', () => {
  const written = new Set<string>()
  for (const top of ['packages', 'rules']) {
    for (const pkg of readdirSync(path.join(root, top))) {
      const src = path.join(root, top, pkg, 'src')
      if (!statSync(path.join(root, top, pkg)).isDirectory() || !readdirSync(path.join(root, top, pkg)).includes('src')) continue
      for (const file of sources(src)) {
        const text = readFileSync(file, 'utf8')
        for (const match of text.matchAll(/file\.data(?:\.(\w+)|\['(\w+)'\])\s*(?:=(?!=)|\?\?=)/g)) written.add(match[1] ?? match[2]!)
      }
    }
  }
  expect([...written].filter((key) => !(key in dataKeys))).toEqual([])
})

test('a rule that is off still writes the data later rules read, and reports nothing', async () => {
  const {createEngine} = await import('@jiaodui/core')
  const {rules} = await import('@jiaodui/preset')
  const engine = createEngine(rules, {rules: {'no-scraped-boilerplate': 'off'}})
  // Written for this test: a dateline and source line under the headline.
  const file = await engine.check({value: '港口新航线明年开通\n2026年3月2日08:15　来源：示例日报\n新航线明年开通，每日往返十二班。\n', format: 'txt'})
  expect(file.data.meta).toMatchObject({date: '2026-03-02', source: '示例日报'})
  expect(file.messages.filter((message) => message.ruleId === 'no-scraped-boilerplate')).toEqual([])
})
