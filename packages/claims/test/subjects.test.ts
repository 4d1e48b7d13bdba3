// Subjects of figures (issue 18, round 17): two figures of one metric, place and period that belong to
// different named subjects (companies of one round-up, two defendants) are two statistics. Invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims, findClashes, subjectsDiffer, type Claim} from '../src/index.js'
import {find} from './find-claim.js'

const date = '2025-11-06'

describe('a figure takes the subject its sentence names', () => {
  test('a name the segmenter does not know, opening a sentence of prose (one-character pieces)', () => {
    const text = '新股今日掛牌\n金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率8%；禾木知行香港公開發售一手中籤率30%，集資淨額6.2億元。\n'
    const claims = extractClaims({text, date})
    expect(find(claims, '8%').subject).toEqual({name: '金禾银穗', via: 'sentence'})
    expect(find(claims, '30%').subject).toEqual({name: '禾木知行', via: 'sentence'})
    expect(find(claims, '6.2億元').subject?.name).toBe('禾木知行')
  })

  test('a company named by pieces and its ending (`某某/z 控股`, `某/a 某/nr 科技`)', () => {
    const claims = extractClaims({text: '新股今日掛牌\n鼎盛控股集資淨額6.2億元；明輝科技集資淨額3.1億元。\n', date})
    expect(find(claims, '6.2億元').subject?.name).toBe('鼎盛控股')
    expect(find(claims, '3.1億元').subject?.name).toBe('明辉科技')
  })

  test('a person: a name the segmenter tags, or three pieces closing a clause after a title', () => {
    const claims = extractClaims({text: '澳門貪污案判刑\n澳門前官員陳志恒，被判入獄6年、罰款300萬元。其妻李秀英被判罰款80萬元。\n', date})
    expect(find(claims, '300萬元').subject?.name).toBe('陈志恒')
    expect(find(claims, '80萬元').subject?.name).toBe('李秀英')
  })

  test('a sentence that opens with a name gives it to the later sentences of its paragraph, not to the next paragraph', () => {
    const text = '新股今日掛牌\n金禾銀穗集資淨額12.5億元。香港公開發售佔比維持10%。\n香港公開發售佔比由5%增至20%。\n'
    const claims = extractClaims({text, date})
    expect(find(claims, '10%').subject).toEqual({name: '金禾银穗', via: 'paragraph'})
    expect(find(claims, '5%').subject).toBeUndefined()
  })

  test('a clause that refers back (`该组织…`) cuts off the names before it', () => {
    const claims = extractClaims({text: '北城警方昨日通报，李秀英曾公开批评东林公司，该公司上月发生事故，造成12人受伤。', date, region: 'CN'})
    // (The company the clause refers back to, not the person named before it: round 19's `referredSubject`.)
    expect(find(claims, '12人').subject?.name).not.toBe('李秀英')
    expect(find(claims, '12人').subject?.via).toBe('reference')
  })

  test('no subject: a source or speaker, a place, a kind of body, common words in pieces, a headline', () => {
    const spoken = extractClaims({text: '北城统计局公布，全市工业增加值增长5%。', date, region: 'CN'})
    expect(find(spoken, '5%').subject).toBeUndefined()
    const kind = extractClaims({text: '全市上市公司集资净额合共120亿元。', date, region: 'CN'})
    expect(find(kind, '120亿元').subject).toBeUndefined()
    // (`船舶/n 海/n 工/n`: pieces that are all common words make a phrase, not a name.)
    const phrase = extractClaims({text: '标题\n船舶海工企业去年营收增长8%。\n', date, region: 'CN'})
    expect(find(phrase, '8%').subject).toBeUndefined()
    // (A headline, a line without a full stop, is no sentence of prose: its pieces are not read as a name.)
    const headline = extractClaims({text: '金禾銀穗集資淨額12.5億元\n正文無數字。\n', date})
    expect(find(headline, '12.5億元').subject).toBeUndefined()
  })
})

