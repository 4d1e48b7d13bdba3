// Start-up of jiaodui against `node -e 0` and AutoCorrect in the same run:
// `jiaodui --version`, `jiaodui check` of one 5 KB article (JSON), and
// `autocorrect --lint` of the same article. Prints the median wall time of N
// runs (interleaved, so machine load hits every command alike) and the ratios.
// Run: node bench/startup/run.js [--runs N] [--baseline <built checkout>]
import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {createRequire} from 'node:module'
import {repo, smallTexts} from '../lib/corpus.js'

const require = createRequire(import.meta.url)
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const autocorrect = require.resolve('autocorrect-node/cli.js')
const dir = path.join(tmpdir(), 'jiaodui-startup')
mkdirSync(dir, {recursive: true})
const article = path.join(dir, 'article.txt')
writeFileSync(article, smallTexts(1, 5000)[0])

const baselineAt = process.argv.indexOf('--baseline')
const baseline = baselineAt === -1 ? undefined : path.join(path.resolve(process.argv[baselineAt + 1]), 'packages', 'cli', 'bin', 'jiaodui.js')
const commands = {
  'node -e 0': ['-e', '0'],
  'jiaodui --version': [jiaodui, '--version'],
  'jiaodui check (5 KB, json)': [jiaodui, 'check', '--format', 'json', article],
  'same, modules (JIAODUI_BUNDLE=0)': [jiaodui, 'check', '--format', 'json', article],
  'autocorrect --lint (5 KB)': [autocorrect, '--lint', article],
  ...(baseline
    ? {'baseline --version': [baseline, '--version'], 'baseline check (5 KB, json)': [baseline, 'check', '--format', 'json', article]}
    : {})
}
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint()
    const env = name.includes('JIAODUI_BUNDLE=0') ? {...process.env, JIAODUI_BUNDLE: '0'} : process.env
    const result = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8', env})
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited with ${result.status}: ${result.stderr}`)
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6)
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const base = median(times['node -e 0'])
console.log(`median of ${runs} interleaved runs; node ${process.version}`)
console.table(
  Object.entries(times).map(([name, list]) => ({command: name, 'median ms': median(list).toFixed(0), 'min ms': Math.min(...list).toFixed(0), 'ratio to node -e 0': (median(list) / base).toFixed(2)}))
)
