// Precision, recall and the share of clean lines that get a message, per
// rule and per region, on the development set (devset.json: lines of
// ../shared/corpus/realtext-dev, some with an injected defect; judgements.json:
// the verdict on every message the rules gave on the unmodified lines).
// Run `npx tsc -b` first.
//
//   node bench/eval-script/run.js [--errors]
import {ruleIds} from './lib.js'
import {evaluate} from './score.js'

const showErrors = process.argv.includes('--errors')
const {counts, clean, detection, errors} = await evaluate()
const ratio = (a, b) => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6))
console.log('rule                          region  TP   FP   FN   precision recall')
const regions = ['zh-CN', 'zh-HK', 'zh-TW']
for (const rule of ruleIds) {
  const total = {tp: 0, fp: 0, fn: 0}
  for (const region of regions) {
    const c = counts.get(`${rule}\t${region}`) ?? {tp: 0, fp: 0, fn: 0}
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn
    console.log(`${rule.padEnd(30)}${region}  ${String(c.tp).padStart(3)}  ${String(c.fp).padStart(3)}  ${String(c.fn).padStart(3)}  ${ratio(c.tp, c.tp + c.fp)}    ${ratio(c.tp, c.tp + c.fn)}`)
  }
  console.log(`${rule.padEnd(30)}all    ${String(total.tp).padStart(3)}  ${String(total.fp).padStart(3)}  ${String(total.fn).padStart(3)}  ${ratio(total.tp, total.tp + total.fp)}    ${ratio(total.tp, total.tp + total.fn)}`)
}
console.log('\nclean lines with a message, per region')
for (const region of regions) {
  const tally = clean.get(region) ?? {lines: 0, flagged: 0}
  console.log(`${region}  ${tally.flagged}/${tally.lines} = ${ratio(tally.flagged, tally.lines)}`)
}
console.log('\nregion detected right (entries, by article)')
for (const region of regions) {
  const seen = detection.get(region) ?? {right: 0, all: 0}
  console.log(`${region}  ${seen.right}/${seen.all}`)
}
if (showErrors) console.log('\n' + errors.join('\n'))
