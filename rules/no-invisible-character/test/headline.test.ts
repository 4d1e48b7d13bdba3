import fc from 'fast-check'
import {expect, test} from 'vitest'
import {isHeadline} from '../src/index.js'

// `isHeadline` looks for line ends only as far as a headline (60 characters)
// reaches; it must answer as the whole-line test did.

function reference(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  const line = text.slice(start, end === -1 ? text.length : end)
  return line.length <= 60 && !/[。！？]/.test(line)
}

test('answers as the whole-line test on random lines around the 60-character bound', () => {
  const piece = fc.constantFrom('新', '闻', '\n', '。', ' ', '\u200b', '标题很短', '这一行有二十个字这一行有二十个字这一行')
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 60}), fc.nat(), (parts, pick) => {
      const text = parts.join('')
      if (text.length === 0) return
      const index = pick % text.length
      expect(isHeadline(text, index)).toBe(reference(text, index))
    }),
    {numRuns: 3000}
  )
})
