import {claimKey, classifyClash, formatInterval, meets, subjectsDiffer} from './key.js'
import {claimData, describeKey} from './report.js'
import {canonicalMetric, relateMetrics} from './taxonomy.js'
import type {Claim, ClashKind} from './types.js'
import {partition} from './spans.js'

/** One clash between claims of two documents, seen from `claim` (the other side gets its own). */
export interface ClashFinding {
  claim: Claim
  other: Claim
  /** Indices of the two documents in the input. */
  document: number
  otherDocument: number
  kind: ClashKind
  /** `same-key`: one statistic, two values; `magnitude-slip`: same digits 10^4 or 10^8 apart, compatible metrics. */
  reason: 'same-key' | 'magnitude-slip'
  /** Why the two are the same statistic, in words (`same place 中国, same counted thing 贫困人口 …`). */
  why: string
  label: string
  interval: string
  otherInterval: string
  data: Record<string, unknown>
}

interface Entry {
  claim: Claim
  document: number
  low: number
  high: number
}

/** `a` lies entirely below `b`: `b` does not start by `a`'s end, as `valuesAgree` reads ends (`逾5000` and `5000` touch and agree). */
function entirelyBelow(a: Entry, b: Entry): boolean {
  return !meets(b.claim.value, a.claim.value)
}

/** Whether a claim's frame is confident enough to be compared across documents. */
function comparableAcross(claim: Claim, minConfidence: number): boolean {
  return claim.confidence >= minConfidence && claim.metric.via !== 'none' && !claim.period.id.includes('?')
}

/** Why two claims with one key are the same statistic, for the message. */
export function sameStatistic(claim: Claim, other: Claim): string {
  const period = claim.period.text ?? claim.period.id
  const otherPeriod = other.period.text ?? other.period.id
  return (
    `same place (${claim.scope.name || claim.scope.id}: \`${claim.scope.text ?? claim.scope.name}\` / \`${other.scope.text ?? other.scope.name}\`), ` +
    `same counted thing (\`${claim.metric.text || claim.metric.id}\` / \`${other.metric.text || other.metric.id}\`), ` +
    `same unit (${claim.unitClass}) and same period (\`${period}\` / \`${otherPeriod}\`)`
  )
}

/**
 * Clashes across documents: claims with the same key (scope, metric, predicate, unit, period) whose
 * intervals do not overlap, and magnitude slips. Claims are grouped by key in one pass; each bucket
 * is sorted by its interval ends and every claim finds its nearest non-overlapping claims of other
 * documents by binary search, so the cost is O(n log n) in the number of claims. At most
 * `maxPerClaim` clashes per claim; `data.clashes` counts them all. Pure: claims in, findings out.
 */
export function findClashes(documents: ReadonlyArray<readonly Claim[]>, options: ClashOptions): ClashFinding[] {
  return [...clashesOf(documents, options)]
}

/** Options of `findClashes` and `clashesOf`. */
export interface ClashOptions {
  minConfidence: number
  maxPerClaim: number
  maxPerKey?: number | undefined
}

/**
 * The findings of `findClashes`, made one statistic at a time: a caller that reports each as it
 * comes holds at most one statistic's findings (`maxPerKey`), not the run's. On an archive that
 * restates its figures (100 000 articles) the findings held at once were gigabytes.
 */
