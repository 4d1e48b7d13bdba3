import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of the round on the wrong mentions of sets fresh, g, l and m of
// bench/eval-numbers (branch num14).
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('the number of a heading or of a numbered list of lines', () => {
  test('a Markdown heading `## 2、` and an emphasised number alone on its line', () => {
    expect(texts('前言写在这里。\n\n## 2、改革的最新进展\n\n去年共有12家企业参与。')).toEqual(['12家'])
    expect(texts('结论在此。\n\n**2**\n\n后面说成本上升了3成。')).toEqual(['3成'])
    expect(texts('### 3\n正文里有5个例子。')).toEqual(['5个'])
  })
  test('an item of a numbered list whatever follows its mark', () => {
    expect(texts('1、会议已经召开。\n2、专家组已经出发。\n3、84岁的老专家再次出山。')).toEqual(['84岁'])
  })
  test('guards: a list of months, a counter alone on its line, emphasis inside a sentence', () => {
    expect(texts('今年3、4月销量下滑')).toEqual(['4月'])
    expect(texts('评论\n3\n')).toEqual(['3'])
    expect(texts('他说**3**个人都到了')).toEqual(['3'])
    expect(texts('名单如下：\n1、王某\n今年3、4月份到岗')).toEqual(['4月份'])
  })
})

describe('a ranking named by its length', () => {
  test('`世界500强`, `企业100强榜单` name a list', () => {
    expect(texts('这家钢厂曾是世界500强之一')).toEqual([])
    expect(texts('名列中国民营企业100强的企业今年有3家退出')).toEqual(['3家'])
    expect(texts('从1000强榜单看制造业')).toEqual([])
  })
  test('guards: a top-N list (left as it was), a knockout stage, a price before 强势', () => {
    expect(texts('排名前500名的企业')).toEqual([])
    expect(texts('股价从12.5强势反弹至15元')).toEqual(['12.5', '15元'])
    expect(texts('他在公开赛挺进8强')).toEqual([])
  })
})

describe('`一家` as a household', () => {
  test('after a word for a person, and `現一家只靠`', () => {
    expect(texts('目前阿婆一家領有津貼共1萬2000元')).toEqual(['1萬2000元'])
    expect(texts('75歲的阿伯一家老病交迫，2個孫子還在讀書')).toEqual(['75歲', '2個'])
    expect(texts('薪水被扣到8月，現一家只靠母親每月4200元度日')).toEqual(['8月', '4200元'])
  })
  test('guards: a business counted, the size of a family', () => {
    expect(texts('他一家公司就賺了3億元')).toEqual(['一家', '3億元'])
    expect(texts('我們一家三口')).toEqual(['三口'])
  })
})

describe('clock hours after a part of the day, and 一 starting a word after 点', () => {
  test('清晨, 深夜, 半夜 before an hour make it a time; `7点一直` is the hour, then 一直', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${text.slice(q.start, q.end)}:${q.kind}`)
    expect(kinds('她每天清晨5點就出門擺攤')).toEqual(['5點:time'])
    expect(kinds('加班到深夜11点才回家')).toEqual(['11点:time'])
    expect(kinds('值班要从早上8点一直上到晚上8点')).toEqual(['8点:time', '8点:time'])
    expect(kinds('大家约好9点一起出发')).toEqual(['9点:count'])
  })
  test('guards: decimals with 点 stay decimals, points of an index stay points', () => {
    expect(texts('增速为七点一')).toEqual(['七点一'])
    expect(texts('增长了七点一五')).toEqual(['七点一五'])
    expect(texts('上午大盘跌了15点')).toEqual(['15点'])
  })
})

describe('a year after a word of comparison, and 每一 + a period', () => {
  test('`比2016年多亏`, `相對2009年多出`: the year, not 2016 years', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${text.slice(q.start, q.end)}:${q.kind}`)
    expect(kinds('公司今年亏损80亿，比2015年多亏了20亿')).toEqual(['80亿:count', '2015年:year', '20亿:count'])
  })
  test('`每一年`, `每一天` are every one, not a length', () => {
    expect(texts('每一年都有新的学生入学')).toEqual([])
    expect(texts('每一年半检查一次')).toEqual(['一年半', '一次'])
  })
  test('`另外一名`, `…当中一名` are articles', () => {
    expect(texts('另外一名叫小王的学生花了600万元')).toEqual(['600万元'])
    expect(texts('他只是请人帮忙的多名运动员当中一名')).toEqual([])
  })
})