describe('what is not a figure’s subject, and how far a name is carried', () => {
  test('a listed company named by its stock code (`某某(01234)下跌3.3%`) is the subject of its line', () => {
    const claims = extractClaims({text: '港股收市\n個別股份方面，甲乙(01234)下跌3.3%；丙丁(05678)下跌1.2%。\n', date})
    expect(find(claims, '3.3%').subject?.name).toBe('甲乙')
    expect(find(claims, '1.2%').subject?.name).toBe('丙丁')
  })

  test('a source or speaker, also with a date in brackets or a colon (`某局今天（10月21日）发布`, `某某建议`, `某某：`)', () => {
    const dated = extractClaims({text: '北城统计局今天（10月21日）发布数据显示，全市工业增加值增长5%。', date, region: 'CN'})
    expect(find(dated, '5%').subject).toBeUndefined()
    const advised = extractClaims({text: '北城财政部建议，市民每月申报发票2000元以上。', date, region: 'CN'})
    expect(find(advised, '2000元以上').subject).toBeUndefined()
  })

  test('a name in a list of names (`甲大学、乙大学等…`) is no subject', () => {
    const claims = extractClaims({text: '东林大学、西林大学等120余所高校参加了会议。', date, region: 'CN'})
    expect(find(claims, '120余所').subject).toBeUndefined()
  })

  test('a sentence’s opening name is carried to four sentences after it at most', () => {
    const text = '標題\n金禾銀穗集資淨額12.5億元。佔比維持10%。配售11萬股。配售12萬股。配售13萬股。配售14萬股。\n'
    const claims = extractClaims({text, date})
    expect(find(claims, '13萬').subject?.name).toBe('金禾银穗')
    expect(find(claims, '14萬').subject).toBeUndefined()
  })
})

describe('two claims are one statistic unless both name a subject and the subjects differ', () => {
  const named = (name?: string) => ({subject: name === undefined ? undefined : {name, via: 'sentence' as const}})

  test('subjectsDiffer', () => {
    expect(subjectsDiffer(named('甲'), named('乙'))).toBe(true)
    expect(subjectsDiffer(named('甲'), named('甲'))).toBe(false)
    expect(subjectsDiffer(named('甲'), named())).toBe(false)
    expect(subjectsDiffer(named(), named())).toBe(false)
  })

  const roundUp = (a: string, b: string) => `新股今日掛牌\n${a}集資淨額12.5億元，香港公開發售一手中籤率8%。\n${b}集資淨額6.2億元，香港公開發售一手中籤率30%。\n`
  const clashesOf = (first: string, second: string): number => {
    const one = extractClaims({text: first, date, path: 'a.md'})
    const two = extractClaims({text: second, date, path: 'b.md'})
    return findClashes([one, two], {minConfidence: 0.3, maxPerClaim: 3}).filter((c) => c.reason === 'same-key').length
  }

  test('across articles: another company’s rate does not clash, the same company’s does, one without a subject does', () => {
    const first = '新股今日掛牌\n金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率8%。\n'
    expect(clashesOf(first, '新股今日掛牌\n禾木知行集資淨額12.5億元，香港公開發售一手中籤率30%。\n')).toBe(0)
    expect(clashesOf(first, '新股今日掛牌\n金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率30%。\n')).toBeGreaterThan(0)
    expect(clashesOf(first, '新股今日掛牌\n另外，香港公開發售一手中籤率為30%。\n')).toBeGreaterThan(0)
  })

  test('an article whose figures of one key belong to two companies still compares with other articles', () => {
    const both = extractClaims({text: roundUp('金禾銀穗', '禾木知行'), date, path: 'a.md'})
    const other = extractClaims({text: '新股今日掛牌\n金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率18%。\n', date, path: 'b.md'})
    const rates = both.filter((c: Claim) => c.unitClass === 'percent')
    expect(rates.map((c) => c.subject?.name)).toEqual(['金禾银穗', '禾木知行'])
    const found = findClashes([both, other], {minConfidence: 0.3, maxPerClaim: 3}).filter((c) => c.reason === 'same-key')
    expect(found.map((c) => `${c.claim.text}/${c.other.text}`).sort()).toEqual(['18%/8%', '8%/18%'])
  })
})

describe('subjects are read in linear time', () => {
  test('a sentence of the new form repeated 2 000 and 8 000 times', () => {
    const line = '金禾銀穗集資淨額12.5億元，香港公開發售一手中籤率8%；'
    const time = (n: number) => {
      const text = `標題\n${line.repeat(n)}完。\n`
      const start = process.cpuUsage()
      extractClaims({text, date})
      const used = process.cpuUsage(start)
      return used.user + used.system
    }
    time(200)
    const small = time(2000)
    const large = time(8000)
    expect(large / small).toBeLessThan(6)
  })
})
