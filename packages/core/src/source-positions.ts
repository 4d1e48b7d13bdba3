import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Parent, Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/**
 * Markdown and HTML text nodes hold decoded text (`&nbsp;` → U+00A0, `\*` → `*`,
 * CRLF → LF in HTML) while remark-retext and rehype-retext infer nlcst positions
 * from value lengths, so every position after such a spot would drift. These
 * two transformers keep positions exact: the first splits each text node whose
 * source differs from its value into aligned pieces (each with its own start),
 * the second, after the nlcst conversion, stretches the nodes made from a
 * decoded piece over their whole source (`&nbsp;` is six characters).
 */

interface TextNode extends Node {
  type: 'text'
  value: string
}

/** Source spans (start → end offset) of decoded pieces, per file. */
const decodedSpans = new WeakMap<VFile, Map<number, {end: number; value: string}>>()

/**
 * Transformer for mdast/hast: give the root the whole file as position when the
 * parser gave none (empty documents), since the nlcst bridges require one.
 */
export function ensureRootPosition() {
  return function (tree: Node, file: VFile) {
    if (tree.position) return
    const end = location(file).toPoint(String(file.value).length)
    tree.position = {start: {line: 1, column: 1, offset: 0}, end: end ?? {line: 1, column: 1, offset: 0}}
  }
}

/** Transformer for mdast/hast: split text nodes at decoded pieces. */
export function splitDecodedText() {
  return function (tree: Node, file: VFile) {
    const source = String(file.value)
    const place = location(file)
    const spans = new Map<number, {end: number; value: string}>()
    decodedSpans.set(file, spans)
    walk(tree)

    function walk(node: Node) {
      if (!('children' in node)) return
      const parent = node as Parent
      const next: Node[] = []
      for (const child of parent.children) {
        if (child.type === 'text') next.push(...split(child as TextNode))
        else {
          walk(child)
          next.push(child)
        }
      }
      parent.children = next as Parent['children']
    }

    function split(node: TextNode): Node[] {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return [node]
      const slice = source.slice(start, end)
      if (slice === node.value) return [node]
      const pieces = align(slice, node.value)
      if (!pieces) return [node]
      return pieces.filter((piece) => piece.value !== '').map((piece) => {
        const from = start + piece.sourceStart
        const to = start + piece.sourceEnd
        if (piece.decoded) spans.set(from, {end: to, value: piece.value})
        return {
          type: 'text',
          value: piece.value,
          position: {start: place.toPoint(from) as Point, end: place.toPoint(to) as Point}
        } as TextNode
      })
    }
  }
}

/** Transformer for nlcst: stretch nodes made from decoded pieces over their source. */
export function stretchDecodedNodes() {
  return function (tree: NlcstRoot, file: VFile) {
    const spans = decodedSpans.get(file)
    if (!spans || spans.size === 0) return
    const known = spans
    const place = location(file)
    fix(tree as unknown as Node)

    function fix(node: Node): void {
      if ('children' in node) {
        const children = (node as Parent).children
        for (const child of children) fix(child)
        const first = children[0]
        const last = children.at(-1)
        if (first?.position && last?.position && node.position) {
          node.position = {start: {...first.position.start}, end: {...last.position.end}}
        }
        return
      }
      const start = node.position?.start.offset
      if (start === undefined || !('value' in node)) return
      const span = known.get(start)
      if (span && span.value === node.value) {
        node.position = {start: node.position!.start, end: place.toPoint(span.end) as Point}
      }
    }
  }
}

interface Piece {
  sourceStart: number
  sourceEnd: number
  value: string
  decoded: boolean
}

/**
 * Align a text node's source slice with its decoded value: runs of equal text,
 * and decoded pieces (character references, backslash escapes, CRLF → LF).
 * Returns `undefined` when the two cannot be aligned (positions then stay as
 * the parser gave them).
 */
export function align(slice: string, value: string): Piece[] | undefined {
  const pieces: Piece[] = []
  let i = 0
  let j = 0
  let runStart = 0
  let runValueStart = 0
  const flush = () => {
    if (i > runStart) {
      pieces.push({sourceStart: runStart, sourceEnd: i, value: value.slice(runValueStart, j), decoded: false})
    }
  }
  while (i < slice.length || j < value.length) {
    const reference = slice[i] === '&' ? referenceLength(slice, i) : 0
    const literal = reference === 0 || value.startsWith(slice.slice(i, i + reference), j)
    if (literal && i < slice.length && j < value.length && slice[i] === value[j]) {
      i++
      j++
      continue
    }
    flush()
    let sourceLength: number
    let valueLength: number
    if (slice[i] === '\r' && slice[i + 1] === '\n' && value[j] === '\n') {
      sourceLength = 2
      valueLength = 1
    } else if (slice[i] === '\\' && i + 1 < slice.length && slice[i + 1] === value[j]) {
      sourceLength = 2
      valueLength = 1
    } else if (reference > 0 && j < value.length) {
      sourceLength = reference
      valueLength = value.codePointAt(j)! > 0xffff ? 2 : 1
    } else if (slice[i] === ' ' || slice[i] === '\t') {
      // Indentation of a continuation line, which Markdown drops from the value.
      sourceLength = 1
      valueLength = 0
    } else {
      return undefined
    }
    pieces.push({
      sourceStart: i,
      sourceEnd: i + sourceLength,
      value: value.slice(j, j + valueLength),
      decoded: true
    })
    i += sourceLength
    j += valueLength
    runStart = i
    runValueStart = j
  }
  flush()
  return pieces
}

/** Length of a character reference (`&amp;`, `&#20013;`, `&#x4e2d;`) at `index`, or 0. */
function referenceLength(text: string, index: number): number {
  const match = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.exec(text.slice(index, index + 40))
  return match ? match[0].length : 0
}
