// What the claims phase adds to `jiaodui check` on the throughput corpora (issue 18: at most 30 %).
// `--threads 1`, process start included, runs interleaved (off, on, thread, native, off…) so machine load
// hits all alike; best of N. Wall time and CPU time (user + sys of the whole process, all
// threads). Four runs of the same `jiaodui check`:
// - off: the four claim rules `off` in the config: a rule that is off is not run (no rule, report
//   or index step reads its claims) and nothing loads jieba's dictionary: no claims phase at all,
//   the baseline;
// - on: the whole preset, jieba in JavaScript over the compiled dictionary (the default);
// - thread: the whole preset with the claims extracted on a thread of their own (`--claims-thread`);
// - native: the whole preset with `@node-rs/jieba` instead (JIAODUI_SEGMENTER=native), same words.
// "added" is against off.
// Run: pnpm build && node bench/claims-scale/cost.js [--runs N] [--corpus small|large]
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {availableParallelism, tmpdir} from 'node:os'
import {largeText, repo, smallTexts} from '../lib/corpus.js'

const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const runs = Number(argument('--runs')) || 3
const only = argument('--corpus')
const jiaodui = path.join(repo, 'packages', 'cli', 'bin', 'jiaodui.js')
const CLAIM_RULES = ['consistent-numeric-claims', 'no-contradictory-claims', 'parts-sum-to-whole', 'no-impossible-percentage']

// A folder of its own (bench/lib's corpus folder is shared with bench/throughput, which may run meanwhile).
const root = path.join(tmpdir(), `jiaodui-claims-cost-${process.pid}`)
const usageFile = path.join(root, 'usage.json')
// Loaded into each checked process: writes its CPU time (all threads) when it exits.
const preload = path.join(root, 'usage.mjs')

/** Write the corpora, the preload and the two configs; returns the corpora. */
function prepare() {
  rmSync(root, {recursive: true, force: true})
  const small = path.join(root, 'small')
  const large = path.join(root, 'large')
  mkdirSync(small, {recursive: true})
  mkdirSync(large, {recursive: true})
  smallTexts().forEach((text, index) => writeFileSync(path.join(small, `article-${String(index).padStart(3, '0')}.txt`), text))
  writeFileSync(path.join(large, 'seeds-5mb.txt'), largeText())
  writeFileSync(preload, `import {writeFileSync} from 'node:fs'\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({user: u.userCPUTime, system: u.systemCPUTime})) })\n`)
  writeFileSync(path.join(root, 'on.json'), JSON.stringify({rules: {}}))
  writeFileSync(path.join(root, 'off.json'), JSON.stringify({rules: Object.fromEntries(CLAIM_RULES.map((id) => [id, 'off']))}))
  return {small: {dir: small, label: '200 × 5 KB'}, large: {dir: large, label: 'one 5 MB file'}}
}

/** One `jiaodui check` run: wall and CPU seconds, and the number of messages. */
function check(dir, config) {
  rmSync(usageFile, {force: true})
  const start = process.hrtime.bigint()
  const env = config === 'native' ? {...process.env, JIAODUI_SEGMENTER: 'native'} : process.env
  const file = config === 'off' ? 'off' : 'on'
  const thread = config === 'thread' ? ['--claims-thread'] : []
  const run = spawnSync(process.execPath, ['--import', preload, jiaodui, 'check', '--threads', '1', ...thread, '--format', 'json', '--config', path.join(root, `${file}.json`), dir], {cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30})
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (run.status !== 0 && run.status !== 1) throw new Error(`jiaodui check exited with ${run.status}: ${run.stderr.slice(0, 2000)}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
  const messages = JSON.parse(run.stdout).files.reduce((sum, file) => sum + file.messages.length, 0)
  return {wall, cpu: (usage.user + usage.system) / 1e6, messages}
}

const corpora = prepare()
const rows = []
for (const [name, corpus] of Object.entries(corpora)) {
  if (only && only !== name) continue
  const configs = ['off', 'on', 'thread', 'native']
  const best = Object.fromEntries(configs.map((config) => [config, {wall: Infinity, cpu: Infinity}]))
  const messages = {}
  for (let run = 0; run < runs; run++) {
    for (const config of configs) {
      const result = check(corpus.dir, config)
      best[config].wall = Math.min(best[config].wall, result.wall)
      best[config].cpu = Math.min(best[config].cpu, result.cpu)
      messages[config] = result.messages
    }
  }
  const added = (key, config) => `${best[config][key] >= best.off[key] ? '+' : ''}${Math.round((best[config][key] / best.off[key] - 1) * 100)} %`
  for (const key of ['wall', 'cpu']) {
    rows.push({
      corpus: `${corpus.label}, ${key === 'cpu' ? 'CPU' : 'wall'}`,
      off: `${best.off[key].toFixed(2)} s`,
      on: `${best.on[key].toFixed(2)} s`,
      'added (on vs off)': added(key, 'on'),
      'on, --claims-thread': `${best.thread[key].toFixed(2)} s (${added(key, 'thread')})`,
      'on, native jieba': `${best.native[key].toFixed(2)} s (${added(key, 'native')})`,
      'messages off / on / thread / native': configs.map((config) => messages[config]).join(' / ')
    })
  }
}
rmSync(root, {recursive: true, force: true})
console.log(`best of ${runs} interleaved runs, --threads 1, process start included; ${availableParallelism()} cores; CPU = user + sys of all threads; node ${process.version}`)
console.table(rows)
