import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {location} from 'vfile-location'
import {ParseChinese} from '../src/index.js'

async function markdown(doc: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkRetext, new ParseChinese())
  const file = new VFile(doc)
  return (await processor.run(processor.parse(file), file)) as unknown as Root
}

async function html(doc: string): Promise<Root> {
  const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, new ParseChinese())
  const file = new VFile(doc)
  return (await processor.run(processor.parse(file), file)) as unknown as Root
}

function sentences(tree: Root): string[] {
  const result: string[] = []
  visit(tree, 'SentenceNode', (node) => {
    result.push(toString(node))
  })
  return result
}

/**
 * Leaves (words, punctuation, symbols, white space that is not a synthetic
 * block separator) slice the source to their own text, with line/column from
 * `vfile-location`; parents start at their first child and end at their last.
 */
function checkPositions(tree: Root, doc: string): void {
  const place = location(doc)

  visit(tree, (node: Nodes) => {
    if (node.type === 'RootNode') return
    const position = node.position
    expect(position, node.type).toBeDefined()
    const {start, end} = position!
    expect(place.toPoint(start.offset)).toEqual(start)
    expect(place.toPoint(end.offset)).toEqual(end)

    if ('children' in node) {
      expect(node.children.length).toBeGreaterThan(0)
      expect(node.children[0]!.position!.start).toEqual(start)
      expect(node.children.at(-1)!.position!.end).toEqual(end)
    } else if (!(node.type === 'WhiteSpaceNode' && /\n/.test(node.value))) {
      expect(doc.slice(start.offset, end.offset)).toBe(node.value)
    }
  })
}

describe('remark-retext with `new ParseChinese()`', () => {
  const doc = [
    '# 标题：脱贫攻坚',
    '',
    '他说：“我在宁德讲过。你们做到了。”然后走了。第二句！**加粗**的文字。',
    '',
    '- 列表项一。列表项二；',
    '- Item one. Item two.',
    '',
    '　　增长19.5%，见 <http://www.people.com.cn/a.html>。'
  ].join('\n')

  it('splits sentences by the Chinese rules', async () => {
    const tree = await markdown(doc)
    expect(sentences(tree)).toEqual([
      '标题：脱贫攻坚',
      '他说：“我在宁德讲过。你们做到了。”',
      '然后走了。',
      '第二句！',
      '加粗的文字。',
      '列表项一。',
      '列表项二；',
      'Item one.',
      'Item two.',
      '增长19.5%，见 http://www.people.com.cn/a.html。'
    ])
  })

  it('makes one paragraph per block, with white space between them', async () => {
    const tree = await markdown(doc)
    expect(tree.children.map((child) => child.type)).toEqual([
      'ParagraphNode', 'WhiteSpaceNode',
      'ParagraphNode', 'WhiteSpaceNode',
      'ParagraphNode', 'WhiteSpaceNode',
      'ParagraphNode', 'WhiteSpaceNode',
      'ParagraphNode'
    ])
  })

  it('keeps positions right', async () => {
    checkPositions(await markdown(doc), doc)
  })

  it('is idempotent with its own paragraph plugin', async () => {
    const parser = new ParseChinese()
    parser.tokenizeParagraphPlugins.push(parser.tokenizeParagraphPlugins[0]!)
    const processor = unified().use(remarkParse).use(remarkRetext, parser)
    const file = new VFile(doc)
    const twice = await processor.run(processor.parse(file), file)
    expect(twice).toEqual(await markdown(doc))
  })
})

describe('rehype-retext with `new ParseChinese()`', () => {
  const doc =
    '<h1>标题</h1>\n<p>他说：“走。”然后<b>走了</b>。再见！</p>\n<div>甲。乙？<br>丙</div>'

  it('splits sentences by the Chinese rules', async () => {
    const tree = await html(doc)
    expect(sentences(tree)).toEqual(['标题', '他说：“走。”', '然后走了。', '再见！', '甲。', '乙？', '丙'])
  })

  it('keeps positions right', async () => {
    checkPositions(await html(doc), doc)
  })
})
