import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {rules} from '@jiaodui/preset'
import {createEngine, fixText, splitSections} from '@jiaodui/core'

/**
 * Invented paragraphs, each with findings of rules that look only at their own
 * paragraph: an invisible character, a compatibility character, a half-width
 * comma among full-width punctuation, masked text, a percentage over 100.
 */
const paragraphs = [
  (n: number) => `青石镇第${n}届农具展在周六开幕,展出犁耙一百二十件。`,
  (n: number) => `镇上的合作社今年收购茶叶${n + 3}吨,比去年多两成。`,
  (n: number) => `负责人张**说,新仓库\u200B将在秋天启用。`,
  (n: number) => `全镇${n % 7 + 2}个村的参与率达到了百分之${120 + (n % 5)}。`,
  (n: number) => `展会共设⾞辆、农机、种子三个展区,第${n}号展位最热闹。`,
  () => '游客可以在镇口的停车场免费停车,步行十分钟即到。',
  // A finding with claims in its data (ids, lines): parts that add up to more than their whole.
  () => '截至2018年底，全县共有学校120所，其中小学80所、中学50所。'
]

/** An invented text of `count` paragraphs, separated by blank lines every few lines. */
function inventedText(count: number): string {
  const lines: string[] = []
  for (let index = 0; index < count; index++) {
    lines.push(paragraphs[index % paragraphs.length]!(index))
    if (index % 3 === 2) lines.push('')
  }
  return `${lines.join('\n')}\n`
}

/** A message as comparable text: rule, place (line, column, offset), reason, fix. */
function describeMessage(message: VFileMessage): string {
  const place = message.place && 'start' in message.place ? message.place : undefined
  return JSON.stringify([message.ruleId, place, message.line, message.column, message.reason, message.actual, message.expected, message.data, message.fatal])
}

