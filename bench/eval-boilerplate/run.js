// Line-level evaluation of the boilerplate rules on the labelled corpus
// (../shared/corpus/seeds and ../shared/corpus/boilerplate-dev): precision,
// recall, F1 and the share of content lines wrongly flagged, per corpus, per
// script, strict and lenient; then recall per kind. Uses the built packages:
// run `npx tsc -b packages/core rules/no-scraped-boilerplate
// rules/no-repeated-boilerplate rules/no-masked-text` first.
//
// Then the labelled real pages of ../shared/corpus/realtext-dev (see
// realtext.js): line F1 and the share of content flagged per region, and the
// F1 of glued spans.
//
//   node bench/eval-boilerplate/run.js [--errors] [--json] [--unlabelled]
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createEngine} from '../../packages/core/dist/index.js'
import noScrapedBoilerplate from '../../rules/no-scraped-boilerplate/dist/index.js'
import noRepeatedBoilerplate from '../../rules/no-repeated-boilerplate/dist/index.js'
import noMaskedText from '../../rules/no-masked-text/dist/index.js'
import {emptyCounts, countPage, pageErrors, runCorpus, tabulate} from '../../rules/no-scraped-boilerplate/dist/score.js'
import {evaluateRealtext, ratios} from './realtext.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const corpusRoot = path.resolve(repo, '..', 'shared', 'corpus')
const folders = ['seeds', 'boilerplate-dev']
const showErrors = process.argv.includes('--errors')
const asJson = process.argv.includes('--json')
const showUnlabelled = process.argv.includes('--unlabelled')

const rules = [noScrapedBoilerplate, noRepeatedBoilerplate, noMaskedText]
const results = []
for (const folder of folders) {
  // One engine per run: no-repeated-boilerplate's corpus phase sees the folder as one run.
  const engine = createEngine(rules, {})
  results.push(await runCorpus(engine, path.join(corpusRoot, folder)))
}

const rows = results.flatMap((result) => tabulate(result))
const realtext = await evaluateRealtext(createEngine, rules, corpusRoot)
if (asJson) {
  const regions = Object.fromEntries(
    Object.entries(realtext.regions).map(([name, region]) => [
      name,
      {files: region.files, strict: ratios(region.strict), lenient: ratios(region.lenient), spans: ratios(region.spans), counts: region}
    ])
  )
  console.log(JSON.stringify({rows: rows.map(({counts, ...row}) => ({...row, counts: {...counts, kinds: undefined}})), realtext: regions}, null, 2))
  process.exit(0)
}

const percent = (value) => (value * 100).toFixed(1).padStart(5) + '%'
const line = (cells, widths) => '| ' + cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ') + ' |'
const widths = [15, 6, 7, 5, 6, 6, 6, 6, 18]
console.log(line(['corpus', 'script', 'mode', 'pages', 'P', 'R', 'F1', 'lines', 'content wrongly flagged'], widths))
console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|')
for (const row of rows) {
  const {precision, recall, f1, wronglyFlagged, wronglyFlaggedShare} = row.metrics
  const total = row.counts.truePositive + row.counts.falseNegative + row.counts.content
  console.log(
    line(
      [row.corpus, row.script, row.mode, row.pages, percent(precision), percent(recall), percent(f1), total, `${percent(wronglyFlaggedShare)} (${wronglyFlagged}/${row.counts.content})`],
      widths
    )
  )
}

// Recall per labelled kind, strict, all pages together. `masked` lines are
// scored with no-masked-text's findings (shown apart: they are not deletions).
console.log('\nRecall per kind (strict, both corpora):')
const kinds = emptyCounts()
const masked = {total: 0, found: 0}
for (const result of results) {
  for (const entry of result.pages) {
    countPage(entry.page.labels, entry.flagged, 'strict', kinds)
    for (const label of entry.page.labels) {
      if (label.kind !== 'masked' || label.blank) continue
      masked.total++
      if (entry.masked.has(label.line)) masked.found++
    }
  }
}
for (const [kind, {total, found}] of Object.entries(kinds.kinds).sort()) {
  const note = kind === 'masked' ? `   (with no-masked-text: ${masked.found}/${masked.total})` : ''
  console.log(`  ${kind.padEnd(16)} ${String(found).padStart(4)}/${String(total).padEnd(4)} ${percent(total ? found / total : 1)}${note}`)
}

