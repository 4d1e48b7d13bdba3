import {describe, expect, test} from 'vitest'
import {claimKey, extractClaims, valuesAgree, type Claim} from '../src/index.js'

// Invented sentences: what a clause says its counted people do is part of the statistic.
const date = '2024-08-15'

function claimAt(text: string, numeral: string): Claim {
  const claims = extractClaims({text, date, region: 'CN'})
  const claim = claims.find((c) => c.text === numeral)
  if (!claim) throw new Error(`no claim \`${numeral}\` in ${claims.map((c) => c.text).join(' ')}`)
  return claim
}

describe('action: what the counted people or things do', () => {
  test('the verbs of the clause, not the counted noun, the place or the time', () => {
    const claim = claimAt('上周末，本市有40名社区志愿者参加了河道清洁行动。', '40名')
    expect(claim.metric.id).toBe('社区志愿者')
    expect(claim.metric.action).toBe(['参加', '河道', '清洁', '行动'].sort().join('+'))
  })
  test('words that only state, bound or report a level are no action', () => {
    expect(claimAt('截至目前，全市累计确诊病例达到230例。', '230例').metric.action).toBeUndefined()
    expect(claimAt('据统计，全市共有确诊病例230例。', '230例').metric.action).toBeUndefined()
    expect(claimAt('全市确诊病例已降至230例。', '230例').metric.action).toBeUndefined()
  })
  test('two figures of one noun with different actions have different keys', () => {
    const recruited = claimAt('今年以来，本市共招募社区志愿者150名。', '150名')
    const joined = claimAt('今年以来，本市有40名社区志愿者参加了河道清洁行动。', '40名')
    expect(recruited.metric.id).toBe(joined.metric.id)
    expect(claimKey(recruited)).not.toBe(claimKey(joined))
  })
  test('the same statistic stated with level words keeps one key', () => {
    const a = claimAt('今年以来，全市累计确诊病例230例。', '230例')
    const b = claimAt('今年以来，全市确诊病例共计达到2300例。', '2300例')
    expect(claimKey(a)).toBe(claimKey(b))
  })
  test('the clause ends at the next comma: a later clause is not the figure\'s action', () => {
    expect(claimAt('全市共有社区志愿者150名，他们每周参加河道清洁。', '150名').metric.action).toBeUndefined()
    // (The same words in the figure's own clause are its action: the comma, not the words, decides.)
    expect(claimAt('全市有社区志愿者150名参加河道清洁。', '150名').metric.action).toBe(['参加', '河道', '清洁'].sort().join('+'))
  })
})

describe('a named day is part of the statistic', () => {
  test('two days of a running count have different keys; the same day keeps one', () => {
    const fourth = claimAt('截至3月4日，武汉市累计报告确诊病例182例。', '182例')
    const fifth = claimAt('截至3月5日，武汉市累计报告确诊病例205例。', '205例')
    const again = claimAt('截至3月5日，武汉市累计报告确诊病例2050例。', '2050例')
    expect(fourth.period.id).toBe(fifth.period.id)
    expect(claimKey(fourth)).not.toBe(claimKey(fifth))
    expect(claimKey(fifth)).toBe(claimKey(again))
  })
  test('a flow without a named day is the article day\'s', () => {
    const today = claimAt('武汉市今天新增确诊病例26例。', '26例')
    const earlier = extractClaims({text: '武汉市今天新增确诊病例16例。', date: '2024-08-12', region: 'CN'}).find((c) => c.text === '16例') as Claim
    expect(today.period.id).toBe(earlier.period.id)
    expect(claimKey(today)).not.toBe(claimKey(earlier))
  })
})

