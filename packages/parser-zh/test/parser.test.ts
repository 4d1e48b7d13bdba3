import type {Paragraph, Root, Sentence} from 'nlcst'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextChinese, {
  ParseChinese,
  segment,
  segmentWords,
  splitSentences
} from '../src/index.js'
import {checkShape, checkTree, compact} from './util.js'

const parser = new ParseChinese()

function parse(input: string): Root {
  const tree = parser.parse(input)
  checkTree(tree, input)
  checkShape(tree)
  return tree
}

/** Compact form of the words, punctuation… of a one-sentence input. */
function tokens(input: string): string[] {
  return segment(input).map(
    (token) =>
      ({
        han: 'W:',
        latin: 'W:',
        number: 'W:',
        url: 'W:',
        email: 'W:',
        punctuation: 'P:',
        symbol: 'SY:',
        emoji: 'SY:',
        invisible: 'SY:',
        whitespace: 'WS:'
      })[token.kind] + token.value
  )
}

describe('ParseChinese#parse: trees', () => {
  it('parses the empty document to an empty root', () => {
    expect(parser.parse('')).toEqual({
      type: 'RootNode',
      children: [],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
    expect(parser.parse()).toEqual(parser.parse(''))
    expect(new ParseChinese('你好').parse()).toEqual(parser.parse('你好'))
  })

  it('builds the exact tree, with positions, for a two-line document', () => {
    const input = '　我们走。\r\n\r\n好！'
    expect(parse(input)).toEqual({
      type: 'RootNode',
      children: [
        {
          type: 'ParagraphNode',
          children: [
            {
              type: 'WhiteSpaceNode',
              value: '　',
              position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
            },
            {
              type: 'SentenceNode',
              children: [
                {
                  type: 'WordNode',
                  children: [
                    {
                      type: 'TextNode',
                      value: '我们',
                      position: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 4, offset: 3}}
                    }
                  ],
                  position: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 4, offset: 3}}
                },
                {
                  type: 'WordNode',
                  children: [
                    {
                      type: 'TextNode',
                      value: '走',
                      position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}}
                    }
                  ],
                  position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}}
                },
                {
                  type: 'PunctuationNode',
                  value: '。',
                  position: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 6, offset: 5}}
                }
              ],
              position: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 6, offset: 5}}
            }
          ],
          position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 6, offset: 5}}
        },
        {
          type: 'WhiteSpaceNode',
          value: '\r\n\r\n',
          position: {start: {line: 1, column: 6, offset: 5}, end: {line: 3, column: 1, offset: 9}}
        },
        {
          type: 'ParagraphNode',
          children: [
            {
              type: 'SentenceNode',
              children: [
                {
                  type: 'WordNode',
                  children: [
                    {
                      type: 'TextNode',
                      value: '好',
                      position: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 2, offset: 10}}
                    }
                  ],
                  position: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 2, offset: 10}}
                },
                {
                  type: 'PunctuationNode',
                  value: '！',
                  position: {start: {line: 3, column: 2, offset: 10}, end: {line: 3, column: 3, offset: 11}}
                }
              ],
              position: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 3, offset: 11}}
            }
          ],
          position: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 3, offset: 11}}
        }
      ],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 3, offset: 11}}
    })
  })

  it('makes every line a paragraph; blank lines are root white space', () => {
    expect(compact(parse('第一行\n\n \t\n第二行\n'))).toEqual([
      'R',
      ['P', ['S', 'W:第一', 'W:行']],
      'WS:\n\n \t\n',
      ['P', ['S', 'W:第二', 'W:行']],
      'WS:\n'
    ])
  })

  it('keeps indentation and trailing white space in the paragraph', () => {
    expect(compact(parse('  \u3000\u3000正文。  \n'))).toEqual([
      'R',
      ['P', 'WS:  \u3000\u3000', ['S', 'W:正文', 'P:。'], 'WS:  '],
      'WS:\n'
    ])
  })

  it('treats leading blank lines and white-space-only documents as root white space', () => {
    expect(compact(parse(' \n\n  正文'))).toEqual([
      'R',
      'WS: \n\n',
      ['P', 'WS:  ', ['S', 'W:正文']]
    ])
    expect(compact(parse(' \u3000 '))).toEqual(['R', 'WS: \u3000 '])
    expect(compact(parse('\r\n'))).toEqual(['R', 'WS:\r\n'])
  })

  it('treats a lone `\\r` as a line ending, like vfile-location', () => {
    const tree = parse('甲\r乙')
    expect(compact(tree)).toEqual(['R', ['P', ['S', 'W:甲']], 'WS:\r', ['P', ['S', 'W:乙']]])
    expect(tree.children[2]?.position?.start).toEqual({line: 2, column: 1, offset: 2})
  })

  it('counts columns in UTF-16 code units (astral characters take two)', () => {
    const tree = parse('𠮷野家。好')
    const sentence = (tree.children[0] as Paragraph).children[1] as Sentence
    expect(sentence.position?.start).toEqual({line: 1, column: 6, offset: 5})
  })

  it('keeps white space inside a sentence and between sentences in the paragraph', () => {
    expect(compact(parse('他说 好。 我们走！'))).toEqual([
      'R',
      ['P', ['S', 'W:他', 'W:说', 'WS: ', 'W:好', 'P:。'], 'WS: ', ['S', 'W:我们', 'W:走', 'P:！']]
    ])
  })
})

