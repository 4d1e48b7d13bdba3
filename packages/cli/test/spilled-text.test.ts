import fc from 'fast-check'
import {afterEach, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {SpillStore} from '../src/spill.js'
import {forgetSpilledText, spillText} from '../src/spilled-text.js'

// Between the per-file phase and the report the CLI moves each text into the
// run's spill store (in memory up to a budget, then an unlinked temporary
// file) and reads it back on demand: the text read back must be the text
// checked, exactly, whichever file is read and in whatever order.

const stores: SpillStore[] = []
const storeWithBudget = (budget: number) => {
  const store = new SpillStore(budget)
  stores.push(store)
  return store
}
afterEach(() => {
  forgetSpilledText()
  for (const store of stores.splice(0)) store.close()
})

describe('spillText', () => {
  it('gives back every text exactly, from memory and from the spill file, in any order of reading', () => {
    const text = fc.array(fc.constantFrom('中', '文', 'a', '\n', '\r\n', '\uD800', '\uDC00', '😀', '\u200B'), {maxLength: 60}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 6}), fc.array(fc.nat(), {maxLength: 20}), fc.constantFrom(0, 1 << 20), (texts, order, budget) => {
        const store = storeWithBudget(budget)
        const files = texts.map((value) => new VFile({value}))
        for (const file of files) spillText(file, store, [], new Map())
        // The file no longer holds its text: it is read back from the store.
        for (const file of files) expect(Object.getOwnPropertyDescriptor(file, 'value')).toMatchObject({get: expect.any(Function)})
        for (const pick of order) expect(String(files[pick % files.length]!.value)).toBe(texts[pick % files.length])
        files.forEach((file, index) => expect(file.toString()).toBe(texts[index]))
      })
    )
  })

  it('keeps the data the run keeps equal, with one copy of each string for the run', () => {
    const store = storeWithBudget(1 << 20)
    const text = '全县共有学校120所，其中小学80所、中学50所。本县今年新增学校3所。'
    const strings = new Map<string, string>()
    const claims = () => [
      {metric: {id: '学校', text: '学校'}, sentence: text.slice(0, 20), scope: {id: 'unknown'}},
      {metric: {id: '学校', text: '学校'}, sentence: text.slice(0, 20), value: {low: 3, high: 3}, bounds: new Float64Array([3, 3])}
    ]
    const first = new VFile({value: text, data: {claims: claims()}})
    const second = new VFile({value: text, data: {claims: claims()}})
    spillText(first, store, ['claims'], strings)
    spillText(second, store, ['claims'], strings)
    expect(first.data['claims']).toEqual(claims())
    expect(second.data['claims']).toEqual(claims())
    expect([...strings.keys()].sort()).toEqual([text.slice(0, 20), '学校', 'unknown'].sort())
  })

  it('lets a new value be set, which is then an ordinary one', () => {
    const store = storeWithBudget(0)
    const file = new VFile({value: '原文'})
    spillText(file, store, [], new Map())
    expect(Object.getOwnPropertyDescriptor(file, 'value')).not.toHaveProperty('writable')
    file.value = '改后'
    expect(file.value).toBe('改后')
    expect(Object.getOwnPropertyDescriptor(file, 'value')).toMatchObject({value: '改后', writable: true})
  })
})
