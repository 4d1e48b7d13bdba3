// Evaluation of the boilerplate rules on the labelled real pages of
// ../shared/corpus/realtext-dev (labels in ./labels/*.jsonl, pointing at the
// shared files by path and line; glued spans by line and UTF-16 offsets in the
// line). Lines: precision, recall, F1 and the share of content lines flagged,
// per region and overall, strict (every labelled line) and lenient (without
// `ambiguous` lines). Spans: a predicted span (a finding that covers only part
// of a line) matches a labelled span on the same line when they overlap by at
// least half of the longer one.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const deletingRules = ['no-scraped-boilerplate', 'no-repeated-boilerplate']

/** Region of a labelled file: mainland, Hong Kong or Taiwan. */
export function regionOf(file) {
  if (file.startsWith('mainland/') || file.startsWith('raw-pages/cn-')) return 'mainland'
  if (file.startsWith('hongkong/') || file.startsWith('raw-pages/hk-')) return 'hongkong'
  return 'taiwan'
}

function readJsonl(file) {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line))
}

/** Every line label and span label, grouped by file. */
export function loadLabels(folder = path.join(here, 'labels')) {
  const lines = new Map()
  const spans = new Map()
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const record of readJsonl(path.join(folder, name))) {
      const into = name === 'spans.jsonl' ? spans : lines
      if (!into.has(record.file)) into.set(record.file, [])
      into.get(record.file).push(record)
    }
  }
  return {lines, spans}
}

/** Line starts (UTF-16 offsets) of a text. */
function lineStarts(text) {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

const visible = /[^\s\u200B-\u200D\uFEFF\u3000\u00A0]/u

/**
 * Split the deleting findings of a file into whole lines flagged and partial
 * spans. A finding covers a line when it spans every visible character of it.
 */
export function findingsOf(file, text) {
  const starts = lineStarts(text)
  const flagged = new Set()
  const spans = []
  for (const message of file.messages) {
    if (!deletingRules.includes(message.ruleId)) continue
    const place = message.place
    if (!place || !('start' in place)) continue
    const from = place.start.offset
    const to = place.end.offset
    for (let line = place.start.line; line <= place.end.line; line++) {
      const lineStart = starts[line - 1]
      const lineEnd = line < starts.length ? starts[line] - 1 : text.length
      const lineText = text.slice(lineStart, lineEnd)
      const first = lineText.search(visible)
      if (first === -1) continue
      let last = lineText.length
      while (last > 0 && !visible.test(lineText[last - 1])) last--
      const coverFrom = Math.max(from, lineStart) - lineStart
      const coverTo = Math.min(to, lineEnd) - lineStart
      if (coverTo <= first || coverFrom >= last) continue
      if (coverFrom <= first && coverTo >= last) flagged.add(line)
      else spans.push({line, start: coverFrom, end: coverTo, kind: message.data?.kind})
    }
  }
  return {flagged, spans}
}

function emptyLineCounts() {
  return {tp: 0, fp: 0, fn: 0, content: 0}
}

export function ratios({tp, fp, fn, content}) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, contentFlagged: content === undefined ? undefined : content === 0 ? 0 : fp / content}
}

function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/**
 * Score one checked file against its labels: line counts (strict and lenient)
 * and span counts, plus the errors for reading.
 */
export function scoreFile(labels, spanLabels, findings) {
  const strict = emptyLineCounts()
  const lenient = emptyLineCounts()
  const errors = []
  const labelOf = new Map(labels.map((label) => [label.line, label]))
  for (const label of labels) {
    const hit = findings.flagged.has(label.line)
    for (const counts of label.ambiguous ? [strict] : [strict, lenient]) {
      if (label.label === 'boilerplate') hit ? counts.tp++ : counts.fn++
      else {
        counts.content++
        if (hit) counts.fp++
      }
    }
    if (label.label === 'boilerplate' && !hit) errors.push({type: 'missed line', line: label.line, ambiguous: label.ambiguous})
    if (label.label === 'content' && hit) errors.push({type: 'wrongly flagged line', line: label.line, ambiguous: label.ambiguous})
  }
  const spans = {tp: 0, fp: 0, fn: 0}
  const matched = new Set()
  for (const predicted of findings.spans) {
    const gold = spanLabels.find((span) => span.line === predicted.line && overlap(span, predicted) * 2 >= Math.max(span.end - span.start, predicted.end - predicted.start))
    if (gold && !matched.has(gold)) {
      matched.add(gold)
      spans.tp++
    } else if (!gold && labelOf.get(predicted.line)?.label !== 'boilerplate') {
      spans.fp++
      errors.push({type: 'wrong span', line: predicted.line, start: predicted.start, end: predicted.end, kind: predicted.kind})
    }
  }
  for (const gold of spanLabels) {
    if (matched.has(gold)) continue
    spans.fn++
    errors.push({type: 'missed span', line: gold.line, start: gold.start, end: gold.end, kind: gold.kind})
  }
  return {strict, lenient, spans, errors}
}

function add(into, counts) {
  for (const key of Object.keys(counts)) into[key] = (into[key] ?? 0) + counts[key]
}

/**
 * Run the engine over the realtext folders (each folder one run, every file
 * of it, labelled or not, so site templates are learnt from the whole run) and
 * score the labelled files. Returns per-region and overall counts, and per
 * file results.
 */
export async function evaluateRealtext(createEngine, rules, corpusRoot) {
  const {lines, spans} = loadLabels()
  const root = path.join(corpusRoot, 'realtext-dev')
  const files = []
  for (const folder of ['raw-pages', 'mainland', 'hongkong', 'taiwan']) {
    const engine = createEngine(rules, {})
    const names = readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.txt')).sort()
    const checked = []
    for (const name of names) {
      const text = readFileSync(path.join(root, folder, name), 'utf8')
      checked.push({name: `${folder}/${name}`, text, file: await engine.check({value: text, format: 'txt', path: path.join(root, folder, name)})})
    }
    await engine.complete(checked.map((entry) => entry.file))
    files.push(...checked)
  }
  const regions = {}
  const results = []
  for (const entry of files) {
    const labels = lines.get(entry.name)
    const findings = findingsOf(entry.file, entry.text)
    if (!labels) {
      results.push({...entry, findings, labelled: false})
      continue
    }
    const score = scoreFile(labels, spans.get(entry.name) ?? [], findings)
    results.push({...entry, findings, labelled: true, score})
    for (const key of [regionOf(entry.name), 'all']) {
      const region = (regions[key] ??= {strict: emptyLineCounts(), lenient: emptyLineCounts(), spans: {tp: 0, fp: 0, fn: 0}, files: 0})
      add(region.strict, score.strict)
      add(region.lenient, score.lenient)
      add(region.spans, score.spans)
      region.files++
    }
  }
  return {regions, results}
}