describe('sentences', () => {
  function sentences(input: string): string[] {
    const tree = parse(input)
    const result: string[] = []
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const child of paragraph.children) {
        if (child.type === 'SentenceNode') {
          result.push(input.slice(child.position!.start.offset, child.position!.end.offset))
        }
      }
    }

    return result
  }

  it('ends at 。！？…； and their half-width forms', () => {
    expect(sentences('甲。乙！丙？丁…戊；己!庚?辛;壬')).toEqual([
      '甲。', '乙！', '丙？', '丁…', '戊；', '己!', '庚?', '辛;', '壬'
    ])
  })

  it('ends at small, vertical and doubled forms', () => {
    expect(sentences('甲﹔乙﹒丙︒丁‼戊⁉己｡庚')).toEqual([
      '甲﹔', '乙﹒', '丙︒', '丁‼', '戊⁉', '己｡', '庚'
    ])
  })

  it('keeps runs of terminals together: ……, ？！, !!, ?!', () => {
    expect(sentences('等等……然后？！真的!!是吗?!好')).toEqual([
      '等等……', '然后？！', '真的!!', '是吗?!', '好'
    ])
    expect(tokens('等等……')).toEqual(['W:等等', 'P:……'])
  })

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('他说：“我们走。”然后走了。')).toEqual(['他说：“我们走。”', '然后走了。'])
    expect(sentences('「好。」『是！』（完。）【注。】')).toEqual(['「好。」', '『是！』', '（完。）', '【注。】'])
    expect(sentences('他说：“‘走。’”好')).toEqual(['他说：“‘走。’”', '好'])
  })

  it('does not end a sentence at a terminal inside quotes', () => {
    expect(sentences('他说：“我在青禾讲过。你们做到了。”青禾镇里认真落实。')).toEqual([
      '他说：“我在青禾讲过。你们做到了。”',
      '青禾镇里认真落实。'
    ])
    expect(sentences('（见附件。下同）后文。')).toEqual(['（见附件。下同）后文。'])
    expect(sentences('“甲。‘乙。’丙。”丁。')).toEqual(['“甲。‘乙。’丙。”', '丁。'])
  })

  it('ignores quotes and brackets without a partner', () => {
    expect(sentences('他说：“我们走。然后走了。')).toEqual(['他说：“我们走。', '然后走了。'])
    expect(sentences('走了。”然后好。')).toEqual(['走了。”', '然后好。'])
    expect(sentences('甲）乙。丙')).toEqual(['甲）乙。', '丙'])
    expect(sentences('（注。一）二）三。')).toEqual(['（注。一）二）三。'])
  })

  it('tracks ASCII double quotes by pairs', () => {
    expect(sentences('他说"走。好。"然后。')).toEqual(['他说"走。好。"', '然后。'])
  })

  it('ends at `.` only after a Latin word and before white space or the end', () => {
    expect(sentences('Hello world. This is it.')).toEqual(['Hello world.', 'This is it.'])
    expect(sentences('中文.英文')).toEqual(['中文.英文'])
    expect(sentences('1.抓春耕备耕动员')).toEqual(['1.抓春耕备耕动员'])
    expect(sentences('他说"OK." 好')).toEqual(['他说"OK."', '好'])
    expect(sentences('整修村道水渠......随后走访')).toEqual(['整修村道水渠......', '随后走访'])
  })

  it('never ends a sentence inside a number, URL or e-mail address', () => {
    expect(sentences('增长19.5%。见http://www.people.com.cn/a.html。写信x.y@people.cn。')).toEqual([
      '增长19.5%。',
      '见http://www.people.com.cn/a.html。',
      '写信x.y@people.cn。'
    ])
  })

  it('keeps a paragraph without terminals as one sentence', () => {
    expect(sentences('首页>本地要闻本地要闻')).toEqual(['首页>本地要闻本地要闻'])
  })
})

