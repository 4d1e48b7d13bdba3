// Fit claim confidence on first-scored held-out records (prequential.js) and measure it held out.
// Issue 18, item 3: "calibrate `confidence` so that a threshold means what it says".
//
// Model (kept simple so each number can be read): for each field (scope, metric, period) and each of
// its vias, the share of claims whose field is right, smoothed toward the earlier hand-set weight
// (SMOOTHING pseudo-claims), then made monotone in the via's rank (a more direct reading never weighs
// less: pool adjacent violators, weighted by claims). Kept: a weight per PAIR of scope and metric vias
// (the share with both right, smoothed toward the product of the two fields' weights, monotone along
// both ranks), times the period's weight for the full confidence; each confidence then mapped through
// a power c^k fitted by log loss. Also printed, not kept: the plain product of the three fields
// (`vias`) and that product times a factor per region (`vias + region`). Compared with the weights
// before (the confidence the old build gave, packages/claims/src/extract.ts up to round 8) by expected
// calibration error (the bins of calibration.js) and the share right at or above thresholds,
// leave-one-set-out over heldout…heldout6 and on heldout6 (fitted on heldout…heldout5 only).
//
// Run: node bench/eval-claims/prequential.js && node bench/eval-claims/fit-confidence.js [--constants]
// (--constants prints the model fitted on heldout…heldout5, whose pairs, period weights and powers are
// the constants of packages/claims/src/confidence.ts.)
import {pathToFileURL} from 'node:url'
import {FIRST_SCORED, loadRecords} from './prequential.js'

/** Each field's vias from most to least direct (the order the extraction's weights always had). */
export const VIA_RANK = {
  scope: ['explicit', 'relative', 'first-person', 'previous-sentence', 'document', 'unknown'],
  metric: ['noun', 'before', 'subject', 'inherited', 'verb', 'none'],
  period: ['explicit', 'relative', 'previous-sentence', 'restated', 'article-date', 'none']
}
/** The extraction's weights before this calibration (extract.ts up to round 8). */
export const CURRENT = {
  scope: {explicit: 1, relative: 0.95, 'first-person': 0.85, 'previous-sentence': 0.75, document: 0.5, unknown: 0.1},
  metric: {noun: 1, before: 0.9, subject: 0.8, inherited: 0.75, verb: 0.45, none: 0.2},
  period: {explicit: 1, relative: 0.95, 'previous-sentence': 0.85, restated: 0.8, 'article-date': 0.7, none: 0.4}
}
/** Pseudo-claims at the via's prior (its current weight, scaled) added to each via's count. */
const SMOOTHING = 10
const BINS = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001]
const THRESHOLDS = [0.3, 0.35, 0.38, 0.4, 0.45, 0.5, 0.55]

/** Pool adjacent violators: values (in rank order, weighted) made non-increasing. */
function nonIncreasing(values, weights) {
  const blocks = values.map((v, i) => ({sum: v * weights[i], weight: weights[i], size: 1}))
  for (let i = 0; i + 1 < blocks.length; ) {
    const [a, b] = [blocks[i], blocks[i + 1]]
    if (a.sum / a.weight < b.sum / b.weight) {
      blocks.splice(i, 2, {sum: a.sum + b.sum, weight: a.weight + b.weight, size: a.size + b.size})
      if (i > 0) i--
    } else i++
  }
  return blocks.flatMap((b) => Array(b.size).fill(b.sum / b.weight))
}

/** A field's weight per via: smoothed share right, monotone in rank. */
function fieldWeights(records, field) {
  const share = records.filter((r) => r.right[field]).length / records.length
  // Each via is pulled toward its current weight scaled to the field's share right, so that a via
  // fresh text hardly shows (an unknown scope, a metric read off a verb) keeps its place below the rest.
  const scale = share / (records.reduce((sum, r) => sum + CURRENT[field][r.via[field]], 0) / records.length)
  const rank = VIA_RANK[field]
  const counts = rank.map((via) => records.filter((r) => r.via[field] === via))
  const shares = counts.map((items, i) => {
    const prior = Math.min(1, CURRENT[field][rank[i]] * scale)
    return (items.filter((r) => r.right[field]).length + SMOOTHING * prior) / (items.length + SMOOTHING)
  })
  const pooled = nonIncreasing(shares, counts.map((items) => items.length + SMOOTHING))
  return Object.fromEntries(rank.map((via, i) => [via, round(pooled[i])]))
}

function round(value) {
  return Math.round(value * 1000) / 1000
}

