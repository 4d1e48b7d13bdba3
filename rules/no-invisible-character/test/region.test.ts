import {describe, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import rule from '../src/index.js'

async function check(value: string, settings: Record<string, unknown> = {}) {
  return createEngine([rule], {settings}).check({value, format: 'txt'})
}

describe('ideographic spaces by region', () => {
  const prose = '政府今天宣布一系列新措施，希望可以紓緩市民的生活壓力，並會在下月起分階段推行　有關部門會密切留意市場反應。'

  test('one ideographic space inside a Hong Kong or Taiwan line is house style', async () => {
    expect((await check(prose, {region: 'zh-HK'})).messages).toEqual([])
    expect((await check(prose, {region: 'zh-TW'})).messages).toEqual([])
  })

  test('the same line declared mainland is flagged', async () => {
    const file = await check(prose, {region: 'zh-CN'})
    expect(file.messages.map((message) => message.reason)).toEqual(['Unexpected ideographic space (U+3000) inside a line'])
  })

  test('settings.allow skips a word holding the character', async () => {
    expect((await check('網站名稱是A\u00a0B新聞，今天更新。', {allow: ['A\u00a0B新聞']})).messages).toEqual([])
  })

  test('a skin-tone ZWJ sequence is an emoji; a ZWJ between hanzi is not', async () => {
    expect((await check('她貼出👩🏽\u200d💻的圖片。')).messages).toEqual([])
    const file = await check('她貼\u200d出圖片。')
    expect(file.messages.map((message) => message.expected)).toEqual([['']])
  })

  test('in prose, next to digits, it is flagged in every region; between the bars of a menu it is layout', async () => {
    const file = await check('行政長官在施政報告中指出，到\u30002035年要完成全部工程。', {region: 'zh-HK'})
    expect(file.messages.map((message) => message.expected)).toEqual([[' ']])
    expect((await check('关于我们\u3000|\u3000联系我们\u3000|\u3000广告服务\u3000|\u3000供稿服务\u3000|\u3000法律声明\u3000|\u3000招聘信息\u3000|\u3000网站地图', {region: 'zh-CN'})).messages).toEqual([])
  })
})