describe('words', () => {
  it('segments Chinese words with the dictionary (simplified and traditional)', () => {
    expect(tokens('在春耕中各地坚持知行合一')).toEqual([
      'W:在', 'W:春耕', 'W:中', 'W:各地', 'W:坚持', 'W:知行合一'
    ])
    expect(tokens('青松坪村四周溝壑縱橫的山裡')).toContain('W:溝壑')
    expect(tokens('青松坪村四周溝壑縱橫的山裡')).toContain('W:縱橫')
  })

  it('keeps numbers whole', () => {
    expect(tokens('19.5万 1,234 1,234.5 2018年 １２３ 3.5万')).toEqual([
      'W:19.5', 'W:万', 'WS: ',
      'W:1,234', 'WS: ',
      'W:1,234.5', 'WS: ',
      'W:2018', 'W:年', 'WS: ',
      'W:１２３', 'WS: ',
      'W:3.5', 'W:万'
    ])
  })

  it('keeps `%` apart as a symbol and times, dates and fractions whole', () => {
    expect(tokens('77.6% 10:31 2019-05-17 1/2 ５％')).toEqual([
      'W:77.6', 'SY:%', 'WS: ', 'W:10:31', 'WS: ', 'W:2019-05-17', 'WS: ', 'W:1/2', 'WS: ', 'W:５', 'SY:％'
    ])
  })

  it('does not join a comma that is not a thousands separator', () => {
    expect(tokens('1,2,3 12,3456')).toEqual([
      'W:1', 'P:,', 'W:2', 'P:,', 'W:3', 'WS: ', 'W:12', 'P:,', 'W:3456'
    ])
  })

  it('keeps Latin words with inner apostrophes, hyphens and dots', () => {
    expect(tokens("don't COVID-19 e-mail it’s R&D 5G No.550 snake_case")).toEqual([
      "W:don't", 'WS: ', 'W:COVID-19', 'WS: ', 'W:e-mail', 'WS: ', 'W:it’s', 'WS: ',
      'W:R&D', 'WS: ', 'W:5G', 'WS: ', 'W:No.550', 'WS: ', 'W:snake_case'
    ])
    expect(tokens('微软CEO说')).toEqual(['W:微软', 'W:CEO', 'W:说'])
  })

  it('keeps URLs and e-mail addresses whole, without trailing punctuation', () => {
    expect(tokens('网址：https://example.com/a_b?x=1&y=2#top，邮箱12345@qq.com。')).toEqual([
      'W:网址', 'P:：', 'W:https://example.com/a_b?x=1&y=2#top', 'P:，',
      'W:邮箱', 'W:12345@qq.com', 'P:。'
    ])
    expect(tokens('(see www.people.com.cn).')).toEqual([
      'P:(', 'W:see', 'WS: ', 'W:www.people.com.cn', 'P:)', 'P:.'
    ])
    expect(segmentWords('见 http://a.cn/x_(y) 和 a@b.cn').map((word) => word.kind)).toEqual([
      'han', 'url', 'han', 'email'
    ])
  })

  it('keeps an astral hanzi whole, inside a word', () => {
    const words = segmentWords('𠮷野家')
    expect(words.map((word) => word.value).join('')).toBe('𠮷野家')
    expect(words.every((word) => word.kind === 'han')).toBe(true)
    expect(words[0]?.value.startsWith('𠮷')).toBe(true)
  })

  it('reports kinds and offsets from segmentWords', () => {
    expect(segmentWords('共8542名，COVID-19')).toEqual([
      {value: '共', start: 0, end: 1, kind: 'han'},
      {value: '8542', start: 1, end: 5, kind: 'number'},
      {value: '名', start: 5, end: 6, kind: 'han'},
      {value: 'COVID-19', start: 7, end: 15, kind: 'latin'}
    ])
  })
})

