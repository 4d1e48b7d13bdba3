// The Markdown and HTML parser chains, in a module of their own: the engine imports it on the first
// .md or .html input, so a run over plain text never loads micromark, parse5 and the hast/mdast
// utilities (about 120 modules, a large part of start-up).
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import rehypeParse from 'rehype-parse'
import {unified, type Processor} from 'unified'
import {rehypeChinese, remarkChinese} from './bridge.js'

type AnyProcessor = Processor<any, any, any, any, any>

/** Markdown (front matter kept as such) → Chinese nlcst. */
export function markdownChain(): AnyProcessor {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkChinese) as AnyProcessor
}

/** HTML (a whole document) → Chinese nlcst. */
export function htmlChain(): AnyProcessor {
  return unified().use(rehypeParse, {fragment: false}).use(rehypeChinese) as AnyProcessor
}
