export {
  charScript,
  codePointScript,
  convertChars,
  counterparts,
  defaultShare,
  openccFormOf,
  regionalExceptions,
  regionalForm,
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
export {joinLeaves, joinNode, leavesOf, locate, sourceOf, type FileSpan, type JoinedText, type Leaf, type Piece, type TreeNode} from './text.js'
export {parseVariant, variantFromFrontMatter, type Variant} from './variant.js'
export {openccVersion} from './generated/variants.js'
