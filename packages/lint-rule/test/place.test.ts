import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {placeOf} from '../src/index.js'

// `placeOf` keeps only numbers per file (a line index that held the text kept
// every checked text alive in runs of many files); its points must be those of
// `vfile-location`, which unified's own tools use, for every kind of line end.

const pieces = ['a', '中', '\r', '\n', '\r\n', '\uD800', ' ']

describe('placeOf', () => {
  it('gives the points of vfile-location for every offset of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const file = new VFile({value: text})
        const reference = location(new VFile({value: text}))
        for (let offset = 0; offset <= text.length; offset++) {
          expect(placeOf(file, offset, offset).start).toEqual(reference.toPoint(offset))
        }
      })
    )
  })

  it('refuses offsets outside the text', () => {
    const file = new VFile({value: '第一行\n第二行'})
    expect(() => placeOf(file, 0, 8)).toThrow(RangeError)
    expect(() => placeOf(file, -1, 2)).toThrow(RangeError)
    expect(placeOf(file, 4, 7)).toEqual({start: {line: 2, column: 1, offset: 4}, end: {line: 2, column: 4, offset: 7}})
  })
})
