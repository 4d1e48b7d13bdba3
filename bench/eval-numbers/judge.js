// Judging the numerals of a set of articles, by hand (issue 18: `jiaodui numbers` precision and
// recall on every numeral of an article, not only on the labelled claims).
//   node bench/eval-numbers/judge.js --docs realtext-dev/taiwan/x.txt … --print
//       every mention (not a date or time) and every numeral run no mention covers, with context;
//   node bench/eval-numbers/judge.js --set heldout --docs … --verdicts FILE --write
//       writes sets/<set>.jsonl: every item, a quantity when it is a mention, not one when it is an
//       uncovered run, except where FILE says otherwise (lines `doc@start is [text]`, `is` being
//       `quantity` or `not`; `text` the quantity's whole span when a run is a missed quantity).
//   --root DIR: where the texts of `github:<owner>/<repo>@<commit>:<path>` documents (set `fresh`)
//       were rebuilt by fresh-text.js (default /tmp/fresh).
//   --from-text (set `fresh4`): items are the numeral runs of the text alone (items.js's regular expression), and
//       `jiaodui numbers` is NOT run: --print lists every run with context; --write takes verdict lines
//       `doc@start quantity SPAN` (SPAN: the quantity's whole text as the reader should read it, prefix and unit
//       included, starting at `start`, which need not be a run's start: `约5人`; it may hold spaces, `959 家`, set
//       `fresh7`: it runs to the line's end) and writes one row per quantity
//       and a `not` row for every run no quantity span covers. Scored later by run.js like any set: a mention
//       counts as right only where its offset and text are a quantity row's.
// The set files keep each item's path, offset and numeral text (a few characters), never context.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {itemsOf, textItemsOf} from './items.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {set: {type: 'string'}, docs: {type: 'boolean'}, print: {type: 'boolean'}, write: {type: 'boolean'}, verdicts: {type: 'string'}, root: {type: 'string'}, 'from-text': {type: 'boolean'}}})
const docs = positionals
if (docs.length === 0) throw new Error('name the documents (paths under ../shared/corpus, or github: documents of set fresh) after --docs')

if (values['from-text']) {
  if (values.print) {
    for (const doc of docs) {
      const {text, candidates} = textItemsOf(doc, values.root)
      for (const item of candidates) {
        const before = text.slice(Math.max(0, item.start - 12), item.start).replace(/\n/g, '⏎')
        const after = text.slice(item.end, item.end + 10).replace(/\n/g, '⏎')
        console.log(`${doc}@${item.start}\t${before}[${item.text}]${after}`)
      }
    }
  }
  if (values.write) {
    if (!values.set) throw new Error('--write needs --set <name>')
    const quantities = new Map()
    for (const line of values.verdicts ? readFileSync(values.verdicts, 'utf8').split('\n') : []) {
      const match = /^(.+?)@(\d+)\s+quantity\s+(\S(?:.*\S)?)\s*$/.exec(line.trim())
      if (match) quantities.set(match[1] + '@' + match[2], {doc: match[1], at: Number(match[2]), text: match[3]})
      else if (line.trim() && !line.startsWith('#')) throw new Error(`not a verdict line: ${line}`)
    }
    const rows = []
    for (const doc of docs) {
      const {text, candidates} = textItemsOf(doc, values.root)
      const spans = [...quantities.values()].filter((q) => q.doc === doc)
      for (const q of spans) {
        if (text.slice(q.at, q.at + q.text.length) !== q.text) throw new Error(`${doc}@${q.at}: the text there is not ${q.text}`)
        rows.push({doc, at: q.at, text: q.text, is: 'quantity'})
      }
      for (const item of candidates) {
        if (!spans.some((q) => q.at <= item.start && item.end <= q.at + q.text.length)) rows.push({doc, at: item.start, text: item.text, is: 'not'})
      }
      for (const item of candidates) {
        const inside = spans.filter((q) => q.at <= item.start && item.end <= q.at + q.text.length)
        if (inside.length > 1) throw new Error(`${doc}@${item.start}: in two quantity spans`)
      }
    }
    const unknown = [...quantities.values()].filter((q) => !docs.includes(q.doc))
    if (unknown.length > 0) throw new Error(`verdicts for no document: ${unknown.map((q) => q.doc).join(', ')}`)
    rows.sort((a, b) => docs.indexOf(a.doc) - docs.indexOf(b.doc) || a.at - b.at)
    mkdirSync(new URL('sets/', import.meta.url), {recursive: true})
    writeFileSync(new URL(`sets/${values.set}.jsonl`, import.meta.url), rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
    console.log(`${rows.length} items, ${rows.filter((row) => row.is === 'quantity').length} quantities`)
  }
  process.exit(0)
}

if (values.print) {
  for (const doc of docs) {
    const {text, mentions, candidates} = itemsOf(doc, values.root)
    for (const item of [...mentions, ...candidates].sort((a, b) => a.start - b.start)) {
      const before = text.slice(Math.max(0, item.start - 8), item.start).replace(/\n/g, '⏎')
      const after = text.slice(item.end, item.end + 6).replace(/\n/g, '⏎')
      const read = item.source === 'mention' ? `\t${item.kind} ${JSON.stringify(item.value)}` : ''
      console.log(`${doc}@${item.start}\t${item.source === 'mention' ? 'M' : '-'}\t${before}[${item.text}]${after}${read}`)
    }
  }
}

if (values.write) {
  if (!values.set) throw new Error('--write needs --set <name>')
  const verdicts = new Map()
  for (const line of values.verdicts ? readFileSync(values.verdicts, 'utf8').split('\n') : []) {
    const match = /^(.+?)@(\d+)\s+(quantity|not)(?:\s+(\S+))?/.exec(line.trim())
    if (match) verdicts.set(`${match[1]}@${match[2]}`, {is: match[3], text: match[4]})
  }
  const rows = []
  for (const doc of docs) {
    const {mentions, candidates} = itemsOf(doc, values.root)
    for (const item of [...mentions, ...candidates].sort((a, b) => a.start - b.start)) {
      const verdict = verdicts.get(`${doc}@${item.start}`)
      verdicts.delete(`${doc}@${item.start}`)
      const is = verdict?.is ?? (item.source === 'mention' ? 'quantity' : 'not')
      rows.push({doc, at: item.start, text: verdict?.text ?? item.text, is})
    }
  }
  if (verdicts.size > 0) throw new Error(`verdicts for no item: ${[...verdicts.keys()].join(', ')}`)
  mkdirSync(new URL('sets/', import.meta.url), {recursive: true})
  writeFileSync(new URL(`sets/${values.set}.jsonl`, import.meta.url), rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
  console.log(`${rows.length} items, ${rows.filter((row) => row.is === 'quantity').length} quantities`)
}
