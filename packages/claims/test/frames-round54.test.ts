// Round 54 (the lead, 2026-12-08, ninth stop), from heldout23 (in sample): a Hong Kong story of a mainland release, whose
// lead names the release's month as 上月, and a toll counted by its unit. Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 54: a mainland release told from Hong Kong, and a toll', () => {
  test('the lead’s 上月 is the month of the later figures without a time, and the statistics bureau’s release is the mainland’s', () => {
    const text = '國家統計局公布，上月內地消費價格指數按年升2.5%。當中食品價格升幅擴大至11.1%。\n\n期內，核心CPI按年升0.9%，機票價格下降6.1%。'
    const claims = extractClaims({text, region: 'HK', date: '2020-07-09'})
    for (const figure of ['2.5%', '11.1%', '0.9%', '6.1%']) {
      expect(find(claims, figure).period.id, figure).toBe('month:2020-06')
      expect(find(claims, figure).scope.id, figure).toBe('CN')
    }
    // (A Hong Kong story that opens on its own figures stays Hong Kong's.)
    const own = extractClaims({text: '統計處公布，上月本港失業率為6.2%。\n\n期內，就業不足率為3.7%。', region: 'HK', date: '2020-07-17'})
    expect(find(own, '3.7%').scope.id).toBe('81')
  })

  test('an exchange publishing figures right after its name is their source, not their scope', () => {
    const claims = extractClaims({text: '台灣證券交易所今天公布全體證券商5月稅後淨利新台幣40億元。', region: 'TW', date: '2024-06-20'})
    expect(find(claims, '40億元').scope.id).not.toMatch(/^org:台湾证券/)
  })

  test('a toll is counted by its unit', () => {
    const claims = extractClaims({text: '國道連環追撞釀6死14傷，多車受損。', region: 'TW', date: '2024-01-01'})
    expect(find(claims, '6死').metric.id).toBe('死')
    expect(find(claims, '14傷').metric.id).toBe('伤')
  })
})
