// Calibration of claim confidence on the hand labels (issue 18: "calibrate `confidence` so that a
// threshold means what it says"): of the labelled claims extracted with a confidence near c, is the
// frame right about a fraction c of the time? Per set group: a reliability table (confidence bins,
// claims, mean confidence, share with all four fields right), the expected calibration error, the
// share right above the rules' thresholds, and each field's accuracy per `via` beside the weight the
// extraction gives that via (packages/claims/src/extract.ts).
// Run: npx tsc -b && node bench/eval-claims/calibration.js [--sets dev,heldout,heldout2]
import {confidenceWithinArticle, extractClaims} from '../../packages/claims/dist/index.js'
import {SETS, judgeLabels} from './frames.js'
import {groupBy} from './lib.js'
import {documentMeta, loadLabels} from './labels.js'


/** Each labelled claim the extraction made: its confidences, its vias and which fields are right. */
export function labelledOutcomes(setNames) {
  const labels = loadLabels(setNames.flatMap((name) => SETS[name])).filter((label) => label.claim)
  const {judged, missed} = judgeLabels(labels, (text, doc) => extractClaims({text, path: doc, ...documentMeta(doc)}))
  const outcomes = judged.map(({claim, right}) => ({
    confidence: claim.confidence,
    within: confidenceWithinArticle(claim),
    via: {scope: claim.scope.via, metric: claim.metric.via, period: claim.period.via},
    right
  }))
  return {outcomes, missed, labels: labels.length}
}

const BINS = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001]

/** Reliability rows of `confidence` against `right`, and the expected calibration error. */
export function reliability(outcomes, confidence, right) {
  const rows = []
  let error = 0
  for (let k = 0; k + 1 < BINS.length; k++) {
    const inBin = outcomes.filter((o) => confidence(o) >= BINS[k] && confidence(o) < BINS[k + 1])
    if (inBin.length === 0) continue
    const mean = inBin.reduce((sum, o) => sum + confidence(o), 0) / inBin.length
    const share = inBin.filter(right).length / inBin.length
    error += (inBin.length / outcomes.length) * Math.abs(mean - share)
    rows.push({confidence: `${BINS[k].toFixed(1)}–${Math.min(1, BINS[k + 1]).toFixed(1)}`, claims: inBin.length, 'mean confidence': mean.toFixed(2), 'share right': share.toFixed(2)})
  }
  return {rows, error}
}

/** Share right among the claims at or above each threshold. */
function aboveThresholds(outcomes, confidence, right, thresholds) {
  return thresholds.map((t) => {
    const kept = outcomes.filter((o) => confidence(o) >= t)
    return {threshold: t, claims: kept.length, 'share right': kept.length ? (kept.filter(right).length / kept.length).toFixed(3) : '–'}
  })
}

/** Accuracy of one field per via, with how many claims took that via. */
function perVia(outcomes, field) {
  const groups = groupBy(outcomes, (o) => o.via[field])
  return [...groups].map(([via, items]) => ({field, via, claims: items.length, 'share right': (items.filter((o) => o.right[field]).length / items.length).toFixed(2)}))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sets')
  const groups = at > 0 ? [process.argv[at + 1].split(',')] : [['dev'], Object.keys(SETS).filter((name) => name !== 'dev' && name !== 'heldout7' && name !== 'heldout8' && name !== 'heldout9' && name !== 'heldout10' && name !== 'heldout11' && name !== 'heldout12' && name !== 'heldout13' && name !== 'heldout14' && name !== 'heldout15' && name !== 'heldout16' && name !== 'heldout17' && name !== 'heldout18' && name !== 'heldout19' && name !== 'heldout20' && name !== 'heldout21' && name !== 'heldout22' && name !== 'heldout23')]
  for (const names of groups) {
    for (const name of names) if (!SETS[name]) throw new Error(`--sets: unknown set ${name} (${Object.keys(SETS).join(', ')})`)
    const {outcomes, missed, labels} = labelledOutcomes(names)
    console.log(`\n## ${names.join(', ')}: ${labels} labelled claims, ${outcomes.length} extracted with their value (${missed} not)`)
    const all = reliability(outcomes, (o) => o.confidence, (o) => o.right.all)
    console.log(`confidence against all fields right (scope, metric, period): expected calibration error ${all.error.toFixed(3)}`)
    console.table(all.rows)
    console.table(aboveThresholds(outcomes, (o) => o.confidence, (o) => o.right.all, [0.5, 0.8]))
    const key = reliability(outcomes, (o) => o.within, (o) => o.right.key)
    console.log(`scope × metric confidence (within one article) against scope and metric right: expected calibration error ${key.error.toFixed(3)}`)
    console.table(key.rows)
    console.table(aboveThresholds(outcomes, (o) => o.within, (o) => o.right.key, [0.6, 0.8]))
    console.table([...perVia(outcomes, 'scope'), ...perVia(outcomes, 'metric'), ...perVia(outcomes, 'period')])
  }
}