describe('daily reports and hedged figures', () => {
  test('in a daily report, a figure read against the article date is that day\'s', () => {
    const text = '卫生部门今日新增境外移入个案25例，分别来自美国（15例）、越南（3例）。另5例仍在调查中。'
    const monday = extractClaims({text, date: '2024-01-08', region: 'TW'}).find((c) => c.text === '15例') as Claim
    const tuesday = extractClaims({text: text.replace('15例', '12例'), date: '2024-01-09', region: 'TW'}).find((c) => c.text === '12例') as Claim
    expect(monday.period).toMatchObject({id: 'asof:2024-01', daily: '2024-01-08'})
    expect(tuesday.period.id).toBe(monday.period.id)
    expect(claimKey(monday)).toBeDefined()
    expect(claimKey(monday)).not.toBe(claimKey(tuesday))
    // (Any article: a figure read against its date is as of its day, but for a durable stock held (`共有…25所`),
    // which two articles of one month compare; a stated month or span is not a day.)
    expect(extractClaims({text: '全市共有公立图书馆25所。', date: '2024-01-08', region: 'CN'})[0]?.period.daily).toBeUndefined()
    expect(extractClaims({text: '全市公立图书馆的借阅量为2.5万册。', date: '2024-01-08', region: 'CN'})[0]?.period).toMatchObject({id: 'asof:2024-01', daily: '2024-01-08'})
    expect(extractClaims({text: '截至去年底，全市共有公立图书馆25所。', date: '2024-01-08', region: 'CN'})[0]?.period.daily).toBeUndefined()
    expect(extractClaims({text: '去年全市接待游客1200万人次。', date: '2024-01-08', region: 'CN'})[0]?.period.daily).toBeUndefined()
  })
  test('a bound and the figure it bounds agree; an earlier edition is another statistic', () => {
    const value = (low: number | null, high: number | null, stated: number, lowInclusive = true, highInclusive = true) => ({low, high, lowInclusive, highInclusive, value: stated})
    expect(valuesAgree(value(5000, null, 5000, false, false), value(5000, 5000, 5000))).toBe(true)
    expect(valuesAgree(value(26, null, 26, false, false), value(26, 26, 26))).toBe(true)
    expect(valuesAgree(value(5001, null, 5001, true, false), value(5000, 5000, 5000))).toBe(false)
    // (Rounding intervals that only touch do not agree: 4.4万 is [43 500, 44 500), 4.3万 [42 500, 43 500).)
    expect(valuesAgree(value(43_500, 44_500, 44_000, true, false), value(42_500, 43_500, 43_000, true, false))).toBe(false)
    const now = claimAt('今次荃湾区共有9548名登记选民投票。', '9548名')
    const before = claimAt('上届荃湾区共有13599名登记选民投票。', '13599名')
    expect(claimKey(now)).not.toBe(claimKey(before))
  })
})

describe('figures of a day: the article\'s day, or the day a relative word names', () => {
  const key = (text: string, date: string, figure: string, region: 'CN' | 'HK' | 'TW' = 'CN') =>
    claimKey(extractClaims({text, date, region}).find((c) => c.text === figure) as Claim)

  test('market closes of two days of one month are two statistics; one day keeps one', () => {
    const close = '纽约商品交易所黄金期货结算价上涨0.6%，报每盎司1890美元。'
    expect(key(close, '2021-03-09', '0.6%')).toBeDefined()
    expect(key(close, '2021-03-09', '0.6%')).not.toBe(key(close.replace('0.6%', '0.2%'), '2021-03-10', '0.2%'))
    expect(key(close, '2021-03-09', '0.6%')).toBe(key(close.replace('0.6%', '0.2%'), '2021-03-09', '0.2%'))
  })

  test('a running total of the year so far is the day\'s, with its parts', () => {
    const bulletin = '截至下午4時，本港今年累計錄得41宗登革熱個案，其中5宗屬本地個案。'
    const early = extractClaims({text: bulletin, date: '2023-08-03', region: 'HK'})
    expect(early.find((c) => c.text === '41宗')?.period).toMatchObject({id: 'year:2023', daily: '2023-08-03'})
    expect(early.find((c) => c.text === '5宗')?.period.daily).toBe('2023-08-03')
    expect(key(bulletin, '2023-08-03', '41宗', 'HK')).not.toBe(key(bulletin.replace('41宗', '44宗'), '2023-08-10', '44宗', 'HK'))
    // A year's figure said of this year without a running word stays the year's.
    expect(extractClaims({text: '今年全市計劃興建公屋3萬個。', date: '2023-08-03', region: 'HK'})[0]?.period.daily).toBeUndefined()
  })

  test('昨日, 前天, 周一, 上周五, 禮拜三 are days before the article\'s; 今日 is its day', () => {
    const days = (text: string, region: 'CN' | 'HK' = 'CN') => extractClaims({text, date: '2022-06-15', region}).map((c) => c.period.daily)
    // 2022-06-15 is a Wednesday.
    expect(days('股市今日成交额为8000亿元，昨日为7600亿元，前天为7100亿元。')).toEqual(['2022-06-15', '2022-06-14', '2022-06-13'])
    expect(days('股市周一成交额为8000亿元，上周五为7600亿元，本周三为7100亿元。')).toEqual(['2022-06-13', '2022-06-10', '2022-06-15'])
    expect(days('港股週五成交額為900億元。', 'HK')).toEqual(['2022-06-10'])
    const monday = key('股市周一成交额为8000亿元，今日成交额为7100亿元。', '2022-06-15', '8000亿元')
    expect(monday).not.toBe(key('股市周一成交额为8000亿元，今日成交额为7100亿元。', '2022-06-15', '7100亿元'))
  })

  test('names, spans and recurring days are no day', () => {
    const periods = (text: string) => extractClaims({text, date: '2022-06-15', region: 'CN'}).map((c) => c.period.text)
    expect(periods('该馆每周一闭馆，周二至周日开放，门票30元。')).toEqual([undefined])
    expect(periods('今日头条月活跃用户达3亿人。')).toEqual([undefined])
    expect(periods('提前天数为5天的订单占比为20%。')).toEqual([undefined])
  })
})

