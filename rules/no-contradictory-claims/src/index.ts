import type {Root} from 'nlcst'
import {lintRule, type OptionsOf} from '@jiaodui/lint-rule'
import {
  calibratedOption,
  claimData,
  claimKey,
  claimsReady,
  classifyClash,
  confidenceWithinArticle,
  describeKey,
  explainedClash,
  UNEXPLAINED_NOTE,
  formatInterval,
  likelyCause,
  positionOf,
  sameStatistic,
  subjectsDiffer,
  unfoldingFigure,
  valuesAgree,
  type Claim,
  type TreeLike
} from '@jiaodui/claims'
import {VFile} from 'vfile'

/** Options of `no-contradictory-claims`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.5,
      description: 'Claims whose extraction confidence (scope × metric; the period is shared inside one article) is below this are not compared. The confidence is calibrated on fresh text: on held-out articles, claims at 0.5 or above had scope and metric right 58 % of the time (47 % on whole saved pages).'
    },
    calibrated: calibratedOption
  }
} as const

/** Options of `no-contradictory-claims`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/**
 * Lowest scope × metric confidence at which a clash the digits explain is still reported (as info):
 * a place from the sentence before or a metric carried from an earlier clause (0.41–0.46), not the
 * article's place (0.36 at best), which gave a false magnitude slip on a saved page
 * (bench/eval-claims/README.md, "Calibration from first-scored sets").
 */
const UNCERTAIN = 0.4

/**
 * How far apart, in characters, two sentences of one paragraph are close: about two sentences of news.
 * (A paragraph can be a whole article when the text has no line breaks.)
 */
const NEAR = 160

/**
 * Whether two claims' sentences are close in one paragraph: no line break between them and at most
 * `NEAR` characters from the end of the first to the start of the second. Two values of one
 * statistic so close are a running series (`截至3月22日…4.14万元。五天后…8.4万元`), the items of
 * a list (two consignments, three banks) or a subset and its whole far more often than one figure
 * restated, which a writer does in another paragraph (the lead and the body); on the archives read
 * (bench/eval-claims/README.md, round 21) every clash so close was of that kind.
 */
function nearby(text: string, a: Claim, b: Claim): boolean {
  const [first, second] = a.sentence.start <= b.sentence.start ? [a, b] : [b, a]
  const gap = second.sentence.start - first.sentence.end
  if (gap > NEAR) return false
  return !text.slice(Math.max(first.sentence.end, 0), Math.max(second.sentence.start, first.sentence.end)).includes('\n')
}

/**
 * The first earlier claim (first of each distinct value, in order) that `claim` clashes with: values
 * that do not agree, subjects that do not differ and, close by in one paragraph, a clash the digits
 * explain.
 */
