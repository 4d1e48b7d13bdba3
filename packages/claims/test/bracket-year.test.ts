import {expect, test} from 'vitest'
import {claimKey, extractClaims} from '../src/index.js'

// Invented: a year in brackets right after a figure dates that figure, whatever the sentence opens with.
test('a year in brackets after a figure is its period, not the article date', () => {
  const claims = extractClaims({text: '如今，全省小麦单产约在380公斤（2019年），远高于建省之初。全省小麦单产约为420公斤。', date: '2024-08-15', region: 'CN'})
  const dated = claims.find((c) => c.text.includes('380公斤'))
  const now = claims.find((c) => c.text.includes('420公斤'))
  expect(dated?.period).toMatchObject({id: 'year:2019', via: 'explicit'})
  expect(now?.period.id).toBe('asof:2024-08')
  expect(claimKey(dated!)).not.toBe(claimKey(now!))
})
