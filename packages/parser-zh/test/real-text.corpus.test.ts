import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {ParseChinese, segmentWords} from '../src/index.js'
import {checkShape, checkTree} from './util.js'

// `/work/shared` is `../shared` from the repo root; never copied into the repo.
const corpus = new URL('../../../../shared/corpus/', import.meta.url)

function files(folder: string): Array<[string, string]> {
  const directory = fileURLToPath(new URL(folder + '/', corpus))
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [folder + '/' + name, readFileSync(directory + name, 'utf8')])
}

const seeds = files('seeds')
const dev = files('boilerplate-dev')
const parser = new ParseChinese()

describe('corpus', () => {
  it('has the expected files', () => {
    expect(seeds.length).toBe(5)
    expect(dev.length).toBeGreaterThanOrEqual(19)
  })

  for (const [name, text] of [...seeds, ...dev]) {
    it(`${name}: round-trips with correct positions`, () => {
      const tree = parser.parse(text)
      checkTree(tree, text)
      checkShape(tree)
      // And with Windows line endings.
      const crlf = text.replace(/\n/g, '\r\n')
      checkTree(parser.parse(crlf), crlf)
    })
  }
})

describe('seeds', () => {
  for (const [name, text] of seeds) {
    const tree = parser.parse(text)

    it(`${name}: every 。 outside quotes ends a sentence`, () => {
      const ends = sentenceEnds(tree)
      const expected = expectedEnds(text)
      expect(expected.length).toBeGreaterThan(0)
      const missing = expected.filter((offset) => !ends.has(offset))
      expect(missing.map((offset) => text.slice(Math.max(0, offset - 12), offset + 4))).toEqual([])
    })

    it(`${name}: decimals and years are whole words`, () => {
      const words = wordsByOffset(tree)
      const numbers = [...text.matchAll(/(?<![\d.])\d+\.\d+(?![\d.])|(?<![\d:.,])\d{4}(?=年)/g)]
      expect(numbers.length).toBeGreaterThan(0)

      for (const match of numbers) {
        expect(words.get(match.index)).toBe(match[0])
      }
    })

    it(`${name}: runs of hanzi are split into dictionary words`, () => {
      let han = 0
      let characters = 0
      let longest = 0

      visit(tree, 'WordNode', (node: Word) => {
        const value = toString(node)
        if (/^\p{sc=Han}+$/u.test(value)) {
          han++
          characters += value.length
          longest = Math.max(longest, value.length)
        }
      })

      // Dictionary words are short; one word per line would be far longer.
      expect(characters / han).toBeLessThan(2.5)
      expect(longest).toBeLessThan(12)
    })
  }

  it('000: the numbers of the design page are whole words', () => {
    const [, text] = seeds.find(([name]) => name.includes('000_'))!
    const values = new Set(segmentWords(text).map((word) => word.value))
    for (const value of ['19.5', '1.97', '2.15', '1.91', '8500', '2600']) {
      expect(values.has(value)).toBe(true)
    }
  })

  it('002: 77.6 is a whole word and ﹔ ends a sentence', () => {
    const [, text] = seeds.find(([name]) => name.includes('002_'))!
    const tree = parser.parse(text)
    expect(new Set(wordsByOffset(tree).values()).has('77.6')).toBe(true)
    const ends = sentenceEnds(tree)
    const semicolon = text.indexOf('﹔')
    expect(ends.has(semicolon + 1)).toBe(true)
  })
})

/** End offsets of every sentence. */
function sentenceEnds(tree: Root): Set<number> {
  const ends = new Set<number>()
  visit(tree, 'SentenceNode', (node) => {
    ends.add(node.position!.end.offset!)
  })
  return ends
}

function wordsByOffset(tree: Root): Map<number, string> {
  const words = new Map<number, string>()
  visit(tree, 'WordNode', (node: Word) => {
    words.set(node.position!.start.offset!, toString(node))
  })
  return words
}

/**
 * Where sentences must end, found without the parser: scan each line,
 * track the depth of `“‘「『` quotes, and after every `。` at depth 0 skip the
 * terminals and closing marks that follow it.
 */
function expectedEnds(text: string): number[] {
  const open = new Set([...'“‘「『'])
  const close = new Set([...'”’」』'])
  const following = new Set([...'。！？；…”’」』）)】》〉'])
  const result: number[] = []
  let depth = 0

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)

    if (char === '\n' || char === '\r') {
      depth = 0
    } else if (open.has(char)) {
      depth++
    } else if (close.has(char)) {
      depth = Math.max(0, depth - 1)
    } else if (char === '。' && depth === 0) {
      let end = index + 1
      while (end < text.length && following.has(text.charAt(end))) end++
      result.push(end)
    }
  }

  return result
}
