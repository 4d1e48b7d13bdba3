import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set h of bench/eval-numbers (dates, games, headings, classifiers).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])

describe('a month and a day written with a slash', () => {
  test('are a date when they cannot be a fraction written in prose', () => {
    expect(readings('門市將於8/15開幕，9/1前購買享優惠。')).toEqual([['date', '8/15', '--08-15'], ['date', '9/1', '--09-01']])
    expect(readings('展期為11/3至11/5，共三天。')).toEqual([['date', '11/3', '--11-03'], ['date', '11/5', '--11-05'], ['duration', '三天', 3]])
    expect(readings('優惠期間05/20~06/10。')).toEqual([['date', '05/20', '--05-20'], ['date', '06/10', '--06-10']])
    // The end of a span that starts with a date is a date, however it is written.
    expect(readings('快閃活動8/8~8/9舉行。')).toEqual([['date', '8/8', '--08-08'], ['date', '8/9', '--08-09']])
  })
  test('stay a fraction when proper, or with 1 over a larger number, or after a word of amount', () => {
    expect(readings('約有2/3的居民贊成。')).toEqual([['fraction', '約有2/3', 2 / 3]])
    expect(readings('排名前1/4，成本只佔1/25。')).toEqual([['fraction', '1/4', 0.25], ['fraction', '1/25', 0.04]])
    expect(readings('她的投籃命中4/7。')).toEqual([['fraction', '4/7', 4 / 7]])
    expect(readings('受訪者中1/3至1/2支持。')).toEqual([['fraction', '1/3', 1 / 3], ['fraction', '1/2', 0.5]])
  })
})

describe('places in a game', () => {
  test('a score named by a result or by 終場/比分 is not an amount; a vote stays a ratio', () => {
    expect(readings('客隊終場以7比2擊敗主隊。')).toEqual([])
    expect(readings('藍隊3：5不敵紅隊，以2比6落後時換投。')).toEqual([])
    expect(readings('男籃以八十比七十五战胜对手。')).toEqual([])
    expect(readings('議案以5比2的票數通過。')).toEqual([['ratio', '5比2', 2.5]])
  })
  test('the half of an inning and a place in the batting order are not counts; innings pitched are', () => {
    expect(readings('第一棒出局後，6局下2出局，4棒李某敲安。')).toEqual([['ordinal', '第一', 1], ['count', '2', 2]])
    expect(readings('先發投手只投了5局。')).toEqual([['count', '5', 5]])
  })
  test('打 that starts a word of the game (打點, 打席) is not a dozen', () => {
    expect(readings('他單場3打點，全場4打席。')).toEqual([['count', '3', 3], ['count', '4', 4]])
    expect(readings('她買了3打雞蛋。')).toEqual([['count', '3打', 36]])
  })
})

describe('headings that number the parts of a text', () => {
  test('a label word and a number before a colon at the start of a line is a heading', () => {
    expect(readings('報告列出兩個問題。\n問題一：預算超支3成。\n問題二：工期延誤')).toEqual([['count', '兩個', 2], ['percent', '3成', 30]])
    expect(readings('## 步驟2：倒入200毫升水')).toEqual([['count', '200毫升', 200]])
  })
  test('an ordinal and a word before a colon at the start of a line is a heading, not a rank', () => {
    expect(readings('導言\n第一站：台南\n第二部分：結論')).toEqual([])
    expect(readings('他在比賽中得到第一名：獎金5萬元。')).toEqual([['ordinal', '第一名', 1], ['money', '5萬元', 50000]])
  })
  test('a clock time after a word at the start of a line stays a time', () => {
    expect(readings('下午3：30開會')).toEqual([['time', '3：30', null]])
  })
})