/** Line starts of a text, to map offsets to line and column. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

const whole = createEngine(rules, {}, {sectionSize: Infinity})
const sectioned = createEngine(rules, {}, {sectionSize: 1000})

describe('splitSections', () => {
  it('cuts after blank lines, else after line ends, and covers the text exactly', () => {
    const text = inventedText(200)
    const sections = splitSections(text, 1000)
    expect(sections.length).toBeGreaterThan(4)
    expect(sections[0]!.start).toBe(0)
    expect(sections.at(-1)!.end).toBe(text.length)
    const starts = lineStarts(text)
    sections.forEach((section, index) => {
      if (index > 0) expect(section.start).toBe(sections[index - 1]!.end)
      expect(section.end - section.start).toBeLessThanOrEqual(1000)
      // After a blank line: the two characters before the cut are line breaks.
      if (index > 0) expect(text.slice(section.start - 2, section.start)).toBe('\n\n')
      expect(starts[section.line - 1]).toBe(section.start)
      expect(section.column).toBe(1)
    })
  })

  it('cuts a single line longer than the size after a sentence end, else at the size, never inside a surrogate pair', () => {
    const sentence = '这是一句很长的话。'
    const long = sentence.repeat(50)
    const sections = splitSections(long, 100)
    for (const section of sections.slice(0, -1)) expect(long[section.end - 1]).toBe('。')
    expect(sections.map((section) => long.slice(section.start, section.end)).join('')).toBe(long)
    const astral = '𠀀'.repeat(300)
    const cut = splitSections(astral, 101)
    for (const section of cut) expect(section.start % 2).toBe(0)
    expect(cut[1]!.column).toBe(cut[0]!.end + 1)
    expect(cut.every((section) => section.line === 1)).toBe(true)
  })

  it('cuts a line longer than the size into pieces of at most a quarter of it, and only such a line', () => {
    const text = `${'短行。\n'.repeat(40)}${'长句，'.repeat(400)}。\n${'短行。\n'.repeat(40)}`
    const sections = splitSections(text, 400)
    expect(sections.map((section) => text.slice(section.start, section.end)).join('')).toBe(text)
    const longStart = text.indexOf('长')
    const longEnd = text.indexOf('\n', longStart)
    const inside = sections.filter((section) => section.end > longStart && section.start < longEnd)
    // 1 200 characters without a sentence end: pieces of exactly 100 until the line's last 100.
    expect(inside.length).toBeGreaterThanOrEqual(12)
    for (const section of inside.slice(1, -1)) expect(section.end - section.start).toBeLessThanOrEqual(100)
    // Before the long line: the usual cut after a line end, not pieces.
    for (const section of sections.filter((section) => section.end <= longStart)) expect(text[section.end - 1]).toBe('\n')
    // Lines and columns of the pieces: all on the long line's line number.
    const longLine = text.slice(0, longStart).split('\n').length
    for (const section of inside.slice(1)) expect(section.line).toBe(longLine)
    expect(inside[1]!.column).toBe(inside[1]!.start - longStart + 1)
  })

  it('never cuts a CRLF', () => {
    const text = `${'一二三四五'.repeat(30)}\r\n`.repeat(20)
    for (const section of splitSections(text, 400)) expect(text[section.start - 1] ?? '\n').toBe('\n')
    const oneLine = `${'一二三四五\r\n'.repeat(5)}${'六'.repeat(500)}`
    for (const section of splitSections(oneLine, 99)) expect(oneLine.slice(section.start - 1, section.start + 1)).not.toBe('\r\n')
  })
})

describe('checking a large text in sections', () => {
  it('gives the same messages as checking it whole where sectioning cannot matter', async () => {
    const value = inventedText(240)
    const a = await whole.check({value, format: 'txt', path: 'big.txt'})
    const b = await sectioned.check({value, format: 'txt', path: 'big.txt'})
    expect(splitSections(value, 1000).length).toBeGreaterThan(5)
    expect(a.messages.length).toBeGreaterThan(100)
    // Findings whose data carries claim ids and lines, in later sections too.
    expect(a.messages.filter((message) => message.ruleId === 'parts-sum-to-whole' && message.line! > 100).length).toBeGreaterThan(3)
    expect(b.messages.map(describeMessage)).toEqual(a.messages.map(describeMessage))
    expect(b.data.claims).toEqual(a.data.claims)
    expect(b.data.lineFingerprints).toEqual(a.data.lineFingerprints)
  })

  it('points every message at its text: offset, line and column agree, and `actual` is the text there', async () => {
    // Property over several texts and section sizes, including cuts inside a single long line.
    const texts = [inventedText(150), inventedText(40).replaceAll('\n', ''), inventedText(90).replaceAll('\n', '\r\n')]
    for (const value of texts) {
      const starts = lineStarts(value)
      for (const size of [500, 1999, 4096]) {
        const file = await createEngine(rules, {}, {sectionSize: size}).check({value, format: 'txt', path: 'p.txt'})
        expect(file.messages.length).toBeGreaterThan(0)
        for (const message of file.messages) {
          const place = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
          for (const point of [place.start, place.end]) expect(starts[point.line - 1]! + point.column - 1).toBe(point.offset)
          expect(message.line).toBe(place.start.line)
          expect(message.name).toBe(`p.txt:${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`)
          if (message.actual !== undefined) expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        }
      }
    }
  })

  it('hands each section\'s messages over in order when asked, leaving file.messages empty', async () => {
    const value = inventedText(240)
    const handed: VFileMessage[][] = []
    const file = await sectioned.check({value, format: 'txt', path: 'big.txt', takeMessages: (messages) => handed.push(messages)})
    expect(file.messages).toEqual([])
    expect(handed.length).toBe(splitSections(value, 1000).length)
    const gathered = await sectioned.check({value, format: 'txt', path: 'big.txt'})
    expect(handed.flat().map(describeMessage)).toEqual(gathered.messages.map(describeMessage))
  })

  it('applies directives across sections: a disabled region spanning several sections stays silent', async () => {
    const body = inventedText(240).split('\n')
    const value = [...body.slice(0, 20), '<!-- jiaodui-disable no-invisible-character -->', ...body.slice(20, 200), '<!-- jiaodui-enable no-invisible-character -->', ...body.slice(200)].join('\n')
    const file = await sectioned.check({value, format: 'txt', path: 'big.txt'})
    const reference = await whole.check({value, format: 'txt', path: 'big.txt'})
    const invisible = file.messages.filter((message) => message.ruleId === 'no-invisible-character').map((message) => message.line!)
    expect(invisible.length).toBeGreaterThan(0)
    expect(invisible.every((line) => line < 21 || line > 202)).toBe(true)
    expect(file.messages.map(describeMessage)).toEqual(reference.messages.map(describeMessage))
  })

  it('fixes a sectioned text idempotently, changing nothing outside the reported spans', async () => {
    const value = inventedText(240)
    const fixed = await fixText(sectioned, {value, format: 'txt', path: 'big.txt'})
    expect(fixed.output).not.toBe(value)
    expect(fixed.output).toBe((await fixText(whole, {value, format: 'txt', path: 'big.txt'})).output)
    const again = await fixText(sectioned, {value: fixed.output, format: 'txt', path: 'big.txt'})
    expect(again.output).toBe(fixed.output)
    expect(again.fixed).toEqual([])
    // Outside the spans of the first pass's messages, the text is unchanged.
    const first = await sectioned.check({value, format: 'txt', path: 'big.txt'})
    const spans = first.messages.flatMap((message) => (message.expected ? [message.place as {start: {offset: number}; end: {offset: number}}] : []))
    let kept = ''
    let cursor = 0
    for (const span of [...spans].sort((x, y) => x.start.offset - y.start.offset)) {
      if (span.start.offset >= cursor) kept += value.slice(cursor, span.start.offset)
      cursor = Math.max(cursor, span.end.offset)
    }
    kept += value.slice(cursor)
    let rest = fixed.output
    for (const character of kept) {
      const at = rest.indexOf(character)
      expect(at).not.toBe(-1)
      rest = rest.slice(at + 1)
    }
  })

  it('checks Markdown and HTML whole, however long', async () => {
    const value = inventedText(240)
    const handed: VFileMessage[][] = []
    const file = await sectioned.check({value, format: 'md', path: 'big.md', takeMessages: (messages) => handed.push(messages)})
    expect(handed).toEqual([])
    expect(file.messages.length).toBeGreaterThan(100)
  })

  it('leaves texts under the size as they were: one check, messages in file.messages', async () => {
    const value = inventedText(30)
    const handed: VFileMessage[][] = []
    const file = await createEngine(rules).check({value, format: 'txt', path: 'small.txt', takeMessages: (messages) => handed.push(messages)})
    expect(handed).toEqual([])
    expect(file.messages.map(describeMessage)).toEqual((await whole.check({value, format: 'txt', path: 'small.txt'})).messages.map(describeMessage))
  })
})
