import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {buildReport, defaultNotesPerRule, noteOf} from '@jiaodui/core'
import {json} from '../src/reporters/json.js'
import {chunked, Streamed, writeJson, writeToFile} from '../src/stream.js'

/** A value with `Streamed` arrays put back as plain arrays. */
function plain(value: unknown): unknown {
  if (value instanceof Streamed) return [...value.items].map(plain)
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]))
  return value
}

/** The line breaks `writeJson` writes for a value: one before each item of a `Streamed` array and one before its `]`. */
function lineBreaks(value: unknown): number {
  if (value instanceof Streamed) {
    const items = [...value.items]
    return items.length + (items.length > 0 ? 1 : 0) + items.reduce<number>((sum, item) => sum + lineBreaks(item), 0)
  }
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((sum, item) => sum + lineBreaks(item), 0)
  return 0
}

/** Any JSON value, some arrays of it `Streamed`. */
const withStreams = fc.letrec<{value: unknown}>((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    fc.jsonValue({maxDepth: 2}),
    // Items of a Streamed array hold a Streamed only as an own property (a file entry's messages).
    fc
      .array(fc.oneof(fc.jsonValue({maxDepth: 2}), fc.record({path: fc.string(), messages: fc.array(fc.jsonValue({maxDepth: 1}), {maxLength: 3}).map((items) => new Streamed(items))})), {maxLength: 4})
      .map((items) => new Streamed(items)),
    fc.array(tie('value'), {maxLength: 4}),
    fc.dictionary(fc.string({maxLength: 4}), tie('value'), {maxKeys: 4})
  )
})).value

describe('writeJson', () => {
  it('writes what JSON.stringify(value) makes, with a line break before each item of a Streamed array', () => {
    fc.assert(
      fc.property(withStreams, (value) => {
        const pieces: string[] = []
        writeJson(value, (piece) => pieces.push(piece))
        const text = pieces.join('')
        // JSON never holds a raw line break inside a string: every one is between items.
        expect(text.replaceAll('\n', '')).toBe(JSON.stringify(plain(value)))
        expect(text.split('\n').length - 1).toBe(lineBreaks(value))
      }),
      {numRuns: 500}
    )
  })

  it('takes each item of a Streamed array only when writing it', () => {
    const taken: number[] = []
    const written: string[] = []
    function* items() {
      for (let index = 0; index < 3; index++) {
        taken.push(index)
        expect(written.join('')).not.toContain(`"n":${index}`)
        yield {n: index}
      }
    }
    writeJson({list: new Streamed(items())}, (piece) => written.push(piece))
    expect(taken).toEqual([0, 1, 2])
  })
})

describe('chunked and writeToFile', () => {
  it('hands the sink every piece, in order, in few chunks', () => {
    const chunks: string[] = []
    const writer = chunked((chunk) => chunks.push(chunk))
    const piece = 'x'.repeat(1000)
    for (let index = 0; index < 200; index++) writer.write(piece)
    writer.end()
    expect(chunks.join('')).toBe(piece.repeat(200))
    expect(chunks.length).toBeLessThan(10)
  })

  it('writes a file as it is produced', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jiaodui-stream-')), 'out.json')
    writeToFile(file, (write) => writeJson({a: new Streamed([1, 2])}, write))
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({a: [1, 2]})
  })
})

describe('the JSON report', () => {
  it('carries each rule url and note once, messages point at notes by index', () => {
    const file = new VFile({path: 'a.txt', value: '甲乙丙'})
    for (const [note, offset] of [['first note', 0], ['second note', 1], ['first note', 2]] as const) {
      const message = file.message('reason', {place: {line: 1, column: offset + 1, offset}, ruleId: 'some-rule', source: 'jiaodui'})
      message.note = note
      message.url = 'https://example.com/some-rule'
    }
    const report = buildReport([{path: 'a.txt', file}], '0.0.0')
    const parsed = JSON.parse(json(report))
    expect(parsed.rules).toEqual({'some-rule': {url: 'https://example.com/some-rule', notes: ['first note', 'second note']}})
    expect(parsed.files[0].messages.map((message: {noteIndex: number}) => message.noteIndex)).toEqual([0, 1, 0])
    expect(parsed.files[0].messages[0]).not.toHaveProperty('url')
    const text = json(report)
    expect(text.replaceAll('\n', '')).toBe(JSON.stringify(report))
    // One line per file entry and per message, then the closing lines.
    expect(text.split('\n').filter((line) => line.startsWith('{"ruleId"'))).toHaveLength(3)
  })

  it('keeps at most 1 000 distinct notes per rule; a note past them is written in its message', () => {
    const value = '甲'.repeat(1100)
    const file = new VFile({path: 'a.txt', value})
    // 1 003 distinct notes (a clash quoting its sentences), then the first one again.
    const notes = [...Array.from({length: defaultNotesPerRule + 3}, (_, index) => `note ${index}`), 'note 0']
    notes.forEach((note, offset) => {
      const message = file.message('reason', {place: {line: 1, column: offset + 1, offset}, ruleId: 'some-rule', source: 'jiaodui'})
      message.note = note
    })
    const parsed = JSON.parse(json(buildReport([{path: 'a.txt', file}], '0.0.0')))
    expect(parsed.rules['some-rule'].notes).toHaveLength(defaultNotesPerRule)
    const messages = parsed.files[0].messages as Array<{noteIndex?: number; note?: string}>
    expect(messages.map((message) => noteOf(parsed.rules, message as never))).toEqual(notes)
    expect(messages.filter((message) => message.note !== undefined).map((message) => message.note)).toEqual(['note 1000', 'note 1001', 'note 1002'])
    expect(messages.every((message) => (message.note === undefined) !== (message.noteIndex === undefined))).toBe(true)
    // A note already in the table keeps pointing at it.
    expect(messages.at(-1)).toMatchObject({noteIndex: 0})
    expect(messages.at(-1)).not.toHaveProperty('note')
  })
})
