import type {Root} from 'nlcst'
import {lintRule, type OptionsOf} from '@jiaodui/lint-rule'
import {calibratedOption, claimData, claimsReady, FIRST_SIGHT, foldedTextOf, positionOf, record, textBefore, type Claim, type TreeLike} from '@jiaodui/claims'

/** Options of `no-impossible-percentage`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    calibrated: calibratedOption
  }
} as const

/** Options of `no-impossible-percentage`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/**
 * Said, calibrated, of every finding: on news first seen, what read as shares past 100 % was something
 * else each time (a rise, a ratio of debt or of output, a survey's answers, a ranking of rates).
 */
const CALIBRATED_NOTE = ` On news first seen, figures read as shares past 100 % were something else — a rise, a ratio to debt or output, the answers of a survey, a ranking of each one's own rate (${record(FIRST_SIGHT.percentages)} such errors right; bench/eval-claims/first-sight.md) — so this is information, not an error: check what the figure is a percentage of.`

/** Lowest value a stated share can stand for: the interval's low, or half a unit of its last digit below an exact figure (`33%` may be a rounded 32.5). */
function roundedLow(claim: Claim): number {
  const low = claim.value.low ?? 0
  if (claim.value.low !== claim.value.high) return low
  const digits = /[.．]([0-9０-９]+)/.exec(claim.value.text)?.[1]?.length ?? 0
  return low - 0.5 * 10 ** -digits
}

/**
 * A sum of money, a price or a ratio the percentage is taken of or names (`工资的150%`, `退还200%的车费`,
 * `120%的比例投档`): a multiple of an amount or a ratio, which may exceed 100%, not a share of a whole.
 */
const AMOUNT_OR_RATIO = /(?:费|工资|薪|酬|价|金|款|税|租|息|补贴|补助|成本|收入|利润|额|比例|比率|倍数|配比)/
/** `X的` right before a figure: the amount the figure is a percentage of, when X is one (`不低于工资的`). */
const AMOUNT_BASE = /(?:费|工资|薪|酬|价|金|款|税|租|息|补贴|补助|成本|收入|利润|额)的$/

/**
 * `的` after a figure and then, within a few modifiers, a change, a return or a deduction
 * (`300%的高速增长`, `200%的额外税务扣除`): the figure is the rate of that action, not a share.
 */
const ACTION_AFTER = /^(?:以上|以下|左右)?的[^，,。；;、]{0,6}?(?:增长|增幅|增速|涨幅|升幅|跌幅|降幅|减幅|上涨|下跌|回报|收益|扣除|扣减|减免|折扣|补贴|退税|溢价|折价|加成|提成)/

/** A ratio named `…率` (`资产负债率`, `净负债率`): its own whole, never a share adding up with another ratio. */
const RATIO_NAME = /率$/
/** A ratio named in the figure's clause before it (`…与GDP之比`, `…的比值`, `债务比率`). */
const RATIO_IN_CLAUSE = /之比|比值|比率/
/** A year's output as the base of a percentage (`占GDP的`, `相当于国内生产总值的`): what is measured against it may exceed it. */
const OUTPUT_BASE = /GDP|gdp|国内生产总值|地区生产总值|本地生产总值|生产总值|国民总收入|GNP/

/** A survey's answers (`调查发现`, `受访者`, `问卷`, `民调`, `可复选`): one may give several, so their shares may add up past 100%. */
const SURVEY = /调查|受访|问卷|民调|多选|复选/
/** Debt and deficits, stated against a year's output (`公共债务水平高达147%`): ratios, which may exceed 100%. */
const DEBT = /债务|负债|赤字/

/** A comparison with a figure named before (`远低于`, `高于`, `不及`): the figure is of the same kind. */
const COMPARED = /低于|高于|不及|超过|远逊|相比|对比|相较/
/** Words of a ranking (`其次是`, `居首`, `领先`): the figures ranked may be rates of different wholes (each country's own population). */
const RANKING = /其次|次之|居首|居次|领先|排名|位居|名列|排行/
/** How far before a list of shares its ranking words are looked for, in characters. */
const RANKING_REACH = 80

/** One amount put against another (`相当于`, Taiwan's `約當`, folded `约当`): a ratio, which may exceed 100%. */
const EQUIVALENT = /相当于|约当/

/**
 * What a share is explicitly a share of: the words between `占` and the figure (`占总收入的60%` →
 * `总收入`), empty when the figure follows `占` directly (`水田占45%`), `undefined` without `占`.
 */
/** What a percentage of effort or feeling is of (`百分之一千的准备`, `百分之两百的努力`): no whole. */
const HYPERBOLE_AFTER = /^的?(?:准备|努力|信心|把握|决心|投入|支持|热情|诚意|满意|放心|肯定|用心|专注)/

/** How far before a share the count it follows may end, in characters (`3萬9250人、佔`). */
const OWN_COUNT_GAP = 4

