// The claim keys of an invented probe text, digested per CLAIM_KEY_VERSION: a change that gives a
// claim another key must raise the version (a claim index re-extracts articles stored under another
// version and `check --index` warns about them), and then record the new digest below.
import {createHash} from 'node:crypto'
import {describe, expect, test} from 'vitest'
import {CLAIM_KEY_VERSION, claimKey, extractClaims} from '../src/index.js'

/** Invented articles touching every part of a key: scopes, metrics, actions, periods, days, units. */
const PROBES: Array<{text: string; region: 'CN' | 'HK' | 'TW'; date: string}> = [
  {
    region: 'CN',
    date: '2024-03-05',
    text: [
      '新华社北京3月5日电 国家统计局今天发布，2023年全国粮食总产量6.95亿吨，比上年增长1.3%。',
      '截至2023年末，全国农村贫困人口为0，我国城镇新增就业1244万人。',
      '今年1-2月，江苏省工业增加值同比增长7.2%，其中制造业增长8.1%。',
      '据市卫健委通报，3月4日本市新增确诊病例12例，均为境外输入。',
      '上届运动会共有3500名运动员参赛，本届预计超过4000人。',
      '省田径队在本届运动会取得5金3银2铜。',
      '据能源部门统计，上周全国原油库存减少740万桶，全年发电量为9万亿千瓦时。',
      '某科技公司上财年营收为120亿美元，本财年第二季度营收为35亿美元，截至2023年9月的财年净利润为20亿美元。',
      '2022年全省物价上涨2.0%，年内高位是9月的2.8%；2021年2月和1月，全省物价分别下降0.2%、0.3%。',
      '按照规划，全市今年新建保障性住房1.2万套，全市今年计划完成投资120亿元。',
      '阳朔县统计显示，全县有养殖户2600户，其中贫困户养殖竹鼠9.2万只，约占全县养殖总量的13.2%。',
      '国际货币基金组织预计，今年我国经济增速将达到8.1%；中国17日新增本土确诊病例104例。',
      '今年1-2月，我国对美出口5000亿元，增长3.2%；6月降幅加大至-8.1%；7月、8月连续萎缩-9.1%和-3.1%。',
      '某亚太地区指数上涨0.5%。希腊：2018年，该国人均国内生产总值为17000欧元。',
      '甲公司预测，净利润将为50亿元（上一年为30亿元），营业收入为900亿元。今年上半年，法国、日本对我国投资分别增长13.3%、5.3%。',
      '“十四五”以来，全国出生人口累计4000万人；上一个龙年，全年出生人口1800万人。10月份，全国制造业采购经理指数为50.2%。一季度，全国机电产品出口3.39万亿元；其中，电脑及其零部件、汽车分别增长8.6%、21.7%。9月份，规模以上工业增加值、全国服务业生产指数分别同比增长5.4%、5.1%。'
    ].join('\n')
  },
  {
    region: 'HK',
    date: '2024-08-02',
    text: [
      '政府統計處今日公布，第二季本地生產總值按年實質上升3.3%。',
      '本港上月失業率為3.0%，失業人數約為11.6萬人。',
      '2023/24財政年度，政府綜合赤字為1001億元，較預算多出約460億元。',
      '該集團截至6月底止的半年度純利為12.5億港元，按年跌8%。',
      '本港人均居住面積為161平方呎，去年全年進口糧食約120萬公噸。',
      '某銀行預期，本港今年經濟收縮6%，明年增長3.5%。',
      '去年本港銀行信貸按年增長1.2%。當中在港使用的貸款增長2.2%。恒指鼠年累計升2223點。上月本港存款總額及港元存款分別下跌1.2%及2.2%。恒指收市升120點，重磅股某某銀行急升逾5%，甲地產及乙置業分別跌2%及1.5%。內地上月CPI按月跌0.1%。'
    ].join('\n')
  },
  {
    region: 'TW',
    date: '2024-05-20',
    text: [
      '中央社記者台北20日電 主計總處今天公布，去年經濟成長率1.31%，平均每人所得為103萬元。',
      '台北市今年前4月共受理火災案件182件，較去年同期減少15件。',
      '衛福部統計，本週新增本土病例2.1萬例，累計死亡1.7萬人。',
      '台北市今年前5月查獲毒品共98萬公克，新建住宅平均每戶34坪。',
      '某國官方19日通報，新增15例確診；神奈川縣今天新增231例確診病例，日本一週來新增1萬例確診病例。',
      '巴林24日展開疫苗接種。全國累計確診超過8萬人。',
      '財政部公布，4月土增稅新台幣90億元，賦稅收入初步統計為2300億元。台股受美股拖累，終場收在16000.5點。丙電收黑，小跌0.3元、收55元。全國累計3200例腸病毒病例，分別為台南市2100例、高雄市900例。國道追撞釀6死14傷。5月離婚對數為4200對。',
      '農委會分析，受損作物主要為芒果，被害面積1882公頃。'
    ].join('\n')
  }
]