describe('items of one list of figures share the words before the first', () => {
  test('a team\'s medals are the team\'s, each kind of medal, not the delegation\'s', () => {
    const team = extractClaims({text: '賽事今日結束，香港劍擊隊今屆取得1金1銀2銅。', date: '2025-11-20', region: 'HK'})
    const delegation = extractClaims({text: '運動會今日閉幕，香港今屆取得9金2銀8銅。', date: '2025-11-20', region: 'HK'})
    for (const medal of ['1金', '1銀', '2銅']) expect(team.find((c) => c.sentence.text.includes(medal) && medal.startsWith(c.text))?.metric.action).toContain('剑')
    const bronze = (claims: Claim[], text: string) => claimKey(claims.find((c) => c.text === text && c.unitClass === '铜') as Claim)
    expect(bronze(team, '2')).not.toBe(bronze(delegation, '8'))
  })

  test('figures with their own nouns between them keep their own clauses', () => {
    const claims = extractClaims({text: '全省共有7315名第一书记和2.6万名驻村干部。', date: '2019-06-26', region: 'CN'})
    expect(claims.find((c) => c.text === '7315名')?.metric.action).toBeUndefined()
  })
})

describe('a rate on a currency basis', () => {
  test('以人民币计价 and 以美元计价 give two statistics; an amount keeps its key by its currency', () => {
    const claims = extractClaims({text: '以人民币计价，全国10月进口增长2.4%。以美元计价，进口增长1.6%，进口额2150亿美元。', date: '2025-11-07', region: 'CN'})
    const rmb = claims.find((c) => c.text === '2.4%') as Claim
    const usd = claims.find((c) => c.text === '1.6%') as Claim
    expect(rmb.metric.qualifier).toContain('in:人民币')
    expect(usd.metric.qualifier).toContain('in:美元')
    expect(claimKey(rmb)).not.toBe(claimKey(usd))
    expect(claims.find((c) => c.text === '2150亿美元')?.metric.qualifier ?? '').not.toContain('in:')
  })
})

describe('a part of a durable stock keeps the month', () => {
  test('`共有建制村146个，其中通客车的村已达到193个` compares with another article of the month', () => {
    const key = (text: string, date: string, figure: string) => claimKey(extractClaims({text, date, region: 'CN'}).find((c) => c.text === figure) as Claim)
    const early = key('全县共有建制村146个，其中通客车的村已达到139个。', '2026-03-02', '139个')
    expect(early).toBeDefined()
    expect(early).toBe(key('全县共有建制村146个，其中通客车的村已达到193个。', '2026-03-05', '193个'))
    // (A part whose own clause says a change or an event is no durable stock.)
    expect(key('全县共有建制村146个，其中新增通客车的村12个。', '2026-03-02', '12个')).not.toBe(key('全县共有建制村146个，其中新增通客车的村15个。', '2026-03-05', '15个'))
  })
})
