import type {
  Nodes,
  Paragraph,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  WhiteSpace
} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {SPACE, bmpTable} from './chars.js'
import {
  K_EMAIL,
  K_EMOJI,
  K_HAN,
  K_INVISIBLE,
  K_LATIN,
  K_NUMBER,
  K_PUNCTUATION,
  K_SYMBOL,
  K_URL,
  K_WHITESPACE,
  lex,
  type HanWords
} from './lexer.js'
import {liftLineEndings, splitSentences} from './sentences.js'

/** A transform run by the parser on a node it built (as in `parse-latin`). */
export type Plugin<Node extends Nodes> = (node: Node) => undefined | void

/** Line/column bookkeeping: offsets only move forward. */
class Cursor {
  line = 1
  lineStart = 0

  point(offset: number): Point {
    return {line: this.line, column: offset - this.lineStart + 1, offset}
  }

  /** Account for the line endings in `value.slice(start, end)`. */
  advance(value: string, start: number, end: number): void {
    for (let index = start; index < end; index++) {
      const code = value.charCodeAt(index)

      // Like `vfile-location`: `\r\n`, `\r` and `\n` each end a line.
      if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
        this.line++
        this.lineStart = index + 1
      }
    }
  }
}

/**
 * Chinese (and mixed Chinese/Latin) natural language parser, producing nlcst.
 *
 * Shaped like `ParseLatin` from `parse-latin`, so an instance can be given to
 * `mdast-util-to-nlcst`, `hast-util-to-nlcst`, `remark-retext` and
 * `rehype-retext`.  The instance keeps no state between calls.
 */
export class ParseChinese {
  /** Document given to the constructor (retext-style use), if any. */
  doc: string | undefined
  /** Transforms of each paragraph; the first splits it into sentences. */
  tokenizeParagraphPlugins: Array<Plugin<Paragraph>>
  /** Transforms of the root; the first moves line endings out of paragraphs. */
  tokenizeRootPlugins: Array<Plugin<Root>>
  /** Transforms of each sentence before it is split (none by default). */
  tokenizeSentencePlugins: Array<Plugin<Sentence>>
  /**
   * How Han runs become word nodes: dictionary words (`Intl.Segmenter`, the
   * default) or one word node per run of Han characters (`run`, what jiaodui's
   * engine uses: its rules read paragraph text, not Han word boundaries).
   */
  hanWords: HanWords = 'dictionary'

  /**
   * Create a new parser.
   *
   * @param doc
   *   Document to parse later with `parse()` (optional).
   * @param file
   *   File whose value to parse later (optional, wins over `doc`).
   */
  constructor(doc?: string | VFile | null, file?: VFile | null) {
    const value = file ?? doc
    this.doc = value === undefined || value === null ? undefined : String(value)
    this.tokenizeParagraphPlugins = [splitSentences]
    this.tokenizeRootPlugins = [liftLineEndings]
    this.tokenizeSentencePlugins = []
  }

  /** Turn a document into a tree: every line is a paragraph. */
  parse(value?: string | null): Root {
    return this.tokenizeRoot(value ?? this.doc)
  }

  /** Parse a document as a root (see `parse`). */
  tokenizeRoot(value?: string | null): Root {
    const doc = value ?? ''
    const table = bmpTable()
    const cursor = new Cursor()
    const children: RootContent[] = []
    const length = doc.length
    // Start of white space not yet given to a node (line endings and blank
    // lines between paragraphs).
    let pending = 0
    let pendingPoint = cursor.point(0)
    let lineStart = 0
    let cr = -1
    let lf = -1

    while (true) {
      if (cr !== -2 && cr < lineStart) {
        cr = doc.indexOf('\r', lineStart)
        if (cr === -1) cr = -2
      }

      if (lf !== -2 && lf < lineStart) {
        lf = doc.indexOf('\n', lineStart)
        if (lf === -1) lf = -2
      }

      const lineEnd = Math.min(
        cr === -2 ? length : cr,
        lf === -2 ? length : lf
      )
      let blank = true

      for (let index = lineStart; index < lineEnd; index++) {
        if (table[doc.charCodeAt(index)] !== SPACE) {
          blank = false
          break
        }
      }

      if (!blank) {
        if (pending < lineStart) {
          children.push(
            whiteSpace(doc.slice(pending, lineStart), pendingPoint, cursor.point(lineStart))
          )
        }

        children.push(this.paragraph(doc, lineStart, lineEnd, cursor))
        pending = lineEnd
        pendingPoint = cursor.point(lineEnd)
      }

      if (lineEnd >= length) break
      const next =
        doc.charCodeAt(lineEnd) === 13 && doc.charCodeAt(lineEnd + 1) === 10
          ? lineEnd + 2
          : lineEnd + 1
      cursor.line++
      cursor.lineStart = next
      lineStart = next
    }

    const end = cursor.point(length)

    if (pending < length) {
      children.push(whiteSpace(doc.slice(pending), pendingPoint, end))
    }

    const root: Root = {
      type: 'RootNode',
      children,
      position: {start: {line: 1, column: 1, offset: 0}, end}
    }

    for (const plugin of this.tokenizeRootPlugins) plugin(root)
    return root
  }

