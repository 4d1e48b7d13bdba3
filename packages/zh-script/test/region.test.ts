import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {acceptedInSimplified, acceptedInTraditional, allowedMask, detectRegion, inPersonName, parseRegion, phraseStraddles, regionOf, traditionalPhraseTable} from '../src/index.js'

describe('detectRegion', () => {
  test.each([
    ['政府今天公布了新的发展计划，各地积极响应。', undefined, 'zh-CN', /simplified script/],
    ['佢哋話今日唔會嚟，立法會明日再開會。', undefined, 'zh-HK', /vocabulary/],
    ['行政院今天表示，新北市的捷運工程將延後。', undefined, 'zh-TW', /vocabulary/],
    ['政府今天公佈了新的發展計劃。', {outlet: '自由時報'}, 'zh-TW', /outlet 自由時報/],
    ['政府今天公佈了新的發展計劃。', {source: '澳門日報'}, 'zh-MO', /outlet 澳門日報/],
    ['政府今天公佈了新的發展計劃。', undefined, 'zh-TW', /no regional evidence/]
  ] as const)('%s (%o) → %s', (text, meta, region, reason) => {
    const decision = detectRegion(text, meta)
    expect(decision.region).toBe(region)
    expect(decision.detected).toBe(true)
    expect(decision.reason).toMatch(reason)
  })

  test('a settings.region other than auto wins and is recorded on the file', () => {
    const file = new VFile({value: '佢哋話今日唔會嚟。'})
    file.data.settings = {region: 'zh-TW'}
    expect(regionOf(file)).toEqual({region: 'zh-TW', detected: false, reason: 'settings.region'})
    expect(file.data.region?.region).toBe('zh-TW')
  })

  test('auto detects', () => {
    const file = new VFile({value: '佢哋話今日唔會嚟，立法會明日再開會。'})
    file.data.settings = {region: 'auto'}
    expect(regionOf(file).region).toBe('zh-HK')
    expect(parseRegion('auto')).toBeUndefined()
    expect(parseRegion('zh_hk')).toBe('zh-HK')
  })
})

describe('names and regional words', () => {
  const chars = (text: string) => Array.from(text)
  test.each([
    ['主席范鴻齡表示', 2, true],
    ['陳大文、余若薇及于文傑出席', 9, true],
    ['累計120余萬元', 5, false],
    ['於先生說', 0, true],
    ['處於弱勢', 1, false]
  ] as const)('inPersonName(%s, %d) = %s', (text, index, expected) => {
    expect(inPersonName(chars(text), index)).toBe(expected)
  })

  test('regional vocabulary and characters written as themselves', () => {
    expect(acceptedInTraditional(chars('當地里長說'), 2, ['zh-TW'])).toMatch(/里長/)
    expect(acceptedInTraditional(chars('佢諗吓先'), 2, ['zh-HK'])).toMatch(/Hong Kong/)
    expect(acceptedInTraditional(chars('佢諗吓先'), 2, ['zh-TW'])).toBeUndefined()
    expect(acceptedInTraditional(chars('出去晒太陽'), 2, ['zh-HK'])).toBeUndefined()
    expect(acceptedInTraditional(chars('法庭不准被告離港'), 3, ['zh-HK'])).toBeDefined()
    expect(acceptedInSimplified(chars('晚饭吃蒜薹'), 4, false)).toBeDefined()
    expect(acceptedInSimplified(chars('运动员王濛'), 4, false)).toBeDefined()
    expect(acceptedInSimplified(chars('处於弱势'), 1, false)).toBeUndefined()
  })

  test('a phrase that straddles a longer word is not trusted', () => {
    const table = traditionalPhraseTable()
    // `去干` would be taken first, but `干涉` starts inside it and ends after it.
    expect(table.map.get('去干')).toBe('去幹')
    expect(phraseStraddles(chars('去干涉'), 0, 2, table)).toBe(true)
    expect(phraseStraddles(chars('干部们'), 0, 2, table)).toBe(false)
  })

  test('allowedMask marks every occurrence', () => {
    const mask = allowedMask('甲余留芬乙余留芬', ['余留芬'])!
    expect(Array.from(mask)).toEqual([0, 1, 1, 1, 0, 1, 1, 1])
    expect(allowedMask('甲乙', ['丙'])).toBeUndefined()
  })
})
