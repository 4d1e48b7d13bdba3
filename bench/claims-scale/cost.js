// What the claims phase adds to `jiaodui check` on the throughput corpora (issue 18: at most 30 %).
// `--threads 1`, process start included, runs interleaved (off, on, thread, native, off…) so machine load
// hits all alike; best of N. Wall time and CPU time (user + sys of the whole process, all
// threads). Four runs of the same `jiaodui check`:
// - off: the four claim rules `off` in the config: a rule that is off is not run (no rule, report
//   or index step reads its claims) and nothing loads jieba's dictionary: no claims phase at all,
//   the baseline;
// - on: the whole preset on the main thread (`--no-claims-thread`), jieba in JavaScript over the
//   compiled dictionary;
// - thread: the whole preset with the claims extracted on a thread of their own (`--claims-thread`,
//   the default for runs of 300 files or more on 2 cores or more);
// - native: the whole preset with `@node-rs/jieba` instead (JIAODUI_SEGMENTER=native), same words.
// "added" is against off.
// Run: pnpm build && node bench/claims-scale/cost.js [--runs N] [--corpus small|large] [--dir FOLDER] [--configs off,on,thread]
// (--dir: a folder of articles instead of the two corpora, e.g. bench/scale's 10 000 articles)
import {spawnSync} from 'node:child_process'
import {closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync} from 'node:fs'
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
  const thread = config === 'thread' ? ['--claims-thread'] : config === 'off' ? [] : ['--no-claims-thread']
  // (The report goes to a file: the JSON of 10 000 articles is past the longest string V8 makes.)
  const report = path.join(root, 'report.json')
  const run = spawnSync(process.execPath, ['--import', preload, jiaodui, 'check', '--threads', '1', ...thread, '--format', 'json', '--output', report, '--config', path.join(root, `${file}.json`), dir], {cwd: root, env, encoding: 'utf8'})
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (run.status !== 0 && run.status !== 1) throw new Error(`jiaodui check exited with ${run.status}: ${run.stderr.slice(0, 2000)}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
  return {wall, cpu: (usage.user + usage.system) / 1e6, messages: messageLines(report)}
}

/** Messages of a JSON report, which writes each message on a line of its own, counted a block at a time. */
function messageLines(file) {
  const fd = openSync(file, 'r')
  const block = Buffer.alloc(1 << 20)
  const start = Buffer.from('\n{"ruleId":')
  let count = 0
  let carry = Buffer.alloc(0)
  try {
    for (let read; (read = readSync(fd, block, 0, block.length, null)) > 0; ) {
      const chunk = Buffer.concat([carry, block.subarray(0, read)])
      for (let at = chunk.indexOf(start); at >= 0; at = chunk.indexOf(start, at + 1)) count++
      carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - start.length + 1)))
    }
  } finally {
    closeSync(fd)
  }
  return count
}

const folder = argument('--dir')
const corpora = prepare()
if (folder) for (const name of Object.keys(corpora)) delete corpora[name]
if (folder) corpora.dir = {dir: path.resolve(folder), label: folder}
const configs = (argument('--configs') ?? 'off,on,thread,native').split(',')
for (const config of configs) if (!['off', 'on', 'thread', 'native'].includes(config)) throw new Error(`--configs: unknown configuration ${config}`)
if (!configs.includes('off')) throw new Error('--configs: off is the baseline, it must be among them')
const rows = []
for (const [name, corpus] of Object.entries(corpora)) {
  if (only && only !== name) continue
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
      ...(configs.includes('on') ? {on: `${best.on[key].toFixed(2)} s`, 'added (on vs off)': added(key, 'on')} : {}),
      ...(configs.includes('thread') ? {'on, --claims-thread': `${best.thread[key].toFixed(2)} s (${added(key, 'thread')})`} : {}),
      ...(configs.includes('native') ? {'on, native jieba': `${best.native[key].toFixed(2)} s (${added(key, 'native')})`} : {}),
      [`messages ${configs.join(' / ')}`]: configs.map((config) => messages[config]).join(' / ')
    })
  }
}
rmSync(root, {recursive: true, force: true})
console.log(`best of ${runs} interleaved runs, --threads 1, process start included; ${availableParallelism()} cores; CPU = user + sys of all threads; node ${process.version}`)
console.table(rows)
