import {describe, expect, test} from 'vitest'
import {findQuantities} from '@jiaodui/zh-number'

// Text with leftover inline markup (a page saved as text): the numbers its formatting tags split are
// read as the page shows them, with the input's offsets.

const read = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.kind, q.unit])
const strip = (text: string) => text.replace(/<[^<>]*>/g, '')

describe('inline tags inside numbers', () => {
  test('a number split by spans, a year by its unit, an amount by bold', () => {
    expect(read('至今年<span>9</span>月底已向<span>2</span>萬<span>5</span>千多名申請人發放')).toEqual([
      ['9</span>月', null, 'date', null],
      ['2</span>萬<span>5</span>千多名', 25000, 'count', '名']
    ])
    expect(read('比<span>2022</span>年多出<span>338</span>名')).toEqual([
      ['2022</span>年', 2022, 'year', '年'],
      ['338</span>名', 338, 'count', '名']
    ])
    expect(read('造價高達<strong>17</strong>億港元')).toEqual([['高達<strong>17</strong>億港元', 1.7e9, 'money', 'HKD']])
  })

  test('a number inside an inline tag\'s attributes is no quantity', () => {
    expect(read('<a href="/n/2024" style="width:400px">首頁</a>共有3人')).toEqual([['3人', 3, 'count', '人']])
  })

  test('block tags still part numbers; a text without inline tags is read as it is', () => {
    expect(read('<p>共12</p><p>3人</p>').map((r) => r[0])).toEqual(['12', '3人'])
    expect(read('<br>共有12人')).toEqual([['12人', 12, 'count', '人']])
  })

  test('property: tags put anywhere leave every value as in the text without them, at the input\'s offsets', () => {
    const sentences = ['去年全市常住人口为1234.5万人，增长3.2%。', '至今年9月底已向2萬5千多名申請人發放兩萬元。', '造價高達1415億港元，運載力增加50%至每年1.2億人次。', '第三季营收153.22亿欧元，同比下降5.5%。']
    const tags = ['<span>', '</span>', '<strong>', '</strong>', '<b>', '</b>', '<a href="/x/12">', '</a>', '<span style="color:#333;font-size:14px">']
    let seed = 20261207
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 400; round++) {
      const clean = sentences[random(sentences.length)]!
      const chars = [...clean]
      let tagged = ''
      for (const ch of chars) {
        if (random(3) === 0) tagged += tags[random(tags.length)]
        tagged += ch
      }
      const plain = findQuantities(clean)
      const found = findQuantities(tagged)
      expect(found.map((q) => [q.value, q.kind, q.unit, strip(q.text)])).toEqual(plain.map((q) => [q.value, q.kind, q.unit, q.text]))
      for (const q of found) {
        expect(q.text).toBe(tagged.slice(q.start, q.end))
        expect(strip(tagged.slice(q.numStart, q.numEnd))).toBe(clean.slice(plain[found.indexOf(q)]!.numStart, plain[found.indexOf(q)]!.numEnd))
      }
    }
  })
})

describe('a tag that runs over lines', () => {
  test('numbers in its quoted attribute values are no quantities; prose with a `<` and a line break still is read', () => {
    const page = '<social-share type="system" width="72" height="24"\n      data-param-url="https://example.com/articles/某市人口增长0-5-仍低于预期-3eb1">\n</social-share>\n<p>全市共有3人获奖。</p>'
    expect(findQuantities(page).map((q) => q.text)).toEqual(['3人'])
    expect(findQuantities('<img src="/a.png"\n  width="36" height="36" alt="圖">全年增长5%').map((q) => q.text)).toEqual(['5%'])
    expect(findQuantities('若 a < b 則\n共有12人').map((q) => q.text)).toEqual(['12人'])
  })
})

describe('a space typeset between hanzi and digits', () => {
  const unspace = (text: string) => text.replace(/(?<=[\u3400-\u9fff]) (?=[0-9])|(?<=[0-9%]) (?=[\u3400-\u9fff])/g, '')

  test('a prefix and a year read as in the text without the spaces, at the input\'s offsets', () => {
    expect(read('卖地收入超过 4 万亿元')).toEqual([['超过 4 万亿元', 4e12, 'money', 'CNY']])
    expect(read('2016 跟 2020 的结果十分接近').map((r) => r[2])).toEqual(['year', 'year'])
    expect(read('在 2019 和 2020 年都有 6.2% 的增长').map((r) => [r[0], r[2]])).toEqual([['2019', 'year'], ['2020 年', 'year'], ['6.2%', 'percent']])
  })

  test('spaces that part fields or names are kept: after a Chinese numeral, around a score, after a Latin name\'s digits, after a date', () => {
    expect(read('涉款可達24億 3家機構承包').map((r) => r[0])).toEqual(['24億', '3家'])
    expect(read('商一 12（18）').map((r) => r[0])).toEqual(['12', '18'])
    expect(read('PM 2.5 及SO 2 則維持不變').map((r) => r[0])).not.toContain('2 則')
    expect(read('1月 5.0 0.3').map((r) => r[0])).toEqual(['1月', '5.0', '0.3'])
    expect(read('小熊 1:6 國民 4:2').map((r) => r[0])).toEqual(read('小熊 1:6 國民 4:2').map((r) => r[0]))
  })

  test('property: spaces put between hanzi and digits leave every value as in the text without them', () => {
    const sentences = ['去年全市常住人口为1234.5万人，增长3.2%。', '今年前8月全省出口增长12%，进口下降3.5%，贸易顺差为2560亿元。', '2019年营收153.22亿欧元，同比下降5.5%，员工超过9000人。']
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 300; round++) {
      const clean = sentences[random(sentences.length)]!
      const spaced = clean.replace(/(?<=[\u3400-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u3400-\u9fff])/g, () => (random(2) === 0 ? ' ' : ''))
      const plain = findQuantities(clean)
      const found = findQuantities(spaced)
      expect(found.map((q) => [q.value, q.kind, q.unit, unspace(q.text)])).toEqual(plain.map((q) => [q.value, q.kind, q.unit, q.text]))
      for (const q of found) expect(q.text).toBe(spaced.slice(q.start, q.end))
    }
  })
})
