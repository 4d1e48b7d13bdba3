import type {Paragraph, Root} from 'nlcst'
import {joinNode, sourceIs, sourceOf, type JoinedText, type Piece} from './text.js'

/** A leaf of a paragraph placed in the paragraph's text. */
export type ParagraphPiece = Piece

/** The text of a paragraph (its leaves joined) and where each leaf is in the file. */
export type ParagraphText = JoinedText

interface TreeNode {
  type: string
  value?: unknown
  children?: readonly TreeNode[]
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

// Every rule reads the paragraphs of the same tree: walking it once per tree
// instead of once per rule (`unist-util-visit` allocates per node) is a large
// part of the per-file time.
const paragraphCache = new WeakMap<object, Paragraph[]>()
const textCache = new WeakMap<object, {source: string; joined: ParagraphText}>()

/**
 * The paragraphs of a tree in document order, not descending into a
 * paragraph (as `visit(tree, 'ParagraphNode', …)` returning `'skip'`).
 * Computed once per tree; the list is shared, do not change it.
 */
export function paragraphsOf(tree: Root): readonly Paragraph[] {
  let list = paragraphCache.get(tree)
  if (!list) {
    list = []
    collectParagraphs(tree as TreeNode, list)
    paragraphCache.set(tree, list)
  }
  return list
}

function collectParagraphs(node: TreeNode, into: Paragraph[]): void {
  if (node.type === 'ParagraphNode') {
    into.push(node as unknown as Paragraph)
    return
  }
  const children = node.children
  if (children) for (let index = 0; index < children.length; index++) collectParagraphs(children[index]!, into)
}

/**
 * The leaves (nodes with a string `value`) of a paragraph joined in document
 * order, with their file offsets; `exact` when the source slice `source` holds
 * is the value (not so for `&nbsp;` in HTML). Computed once per paragraph; the
 * result is shared, do not change it.
 */
export function paragraphText(paragraph: Paragraph, source: string): ParagraphText {
  const cached = textCache.get(paragraph)
  if (cached && cached.source === source) return cached.joined
  const joined: ParagraphText = {text: '', pieces: []}
  joinInto(paragraph as TreeNode, source, joined)
  textCache.set(paragraph, {source, joined})
  return joined
}

function joinInto(node: TreeNode, source: string, joined: ParagraphText): void {
  if (typeof node.value === 'string') {
    const value = node.value
    const start = node.position?.start.offset ?? -1
    const end = node.position?.end.offset ?? -1
    joined.pieces.push({value, at: joined.text.length, start, end, exact: start >= 0 && sourceIs(source, start, end, value)})
    joined.text += value
  }
  const children = node.children
  if (children) for (let index = 0; index < children.length; index++) joinInto(children[index]!, source, joined)
}

/**
 * The joined text (inline code opaque, see `joinNode`) of each paragraph whose
 * source may contain what `mayMatch` finds: a cheap test on the source slice
 * before any joining. Character references (`&#65108;`) hide characters from
 * that test, so a paragraph with `&` is always joined.
 */
export function* candidateTexts(tree: Root, source: string, mayMatch: RegExp): Generator<JoinedText> {
  for (const paragraph of paragraphsOf(tree)) {
    const raw = sourceOf(paragraph, source)
    mayMatch.lastIndex = 0
    if (!raw.includes('&') && !mayMatch.test(raw)) continue
    yield joinNode(paragraph, source)
  }
}
