// The claim index at scale: one article against 10^4, 10^5, 10^6 stored claims, on SQLite and
// PostgreSQL. Measures the bulk-load rate of the store, the lookup of one article's claims, and
// the whole `jiaodui check --index` process. Run on demand (never in the tests):
//   npx tsc -b && nice node bench/index/run.js [--sizes 1e4,1e5,1e6] [--backends sqlite,postgres] [--runs 30]
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createEngine} from '../../packages/core/dist/index.js'
import {rules} from '../../packages/preset/dist/index.js'
import {checkAgainstIndex, documentEntry, keyFrame, openIndex} from '../../packages/claim-index/dist/index.js'
import {findPostgresBinaries, startThrowawayPostgres} from '../../packages/claim-index/dist/throwaway-postgres.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(here, '../../packages/cli/bin/jiaodui.js')
const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]))
const sizes = (args.get('--sizes') ?? '1e4,1e5,1e6').split(',').map(Number)
const backends = (args.get('--backends') ?? 'sqlite,postgres').split(',')
const runs = Number(args.get('--runs') ?? 30)
// Without `--no-process`, the whole `jiaodui check --index` process is timed too (the check step must be wired).
const timeWholeProcess = !args.has('--no-process')
const claimsPerDocument = 10

// The article checked: four keyed claims, one of them clashing with the stored figures.
const ARTICLE = '人民网贵阳2020年1月15日电 截至2018年底，贵州共有8452名第一书记，驻村干部5.3万名。\n2018年，贵州新增农村致富带头人3120名，投入扶持资金2042万元。\n'

function rng(seed) {
  let s = seed >>> 0
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/**
 * `count` stored claims, built from the claims of the article with their frame varied: 3 000 scopes,
 * 60 metrics, 240 months, so the number of keys grows with the archive. One claim in 100 keeps the
 * article's own key (a hot key: at 10^6 each of the article's keys holds ~2 500 claims), so the
 * lookups have real buckets to search.
 */
function* syntheticEntries(templates, count, seed, offset) {
  const random = rng(seed)
  let claimIndex = 0
  for (let doc = 0; claimIndex < count; doc++) {
    const claims = []
    const year = 2000 + Math.floor(random() * 20)
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`
    for (let k = 0; k < claimsPerDocument && claimIndex < count; k++, claimIndex++) {
      const template = templates[Math.floor(random() * templates.length)]
      const hot = random() < 0.01
      const value = Math.round((template.value.value ?? 1000) * (0.5 + random()))
      const claim = structuredClone(template)
      claim.id = `synthetic/${offset + doc}.txt#${k}`
      claim.value = {...claim.value, low: value, high: value, value, text: String(value)}
      if (!hot) {
        const scope = 100000 + Math.floor(random() * 3000)
        claim.scope = {...claim.scope, id: String(scope), name: `县${scope}`}
        claim.metric = {...claim.metric, id: `${claim.metric.id}${Math.floor(random() * 15)}`}
        claim.period = {...claim.period, id: `asof:${2000 + Math.floor(random() * 20)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`}
      }
      claims.push(claim)
    }
    yield {document: {path: `synthetic/${offset + doc}.txt`, hash: `h${offset + doc}`, date}, claims}
  }
}

/** Store claims up to `to`, in transactions of 2 000 documents; the rate counts `add` only, not the generator. */
async function fillTo(store, templates, from, to) {
  let spent = 0
  let cpu = 0
  let batch = []
  const flush = async () => {
    const started = performance.now()
    const usage = process.cpuUsage()
    await store.add(batch)
    spent += performance.now() - started
    const used = process.cpuUsage(usage)
    cpu += (used.user + used.system) / 1000
    batch = []
  }
  for (const entry of syntheticEntries(templates, to - from, to, from)) {
    batch.push(entry)
    if (batch.length === 2000) await flush()
  }
  if (batch.length) await flush()
  // CPU time of this process: on a shared machine the wall clock also counts other processes' turns
  // (for PostgreSQL the server's own work is not in it).
  return {wall: (to - from) / (spent / 1000), cpu: (to - from) / (cpu / 1000)}
}

function timeProcess(argvs, cwd, env) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const result = spawnSync(process.execPath, argvs, {cwd, env: {...process.env, ...env}, encoding: 'utf8'})
    times.push(performance.now() - started)
    if (result.status !== 1 && result.status !== 0) throw new Error(`check failed (${result.status}): ${result.stderr}`)
  }
  return times
}

const engine = createEngine(rules)
const article = await engine.check({value: ARTICLE, format: 'txt', path: 'new/guizhou.txt'})
const templates = documentEntry(article).claims.filter((claim) => keyFrame(claim))
const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-bench-index-'))
writeFileSync(path.join(folder, 'article.txt'), ARTICLE)
let cluster
console.log('| backend | stored claims | bulk load claims/s (wall / per CPU s) | lookup p50 / p95 ms | lookup CPU p50 ms | check --index process p50 / p95 ms | check without index p50 ms | messages | SQLite file | load avg |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
try {
  for (const backend of backends) {
    if (backend === 'postgres') {
      if (!findPostgresBinaries()) {
        console.error('PostgreSQL binaries not found: skipping the PostgreSQL rows')
        continue
      }
      cluster = await startThrowawayPostgres()
    }
    const location = backend === 'postgres' ? {backend, url: cluster.url} : {backend, file: path.join(folder, 'claims.db')}
    const store = await openIndex(location, {create: true})
    let stored = 0
    for (const size of sizes) {
      const rate = await fillTo(store, templates, stored, size)
      const load = (await import('node:os')).loadavg()[0].toFixed(1)
      stored = size
      // Lookup: the article's claims against the index, in process (no start-up), after a warm-up.
      const lookups = []
      const lookupCpu = []
      let messages = 0
      for (let i = 0; i < runs + 3; i++) {
        const file = await engine.check({value: ARTICLE, format: 'txt', path: 'new/guizhou.txt'})
        const started = performance.now()
        const usage = process.cpuUsage()
        const result = await checkAgainstIndex(store, [file])
        const used = process.cpuUsage(usage)
        if (i >= 3) {
          lookups.push(performance.now() - started)
          lookupCpu.push((used.user + used.system) / 1000)
        }
        messages = result.messages
      }
      const flag = location.backend === 'postgres' ? location.url : location.file
      const whole = timeWholeProcess ? timeProcess([bin, 'check', 'article.txt', '--index', flag], folder, {}) : [NaN]
      const baseline = timeWholeProcess ? timeProcess([bin, 'check', 'article.txt'], folder, {}) : [NaN]
      const bytes = location.backend === 'sqlite' ? statSync(location.file).size : undefined
      console.log(
        `| ${backend} | ${size.toExponential(0)} | ${Math.round(rate.wall)} / ${Math.round(rate.cpu)} | ${quantile(lookups, 0.5).toFixed(1)} / ${quantile(lookups, 0.95).toFixed(1)} | ${quantile(lookupCpu, 0.5).toFixed(1)} | ${quantile(whole, 0.5).toFixed(0)} / ${quantile(whole, 0.95).toFixed(0)} | ${quantile(baseline, 0.5).toFixed(0)} | ${messages} | ${bytes ? (bytes / 1e6).toFixed(0) + ' MB' : '–'} | ${load} |`
      )
    }
    await store.close()
    if (cluster) {
      await cluster.stop()
      cluster = undefined
    }
  }
} finally {
  if (cluster) await cluster.stop()
  rmSync(folder, {recursive: true, force: true})
}