/** Version → digest of the probes' keys under it. Add a line when raising the version; never edit an old one. */
const RECORDED: Record<number, string> = {
  1: '93ee0b88fb95295b',
  // 2026-12-07: figures read against the article date, running totals up to it and relative days (昨日, 周一) carry their day; items of a list of figures share the words before the first; round 15's frames.
  2: '351cfad205a56523',
  // 2026-12-07, second stop: units of Hong Kong and Taiwan usage and of commodities are part of the quantity and named as the mainland names them (公噸 → 吨, 平方呎 → 平方英尺, 桶, 坪); 100千瓦时 is 100 kWh.
  3: 'c88ea8c868ad8295',
  // 2026-12-07, third stop: a company's fiscal years and quarters (上财年, 2023财年第二季度) and a year to a month (截至…的财年) are periods of their own; months take a year named before them in the sentence; lists of months before 分别/各 give each value its month; a metric loses the scope's word opening it (全市GDP → GDP).
  4: 'cb1b855127ab0b9e',
  // 2026-12-07, fourth stop: a planned, targeted or forecast figure (计划, 预计, 目标, a sentence opening on 按照规划) is a statistic of its own (`@plan`), a forecast (预计, 有望, 将达) one of its own article (`@forecast#<document>`); a day of the article's month (`17日新增`) is that day; a quarter relative to the article (`上季`) and the fiscal quarters so far (`首三個財季`) are periods of the article; a trade partner carries to the later clauses of its sentence, and goods to a trade measure named without them (`goods:`); a figure followed by its share of the whole place (约占全县…) has no key.
  5: '098c4cdfc4d4bbce',
  // 2026-12-07, fifth stop: 明年 is a period, and a figure of a period still to come, a sentence opening on a forecast (该行预期，…) and 料/或收缩 are forecasts; regions of foreign countries (神奈川縣, 京畿道, 加州) are scopes; 全國 in Taiwan and Hong Kong is the foreign country of its paragraph; windows of days (一週來, 28天內) are periods; a day before a report verb (19日通報) is the report's (`@reported:`), and a foreign place's day named against the article's date is of its article only; months still to come that no year names are last year's and 全年 alone in the first quarter is last year; the world named before a figure leaves it no place; a trade metric loses its partner (对美出口 → 出口 with:美国), a bare rate of change after a month and values listed after another take the thing counted before; a market's move is of its report (`#<document>`), 该国 the country its paragraph named last, 九龍東 a part of 九龍; (version 6 was not released before this digest.)
  6: '12ae3191fbefcef7',
  // 2026-12-08: 上一年 and 上年末 are last year, and a time in brackets holding a figure of its own dates no figure after them; a base after 比 and a modifier (比历史最多的去年年底) is no period; the period of what a release publishes (公布本港去年10至12月的失業率) frames the next sentences; a seasonal adjustment names nothing counted; countries listed before what each has (法国、日本对我国投资) are each value's row (`of:`); a country glued to Latin letters (JR东日本) is no scope; rows of a list take the heading's metric; 去年 after a fiscal year from April is the fiscal year before; 自今年2月…以来 is a period since; a trade volume of unnamed goods compares only inside its article; a rise before a percentage (跃升, 飙升) makes it a rate; (version 7 was not released before this digest.)
  7: 'da55929a4a584553',
  // 2026-12-07 (seventh stop): taxes by their short names (土增稅) and a figure's standing (初步統計) name the metric; a stock market's short name is no metric, a cause (受美股拖累) names nothing counted; a market's close however worded (收报, 收市) is 收盘; money after a verb of moving or closing in a market report is a share price, never compared.
  8: '99b03133d2fb830f',
  // 2026-12-07 (eighth stop): a year of the zodiac (鼠年, 上一个龙年) is the lunar year, a five-year plan's period (“十四五”以来, 十三五时期) a span or a period since; a breakdown opening a sentence (當中…) takes the year its sentence before opened on; 出生人口 and 死亡人口 are metrics of their own, and indices jieba cuts (采购经理指数, 道琼) one word; a piece of a 分别 list that names the shared head (存款總額 of 存款總額及港元存款) does not take it again; a council or ministry reporting figures (農委會分析，…) is their source, not their scope; goods listed after 其中 break down the trade measure named before it, and 及其 joins a name; a piece of a 分别 list ending on a measure of its own takes no shared head.
  9: '3d0ec628d3ca897c',
  // 2026-12-08 (ninth stop): a stock named before its move or close in a market report (重磅股某某銀行急升逾5%, 丙電收黑，小跌0.3元、收55元) is the figure's scope (org:), its metric the share price (股价: a percentage a rate of it, money the price moved by or closed at); places listed after a whole and 分布在/分別為 are its breakdown (its metric and predicate); 內地/大陸 before a statistic of its own is the mainland in Hong Kong, Macau and Taiwan articles, and a story whose lead reports the mainland statistics bureau's release is the mainland's, its lead's 上月 the month of the figures after it; a toll's unit (6死14傷) is its metric; a counting noun takes the event before it (離婚對數, 遷入人口數).
  10: 'f1d921f0c7452091'
}

function digest(): string {
  const lines: string[] = []
  for (const probe of PROBES) {
    for (const claim of extractClaims(probe)) lines.push(`${probe.region}\t${claim.text}\t${claimKey(claim) ?? '-'}`)
  }
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
}

describe('claim key version', () => {
  test('the probes give claims with keys (the digest covers something)', () => {
    const keyed = PROBES.flatMap((probe) => extractClaims(probe)).filter((claim) => claimKey(claim) !== undefined)
    expect(keyed.length).toBeGreaterThanOrEqual(15)
  })

  test('the keys are those recorded for CLAIM_KEY_VERSION (raise it when they change)', () => {
    expect(
      digest(),
      `claim keys changed: raise CLAIM_KEY_VERSION in src/key-version.ts (now ${CLAIM_KEY_VERSION}) and record the new digest in RECORDED`
    ).toBe(RECORDED[CLAIM_KEY_VERSION])
  })

  test('every version has its own digest', () => {
    expect(new Set(Object.values(RECORDED)).size).toBe(Object.keys(RECORDED).length)
    expect(Math.max(...Object.keys(RECORDED).map(Number))).toBe(CLAIM_KEY_VERSION)
  })
})
