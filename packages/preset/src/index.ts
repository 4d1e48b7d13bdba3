import type {AnyRule} from '@jiaodui/lint-rule'
import consistentPunctuationWidth from '@jiaodui/rule-consistent-punctuation-width'
import noCompatCharacter from '@jiaodui/rule-no-compat-character'
import noConfusable from '@jiaodui/rule-no-confusable'
import noInvisibleCharacter from '@jiaodui/rule-no-invisible-character'
import noMaskedText from '@jiaodui/rule-no-masked-text'
import noMixedVariant from '@jiaodui/rule-no-mixed-variant'
import noPinyinAnnotation from '@jiaodui/rule-no-pinyin-annotation'
import noRepeatedBoilerplate from '@jiaodui/rule-no-repeated-boilerplate'
import noScrapedBoilerplate from '@jiaodui/rule-no-scraped-boilerplate'

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
]
