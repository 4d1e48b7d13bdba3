// Mutation harness of consistent-numeric-claims, corpus findings of the four claim rules, and
// claim coverage on the seeds. Run: npx tsc -b packages/claims rules/consistent-numeric-claims \
//   rules/no-contradictory-claims rules/parts-sum-to-whole rules/no-impossible-percentage packages/core
//   && node bench/eval-claims/run.js
import {DEFAULT_MIN_CONFIDENCE, FALLBACK_DATE, corpusFindings, coverage, evaluate, loadCorpus} from './lib.js'

const pct = (x) => `${(100 * x).toFixed(1)} %`
const articles = loadCorpus()
const seeds = articles.filter((article) => article.path.startsWith('seeds/'))

console.log(`# Claims evaluation (${articles.length} articles: ${seeds.length} seeds + ${articles.length - seeds.length} boilerplate-dev)\n`)

for (const date of [FALLBACK_DATE, null]) {
  const started = performance.now()
  const r = await evaluate(articles, {date})
  const seconds = (performance.now() - started) / 1000
  console.log(`## Mutation harness, undated articles ${date ? `dated ${date} (settings.date)` : 'left undated'} (${seconds.toFixed(1)} s)\n`)
  console.log(`cases ${r.cases}: ${r.outside} moved outside their interval, ${r.inside} restated inside their precision`)
  console.log(`recall    ${pct(r.recall)} (${r.detected}/${r.outside}) of all outside mutations`)
  console.log(`          ${pct(r.eligibleRecall)} (${r.eligibleDetected}/${r.eligibleOutside}) of those on comparable claims (key known, confidence ≥ ${DEFAULT_MIN_CONFIDENCE}, period resolved)`)
  console.log(`precision ${pct(r.precision)} (${r.correct}/${r.findings} findings)`)
  console.log(`clash kind named correctly: ${pct(r.classifierAccuracy)} (${r.classified}/${r.detected})`)
  console.log('per mutation kind (flagged/cases):', Object.entries(r.byKind).map(([kind, v]) => `${kind} ${v.flagged}/${v.cases}`).join(', '))
  for (const f of r.falseFindings.slice(0, 20)) console.log('  false finding:', JSON.stringify(f))
  const reasons = {}
  for (const m of r.missed) {
    const entry = (reasons[m.reason] ??= {count: 0, via: {}})
    entry.count++
    entry.via[m.via] = (entry.via[m.via] ?? 0) + 1
  }
  console.log(`missed ${r.missed.length}, by reason (scope/metric/period via):`)
  for (const [reason, {count, via}] of Object.entries(reasons).sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${reason} ${count}: ${Object.entries(via).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`)
  }
  if (process.argv.includes('--missed')) for (const m of r.missed) console.log('  missed:', JSON.stringify(m))
  for (const m of r.missed.filter((m) => m.eligible).slice(0, 20)) console.log('  missed comparable:', JSON.stringify(m))
  console.log()
}

for (const date of [undefined, FALLBACK_DATE]) {
  const findings = await corpusFindings(articles, {date})
  console.log(`## Findings on the unmodified corpus (${date ? `settings.date ${date}` : 'no fallback date'}): ${findings.length}`)
  for (const f of findings) console.log(`  ${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.reason}${f.cause ? ` (cause ${f.cause})` : ''}`)
  console.log()
}

for (const date of [undefined, FALLBACK_DATE]) {
  const c = coverage(seeds, {date})
  console.log(`## Coverage on the seeds (${date ? `settings.date ${date}` : 'datelines only'})`)
  console.log(`zh-number count/money/percent mentions: ${c.mentions}; claims: ${c.claims}; with scope, metric and period: ${c.complete} = ${pct(c.share)}`)
  console.log(`missing: no claim ${c.missing.claim}, no scope ${c.missing.scope}, no metric ${c.missing.metric}, no period ${c.missing.period}`)
  console.log()
}
