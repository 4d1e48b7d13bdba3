// The mutation harness of consistent-numeric-claims, shared by run.js and the vitest floor test
// (rules/consistent-numeric-claims/test/mutation.test.ts). Uses the built packages (npx tsc -b).
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createEngine} from '../../packages/core/dist/index.js'
import {claimKey, extractClaims, intervalsOverlap} from '../../packages/claims/dist/index.js'
import {findQuantities} from '../../packages/zh-number/dist/index.js'
import consistent from '../../rules/consistent-numeric-claims/dist/index.js'
import contradictory from '../../rules/no-contradictory-claims/dist/index.js'
import parts from '../../rules/parts-sum-to-whole/dist/index.js'
import percentage from '../../rules/no-impossible-percentage/dist/index.js'

/** `../shared/corpus` beside the repository. */
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

/** Date given to articles without a dateline (as config `settings.date` would). */
export const FALLBACK_DATE = '2018-06-30'

/** Items grouped by a key, in first-seen order (Map.groupBy is Node 21+). */
export function groupBy(items, keyOf) {
  const groups = new Map()
  for (const item of items) {
    const key = keyOf(item)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(item)
  }
  return groups
}

/** The corpus articles: `[{path, text}]`, seeds then boilerplate-dev, sorted. */
export function loadCorpus(folders = ['seeds', 'boilerplate-dev']) {
  const out = []
  for (const folder of folders) {
    for (const name of readdirSync(corpusDir + folder).sort()) {
      if (name.endsWith('.txt')) out.push({path: `${folder}/${name}`, text: readFileSync(corpusDir + folder + '/' + name, 'utf8')})
    }
  }
  return out
}

const CHINESE = '零一二三四五六七八九'

/** 1–9999 in Chinese numerals (`80` → `八十`, `438` → `四百三十八`). */
function chinese(n) {
  const units = ['', '十', '百', '千']
  const digits = String(n).split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]
    if (d === 0) zero = out !== ''
    else {
      if (zero) out += '零'
      zero = false
      out += (d === 1 && unit === '十' && out === '' ? '' : CHINESE[d]) + unit
    }
  })
  return out
}

/** The numeral of a claim split into coefficient digits, magnitude and a trailing 多/余. */
function numeralParts(text) {
  const match = /^(\d+(?:\.\d+)?)([万萬亿億]?)([多余餘]?)$/.exec(text)
  if (!match) return undefined
  return {digits: match[1], magnitude: match[2], more: match[3]}
}

/**
 * Mutations of one claim's numeral: `outside` ones move the value out of its interval (magnitude
 * slip, swapped digits, a changed digit), `inside` ones restate it within its precision
 * (`19.5万` → `195123`, `8542` → `8,542`, `80` → `八十`). Each is checked with zh-number.
 */
