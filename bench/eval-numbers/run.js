// Precision and recall of `jiaodui numbers` on every numeral of hand-judged articles (judge.js).
//   node bench/eval-numbers/run.js [--set dev] [--misses] [--root /tmp/fresh]
// (--root: where fresh-text.js rebuilt the texts of set `fresh`; a set whose texts are absent is skipped.)
// A mention counts as right when an item at its offset, with its text, was judged a quantity;
// a mention no item matches is unjudged (listed: judge it). Recall: judged quantities that a
// mention now reads with the same offset and text. Dates and times are not in these sets.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {corpus, fileOf, itemsOf} from './items.js'

const {values} = parseArgs({options: {set: {type: 'string'}, misses: {type: 'boolean'}, regions: {type: 'boolean'}, root: {type: 'string'}}})
const folder = new URL('sets/', import.meta.url)
// The scripts of the saved pages of boilerplate-dev (its meta.json), which has no region folders.
let pageScripts
/** The region of a document for --regions: its folder under realtext-dev, else its script. */
function regionOf(doc) {
  const [top, sub] = doc.split('/')
  // Saved raw pages name their region by a prefix: hk-, tw-, cn-.
  if (top === 'realtext-dev' && sub === 'raw-pages') return `raw pages, ${{hk: 'Hong Kong', tw: 'Taiwan', cn: 'mainland'}[doc.split('/')[2].slice(0, 2)] ?? 'other'}`
  if (top.startsWith('github:')) return doc.split('/')[1].split('@')[0]
  if (top === 'realtext-dev') return sub
  if (top !== 'boilerplate-dev') return top
  pageScripts ??= JSON.parse(readFileSync(`${corpus}/boilerplate-dev/meta.json`, 'utf8'))
  const script = pageScripts[sub.replace(/\.txt$/, '')]?.script
  return script === 'hant' ? 'traditional (boilerplate-dev)' : 'simplified (boilerplate-dev)'
}
const sets = values.set ? [values.set] : readdirSync(folder).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -6))
for (const set of sets) {
  const rows = readFileSync(new URL(`${set}.jsonl`, folder), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const missing = [...new Set(rows.map((row) => row.doc))].filter((doc) => !existsSync(fileOf(doc, values.root)))
  if (missing.length > 0) {
    console.log(`${set}: skipped, ${missing.length} texts absent (${fileOf(missing[0], values.root)}: rebuild them with fresh-text.js)`)
    continue
  }
  const judged = new Map(rows.map((row) => [`${row.doc}@${row.at}`, row]))
  let right = 0
  let wrong = 0
  // Per region (the folder under realtext-dev), for --regions: [right, wrong, found].
  const byRegion = new Map()
  const tally = (doc, index) => {
    const region = regionOf(doc)
    if (!byRegion.has(region)) byRegion.set(region, [0, 0, 0])
    byRegion.get(region)[index]++
  }
  const unjudged = []
  const found = new Set()
  const listed = []
  for (const doc of [...new Set(rows.map((row) => row.doc))]) {
    for (const mention of itemsOf(doc, values.root).mentions) {
      const row = judged.get(`${doc}@${mention.start}`)
      if (!row || row.text !== mention.text) {
        unjudged.push(`${doc}@${mention.start} ${mention.text}`)
        continue
      }
      if (row.is === 'quantity') {
        right++
        tally(doc, 0)
        found.add(`${doc}@${mention.start}`)
      } else {
        wrong++
        tally(doc, 1)
        listed.push(`not a quantity, read as one: ${doc}@${mention.start} ${mention.text}`)
      }
    }
  }
  const quantities = rows.filter((row) => row.is === 'quantity')
  for (const row of quantities) if (!found.has(`${row.doc}@${row.at}`)) listed.push(`missed: ${row.doc}@${row.at} ${row.text}`)
  const docs = new Set(rows.map((row) => row.doc)).size
  console.log(`${set}: ${docs} articles, ${rows.length} judged numerals, ${quantities.length} quantities`)
  console.log(`  precision ${(right / (right + wrong)).toFixed(3)} (${right}/${right + wrong})  recall ${(found.size / quantities.length).toFixed(3)} (${found.size}/${quantities.length})  unjudged mentions ${unjudged.length}`)
  if (values.regions) {
    for (const [region, [r, w]] of byRegion) {
      const total = quantities.filter((row) => regionOf(row.doc) === region).length
      console.log(`  ${region}: precision ${(r / (r + w)).toFixed(3)} (${r}/${r + w})  recall ${(r / total).toFixed(3)} (${r}/${total})`)
    }
  }
  if (values.misses) for (const line of [...listed, ...unjudged.map((item) => `unjudged: ${item}`)]) console.log(`  ${line}`)
}
