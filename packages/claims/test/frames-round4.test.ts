// Frame rules of the fourth round of issue 18 (kinds of error read on the development and the
// first held-out labels; the second held-out set was not read), each on invented sentences.
import {describe, expect, test} from 'vitest'
import {extractClaims, relateMetrics} from '../src/index.js'
import {find} from './find-claim.js'

describe('a headline that opens with a statistical period frames the figures that name no time', () => {
  test('a year, a year to date and a month in the headline', () => {
    const year = extractClaims({text: '2030年南山省用水总量突破80亿立方米\n省水利厅今天发布数据。\n年度用水总量首次突破80亿立方米，其中农业用水占比为55%。', region: 'CN', date: '2031-01-20'})
    expect(find(year, '突破80亿立方米', 1).period.id).toBe('year:2030')
    expect(find(year, '55%').period.id).toBe('year:2030')
    const toDate = extractClaims({text: '今年前5个月南山省外贸进出口增长8%\n据海关统计，南山省与60多个国家和地区的贸易保持增长。', region: 'CN', date: '2030-06-10'})
    expect(find(toDate, '60多个').period.id).toBe('range:2030-01..2030-05')
    const month = extractClaims({text: '【旅遊】5月赴南山旅客續減少\n觀光局統計，韓國旅客減少12%。', region: 'TW', date: '2030-06-20'})
    expect(find(month, '12%').period.id).toBe('month:2030-05')
  })

  test('time words of the sentence and of its paragraph still come first', () => {
    const claims = extractClaims({text: '2030年南山省经济平稳增长\n截至目前，全省共有企业12万家。2029年全省工业增加值增长4%。', region: 'CN', date: '2031-01-20'})
    expect(find(claims, '12万家').period.id).toBe('asof:2031-01')
    expect(find(claims, '4%').period.id).toBe('year:2029')
  })

  test('a time later in the headline, a day, two periods or a duration frame nothing', () => {
    const later = extractClaims({text: '这次与2008年危机有何不同\n南山指数最大跌幅达到50%。', region: 'CN', date: '2018-02-10'})
    expect(find(later, '50%').period.id).toBe('asof:2018-02')
    const trial = extractClaims({text: '某某案　同案13名被告2031年5月底受審\n案中另有10名被告不認罪。', region: 'HK', date: '2030-03-01'})
    expect(find(trial, '10名').period.id).toBe('asof:2030-03')
    const two = extractClaims({text: '2029年与2030年南山省用水对比\n全省用水总量为80亿立方米。', region: 'CN', date: '2031-01-20'})
    expect(find(two, '80亿立方米').period.id).toBe('asof:2031-01')
  })
})

describe('a company named at the head of its clause is what the clause counts', () => {
  test('stores, carriers and groups without a place before them', () => {
    const claims = extractClaims({text: '大新百貨去年到店卡友超過60萬。南山巴士獲准加價9.8%。東方航空上半年載客量為3000萬人次。', region: 'TW', date: '2017-06-29'})
    expect(find(claims, '超過60萬').scope.id).toBe('org:大新百货')
    expect(find(claims, '9.8%').scope.id).toBe('org:南山巴士')
    expect(find(claims, '3000萬人次').scope.id).toBe('org:东方航空')
  })

  test('kinds of companies, speakers, sources and longer bodies are not read as one', () => {
    const claims = extractClaims({text: '上市集團去年盈利增長12%。某某集團張三：指數或試3000點。某某航空管理局統計，全省旅客增長5%。', region: 'TW', date: '2017-06-29'})
    expect(find(claims, '12%').scope.id).not.toMatch(/^org:/)
    expect(find(claims, '3000點').scope.id).not.toBe('org:某某集团')
    expect(find(claims, '5%').scope.id).not.toBe('org:某某航空')
  })

  test('the company is the scope of its sentence only, not carried to the next', () => {
    const claims = extractClaims({text: '南山省去年經濟平穩。大新百貨去年營收達到120億元。全省旅客增長5%。', region: 'CN', date: '2017-06-29'})
    expect(find(claims, '120億元').scope.id).toBe('org:大新百货')
    expect(find(claims, '5%').scope.id).not.toBe('org:大新百货')
  })
})

