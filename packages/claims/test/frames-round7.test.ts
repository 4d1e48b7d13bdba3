// Frame rules of the seventh round of issue 18 (kinds of error read on the development set and the
// first four held-out sets; the fifth held-out set was not read), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'
import {find} from './find-claim.js'

describe('bare digits before the noun they count', () => {
  test('people of a court case or a family, seats and nominations', () => {
    const court = extractClaims({text: '【元朗襲擊案】同案9被告今日再提堂\n九名被告今早在區域法院應訊。', region: 'HK'})
    expect(find(court, '9').metric.id).toBe('被告')
    const family = extractClaims({text: '單親爸打零工 獨力養4子女\n阿德說他每天凌晨出門。', region: 'TW'})
    expect(find(family, '4').metric.id).toBe('子女')
    const seats = extractClaims({text: '工黨保5席 得票微升\n該黨今屆取得的議席與上屆相同。', region: 'HK'})
    expect(find(seats, '5席').metric.id).toBe('席')
    const nominations = extractClaims({text: '候選人周某交出621提名 入閘無懸念\n選舉主任今日接收提名表格。', region: 'HK'})
    expect(find(nominations, '621').metric.id).toBe('提名')
  })

  test('medals, deaths and injuries, hits of a box score', () => {
    const medals = extractClaims({text: '省隊在全運會上共獲5金7銀9銅的成績。', region: 'CN'})
    expect(find(medals, '5').metric.id).toBe('金')
    expect(find(medals, '7').metric.id).toBe('银')
    expect(find(medals, '9').metric.id).toBe('铜')
    const crash = extractClaims({text: '國道連環追撞釀6死14傷，多車受損。', region: 'TW'})
    // (Since round fresh16 of zh-number the toll's unit is in the figure: `6死`, `14傷`.)
    expect(find(crash, '6死').metric.id).toBe('死')
    expect(find(crash, '14傷').metric.id).toBe('伤')
    const box = extractClaims({text: '先發投手主投7局只被敲3安、失1分。', region: 'TW'})
    expect(find(box, '3').metric.id).toBe('安')
  })

  test('bare digits before any other noun, a word the noun starts, or a code stay no count', () => {
    const claims = extractClaims({text: '他住在永康街318巷，是612基金的義工，持有5金融股，並以6死亡人數為例；車牌AB-2被告發。', region: 'TW'})
    expect(claims.map((c) => c.text)).toEqual([])
  })
})

describe('people counted by what they did not do', () => {
  test('the negated predicate closing the clause is the metric, with its negation', () => {
    const claims = extractClaims({text: '當局到420戶家訪，其中58戶沒人應門，比例約為14%；另有9人未完成強制檢測。', region: 'HK'})
    expect(find(claims, '58戶').metric.id).toBe('没人应门')
    expect(find(claims, '9人').metric.id).toBe('未完成强制检测')
    expect(find(claims, '約為14%').metric.id).toBe('没人应门比例')
  })

  test('a negated predicate is read only up to a short clause: a long one is not taken whole', () => {
    const claims = extractClaims({text: '有30人未經許可進入禁區並在場內逗留多時。', region: 'HK'})
    expect(find(claims, '30人').metric.id).not.toContain('逗留')
  })
})

describe('brands and products in Latin letters as scopes', () => {
  test('a product named before its price in consumer news is the price\'s scope', () => {
    const claims = extractClaims({text: '家電展今起登場。Sharp新款空氣清淨機Plasma Pro Max，售價18,800元；另一款Panasonic Nanoe吹風機特價3,990元。', region: 'TW'})
    expect(find(claims, '18,800元').scope.id).toBe('org:Plasma Pro Max')
    expect(find(claims, '3,990元').scope.id).toBe('org:Panasonic Nanoe')
  })

  test('a product right after the figure and 的 is the one it describes', () => {
    const claims = extractClaims({text: '門市另推出加價購，再送市價2,490元的Zojirushi Mini保溫瓶。', region: 'TW'})
    expect(find(claims, '2,490元').scope.id).toBe('org:Zojirushi Mini')
  })

  test('not a term inside a Chinese phrase, a campaign in quotation marks, a unit or a platform', () => {
    const inside = extractClaims({text: '作為AQHI計算基礎的污染物當中，臭氧年均濃度上升8%。', region: 'HK'})
    expect(find(inside, '8%').scope.id).not.toMatch(/^org:/)
    const quoted = extractClaims({text: '百貨推出「夏日Happy Go」檔期，刷卡滿萬回饋6%。', region: 'TW'})
    expect(find(quoted, '6%').scope.id).not.toBe('org:Happy Go')
    const platform = extractClaims({text: '該帖文在Facebook上獲得逾3,200個讚好。', region: 'HK'})
    expect(find(platform, '逾3,200個').scope.id).not.toBe('org:Facebook')
  })

  test('mainland articles are not read for brands (a market report names contracts in Latin letters)', () => {
    const claims = extractClaims({text: '周二ICE期棉合約下跌1.2%。', region: 'CN'})
    expect(find(claims, '1.2%').scope.id).not.toBe('org:ICE')
  })
})

describe('retail prices: the kind of price is the metric, the product is not', () => {
  test('a product or model written before 市价/会员价/快闪价 is cut from the metric', () => {
    const claims = extractClaims({text: '門市推出SONY 65型電視，65X市價45,900元，會員價39,900元，限時快閃價35,990元。', region: 'TW'})
    expect(find(claims, '45,900元').metric.id).toBe('市价')
    expect(find(claims, '39,900元').metric.id).toBe('会员价')
  })

  test('mainland statistics keep the priced thing in the metric', () => {
    const claims = extractClaims({text: '商场里彩电市价2680元。', region: 'CN'})
    expect(find(claims, '2680元').metric.id).toBe('彩电市价')
  })
})

