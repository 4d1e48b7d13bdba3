import {expect, test} from 'vitest'
import {joinLeaves, locate} from '../src/index.js'

test('joinLeaves and locate map back to file offsets', () => {
  const source = '<p>甲&nbsp;乙</p>'
  const joined = joinLeaves(
    [
      {value: '甲', position: {start: {offset: 3}, end: {offset: 4}}},
      {value: '\u00A0', position: {start: {offset: 4}, end: {offset: 10}}},
      {value: '乙', position: {start: {offset: 10}, end: {offset: 11}}}
    ],
    source
  )
  expect(joined.text).toBe('甲\u00A0乙')
  expect(locate(joined, 2, 1)).toEqual({start: 10, end: 11, exact: true})
  expect(locate(joined, 1, 1)).toEqual({start: 4, end: 10, exact: false})
  expect(locate(joined, 0, 3)?.exact).toBe(false)
})
