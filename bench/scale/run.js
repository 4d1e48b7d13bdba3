// jiaodui over archives of 1 000, 10 000 (and, asked for, 100 000) articles in
// one run: wall time, time per article, peak memory (/usr/bin/time -v), report
// size; AutoCorrect on the same archive in the same run for the ratio.
// Run: node bench/scale/run.js [counts...] [--threads N] [--[no-]claims-thread] [--cache [--cold]] [--no-peer]
// (--cold empties the cache first; without it a second --cache run is warm)
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {createRequire} from 'node:module'
import {repo} from '../lib/corpus.js'
import {writeArchive} from './corpus.js'

const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const counts = args.filter((arg, index) => /^\d+$/.test(arg) && !['--threads'].includes(args[index - 1])).map(Number)
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const autocorrect = require.resolve('autocorrect-node/cli.js')

/** Run a command under /usr/bin/time -v: wall seconds, peak RSS in MB, exit code. */
function measure(command, cwd) {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {cwd, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe']})
  const field = (name) => result.stderr.match(new RegExp(`${name}: (.*)`))?.[1]
  const [minutes, seconds] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2).map(Number)
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'))
  return {seconds: minutes * 60 + seconds, cpu, peakMB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, code: result.status, stderr: result.stderr}
}

const rows = []
for (const count of counts.length > 0 ? counts : [1000, 10000]) {
  const archive = writeArchive(count)
  const report = path.join(tmpdir(), `jiaodui-scale-${count}.json`)
  rmSync(report, {force: true})
  const options = ['--format', 'json', '--output', report, ...(value('--threads') ? ['--threads', value('--threads')] : []), ...(flag('--cache') ? ['--cache'] : []), ...(flag('--claims-thread') ? ['--claims-thread'] : []), ...(flag('--no-claims-thread') ? ['--no-claims-thread'] : [])]
  // The working folder (where --cache keeps .jiaodui/cache) is beside the archive, not in it.
  const cwd = path.join(tmpdir(), 'jiaodui-scale-cwd', String(count))
  mkdirSync(cwd, {recursive: true})
  if (flag('--cold')) rmSync(path.join(cwd, '.jiaodui'), {recursive: true, force: true})
  const ours = measure([process.execPath, jiaodui, 'check', ...options, archive.dir], cwd)
  if ((ours.code !== 0 && ours.code !== 1) || !existsSync(report)) throw new Error(`jiaodui exited with ${ours.code}${existsSync(report) ? '' : ' and wrote no report'}: ${ours.stderr.slice(-3000)}`)
  // Not from inside the archive: AutoCorrect finds nothing when the working folder is the folder it lints.
  const theirs = flag('--no-peer') ? undefined : measure([process.execPath, autocorrect, '--lint', archive.dir], tmpdir())
  const mb = archive.bytes / 1e6
  rows.push({
    articles: count,
    MB: mb.toFixed(1),
    'jiaodui s': ours.seconds.toFixed(1),
    'ms/article': ((ours.seconds * 1000) / count).toFixed(1),
    'CPU ms/article': ((ours.cpu * 1000) / count).toFixed(1),
    'jiaodui MB/s': (mb / ours.seconds).toFixed(2),
    'peak RSS MB': ours.peakMB.toFixed(0),
    'peak bytes / input byte': ((ours.peakMB * 1048576) / archive.bytes).toFixed(1),
    'report MB': (statSync(report).size / 1e6).toFixed(1),
    'autocorrect s': theirs ? theirs.seconds.toFixed(1) : '-',
    'ratio (speed, >1 = jiaodui faster)': theirs ? (theirs.seconds / ours.seconds).toFixed(2) : '-',
    'CPU ratio': theirs ? (theirs.cpu / ours.cpu).toFixed(2) : '-'
  })
  console.table(rows.slice(-1))
}
console.log(`node ${process.version}; ${args.join(' ')}`)
console.table(rows)
