// Shared by run.js and review.js: run the script rules over the articles of
// the development set and collect the messages on each entry's line.
import {readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {messagesOf, readCorpus, repo, scriptEngine} from './lib.js'

const here = path.join(repo, 'bench', 'eval-script')

export function loadDevset() {
  return JSON.parse(readFileSync(path.join(here, 'devset.json'), 'utf8'))
}

/** Judgements of real messages: `file:line:rule:column` → {verdict: 'true' | 'false', note}. */
export function loadJudgements() {
  const file = path.join(here, 'judgements.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

/** Offset of the start of each line of a text. */
function lineStarts(text) {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The article of an entry as checked: the corpus file, with the injection applied to its line. */
export function articleOf(entry) {
  const text = readCorpus(entry.file)
  if (!entry.injection) return text
  const starts = lineStarts(text)
  const at = starts[entry.line - 1] + entry.injection.offset
  const {original, replacement} = entry.injection
  if (text.slice(at, at + original.length) !== original) throw new Error(`Injection does not match ${entry.file}:${entry.line}`)
  return text.slice(0, at) + replacement + text.slice(at + original.length)
}

/**
 * Messages on the entry's line, with `column` (0-based UTF-16 offset in the
 * line) and `key` (the judgement key, in the unmodified line's columns).
 */
export async function lineMessages(entry, engine, cache) {
  const text = articleOf(entry)
  const cacheKey = entry.injection ? undefined : entry.file
  let result = cacheKey ? cache.get(cacheKey) : undefined
  if (!result) {
    result = await messagesOf(engine, text, entry.file)
    if (cacheKey) cache.set(cacheKey, result)
  }
  const starts = lineStarts(text)
  const lineStart = starts[entry.line - 1]
  const lineEnd = (starts[entry.line] ?? text.length + 1) - 1
  const delta = entry.injection ? entry.injection.replacement.length - entry.injection.original.length : 0
  const messages = result.messages
    .filter((message) => message.start >= lineStart && message.start <= lineEnd)
    .map((message) => {
      const column = message.start - lineStart
      const original = entry.injection && column > entry.injection.offset ? column - delta : column
      return {...message, column, endColumn: message.end - lineStart, key: `${entry.file}:${entry.line}:${message.rule}:${original}`}
    })
  return {messages, region: result.region, lineText: text.slice(lineStart, lineEnd)}
}

export function engineFor() {
  return scriptEngine({region: 'auto'})
}

/** Whether a message covers the injected defect. */
function coversInjection(message, injection) {
  const start = injection.offset
  const end = injection.offset + Math.max(1, injection.replacement.length)
  return message.rule === injection.rule && message.column < end && message.endColumn >= start
}

/**
 * Score the script rules on the development set: per `rule\tregion` the true
 * positives, false positives and false negatives; per region the clean lines
 * and how many got a message; per region how often the region was detected;
 * and a line per error.
 */
export async function evaluate() {
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
  return {counts, clean, detection, errors}
}
