import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {HanWords} from './lexer.js'
import {ParseChinese, type Plugin as Transform} from './parser.js'
import {splitSentences} from './sentences.js'

export {ParseChinese, type Plugin} from './parser.js'
export {liftLineEndings, splitSentences} from './sentences.js'
export {segment, segmentWords, type Token, type WordKind} from './segment.js'
export {decodeRuns, encodeRuns} from './runs.js'
export type {HanWords, TokenKind} from './lexer.js'

/** Options of `retextChinese`. */
export interface Options {
  /**
   * `dictionary` (default): Han runs split into dictionary words
   * (`Intl.Segmenter`); `run`: one word node per run of Han characters, several
   * times faster to parse (`segmentWords` splits a run's text on demand).
   */
  hanWords?: HanWords | undefined
}

/**
 * Unified parser plugin: parse Chinese (and mixed Chinese/Latin) text to nlcst.
 *
 * Extensions registered by other plugins in `nlcstSentenceExtensions` and
 * `nlcstRootExtensions` run before the built-in transforms (as in
 * `retext-latin`); `nlcstParagraphExtensions` run right after the built-in
 * sentence splitter, so they see Chinese sentences.
 */
const retextChinese: Plugin<[(Options | undefined)?], string, Root> = function (this: Processor, options?: Options): undefined {
  const self = this
  if (options?.hanWords) self.data('nlcstHanWords', options.hanWords)
  self.parser = function (doc: string, file): Root {
    // Outside jiaodui's engine nothing else says what the text was: it is plain text.
    if (file && file.data.format === undefined) file.data.format = 'txt'
    return parserFor(self).parse(doc)
  }
  return undefined
}

/**
 * A Chinese parser carrying the nlcst extensions other plugins registered on
 * `processor` (as `retext-latin` does), for bridges from Markdown and HTML;
 * its Han words are those of `processor.data('nlcstHanWords')`.
 */
export function parserFor(processor: Processor<any, any, any, any, any>): ParseChinese {
  const parser = new ParseChinese()
  parser.hanWords = processor.data('nlcstHanWords') ?? 'dictionary'
  const paragraph = processor.data('nlcstParagraphExtensions')
  const root = processor.data('nlcstRootExtensions')
  const sentence = processor.data('nlcstSentenceExtensions')
  if (paragraph) insertAfterSplitter(parser.tokenizeParagraphPlugins, paragraph)
  if (root) parser.tokenizeRootPlugins.unshift(...root)
  if (sentence) parser.tokenizeSentencePlugins.unshift(...sentence)
  return parser
}

declare module 'vfile' {
  interface DataMap {
    /** The format the text was parsed as: plain text, Markdown or HTML. */
    format: 'txt' | 'md' | 'html'
  }
}

export default retextChinese

function insertAfterSplitter(
  list: Array<Transform<Paragraph>>,
  values: Array<Transform<Paragraph>>
): void {
  const index = list.indexOf(splitSentences)
  list.splice(index + 1, 0, ...values)
}

// Same shape as the declaration in `retext-latin`, so both can be loaded.
declare module 'unified' {
  interface Data {
    /** List of extensions to transform paragraph nodes. */
    nlcstParagraphExtensions?: Array<Extension<Paragraph>>
    /** List of extensions to transform root nodes. */
    nlcstRootExtensions?: Array<Extension<Root>>
    /** List of extensions to transform sentence nodes. */
    nlcstSentenceExtensions?: Array<Extension<Sentence>>
    /** How the Chinese parser makes word nodes of Han runs (`Options.hanWords`). */
    nlcstHanWords?: HanWords
  }
}

type Extension<Node extends Paragraph | Root | Sentence> = (node: Node) => undefined | void
