import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Invented sentences for the kinds of the round on sets g–m of bench/eval-numbers (in sample:
// saved whole pages and headlines of Hong Kong, Taiwan and mainland sites).
const texts = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end))
const values = (text: string) => findQuantities(text).map((q) => q.value)

describe('a count glued to a word for people or moves, as headlines write it', () => {
  test('two to ten before 男, 女, 少年, 死者 or 招 counts them', () => {
    expect(values('商場外拘捕兩男 警方稱仍在調查')).toEqual([2])
    expect(values('两少年跳河救人获表彰')).toEqual([2])
    expect(values('三女一男深夜闖入校園')).toEqual([3])
    expect(values('【意外】兩死者同住一屋')).toEqual([2])
    expect(values('家長必學四招 化解孩子挑食')).toEqual([4])
  })
  test('一, 二, a bare 子 and longer numerals stay out', () => {
    expect(texts('一男子在街头被捕')).toEqual([])
    expect(texts('她的二女儿今年考上大学')).toEqual([])
    expect(texts('學社三子昨日再度現身')).toEqual([])
    expect(texts('公园里有人下五子棋')).toEqual([])
  })
})

describe('一家 before the size of a family', () => {
  test('一家三口 is the whole family, and its size is the count', () => {
    expect(texts('火灾中一家四口及时逃生')).toEqual(['四口'])
    expect(texts('山泥傾瀉後一家六口暫住親戚家')).toEqual(['六口'])
  })
  test('一家 before a noun is still one', () => {
    expect(texts('镇上只有一家书店')).toEqual(['一家'])
  })
})

describe('the type of a flat', () => {
  test('N房 before a price, a size, a sale or a headline end is a class of flat', () => {
    expect(texts('海景花園3房920萬元易手')).toEqual(['920萬元'])
    expect(texts('新盤2房最細512呎起')).toEqual(['512呎'])
    expect(texts('東區屋苑首推1房')).toEqual([])
  })
  test('rooms counted in a sentence stay counts', () => {
    expect(texts('酒店共預留3房間給代表團')).toEqual(['3'])
  })
})

describe('a headline 1 for the article 一', () => {
  test('1 before a noun with no classifier is "a" or "this one", not a count', () => {
    expect(texts('颱風逼近 這1區今晚停班')).toEqual([])
    expect(texts('專家提醒1習慣最傷腰')).toEqual([])
    expect(texts('達人教你1招省下電費')).toEqual([])
  })
  test('1 with a classifier, before people, a measure or a discount still counts', () => {
    expect(texts('車禍1名乘客受傷')).toEqual(['1名'])
    expect(texts('工廠火警1女送院')).toEqual(['1'])
    expect(texts('每人每日喝1公升水')).toEqual(['1公升'])
    expect(texts('全館商品1折起')).toEqual(['1折'])
  })
})

describe('零 before an act that did not happen', () => {
  test('零 before a consultation, an announcement or a haggle is none of it', () => {
    expect(values('居民批評當局零諮詢')).toEqual([0])
    expect(values('事故原因至今零公布')).toEqual([0])
    expect(values('市民热线全年零投诉')).toEqual([0])
  })
  test('words that open with 零 stay words', () => {
    expect(texts('社区零售店增加零食货架')).toEqual([])
  })
})
