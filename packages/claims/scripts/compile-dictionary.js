// Compiles jieba's dictionary and the news words into the flat file the claim extraction's
// segmenter reads without building anything (packages/claims/src/jieba.ts), beside the compiled
// modules: packages/claims/dist/jieba-dictionary.bin. Part of `pnpm build`, after `tsc -b`.
// Without it the segmenter compiles the same dictionary in memory on first use (about 0.9 s).
// jieba's dictionary comes with `@node-rs/jieba`, an optional dependency: where it is not
// installed there is nothing to compile, and the segmenter falls back to `jieba-wasm`.
import {writeCompiledDictionary} from '../dist/jieba-node.js'

try {
  process.stdout.write(`compile-dictionary: wrote ${writeCompiledDictionary()}\n`)
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND') throw error
  process.stdout.write('compile-dictionary: @node-rs/jieba (jieba\'s dictionary) is not installed; the claims segment with jieba-wasm\n')
}
