import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set l of bench/eval-numbers (whole saved pages: numbered
// lists of links, page links, numbers in the names of craft and lines, numbers that identify).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('the ranks of a numbered list of lines', () => {
  test('1, 2, 3 opening successive lines, glued to a title, spaced, or alone on their line', () => {
    expect(texts('热门文章\n1城南新区今年开工\n2老街改造听取意见\n3张村举办丰收节\n4河道清淤完工')).toEqual([])
    expect(texts('点击排行\n1 山区学校迎来新老师\n2 夜市延长营业到凌晨\n3 两家书店合并')).toEqual(['两家'])
    expect(texts('新闻排行榜\n1\n秋季运动会开幕\n2\n图书馆新馆落成\n3\n全市举行消防演练')).toEqual([])
    expect(texts('正文之前\n01\n第一部分\n02\n第二部分')).toEqual(['第一部', '第二部'])
    expect(texts('导语\n01\n路段封闭\n绕行请走南线\n注意限速\n夜间施工\n02\n提前规划')).toEqual([])
  })
  test('the page links of an article in brackets', () => {
    expect(texts('全文完。\n【1】【2】【3】【4】\n')).toEqual([])
    // Square brackets too, and the last link of a row (only a link before it).
    expect(texts('上一页 [1][2][3] 下一页')).toEqual([])
    expect(texts('[12][13]')).toEqual([])
  })
  test('numbers at the start of lines that do not count up from one stay amounts', () => {
    expect(texts('今天\n3人受伤\n5人送医')).toEqual(['3人', '5人'])
    expect(texts('去年\n12\n13\n14')).toEqual(['12', '13', '14'])
    expect(texts('成绩\n1\n今年又多了\n5')).toEqual(['1', '5'])
    expect(readings('日程\n1月开工\n2月验收\n3月交付').map((r) => r[0])).toEqual(['date', 'date', 'date'])
  })
})

describe('a number that names a craft or a line', () => {
  test('a line named by its number: 号线, 號線', () => {
    expect(texts('从地铁5号线换乘，步行约300米。')).toEqual(['约300米'])
    expect(texts('乘搭38號線巴士前往。')).toEqual([])
    expect(texts('以來往東區的12號巴士路線為例，')).toEqual([])
    expect(texts('改乘6号公交车，')).toEqual([])
  })
  test('a craft named with its number before a word of a craft, and the same name wherever it stands', () => {
    expect(texts('嫦娥八号探测器升空，嫦娥八号随后进入环月轨道。')).toEqual([])
    expect(texts('长征七号甲运载火箭发射，长征七号共执行两次任务。')).toEqual(['两次'])
    expect(texts('天舟六号飞船与空间站对接，天舟六号携带2名航天员的补给。')).toEqual(['2名'])
    expect(texts('北斗三号07星入轨。')).toEqual([])
  })
  test('numbers with 号 that rank, count or date stay as they were', () => {
    expect(readings('二号选手得分最高。').map((r) => r[0])).toEqual(['ordinal'])
    expect(readings('五号楼住了三十户。').map((r) => r[1])).toEqual(['五号', '三十户'])
    expect(readings('会议定在十二号举行。').map((r) => r[1])).toEqual(['十二号'])
    expect(readings('三号灰犀牛：债务').map((r) => r[0])).toEqual(['ordinal'])
  })
})

describe('numbers that identify: registrations, postcodes, phone lines, case numbers, addresses', () => {
  test('a site registration and its suffix, a licence', () => {
    expect(texts('备案号：苏ICP备12345678号-2 苏公网安备32010202000123号')).toEqual([])
    expect(texts('视听节目许可证0203041号　浙ICP备09001234号－3')).toEqual([])
    expect(texts('增值电信业务经营许可证：浙B2-20080224')).toEqual([])
  })
  test('a postcode, a phone line with its groups, a list of case numbers', () => {
    expect(texts('地址：和平路18号 邮编：310012')).toEqual([])
    expect(texts('服務專線：0800-123-456 | 信箱')).toEqual([])
    expect(texts('查詢電話：(852)23456789　傳真：(852)28765432')).toEqual([])
    expect(texts('新增3宗個案（個案編號：4012、4015及4020），')).toEqual(['3宗'])
  })
  test('a number after No. and in an e-mail address', () => {
    expect(texts('[财经观察]No.312 谁在买单')).toEqual([])
    expect(texts('来稿请寄 news2020@126.com')).toEqual([])
  })
  test('amounts after such words in prose stay amounts', () => {
    expect(texts('热线电话今年接到投诉1200宗，')).toEqual(['1200宗'])
    expect(texts('该局共发放许可证320张。')).toEqual(['320张'])
    expect(texts('编号为7的样本合格。')).toEqual(['7'])
    expect(texts('他拨打电话110求助。')).toEqual(['110'])
  })
})

