// Frame rules of the ninth round of issue 18 (kinds of error read on the development set and the
// held-out sets heldout…heldout6; heldout7 was labelled first and only its summary is read), each on
// invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('a market or board named as the subject of its move', () => {
  test('a board before its move and its level takes the figures, not the region', () => {
    const boards = extractClaims({text: '受外围拖累，创业板周一单日下跌3.12%，中小板跌2.5%。', region: 'CN'})
    expect(find(boards, '3.12%').scope.id).toBe('org:创业板')
    expect(find(boards, '2.5%').scope.id).toBe('org:中小板')
  })

  test('a market named at the head of the sentence, its move and its close after it', () => {
    const market = extractClaims({text: '香港股市早段高开，终场收涨512点，报26,310点。', region: 'TW'})
    expect(find(market, '512点').scope.id).toBe('org:港股')
    expect(find(market, '26,310点').scope.id).toBe('org:港股')
    const broad = extractClaims({text: '去年大盘一度探到3050点。', region: 'CN'})
    expect(find(broad, '3050点').scope.id).toBe('org:大盘')
  })

  test('a figure whose sentence names no market keeps the region; money is never a market’s move', () => {
    const plain = extractClaims({text: '全市社会消费品零售总额增长5.2%。', region: 'CN'})
    expect(find(plain, '5.2%').scope.id).not.toMatch(/^org:/)
    const money = extractClaims({text: '港股通本周净流入120亿元。', region: 'HK'})
    expect(find(money, '120亿元').scope.id).not.toBe('org:港股')
  })
})

describe('an organisation that opens the figure’s clause', () => {
  test('a company the segmenter tags as an organisation, before its figures', () => {
    const company = extractClaims({text: '中海油去年市值由800亿元降至700亿元。', region: 'CN'})
    expect(find(company, '800亿元').scope.id).toBe('org:中海油')
    expect(find(company, '700亿元').scope.id).toBe('org:中海油')
    const later = extractClaims({text: '今年，中海油油气产量再创新高，达到6亿桶。', region: 'CN'})
    expect(find(later, '6亿桶').scope.id).toBe('org:中海油')
  })

  test('a government body opening the clause announces a national figure: the region stays', () => {
    const ministry = extractClaims({text: '商务部监测的50个步行街客流量同比增长6%。', region: 'CN'})
    expect(find(ministry, '6%').scope.id).toBe('CN')
  })

  test('an organisation after a preposition, or as a source, is not the subject', () => {
    const partner = extractClaims({text: '上月，与中海油合作的油田产量增长8%。', region: 'CN'})
    expect(find(partner, '8%').scope.id).not.toBe('org:中海油')
    const source = extractClaims({text: '中海油公布，油田产量增长8%。', region: 'CN'})
    expect(find(source, '8%').scope.id).not.toBe('org:中海油')
  })
})

describe('a market’s closing level after a verb of closing', () => {
  test('index points after 收在 or 报 with nothing named between are the close', () => {
    const close = extractClaims({text: '受颱風影響休市一日後，港股開盤走高，收漲512點、收在26,310點。', region: 'TW'})
    expect(find(close, '26,310點').metric.id).toBe('收报')
    expect(find(close, '26,310點').metric.via).toBe('verb')
  })

  test('points that are not about a market or index, or not after a verb of closing, are not', () => {
    const score = extractClaims({text: '該生考試收在85點。', region: 'TW'})
    expect(find(score, '85點').metric.id).not.toBe('收报')
  })
})

describe('an adverb ends the noun after a count', () => {
  test('zh-number’s noun running on into 分别 or 均 is cut there', () => {
    const insurers = extractClaims({text: '去年有8家險企分別獲批新牌照。', region: 'HK'})
    expect(find(insurers, '8家').metric.id).toBe('险企')
  })

  test('a noun of several words with no adverb keeps all of them', () => {
    const staff = extractClaims({text: '醫院共有120名醫護人員。', region: 'HK'})
    expect(find(staff, '120名').metric.id).toBe('医护人员')
  })
})

describe('a place after 在 where an organisation or a person acts', () => {
  test('an organisation the segmenter tags nt before 在 is what the figure is about, not the place', () => {
    const company = extractClaims({text: '今年，中海油在渤海新增储量1亿吨。', region: 'CN'})
    expect(find(company, '1亿吨').scope.id).toBe('org:中海油')
  })

  test('a person named before 在 and a district: the district is only where the person ran', () => {
    const candidate = extractClaims({text: '根据申报纪录，黄志强在新界东补选中，共花费98万元。', region: 'HK'})
    expect(find(candidate, '98万元').scope.id).not.toMatch(/^81/)
  })

  test('a common noun before 在 leaves the place as the scope', () => {
    const workers = extractClaims({text: '工人在广州打工，月入5000元。', region: 'CN'})
    expect(find(workers, '5000元').scope.id).toBe('4401')
  })
})

describe('a company named by the word of its shares', () => {
  test('a name right before 股价 or 市值 at the head of the clause is the company, and the metric is the shares’ word', () => {
    const shares = extractClaims({text: '香蕉股价連續兩天急彈3.2美元或1.5%。', region: 'TW'})
    expect(find(shares, '3.2美元').scope.id).toBe('org:香蕉')
    expect(find(shares, '3.2美元').metric.id).toBe('股价')
  })

  test('a clause without a word of shares is not read as a company’s', () => {
    const plain = extractClaims({text: '香蕉產量連續兩年增加3.2萬噸。', region: 'TW'})
    expect(find(plain, '3.2萬噸').scope.id).not.toBe('org:香蕉')
  })
})

describe('a Hong Kong neighbourhood whose name holds a shorter place name', () => {
  test('九龙湾 is read whole, inside its district, not as 九龙', () => {
    const bay = extractClaims({text: '九龍灣一間安老院再多2人確診。', region: 'HK'})
    expect(find(bay, '2人').scope.id).toBe('village:810205:九龙湾')
  })
})
