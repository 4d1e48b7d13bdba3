import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'

/** One block element of a Markdown or HTML file: its whole source, and the span of its text. */
export interface Block {
  start: number
  end: number
  textStart: number
  textEnd: number
}

declare module 'vfile' {
  interface DataMap {
    /** Block elements of a Markdown or HTML file, so a deletion can take the element's markup along. */
    blocks: Block[]
  }
}

interface AnyNode {
  type: string
  tagName?: string
  value?: string
  children?: AnyNode[]
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

const markdownBlocks = new Set(['heading', 'paragraph', 'listItem', 'list', 'blockquote', 'tableRow', 'table'])
const htmlBlocks = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'div', 'section', 'article',
  'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'caption', 'tr', 'dd', 'dt', 'pre'
])

/**
 * Transformer for mdast/hast: record every block element (source span and text
 * span) in `file.data.blocks`, for `widenDeletions`.
 */
export function recordBlocks(tree: AnyNode, file: VFile): void {
  const blocks: Block[] = []
  const visit = (node: AnyNode): {start: number; end: number} | undefined => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      return start === undefined || end === undefined || !node.value?.trim() ? undefined : {start, end}
    }
    let text: {start: number; end: number} | undefined
    for (const child of node.children ?? []) {
      const span = visit(child)
      if (span) text = text ? {start: text.start, end: span.end} : span
    }
    const isBlock = node.type === 'element' ? htmlBlocks.has(node.tagName ?? '') : markdownBlocks.has(node.type)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (isBlock && text && start !== undefined && end !== undefined) blocks.push({start, end, textStart: text.start, textEnd: text.end})
    return text
  }
  visit(tree)
  file.data.blocks = blocks
}

/**
 * Let a deletion that takes all the text of a block element take its markup
 * too (`## `, `- `, `> `, `<h2></h2>`, `<p></p>`): the message's place becomes
 * the outermost such element, and `actual` its source. Messages before index
 * `first` were widened already (widening again could take a further blank line).
 */
export function widenDeletions(file: VFile, first = 0): void {
  const blocks = file.data.blocks
  if (!blocks || blocks.length === 0 || first >= file.messages.length) return
  const text = String(file.value)
  const place = location(file)
  for (const message of file.messages.slice(first)) {
    if (message.expected?.length !== 1 || message.expected[0] !== '') continue
    const widened = outermostBlock(message, blocks, text)
    if (!widened) continue
    const from = place.toPoint(widened.start)
    const to = place.toPoint(widened.end)
    if (!from || !to) continue
    message.place = {start: from, end: to}
    message.line = from.line
    message.column = from.column
    message.actual = text.slice(widened.start, widened.end)
  }
}

function outermostBlock(message: VFileMessage, blocks: readonly Block[], text: string): Block | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  let best: Block | undefined
  for (const block of blocks) {
    if (block.textStart < start || block.textEnd > end) continue
    // The message covers the block's text and nothing outside the block but white space.
    if (text.slice(block.end, end).trim() !== '' || text.slice(start, block.start).trim() !== '') continue
    if (block.start <= start && (!best || block.end - block.start > best.end - best.start)) best = block
  }
  if (!best) return undefined
  // An element on lines of its own goes with its line break and the blank line after it,
  // so no empty lines are left behind.
  let after = Math.max(best.end, end)
  const atLineStart = best.start === 0 || text[best.start - 1] === '\n'
  if (atLineStart) {
    after = skipLineBreak(text, after)
    const next = skipLineBreak(text, after)
    if (next > after && text.slice(after, next).trim() === '') after = next
  }
  return {...best, end: after}
}

/** The offset after one line break at `offset` (`\n` or `\r\n`), or `offset` itself. */
function skipLineBreak(text: string, offset: number): number {
  if (text[offset] === '\n') return offset + 1
  if (text[offset] === '\r' && text[offset + 1] === '\n') return offset + 2
  return offset
}