export function mutationsOf(claim) {
  const parts = numeralParts(claim.value.text)
  if (!parts) return {outside: [], inside: []}
  if (claim.value.qualifier && claim.value.qualifier !== 'more') return {outside: [], inside: []}
  const {digits, magnitude, more} = parts
  const outside = []
  // Magnitude slip: ×10 (19.5万 → 195万, 8542 → 85420).
  const times10 = digits.includes('.')
    ? digits.replace(/(\d)\.(\d)/, '$1$2.').replace(/\.$/, '').replace(/^0+(?=\d)/, '')
    : digits + '0'
  outside.push({kind: 'magnitude-slip', numeral: times10 + magnitude + more})
  // Digit transposition: the least significant pair of adjacent different digits.
  const chars = digits.split('')
  for (let i = chars.length - 2; i >= 0; i--) {
    const a = chars[i]
    const b = chars[i + 1]
    if (a === '.' || b === '.' || a === b || (i === 0 && b === '0')) continue
    const swapped = [...chars]
    swapped[i] = b
    swapped[i + 1] = a
    outside.push({kind: 'digit-transposition', numeral: swapped.join('') + magnitude + more})
    break
  }
  // A changed digit: the last non-zero digit ±2.
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '.' || chars[i] === '0') continue
    const d = Number(chars[i])
    const changed = [...chars]
    changed[i] = String(d >= 8 ? d - 2 : d + 2)
    outside.push({kind: 'other', numeral: changed.join('') + magnitude + more})
    break
  }
  const inside = []
  const {low, high} = claim.value
  if (magnitude || more) {
    // A full-precision figure inside the interval (19.5万 → 195123).
    const value = Math.floor(low + (high - low) * 0.37)
    if (value >= low && value < high && Number.isInteger(value)) inside.push({kind: 'full-precision', numeral: String(value)})
  } else if (digits.includes('.')) {
    inside.push({kind: 'trailing-zero', numeral: digits + '0'})
  } else if (Number(digits) >= 1000) {
    inside.push({kind: 'grouping', numeral: Number(digits).toLocaleString('en-US')})
  } else if (Number(digits) >= 1) {
    inside.push({kind: 'chinese-numeral', numeral: chinese(Number(digits))})
  }
  const check = (mutation, want) => {
    const start = claim.text.indexOf(claim.value.text)
    const mention = claim.text.slice(0, start) + mutation.numeral + claim.text.slice(start + claim.value.text.length)
    const q = findQuantities(mention).find((found) => found.start === 0 && found.kind === claim.kind)
    return q !== undefined && intervalsOverlap(q, claim.value) === want
  }
  return {outside: outside.filter((m) => check(m, false)), inside: inside.filter((m) => check(m, true))}
}

/** Replace a claim's numeral in the article text. */
export function applyMutation(text, claim, numeral) {
  const at = claim.place.start.offset + claim.text.indexOf(claim.value.text)
  return text.slice(0, at) + numeral + text.slice(at + claim.value.text.length)
}

/** The rule's default `minConfidence` (its options schema), used where a run passes none. */
export const DEFAULT_MIN_CONFIDENCE = consistent.meta.optionsSchema.properties.minConfidence.default

/**
 * Run the harness: for each claim of each article and each mutation, check the copy against the
 * original with consistent-numeric-claims. Outside mutations must be flagged at the mutated
 * claim with `cause` pointing at the original; inside ones must not be flagged at all.
 */
export async function evaluate(articles, {date = FALLBACK_DATE, limit = Infinity, minConfidence} = {}) {
  const settings = date ? {date} : {}
  const options = minConfidence === undefined ? {} : {options: {minConfidence}}
  const engine = createEngine([consistent], {settings, rules: {'consistent-numeric-claims': options}})
  const result = {cases: 0, outside: 0, detected: 0, eligibleOutside: 0, eligibleDetected: 0, inside: 0, findings: 0, correct: 0, falseFindings: [], missed: [], classified: 0, byKind: {}}
  for (const article of articles) {
    const original = await engine.check({value: article.text, format: 'txt', path: article.path})
    const claims = original.data.claims
    for (const claim of claims) {
      const {outside, inside} = mutationsOf(claim)
      for (const [mutation, expectFlag] of [...outside.map((m) => [m, true]), ...inside.map((m) => [m, false])]) {
        if (result.cases >= limit) return finish(result)
        result.cases++
        const copyPath = `${article.path}~${claim.place.start.offset}-${mutation.kind}`
        const mutated = await engine.check({value: applyMutation(article.text, claim, mutation.numeral), format: 'txt', path: copyPath})
        // A fresh copy of the original carrying its claims (VFile class taken from the engine's file: no extra dependency).
        const base = new original.constructor({path: article.path, value: article.text})
        base.data.claims = claims
        await engine.complete([base, mutated])
        const at = claim.place.start.offset
        const hit = mutated.messages.find((m) => m.place?.start?.offset === at && m.cause?.file === article.path)
        // (Key known and not of its own article: a forecast's key, `@forecast#<document>`, compares only inside its article.)
        const key = claimKey(claim)
        const eligible = claim.confidence >= (minConfidence ?? DEFAULT_MIN_CONFIDENCE) && claim.metric.via !== 'none' && claim.scope.id !== 'unknown' && !claim.period.id.includes('?') && key !== undefined && !key.includes('@forecast#')
        const kind = (result.byKind[mutation.kind] ??= {cases: 0, flagged: 0})
        kind.cases++
        if (hit) kind.flagged++
        for (const message of mutated.messages) {
          result.findings++
          if (expectFlag && message === hit) result.correct++
          else result.falseFindings.push({path: copyPath, claim: claim.text, numeral: mutation.numeral, reason: message.reason})
        }
        for (const message of base.messages) {
          if (!(expectFlag && message.place?.start?.offset === at)) {
            result.findings++
            result.falseFindings.push({path: article.path, claim: claim.text, numeral: mutation.numeral, reason: message.reason})
          }
        }
        if (expectFlag) {
          result.outside++
          if (eligible) result.eligibleOutside++
          if (hit) {
            result.detected++
            if (eligible) result.eligibleDetected++
            if (hit.data?.clash === mutation.kind) result.classified++
          } else result.missed.push({path: article.path, claim: claim.text, numeral: mutation.numeral, kind: mutation.kind, eligible, confidence: claim.confidence, reason: missReason(claim, minConfidence ?? DEFAULT_MIN_CONFIDENCE), via: `${claim.scope.via}/${claim.metric.via}/${claim.period.via}`, sentence: claim.sentence.text.slice(0, 60)})
        } else result.inside++
      }
    }
  }
  return finish(result)
}

