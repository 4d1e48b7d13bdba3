export {confidenceWithinArticle, extractClaims, isClaimQuantity, scanDateline} from './extract.js'
export {CLAIM_KEY_VERSION} from './key-version.js'
export {FIRST_SIGHT, UNEXPLAINED_NOTE, calibratedOption, record} from './calibration.js'
export {scopeIdOf} from './scopes.js'
export {claimsInputOf, claimsOf, claimsReady, foldedTextOf, frontMatterDate, textBefore, segmentsOf, useClaimsExtractor, type ClaimsExtractor, type FileLike, type TreeLike} from './file.js'
export {claimKey, classifyClash, comparable, explainedClash, modeOf, partnerOfQualifier, portionOfScope, unfoldingFigure, subjectsDiffer, formatInterval, intervalsOverlap, likelyCause, valuesAgree} from './key.js'
export {foldText} from './text.js'
export {clashesOf, findClashes, findMagnitudeSlips, sameStatistic, type ClashFinding, type ClashOptions} from './clashes.js'
export {canonicalMetric, relateMetrics, type MetricRelation} from './taxonomy.js'
export {regionOfText, regionalUnit} from './region.js'
export {claimData, describeKey, positionOf} from './report.js'
export type {
  Claim,
  ClaimMetric,
  ClaimPart,
  ClaimSubject,
  ClaimPeriod,
  ClaimPoint,
  ClaimScope,
  ClaimValue,
  ClashKind,
  ExtractInput,
  MetricRole,
  PeriodType,
  Predicate,
  ScopeVia
} from './types.js'
export {segmenter, useTagger, type Tagger} from './segment.js'
export {JiebaTagger, compileDictionary, readDictionary, type CompiledDictionary} from './jieba.js'
export {NEWS_WORDS} from './news-words.js'
