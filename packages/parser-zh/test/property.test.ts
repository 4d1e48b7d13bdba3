import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ParseChinese, segment, splitSentences} from '../src/index.js'
import {checkShape, checkTree} from './util.js'

const parser = new ParseChinese()

// Pieces that exercise every rule: hanzi (BMP and astral), Latin, digits and
// their joiners, CJK and ASCII punctuation, quotes, line endings, odd white
// space, invisible characters, emoji parts and lone surrogates.
const pieces = [
  '中', '国', '我们', '脱贫攻坚', '鷹落溝村', '𠮷', '葛\uDB40\uDD00', 'か', '한',
  'a', 'Z', 'é', 'e\u0301', 'ａ', '0', '7', '１', '19.5', '1,234', '10:31',
  '.', ',', ':', '-', "'", '’', '/', '_', '&', '@', '%', '％', '#', '*', '+', '$',
  '。', '！', '？', '…', '……', '；', ';', '!', '?', '，', '、', '：', '——', '·', '﹔',
  '“', '”', '‘', '’', '「', '」', '『', '』', '（', '）', '(', ')', '《', '》', '"', '【', '】',
  ' ', '  ', '\t', '\u3000', '\u00A0', '\u2028', '\n', '\r', '\r\n', '\n\n', '\r\r\n',
  '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u200E', '\u202E', '\u2066',
  '👍', '\uD83C\uDFFD', '🇨', '\uD800', '\uDC00', '\uDBFF', '\u0301', '\uFE0F',
  'http://a.cn/x', 'www.b.com', 'x@y.cn', '①', '\u0000', '\uFFFF'
]

const mixed = fc
  .array(fc.constantFrom(...pieces), {maxLength: 60})
  .map((parts) => parts.join(''))

const codeUnits = fc
  .array(fc.integer({min: 0, max: 0xffff}), {maxLength: 40})
  .map((units) => String.fromCharCode(...units))

const arbitraries: Array<[string, fc.Arbitrary<string>]> = [
  ['fc.string()', fc.string()],
  ['fc.string({unit: "binary"}) (full Unicode)', fc.string({unit: 'binary', maxLength: 60})],
  ['fc.string({unit: "grapheme"})', fc.string({unit: 'grapheme', maxLength: 40})],
  ['arbitrary UTF-16 code units (lone surrogates)', codeUnits],
  ['mixed hanzi / Latin / digits / punctuation / line endings', mixed]
]

describe('parse: round-trip and positions', () => {
  for (const [name, arbitrary] of arbitraries) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const tree = parser.parse(input)
          checkTree(tree, input)
          checkShape(tree)
        }),
        {numRuns: 1000}
      )
    })
  }

  it('the empty string', () => {
    checkTree(parser.parse(''), '')
  })
})

describe('tokenize and segment', () => {
  for (const [name, arbitrary] of arbitraries) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const nodes = parser.tokenize(input)
          if (input === '') {
            expect(nodes).toEqual([])
          } else {
            // Wrap the tokens so `checkTree` checks them (contiguity included).
            const sentence: Sentence = {type: 'SentenceNode', children: nodes, position: span(input)}
            const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence], position: span(input)}
            checkTree({type: 'RootNode', children: [paragraph], position: span(input)}, input)
          }

          const tokens = segment(input)
          let offset = 0
          for (const token of tokens) {
            expect(token.start).toBe(offset)
            expect(token.end).toBeGreaterThan(token.start)
            expect(token.value).toBe(input.slice(token.start, token.end))
            offset = token.end
          }

          expect(offset).toBe(input.length)
        }),
        {numRuns: 500}
      )
    })
  }

  function span(input: string) {
    const lines = input.split(/\r\n|\r|\n/)
    return {
      start: {line: 1, column: 1, offset: 0},
      end: {line: lines.length, column: lines.at(-1)!.length + 1, offset: input.length}
    }
  }
})

describe('structure', () => {
  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), (input) => {
        for (const token of segment(input)) {
          const first = token.value.charCodeAt(0)
          const last = token.value.charCodeAt(token.value.length - 1)
          if (first >= 0xdc00 && first <= 0xdfff) return false
          if (last >= 0xd800 && last <= 0xdbff) return false
        }

        return true
      }),
      {numRuns: 1000}
    )
  })

  it('the sentence splitter is idempotent', () => {
    fc.assert(
      fc.property(mixed, (input) => {
        const tree = parser.parse(input)
        const before = structuredClone(tree)
        for (const child of tree.children) {
          if (child.type === 'ParagraphNode') splitSentences(child as Paragraph)
        }

        expect(tree).toEqual(before)
      }),
      {numRuns: 500}
    )
  })

  it('paragraphs are exactly the non-blank lines', () => {
    fc.assert(
      fc.property(mixed, (input) => {
        const tree = parser.parse(input)
        const paragraphs = tree.children
          .filter((child) => child.type === 'ParagraphNode')
          .map((child) => toString(child))
        const lines = input
          .split(/\r\n|\r|\n/)
          .filter((line) => /[^\t\v\f \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/.test(line))
        expect(paragraphs).toEqual(lines)
      }),
      {numRuns: 500}
    )
  })
})

describe('hanWords: run', () => {
  const runParser = new ParseChinese()
  runParser.hanWords = 'run'

  /** Paragraph and sentence spans, and the leaves' text, of a tree. */
  function outline(tree: Root): string[] {
    const out: string[] = []
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      out.push(`P ${child.position!.start.offset}-${child.position!.end.offset} ${toString(child)}`)
      for (const sentence of child.children) out.push(`S ${sentence.position!.start.offset}-${sentence.position!.end.offset}`)
    }
    return out
  }

  it('makes a valid tree with the same paragraphs, sentences and text as dictionary words', () => {
    fc.assert(
      fc.property(mixed, (input) => {
        const tree = runParser.parse(input)
        checkTree(tree, input)
        checkShape(tree)
        expect(outline(tree)).toEqual(outline(parser.parse(input)))
      }),
      {numRuns: 1000}
    )
  })

  it('keeps a run of Han characters one word node', () => {
    const words = runParser.tokenize('全县共培训12.5万名新型农民').filter((node) => node.type === 'WordNode')
    expect(words.map((word) => toString(word))).toEqual(['全县共培训', '12.5', '万名新型农民'])
    expect(parser.tokenize('全县共培训').filter((node) => node.type === 'WordNode').length).toBeGreaterThan(1)
  })

  it('is chosen by the plugin option and carried by parserFor', async () => {
    const {unified} = await import('unified')
    const {default: retextChinese, parserFor} = await import('../src/index.js')
    const processor = unified().use(retextChinese, {hanWords: 'run'})
    const tree = processor.parse('第一书记。') as Root
    expect(toString(tree)).toBe('第一书记。')
    expect(parserFor(processor).hanWords).toBe('run')
    expect(parserFor(unified().use(retextChinese)).hanWords).toBe('dictionary')
  })
})