export function* clashesOf(documents: ReadonlyArray<readonly Claim[]>, options: ClashOptions): Generator<ClashFinding> {
  // (A pair that is a magnitude slip, `接近13萬人` / `接近13人`, is reported as one, not also as two values of a statistic.)
  const slips = findMagnitudeSlips(documents, {minConfidence: options.minConfidence, acrossOnly: true})
  const slipPairs = new Set(slips.map((slip) => `${slip.claim.id}\u0000${slip.other.id}`))
  const buckets = new Map<string, Entry[]>()
  documents.forEach((claims, document) => {
    for (const claim of claims) {
      if (!comparableAcross(claim, options.minConfidence)) continue
      const key = claimKey(claim)
      if (key === undefined) continue
      const entry = {claim, document, low: claim.value.low ?? -Infinity, high: claim.value.high ?? Infinity}
      const bucket = buckets.get(key)
      if (bucket) bucket.push(entry)
      else buckets.set(key, [entry])
    }
  })
  for (const [key, all] of buckets) {
    const out: ClashFinding[] = []
    // A sentence repeated in one article reports its clash with another article once (per
    // statistic: pairs of two statistics never coincide, so the set lives as long as its bucket).
    const seen = new Set<string>()
    // A key whose claims disagree inside one document does not name one statistic there (two
    // statistics share the frame we read): that document's claims of the key are not compared.
    const bucket = withoutSelfContradicting(all)
    if (bucket.length < 2 || bucket.every((entry) => entry.document === (bucket[0] as Entry).document)) continue
    const byHigh = [...bucket].sort((a, b) => a.high - b.high || Number(a.claim.value.highInclusive) - Number(b.claim.value.highInclusive))
    const byLow = [...bucket].sort((a, b) => a.low - b.low || Number(b.claim.value.lowInclusive) - Number(a.claim.value.lowInclusive))
    // At most `maxPerKey` findings per statistic: past that the rest are counted on the last one
    // (a statistic with hundreds of clashing claims is one problem, or a frame that mixes several,
    // and holding every finding of a large archive ran out of memory).
    const limit = options.maxPerKey ?? Infinity
    let reported = 0
    let last: ClashFinding | undefined
    let more = 0
    for (const entry of bucket) {
      const below = partition(byHigh, (other) => entirelyBelow(other, entry))
      const above = partition(byLow, (other) => !entirelyBelow(entry, other))
      const partners = nearestPartners(entry, byHigh, byLow, below, above, options.maxPerClaim)
      const count = below + (byLow.length - above)
      for (const partner of partners) {
        if (reported >= limit) {
          more++
          continue
        }
        // (A line repeated across articles, a related story's headline in each of a day's reports, clashes once per pair of
        // sentences, not once per pair of the articles that repeat them.)
        const pair = `${entry.claim.sentence.text}\u0000${entry.claim.text}\u0000${partner.claim.sentence.text}\u0000${partner.claim.text}`
        if (seen.has(pair) || slipPairs.has(`${entry.claim.id}\u0000${partner.claim.id}`)) continue
        seen.add(pair)
        last = finding(entry, partner, 'same-key', sameStatistic(entry.claim, partner.claim), {key, clashes: count})
        out.push(last)
        reported++
      }
    }
    if (last && more > 0) last.data['moreInKey'] = more
    yield* out
  }
  yield* slips
}

/** Entries of a bucket without those of documents whose own claims of the key do not overlap. */
function withoutSelfContradicting(bucket: Entry[]): Entry[] {
  const byDocument = new Map<number, Entry[]>()
  for (const entry of bucket) {
    const list = byDocument.get(entry.document)
    if (list) list.push(entry)
    else byDocument.set(entry.document, [entry])
  }
  const mixed = new Set<number>()
  for (const [document, list] of byDocument) {
    if (list.length >= 2 && disagreeingSameSubject(list)) mixed.add(document)
  }
  return mixed.size === 0 ? bucket : bucket.filter((entry) => !mixed.has(entry.document))
}

/**
 * Whether a document's entries of one key disagree among figures of one subject: the figures of each
 * named subject with those that name none (figures of two named subjects, two companies of one
 * round-up, are two statistics, not a frame that mixes them).
 */
function disagreeingSameSubject(list: readonly Entry[]): boolean {
  const unnamed = list.filter((e) => e.claim.subject === undefined)
  const bySubject = new Map<string, Entry[]>()
  for (const e of list) {
    if (e.claim.subject === undefined) continue
    const group = bySubject.get(e.claim.subject.name)
    if (group) group.push(e)
    else bySubject.set(e.claim.subject.name, [e])
  }
  const groups = bySubject.size === 0 ? [unnamed] : [...bySubject.values()].map((group) => [...group, ...unnamed])
  return groups.some((group) => group.length >= 2 && Math.max(...group.map((e) => e.low)) > Math.min(...group.map((e) => e.high)))
}

/** The nearest non-overlapping entries of other documents on each side, at most `max`. */
function nearestPartners(entry: Entry, byHigh: Entry[], byLow: Entry[], below: number, above: number, max: number): Entry[] {
  const partners: Entry[] = []
  let i = below - 1
  let j = above
  let steps = 0
  while ((i >= 0 || j < byLow.length) && partners.length < max && steps < max * 8) {
    steps++
    const down = i >= 0 ? byHigh[i] : undefined
    const up = j < byLow.length ? byLow[j] : undefined
    const takeDown = down !== undefined && (up === undefined || entry.low - down.high <= up.low - entry.high)
    const next = takeDown ? down : up
    if (takeDown) i--
    else j++
    if (next && next.document !== entry.document && !subjectsDiffer(entry.claim, next.claim)) partners.push(next)
  }
  return partners
}

