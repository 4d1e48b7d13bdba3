import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences: numerals that are names, shop days, generations, scores, clocks or labels.
const numbers = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end)])

describe('numerals that are not amounts (issue 18)', () => {
  test('an index family named by a number is a name; its level in points and its change are amounts', () => {
    expect(numbers('当天上证50跌0.5%，沪深300升1.2%。')).toEqual([['percent', '0.5%'], ['percent', '1.2%']])
    // 升 after the name is "rose", not litres.
    expect(numbers('本周上证180升2.1%。')).toEqual([['percent', '2.1%']])
    expect(numbers('富时100收报7500点，日经225指数走低。')).toEqual([['count', '7500点']])
    expect(numbers('恒指收报20100点，跌350点。')).toEqual([['count', '20100点'], ['count', '350点']])
  })
  test('a stock code in brackets after a company name is not a count; a bracketed amount with its unit is', () => {
    expect(numbers('某某電訊（2345）今日公布業績。')).toEqual([])
    expect(findQuantities('報名人數（3500）人，比去年多。').map((q) => [q.kind, q.value])).toEqual([['count', 3500]])
  })
  test('a policy named with numerals is a name (一例一休, 七休一)', () => {
    expect(numbers('新修的一例一休上路後，業者仍有意見。')).toEqual([])
    expect(numbers('工會反對鬆綁七休一。')).toEqual([])
  })
  test('a full stop between Chinese numerals is a decimal point', () => {
    expect(findQuantities('出口比重達六十二．五％。').map((q) => [q.kind, q.value])).toEqual([['percent', 62.5]])
  })
  test('the first month of a list of months is part of the period, not a count', () => {
    expect(numbers('今年4、5月雨量偏多。')).toEqual([['date', '5月']])
  })
  test('a three-pointer, a shop day, a brand and a generation', () => {
    expect(numbers('他在第四节投进三分，帮助球队获胜。')).toEqual([['ordinal', '第四节']])
    expect(numbers('双11当天，平台成交额创新高。')).toEqual([])
    expect(numbers('他在58同城上找到了工作。')).toEqual([])
    expect(numbers('不少80后和90后选择回乡创业。')).toEqual([])
  })
  test('一部分, 每一个 and 五六点钟 are words, not counts', () => {
    expect(numbers('其中一部分资金用于修路。')).toEqual([])
    expect(numbers('每一个村都有第一书记。')).toEqual([])
    expect(numbers('每天五六点钟就出门。')).toEqual([])
  })
  test('a game clock and a race time are not counts', () => {
    expect(numbers('比赛还剩5分15秒时，主队领先。')).toEqual([])
    expect(numbers('她以28秒76的成绩夺冠。')).toEqual([])
  })
  test('22点30分 is a clock time', () => {
    expect(findQuantities('节目22点30分播出。').map((q) => [q.kind, q.time])).toEqual([['time', '22:30']])
  })
  test('PM 2.5 and NO 2 written with a space are labels; GDP 5% is a percentage', () => {
    expect(numbers('微细悬浮粒子（PM 2.5 ）及二氧化氮（NO 2 ）的浓度上升。')).toEqual([])
    expect(numbers('GDP 5%的增速。')).toEqual([['percent', '5%']])
  })
  test('the start of a month span is not a count; 三分之一 is still a fraction; 三分钟 a duration', () => {
    expect(numbers('1—2月份，工业生产回升。')).toEqual([['date', '2月份']])
    expect(numbers('三分之一的村庄')).toEqual([['fraction', '三分之一']])
    expect(numbers('步行三分钟')).toEqual([['duration', '三分钟']])
  })
  test('a bare year in a name or title is a year; with a unit it is a count', () => {
    expect(numbers('2024青年电影周在杭州开幕。')).toEqual([['year', '2024']])
    expect(numbers('《理论热点·2025》印发。')).toEqual([['year', '2025']])
    expect(numbers('全县共有2024人参加。')).toEqual([['count', '2024人']])
    expect(numbers('投资2025万元。')).toEqual([['money', '2025万元']])
  })
  test('link parts and phone numbers are not amounts; fractions still are', () => {
    expect(numbers('原文：news.example/k2/1794429-20250305.htm')).toEqual([])
    expect(numbers('热线：0809-008585。')).toEqual([])
    expect(numbers('占1/2的份额')).toEqual([['fraction', '1/2']])
  })
  test('约 inside 合约 is not “about”', () => {
    expect(findQuantities('批出合约2亿元。').map((q) => [q.approx, q.low])).toEqual([[false, 150_000_000]])
  })
  test('a bare 百/千 with a classifier is a name when the text uses it as one; an amount otherwise', () => {
    const text = '千家連鎖有限公司昨日公布業績。千家主席表示，千家今年將開設三間新店。'
    expect(numbers(text)).toEqual([['count', '三間']])
    expect(numbers('全市千名干部下乡，近百本图书送到村里。')).toEqual([['count', '千名'], ['count', '近百本']])
  })
  test('一 with a classifier right before another number is the article "a"', () => {
    expect(numbers('工地上一個12米高的塔吊倒塌。')).toEqual([['count', '12米']])
    expect(numbers('他签下一份80万元的合同。')).toEqual([['money', '80万元']])
    // With nothing that counts it, 一个 after a verb is the article too (see the next test).
    expect(numbers('村里新建一个广场。')).toEqual([])
  })
  test('fiscal years and spans of years written short are years, not counts or lengths', () => {
    const years = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
    // Fiscal years without 年度 when the second year follows the first; a date is not one.
    expect(years('申請數字：2013-14、2014-15。')).toEqual([['year', '2013-14', '2013'], ['year', '2014-15', '2014']])
    expect(years('計劃在2021-22至2030-31年度推行。').map(([kind]) => kind)).toEqual(['year', 'year'])
    expect(years('檔案日期2011-12-05。').map(([kind]) => kind)).toEqual(['date'])
    // The end of a span written with two digits, with or without spaces and 度.
    expect(years('2016至17年：共收到3200宗。')).toEqual([['year', '2016', '2016'], ['year', '17年', '2017'], ['count', '3200宗', 3200]])
    expect(years('2024 至 25 年度的開支')).toEqual([['year', '2024', '2024'], ['year', '25 年度', '2025']])
    // A bare year after another (`2015至2018，`), and the dash between two years with 年.
    expect(years('他在2015至2018，三年間完成學業。').map(([kind, text]) => `${kind} ${text}`)).toEqual(['year 2015', 'year 2018', 'duration 三年'])
    expect(years('2013年-2015年利润下滑。').map(([kind]) => kind)).toEqual(['year', 'year'])
    // A length stays a length.
    expect(years('工程需時3至5年。').map(([kind]) => kind)).toEqual(['range'])
  })
  test('models, codes, lanes and named investigations are names, not counts', () => {
    expect(numbers('新款Pixel 9量產延後，Galaxy 5也一樣。')).toEqual([])
    expect(numbers('詳見報告（pg 41）。')).toEqual([])
    expect(numbers('一架F-16戰機與兩架MQ-9無人機升空。')).toEqual([['count', '一架'], ['count', '兩架']])
    expect(numbers('民生路35巷及光明街8巷停電。')).toEqual([])
    expect(numbers('去年美方发起301调查。')).toEqual([])
    // A plan named by its horizon is a name; the year of the figures stays a year.
    expect(numbers('《城市2035+》研究估計，到2040年缺地300公頃。').map(([kind, text]) => `${kind} ${text}`)).toEqual(['year 2040年', 'count 300公頃'])
    // A number after a Latin word with a unit, a time or an amount word after it stays what it is.
    expect(numbers('出貨 25 萬支，HKT 09:30公布。').map(([kind]) => kind)).toEqual(['count', 'time'])
  })
  test('hours of a schedule are clock times: ranges with a double dash, neighbouring hours, H:MM before a clock word', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${q.kind} ${text.slice(q.start, q.end)}`)
    expect(kinds('窗口在16点--17点30分开放。')).toEqual(['time 16点', 'time 17点30分'])
    expect(kinds('一般晚上7、8点到家。')).toEqual(['time 7', 'time 8点'])
    expect(kinds('指数跌7、8点后回升。')).toEqual(['count 7', 'count 8点'])
    expect(kinds('须在8:25以前提交，8:30开始撮合，8:31分02秒成交。')).toEqual(['time 8:25', 'time 8:30', 'time 8:31分02秒'])
    // A price range with a double dash keeps its ends positive.
    expect(findQuantities('股价从3.10--5.20元。').every((q) => q.low !== null && q.low >= 0)).toBe(true)
  })
  test('terms, sessions, phases, prize numbers, headings and item numbers are not counts', () => {
    expect(numbers('三年期贷款利率和20年期国债收益率均下调。')).toEqual([])
    expect(numbers('三年期间共投入5亿元。').map(([kind]) => kind)).toEqual(['duration', 'money'])
    expect(numbers('十三届市人大二次会议闭幕。').map(([kind]) => kind)).toEqual(['ordinal'])
    expect(numbers('码头二期工程动工。')).toEqual([])
    expect(numbers('特別獎號「731」、「502」。')).toEqual([])
    expect(numbers('“5+2”模式推广开来，2030:城市展望。')).toEqual([['year', '2030']])
    expect(numbers('股价站上50 EMA。')).toEqual([])
    expect(numbers('理由有三：1、成本高。2、工期长。')).toEqual([['count', '三']])
    expect(numbers('一到周末就堵车，一到三年完成。')).toEqual([['range', '一到三年']])
    expect(numbers('送往市第二人民醫院。')).toEqual([])
  })
  test('a verbal 一次 closing its clause counts only as a frequency; 上一次 is the last one', () => {
    expect(numbers('不妨试一次。')).toEqual([])
    expect(numbers('这种检查每年做一次。')).toEqual([['count', '一次']])
    expect(numbers('一个月只能见一次。').map(([kind, text]) => `${kind} ${text}`)).toEqual(['duration 一个月', 'count 一次'])
    expect(numbers('而上一次降息幅度为0.25%。')).toEqual([['percent', '0.25%']])
    expect(numbers('晚上一杯牛奶。')).toEqual([['count', '一杯']])
  })
  test('an approximation before a bare round number makes it an amount; a bound before a name does not', () => {
    expect(findQuantities('他花光近百萬積蓄。').map((q) => [q.text, q.value])).toEqual([['近百萬', 1000000]])
    expect(numbers('超过十九大代表名额。')).toEqual([])
  })
  test('the first months of a year and Taiwan quarters are periods; a length before an event stays', () => {
    expect(numbers('今年前8个月，出口增长5%。')).toEqual([['percent', '5%']])
    expect(numbers('全港首三個月錄得200宗。')).toEqual([['count', '200宗']])
    expect(numbers('上修第2季出貨量至500萬支。')).toEqual([['count', '500萬支']])
    expect(numbers('選舉前2個月已開始宣傳。')).toEqual([['duration', '2個月']])
  })
  test('a Taiwan year after a preposition of time is a year; a length stays a length', () => {
    const years = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
    expect(years('該案於104年由縣府發包。')).toEqual([['year', '104年', '2015']])
    expect(years('這座廟於100年內重建兩次。').map(([kind]) => kind)).toEqual(['duration', 'count'])
    expect(years('從90年代起流行。').map(([kind]) => kind)).not.toContain('year')
  })
  test('一 + classifier after a verb is the article "a" unless something counts it', () => {
    // The article: a verb, a place or the start of a sentence before it, a noun after it.
    expect(numbers('公司昨天推出一个新产品。')).toEqual([])
    expect(numbers('警方证实一架小型飞机在郊外迫降。')).toEqual([])
    expect(numbers('一位老师告诉记者，学校会改。')).toEqual([])
    expect(numbers('他们决定举办一次音乐会。')).toEqual([])
    expect(numbers('还有一辆旧货车停在门口。')).toEqual([])
    // The count: a word of counting before it, a charge, nothing after it, another number against it.
    expect(numbers('全村仅有一家诊所。')).toEqual([['count', '一家']])
    expect(numbers('他一生只去过一次北京。')).toEqual([['count', '一次']])
    expect(numbers('事故造成一名工人受伤。')).toEqual([['count', '一名']])
    expect(numbers('被告承认一项盗窃罪。')).toEqual([['count', '一项']])
    expect(numbers('她在决赛中获得一枚银牌。')).toEqual([['count', '一枚']])
    expect(numbers('这类商店全市只剩一家。')).toEqual([['count', '一家']])
    expect(numbers('三楼加建一层，共四层。')).toEqual([['count', '一层'], ['count', '四层']])
    // 人 counts the person itself; a duration that the classifier only starts is read whole.
    expect(numbers('仓库失火，一人受伤。')).toEqual([['count', '一人']])
    // All of something in one place counts one; 都 elsewhere does not.
    expect(numbers('他把积蓄都押在一只股票上。')).toEqual([['count', '一只']])
    expect(numbers('大家都知道一家老店。')).toEqual([])
    expect(numbers('会谈历时一个半小时。').map(([kind]) => kind)).toEqual(['duration'])
  })
  test('grades, ranks, events, stages and school years are not amounts', () => {
    expect(numbers('警方查获大批二級毒品。')).toEqual([])
    expect(numbers('省市两级机关参加。')).toEqual([['count', '两级']])
    expect(numbers('她们包揽了女子200米仰泳前三名。')).toEqual([])
    expect(numbers('他跑完全程42公里。')).toEqual([['count', '42公里']])
    expect(numbers('母亲确诊3期肺癌。')).toEqual([])
    expect(numbers('弟弟讀國三，妹妹讀小二。')).toEqual([])
    expect(numbers('店址在中山路3段。')).toEqual([])
    expect(numbers('分兩段進行。')).toEqual([['count', '兩段']])
  })
  test('a score with a zero side and a game length after a score are not counts; a fiscal year is a year', () => {
    // A results line: every score on it is a score (set i of bench/eval-numbers), not only the one with a zero side.
    expect(numbers('老鷹 5:0 海豚 2:3(11局)')).toEqual([])
    expect(numbers('甲乙控股有限公司（1234）公布業績。')).toEqual([])
    expect(findQuantities('局方於2019-20年度撥款。').map((q) => q.kind)).toEqual(['year'])
  })
  test('codes, index names, compact dates and unbroken digit runs are not counts', () => {
    expect(numbers('甲乙汽车(00175)急跌8.6%')).toEqual([['percent', '8.6%']])
    expect(numbers('丙丁银行(1234)下跌2.1%')).toEqual([['percent', '2.1%']])
    expect(numbers('共(3000)人')).toEqual([['count', '3000']])
    expect(numbers('甲乙100指数下降0.5%')).toEqual([['percent', '0.5%']])
    expect(findQuantities('出版 - 20230415 - 要闻').map((q) => [q.kind, q.date])).toEqual([['date', '2023-04-15']])
    expect(numbers('阻力位关注：123412351236。')).toEqual([])
    expect(numbers('排名进入全国前十。')).toEqual([])
  })
})