describe('punctuation, symbols, white space', () => {
  it('makes CJK and ASCII punctuation punctuation nodes; ……and —— are one node', () => {
    expect(tokens('甲，乙、丙：丁——戊……己·庚《辛》')).toEqual([
      'W:甲', 'P:，', 'W:乙', 'P:、', 'W:丙', 'P:：', 'W:丁', 'P:——', 'W:戊', 'P:……',
      'W:己', 'P:·', 'W:庚', 'P:《', 'W:辛', 'P:》'
    ])
    expect(tokens('a,b;c(d)')).toEqual(['W:a', 'P:,', 'W:b', 'P:;', 'W:c', 'P:(', 'W:d', 'P:)'])
  })

  it('never merges quotes or brackets', () => {
    expect(tokens('（（甲））')).toEqual(['P:（', 'P:（', 'W:甲', 'P:）', 'P:）'])
  })

  it('makes symbols, runs of one symbol, and emoji sequences symbol nodes', () => {
    expect(tokens('***当先锋 >>党建 $5+3=8 @#')).toEqual([
      'SY:***', 'W:当', 'W:先锋', 'WS: ', 'SY:>>', 'W:党', 'W:建', 'WS: ',
      'SY:$', 'W:5', 'SY:+', 'W:3', 'SY:=', 'W:8', 'WS: ', 'SY:@', 'SY:#'
    ])
    expect(tokens('好👍🏽👨‍👩‍👧🇨🇳')).toEqual(['W:好', 'SY:👍🏽', 'SY:👨‍👩‍👧', 'SY:🇨🇳'])
  })

  it('makes enclosed numbers symbols', () => {
    expect(tokens('组织力②')).toEqual(['W:组织', 'W:力', 'SY:②'])
  })

  it('makes each invisible character its own symbol node, without breaking words', () => {
    expect(tokens('中\u200B国 中\uFEFF国 a\u00ADb \u200E\u202A')).toEqual([
      'W:中', 'SY:\u200B', 'W:国', 'WS: ', 'W:中', 'SY:\uFEFF', 'W:国', 'WS: ',
      'W:a', 'SY:\u00AD', 'W:b', 'WS: ', 'SY:\u200E', 'SY:\u202A'
    ])
    expect(tokens('\u200D\u2060')).toEqual(['SY:\u200D', 'SY:\u2060'])
  })

  it('makes white space of every kind white space nodes', () => {
    expect(tokens('甲 \t\u3000\u00A0\u2002乙')).toEqual(['W:甲', 'WS: \t\u3000\u00A0\u2002', 'W:乙'])
  })

  it('makes lone surrogates their own symbol', () => {
    expect(tokens('甲\uD800乙\uDC00\uDC00')).toEqual(['W:甲', 'SY:\uD800', 'W:乙', 'SY:\uDC00', 'SY:\uDC00'])
    parse('\uD83D')
    parse('\uDE00\uD83D')
  })

  it('attaches combining marks to the character before', () => {
    expect(tokens('café 葛\uDB40\uDD00')).toEqual(['W:café', 'WS: ', 'W:葛\uDB40\uDD00'])
    expect(tokens(' \u0301')).toEqual(['WS: ', 'SY:\u0301'])
  })
})