/** How far apart, as a ratio, the wholes implied by counts and their shares may be and still be one whole (rounding). */
const ONE_WHOLE_SPREAD = 1.1

/**
 * Whether every share of the group follows a count of its own (`3萬9250人、佔10.26%`) and the wholes they imply
 * (count ÷ share) differ by more than rounding: then each is the share of its own whole.
 */
function ownWholes(text: string, countsByEnd: ReadonlyMap<number, Claim>, group: readonly Claim[]): boolean {
  const wholes: number[] = []
  for (const share of group) {
    const at = share.place.start.offset
    // (The count ends at most OWN_COUNT_GAP characters before the share: looked up by its end, not searched for among all claims.)
    let count: Claim | undefined
    for (let end = at - 1; end >= at - OWN_COUNT_GAP && count === undefined; end--) {
      const candidate = countsByEnd.get(end)
      if (candidate && /^\s*[、，,]?\s*占$/.test(text.slice(end, at))) count = candidate
    }
    const value = count?.value.low
    const rate = share.value.low
    if (value === null || value === undefined || rate === null || rate <= 0) return false
    wholes.push(value / (rate / 100))
  }
  return Math.max(...wholes) > ONE_WHOLE_SPREAD * Math.min(...wholes)
}

/** Whether a share is stated above 100 %: a share of a whole (`占`, `比重`, `…的`), not a multiple, a ratio or a rate. */
function statedAbove100(text: string, claim: Claim): boolean {
  // Ratios named `…率` (`拨备覆盖率169%`, `回报率145%`) may exceed 100%; only a share of a whole
  // (`占`, `比重`, `比例`, `份额`, `…的`) may not.
  const near = textBefore(text, claim, 8)
  const after = text.slice(claim.place.end.offset, claim.place.end.offset + 12)
  // (`做好百分之一千的准备`: a figure of speech for effort or confidence, no share.)
  const isShare = (/占|比重|比例|份额/.test(near) || /^(?:以上|以下|左右)?的/.test(after)) && !ACTION_AFTER.test(after) && !HYPERBOLE_AFTER.test(after)
  // (`工资的150%`, `退还200%的车费`, `投档比例120%`: a multiple of an amount or a ratio, unless said to be a share with 占.)
  // (`甲与乙之比…达到260%的峰值`: a ratio named earlier in the clause, which may exceed 100%.)
  const clause = text.slice(claim.sentence.start, claim.place.start.offset).split(/[，,；;]/).at(-1) ?? ''
  const multiple = !/占/.test(near) && (AMOUNT_BASE.test(near) || AMOUNT_OR_RATIO.test(claim.metric.id) || /比例|比率/.test(near) || RATIO_IN_CLAUSE.test(clause))
  // (`预筹资金占GDP的比重为125%`, `债务占GDP的260%`: a stock measured against a year's output is a ratio that may exceed 100%.)
  // (`外资持有资产约当外汇存底占比升至114%`, `相当于年收入的150%`: one amount stated as a multiple of another.)
  // (`某国对比GDP的负债比例仅42.4%，远低于某组织110%的平均值`: a figure compared with a ratio of debt named earlier in
  // its sentence is that ratio too.)
  const sentenceBefore = text.slice(claim.sentence.start, claim.place.start.offset)
  const ofOutput = OUTPUT_BASE.test(clause) || EQUIVALENT.test(clause) || DEBT.test(clause) || (COMPARED.test(clause) && DEBT.test(sentenceBefore))
  return isShare && !multiple && !ofOutput && claim.value.low !== null && claim.value.low > 100
}