describe('a number closing a quoted name, a university year', () => {
  test('`「某某相识12」`, `“凯旋50”` are names', () => {
    expect(texts('本文转自公号「某某相识12」：货车司机的账单')).toEqual([])
    expect(texts('执行任务的飞机呼号“凯旋50”，代表建党50周年')).toEqual(['50周年'])
  })
  test('guards: a year in a quoted title, a quoted figure with its unit, a rank in quotes', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${text.slice(q.start, q.end)}:${q.kind}`)
    expect(kinds('公布「城市空氣質素2019」報告')).toEqual(['2019:year'])
    expect(texts('標語寫著「加薪10%」')).toEqual(['10%'])
    expect(texts('力争进入「前50」')).toEqual(['50'])
  })
  test('`上大一`, `讀大三` are years of study; `大一岁` stays a difference', () => {
    expect(texts('她21岁才上大一，比同学都大')).toEqual(['21岁'])
    expect(texts('他比妹妹大一岁')).toEqual(['一岁'])
  })
})

describe('a round amount of two magnitudes before the noun it counts', () => {
  test('`百万牲畜`, `千万网友`, `晒千万婚戒`, `销量千万的`, `百億案量`, `万亿吨`', () => {
    expect(texts('草原的百万牛羊开始转场')).toEqual(['百万'])
    expect(texts('直播间吸引千万观众围观')).toEqual(['千万'])
    expect(texts('女星晒千万钻戒引热议')).toEqual(['千万'])
    expect(texts('号称销量千万的爆款手机')).toEqual(['千万'])
    expect(texts('避險買盤發酵 百億建案進駐')).toEqual(['百億'])
    expect(texts('新探明万亿吨储量')).toEqual(['万亿吨'])
  })
  test('guards: the adverb 千万, a class, one magnitude alone, a vague amount', () => {
    expect(texts('千万不要中途停药')).toEqual([])
    expect(texts('搽藥時千萬別用力')).toEqual([])
    expect(texts('他梦想成为百万富翁')).toEqual([])
    expect(texts('十家千万级主播')).toEqual(['十家'])
    expect(texts('百姓千金万一')).toEqual([])
  })
})

describe('a round amount of two magnitudes: more guards', () => {
  test('a prize named by its amount, a unit after a slash', () => {
    expect(texts('別與千萬大獎擦身而過')).toEqual([])
    expect(texts('本期千萬獎號已經開出')).toEqual([])
    expect(texts('天然气报3.43美元/百万英热单位')).toEqual(['3.43美元'])
  })
})

describe('a bare number of the form of a year with nothing counted after it', () => {
  test('a calendar widget, an English date, an award, a hotline', () => {
    expect(texts('搜尋\n2023\n2024\n')).toEqual([])
    expect(texts('天氣 28°C\n09 March 2024\n首頁')).toEqual(['28°C', '09 March 2024'])
    expect(texts('新聞\n2025 ABC Award 得獎名單')).toEqual([])
    expect(texts('請撥打「防疫專線 – 1933防疫小幫手」')).toEqual([])
  })
  test('guards: a level after a word that leads to it, a count with its unit, a year read as one', () => {
    const kinds = (text: string) => findQuantities(text).map((q) => `${text.slice(q.start, q.end)}:${q.kind}`)
    expect(texts('股指一度跌破2000，随后反弹')).toEqual(['2000'])
    expect(texts('收盘报2050')).toEqual(['2050'])
    expect(texts('沪指一度失守2000，尾盘收复')).toEqual(['2000'])
    expect(texts('表\n2012 2013')).toEqual(['2012', '2013'])
    expect(texts('全市2010名考生')).toEqual(['2010名'])
    expect(kinds('如何看待2019全年行情')).toEqual(['2019:year'])
    expect(kinds('Copyright © 2017 Example Ltd')).toEqual(['2017:year'])
  })
})
