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