describe('ParseChinese#tokenize', () => {
  it('returns sentence content with positions relative to the value', () => {
    const nodes = parser.tokenize('甲，\n乙')
    expect(nodes.map(compact)).toEqual(['W:甲', 'P:，', 'WS:\n', 'W:乙'])
    expect(nodes[3]?.position).toEqual({
      start: {line: 2, column: 1, offset: 3},
      end: {line: 2, column: 2, offset: 4}
    })
    expect(parser.tokenize('')).toEqual([])
    expect(parser.tokenize(null)).toEqual([])
  })
})

describe('splitSentences', () => {
  it('re-splits a paragraph that a Latin splitter made, and is idempotent', () => {
    const input = '他说：“走。”好。 Then. 再见！'
    const words = parser.tokenize(input)
    // What `mdast-util-to-nlcst` builds: one sentence split at Latin terminals.
    const paragraph: Paragraph = {
      type: 'ParagraphNode',
      children: [
        {type: 'SentenceNode', children: words.slice(0, 16)},
        {type: 'SentenceNode', children: words.slice(16)}
      ]
    }
    splitSentences(paragraph)
    const expected = [
      'P',
      ['S', 'W:他', 'W:说', 'P:：', 'P:“', 'W:走', 'P:。', 'P:”'],
      ['S', 'W:好', 'P:。'],
      'WS: ',
      ['S', 'W:Then', 'P:.'],
      'WS: ',
      ['S', 'W:再见', 'P:！']
    ]
    expect(compact(paragraph)).toEqual(expected)
    expect(paragraph.position).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 20, offset: 19}
    })
    expect((paragraph.children[3] as Sentence).position).toEqual({
      start: {line: 1, column: 11, offset: 10},
      end: {line: 1, column: 16, offset: 15}
    })
    const copy = structuredClone(paragraph)
    splitSentences(paragraph)
    expect(paragraph).toEqual(copy)
  })

  it('lifts white space with two line endings out of sentences', () => {
    const paragraph: Paragraph = {
      type: 'ParagraphNode',
      children: [{type: 'SentenceNode', children: parser.tokenize('“甲\n\n乙。”')}]
    }
    splitSentences(paragraph)
    expect(compact(paragraph)).toEqual(['P', ['S', 'P:“', 'W:甲'], 'WS:\n\n', ['S', 'W:乙', 'P:。', 'P:”']])
  })
})

describe('retextChinese', () => {
  it('is a unified parser plugin that round-trips', async () => {
    const processor = unified().use(retextChinese).use(retextStringify)
    const input = '　　中文。English too.\n'
    const tree = processor.parse(input)
    checkTree(tree, input)
    expect(String(await processor.process(input))).toBe(input)
  })

  it('runs nlcst extensions; paragraph extensions see Chinese sentences', () => {
    const seen: number[] = []
    const processor = unified()
      .data('nlcstParagraphExtensions', [
        (paragraph: Paragraph) => {
          seen.push(paragraph.children.filter((child) => child.type === 'SentenceNode').length)
        }
      ])
      .data('nlcstSentenceExtensions', [
        (sentence: Sentence) => {
          sentence.data = {seen: true}
        }
      ])
      .use(retextChinese)
    processor.parse('甲。乙。\n丙')
    expect(seen).toEqual([2, 1])
  })

  it('keeps no state between documents', () => {
    const processor = unified().use(retextChinese)
    expect(processor.parse('甲。')).toEqual(new ParseChinese().parse('甲。'))
    expect(processor.parse('甲。')).toEqual(processor.parse('甲。'))
  })
})
