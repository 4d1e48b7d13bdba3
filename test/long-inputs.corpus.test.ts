import {createEngine} from '@jiaodui/core'
import {toString} from 'nlcst-to-string'
import {expect, test} from 'vitest'

// Issue 13, found by bench/complexity: the Markdown and HTML bridges
// (mdast-util-to-nlcst, hast-util-to-nlcst) joined a block's words with
// `push(...result)`, so one list, table or quote of about 100 000 rows
// overflowed the stack and the file was refused as "nested too deeply".
// patches/ replaces the spreads with loops. Tier two: parsing 1 MB of
// Markdown list takes about 12 s here.

const engine = createEngine([], {}, {})
const rows = 130_000

test('a flat Markdown list of 130 000 items is read, not refused as nested', async () => {
  const {tree} = await engine.parse({value: '- 新闻条目\n'.repeat(rows), format: 'md'})
  expect(tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(rows)
  expect(toString(tree).split('新闻条目')).toHaveLength(rows + 1)
})

test('an HTML list of 130 000 linked items is read', async () => {
  const {tree} = await engine.parse({value: '<ul>' + '<li><a href="#">新闻条目</a></li>'.repeat(rows) + '</ul>', format: 'html'})
  expect(toString(tree).split('新闻条目')).toHaveLength(rows + 1)
})
