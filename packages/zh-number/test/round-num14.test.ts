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
