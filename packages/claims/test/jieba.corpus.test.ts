import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {jiebaTagger, nativeTagger} from '../src/jieba-node.js'

// Tier two: reads every text of ../shared/corpus (not part of the repository). The claim
// extraction's segmenter in JavaScript (`src/jieba.ts`) gives jieba-rs's (`@node-rs/jieba`) words
// and tags on every sentence of it: about 54 000 pieces, 2.8 million characters.

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')
const corpus = path.resolve(root, '..', 'shared', 'corpus')

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

describe('jieba in JavaScript against @node-rs/jieba on the shared corpus', () => {
  it('gives the same words and tags on every sentence', () => {
    const ours = jiebaTagger()
    const native = nativeTagger()
    let pieces = 0
    const differing: string[] = []
    for (const file of filesUnder(corpus)) {
      // Pieces end where jieba's blocks end anyway (sentence ends, line breaks), as the claims cut them.
      for (const piece of readFileSync(file, 'utf8').split(/(?<=[。！？；\n])/)) {
        if (piece.length === 0) continue
        pieces++
        const a = ours.tag(piece).map(({word, tag}) => `${word}/${tag}`)
        const b = native.tag(piece).map(({word, tag}) => `${word}/${tag}`)
        if (a.join(' ') !== b.join(' ')) differing.push(`${path.relative(corpus, file)}: ${piece.slice(0, 40)}`)
      }
    }
    expect(pieces).toBeGreaterThan(50_000)
    expect(differing).toEqual([])
  })
})