describe('counted noun phrases', () => {
  test('a word of place that says where a thing is sold stays in the phrase; 当中 does not', () => {
    const claims = extractClaims({text: '2025年，长沙市网上零售额达到1.3万亿元。2025年，长沙市境外游客达到120万人次。', region: 'CN', date: '2026-01-17'})
    expect(find(claims, '1.3万亿元').metric.id).toBe('网上零售额')
    expect(find(claims, '120万人次').metric.id).toBe('境外游客')
  })

  test('a verb before a noun of capacity is part of it (跨区跨省输电能力)', () => {
    const claims = extractClaims({text: '2025年，长沙市跨区跨省输电能力达到3.7亿千瓦。', region: 'CN', date: '2026-01-17'})
    expect(find(claims, '3.7亿千瓦').metric.id).toBe('跨区跨省输电能力')
  })

  test('a change written from its old value names the thing that closes the clause before', () => {
    const claims = extractClaims({text: '政府宣布將提高交通補貼計劃的補貼上限，由400元提高至500元。', region: 'HK'})
    expect(find(claims, '400元').metric.id).toBe('补贴上限')
    expect(find(claims, '500元').metric.id).toBe('补贴上限')
  })

  test('a noun before a count and its classifier is counted; a verbal noun after them says what they do', () => {
    const claims = extractClaims({text: '消防局派出消防車21輛救援。俄军摧毁乌军1套防空导弹发射器。', region: 'TW'})
    expect(find(claims, '21輛').metric.id).toBe('消防车')
    expect(find(claims, '1套').metric.id).toBe('防空导弹发射器')
  })
})

describe('periods of Hong Kong fiscal years and of comparison bases', () => {
  test('a pair of years without 年度 is a fiscal year in Hong Kong; 截至 a month makes it a year to date', () => {
    const claims = extractClaims({text: '2019-20年截至2月底，新聘司機只有700人。2017-18年：新建單位為18,000個。', region: 'HK'})
    expect(find(claims, '700人').period.id).toBe('range:2019-04..2020-02')
    expect(find(claims, '18,000個').period.id).toBe('range:2017-04..2018-03')
    const dated = extractClaims({text: '2019-20年度截至2月底，投考人數為4,000人。', region: 'HK'})
    expect(find(dated, '4,000人').period.id).toBe('range:2019-04..2020-02')
  })

  test('outside Hong Kong and Macau a pair of years without 年度 is not a fiscal year', () => {
    const claims = extractClaims({text: '2019-20年，全省新增企业3000家。', region: 'CN', date: '2021-01-05'})
    expect(find(claims, '3000家').period.id).not.toBe('range:2019-04..2020-03')
  })

  test("a comparison base's own figure is of the base's time; the change after it is not", () => {
    const claims = extractClaims({text: '2017年，全省工业产值为1800亿元，较2016年的1500亿元增长20%。跟去年2018-19年度有1,200名相比，大跌四成。', region: 'HK', date: '2018-02-01'})
    expect(find(claims, '1500亿元').period.id).toBe('year:2016')
    expect(find(claims, '20%').period.id).toBe('year:2017')
    expect(find(claims, '1,200名').period.id).toBe('range:2018-04..2019-03')
  })
})

describe('thresholds passed on the way to a figure', () => {
  test('the threshold names nothing: the figure keeps what was counted before it', () => {
    const claims = extractClaims({text: '全省新增確診個案300宗，累計突破一千大關至1100宗。死亡個案增至30人。', region: 'HK'})
    expect(find(claims, '1100宗').metric.id).toBe('确诊个案')
    expect(find(claims, '30人').metric.id).toBe('死亡个案')
  })

  test('a round threshold before 至 is no claim; a threshold alone bounds the figure and stays one', () => {
    const passed = extractClaims({text: '南山指數跌破三萬點大關至29800點。', region: 'HK'})
    expect(passed.map((c) => c.text)).toEqual(['29800點'])
    const bound = extractClaims({text: '2030年，公募基金规模突破8万亿元大关。', region: 'CN', date: '2018-01-05'})
    expect(find(bound, '突破8万亿元').metric.id).toBe('基金规模')
  })
})

