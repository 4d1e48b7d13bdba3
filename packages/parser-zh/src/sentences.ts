import type {
  Paragraph,
  ParagraphContent,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  WhiteSpace
} from 'nlcst'
import type {Position} from 'unist'
import {LETTER, astralClass, bmpTable} from './chars.js'
import {
  asciiDoubleQuote,
  asciiSingleQuote,
  closerToOpener,
  fullStop,
  openers,
  terminals
} from './marks.js'

type Token = SentenceContent

/**
 * Paragraph plugin: split a paragraph into sentences by the Chinese rules.
 *
 * The sentences already in the paragraph are flattened first (their children
 * and the white space between them), then split again, so the plugin is
 * idempotent and repairs what Latin-only splitters (`mdast-util-to-nlcst`,
 * `hast-util-to-nlcst`) did.  Rules, in order:
 *
 * * white space with two or more line endings is a hard break: it becomes a
 *   child of the paragraph and resets quote tracking;
 * * a sentence ends after a terminal (`。｡．！？!?…；;` and their small,
 *   vertical and doubled forms; `.` only after a Latin word and before white
 *   space, a closing mark or the end; `...` of three or more dots) together
 *   with the terminals and closing quotes or brackets right after it;
 * * but not while a quote or bracket opened before it is still open after
 *   those closing marks (`“我们走。然后…”` is one sentence; `“我们走。”` ends one);
 *   quotes and brackets that have no partner in the paragraph are ignored;
 * * white space before the first and after the last sentence content, and
 *   between sentences, is a child of the paragraph, not of a sentence.
 *
 * Sentence and paragraph positions are recomputed from their children.
 */
export function splitSentences(paragraph: Paragraph): undefined {
  const tokens = flatten(paragraph.children)
  const size = tokens.length
  const delta = matchPairs(tokens)
  const children: ParagraphContent[] = []
  let depth = 0
  let groupStart = 0
  let index = -1

  while (++index < size) {
    const token = tokens[index]!

    if (token.type === 'WhiteSpaceNode') {
      if (isHardBreak(token)) {
        pushGroup(tokens, groupStart, index, children)
        children.push(token)
        groupStart = index + 1
        depth = 0
      }

      continue
    }

    depth += delta[index]!

    if (token.type === 'PunctuationNode' && isTerminal(tokens, index)) {
      const end = terminalRunEnd(tokens, delta, index)
      for (let inRun = index + 1; inRun < end; inRun++) depth += delta[inRun]!

      if (depth <= 0) {
        pushGroup(tokens, groupStart, end, children)
        groupStart = end
        depth = 0
      }

      index = end - 1
    }
  }

  pushGroup(tokens, groupStart, size, children)
  paragraph.children = children
  const position = span(children)
  if (position) paragraph.position = position
  return undefined
}

/**
 * The end (exclusive) of the run of marks that closes a sentence with the
 * terminal at `index`: further terminals and closing quotes or brackets, up to
 * the first mark that opens a pair or is something else.
 */
function terminalRunEnd(tokens: Token[], delta: Int8Array, index: number): number {
  const size = tokens.length
  let end = index + 1

  while (end < size) {
    const next = tokens[end]!
    if (next.type !== 'PunctuationNode' || delta[end]! > 0) break
    const code = next.value.charCodeAt(0)

    if (
      terminals.has(code) ||
      closerToOpener.has(code) ||
      code === asciiDoubleQuote ||
      code === asciiSingleQuote ||
      isTerminal(tokens, end)
    ) {
      end++
    } else {
      break
    }
  }

  return end
}

/**
 * Push the tokens `[start, end)` onto the paragraph's children: leading and
 * trailing white space directly, the rest (if any) as one sentence.
 */
function pushGroup(tokens: Token[], start: number, end: number, children: ParagraphContent[]): void {
  while (start < end && tokens[start]!.type === 'WhiteSpaceNode') {
    children.push(tokens[start] as WhiteSpace)
    start++
  }

  let last = end
  while (last > start && tokens[last - 1]!.type === 'WhiteSpaceNode') last--

  if (start < last) {
    const sentenceChildren = tokens.slice(start, last)
    const sentence: Sentence = {type: 'SentenceNode', children: sentenceChildren}
    const position = span(sentenceChildren)
    if (position) sentence.position = position
    children.push(sentence)
  }

  while (last < end) {
    children.push(tokens[last] as WhiteSpace)
    last++
  }
}

/**
 * Root plugin: white space that contains a line ending at the start or end
 * of a paragraph becomes a child of the root.
 *
 * `mdast-util-to-nlcst` splits its one paragraph at line endings but keeps
 * the line ending in the paragraph before it; this moves it out, removes
 * paragraphs left empty and patches paragraph positions.  Nothing changes in
 * a tree from `ParseChinese#parse`, whose paragraphs never hold line endings.
 */
