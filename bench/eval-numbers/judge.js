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
// The set files keep each item's path, offset and numeral text (a few characters), never context.
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {itemsOf} from './items.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {set: {type: 'string'}, docs: {type: 'boolean'}, print: {type: 'boolean'}, write: {type: 'boolean'}, verdicts: {type: 'string'}, root: {type: 'string'}}})
const docs = positionals
if (docs.length === 0) throw new Error('name the documents (paths under ../shared/corpus, or github: documents of set fresh) after --docs')

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