function firstClash(text: string, claim: Claim, earlier: Iterable<Claim>): {earlier: Claim; clash: ReturnType<typeof classifyClash>; near: boolean} | undefined {
  for (const other of earlier) {
    // Figures of two named subjects (two companies of a round-up, two defendants) are two statistics.
    if (valuesAgree(claim.value, other.value) || subjectsDiffer(claim, other)) continue
    const clash = classifyClash(claim, other)
    const near = nearby(text, other, claim)
    // Close by, only a clash the digits explain is worth a look.
    if (near && clash.kind !== 'magnitude-slip' && clash.kind !== 'digit-transposition') continue
    return {earlier: other, clash, near}
  }
  return undefined
}

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:no-contradictory-claims',
    family: 'numbers',
    description: 'The same statistic (place, thing counted, time) given two incompatible values in one article',
    defaultSeverity: 'error',
    // Claims may come from the CLI's claims thread (`claimsReady`): the rule waits for them.
    consumes: ['meta', 'region'],
    produces: ['claims'],
    fixable: false,
    optionsSchema
  },
  async function (tree: Root, file, {options, report}) {
    const min = options.minConfidence
    const text = String(file.value)
    // Below `min`, down to UNCERTAIN, only a clash the digits themselves explain (a magnitude slip,
    // transposed digits) is reported, as `info`, saying that the frame is uncertain.
    const floor = Math.min(min, UNCERTAIN)
    const buckets = new Map<string, Claim[]>()
    // (Once per sentence, not per claim: a sentence of thousands of figures made it quadratic.)
    const respective = new Map<number, boolean>()
    for (const claim of await claimsReady(file, tree as unknown as TreeLike)) {
      // Parts of a whole and `分别` lists give values of different things by construction.
      if (claim.part || confidenceWithinArticle(claim) < floor || claim.metric.via === 'none') continue
      let listed = respective.get(claim.sentence.start)
      if (listed === undefined) respective.set(claim.sentence.start, (listed = /分别/.test(claim.sentence.text)))
      if (listed) continue
      const key = claimKey(claim)
      if (key === undefined) continue
      const bucket = buckets.get(key)
      if (bucket) bucket.push(claim)
      else buckets.set(key, [claim])
    }
    for (const bucket of buckets.values()) {
      // The earlier claims of other sentences, by first claim of each distinct value (in order): a
      // bucket is in document order, so a sentence's claims are one run of it, and the first earlier
      // claim that disagrees is the first distinct value that does. (Scanning every earlier claim was
      // quadratic in a sentence of thousands of figures of one statistic.)
      const firsts = new Map<string, Claim>()
      let settled = 0
      for (let i = 1; i < bucket.length; i++) {
        const claim = bucket[i] as Claim
        // Two figures of one metric in one sentence name different subsets (`选派116名…召回…23名`).
        while (settled < i && (bucket[settled] as Claim).sentence.start !== claim.sentence.start) {
          const other = bucket[settled++] as Claim
          const {low, high, lowInclusive, highInclusive, value} = other.value
          // (By subject too: a value first stated for one company may be stated for another after.)
          const signature = `${low}|${high}|${lowInclusive}|${highInclusive}|${value}|${other.subject?.name ?? ''}`
          if (!firsts.has(signature)) firsts.set(signature, other)
        }
        const found = firstClash(text, claim, firsts.values())
        if (!found) continue
        const {earlier, clash, near} = found
        // (`已知至少有100人丧生、4000人受伤` and later `约5000人受伤`: a toll revised as the story was updated.)
        const toll = unfoldingFigure(claim) && unfoldingFigure(earlier)
        const confident = !near && !toll && confidenceWithinArticle(claim) >= min && confidenceWithinArticle(earlier) >= min
        if (!confident && clash.kind !== 'magnitude-slip' && clash.kind !== 'digit-transposition') continue
        // (Calibrated, a difference the digits do not explain is information: on news first seen, such
        // errors were two statistics read as one, none right.)
        const unexplained = options.calibrated && !explainedClash(clash.kind)
        const sure = confident && !unexplained
        const where = `line ${earlier.place.start.line}`
        const cause = new VFile({path: file.path}).message(`\`${earlier.text}\` is stated here`, {place: positionOf(earlier)})
        report(`\`${claim.text}\` contradicts \`${earlier.text}\` on ${where} (${describeKey(claim)})${likelyCause[clash.kind]}${sure ? '' : confident ? ' (may be two statistics)' : ' (uncertain frame)'}`, {
          place: positionOf(claim),
          note:
            `One article states the same statistic twice with values whose intervals do not overlap: ${sameStatistic(claim, earlier)}. ` +
            (sure
              ? ''
              : confident
                ? `${UNEXPLAINED_NOTE} `
              : toll
                ? 'Both count the toll of an event or give its first measures, which are revised while it is reported (an update may leave the earlier figure in the text): this is information, not an error; the digits suggest a typing slip. '
                : near
                ? 'The two figures are in one paragraph, a few sentences apart, where two values of one statistic are more often two figures (a series, a list, a part and its whole) than one figure restated: this is information, not an error; the digits suggest a typing slip. '
                : `The frame is uncertain (confidence ${confidenceWithinArticle(claim)} and ${confidenceWithinArticle(earlier)}, below ${min}): the place or the counted thing was inferred, so this is information, not an error; the digits suggest a typing slip. `) +
            `\`${claim.text}\` means ${formatInterval(claim.value)}, \`${earlier.text}\` means ${formatInterval(earlier.value)}. ` +
            'A stated number is an interval given by its precision (DESIGN.md, “Numeric claims: semantics”); check which figure the source gives.',
          data: {
            key: claimKey(claim),
            clash: clash.kind,
            ...(clash.factor !== undefined ? {factor: clash.factor} : {}),
            claim: claimData(claim),
            other: claimData(earlier)
          },
          cause,
          // Low-confidence findings are information, whatever the configured severity.
          uncertain: !sure
        })
      }
    }
  }
)

export default rule
