// The claims phase of two builds side by side: `jiaodui check` of this checkout and of another
// (`--before DIR`, a copy built with `npx tsc -b` and its bundle), runs interleaved
// (none, before, after, none…) so that the machine's load hits all three alike. *none* is this
// checkout with the four claim rules off (as cost.js's *off*); *before* and *after* run the
// whole preset. Best and median of N, wall and CPU (all threads of the process).
// Run: node bench/claims-scale/ab.js --before /tmp/before [--runs 7] [--corpus small|large]
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {tmpdir} from 'node:os'
import {largeText, repo, smallTexts} from '../lib/corpus.js'

const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const runs = Number(argument('--runs')) || 5
const only = argument('--corpus')
const before = argument('--before')
if (!before) throw new Error('usage: node bench/claims-scale/ab.js --before DIR [--runs N] [--corpus small|large]')
const CLAIM_RULES = ['consistent-numeric-claims', 'no-contradictory-claims', 'parts-sum-to-whole', 'no-impossible-percentage']
const root = path.join(tmpdir(), `jiaodui-claims-ab-${process.pid}`)
const usageFile = path.join(root, 'usage.json')
const preload = path.join(root, 'usage.mjs')

rmSync(root, {recursive: true, force: true})
const corpora = {small: path.join(root, 'small'), large: path.join(root, 'large')}
mkdirSync(corpora.small, {recursive: true})
mkdirSync(corpora.large, {recursive: true})
smallTexts().forEach((text, index) => writeFileSync(path.join(corpora.small, `article-${String(index).padStart(3, '0')}.txt`), text))
writeFileSync(path.join(corpora.large, 'seeds-5mb.txt'), largeText())
writeFileSync(preload, `import {writeFileSync} from 'node:fs'\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({user: u.userCPUTime, system: u.systemCPUTime})) })\n`)
writeFileSync(path.join(root, 'on.json'), JSON.stringify({rules: {}}))
writeFileSync(path.join(root, 'off.json'), JSON.stringify({rules: Object.fromEntries(CLAIM_RULES.map((id) => [id, 'off']))}))

/** One run: wall and CPU seconds, and the output (the two builds must agree). */
function check(checkout, dir, config) {
  rmSync(usageFile, {force: true})
  const env = process.env
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ['--import', preload, path.join(checkout, 'packages', 'cli', 'bin', 'jiaodui.js'), 'check', '--threads', '1', '--format', 'json', '--config', path.join(root, `${config}.json`), dir], {cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30})
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (run.status !== 0 && run.status !== 1) throw new Error(`jiaodui check exited with ${run.status}: ${run.stderr.slice(0, 2000)}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
  return {wall, cpu: (usage.user + usage.system) / 1e6, output: run.stdout}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rows = []
for (const [name, dir] of Object.entries(corpora)) {
  if (only && only !== name) continue
  const kinds = {none: [repo, 'off'], before: [path.resolve(before), 'on'], after: [repo, 'on']}
  const times = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, {wall: [], cpu: []}]))
  for (let run = 0; run < runs; run++) {
    const outputs = {}
    for (const [kind, [checkout, config]] of Object.entries(kinds)) {
      const result = check(checkout, dir, config)
      times[kind].wall.push(result.wall)
      times[kind].cpu.push(result.cpu)
      outputs[kind] = result.output
    }
    if (outputs.before !== outputs.after) throw new Error(`${name}: the two builds' outputs differ`)
  }
  for (const key of ['cpu', 'wall']) {
    const row = {corpus: `${name}, ${key}`}
    for (const stat of ['best', 'median']) {
      const of = (kind) => (stat === 'best' ? Math.min(...times[kind][key]) : median(times[kind][key]))
      row[`none (${stat})`] = `${of('none').toFixed(2)} s`
      for (const kind of ['before', 'after']) row[`${kind} (${stat})`] = `${of(kind).toFixed(2)} s (+${Math.round((of(kind) / of('none') - 1) * 100)} %)`
    }
    rows.push(row)
  }
}
rmSync(root, {recursive: true, force: true})
console.log(`${runs} interleaved runs (none, before, after), --threads 1, process start included; CPU = user + sys of all threads; node ${process.version}`)
console.table(rows)
