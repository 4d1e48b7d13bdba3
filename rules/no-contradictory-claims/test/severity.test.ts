import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

// Invented text: the place of both figures is carried from the sentence before (an uncertain
// frame); the digits alone say 万 was added or dropped. Reported, but as information.
test('a clash between claims of uncertain frame is info, and says why', async () => {
  const value = readFileSync(new URL('fixtures/uncertain-frame/input.txt', import.meta.url), 'utf8')
  const file = await createEngine([rule], {}).check({value, format: 'txt', path: 'a.txt'})
  expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([['8542万名', undefined]])
  expect(file.messages[0]?.note).toContain('uncertain')
})

test('the same clash in a sentence that names its place is an error', async () => {
  const value = '目前，贵州共有第一书记8542名。据统计，目前贵州共有第一书记8542万名。'
  const file = await createEngine([rule], {}).check({value, format: 'txt', path: 'a.txt'})
  expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([['8542万名', true]])
})
