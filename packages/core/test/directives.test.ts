import {describe, expect, it} from 'vitest'
import {rules} from '@jiaodui/preset'
import {createEngine, findDirectives} from '@jiaodui/core'

const engine = createEngine(rules)
const ids = (messages: Array<{ruleId?: string | undefined; line?: number | null | undefined}>) =>
  messages.map((message) => `${message.line}:${message.ruleId}`)

describe('inline directives', () => {
  it('finds the three forms with their target lines', () => {
    const text = '甲\n<!-- jiaodui-disable-next-line no-mixed-variant, no-confusable -->\n\n乙\n丙 <!-- jiaodui-disable-line -->\n<!-- jiaodui-disable -->\n<!-- jiaodui-enable -->'
    expect(findDirectives(text)).toEqual([
      {kind: 'disable-next-line', ruleIds: ['no-mixed-variant', 'no-confusable'], line: 2, target: 4},
      {kind: 'disable-line', ruleIds: [], line: 5, target: 5},
      {kind: 'disable', ruleIds: [], line: 6, target: 6},
      {kind: 'enable', ruleIds: [], line: 7, target: 7}
    ])
  })

  it('silences the named rule on the next line of a Markdown article, and only that rule', async () => {
    const value = '新航線明年開通,每日往返十二班。\n\n<!-- jiaodui-disable-next-line consistent-punctuation-width -->\n新航線明年開通,每日往返十二班。\n'
    const file = await engine.check({value, format: 'md'})
    expect(ids(file.messages)).toEqual(['1:consistent-punctuation-width'])
  })

  it('works in plain text too, and never reports the comment line itself', async () => {
    const value = '新航線明年開通,每日往返十二班。<!-- jiaodui-disable-line -->\n<!-- jiaodui-disable consistent-punctuation-width -->\n乙線明年開通,每日往返八班。\n<!-- jiaodui-enable consistent-punctuation-width -->\n丙線明年開通,每日往返六班。\n'
    const file = await engine.check({value, format: 'txt'})
    expect(ids(file.messages)).toEqual(['5:consistent-punctuation-width'])
  })

  it('keeps a directive for another rule from silencing this one', async () => {
    const value = '<!-- jiaodui-disable-next-line no-mixed-variant -->\n新航線明年開通,每日往返十二班。\n'
    const file = await engine.check({value, format: 'txt'})
    expect(ids(file.messages)).toEqual(['2:consistent-punctuation-width'])
  })
})
