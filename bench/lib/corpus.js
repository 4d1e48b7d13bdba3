// Builds the benchmark corpora of DESIGN.md from the seed articles in
// ../shared/corpus/seeds: 200 files of about 5 KB (the seeds cut at line
// boundaries and repeated) and one 5 MB file (the seeds concatenated).
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {tmpdir} from 'node:os'

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const seedsDir = path.resolve(repo, '..', 'shared', 'corpus', 'seeds')
// Outside the repository: its .gitignore would hide the files from jiaodui.
export const corpusDir = path.join(tmpdir(), 'jiaodui-bench-corpus')

/** The seed texts, in name order. */
export function seeds() {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(seedsDir, name), 'utf8'))
}

/** Chunks of about `size` UTF-8 bytes, cut at line ends, cycling through the seeds. */
export function smallTexts(count = 200, size = 5000) {
  const lines = seeds().flatMap((text) => text.split('\n'))
  const texts = []
  let index = 0
  while (texts.length < count) {
    let text = ''
    while (Buffer.byteLength(text) < size) {
      text += lines[index % lines.length] + '\n'
      index++
    }
    texts.push(text)
  }
  return texts
}

/** One text of about `bytes` UTF-8 bytes: the seeds concatenated again and again. */
export function largeText(bytes = 5 * 1024 * 1024) {
  const all = seeds().join('\n')
  const unit = Buffer.byteLength(all)
  return Array.from({length: Math.ceil(bytes / unit)}, () => all).join('\n')
}

/** Write both corpora under the system's temporary folder; returns their folders and sizes. */
export function writeCorpora() {
  rmSync(corpusDir, {recursive: true, force: true})
  const small = path.join(corpusDir, 'small')
  const large = path.join(corpusDir, 'large')
  mkdirSync(small, {recursive: true})
  mkdirSync(large, {recursive: true})
  let smallBytes = 0
  smallTexts().forEach((text, index) => {
    writeFileSync(path.join(small, `article-${String(index).padStart(3, '0')}.txt`), text)
    smallBytes += Buffer.byteLength(text)
  })
  const big = largeText()
  writeFileSync(path.join(large, 'seeds-5mb.txt'), big)
  return {
    small: {dir: small, bytes: smallBytes, files: 200},
    large: {dir: large, bytes: Buffer.byteLength(big), files: 1}
  }
}