/** Product of the weights of the given fields. */
function product(weights, fields) {
  return (r) => fields.reduce((p, field) => p * weights[field][r.via[field]], 1)
}

/** The power k (0.3–2, steps of 0.01) with the least log loss of c^k against right. */
function fitPower(records, raw, right) {
  let best = {k: 1, loss: Infinity}
  for (let k = 0.3; k <= 2.0001; k += 0.01) {
    let loss = 0
    for (const r of records) {
      const c = Math.min(0.999, Math.max(0.001, raw(r) ** k))
      loss -= right(r) ? Math.log(c) : Math.log(1 - c)
    }
    if (loss < best.loss) best = {k: round(k), loss}
  }
  return best.k
}

/**
 * A factor per region of the article (CN, HK, TW) on the full confidence: claims right in that region
 * over claims expected right by the vias' product, with SMOOTHING pseudo-claims at factor 1. Frames of
 * mainland news are right far more often than those of Hong Kong and Taiwan news on every set.
 */
function regionFactors(records, raw, right) {
  const factors = {}
  for (const region of ['CN', 'HK', 'TW']) {
    const items = records.filter((r) => r.features.region === region)
    const expected = items.reduce((sum, r) => sum + raw(r), 0)
    const mean = expected / Math.max(1, items.length)
    factors[region] = round((items.filter(right).length + SMOOTHING * mean) / (expected + SMOOTHING * mean))
  }
  return factors
}

/**
 * Weights per pair of scope and metric vias: the share of claims with both right, smoothed toward the
 * product of the two fields' weights (SMOOTHING pseudo-claims), then made non-increasing along both
 * ranks (pool adjacent violators along each row and each column, repeated until nothing moves). The
 * fields' errors are not independent: the article's place with the counted noun is right less often
 * than the product says, a place from the sentence before with the noun before the number more often.
 */
function pairWeights(records, weights) {
  const cells = {}
  const counts = {}
  for (const scope of VIA_RANK.scope) {
    cells[scope] = {}
    counts[scope] = {}
    for (const metric of VIA_RANK.metric) {
      const items = records.filter((r) => r.via.scope === scope && r.via.metric === metric)
      const prior = weights.scope[scope] * weights.metric[metric]
      cells[scope][metric] = (items.filter((r) => r.right.key).length + SMOOTHING * prior) / (items.length + SMOOTHING)
      counts[scope][metric] = items.length + SMOOTHING
    }
  }
  for (let pass = 0; pass < 50; pass++) {
    let moved = 0
    const lines = [
      ...VIA_RANK.scope.map((scope) => VIA_RANK.metric.map((metric) => [scope, metric])),
      ...VIA_RANK.metric.map((metric) => VIA_RANK.scope.map((scope) => [scope, metric]))
    ]
    for (const line of lines) {
      const pooled = nonIncreasing(line.map(([a, b]) => cells[a][b]), line.map(([a, b]) => counts[a][b]))
      line.forEach(([a, b], i) => {
        moved += Math.abs(pooled[i] - cells[a][b])
        cells[a][b] = pooled[i]
      })
    }
    if (moved < 1e-9) break
  }
  for (const scope of VIA_RANK.scope) for (const metric of VIA_RANK.metric) cells[scope][metric] = round(cells[scope][metric])
  return cells
}

/** Fitted model on records: weights per field (or per pair of scope and metric vias), the region factors (or none) and the power of each confidence. */
export function fit(records, {region = false, pairs = true} = {}) {
  const weights = {scope: fieldWeights(records, 'scope'), metric: fieldWeights(records, 'metric'), period: fieldWeights(records, 'period')}
  const pair = pairs ? pairWeights(records, weights) : undefined
  const model = {weights, ...(pair ? {pairs: pair} : {})}
  const full = withRegion(fullOf(model), undefined)
  const regions = region ? regionFactors(records, full, (r) => r.right.all) : undefined
  return {
    ...model,
    ...(regions ? {regions} : {}),
    fullPower: fitPower(records, withRegion(full, regions), (r) => r.right.all),
    withinPower: fitPower(records, withinOf(model), (r) => r.right.key)
  }
}

/** Scope × metric part of a model: its pair weights, or the product of the two fields' weights. */
function withinOf(model) {
  return model.pairs ? (r) => model.pairs[r.via.scope][r.via.metric] : product(model.weights, ['scope', 'metric'])
}

