import {describe, expect, test} from 'vitest'
import {
  asciiOf,
  charScript,
  chinesePunctuationOf,
  compatibilityOf,
  convertChars,
  counterparts,
  fullwidthOf,
  latinLookalike,
  inRegionalTables,
  openccFormOf,
  parseVariant,
  regionalUnits,
  regionalForm,
  sameTraditional,
  toSimplified,
  toTraditional,
  traditionalPhraseTable,
  variantFromFrontMatter
} from '../src/index.js'

describe('scripts and counterparts (OpenCC)', () => {
  test.each([
    ['发', 'simplified', ['發', '髮']],
    ['后', 'shared', ['後', '后']],
    ['干', 'shared', ['幹', '乾', '干']],
    ['余', 'shared', ['餘', '余']],
    ['面', 'shared', ['面', '麵']],
    ['里', 'shared', ['裏', '里', '裡']],
    ['这', 'simplified', ['這']]
  ] as const)('%s is %s with counterparts %j', (char, script, expected) => {
    expect(charScript(char)).toBe(script)
    const list = counterparts(char, 'traditional')
    for (const item of expected) expect(list).toContain(item)
    expect(list[0]).toBe(expected[0])
  })

  test('traditional-only and neutral characters', () => {
    expect(charScript('發')).toBe('traditional')
    expect(charScript('覺')).toBe('traditional')
    expect(counterparts('覺', 'simplified')).toEqual(['觉'])
    expect(charScript('人')).toBe('neutral')
    expect(charScript('。')).toBe('neutral')
  })

  test('phrases decide shared characters in context', () => {
    expect(toTraditional('回乡后')).toBe('回鄉後')
    expect(toTraditional('皇后')).toBe('皇后')
    expect(toTraditional('干部和干净')).toBe('幹部和乾淨')
    expect(toTraditional('头发')).toBe('頭髮')
    expect(toSimplified('覺明法師')).toBe('觉明法师')
    expect(toSimplified('乾隆')).toBe('乾隆')
    expect(traditionalPhraseTable().map.get('干净')).toBe('乾淨')
    const conversion = convertChars(Array.from('基层干部'), 'traditional')
    expect(conversion.value.join('')).toBe('基層幹部')
    expect(conversion.phrase.length).toBe(4)
  })

  test('regional standards', () => {
    expect(regionalForm('爲', 'tw')).toBe('為')
    expect(regionalForm('裏', 'tw')).toBe('裡')
    expect(regionalForm('臺', 'hk')).toBe('台')
    expect(openccFormOf('裡', 'tw')).toBe('裏')
    expect(sameTraditional('台', '臺')).toBe(true)
    expect(sameTraditional('裡', '裏')).toBe(true)
    expect(sameTraditional('後', '后')).toBe(false)
  })
})

describe('compatibility, width and look-alikes (Unicode)', () => {
  test('compatibility characters', () => {
    expect(compatibilityOf('﹔')).toEqual({kind: 'small-form', replacement: ';'})
    expect(compatibilityOf('\u2F08')).toEqual({kind: 'kangxi-radical', replacement: '人'})
    expect(compatibilityOf('\uF90F')).toEqual({kind: 'compatibility-ideograph', replacement: '\u7F85'})
    expect(compatibilityOf('\u2E9F')).toEqual({kind: 'radical-supplement', replacement: '母'})
    expect(compatibilityOf('\u2EA0')).toEqual({kind: 'radical-supplement', replacement: undefined})
    expect(compatibilityOf('\uFA11')).toBeUndefined() // a unified ideograph of the block
    expect(compatibilityOf('人')).toBeUndefined()
  })

  test('width', () => {
    expect(asciiOf('Ａ')).toBe('A')
    expect(asciiOf('９')).toBe('9')
    expect(fullwidthOf(',')).toBe('，')
    expect(chinesePunctuationOf('(')).toBe('（')
    expect(chinesePunctuationOf('.')).toBeUndefined()
  })

  test('look-alikes', () => {
    expect(latinLookalike('е')).toEqual({latin: 'e', script: 'Cyrillic'})
    expect(latinLookalike('Ο')).toEqual({latin: 'O', script: 'Greek'})
    expect(latinLookalike('ж')).toBeUndefined()
    expect(latinLookalike('e')).toBeUndefined()
  })
})

describe('variant tags', () => {
  test('variants from tags and front matter', () => {
    expect(parseVariant('zh-tw')).toBe('zh-TW')
    expect(parseVariant('zh_Hant_HK')).toBe('zh-HK')
    expect(parseVariant('zh-Hans')).toBe('zh-Hans')
    expect(parseVariant('en')).toBeUndefined()
    expect(variantFromFrontMatter('---\ntitle: x\nvariant: zh-TW\n---\n\n正文')).toBe('zh-TW')
    expect(variantFromFrontMatter("---\nlang: 'zh-Hant'\n---\n")).toBe('zh-Hant')
    expect(variantFromFrontMatter('正文\n---\nvariant: zh-TW\n---\n')).toBeUndefined()
  })
})

describe('regionalUnits and inRegionalTables', () => {
  test('every character regionalForm or openccFormOf answers for is flagged, and only those', () => {
    const units = regionalUnits()
    const wrong: string[] = []
    let flagged = 0
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      const answers = [regionalForm(char, 'tw'), regionalForm(char, 'hk'), openccFormOf(char, 'tw'), openccFormOf(char, 'hk')].some((answer) => answer !== undefined)
      if (inRegionalTables(char) !== answers || (code <= 0xffff && (units[code] === 1) !== answers)) wrong.push(char)
      if (answers) flagged++
    }
    expect(wrong).toEqual([])
    expect(flagged).toBeGreaterThan(50)
    expect(inRegionalTables('裡')).toBe(true)
    expect(inRegionalTables('中')).toBe(false)
  })
})
