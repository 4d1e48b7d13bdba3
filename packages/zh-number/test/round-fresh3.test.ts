import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh3 of bench/eval-numbers (wire reports saved as
// HTML fragments in text files, Taiwan's closing date codes, quoted day names, first quarters, tables).
const readings = (text: string) => findQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end), q.date ?? q.value])
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('markup of a scraped page in a text', () => {
  test('numbers inside an HTML tag are markup; the text between tags is read', () => {
    expect(texts("<figure><picture style='--aspect-ratio:960/640;'><img width='80' height='60' src='/img/800/2025/800x534_1.jpg'></picture></figure><p>火警造成3人受傷。</p>")).toEqual(['3人'])
    expect(texts('<div class="box" data-id="12">共有5家商店</div>')).toEqual(['5家'])
  })

  test('a < that opens no tag is text (a comparison)', () => {
    expect(texts('若指数<50，则显示收缩，本月为48.5。')).toEqual(['50', '48.5'])
  })
})

describe('Taiwan’s date code closing a report', () => {
  test('seven digits of the Republic’s year, month and day after the editor’s bracket are a date', () => {
    expect(readings('（編輯：王小明）1141128')).toEqual([['date', '1141128', '2025-11-28']])
    expect(readings('記者會結束。1130105\n')).toEqual([['date', '1130105', '2024-01-05']])
  })

  test('the same digits with a unit or after a word are what they say', () => {
    expect(texts('全市人口1120315人')).toEqual(['1120315人'])
    expect(readings('編號1141128的案件')[0]?.[0]).toBe('count')
  })
})

describe('names, periods and table heads', () => {
  test('a numeral alone in quotes names a day or a thing', () => {
    expect(texts('受「十一」、中秋長假帶動，旅遊消費增加2成。')).toEqual(['2成'])
    expect(texts('“五一”假期接待游客300万人次')).toEqual(['300万人次'])
  })

  test('首N季 is a period, like 前N季', () => {
    expect(texts('今年首3季，新股上市數目69宗')).toEqual(['69宗'])
    expect(texts('前3季營收成長1成')).toEqual(['1成'])
  })

  test('a year, a slash and a month in a table’s head is a date', () => {
    expect(readings('2020/9月 8月 7月')).toEqual([['date', '2020/9月', '2020-09'], ['date', '8月', expect.anything()], ['date', '7月', expect.anything()]])
    expect(readings('每户分得3/4亩')[0]?.[0]).toBe('fraction')
  })
})

describe('dates written the English way (kinds read on fresh5)', () => {
  test('`Nov 8, 2024`, `November 18, 2024`, `8 Nov 2024` in a page header are dates', () => {
    expect(readings('Nov 8, 2024')).toEqual([['date', 'Nov 8, 2024', '2024-11-08']])
    expect(readings('发布于 November 18, 2024 10:30')[0]).toEqual(['date', 'November 18, 2024', '2024-11-18'])
    expect(readings('8 Nov 2024')).toEqual([['date', '8 Nov 2024', '2024-11-08']])
  })

  test('a year or a count without an English month stays what it is', () => {
    expect(readings('共2024人')[0]?.[0]).toBe('count')
    expect(texts('更新：Sep 3, 2020，共3人')).toEqual(['Sep 3, 2020', '3人'])
    // (A month's letters inside a word are no month: `dismay 3, 2024年`.)
    expect(texts('dismay 3, 2024年')).toEqual(['2024年'])
  })
})

describe('school grades (kinds read on fresh4)', () => {
  test('`三年级`, `初中三年級`, `高二年级`, `1至3年级` name a year of school, no length or count', () => {
    expect(texts('初中三年级的学生中，有120人参加')).toEqual(['120人'])
    expect(texts('小学1至3年级均增加1万起以上')).toEqual(['1万起以上'])
    expect(texts('高二年級學生')).toEqual([])
  })

  test('years of study stay lengths', () => {
    expect(readings('他读了三年')[0]?.[0]).toBe('duration')
  })
})

describe('dates with slashes (kinds read on fresh4)', () => {
  test('`16/10/2020` of a wire\'s dateline is a date, day first unless the second part cannot be a month', () => {
    expect(readings('16/10/2020 - 20:05')[0]).toEqual(['date', '16/10/2020', '2020-10-16'])
    expect(readings('10/16/2020')[0]).toEqual(['date', '10/16/2020', '2020-10-16'])
  })

  test('a fraction stays a fraction', () => {
    expect(readings('3/4的人')[0]?.[0]).toBe('fraction')
  })
})
