import {describe, expect, it} from 'vitest'
import {BREAK, HIGH, LOW, SYMBOL, bmpTable, classify} from '../src/chars.js'

describe('the BMP class table', () => {
  it('gives every code point of the BMP the class classify gives it', () => {
    const table = bmpTable()
    const differing: string[] = []
    for (let cp = 0; cp < 0x10000; cp++) if (table[cp] !== classify(cp)) differing.push(`U+${cp.toString(16)}: ${table[cp]} vs ${classify(cp)}`)
    expect(differing).toEqual([])
  })

  it('keeps the fixed classes: line endings, surrogate halves, exceptions to punctuation and numbers', () => {
    const table = bmpTable()
    expect([table[10], table[13], table[0xd800], table[0xdbff], table[0xdc00], table[0xdfff]]).toEqual([BREAK, BREAK, HIGH, HIGH, LOW, LOW])
    // `%` is punctuation by Unicode and a symbol for editors; `①` is a number and a list marker.
    expect([table['%'.charCodeAt(0)], table['①'.charCodeAt(0)]]).toEqual([SYMBOL, SYMBOL])
  })
})