function finding(entry: Entry, partner: Entry, reason: ClashFinding['reason'], why: string, extra: Record<string, unknown>): ClashFinding {
  const clash = classifyClash(entry.claim, partner.claim)
  const kind = reason === 'magnitude-slip' ? 'magnitude-slip' : clash.kind
  return {
    claim: entry.claim,
    other: partner.claim,
    document: entry.document,
    otherDocument: partner.document,
    kind,
    reason,
    why,
    label: describeKey(entry.claim),
    interval: formatInterval(entry.claim.value),
    otherInterval: formatInterval(partner.claim.value),
    data: {
      ...extra,
      clash: kind,
      ...(clash.factor !== undefined ? {factor: clash.factor} : {}),
      why,
      claim: claimData(entry.claim),
      other: claimData(partner.claim)
    }
  }
}

/** Significant digits of a stated value (`1660万` and `1660` → `166`), or undefined for ranges and zero. */
function digitsOf(claim: Claim): string | undefined {
  const v = claim.value.value
  if (v === null || v <= 0 || claim.value.low !== claim.value.high && !claim.value.approx && claim.value.low !== null && claim.value.high !== null && claim.value.high / claim.value.low > 1.5) return undefined
  return v.toExponential(6).split('e')[0]?.replace('.', '').replace(/0+$/, '')
}

/**
 * Magnitude slips: two claims about the same place and unit whose stated values have the same
 * digits and are 10^4 or 10^8 apart (`1660万人` / `1660人`: a dropped 万 or 亿), with compatible
 * metrics (`农村贫困人口` is a kind of `贫困人口`), whatever their periods: a figure does not fall
 * by a factor of ten thousand between two reports of one statistic. Grouped by place, unit and
 * digits, so the cost is linear in claims. `acrossOnly` compares claims of different documents only.
 */
export function findMagnitudeSlips(documents: ReadonlyArray<readonly Claim[]>, options: {minConfidence: number; acrossOnly?: boolean}): ClashFinding[] {
  const groups = new Map<string, Entry[]>()
  documents.forEach((claims, document) => {
    for (const claim of claims) {
      if (claim.confidence < options.minConfidence || claim.scope.id === 'unknown' || claim.metric.id === '') continue
      const digits = digitsOf(claim)
      if (digits === undefined || digits.length < 2) continue
      const key = `${claim.scope.id}|${claim.unitClass}|${digits}`
      const entry = {claim, document, low: claim.value.low ?? -Infinity, high: claim.value.high ?? Infinity}
      const group = groups.get(key)
      if (group) group.push(entry)
      else groups.set(key, [entry])
    }
  })
  const out: ClashFinding[] = []
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > 50) continue
    for (const a of group) {
      for (const b of group) {
        if (a === b || (options.acrossOnly && a.document === b.document) || subjectsDiffer(a.claim, b.claim)) continue
        const ratio = (a.claim.value.value as number) / (b.claim.value.value as number)
        const factor = Math.round(Math.log10(ratio))
        if (Math.abs(factor) !== 4 && Math.abs(factor) !== 8) continue
        if (Math.abs(Math.log10(ratio) - factor) > 1e-6) continue
        const relation = relateMetrics(a.claim.metric.id, b.claim.metric.id)
        if (relation === 'unrelated') continue
        const am = canonicalMetric(a.claim.metric.id)
        const bm = canonicalMetric(b.claim.metric.id)
        const how =
          relation === 'same'
            ? `same counted thing (\`${a.claim.metric.text || am}\` / \`${b.claim.metric.text || bm}\`)`
            : relation === 'narrower'
              ? `\`${am}\` is a kind of \`${bm}\``
              : `\`${bm}\` is a kind of \`${am}\``
        const why = `same place (${a.claim.scope.name || a.claim.scope.id}), ${how}, same unit (${a.claim.unitClass}), and the same digits ${10 ** Math.abs(factor) === 1e4 ? '10 000 (万)' : '100 000 000 (亿)'} times apart`
        out.push(finding(a, b, 'magnitude-slip', why, {key: `${a.claim.scope.id}|${canonicalMetric(a.claim.metric.id)}|${a.claim.unitClass}`, factor: 10 ** Math.abs(factor)}))
      }
    }
  }
  return out
}
