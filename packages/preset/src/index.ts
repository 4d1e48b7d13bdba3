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

/** Every rule jiaodui ships, in the order they run. */
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
