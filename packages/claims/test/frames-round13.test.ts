// Frame rules of the thirteenth round of issue 18 (kinds of error read on the misses of heldout4,
// heldout5, heldout6 and heldout7, each seen on two articles or more), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('the person of a family story whose name the segmenter cuts with mixed tags', () => {
  // (`柯/nr 芷/ns 源/ng`: a common surname, then two pieces of a name the dictionary lacks.)
  const family = [
    '單親媽罹癌 難撐一家',
    '41歲的柯芷源去年確診乳癌，仍得照顧2名幼子。',
    '柯芷源丈夫前年離家後，家中只剩母子3人。',
    '柯芷源白天在餐廳洗碗，晚上還要做手工。',
    '里長說，這個家每月房租就要8000元。'
  ].join('\n')

  test('a figure that fell back to the region is that person’s when the story names the family with the name', () => {
    const claims = extractClaims({text: family, region: 'TW'})
    expect(find(claims, '8000元').scope.id).toBe('org:柯芷源')
    expect(find(claims, '8000元').scope.via).toBe('document')
  })

  test('not a person in the news whose family is never named, and not a sentence’s scope on its own', () => {
    const hiker = [
      '男子登山失蹤 消防搜山',
      '41歲的柯芷源前日與2名友人上山。',
      '柯芷源至今仍未尋回，柯芷源的手機已無訊號。',
      '消防處昨日出動30名消防員搜索。'
    ].join('\n')
    const claims = extractClaims({text: hiker, region: 'HK'})
    expect(find(claims, '30名').scope.id).not.toBe('org:柯芷源')
    // (A name cut with mixed tags right before a figure does not make the figure the person's.)
    const one = extractClaims({text: '昨日柯芷源帶領5名隊員入山。', region: 'TW'})
    expect(find(one, '5名').scope.id).not.toBe('org:柯芷源')
  })
})

describe('a one-character noun right after a count of things', () => {
  test('is what the count counts when the noun ends there', () => {
    const rooms = extractClaims({text: '这家护老院目前已涉及4间房，院方正安排检疫。', region: 'HK'})
    expect(find(rooms, '4间').metric.id).toBe('房')
    const states = extractClaims({text: '该公司已取得美国31个州的营业执照。', region: 'TW'})
    expect(find(states, '31个').metric.id).toBe('州')
    const sheep = extractClaims({text: '去年底某牧场共养了215只羊，今年又多了一倍。', region: 'CN'})
    expect(find(sheep, '215只').metric.id).toBe('羊')
  })

  test('not after a unit of measure or points, and not a piece of a longer noun', () => {
    const distance = extractClaims({text: '震中周边150公里内，近3年发生地震共12次。', region: 'CN'})
    expect(find(distance, '150公里').metric.id).not.toBe('内')
    const points = extractClaims({text: '恒指周二低开900点报28000点。', region: 'HK'})
    expect(find(points, '900点').metric.id).not.toBe('报')
    const longer = extractClaims({text: '全市新建5个房车营地。', region: 'CN'})
    expect(find(longer, '5个').metric.id).not.toBe('房')
  })
})

describe('the company a research note is about', () => {
  test('a headline that opens with a name and a colon names the company the body calls 公司', () => {
    const note = [
      '宏远之家：渠道调整见效 维持增持评级',
      '2023年实现营业收入80亿元，旗下宏远之家主品牌门店稳步扩张。',
      '前三季度，公司实现收入60亿元，归母净利润9亿元。',
      '公司上市以来累计分红30亿元。'
    ].join('\n')
    const claims = extractClaims({text: note, region: 'CN'})
    expect(find(claims, '60亿元').scope.id).toBe('org:宏远之家')
    expect(find(claims, '30亿元').scope.id).toBe('org:宏远之家')
  })

  test('a name given with its fund code before the colon is the subject', () => {
    const fund = ['瀚辰成长混合(000999)：寻找被低估的板块', '瀚辰成长混合成立于2015年。资产规模：12.5亿元。'].join('\n')
    expect(find(extractClaims({text: fund, region: 'CN'}), '12.5亿元').scope.id).toBe('org:瀚辰成长混合')
  })

  test('a speaker before the colon is not the subject', () => {
    const speech = [
      '周文凯：明年市场机会大于风险',
      '周文凯认为，今年沪深两市成交额超过200万亿元。',
      '周文凯还说，今年公司研究的行业多数盈利。',
      '全年新增投资者1500万户。'
    ].join('\n')
    expect(find(extractClaims({text: speech, region: 'CN'}), '1500万户').scope.id).not.toBe('org:周文凯')
  })
})

describe('a listed company named with a stock code and its exchange', () => {
  test('the company before codes with an exchange suffix is what its price is about', () => {
    const banks = extractClaims({text: '银行股表现，华晟银行(601777-CN)(01777-HK)H股最新报5.5元，跌0.3%，裕泰银行(601555-CN)(01555-HK)H股最新报3.2元，升0.4%。', region: 'CN'})
    expect(find(banks, '5.5元').scope.id).toBe('org:华晟银行')
    expect(find(banks, '3.2元').scope.id).toBe('org:裕泰银行')
    const tech = extractClaims({text: '科技股方面，星游集团(02999-HK)最新报6.5元，跌1.1%，云阅集团(00777-HK)最新报70.2元。', region: 'CN'})
    expect(find(tech, '70.2元').scope.id).toBe('org:云阅集团')
    const fishery = extractClaims({text: '受存货减值影响，海宏渔业（SZ.002999）净资产将低于注册资本9.2亿。', region: 'CN'})
    expect(find(fishery, '9.2亿').scope.id).toBe('org:海宏渔业')
  })
})

describe('people charged are the defendants', () => {
  test('a count of people before 被控, also with 同 or 均 between, counts defendants', () => {
    const one = extractClaims({text: '前年的街头冲突中，某组织发言人等5人被控暴动罪，案件今日提讯。', region: 'HK'})
    expect(find(one, '5人').metric.id).toBe('被告')
    const together = extractClaims({text: '七人同被控在2020年5月参与非法集结。', region: 'HK'})
    expect(find(together, '七人').metric.id).toBe('被告')
  })
})

describe('a name the segmenter cuts short is not the article’s subject', () => {
  test('a headline run followed by a glued one-character morpheme (李/nr 宗/nr 尧/zg) names no subject', () => {
    const court = [
      '某案审讯　同案9被告包括李宗尧明年受审',
      '李宗尧早前已获保释。',
      '李宗尧与另外两名被告今在区域法院提讯。'
    ].join('\n')
    const claims = extractClaims({text: court, region: 'HK'})
    expect(find(claims, '两名').scope.id).not.toBe('org:李宗')
  })
})
