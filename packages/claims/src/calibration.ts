/**
 * What the four claim rules' findings were worth the first time they were seen on news the project had
 * not seen: bench/eval-claims/first-sight.md tabulates every message of the first run over each archive
 * (A–W, 900–2 000 articles each), as a person judged it. Findings of a kind that was almost never right
 * there are information whatever the rule's severity (option `calibrated`, on by default): a checker
 * whose errors are wrong is switched off.
 */
export const FIRST_SIGHT = {
  /** Errors of the two clash rules whose digits explain nothing (no dropped 万 or 亿, no transposed digits). */
  unexplainedClashes: {right: 0, of: 88},
  /** Magnitude slips (the same digits 10^4 or 10^8 apart), at any severity. */
  magnitudeSlips: {right: 6, of: 7},
  /** Errors of `parts-sum-to-whole`. */
  parts: {right: 2, of: 37},
  /** Errors of `no-impossible-percentage`. */
  percentages: {right: 0, of: 16}
} as const

/** The option each claim rule has: report at the rule's severity only the kinds of finding that held up on unseen news. */
export const calibratedOption = {
  type: 'boolean',
  default: true,
  description:
    'Report at the rule\'s severity only the kinds of finding that were right when first seen on news the project had not seen (bench/eval-claims/first-sight.md); report the others as information, saying why. false: every finding whose frames are confident at the rule\'s severity.'
} as const

/**
 * Why a clash the digits do not explain is information (`calibrated`): said by both clash rules, within one article
 * and across articles.
 */
export const UNEXPLAINED_NOTE =
  'Nothing in the digits explains the difference (no dropped 万 or 亿, no transposed digits, no year typed for another). ' +
  'On news first seen, two values of what was read as one statistic were two statistics (another item, subgroup, time or ' +
  `source's definition) far more often than an error (${record(FIRST_SIGHT.unexplainedClashes)} such errors of the two clash rules right; ` +
  'bench/eval-claims/first-sight.md), so this is information, not an error: check that both count the same thing at the same time.'

/** `right of N` for a note. */
export function record({right, of}: {readonly right: number; readonly of: number}): string {
  return right === 0 ? `none of ${of}` : `${right} of ${of}`
}
