import type {Root} from 'nlcst'
import {corpusRule, type OptionsOf} from '@jiaodui/lint-rule'
import {calibratedOption, claimsReady, likelyCause, type Claim, type TreeLike} from '@jiaodui/claims'
import {VFile} from 'vfile'
import {clashesIn} from './clashes.js'
import {standingOf} from './standing.js'

/** Options of `consistent-numeric-claims`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minConfidence: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0.38,
      description: 'Claims whose extraction confidence (scope × metric × period) is below this are not compared. The confidence is calibrated on fresh text: on held-out articles, claims at 0.38 or above had scope, metric and period right 51 % of the time (41 % on whole saved pages).'
    },
    maxPerClaim: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 3,
      description: 'Most messages per claim (the nearest clashing claims); the message data carries the full count.'
    },
    maxPerKey: {
      type: 'integer',
      minimum: 1,
      default: 100,
      description: 'Most messages per statistic (place, thing counted, period) in a run; the last one says how many more clashes were not reported.'
    },
    calibrated: calibratedOption
  }
} as const

/** Options of `consistent-numeric-claims`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

const rule = corpusRule<Options>(
  {
    origin: 'jiaodui:consistent-numeric-claims',
    family: 'numbers',
    description: 'The same statistic (place, thing counted, time) given incompatible numbers in two articles',
    defaultSeverity: 'error',
    // Claims may come from the CLI's claims thread (`claimsReady`): the rule waits for them.
    consumes: ['meta', 'region'],
    produces: ['claims'],
    fixable: false,
    optionsSchema
  },
  async function (tree: Root, file) {
    await claimsReady(file, tree as unknown as TreeLike)
  },
  function (files, {options, reporter}) {
    // One clash at a time: reported (and drained by the runner) before the next is made.
    for (const clash of clashesIn(files, {minConfidence: options.minConfidence, maxPerClaim: options.maxPerClaim, maxPerKey: options.maxPerKey})) {
      const {claim, other, file, otherFile} = clash
      const otherPath = otherFile.path || other.document.path || 'another file'
      const cause = new VFile({path: otherPath}).message(`\`${other.text}\` is stated here`, {
        place: {start: {...other.place.start}, end: {...other.place.end}}
      })
      const slip = clash.reason === 'magnitude-slip'
      const {sure, hedge, why} = standingOf(claim, other, clash.kind, options.calibrated)
      reporter(file)(
        slip
          ? `\`${claim.text}\` and \`${other.text}\` in \`${otherPath}\` have the same digits ${clash.data['factor'] === 1e8 ? '10^8 (亿)' : '10^4 (万)'} apart: likely a dropped or added magnitude (${clash.label})${hedge}`
          : `\`${claim.text}\` disagrees with \`${other.text}\` in \`${otherPath}\` (${clash.label})${likelyCause[clash.kind]}${hedge}`,
        {
          place: {start: {...claim.place.start}, end: {...claim.place.end}},
          note: slip
            ? `Here \`${claim.sentence.text}\`; \`${otherPath}\` says \`${other.sentence.text}\`. They are the same statistic: ${clash.why}. ` +
              'A figure does not change by a factor of ten thousand between two reports of one statistic; one of them has likely dropped or added 万 or 亿.' +
              why
            : 'Two articles of this run state the same statistic with values whose intervals do not overlap: ' +
              `${clash.why}. Here \`${claim.text}\` means ${clash.interval}; \`${otherPath}\` says \`${other.text}\`, ${clash.otherInterval}. ` +
              'A stated number is an interval given by its precision (`19.5万` = [194 500, 195 500)); claims that differ by period or place are never compared.' +
              (typeof clash.data['moreInKey'] === 'number'
                ? ` ${clash.data['moreInKey']} more clashes of this statistic in the run are not reported (\`maxPerKey\`): so many disagreeing claims usually mean one wrong source copied, or a frame that mixes statistics.`
                : '') +
              why,
          data: clash.data,
          cause,
          uncertain: !sure
        }
      )
    }
  },
  // Only claims at or above `minConfidence` are ever compared across files
  // (findClashes and magnitude slips alike): a run holding thousands of
  // articles keeps those (about 10 of 26 per article) until its corpus phase.
  function compact(file, {options}) {
    const claims = file.data['claims'] as Claim[] | undefined
    if (Array.isArray(claims)) file.data['claims'] = claims.filter((claim) => claim.confidence >= options.minConfidence)
  }
)

export default rule
export {clashesIn, findClashes, type Clash} from './clashes.js'
export {SURE, standingOf, type Standing} from './standing.js'