describe('a count inside the subject of a rate', () => {
  test('the rate measures the phrase after the count (31个大城市城镇失业率为5.7%)', () => {
    const claims = extractClaims({text: '2月，31個大城市城鎮失業率為5.7%。', region: 'CN', date: '2020-03-20'})
    expect(find(claims, '5.7%').metric.id).toBe('大城市城镇失业率')
  })

  test('a count followed by a verb is not a subject of the figure after it', () => {
    const claims = extractClaims({text: '全省31个县完成投资5亿元。', region: 'CN', date: '2020-03-20'})
    expect(find(claims, '5亿元').metric.id).not.toBe('县')
  })
})

describe('a measure of a verb phrase, and values after 分别 that share it', () => {
  test('报考司机的人数 is one phrase; the values after 分别 share it when only years or places are listed', () => {
    const claims = extractClaims({text: '兩年間報考司機的人數分別為7,000及6,500人。', region: 'HK'})
    expect(find(claims, '7,000').metric.id).toBe('报考司机人数')
    expect(find(claims, '6,500人').metric.id).toBe('报考司机人数')
  })

  test('a list of things before 分别 still gives each value its own thing; 分别以 shares nothing', () => {
    const claims = extractClaims({text: '今年出口和进口分别增长13%和11%。甲公司和乙公司分别以500亿元和400亿元居前两位。', region: 'CN', date: '2020-03-20'})
    expect(find(claims, '13%').metric.id).toBe('出口')
    expect(find(claims, '11%').metric.id).toBe('进口')
    expect(find(claims, '400亿元').metric.id).not.toBe(find(claims, '500亿元').metric.id || 'none')
  })
})

describe('a flight by its number', () => {
  test('the counts on board are the flight\'s, not the city it landed in', () => {
    const claims = extractClaims({text: '從南山出發的AB123航機抵達北京首都機場。機上280名乘客全部接受檢查。', region: 'HK'})
    expect(find(claims, '280名').scope.id).toBe('org:AB123')
  })

  test('a code that is no flight is no scope', () => {
    const claims = extractClaims({text: '北京市PM25濃度為35微克。北京市共有AB123號文件120份。', region: 'CN', date: '2020-01-01'})
    expect(claims.every((c) => !c.scope.id.startsWith('org:AB'))).toBe(true)
  })
})

describe('money written without a unit', () => {
  test('a count in 亿 whose metric names money is money in the region\'s currency', () => {
    const claims = extractClaims({text: '2030至31年度某署所需的薪金及開支預算約為120億。', region: 'HK'})
    const budget = find(claims, '約為120億')
    expect(budget.metric.id).toBe('薪金及开支预算')
    expect(budget.unitClass).toBe('money:HKD')
    const mainland = extractClaims({text: '2020年，全省一般公共预算收入达3.2亿。全省用户达3.2亿。', region: 'CN', date: '2021-01-05'})
    expect(find(mainland, '3.2亿').unitClass).toBe('money:CNY')
    expect(find(mainland, '3.2亿', 1).unitClass).toBe('none')
  })
})

describe('Taiwan spans and quarters', () => {
  test('前5月, 第1季 and 前三季 are spans of the year; 营收 is a noun', () => {
    const claims = extractClaims({text: '今年前5月來台旅客達到400萬人次。今年第1季營收為300億元。前三季營收為900億元。', region: 'TW', date: '2017-06-20'})
    expect(find(claims, '400萬人次').period.id).toBe('range:2017-01..2017-05')
    expect(find(claims, '300億元').period.id).toBe('range:2017-01..2017-03')
    expect(find(claims, '300億元').metric.id).toBe('营收')
    expect(find(claims, '900億元').period.id).toBe('range:2017-01..2017-09')
  })

  test('a month span written from 前 is not a year to date when a range follows (前5月至…)', () => {
    const claims = extractClaims({text: '今年1至5月營收為500億元。', region: 'TW', date: '2017-06-20'})
    expect(find(claims, '500億元').period.id).toBe('range:2017-01..2017-05')
  })
})

