import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

// A page of headlines with no article is flagged whole (and --fix would empty
// it), so the listing test must never take an article that is itself a list.
// Texts written for these tests.

async function flagged(value: string): Promise<Set<number>> {
  const file = await createEngine([rule]).check({value, format: 'txt', path: 'page.txt'})
  const lines = new Set<number>()
  for (const message of file.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    if (place) for (let line = place.start.line; line <= Math.max(place.start.line, place.end.line - (place.end.column === 1 ? 1 : 0)); line++) lines.add(line)
  }
  return lines
}

const items = [
  '地铁五号线东延段开通运营',
  '全市新增公办幼儿园学位一万二千个',
  '老旧小区加装电梯突破八百台',
  '城区新建口袋公园四十六座',
  '社区食堂覆盖全部街道',
  '中心医院新院区投入使用',
  '江滨绿道全线贯通',
  '公交线路优化调整六十条',
  '背街小巷整治完成三百条',
  '新增停车泊位两万个'
]
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

describe('an article that is a list is no listing', () => {
  test('a numbered top-ten list under a breadcrumb keeps every item', async () => {
    const value = ['首页 > 新闻 > 本地', '本市公布年度十大民生新闻', ...items.map((item, index) => `${numerals[index]}、${item}`), '分享到：微信 微博', ''].join('\n')
    const lines = await flagged(value)
    expect(lines.has(1)).toBe(true)
    for (let line = 3; line <= 12; line++) expect(lines.has(line), `line ${line}`).toBe(false)
  })

  test('an unnumbered list with a dateline and an editor credit keeps every item', async () => {
    const value = ['首页 > 新闻 > 本地', '本市公布年度十大民生新闻', '2024-12-30 08:00 来源：江城日报', ...items, '责任编辑：王小明', ''].join('\n')
    const lines = await flagged(value)
    for (let line = 4; line <= 13; line++) expect(lines.has(line), `line ${line}`).toBe(false)
  })

  test('the same unnumbered list without any article metadata, between menus and a footer, is a listing', async () => {
    const value = ['首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技', '今天', ...items, '关于我们 | 联系我们 | 隐私政策', '版权所有 江城网', ''].join('\n')
    const lines = await flagged(value)
    for (let line = 3; line <= 12; line++) expect(lines.has(line), `line ${line}`).toBe(true)
  })
})
