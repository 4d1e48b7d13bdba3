import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { placesOf } from '../src/find.js'

// The shared corpus (seeds, real articles) and the throughput benchmark's 5 MB text (all seeds in a
// row): the second pass over known villages gives what a whole second scan gives.
const corpus = join(import.meta.dirname, '../../../../shared/corpus')

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') || name.endsWith('.md') ? [path] : []
  })
}

const summary = (text: string, whole: boolean) =>
  placesOf(text, {}, whole).map((m) => [m.start, m.end, m.place?.path.join('/'), m.resolvedBy, m.candidates.length])

describe('second pass on the shared corpus', () => {
  const files = ['seeds', 'realtext-dev'].flatMap((dir) => textFiles(join(corpus, dir)))

  it('gives the mentions of a whole second scan, file by file', () => {
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(summary(text, false), file).toEqual(summary(text, true))
    }
  })

  it('gives them on all seeds in a row', () => {
    const text = textFiles(join(corpus, 'seeds')).sort().map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(summary(text, false)).toEqual(summary(text, true))
  })
})