describe('as of a day of the article week', () => {
  test('截至上周五 and 截至昨日 are as of the article date, not the frame of the sentence before', () => {
    const claims = extractClaims({text: '首5個月訪港旅客達2000萬人次。截至上周五，本港累計確診100宗。截至昨日，本港累計確診120宗。', region: 'HK', date: '2020-06-08'})
    expect(find(claims, '100宗').period.id).toBe('asof:2020-06')
    expect(find(claims, '120宗').period.id).toBe('asof:2020-06')
  })
})

describe('statistics named by their acronym', () => {
  test('GDP is a metric, not a name, and the same statistic as 国内生产总值; 国内 stays in 国内生产总值', () => {
    const claims = extractClaims({text: '长沙市去年GDP增长5%。2019年国内生产总值增长6.1%。', region: 'CN', date: '2020-01-20'})
    expect(find(claims, '5%').metric.id).toBe('GDP')
    expect(find(claims, '6.1%').metric.id).toBe('国内生产总值')
    expect(relateMetrics('GDP', '国内生产总值')).toBe('same')
  })
})

describe('an age bound qualifies the phrase after it', () => {
  test('65岁以上人口 is counted, not the whole population and not nothing', () => {
    const claims = extractClaims({text: '全台65歲以上人口達350萬人。全市18歲以下兒童有20萬人。', region: 'TW', date: '2017-06-20'})
    expect(find(claims, '350萬人').metric.id).toBe('65岁以上人口')
    expect(find(claims, '20萬人').metric.id).toBe('18岁以下儿童')
  })
})

describe('changes written from the old value inside a clause, and statistics vocabulary', () => {
  test('the old and the new value of 由…减少到… count the thing before 由', () => {
    const claims = extractClaims({text: '该县建档立卡贫困人口由2014年的5万人减少到2019年的0人。', region: 'CN', date: '2020-07-10'})
    expect(find(claims, '5万人').metric.id).toBe('贫困人口')
    expect(find(claims, '0人').metric.id).toBe('贫困人口')
  })

  test('人均可支配收入 and 城镇就业 stay whole (the segmenter splits them)', () => {
    const claims = extractClaims({text: '农村居民人均可支配收入达到2万元。全市新增城镇就业5.6万人。', region: 'CN', date: '2020-07-10'})
    expect(find(claims, '2万元').metric.id).toBe('人均可支配收入')
    expect(find(claims, '5.6万人').metric.id).toBe('城镇就业')
  })
})

describe('money vocabulary of Taiwan and Hong Kong news', () => {
  test('获利 and 捐款 are the nouns of their amounts (the segmenter tags them as verbs)', () => {
    const claims = extractClaims({text: '詐騙集團不法獲利逾3000萬元。本報讀者捐款共計18萬元。', region: 'TW', date: '2017-06-20'})
    expect(find(claims, '逾3000萬元').metric.id).toBe('不法获利')
    expect(find(claims, '18萬元').metric.id).toBe('读者捐款')
  })
})

describe('a count followed by what it is', () => {
  test('当中10宗为输入个案 counts 输入个案; 为期两年 is no category', () => {
    const claims = extractClaims({text: '今日新增25宗確診個案。當中10宗為輸入個案。合約5份為期兩年。', region: 'HK'})
    expect(find(claims, '10宗').metric.id).toBe('输入个案')
    expect(find(claims, '5份').metric.id).toBe('合约')
  })
})

describe('who speaks is not what is counted', () => {
  test('a subject followed by 指/称/表示 (also when the segmenter glues 指 to it) names no metric', () => {
    const claims = extractClaims({text: '大會指遊行人數高峰時達200萬人，警方則指最多有33.8萬人。', region: 'HK'})
    expect(find(claims, '200萬人').metric.id).not.toBe('大会指')
    expect(find(claims, '33.8萬人').metric.id).not.toBe('警方')
    expect(find(claims, '33.8萬人').metric.id).not.toBe('大会指')
  })
})

describe('a numeral character glued to a noun is part of its name', () => {
  test('两房型租金 and 南北两市股票总市值 keep their numeral', () => {
    const claims = extractClaims({text: '兩房型租金約1萬5000元。截至3月2日，南北两市股票总市值约为60万亿元。', region: 'TW', date: '2017-12-20'})
    expect(find(claims, '約1萬5000元').metric.id).toBe('两房型租金')
    expect(find(claims, '约为60万亿元').metric.id).toBe('南北两市股票总市值')
  })
})