  /** Parse a value as one paragraph (its line endings are white space). */
  tokenizeParagraph(value?: string | null): Paragraph {
    const doc = value ?? ''
    return this.paragraph(doc, 0, doc.length, new Cursor())
  }

  /** Parse a value as one sentence (not split; sentence plugins run). */
  tokenizeSentence(value?: string | null): Sentence {
    const doc = value ?? ''
    return this.sentence(doc, 0, doc.length, new Cursor())
  }

  /**
   * Turn a value into words, punctuation, symbols and white space, with
   * positions relative to the start of `value` (line 1, column 1, offset 0).
   */
  tokenize(value?: string | null): SentenceContent[] {
    const doc = value ?? ''
    const nodes: SentenceContent[] = []
    tokens(doc, 0, doc.length, new Cursor(), nodes, this.hanWords)
    return nodes
  }

  private sentence(doc: string, start: number, end: number, cursor: Cursor): Sentence {
    const startPoint = cursor.point(start)
    const children: SentenceContent[] = []
    tokens(doc, start, end, cursor, children, this.hanWords)
    const sentence: Sentence = {
      type: 'SentenceNode',
      children,
      position: {start: startPoint, end: cursor.point(end)}
    }

    for (const plugin of this.tokenizeSentencePlugins) plugin(sentence)
    return sentence
  }

  private paragraph(doc: string, start: number, end: number, cursor: Cursor): Paragraph {
    const sentence = this.sentence(doc, start, end, cursor)
    const paragraph: Paragraph = {
      type: 'ParagraphNode',
      children: sentence.children.length > 0 ? [sentence] : [],
      position: {
        start: {...sentence.position!.start},
        end: {...sentence.position!.end}
      }
    }

    for (const plugin of this.tokenizeParagraphPlugins) plugin(paragraph)
    return paragraph
  }
}

function whiteSpace(value: string, start: Point, end: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value, position: {start, end}}
}

/**
 * Lex `doc.slice(start, end)` into nodes with positions. A token's start point
 * is the previous token's end point object (nothing changes points in place:
 * the bridges and sentence splitting replace whole positions), which saves a
 * third of the point objects of a tree.
 */
function tokens(
  doc: string,
  start: number,
  end: number,
  cursor: Cursor,
  nodes: SentenceContent[],
  words: HanWords
): void {
  let previousEnd: Point | undefined
  lex(doc, start, end, function (kind, from, to) {
    const value = doc.slice(from, to)
    const startPoint = previousEnd !== undefined && previousEnd.offset === from ? previousEnd : cursor.point(from)

    switch (kind) {
      case K_HAN:
      case K_LATIN:
      case K_NUMBER:
      case K_URL:
      case K_EMAIL: {
        const endPoint = (previousEnd = cursor.point(to))
        // The word and its text share point objects (as in `parse-latin`).
        nodes.push({
          type: 'WordNode',
          children: [
            {type: 'TextNode', value, position: {start: startPoint, end: endPoint}}
          ],
          position: {start: startPoint, end: endPoint}
        })
        break
      }

      case K_PUNCTUATION: {
        nodes.push({
          type: 'PunctuationNode',
          value,
          position: {start: startPoint, end: (previousEnd = cursor.point(to))}
        })
        break
      }

      case K_WHITESPACE: {
        cursor.advance(doc, from, to)
        nodes.push(whiteSpace(value, startPoint, (previousEnd = cursor.point(to))))
        break
      }

      case K_SYMBOL:
      case K_EMOJI:
      case K_INVISIBLE:
      default: {
        nodes.push({
          type: 'SymbolNode',
          value,
          position: {start: startPoint, end: (previousEnd = cursor.point(to))}
        })
      }
    }
  }, words)
}