export function liftLineEndings(root: Root): undefined {
  const children: RootContent[] = []
  let changed = false

  for (const child of root.children) {
    if (child.type !== 'ParagraphNode') {
      children.push(child)
      continue
    }

    const content = child.children
    let start = 0
    let end = content.length

    while (start < end && isLineEnding(content[start]!)) start++
    while (end > start && isLineEnding(content[end - 1]!)) end--

    if (start === 0 && end === content.length) {
      children.push(child)
      continue
    }

    changed = true
    for (let index = 0; index < start; index++) children.push(content[index]!)

    if (start < end) {
      child.children = content.slice(start, end)
      const position = span(child.children)
      if (position) child.position = position
      children.push(child)
    }

    for (let index = end; index < content.length; index++) {
      children.push(content[index]!)
    }
  }

  if (changed) root.children = children
  return undefined
}

function isLineEnding(node: ParagraphContent): node is WhiteSpace {
  return (
    node.type === 'WhiteSpaceNode' &&
    (node.value.includes('\n') || node.value.includes('\r'))
  )
}

function flatten(children: ParagraphContent[]): Token[] {
  const only = children[0]
  if (children.length === 1 && only && only.type === 'SentenceNode') {
    return only.children
  }

  const tokens: Token[] = []

  for (const child of children) {
    if (child.type === 'SentenceNode') {
      for (const token of child.children) tokens.push(token)
    } else {
      tokens.push(child)
    }
  }

  return tokens
}

/**
 * Find quote and bracket pairs: `+1` at an opener that is closed later in the
 * paragraph, `-1` at the closer that closes it, `0` elsewhere.
 */
function matchPairs(tokens: Token[]): Int8Array {
  const delta = new Int8Array(tokens.length)
  const stack: number[] = []
  const stackCodes: number[] = []
  const open = new Map<number, number>()

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!

    if (token.type === 'WhiteSpaceNode') {
      if (isHardBreak(token)) {
        stack.length = 0
        stackCodes.length = 0
        open.clear()
      }

      continue
    }

    if (token.type !== 'PunctuationNode') continue
    const code = token.value.charCodeAt(0)
    let opener = closerToOpener.get(code)

    if (code === asciiDoubleQuote) {
      if (open.get(code)) opener = code
      else opener = undefined
    }

    if (opener !== undefined) {
      if (!open.get(opener)) continue

      // Pop until the partner: openers popped on the way stay unmatched.
      while (stack.length > 0) {
        const top = stack.pop()!
        const topCode = stackCodes.pop()!
        open.set(topCode, open.get(topCode)! - 1)

        if (topCode === opener) {
          delta[top] = 1
          delta[index] = -1
          break
        }
      }
    } else if (openers.has(code) || code === asciiDoubleQuote) {
      stack.push(index)
      stackCodes.push(code)
      open.set(code, (open.get(code) ?? 0) + 1)
    }
  }

  return delta
}

function isHardBreak(node: WhiteSpace): boolean {
  const value = node.value
  let breaks = 0

  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)

    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      if (++breaks > 1) return true
    }
  }

  return false
}

function isTerminal(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || token.type !== 'PunctuationNode') return false
  const value = token.value
  const code = value.charCodeAt(0)
  if (terminals.has(code)) return true
  if (code !== fullStop) return false
  if (value.length > 2) return true

  // A `.` after a Latin word, followed by white space, a closer or nothing.
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  return (
    previous !== undefined &&
    previous.type === 'WordNode' &&
    endsWithLetter(previous) &&
    (next === undefined ||
      next.type === 'WhiteSpaceNode' ||
      (next.type === 'PunctuationNode' &&
        (closerToOpener.has(next.value.charCodeAt(0)) ||
          next.value.charCodeAt(0) === asciiDoubleQuote ||
          next.value.charCodeAt(0) === asciiSingleQuote)))
  )
}

function endsWithLetter(word: Extract<Token, {type: 'WordNode'}>): boolean {
  const last = word.children[word.children.length - 1]
  if (!last || !('value' in last) || last.value.length === 0) return false
  const value = last.value
  const code = value.charCodeAt(value.length - 1)

  if (code >= 0xdc00 && code <= 0xdfff && value.length > 1) {
    const high = value.charCodeAt(value.length - 2)
    return astralClass((high - 0xd800) * 0x400 + code - 0xdc00 + 0x10000) === LETTER
  }

  return bmpTable()[code] === LETTER
}

function span(
  children: ReadonlyArray<{position?: Position | undefined}>
): Position | undefined {
  const first = children[0]
  const last = children[children.length - 1]

  if (first && last && first.position && last.position) {
    return {start: {...first.position.start}, end: {...last.position.end}}
  }

  return undefined
}
