/** A leaf of a syntax tree: its text and where it is in the file. */
export interface Leaf {
  value: string
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

/** A leaf placed in the joined text of a paragraph. */
export interface Piece {
  value: string
  /** Offset in the joined text. */
  at: number
  /** Offsets of the leaf in the file (-1 when unknown). */
  start: number
  end: number
  /** Whether the source slice is the value, so offsets inside the leaf are exact. */
  exact: boolean
}

/** The text of a run of leaves, with what is needed to map offsets back to the file. */
export interface JoinedText {
  text: string
  pieces: Piece[]
}

/**
 * `source.slice(start, end) === value` for `start >= 0`, without allocating a string per leaf when the
 * lengths already fit (every leaf of a parsed file).
 */
export function sourceIs(source: string, start: number, end: number, value: string): boolean {
  if (end - start === value.length && end <= source.length) return source.startsWith(value, start)
  return source.slice(start, end) === value
}

/**
 * Join leaves (in document order) into one string. `source` is the file's
 * text: a leaf whose source slice differs from its value (an HTML entity such
 * as `&nbsp;`) is marked inexact. Leaves for which `opaque` returns true (inline
 * code) are replaced by U+FFFC so that nothing matches across or inside them.
 */
export function joinLeaves(leaves: Iterable<Leaf>, source: string, opaque?: (leaf: Leaf) => boolean): JoinedText {
  const pieces: Piece[] = []
  let text = ''
  for (const leaf of leaves) {
    const start = leaf.position?.start.offset ?? -1
    const end = leaf.position?.end.offset ?? -1
    const value = opaque?.(leaf) ? '\uFFFC'.repeat(leaf.value.length) : leaf.value
    const exact = start >= 0 && value === leaf.value && sourceIs(source, start, end, value)
    pieces.push({value, at: text.length, start, end, exact})
    text += value
  }
  return {text, pieces}
}

/** A span of the file. */
export interface FileSpan {
  start: number
  end: number
  /** Whether the span is exactly the matched text (a fix may replace it). */
  exact: boolean
}

/**
 * Map `[at, at + length)` of a joined text back to file offsets. When a leaf
 * in the span is inexact, the whole leaves are returned with `exact: false`.
 * Spans crossing a gap between leaves (Markdown syntax between them) are
 * inexact too.
 */
export function locate(joined: JoinedText, at: number, length: number): FileSpan | undefined {
  const {pieces} = joined
  if (pieces.length === 0) return undefined
  const firstIndex = pieceAt(pieces, at)
  const lastIndex = pieceAt(pieces, at + Math.max(length, 1) - 1)
  const first = pieces[firstIndex]
  const last = pieces[lastIndex]
  if (!first || !last || first.start < 0 || last.start < 0) return undefined
  let exact = first.exact && last.exact
  for (let index = firstIndex; exact && index < lastIndex; index++) {
    const piece = pieces[index]!
    const next = pieces[index + 1]!
    if (!next.exact || piece.end !== next.start) exact = false
  }
  if (exact) {
    return {start: first.start + (at - first.at), end: last.start + (at + length - last.at), exact: true}
  }
  return {start: first.start, end: last.end, exact: false}
}

/** Index of the piece containing offset `at` (binary search). */
function pieceAt(pieces: readonly Piece[], at: number): number {
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pieces[middle]!.at <= at) low = middle
    else high = middle - 1
  }
  return low
}

/** A node of a syntax tree, as far as `leavesOf` needs it. */
export interface TreeNode {
  type?: string
  value?: unknown
  children?: readonly TreeNode[]
  position?: Leaf['position']
}

/** The leaves (nodes with a string `value`) under `node`, in document order. */
export function leavesOf(node: TreeNode, into: Array<Leaf & {type?: string}> = []): Array<Leaf & {type?: string}> {
  if (typeof node.value === 'string') {
    into.push(node as Leaf & {type?: string})
  } else if (node.children) {
    for (const child of node.children) leavesOf(child, into)
  }
  return into
}

/**
 * The source text a node spans (a cheap superset of its text, for a quick
 * test before joining its leaves); the empty string without positions.
 */
export function sourceOf(node: TreeNode, source: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : source.slice(start, end)
}

// Several rules join the same paragraph: join it once per node and source.
const joined = new WeakMap<TreeNode, {source: string; result: JoinedText}>()

/**
 * Join the leaves of a node, with inline code (`SourceNode`) made opaque.
 * Computed once per node; the result is shared, do not change it.
 */
export function joinNode(node: TreeNode, source: string): JoinedText {
  const cached = joined.get(node)
  if (cached && cached.source === source) return cached.result
  const result = joinLeaves(leavesOf(node), source, (leaf) => (leaf as {type?: string}).type === 'SourceNode')
  joined.set(node, {source, result})
  return result
}
