// Precision, recall and the share of clean lines that get a message, per
// rule and per region, on the development set (devset.json: lines of
// ../shared/corpus/realtext-dev, some with an injected defect; judgements.json:
// the verdict on every message the rules gave on the unmodified lines).
// Run `npx tsc -b` first.
//
//   node bench/eval-script/run.js [--errors]
import {ruleIds} from './lib.js'
import {engineFor, lineMessages, loadDevset, loadJudgements} from './score.js'

const showErrors = process.argv.includes('--errors')
const judgements = loadJudgements()
const engine = engineFor()
const cache = new Map()
const counts = new Map()
const clean = new Map()
const detection = new Map()
const errors = []

function count(rule, region) {
  const key = `${rule}\t${region}`
  if (!counts.has(key)) counts.set(key, {tp: 0, fp: 0, fn: 0})
  return counts.get(key)
}

/** Whether a message covers the injected defect. */
function coversInjection(message, injection) {
  const start = injection.offset
  const end = injection.offset + Math.max(1, injection.replacement.length)
  return message.rule === injection.rule && message.column < end && message.endColumn >= start
}

for (const entry of loadDevset()) {
  const {messages, region: detected} = await lineMessages(entry, engine, cache)
  const seenRegion = detection.get(entry.region) ?? {right: 0, all: 0}
  seenRegion.all++
  if (detected?.region === entry.region) seenRegion.right++
  detection.set(entry.region, seenRegion)
  let found = false
  let falseCount = 0
  for (const message of messages) {
    if (entry.injection && !found && coversInjection(message, entry.injection)) {
      found = true
      count(message.rule, entry.region).tp++
      continue
    }
    const verdict = judgements[message.key]?.verdict
    if (verdict === 'true') {
      // A real defect of the line: counted once, on the line as it stands.
      if (!entry.injection) count(message.rule, entry.region).tp++
      continue
    }
    falseCount++
    count(message.rule, entry.region).fp++
    errors.push(`FP ${message.key} ${verdict ? '' : '(unjudged) '}${message.reason}`)
  }
  if (entry.injection && !found) {
    count(entry.injection.rule, entry.region).fn++
    errors.push(`FN ${entry.file}:${entry.line} ${entry.injection.rule} ${JSON.stringify(entry.injection)}`)
  }
  // A clean line: a real line whose judged messages are all false (or none).
  if (!entry.injection) {
    const isClean = messages.every((message) => judgements[message.key]?.verdict !== 'true')
    if (isClean) {
      const tally = clean.get(entry.region) ?? {lines: 0, flagged: 0}
      tally.lines++
      if (falseCount > 0) tally.flagged++
      clean.set(entry.region, tally)
    }
  }
}

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
