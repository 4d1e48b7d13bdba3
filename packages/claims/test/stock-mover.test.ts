// Round 52 (the lead, 2026-12-08, ninth stop): stocks named before their moves and closes in a market report
// (`stock-mover.ts`), the kind of scope and metric error read most often in the market reports of heldout16, heldout21
// and heldout22 (a company's move read with the place of the sentence before, its name read as the metric). Invented texts.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('round 52: a stock named before its move or its close', () => {
  test('a Hong Kong report: each stock its own scope, the move a rate of its price', () => {
    const text = '恒指收市升120點。受海外消息帶動，重磅股匯豐急升逾5%，友邦升近3%；甲乙地產及丙丁置業分別跌2%及1.5%。戊己科技一度急挫近9%，收市仍跌6%。'
    const claims = extractClaims({text, region: 'HK', date: '2024-03-05'})
    const moves: Array<[string, string]> = [['逾5%', 'org:汇丰'], ['近3%', 'org:友邦'], ['2%', 'org:甲乙地产'], ['1.5%', 'org:丙丁置业'], ['近9%', 'org:戊己科技'], ['6%', 'org:戊己科技']]
    for (const [figure, scope] of moves) {
      expect(find(claims, figure).scope.id, figure).toBe(scope)
      expect(find(claims, figure).metric.id, figure).toBe('股价')
    }
    // (The index is read as an index, not as a stock.)
    expect(find(claims, '120點').scope.id).not.toMatch(/^org:(?!恒指)/)
  })

  test('a Taiwan report: moves and closes in money, a stock named in a clause without a figure', () => {
    const text = '台股今天終場下跌30點。甲電終場收漲1.2%、至600元，乙電收黑，小跌0.3元、收55元，丙積電下跌8元，以590元作收。'
    const claims = extractClaims({text, region: 'TW', date: '2024-03-05'})
    expect(find(claims, '1.2%').scope.id).toBe('org:甲电')
    expect(find(claims, '600元').scope.id).toBe('org:甲电')
    expect(find(claims, '600元').metric.id).toBe('股价')
    expect(find(claims, '0.3元').scope.id).toBe('org:乙电')
    expect(find(claims, '0.3元').metric.id).toBe('股价')
    expect(find(claims, '55元').scope.id).toBe('org:乙电')
    expect(find(claims, '55元').metric.id).toBe('股价')
    expect(find(claims, '8元').scope.id).toBe('org:丙积电')
    expect(find(claims, '590元').scope.id).toBe('org:丙积电')
    expect(find(claims, '590元').metric.id).toBe('股价')
  })

  test('no stock where the line speaks of no market, or where a sector index, a market word or a period moved', () => {
    const prices = extractClaims({text: '国家统计局公布，5月北京上涨0.1%，上海下跌0.2%。', region: 'CN', date: '2024-06-12'})
    expect(find(prices, '0.1%').scope.id).not.toMatch(/^org:/)
    const report = extractClaims({text: '本週台股加權指數收在17500點。其中以航運類指數上漲12.45%最大，成交額升至3000億元，甲電急升5%。集團按季升20%。', region: 'TW', date: '2024-06-21'})
    // (In the same report a stock is read: what is not read is left out by the rule, not missed by it.)
    expect(find(report, '5%').scope.id).toBe('org:甲电')
    expect(find(report, '12.45%').scope.id).not.toMatch(/航運|航运/)
    expect(find(report, '20%').scope.id).not.toBe('org:按季')
    expect(find(report, '3000億元').metric.id).not.toBe('股价')
    // (An adverb or a time before the verb is no stock: `最终` is read as the move it was before.)
    const session = extractClaims({text: '某石油股开盘时段曾挫逾8%，最终下跌3.2%。', region: 'CN', date: '2024-06-21'})
    expect(find(session, '3.2%').scope.id).not.toMatch(/^org:最终/)
  })
})
