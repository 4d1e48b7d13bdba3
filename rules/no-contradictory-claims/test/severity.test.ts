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
  const value = '目前，贵州共有第一书记8542名。\n据统计，目前贵州共有第一书记8542万名。'
  const file = await createEngine([rule], {}).check({value, format: 'txt', path: 'a.txt'})
  expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([['8542万名', true]])
})

// Invented text: two figures of one statistic a sentence apart in one paragraph are most often two
// figures (a series, a list); only the digits' slip is reported, as information saying so.
test('a clash within one paragraph is info when the digits explain it, and not reported otherwise', async () => {
  const engine = createEngine([rule], {})
  const slip = await engine.check({value: '目前，贵州共有第一书记8542名。据统计，目前贵州共有第一书记8542万名。', format: 'txt', path: 'a.txt'})
  expect(slip.messages.map((m) => [m.actual, m.fatal])).toEqual([['8542万名', undefined]])
  expect(slip.messages[0]?.note).toContain('in one paragraph')
  const other = await engine.check({value: '目前，贵州共有第一书记8542名。据统计，目前贵州共有第一书记9000名。', format: 'txt', path: 'b.txt'})
  expect(other.messages).toEqual([])
  const apart = await engine.check({value: '目前，贵州共有第一书记8542名。\n据统计，目前贵州共有第一书记9000名。', format: 'txt', path: 'c.txt'})
  expect(apart.messages.map((m) => [m.actual, m.fatal])).toEqual([['9000名', undefined]])
})

// Invented text: two paragraphs apart, a difference the digits do not explain (8542 and 9000) is
// information by default (calibrated on news first seen: such errors were two statistics read as one),
// an error with \`calibrated: false\`; a slip the digits explain stays an error either way.
test('calibrated, only a clash the digits explain is an error', async () => {
  const value = '目前，贵州共有第一书记8542名。\n据统计，目前贵州共有第一书记9000名。'
  const calibrated = await createEngine([rule], {}).check({value, format: 'txt', path: 'a.txt'})
  expect(calibrated.messages.map((m) => [m.actual, m.fatal])).toEqual([['9000名', undefined]])
  expect(calibrated.messages[0]?.reason).toContain('(may be two statistics)')
  expect(calibrated.messages[0]?.note).toContain('Nothing in the digits explains the difference')
  const plain = await createEngine([rule], {rules: {'no-contradictory-claims': {options: {calibrated: false}}}}).check({value, format: 'txt', path: 'a.txt'})
  expect(plain.messages.map((m) => [m.actual, m.fatal])).toEqual([['9000名', true]])
  const transposed = await createEngine([rule], {}).check({value: value.replace('9000名', '8452名'), format: 'txt', path: 'a.txt'})
  expect(transposed.messages.map((m) => [m.actual, m.fatal])).toEqual([['8452名', true]])
})

// Invented text: a plan's figure and the figure as it is are two statistics.
test('a planned figure is not compared with the actual one', async () => {
  const engine = createEngine([rule], {})
  const value = '按照重整方案，某某钢铁集团注册资金333亿元。\n记者查询发现，某某钢铁集团目前注册资金20亿元。'
  expect((await engine.check({value, format: 'txt', path: 'a.txt'})).messages).toEqual([])
  const unplanned = value.replace('按照重整方案，', '')
  expect((await engine.check({value: unplanned, format: 'txt', path: 'b.txt'})).messages.map((m) => m.actual)).toEqual(['20亿元'])
})
