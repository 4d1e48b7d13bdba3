import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Digits inside web addresses, percent-escapes and file names are parts of names (invented
// addresses; the kind was the largest of the fresh held-out set of bench/eval-numbers).
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('web addresses, percent-escapes and file names', () => {
  test('the digits of an address are not read; the sentence around it is', () => {
    expect(texts('详见https://news.example.com/2019/0520/c1001-31094.html，全年增长5%。')).toEqual(['5%'])
    expect(texts('链接：www.example.gov.cn/art/2020/1/21/art_123.html 共有12人参加')).toEqual(['12人'])
    expect(texts('服务器地址http://10.0.0.8:8083/index 上线后访问量达3万次')).toEqual(['3万次'])
  })
  test('percent-escapes of an address are not percentages', () => {
    expect(texts('原文 https://mp.example.com/s/%E9%92%9F%E5%8D%97%E5%B1%B1 称3人确诊')).toEqual(['3人'])
    // (A run of escapes alone, the address cut off before it, and the digits glued after it.)
    expect(texts('参见%E5%9B%BE%E7%89%8792 另有28%的受访者')).toEqual(['28%'])
  })
  test('a file name with a web extension', () => {
    expect(texts('见图01.png，销量增长20%')).toEqual(['20%'])
    expect(texts('附件2019-report.pdf列出15家企业')).toEqual(['15家'])
  })
  test('numbers beside a full stop or a percent sign stay numbers', () => {
    expect(texts('增长5%.另有3人')).toEqual(['5%', '3人'])
    expect(texts('共计12.5亿元。比例为5%%')).toEqual(['12.5亿元', '5%'])
    expect(texts('本站www统计：全年3.5万人')).toEqual(['3.5万人'])
  })
  test('a long line of addresses is read in one pass', () => {
    const line = '参考 https://example.com/a/1%E9%92%9F 与 '.repeat(20_000) + '共5人'
    expect(texts(line)).toEqual(['5人'])
  })
})

describe('an identifier of letters and digits runs through a point between digits', () => {
  test('PM2.5 and versions are names', () => {
    expect(texts('细颗粒物（PM2.5）平均浓度下降12%')).toEqual(['12%'])
    expect(texts('今日PM2.5指数偏高，3个监测站超标')).toEqual(['3个'])
    expect(texts('系统升级到v3.2.1后，错误减少了40%')).toEqual(['40%'])
  })
  test('a number after letters that are no name of its own is still read', () => {
    expect(texts('A股2.5%的涨幅')).toEqual(['2.5%'])
    expect(texts('5G用户达3.2亿户')).toEqual(['3.2亿户'])
  })
})

describe('a figure after =', () => {
  test('a value after = is read, unless it is a query parameter of a link', () => {
    expect(texts('每月收入=21500元')).toEqual(['21500元'])
    expect(texts('当月LPR=3.3%，较上月持平')).toEqual(['3.3%'])
    expect(texts('网页/news?id=3021&page=2 显示共3人')).toEqual(['3人'])
    expect(texts('Cache-Control: max-age=0 pagesize=20 共5人')).toEqual(['5人'])
  })
})
