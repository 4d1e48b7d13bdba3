import type {Preset} from 'unified'
import type {AnyRule} from '@jiaodui/lint-rule'
import consistentNumericClaims from '@jiaodui/rule-consistent-numeric-claims'
import consistentPunctuationWidth from '@jiaodui/rule-consistent-punctuation-width'
import noCompatCharacter from '@jiaodui/rule-no-compat-character'
import noConfusable from '@jiaodui/rule-no-confusable'
import noContradictoryClaims from '@jiaodui/rule-no-contradictory-claims'
import noImpossiblePercentage from '@jiaodui/rule-no-impossible-percentage'
import noInvisibleCharacter from '@jiaodui/rule-no-invisible-character'
import noMaskedText from '@jiaodui/rule-no-masked-text'
import noMixedVariant from '@jiaodui/rule-no-mixed-variant'
import noPinyinAnnotation from '@jiaodui/rule-no-pinyin-annotation'
import noRepeatedBoilerplate from '@jiaodui/rule-no-repeated-boilerplate'
import noScrapedBoilerplate from '@jiaodui/rule-no-scraped-boilerplate'
import partsSumToWhole from '@jiaodui/rule-parts-sum-to-whole'

/**
 * Every rule jiaodui ships, in the order they run: producers of `file.data`
 * before the rules that read it (`meta.produces`/`meta.consumes`, checked by
 * the engine and a test).
 */
export const rules: readonly AnyRule[] = [
  noScrapedBoilerplate,
  noRepeatedBoilerplate,
  noMaskedText,
  noInvisibleCharacter,
  noCompatCharacter,
  noPinyinAnnotation,
  noMixedVariant,
  consistentPunctuationWidth,
  noConfusable,
  noContradictoryClaims,
  partsSumToWhole,
  noImpossiblePercentage,
  consistentNumericClaims,
]

/**
 * The recommended preset, a unified preset: every rule at its default
 * severity. `unified().use(retextChinese).use(preset)` in a user's own pipeline;
 * in a remark or rehype pipeline through `remarkChinese`/`rehypeChinese` of
 * `@jiaodui/core`. Corpus rules attached without a file set check the single
 * file they see.
 */
const preset: Preset = {plugins: [...rules]}

export default preset
