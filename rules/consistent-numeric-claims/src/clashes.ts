import {
  claimData,
  claimKey,
  claimsOf,
  classifyClash,
  describeKey,
  formatInterval,
  type Claim,
  type ClashKind,
  type FileLike
} from '@jiaodui/claims'

/** One clash, seen from `claim` in `file`; the other side gets its own. */
export interface Clash<F extends FileLike = FileLike> {
  claim: Claim
  other: Claim
  file: F
  otherFile: F
  kind: ClashKind
  label: string
  interval: string
  otherInterval: string
  data: Record<string, unknown>
}

interface Entry<F> {
  claim: Claim
  file: F
  /** Index of the file in the run: claims of one file are never compared here. */
  index: number
  low: number
  high: number
}

/** `a` lies entirely below `b` (touching ends count as overlap only when both are inclusive). */
function entirelyBelow<F>(a: Entry<F>, b: Entry<F>): boolean {
  return a.high < b.low || (a.high === b.low && !(a.claim.value.highInclusive && b.claim.value.lowInclusive))
}

/** First index in `sorted` for which `test` is false (`test` is true then false along `sorted`). */
function partition<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (test(sorted[mid] as T)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Clashes across files: claims with the same key (scope, metric, predicate, unit, period) whose
 * intervals do not overlap. Claims are grouped by key in one pass; each bucket is sorted by its
 * interval ends and every claim finds its nearest non-overlapping claims of other files by binary
 * search, so the cost is O(n log n) in the number of claims whatever the buckets look like. At most
 * `maxPerClaim` clashes are reported per claim; `data.clashes` counts them all.
 */
export function findClashes<F extends FileLike>(files: readonly F[], options: {minConfidence: number; maxPerClaim: number}): Array<Clash<F>> {
  const buckets = new Map<string, Array<Entry<F>>>()
  files.forEach((file, index) => {
    const claims = (file.data['claims'] as Claim[] | undefined) ?? claimsOf(file)
    for (const claim of claims) {
      if (claim.confidence < options.minConfidence || claim.metric.via === 'none') continue
      const key = claimKey(claim)
      // Relative periods of undated articles only compare inside their own article.
      if (key === undefined || claim.period.id.includes('?')) continue
      const entry = {claim, file, index, low: claim.value.low ?? -Infinity, high: claim.value.high ?? Infinity}
      const bucket = buckets.get(key)
      if (bucket) bucket.push(entry)
      else buckets.set(key, [entry])
    }
  })
  const out: Array<Clash<F>> = []
  // A sentence repeated in one article reports its clash with another article once.
  const seen = new Set<string>()
  for (const [key, bucket] of buckets) {
    if (bucket.length < 2) continue
    const first = bucket[0] as Entry<F>
    if (bucket.every((entry) => entry.index === first.index)) continue
    const byHigh = [...bucket].sort((a, b) => a.high - b.high || Number(a.claim.value.highInclusive) - Number(b.claim.value.highInclusive))
    const byLow = [...bucket].sort((a, b) => a.low - b.low || Number(b.claim.value.lowInclusive) - Number(a.claim.value.lowInclusive))
    for (const entry of bucket) {
      // byHigh[0, below) lie entirely below `entry`; byLow[above, n) entirely above it.
      const below = partition(byHigh, (other) => entirelyBelow(other, entry))
      const above = partition(byLow, (other) => !entirelyBelow(entry, other))
      const partners: Array<Entry<F>> = []
      let count = 0
      // Nearest first on each side; walk a bounded number of steps past same-file claims.
      let i = below - 1
      let j = above
      let steps = 0
      while ((i >= 0 || j < byLow.length) && partners.length < options.maxPerClaim && steps < options.maxPerClaim * 8) {
        steps++
        const down = i >= 0 ? (byHigh[i] as Entry<F>) : undefined
        const up = j < byLow.length ? (byLow[j] as Entry<F>) : undefined
        const takeDown = down && (!up || entry.low - down.high <= up.low - entry.high)
        const next = takeDown ? down : up
        if (takeDown) i--
        else j++
        if (next && next.index !== entry.index) partners.push(next)
      }
      count = below + (byLow.length - above)
      if (partners.length === 0) continue
      for (const partner of partners) {
        const pair = `${key}\u0000${entry.index}\u0000${entry.claim.text}\u0000${partner.index}\u0000${partner.claim.text}`
        if (seen.has(pair)) continue
        seen.add(pair)
        const clash = classifyClash(entry.claim, partner.claim)
        const interval = formatInterval(entry.claim.value)
        const otherInterval = formatInterval(partner.claim.value)
        out.push({
          claim: entry.claim,
          other: partner.claim,
          file: entry.file,
          otherFile: partner.file,
          kind: clash.kind,
          label: describeKey(entry.claim),
          interval,
          otherInterval,
          data: {
            key,
            clash: clash.kind,
            ...(clash.factor !== undefined ? {factor: clash.factor} : {}),
            clashes: count,
            claim: claimData(entry.claim),
            other: claimData(partner.claim)
          }
        })
      }
    }
  }
  return out
}
