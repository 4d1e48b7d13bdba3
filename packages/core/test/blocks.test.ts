import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {widenDeletions} from '../src/blocks.js'

// A deletion of all of a block's text takes the block's markup and the blank
// line after it. Widening is not idempotent (a widened span reaches the next
// blank line), so the engine widens each message once: the per-file phase's
// messages after the rules ran, the corpus phase's after the completers ran.

function pageWithDeletion(): VFile {
  const file = new VFile({value: '<p>甲</p>\n\n\n\n<p>乙</p>\n', path: 'a.html'})
  file.data.blocks = [
    {start: 0, end: 8, textStart: 3, textEnd: 4},
    {start: 12, end: 20, textStart: 15, textEnd: 16}
  ]
  file.message('Unexpected `甲`, expected nothing', {place: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}}}).expected = ['']
  return file
}

describe('widenDeletions', () => {
  test('a deletion of a block\'s text takes the element, its line break and one blank line', () => {
    const file = pageWithDeletion()
    widenDeletions(file)
    expect(file.messages[0]!.actual).toBe('<p>甲</p>\n\n')
  })

  test('messages before `first` stay as they were widened; later ones are widened', () => {
    const file = pageWithDeletion()
    widenDeletions(file)
    file.message('Unexpected `乙`, expected nothing', {place: {start: {line: 5, column: 4, offset: 15}, end: {line: 5, column: 5, offset: 16}}}).expected = ['']
    widenDeletions(file, 1)
    expect(file.messages.map((message) => message.actual)).toEqual(['<p>甲</p>\n\n', '<p>乙</p>\n'])
    // What the corpus phase used to do: widen every message again, taking the further blank lines.
    widenDeletions(file)
    expect(file.messages[0]!.actual).toBe('<p>甲</p>\n\n\n\n')
  })
})