if (showErrors) {
  for (const result of results) {
    for (const entry of result.pages) {
      const {falsePositive, falseNegative} = pageErrors(entry, 'strict')
      if (falsePositive.length === 0 && falseNegative.length === 0) continue
      const lines = entry.page.text.split('\n')
      console.log(`\n${result.corpus}/${entry.page.name} (${entry.page.script})`)
      for (const label of falsePositive) console.log(`  wrongly flagged ${label.line}${label.ambiguous ? ' (ambiguous)' : ''}: ${lines[label.line - 1]?.slice(0, 60)}`)
      for (const label of falseNegative) console.log(`  missed ${label.line} [${label.kind}]${label.ambiguous || label.partial ? ' (ambiguous/partial)' : ''}: ${lines[label.line - 1]?.slice(0, 60)}`)
    }
  }
}

// Real pages (labels under ./labels): per region, strict and lenient, then spans.
console.log('\nrealtext-dev (labelled real pages and articles):')
const realWidths = [9, 7, 5, 6, 6, 6, 18, 6, 6, 6]
console.log(line(['region', 'mode', 'files', 'P', 'R', 'F1', 'content flagged', 'span P', 'span R', 'span F1'], realWidths))
console.log('|' + realWidths.map((width) => '-'.repeat(width + 2)).join('|') + '|')
for (const name of ['mainland', 'hongkong', 'taiwan', 'all']) {
  const region = realtext.regions[name]
  if (!region) continue
  const spans = ratios(region.spans)
  for (const mode of ['strict', 'lenient']) {
    const counts = region[mode]
    const {precision, recall, f1, contentFlagged} = ratios(counts)
    const spanCells = mode === 'strict' ? [percent(spans.precision), percent(spans.recall), percent(spans.f1)] : ['', '', '']
    console.log(line([name, mode, region.files, percent(precision), percent(recall), percent(f1), `${percent(contentFlagged)} (${counts.fp}/${counts.content})`, ...spanCells], realWidths))
  }
}
const allSpans = realtext.regions.all?.spans
if (allSpans) console.log(`spans: ${allSpans.tp} found, ${allSpans.fn} missed, ${allSpans.fp} wrong`)

if (showErrors) {
  for (const entry of realtext.results) {
    if (!entry.labelled || entry.score.errors.length === 0) continue
    const lines = entry.text.split('\n')
    console.log(`\nrealtext-dev/${entry.name}`)
    for (const error of entry.score.errors) {
      const text = lines[error.line - 1] ?? ''
      const shown = error.start === undefined ? text.trim().slice(0, 60) : text.slice(error.start, error.end).slice(0, 60)
      console.log(`  ${error.type} ${error.line}${error.kind ? ` [${error.kind}]` : ''}${error.ambiguous ? ' (ambiguous)' : ''}: ${shown}`)
    }
  }
}

// Findings on files nobody labelled, for reading (count the false ones by hand).
if (showUnlabelled) {
  for (const entry of realtext.results) {
    if (entry.labelled) continue
    const messages = entry.file.messages.filter((message) => ['no-scraped-boilerplate', 'no-repeated-boilerplate', 'no-masked-text'].includes(message.ruleId))
    if (messages.length === 0) continue
    console.log(`\nrealtext-dev/${entry.name} (not labelled)`)
    for (const message of messages) console.log(`  ${message.place?.start?.line}:${message.place?.start?.column} ${message.ruleId} ${message.reason.slice(0, 90)}`)
  }
}
