// jiaodui check vs AutoCorrect (`autocorrect --lint`) on the same files, in the
// same run. Prints wall time, MB/s and the ratio. Run: pnpm bench
// (or: pnpm build && node bench/throughput/run.js [--runs N] [--baseline <built checkout>])
// --baseline also times the jiaodui of another built checkout (e.g. an older
// commit) in the same run, for before/after ratios on a loaded machine.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {createRequire} from 'node:module'
import {repo, writeCorpora} from '../lib/corpus.js'

const require = createRequire(import.meta.url)
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const baselineRepo = process.argv.includes('--baseline') ? path.resolve(process.argv[process.argv.indexOf('--baseline') + 1]) : undefined
const baseline = baselineRepo && path.join(baselineRepo, 'packages', 'cli', 'bin', 'jiaodui.js')
const autocorrect = require.resolve('autocorrect-node/cli.js')

/** Best wall time of `runs` runs of a command, in seconds; checks the exit code. */
function time(label, args, ok) {
  let best = Infinity
  let last
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    last = spawnSync(process.execPath, args, {cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30})
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (!ok(last.status)) {
      throw new Error(`${label} exited with ${last.status}: ${last.stderr.slice(0, 2000)}`)
    }
    best = Math.min(best, seconds)
  }
  return {seconds: best, output: last.stdout}
}

const corpora = writeCorpora()
const rows = []
for (const [name, corpus] of Object.entries(corpora)) {
  const mb = corpus.bytes / 1e6
  const ours = time('jiaodui', [jiaodui, 'check', '--format', 'json', corpus.dir], (code) => code === 0 || code === 1)
  const report = JSON.parse(ours.output)
  const theirs = time('autocorrect', [autocorrect, '--lint', corpus.dir], (code) => code === 0 || code === 1)
  const before = baseline && time('baseline', [baseline, 'check', '--format', 'json', corpus.dir], (code) => code === 0 || code === 1)
  rows.push({
    ...(before ? {baseline: `${before.seconds.toFixed(2)} s, ${(mb / before.seconds).toFixed(2)} MB/s`, 'speed-up vs baseline': (before.seconds / ours.seconds).toFixed(2)} : {}),
    corpus: `${name} (${corpus.files} file${corpus.files > 1 ? 's' : ''}, ${mb.toFixed(2)} MB)`,
    jiaodui: `${ours.seconds.toFixed(2)} s, ${(mb / ours.seconds).toFixed(2)} MB/s`,
    autocorrect: `${theirs.seconds.toFixed(2)} s, ${(mb / theirs.seconds).toFixed(2)} MB/s`,
    'ratio (jiaodui / autocorrect speed)': (theirs.seconds / ours.seconds).toFixed(2),
    'jiaodui messages': report.files.reduce((sum, file) => sum + file.messages.length, 0)
  })
}
console.log(`best of ${runs} runs, wall time including process start; node ${process.version}`)
console.table(rows)
