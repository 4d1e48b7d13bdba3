import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of set j of bench/eval-numbers (Arabic 1 as an article, two-digit
// years before a part of the year, addresses and phone numbers, a bare magnitude after a bound).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])

describe('Arabic 1 + classifier read like 一', () => {
  test('an indefinite article when nothing counts it', () => {
    expect(readings('野狗從1處工地叼走1把鐵鎚。')).toEqual([])
    expect(readings('球員上月在1場友誼賽中扭傷腳踝。')).toEqual([])
  })
  test('a count when a word counts it, a unit follows, or it stands alone at the clause end', () => {
    expect(readings('全案共1名傷者送醫。')).toEqual([['count', '1名', 1]])
    expect(readings('本週新增1間分店。')).toEqual([['count', '1間', 1]])
    expect(readings('失業率下降1個百分點。').map((r) => r[2])).toEqual([1])
    expect(readings('他們只生了1個孩子。')).toEqual([['count', '1個', 1]])
    expect(readings('結果死亡人數為1人。')).toEqual([['count', '1人', 1]])
  })
})

describe('Arabic 1 + classifier kept as a count', () => {
  test('in simplified text, where the style writes the article 一', () => {
    expect(readings('海关决定暂停1家企业的进口资质。')).toEqual([['count', '1家', 1]])
  })
  test('after a word of arrest, an approximation, or with a frequency', () => {
    expect(readings('警方在現場逮捕1名男子。')).toEqual([['count', '1名', 1]])
    expect(readings('每次約1顆黃豆大小的量。').map((r) => r[1])).toEqual(['約1顆'])
    expect(readings('新藥1日只需服用1次的劑量。').map((r) => r[1])).toEqual(['1日', '1次'])
  })
})

describe('addresses, flats, floors and phone numbers name a place', () => {
  test('house numbers after a street, a section or a lane, and spans of them', () => {
    expect(readings('門市在中山路3段125號，電話(02)2345-6789。')).toEqual([])
    expect(readings('火場位於和平街18至22號。')).toEqual([])
    expect(readings('住在光明街77巷9號的住戶。')).toEqual([])
    expect(readings('客服專線02-2345-6789。')).toEqual([])
  })
  test('flats and floors', () => {
    expect(readings('消防員疏散了B座的3、4室單位，以及5及6號單位。')).toEqual([])
    expect(readings('男子從5樓墮下。')).toEqual([])
  })
  test('counts beside a street and storeys of a building stay counts', () => {
    expect(readings('中山路上有12間咖啡店。')).toEqual([['count', '12間', 12]])
    expect(readings('一幢8層樓的大廈。').map((r) => r[2])).toEqual([8])
    expect(readings('電話費每月300元。')).toEqual([['money', '300元', 300]])
  })
})

describe('a bare round number past a threshold or as a worth', () => {
  test('after a word of passing a bound, before a clause end or 大關', () => {
    expect(readings('今年網購成交額突破萬億大關。').map((r) => r[2])).toEqual([1e12])
    expect(readings('外資流入超過千億，創新高。').map((r) => r[2])).toEqual([1e11])
  })
  test('after a word of spending or worth', () => {
    expect(readings('他耗百萬積蓄開店。').map((r) => r[2])).toEqual([1e6])
    expect(readings('嫁給身家千億的富豪。').map((r) => r[2])).toEqual([1e11])
  })
  test('an adverb 千萬 stays a word', () => {
    expect(readings('你千萬不要超過限速。')).toEqual([])
  })
})

describe('a year written with two digits', () => {
  test('is the year when the text writes that year in full and no word of length is around it', () => {
    const text = '公司2017年營收增長。17年前三季度淨利上升，較16年同期多賺2億元。2016年曾虧損。'
    expect(readings(text).filter((r) => r[0] === 'duration')).toEqual([])
    expect(readings(text).filter((r) => r[1] === '17年' || r[1] === '16年').map((r) => r[2])).toEqual(['2017', '2016'])
  })
  test('stays a length of years otherwise', () => {
    expect(readings('這家店開了17年，比2017年開的分店老。').filter((r) => r[1] === '17年').map((r) => r[0])).toEqual(['duration'])
    expect(readings('2016年後，他離家16年來首次回國。').filter((r) => String(r[1]).startsWith('16年')).map((r) => r[0])).toEqual(['duration'])
    expect(readings('他在公司工作了17年。').map((r) => r[0])).toEqual(['duration'])
  })
})

describe('不一 (not uniform) is a word', () => {
  test('a bare 一 after 不 with no classifier is not a count', () => {
    expect(readings('包包有大小不一的瑕疵。')).toEqual([])
    expect(readings('各方意見不一。')).toEqual([])
    expect(readings('答案是一不是二。').map((r) => r[2])).toEqual([1, 2])
  })
})
