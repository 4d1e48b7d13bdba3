import {execFileSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {root} from './helpers.js'

// The README's library example is run as written (against the built packages).
test('the README\'s "As a library" example runs and reports the half-width comma', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## As a library'))
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  expect(code).toBeDefined()
  const file = path.join(root, 'test', '.readme-example.mjs')
  writeFileSync(file, code!.replace('console.log(file.messages)', 'console.log(JSON.stringify(file.messages.map((m) => m.ruleId)))'))
  try {
    const out = execFileSync('node', [file], {encoding: 'utf8'})
    expect(JSON.parse(out.trim())).toEqual(['consistent-punctuation-width'])
  } finally {
    rmSync(file, {force: true})
  }
})