/**
 * Why an outside mutation of a claim was not flagged: the claim has no scope, no metric or no
 * resolved period (`no scope` / `no metric` / `no period`, first that applies), else its confidence
 * is below the threshold (`low confidence`), else the comparison missed it (`compared`).
 */
export function missReason(claim, minConfidence = DEFAULT_MIN_CONFIDENCE) {
  if (claim.scope.id === 'unknown') return 'no scope'
  if (claim.metric.via === 'none') return 'no metric'
  if (claim.period.id.includes('?')) return 'no period'
  if (claim.confidence < minConfidence) return 'low confidence'
  return 'compared'
}

function finish(result) {
  result.recall = result.outside ? result.detected / result.outside : 0
  result.eligibleRecall = result.eligibleOutside ? result.eligibleDetected / result.eligibleOutside : 0
  result.precision = result.findings ? result.correct / result.findings : 1
  result.classifierAccuracy = result.detected ? result.classified / result.detected : 0
  return result
}

/** Messages of the four claim rules on the unmodified articles, checked as one run. */
export async function corpusFindings(articles, {date} = {}) {
  const engine = createEngine([contradictory, parts, percentage, consistent], {settings: date ? {date} : {}})
  const files = []
  for (const article of articles) files.push(await engine.check({value: article.text, format: 'txt', path: article.path}))
  await engine.complete(files)
  const findings = []
  for (const file of files) {
    for (const m of file.messages) {
      findings.push({path: file.path, line: m.line, column: m.column, ruleId: m.ruleId, actual: m.actual, reason: m.reason, cause: m.cause?.file})
    }
  }
  return findings
}

const COVERED_KINDS = new Set(['count', 'money', 'percent'])

/**
 * Coverage: of zh-number's count, money and percent mentions, the share that became claims with a
 * scope, a metric and a period.
 */
export function coverage(articles, {date} = {}) {
  let mentions = 0
  let claimsMade = 0
  let complete = 0
  const missing = {claim: 0, scope: 0, metric: 0, period: 0}
  for (const article of articles) {
    const quantities = findQuantities(article.text).filter((q) => COVERED_KINDS.has(q.kind))
    const claims = extractClaims({text: article.text, path: article.path, ...(date ? {defaultDate: date} : {})})
    const byStart = new Map(claims.map((claim) => [claim.place.start.offset, claim]))
    for (const q of quantities) {
      mentions++
      const claim = byStart.get(q.start)
      if (!claim) {
        missing.claim++
        continue
      }
      claimsMade++
      const scope = claim.scope.id !== 'unknown'
      const metric = claim.metric.via !== 'none'
      const period = claim.period.via !== 'none'
      if (!scope) missing.scope++
      if (!metric) missing.metric++
      if (!period) missing.period++
      if (scope && metric && period) complete++
    }
  }
  return {mentions, claims: claimsMade, complete, share: mentions ? complete / mentions : 0, missing}
}