/** Scope × metric × period before the power. */
function fullOf(model) {
  const within = withinOf(model)
  return (r) => within(r) * model.weights.period[r.via.period]
}

/** A confidence times its record's region factor (1 where the region has none), at most 1. */
function withRegion(confidence, regions) {
  return regions ? (r) => Math.min(1, confidence(r) * (regions[r.features.region] ?? 1)) : confidence
}

/** The two confidences of a fitted model. */
export function confidences(model) {
  const full = withRegion(fullOf(model), model.regions)
  const within = withinOf(model)
  return {full: (r) => full(r) ** model.fullPower, within: (r) => within(r) ** model.withinPower}
}

/** Expected calibration error over the bins of calibration.js. */
export function ece(records, confidence, right) {
  let error = 0
  for (let k = 0; k + 1 < BINS.length; k++) {
    const inBin = records.filter((r) => confidence(r) >= BINS[k] && confidence(r) < BINS[k + 1])
    if (inBin.length === 0) continue
    const mean = inBin.reduce((sum, r) => sum + confidence(r), 0) / inBin.length
    error += (inBin.length / records.length) * Math.abs(mean - inBin.filter(right).length / inBin.length)
  }
  return error
}

/** `share (claims)` right among records at or above a threshold. */
export function shareAbove(records, confidence, right, threshold) {
  const kept = records.filter((r) => confidence(r) >= threshold)
  return kept.length ? `${(kept.filter(right).length / kept.length).toFixed(2)} (${kept.length})` : '– (0)'
}

const TARGETS = {full: (r) => r.right.all, within: (r) => r.right.key}

/** ECE and shares above thresholds of one confidence on some records, as a table row. */
function row(records, name, confidence, right) {
  return {
    model: name,
    claims: records.length,
    ECE: ece(records, confidence, right).toFixed(3),
    ...Object.fromEntries(THRESHOLDS.map((t) => [`≥${t}`, shareAbove(records, confidence, right, t)]))
  }
}

/** Each record with its fitted confidences from the model fitted without its own set. */
function leaveOneSetOut(records, sets, options) {
  return sets.flatMap((held) => {
    const conf = confidences(fit(records.filter((r) => r.set !== held), options))
    return records.filter((r) => r.set === held).map((r) => ({...r, fitted: {full: conf.full(r), within: conf.within(r)}}))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sets = Object.keys(FIRST_SCORED)
  const all = loadRecords(sets)
  const training = all.filter((r) => r.set !== 'heldout6')
  if (process.argv.includes('--constants')) {
    console.log(JSON.stringify(fit(training), null, 2))
  } else {
    const current = {full: (r) => r.confidence, within: (r) => r.within}
    const test6 = all.filter((r) => r.set === 'heldout6')
    const variants = [
      ['fitted, vias', {pairs: false}],
      ['fitted, pairs of vias', {pairs: true}],
      ['fitted, vias + region', {pairs: false, region: true}]
    ].map(([name, options]) => ({name, loso: leaveOneSetOut(all, sets, options), five: confidences(fit(training, options))}))
    for (const kind of ['full', 'within']) {
      const right = TARGETS[kind]
      console.log(`\n## ${kind === 'full' ? 'full confidence against scope, metric and period right' : 'within-article confidence against scope and metric right'}`)
      const table = [{on: 'leave-one-set-out, pooled', ...row(all, 'current', current[kind], right)}]
      for (const v of variants) table.push({on: 'leave-one-set-out, pooled', ...row(v.loso, v.name, (r) => r.fitted[kind], right)})
      table.push({on: 'heldout6 (fitted on heldout…heldout5)', ...row(test6, 'current', current[kind], right)})
      for (const v of variants) table.push({on: 'heldout6 (fitted on heldout…heldout5)', ...row(test6, v.name, v.five[kind], right)})
      console.table(table)
      for (const v of [{name: 'current'}, ...variants]) {
        const perSet = sets.map((set) => {
          const test = (v.loso ?? all).filter((r) => r.set === set)
          return ece(test, v.loso ? (r) => r.fitted[kind] : current[kind], right)
        })
        const mean = perSet.reduce((a, b) => a + b, 0) / perSet.length
        console.log(`ECE per set (${v.name}${v.loso ? ', leave-one-set-out' : ''}): ${perSet.map((e, i) => `${sets[i]} ${e.toFixed(3)}`).join(', ')}; mean ${mean.toFixed(3)}`)
      }
    }
    console.log('\nfitted on heldout…heldout5:', JSON.stringify(fit(training)))
  }
}
