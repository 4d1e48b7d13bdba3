export {
  charScript,
  codePointScript,
  convertChars,
  counterparts,
  defaultShare,
  openccFormOf,
  phraseStraddles,
  regionalExceptions,
  regionalForm,
  regionalUnits,
  inRegionalTables,
  sameTraditional,
  simplifiedPhraseTable,
  toSimplified,
  toTraditional,
  traditionalPhraseTable,
  type CharScript,
  type Conversion,
  type Phrases,
  type Region,
  type Target
} from './variants.js'
export {compatCandidate, compatibilityOf, type CompatCharacter, type CompatKind} from './compat.js'
export {asciiOf, chinesePunctuationOf, fullwidthOf} from './width.js'
export {latinLookalike, type Lookalike} from './confusables.js'
export {parseVariant, variantFromFrontMatter, type Variant} from './variant.js'
export {openccVersion} from './generated/variants.js'
export {detectRegion, isTraditionalRegion, parseRegion, regionOf, regionSettings, type RegionDecision, type RegionMeta, type RegionTag} from './region.js'
export {inPersonName, isSurname, personNameAt} from './names.js'
export {acceptedInSimplified, acceptedInTraditional, wordCovers} from './accepted.js'
export {allowedMask, allowedWords} from './allow.js'