function wholeNamed(before: string): string | undefined {
  const match = /占(?:了|有|据|到)?([^，,；;。：:占]*?)的?$/.exec(before)
  return match ? (match[1] as string) : undefined
}

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:no-impossible-percentage',
    family: 'numbers',
    description: 'Shares above 100%, or shares of one whole adding up past 100%',
    defaultSeverity: 'error',
    // Claims may come from the CLI's claims thread (`claimsReady`): the rule waits for them.
    consumes: ['meta', 'region'],
    produces: ['claims'],
    fixable: false,
    optionsSchema
  },
  async function (tree: Root, file, {options, report}) {
    const {calibrated} = options
    const claims = await claimsReady(file, tree as unknown as TreeLike)
    const text = foldedTextOf(file)
    const shares = claims.filter((claim) => claim.unitClass === 'percent' && claim.metric.role === 'share')
    for (const claim of shares) {
      if (statedAbove100(text, claim)) {
        report(`Share \`${claim.text}\` is above 100%${calibrated ? ' (if it is a share)' : ''}`, {
          place: positionOf(claim),
          note: `\`${claim.text}\` is stated as a share (of a whole: \`占\`, \`比例\`, \`…的\`), and no share exceeds 100%. Growth rates (\`同比增长\`, \`提高\`) are not shares and are not reported.` + (calibrated ? CALIBRATED_NOTE : ''),
          data: {claim: claimData(claim)},
          uncertain: calibrated
        })
      }
    }
    // Shares of one whole: `A占40%，B占35%，C占30%` or `分别占…` in one sentence, not nested under `其中`.
    const bySentence = new Map<string, Claim[]>()
    for (const claim of shares) {
      if (claim.part && shares.some((other) => other.id === claim.part?.of)) continue
      if (RATIO_NAME.test(claim.metric.id)) continue
      const before = textBefore(text, claim, 8)
      const listed = /占|分别/.test(before) || /分别/.test(text.slice(claim.sentence.start, claim.place.start.offset))
      if (!listed) continue
      // `(占81.5%)` after a figure is that figure's share of its own total; `装机占比93%，发电量占比84%`
      // are shares of different wholes (a measure: 量, 额, 数, 装机, 容量). Neither adds up with others.
      if (/[(（]占$/.test(before) || /(?:量|额|数|值|装机|容量|人数|件数)(?:占比|占)?$/.test(claim.metric.id + (/占比/.test(before) ? '占比' : ''))) continue
      if (/(?:量|额|数|装机|容量)占比/.test(before)) continue
      // (`资产负债表…（占GDP的62%）`: an amount measured against a year's output is a ratio, as above.)
      const clause = text.slice(claim.sentence.start, claim.place.start.offset).split(/[，,；;]/).at(-1) ?? ''
      if (OUTPUT_BASE.test(clause) || EQUIVALENT.test(clause) || DEBT.test(clause)) continue
      // (`到今年底…（占…62%），到明年…（占…67%）`: shares of two times are of two wholes.)
      const at = `${claim.sentence.start}|${claim.period.id}`
      const group = bySentence.get(at)
      // (`亚洲市场的利润已占了近八成，其中香港占到五成`: a share after 其中 is of the share before it, not of the same whole.)
      const last = group?.at(-1)
      if (last && /其中/.test(text.slice(last.place.end.offset, claim.place.start.offset))) continue
      if (group) group.push(claim)
      else bySentence.set(at, [claim])
    }
    let countsByEnd: Map<number, Claim> | undefined
    for (const group of bySentence.values()) {
      if (group.length < 2) continue
      // (`占总收入的60%…消费也占了50%`, `占有美国38.6%的财富…占总人口90%`: shares that name different
      // wholes, or a whole for one and none for another, are not shares of one whole.)
      const wholes = group.map((claim) => wholeNamed(textBefore(text, claim, 12)))
      if (wholes.some((whole) => whole !== wholes[0])) continue
      const low = group.reduce((sum, claim) => sum + roundedLow(claim), 0)
      if (low <= 100 + 1e-9) continue
      // (`住宿券為3萬9250人、佔10.26%，響購券36萬5192人、佔25.72%…`: each share after a count of its own, whose counts
      // imply wholes far apart, is the share of its own whole, its own pool of applicants.)
      if (ownWholes(text, (countsByEnd ??= new Map(claims.filter((c) => c.unitClass !== 'percent').map((c) => [c.place.end.offset, c]))), group)) continue
      // (`调查发现「配合客户要求」占51.8%居首位，「生产成本低廉」占48.2%次之…`: the answers of a survey where one may
      // give several add up past 100%.)
      const first = group[0] as Claim
      if (SURVEY.test(text.slice(Math.max(0, first.sentence.start - 120), first.sentence.end))) continue
      const total = group.reduce((sum, claim) => sum + (claim.value.value ?? claim.value.low ?? 0), 0)
      // (`…以色列处于领先地位…其次是某国，占51%，英国占49%，美国占42%`: in a ranking the figures may each be of their
      // own whole, a country's own population; information, not an error.)
      const last = group.at(-1) as Claim
      const ranked = RANKING.test(text.slice(Math.max(0, first.sentence.start - RANKING_REACH), last.place.start.offset))
      report(`Shares ${group.map((claim) => `\`${claim.text}\``).join(', ')} of one whole add up to ${Number(total.toPrecision(12))}%${ranked || calibrated ? ' (if they are shares of one whole)' : ''}`, {
        place: positionOf(first),
        note: 'Shares of one whole listed in one sentence (`占`, `分别占`) add up to more than 100% even allowing for rounding of each figure. Overlapping groups should say so (`其中`, `有的…同时…`).' + (ranked ? ' The figures are ranked (`其次`, `居首`, `领先`), and a ranking often lists rates of different wholes (each country\'s share of its own population): this is information, not an error.' : calibrated ? CALIBRATED_NOTE : ''),
        data: {total, lowest: low, claims: group.map(claimData)},
        uncertain: ranked || calibrated
      })
    }
  }
)

export default rule