describe('the buttons of a comment widget', () => {
  test('+1 before 顶, 踩 or 赞, or alone on its line, is a button; the counts beside it stay', () => {
    expect(texts('说得好\n+1顶25\n|+1踩3\n|回复')).toEqual(['25', '3'])
    expect(texts('全文完。\n+1\n【纠错】')).toEqual([])
  })
  test('a change written +1 in prose or a table stays an amount', () => {
    expect(texts('本周气温+1度，')).toEqual(['1度'])
    expect(texts('| 北區 | 120 | +1 |')).toEqual(['120', '1'])
  })
})

describe('an international phone number', () => {
  test('+ a country code, then the groups of the number', () => {
    expect(texts('申請專線：\n+886-02-2345-6789')).toEqual([])
    expect(texts('Tel\n+852 2345 6789')).toEqual([])
    expect(texts('申請專線：\n+886-02-27654321。')).toEqual([])
  })
})

describe('an institution named by its ordinal', () => {
  test('第N + a school, a hospital or a court is the name', () => {
    expect(texts('市第三中学举行开学典礼。')).toEqual([])
    expect(texts('他在附属第二医院工作了12年。')).toEqual(['12年'])
    expect(texts('北京市第一中级人民法院开庭，')).toEqual([])
    expect(texts('第四小學的學生')).toEqual([])
  })
  test('a rank before other words stays a rank', () => {
    expect(readings('该校排名全市第二，').map((r) => r[1])).toEqual(['第二'])
    expect(readings('第二所中学落成。').map((r) => r[1])).toEqual(['第二所'])
  })
})

describe('a number that names a class of size', () => {
  test('the number of digits of a figure, a round magnitude with 级', () => {
    expect(texts('利润保持两位数增长。')).toEqual([])
    expect(texts('他的月薪只有四位数。')).toEqual([])
    expect(texts('勘探发现5亿吨级气田，')).toEqual([])
    expect(texts('平台培养了百万级粉丝的主播。')).toEqual([])
  })
  test('counts of 位 and amounts before 级别 stay amounts', () => {
    expect(texts('来了两位数学家和三位数据分析师。')).toEqual(['两位', '三位'])
    expect(texts('出口3万吨，级别不变。')).toEqual(['3万吨'])
    expect(texts('女子50公斤级决赛')).toEqual(['50公斤'])
    expect(texts('200亿分级基金上折。').map((t) => t.startsWith('200亿'))).toEqual([true])
  })
})

describe('a bare year in the furniture of a page', () => {
  test('in brackets, before the quoted name of an event, closing a title in a line of links, before ©', () => {
    expect(readings('可持续发展大会（2021）\n').map((r) => r[0])).toEqual(['year'])
    expect(readings('粤府新函[2005]12号')[0]![0]).toEqual('year')
    expect(readings('该行承办的2020“诚信兴商月”活动').map((r) => r[0])).toEqual(['year'])
    expect(readings('读书|年度盘点2021|诗词大会').map((r) => r[0])).toEqual(['year'])
    expect(readings('2017 ©某某报版权所有').map((r) => r[0])).toEqual(['year'])
  })
  test('a figure of that size beside another figure or with a unit stays a count', () => {
    expect(readings('| 東區 | 1987 (2003) |').map((r) => r[0])).toEqual(['count', 'count'])
    expect(readings('共有2019“名”选手').map((r) => r[0])).toEqual(['count'])
    expect(readings('全年（2019人）').map((r) => r[0])).toEqual(['count'])
  })
})

describe('一成不变, an idiom', () => {
  test('一成 before 不变 is the idiom "unchanging"; a tenth elsewhere', () => {
    expect(texts('规则不是一成不变的。')).toEqual([])
    expect(texts('制度一成不變，')).toEqual([])
    expect(texts('票价下调一成，不变的是服务。')).toEqual(['一成'])
  })
})

describe('a century and a decade are times, not lengths', () => {
  test('N世纪 without a classifier, N0年代', () => {
    expect(texts('二十世纪初的上海')).toEqual([])
    expect(texts('进入21世纪以来，')).toEqual([])
    expect(texts('上世紀70年代的香港')).toEqual([])
    expect(texts('八十年代末')).toEqual([])
  })
  test('lengths of centuries and years stay lengths', () => {
    expect(texts('近一个世纪以来')).toEqual(['近一个'])
    expect(texts('付出了十年代价。')).toEqual(['十年'])
    expect(texts('历时两个世纪。')).toEqual(['两个'])
  })
})

describe('一 + classifier after a verb of merging counts: all into one', () => {
  test('归入, 合并成, 整合到, 并入, 融为 + 一 + classifier', () => {
    expect(texts('公司把研发和销售归入一个事业部。')).toEqual(['一个'])
    expect(texts('三项功能被整合到一款应用里，')).toEqual(['三项', '一款'])
    expect(texts('两所学校并入一所大学。')).toEqual(['两所', '一所'])
  })
  test('the article after other verbs stays an article', () => {
    expect(texts('公司推出一款应用。')).toEqual([])
    expect(texts('他加入一个乐队。')).toEqual([])
  })
})