describe('a count of people before what the people have', () => {
  test('N人 does not own the noun after it: the later figure measures that noun', () => {
    const claims = extractClaims({text: '該會兩人總得票較上屆大增3200票。', region: 'HK'})
    expect(find(claims, '3200票').metric.id).toBe('总得票')
  })

  test('a bound or a link after N人 keeps the reading as it was (五百人以上的社区)', () => {
    const claims = extractClaims({text: '五百人以上的社區每年不低於8萬元的活動經費。', region: 'CN'})
    expect(find(claims, '不低於8萬元').metric.id).not.toBe('社区')
  })
})

describe('a number without a unit after a word that names a count', () => {
  test('数目为 / 人数只有 before bare digits make them a count of that', () => {
    const claims = extractClaims({text: '反應最多的是某局長，錄得數目為385214。今年入境人數只有21035。', region: 'HK'})
    expect(find(claims, '385214').metric.id).toBe('数目')
    expect(find(claims, '21035').metric.id).toBe('入境人数')
  })

  test('bare digits elsewhere stay no count (a code, a year, a number in a name)', () => {
    const claims = extractClaims({text: '編號為385214的文件於2017送達，熱線電話為21035。', region: 'HK'})
    expect(claims.map((c) => c.text)).toEqual([])
  })
})

describe('the value of an index without a unit', () => {
  test('指数为 before a number makes it the index\'s value; a percentage change after it is not that value', () => {
    const claims = extractClaims({text: '報告顯示，2023年浙江省消費信心指數為104.6，比上年提高1.8%。', region: 'CN'})
    expect(find(claims, '104.6').metric.id).toBe('消费信心指数')
    expect(find(claims, '104.6').unitClass).not.toBe(find(claims, '1.8%').unitClass)
  })
})

describe('money named only by the verb that allocates it', () => {
  test('with only a place before it, the allocating verb names the money (never compared)', () => {
    const claims = extractClaims({text: '杭州市累計投入近45億元。截至今年6月，各地累計授信超過3萬億元。', region: 'CN'})
    expect(find(claims, '近45億元').metric.id).toBe('投入')
    expect(find(claims, '近45億元').metric.via).toBe('verb')
    expect(find(claims, '超過3萬億元').metric.id).toBe('授信')
  })
})

describe('market report lines on one stock named with its code', () => {
  test('the company is the scope; its move is 涨幅 or 跌幅, the amount after 报 its closing price', () => {
    const claims = extractClaims({text: '個別股份方面，長實(00001)跌3.15%，報52.3港元；新鴻基(00016)上升1.2%，報120.5港元。', region: 'HK'})
    expect(find(claims, '3.15%').scope.id).toBe('org:长实')
    expect(find(claims, '3.15%').metric.id).toBe('跌幅')
    expect(find(claims, '52.3港元').metric.id).toBe('收报')
    expect(find(claims, '1.2%').metric.id).toBe('涨幅')
    expect(find(claims, '120.5港元').scope.id).toBe('org:新鸿基')
  })

  test('a company named in another clause, as a cause of the market\'s move, is not the market figure\'s scope', () => {
    const claims = extractClaims({text: '但在長實(00001)等權重股跌幅擴大之下，港股最多曾瀉1200點。', region: 'HK'})
    expect(find(claims, '1200點').scope.id).not.toBe('org:长实')
  })
})

describe('another place\'s figure compared with the sentence\'s', () => {
  test('较/比 a place 的 and a list of places 的 in the same unit are the same statistic in those places', () => {
    const claims = extractClaims({text: '報告指出，本港的人均公園面積是2.7平方米，較深圳的6.3平方米、新加坡的7.5平方米為低。', region: 'HK'})
    expect(find(claims, '6.3平方米').metric.id).toBe('人均公园面积')
    expect(find(claims, '7.5平方米').metric.id).toBe('人均公园面积')
    expect(find(claims, '7.5平方米').scope.id).toBe('foreign:新加坡')
  })

  test('a comparison base of another year is the same statistic in its own year (round 12; it was left unnamed before its period was read)', () => {
    const claims = extractClaims({text: '今年出口額為320億元，比去年的290億元增加。', region: 'HK'})
    expect(find(claims, '290億元').metric.id).toBe('出口额')
    expect(find(claims, '290億元').period.id).not.toBe(find(claims, '320億元').period.id)
  })
})

describe('restated figures: an assumption lends no period', () => {
  test('the same figure in a sentence of assumption (假设到2046年…仍维持) does not give the fact its period', () => {
    const text = '報告指出，本港的人均公園面積是2.7平方米。\n研究的估算，是假設到2046年，本港的人均公園面積仍維持2.7平方米。'
    const claims = extractClaims({text, region: 'HK', date: '2018-09-03'})
    expect(claims.filter((c) => c.text === '2.7平方米')[0]?.period.id).not.toBe('asof:2046-12')
  })
})

describe('a count whose clause says what the counted things are', () => {
  test('N个为X: the noun phrase after 为/是 closing the clause is what is counted', () => {
    const claims = extractClaims({text: '該署設有20個水質監測站，14個為河流監測站、6個為海水監測站。', region: 'HK'})
    expect(find(claims, '14個').metric.id).toBe('河流监测站')
    expect(find(claims, '6個').metric.id).toBe('海水监测站')
  })

  test('not a rank or a predicate after 为 (为最大宗)', () => {
    const claims = extractClaims({text: '上月來台旅客中，日本旅客18萬人次為最大宗。', region: 'TW'})
    expect(find(claims, '18萬人次').metric.id).not.toBe('最大宗')
  })
})
