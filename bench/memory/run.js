// Peak memory of `jiaodui check --format json` on one file of 1, 5 (and, asked
// for, more: 20, 50, 100) MB made of the seed articles, measured with
// /usr/bin/time -v: peak resident set size, and bytes of memory per byte of
// input (target ≤ 40), with `node -e 0` and one seed article in the same run
// as the floors. `--max-file-size` is raised to twice each size.
// Run: node bench/memory/run.js [MB...]
import {spawnSync} from 'node:child_process'
import {mkdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {largeText, repo, seeds} from '../lib/corpus.js'

const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const dir = path.join(tmpdir(), 'jiaodui-memory')
mkdirSync(dir, {recursive: true})

/** Peak RSS (MB) and wall seconds of a command. */
function measure(args) {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']})
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr.slice(-2000))
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)[1]) / 1024
  const clock = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/.exec(result.stderr)[1]
  const [m, s] = clock.split(':').slice(-2).map(Number)
  return {peak, seconds: m * 60 + s}
}

const floor = measure(['-e', '0'])
const article = path.join(dir, 'one-article.txt')
writeFileSync(article, seeds()[0])
const base = measure([jiaodui, 'check', '--format', 'json', '--output', path.join(dir, 'report.json'), article])
const rows = [
  {file: 'node -e 0', 'peak RSS MB': floor.peak.toFixed(0)},
  {file: `one seed article (${(statSync(article).size / 1e3).toFixed(0)} KB)`, 'peak RSS MB': base.peak.toFixed(0), seconds: base.seconds.toFixed(1)}
]
for (const mb of sizes.length > 0 ? sizes : [1, 5]) {
  const file = path.join(dir, `seeds-${mb}mb.txt`)
  // Made and written, then let go before the check runs: a 100 MB text is 200 MB of this process.
  writeFileSync(file, largeText(mb * 1024 * 1024))
  const bytes = statSync(file).size
  const run = measure([jiaodui, 'check', '--format', 'json', '--max-file-size', String(mb * 2), '--output', path.join(dir, 'report.json'), file])
  rows.push({
    file: `${(bytes / 1e6).toFixed(1)} MB`,
    'peak RSS MB': run.peak.toFixed(0),
    'bytes per input byte': ((run.peak * 1048576) / bytes).toFixed(1),
    'above node -e 0, per input byte': (((run.peak - floor.peak) * 1048576) / bytes).toFixed(1),
    seconds: run.seconds.toFixed(1),
    'MB/s': (bytes / 1e6 / run.seconds).toFixed(2)
  })
}
console.log(`node ${process.version}`)
console.table(rows)
