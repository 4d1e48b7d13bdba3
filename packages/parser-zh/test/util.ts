import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {expect} from 'vitest'
import {location} from 'vfile-location'

/**
 * Compact, hand-writable form of a tree: `['P', ['S', 'W:他', 'P:。'], 'WS:\n']`.
 * Prefixes: `W:` word, `P:` punctuation, `WS:` white space, `SY:` symbol,
 * `SO:` source.  Parents are arrays whose first item is `R`, `P` or `S`.
 */
export type Compact = string | [string, ...Compact[]]

export function compact(node: Nodes): Compact {
  switch (node.type) {
    case 'RootNode':
      return ['R', ...node.children.map(compact)]
    case 'ParagraphNode':
      return ['P', ...node.children.map(compact)]
    case 'SentenceNode':
      return ['S', ...node.children.map(compact)]
    case 'WordNode':
      return 'W:' + toString(node)
    case 'PunctuationNode':
      return 'P:' + node.value
    case 'WhiteSpaceNode':
      return 'WS:' + node.value
    case 'SymbolNode':
      return 'SY:' + node.value
    case 'SourceNode':
      return 'SO:' + node.value
    case 'TextNode':
      return 'T:' + node.value
    default:
      throw new Error('Unexpected node')
  }
}

/**
 * Check every guarantee of a tree for `input`: round-trip, no empty nodes,
 * offsets slice the input to each node's text, line/column agree with
 * `vfile-location`, children are contiguous and cover their parent.
 */
export function checkTree(tree: Root, input: string): void {
  expect(toString(tree)).toBe(input)
  const place = location(input)
  check(tree, true)

  function check(node: Nodes, isRoot: boolean): void {
    const position = node.position
    if (!position) throw new Error(`Missing position on ${node.type}`)
    const {start, end} = position
    const text = toString(node)

    if (!isRoot && text.length === 0) throw new Error(`Empty ${node.type}`)
    if (input.slice(start.offset!, end.offset!) !== text) {
      throw new Error(
        `Offsets ${start.offset}-${end.offset} of ${node.type} slice ${JSON.stringify(input.slice(start.offset!, end.offset!))}, expected ${JSON.stringify(text)}`
      )
    }

    expectPoint(start, place.toPoint(start.offset!), node.type)
    expectPoint(end, place.toPoint(end.offset!), node.type)

    if ('children' in node) {
      if (!isRoot && node.children.length === 0) {
        throw new Error(`Empty ${node.type}`)
      }

      let offset = start.offset!
      for (const child of node.children) {
        if (child.position?.start.offset !== offset) {
          throw new Error(
            `${child.type} starts at ${child.position?.start.offset}, expected ${offset}`
          )
        }

        offset = child.position.end.offset!
        check(child, false)
      }

      if (node.children.length > 0 && offset !== end.offset) {
        throw new Error(`${node.type} ends at ${end.offset}, children at ${offset}`)
      }
    }
  }
}

function expectPoint(
  actual: {line: number; column: number; offset?: number | undefined},
  expected: {line: number; column: number; offset?: number | undefined} | undefined,
  type: string
): void {
  if (
    !expected ||
    actual.line !== expected.line ||
    actual.column !== expected.column ||
    actual.offset !== expected.offset
  ) {
    throw new Error(
      `${type} point ${JSON.stringify(actual)}, vfile-location says ${JSON.stringify(expected)}`
    )
  }
}

/**
 * Check the shape of a tree from `ParseChinese#parse`: root holds paragraphs
 * and white space (line endings only between paragraphs), paragraphs hold
 * sentences and white space without line endings, sentences neither start
 * nor end with white space, words hold one text.
 */
export function checkShape(tree: Root): void {
  let previous: string | undefined

  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode') {
      if (previous === 'WhiteSpaceNode') throw new Error('Adjacent root white space')
    } else if (child.type === 'ParagraphNode') {
      if (previous === 'ParagraphNode') throw new Error('Adjacent paragraphs')
      const paragraphText = toString(child)
      if (/[\r\n]/.test(paragraphText)) throw new Error('Line ending in paragraph')

      for (const content of child.children) {
        if (content.type === 'SentenceNode') {
          const first = content.children[0]
          const last = content.children.at(-1)
          if (first?.type === 'WhiteSpaceNode' || last?.type === 'WhiteSpaceNode') {
            throw new Error('Sentence with white space at its edge')
          }

          for (const token of content.children) {
            if (token.type === 'WordNode') {
              if (token.children.length !== 1 || token.children[0]?.type !== 'TextNode') {
                throw new Error('Word without exactly one text')
              }
            } else if (
              token.type !== 'PunctuationNode' &&
              token.type !== 'SymbolNode' &&
              token.type !== 'WhiteSpaceNode'
            ) {
              throw new Error(`Unexpected ${token.type} in sentence`)
            }
          }
        } else if (content.type !== 'WhiteSpaceNode') {
          throw new Error(`Unexpected ${content.type} in paragraph`)
        }
      }
    } else {
      throw new Error(`Unexpected ${child.type} in root`)
    }

    previous = child.type
  }
}
