import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {parserFor} from '@jiaodui/parser-zh'
import {recordBlocks} from './blocks.js'
import {ensureRootPosition, splitDecodedText, stretchDecodedNodes} from './source-positions.js'

type AnyProcessor = Processor<any, any, any, any, any>
type Convert = (tree: unknown, file: VFile) => NlcstRoot

/**
 * The Markdown or HTML → nlcst bridge, with Chinese parsing and exact source
 * positions. remark-retext and rehype-retext parse with `ParseLatin` when given a
 * processor (bridge mode); these bridges always parse with the Chinese parser,
 * carrying the nlcst extensions of the processor that will run the rules.
 */
function chineseBridge(this: AnyProcessor, format: 'md' | 'html', destination?: AnyProcessor) {
  const processor = destination?.freeze()
  const host = processor ?? this
  const ensure = ensureRootPosition()
  const split = splitDecodedText()
  const stretch = stretchDecodedNodes()
  return async function (tree: never, file: VFile): Promise<NlcstRoot | undefined> {
    if (file.data.format === undefined) file.data.format = format
    const parser = parserFor(host)
    // Imported here, on the first Markdown or HTML file: `@jiaodui/core` exports this bridge, and
    // a run over plain text should not load the mdast/hast → nlcst utilities.
    const toNlcst = format === 'md' ? (await import('remark-retext')).default : (await import('rehype-retext')).default
    const convert = toNlcst(parser as never) as unknown as Convert
    ensure(tree, file)
    split(tree, file)
    recordBlocks(tree, file)
    const nlcst = convert(tree, file)
    stretch(nlcst, file)
    if (!processor) return nlcst
    // Bridge mode: run the retext pipeline on the nlcst tree, keep the Markdown/HTML tree.
    await processor.run(nlcst, file)
    return undefined
  }
}

/**
 * remark plugin: turn the Markdown tree into a Chinese nlcst tree. With a retext
 * processor (`unified().use(retextChinese).use(preset)`), run it on that tree and
 * keep the Markdown tree (bridge mode); without one, the rest of this pipeline
 * works on nlcst (mutate mode).
 */
export const remarkChinese: Plugin<[(AnyProcessor | undefined)?], any, any> = function (this: AnyProcessor, destination?: AnyProcessor) {
  return chineseBridge.call(this, 'md', destination) as never
}

/** rehype plugin: as `remarkChinese`, for HTML trees. */
export const rehypeChinese: Plugin<[(AnyProcessor | undefined)?], any, any> = function (this: AnyProcessor, destination?: AnyProcessor) {
  return chineseBridge.call(this, 'html', destination) as never
}
