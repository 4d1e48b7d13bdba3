import type {Root} from 'nlcst'
import {corpusRule} from '@jiaodui/lint-rule'
import {claimsOf, type TreeLike} from '@jiaodui/claims'
import {VFile} from 'vfile'
import {findClashes} from './clashes.js'

/** Options of `consistent-numeric-claims`. */
export interface Options {
  /** Claims below this extraction confidence are not compared (default 0.5). */
  minConfidence?: number
  /** Most messages per claim; the data carries the full count (default 3). */
  maxPerClaim?: number
}

const LIKELY: Record<string, string> = {
  'magnitude-slip': ': likely a magnitude slip',
  'digit-transposition': ': likely transposed digits',
  'year-slip': ': likely a year slip',
  other: ''
}

const rule = corpusRule<Options>(
  {
    origin: 'jiaodui:consistent-numeric-claims',
    family: 'numbers',
    description: 'The same statistic (place, thing counted, time) given incompatible numbers in two articles',
    defaultSeverity: 'error',
    consumes: ['meta'],
    produces: ['claims'],
    fixable: false,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minConfidence: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 0.5,
          description: 'Claims whose extraction confidence (scope × metric × period) is below this are not compared.'
        },
        maxPerClaim: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 3,
          description: 'Most messages per claim (the nearest clashing claims); the message data carries the full count.'
        }
      }
    }
  },
  function (tree: Root, file) {
    claimsOf(file, tree as unknown as TreeLike)
  },
  function (files, {options, reporter}) {
    const clashes = findClashes(files, {minConfidence: options.minConfidence ?? 0.5, maxPerClaim: options.maxPerClaim ?? 3})
    for (const clash of clashes) {
      const {claim, other, file, otherFile} = clash
      const otherPath = otherFile.path || other.document.path || 'another file'
      const cause = new VFile({path: otherPath}).message(`\`${other.text}\` is stated here`, {
        place: {start: {...other.place.start}, end: {...other.place.end}}
      })
      reporter(file)(
        `\`${claim.text}\` disagrees with \`${other.text}\` in \`${otherPath}\` (${clash.label})${LIKELY[clash.kind]}`,
        {
          place: {start: {...claim.place.start}, end: {...claim.place.end}},
          note:
            'Two articles of this run state the same statistic — same place, same counted thing, same predicate and unit, same period — with values whose intervals do not overlap. ' +
            `Here \`${claim.text}\` means ${clash.interval}; \`${otherPath}\` says \`${other.text}\`, ${clash.otherInterval}. ` +
            'A stated number is an interval given by its precision (`19.5万` = [194 500, 195 500)); claims that differ by period or place are never compared.',
          data: clash.data,
          cause
        }
      )
    }
  }
)

export default rule
export {findClashes, type Clash} from './clashes.js'
