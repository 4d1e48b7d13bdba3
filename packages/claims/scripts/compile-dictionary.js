// Compiles jieba's dictionary and the news words into the flat file the claim extraction's
// segmenter reads without building anything (packages/claims/src/jieba.ts), beside the compiled
// modules: packages/claims/dist/jieba-dictionary.bin. Part of `pnpm build`, after `tsc -b`.
// Without it the segmenter compiles the same dictionary in memory on first use (about 0.9 s).
import {writeCompiledDictionary} from '../dist/jieba-node.js'

const written = writeCompiledDictionary()
process.stdout.write(`compile-dictionary: wrote ${written}\n`)
