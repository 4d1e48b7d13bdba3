// Builds an archive of N articles of 5–10 KB from the seed articles in
// ../shared/corpus/seeds, outside the repository ($TMPDIR/jiaodui-scale/<N>):
// each article takes the lines of one seed (and more seeds until it is at
// least 5 KB), shuffles them, and perturbs every number, so no two articles
// are the same text and the corpus rules see many different claims and lines.
// Deterministic: article i is the same on every run.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {seeds} from '../lib/corpus.js'

/** A small deterministic random generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Every run of ASCII digits changed by a random amount, keeping its number of digits. */
function perturbNumbers(line, next) {
  return line.replace(/\d+/g, (digits) => {
    const value = Number(digits)
    const changed = Math.max(0, Math.round(value * (0.5 + next())) + (next() < 0.5 ? 1 : 0))
    return String(changed).padStart(digits.length, '0').slice(-Math.max(digits.length, 1))
  })
}

/** Article `index` (5–10 KB of UTF-8). */
export function article(index, lines) {
  const next = random(index + 1)
  const target = 5000 + Math.floor(next() * 5000)
  const picked = []
  let bytes = 0
  while (bytes < target) {
    const seedLines = lines[Math.floor(next() * lines.length)]
    for (const line of seedLines) {
      if (bytes >= target) break
      picked.push(line)
      bytes += Buffer.byteLength(line) + 1
    }
  }
  // Shuffle (Fisher–Yates), keeping the first line (the headline) first.
  for (let at = picked.length - 1; at > 1; at--) {
    const other = 1 + Math.floor(next() * at)
    ;[picked[at], picked[other]] = [picked[other], picked[at]]
  }
  return picked.map((line) => perturbNumbers(line, next)).join('\n') + '\n'
}

/** Write `count` articles into `$TMPDIR/jiaodui-scale/<count>` (reused when complete); returns the folder and size. */
export function writeArchive(count) {
  const dir = path.join(tmpdir(), 'jiaodui-scale', String(count))
  // Beside the folder, not in it: AutoCorrect skips a folder holding a dot-file.
  const done = `${dir}.complete.json`
  if (existsSync(done)) return {dir, ...JSON.parse(readFileSync(done, 'utf8'))}
  rmSync(dir, {recursive: true, force: true})
  rmSync(done, {force: true})
  const lines = seeds().map((text) => text.split('\n').filter((line) => line.trim() !== ''))
  let bytes = 0
  for (let index = 0; index < count; index++) {
    // 1 000 articles per folder: a newsroom archive is folders of days, not one flat folder.
    const folder = path.join(dir, String(Math.floor(index / 1000)).padStart(3, '0'))
    if (index % 1000 === 0) mkdirSync(folder, {recursive: true})
    const text = article(index, lines)
    writeFileSync(path.join(folder, `article-${String(index).padStart(6, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
  }
  writeFileSync(done, JSON.stringify({count, bytes}))
  return {dir, count, bytes}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const count of process.argv.slice(2).map(Number)) console.log(writeArchive(count))
}