describe('a span of days in one month', () => {
  test('its first day is read with the month, its last as a day', () => {
    expect(readings('展覽於4月12-14日舉行。')).toEqual([['date', '4月12', '--04-12'], ['date', '14日', '---14']])
    expect(readings('2019年8月3至5日停課，共三天。')).toEqual([['date', '2019年8月3', '2019-08-03'], ['date', '5日', '---05'], ['duration', '三天', 3]])
    expect(readings('会议定于九月五至七日召开。')).toEqual([['date', '九月五', '--09-05'], ['date', '七日', '---07']])
    expect(readings('考試在6月1日-3日進行。')).toEqual([['date', '6月1日', '--06-01'], ['date', '3日', '---03']])
  })
  test('a range of counts after a month stays a range', () => {
    expect(readings('1月每班3-5人。')).toEqual([['date', '1月', '--01'], ['range', '3-5人', null]])
  })
})

describe('classifiers of models and inches', () => {
  test('款 counts models and styles; 一款 before a noun is the article', () => {
    expect(readings('該品牌今年推出三款新車，另有2款明年上市。')).toEqual([['count', '三款', 3], ['count', '2款', 2]])
    expect(readings('這是一款新遊戲。')).toEqual([])
  })
  test('吋, 英吋 and 英寸 measure a screen', () => {
    expect(readings('新機搭載6.1吋螢幕，平板則有11英吋。')).toEqual([['count', '6.1吋', 6.1], ['count', '11英吋', 11]])
  })
})

describe('a magnitude alone before its currency', () => {
  test('is one of it where the amount closes the clause or takes a bound', () => {
    expect(readings('這支手機萬元有找。')).toEqual([['money', '萬元', 10000]])
    expect(readings('公司市值首次突破万亿元，股价创新高。')).toEqual([['money', '突破万亿元', 1e12]])
    expect(readings('售價在萬元左右。')).toEqual([['money', '萬元左右', 10000]])
  })
  test('is not a column unit nor the name of a class before a noun', () => {
    expect(readings('（单位：万元）')).toEqual([])
    expect(readings('村裡出了不少萬元戶。')).toEqual([])
  })
})

describe('lengths of seconds and the year a clause describes', () => {
  test('秒 after a number that is not a clock or race time is a length of seconds', () => {
    expect(readings('他只用了8秒，隔了一秒又再響。')).toEqual([['duration', '8秒', 8], ['duration', '一秒', 1]])
    expect(readings('晚上9时5分30秒发生地震，成绩是10秒35。')).toEqual([['time', '9时5分30秒', null]])
    // The seconds of a clock time and `下一秒` (the next moment) are not lengths of seconds.
    expect(readings('凌晨2時10分45.5秒發生地震，下一秒停電。').filter(([kind]) => kind === 'duration')).toEqual([])
  })
  test('two Chinese numerals back to back with the same unit are a vague set phrase, not two amounts', () => {
    expect(readings('等了十秒八秒，他三天兩頭就來。')).toEqual([])
    expect(readings('三天兩夜的行程')).toEqual([['duration', '三天', 3]])
  })
  test('一年 or 一天 that a clause describes with 的 is not a length of time', () => {
    expect(readings('對公司而言，這是艱難的一年，也是最忙的一天。')).toEqual([])
    expect(readings('他花了一年完成，是他最長的一次。')).toEqual([['duration', '一年', 1]])
  })
})

describe('names on a product page', () => {
  test('4K or 2.8K before a word of screens, or after a size, is a resolution, not thousands', () => {
    expect(readings('這台65吋4K LED電視，另一款配備2.8K OLED螢幕。')).toEqual([['count', '65吋', 65]])
    expect(readings('月薪40K，跑了10K。')).toEqual([['count', '40K', 40000], ['count', '10K', 10000]])
  })
  test('a link to the previous or next article is not a count; what is left is', () => {
    expect(readings('下一篇：市政新聞\n上一則 天氣')).toEqual([])
    expect(readings('他還剩下一篇稿子。')).toEqual([['count', '一篇', 1]])
  })
})
