import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {expect, test} from 'vitest'
import {root} from './helpers.js'

// Issue 10: stages a newcomer can read. No function of the sources or the generators is over 80 lines.
test('no function over 80 lines in packages/*/src, rules/*/src and their scripts', () => {
  const out = execFileSync('node', [path.join(root, 'scripts', 'long-functions.mjs')], {encoding: 'utf8'})
  expect(out.trim()).toBe('0 functions over 80 lines')
})
