import type {Paragraph, Root} from 'nlcst'
import {lintRule, paragraphsOf, placeOf, type Report, type RuleFunction, joinNode, locate, type JoinedText, type OptionsOf} from '@jiaodui/lint-rule'
import {acceptedInSimplified, acceptedInTraditional, allowedWords, charScript, codePointScript, convertChars, counterparts, defaultShare, inPersonName, inRegionalTables, openccFormOf, parseVariant, personNameAt, phraseStraddles, regionalExceptions, regionalForm, regionalUnits, regionOf, sameTraditional, traditionalPhraseTable, simplifiedPhraseTable, variantFromFrontMatter, type Conversion, type Phrases, type Region, type RegionTag, type Target, type Variant} from '@jiaodui/zh-script'
import {convertWanted} from './stretches.js'

/** The file a rule runs on (`vfile`'s VFile, without depending on it). */
type VFile = Parameters<RuleFunction<Options>>[1]

/** Options of `no-mixed-variant`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    variant: {
      enum: ['zh-Hans', 'zh-Hant', 'zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO'],
      description: 'Script of the text; overrides the shared `variant` setting (front matter overrides both).'
    },
    allow: {
      type: 'array',
      items: {type: 'string', minLength: 1},
      default: [],
      description: 'Words never reported (names: `余嘉禾`, `覺明法師`); added to the shared `settings.allow`.'
    },
    ignoreQuotes: {
      type: 'boolean',
      default: false,
      description: 'Skip everything inside quotation marks (quotations containing kana are always skipped).'
    },
    strict: {
      type: 'boolean',
      default: false,
      description: 'Also report characters whose OpenCC default is themselves but that a phrase converts (`了解` → `瞭解`, `發布` → `發佈`): often house style rather than errors.'
    }
  }
} as const

/** Options of `no-mixed-variant`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

// A character whose conversion is not decided by a phrase is fixed with its
// default counterpart only when OpenCC's phrase tables use that default at
// least this often (发 → 發 76%, 后 → 後 91%); otherwise an editor picks.
const defaultShareForFix = 0.75
// A shared character (后, 余) is also correct as written, so it needs more.
const defaultShareForFixShared = 0.9
// The majority script must have at least this share of the script-specific characters.
const majorityShare = 2 / 3
// Below this many script-specific characters a split vote is not reported.
const minimumEvidence = 4

// A quotation this short (in UTF-16 units, marks excluded) is likely a name:
// a person, a place, a show, an inscription. Longer ones are speech.
const shortTitle = 6
const bookTitle = /[《〈][^《》〈〉]{1,10}[》〉]/g

/** Soft hyphen, zero-width spaces and joiners, direction marks, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff
}
const invisibleAll = /[\u00AD\u200B-\u200F\u2060\uFEFF]/gu

// Findings this close (in hanzi between them) are reported as one word.
const maximumGap = 2
const han = /^\p{Script=Han}$/u
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// Opening → closing quotation mark (`“”` `‘’` `「」` `『』` `""`) as UTF-16 code
// units; `《》` and `〈〉` mark titles, not quotations.
const quoteCloses = new Map([
  [0x201c, 0x201d],
  [0x2018, 0x2019],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x22, 0x22]
])

interface Decision {
  /** Script the text should be in. */
  target: Target
  region: Region | undefined
  /** The variant as reported in `data.variant`. */
  variant: Variant
  /** Where the decision came from. */
  source: 'front matter' | 'options' | 'settings' | 'detected'
  /** Regions whose vocabulary is accepted: the declared one, or every traditional region when detected. */
  regions: readonly RegionTag[]
}

interface ParagraphText {
  joined: JoinedText
  /** 1 for each UTF-16 unit of `joined.text` excluded from checking (allow-list, Japanese, quotes). */
  skipped: Uint8Array
  /** 1 for each UTF-16 unit inside a short quotation or book title; absent when there is none. */
  titled: Uint8Array | undefined
  /** The paragraph split into characters, made only for paragraphs that may have findings. */
  characters?: Characters
}

interface Characters {
  chars: string[]
  /** UTF-16 offset of each character in `joined.text`. */
  offsets: number[]
  /** Characters excluded from checking. */
  skip: boolean[]
  /** Characters inside a short quotation or book title (a name, a show, a place). */
  title: boolean[]
}

/** One character to report. */
interface Finding {
  index: number
  /** The replacement, when decided. */
  fix: string | undefined
  /** Candidates, best first (may include the character itself). */
  candidates: readonly string[]
  kind: 'script' | 'regional'
  /** Start and end index of the phrase that decided it. */
  from: number
  to: number
  /** Part of a person's name or a quoted title: reported as a question, without a fix. */
  name?: boolean
}

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:no-mixed-variant',
    family: 'script',
    description: 'Simplified characters in a traditional article and the reverse, and regional forms when a region is set',
    defaultSeverity: 'warning',
    produces: ['region'],
    fixable: true,
    optionsSchema
  },
  function (tree: Root, file, {options, report}) {
    const source = String(file.value)
    const allow = allowedWords(file, options.allow)
    const paragraphs = paragraphsOf(tree).map((paragraph) => prepare(paragraph, source, allow, options))
    if (paragraphs.length === 0) return

    const decision = decide(file, options, paragraphs, report)
    if (!decision) return
    // Fixes follow the region: declared, else the forms the text already uses,
    // else the region detected from its vocabulary or source.
    const house = decision.target === 'traditional' && !decision.region ? (houseRegion(paragraphs) ?? detectedForms(file)) : undefined
    const checked = paragraphs.map((paragraph) => ({paragraph, findings: check(paragraph, decision, house, options.strict)}))
    const names = namesOf(checked)
    for (const {paragraph, findings} of checked) {
      emit(paragraph, names.size > 0 ? markKnownNames(paragraph, findings, names) : findings, decision, file, report)
    }
  }
)

export default rule

/** The names (surname to flagged character) found by the name guard anywhere in the file. */
function namesOf(checked: Array<{paragraph: ParagraphText; findings: Finding[]}>): Set<string> {
  const names = new Set<string>()
  for (const {paragraph, findings} of checked) {
    for (const finding of findings) {
      if (!finding.name) continue
      const {chars} = charactersOf(paragraph)
      const span = personNameAt(chars, finding.index)
      if (span && span.start < finding.index) names.add(chars.slice(span.start, finding.index + 1).join(''))
    }
  }
  return names
}

/** A finding that ends a name the guard found elsewhere in the file (`梁君彦` once after a comma, then anywhere) is a name too. */
function markKnownNames(paragraph: ParagraphText, findings: Finding[], names: Set<string>): Finding[] {
  const {chars} = charactersOf(paragraph)
  return findings.map((finding) => {
    if (finding.name || finding.kind !== 'script') return finding
    for (const length of [2, 3]) {
      const start = finding.index - length + 1
      if (start >= 0 && names.has(chars.slice(start, finding.index + 1).join(''))) return {...finding, fix: undefined, name: true}
    }
    return finding
  })
}

/** Join a paragraph's leaves and mark what must not be checked. */
function prepare(paragraph: Paragraph, source: string, allow: readonly string[], options: Options): ParagraphText {
  const joined = joinNode(paragraph, source)
  const text = joined.text
  // A character is skipped when its first unit is marked.
  const skipped = new Uint8Array(text.length)
  const mark = (start: number, end: number) => {
    skipped.fill(1, start, end)
  }
  for (const word of allow) {
    let at = text.indexOf(word)
    while (at !== -1) {
      mark(at, at + word.length)
      at = text.indexOf(word, at + word.length)
    }
  }
  let titled: Uint8Array | undefined
  const title = (start: number, end: number) => {
    titled ??= new Uint8Array(text.length)
    titled.fill(1, start, end)
  }
  for (const [start, end] of quoteSpans(text)) {
    if (options.ignoreQuotes || kana.test(text.slice(start, end))) mark(start, end)
    if (end - start <= shortTitle + 2) title(start, end)
  }
  if (text.includes('《') || text.includes('〈')) {
    for (const match of text.matchAll(bookTitle)) title(match.index, match.index + match[0].length)
  }
  // Unquoted Japanese or Korean: skip the whole clause.
  if (kana.test(text)) {
    const clause = /[^。！？!?\n]+[。！？!?]?/g
    for (const match of text.matchAll(clause)) {
      if (kana.test(match[0])) mark(match.index, match.index + match[0].length)
    }
  }
  return {joined, skipped, titled}
}

/**
 * The characters of a paragraph as arrays, made on demand: most paragraphs
 * have no finding, and holding a string per character of a whole file costs
 * more in garbage collection than the checks themselves.
 */
function charactersOf(paragraph: ParagraphText): Characters {
  if (paragraph.characters) return paragraph.characters
  const chars: string[] = []
  const offsets: number[] = []
  const skip: boolean[] = []
  const title: boolean[] = []
  let offset = 0
  for (const char of paragraph.joined.text) {
    // Invisible characters inside a word (`干\u200B部`) are left to
    // no-invisible-character: the word is read without them.
    if (isInvisible(char.charCodeAt(0))) {
      offset += char.length
      continue
    }
    chars.push(char)
    offsets.push(offset)
    skip.push(paragraph.skipped[offset] === 1)
    title.push(paragraph.titled?.[offset] === 1)
    offset += char.length
  }
  paragraph.characters = {chars, offsets, skip, title}
  return paragraph.characters
}

/** Call `each` with every character of the paragraph that is not skipped, as a code point. */
function forEachChecked(paragraph: ParagraphText, each: (code: number) => boolean | void): boolean {
  const {text} = paragraph.joined
  for (let offset = 0; offset < text.length; ) {
    const code = text.codePointAt(offset)!
    if (paragraph.skipped[offset] !== 1 && each(code) === true) return true
    offset += code > 0xffff ? 2 : 1
  }
  return false
}

/** Spans `[start, end)` of quoted text, quotes included; unbalanced quotes are ignored. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  // Closing quote and offset of each open quotation, as parallel stacks (no object per character).
  const closes: number[] = []
  const starts: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (closes.length > 0 && code === closes[closes.length - 1]) {
      closes.pop()
      const at = starts.pop()!
      if (closes.length === 0) spans.push([at, index + 1])
      continue
    }
    const close = quoteCloses.get(code)
    if (close !== undefined) {
      closes.push(close)
      starts.push(index)
    }
  }
  return spans
}

/** Decide the script of the file: front matter, options, shared settings, else a vote. */
function decide(file: VFile, options: Options, paragraphs: ParagraphText[], report: Report): Decision | undefined {
  // Recorded in `file.data.region` for the report, whatever decides below.
  regionOf(file)
  const fromFrontMatter = file.data.format === 'md' ? variantFromFrontMatter(String(file.value)) : undefined
  const settings = file.data.settings as Record<string, unknown> | undefined
  const declared: Array<[Variant | undefined, Decision['source']]> = [
    [fromFrontMatter, 'front matter'],
    [options.variant, 'options'],
    [parseVariant(settings?.['variant']), 'settings'],
    [parseVariant(settings?.['region']), 'settings']
  ]
  for (const [variant, source] of declared) {
    if (variant) return {...fromVariant(variant), source, regions: regionsOf(variant)}
  }
  // Distinct characters vote, so that a name repeated ten times (梁君彦) is one vote.
  const simplifiedSeen = new Set<number>()
  const traditionalSeen = new Set<number>()
  for (const paragraph of paragraphs) {
    forEachChecked(paragraph, (code) => {
      const script = codePointScript(code)
      if (script === 'simplified') simplifiedSeen.add(code)
      else if (script === 'traditional') traditionalSeen.add(code)
    })
  }
  const simplified = simplifiedSeen.size
  const traditional = traditionalSeen.size
  const total = simplified + traditional
  if (total === 0) return undefined
  const traditionalDecision: Decision = {target: 'traditional', region: undefined, variant: 'zh-Hant', source: 'detected', regions: regionsOf('zh-Hant')}
  if (simplified / total >= majorityShare) return {target: 'simplified', region: undefined, variant: 'zh-Hans', source: 'detected', regions: []}
  if (traditional / total >= majorityShare) return traditionalDecision
  // Hong Kong's Cantonese characters (吓, 晒) count as simplified: a split vote
  // in a text with Hong Kong or Taiwan vocabulary is a traditional text.
  const region = regionOf(file)
  if (traditional > simplified && region.region !== 'zh-CN' && !region.reason.includes('no regional evidence')) return traditionalDecision
  if (total >= minimumEvidence) {
    const first = paragraphs.find((paragraph) => paragraph.joined.pieces.some((piece) => piece.start >= 0))
    const piece = first?.joined.pieces.find((item) => item.start >= 0)
    if (piece) {
      report(`Unexpected mix of ${simplified} simplified and ${traditional} traditional characters, expected one script`, {
        place: placeOf(file, piece.start, piece.start),
        note: 'Neither script has a clear majority, so jiaodui cannot tell which characters are wrong. Declare the script with `variant` (`zh-Hans`, `zh-Hant`, `zh-TW`, `zh-HK`) in the config or in the front matter to have them checked.',
        data: {simplified, traditional}
      })
    }
  }
  return undefined
}

/** Regions whose vocabulary a text declared `variant` may use; a general traditional text may use any. */
function regionsOf(variant: Variant): RegionTag[] {
  switch (variant) {
    case 'zh-TW':
      return ['zh-TW']
    case 'zh-HK':
      return ['zh-HK']
    case 'zh-MO':
      return ['zh-MO', 'zh-HK']
    case 'zh-Hant':
      return ['zh-HK', 'zh-TW', 'zh-MO']
    default:
      return []
  }
}

function fromVariant(variant: Variant): Omit<Decision, 'source' | 'regions'> {
  switch (variant) {
    case 'zh-Hans':
    case 'zh-CN':
    case 'zh-SG':
      return {target: 'simplified', region: undefined, variant}
    case 'zh-TW':
      return {target: 'traditional', region: 'tw', variant}
    case 'zh-HK':
      return {target: 'traditional', region: 'hk', variant}
    default:
      // OpenCC has no Macau table: Macau text is checked as traditional.
      return {target: 'traditional', region: undefined, variant}
  }
}

/** OpenCC's regional table for a region detected with evidence (`zh-HK` → Hong Kong forms). */
function detectedForms(file: VFile): Region | undefined {
  const {region, detected, reason} = regionOf(file)
  if (!detected || reason.includes('no regional evidence')) return undefined
  return region === 'zh-HK' || region === 'zh-MO' ? 'hk' : region === 'zh-TW' ? 'tw' : undefined
}

/**
 * The regional forms the text already uses (`裡`, `為`, `著` rather than `裏`,
 * `爲`, `着`), so that fixes match the house style when no region is set.
 */
function houseRegion(paragraphs: ParagraphText[]): Region | undefined {
  const votes = {tw: 0, hk: 0, opencc: 0}
  // Only the characters of the regional tables can vote: the others are skipped by code unit,
  // without a string made for each character of the text.
  const units = regionalUnits()
  for (const paragraph of paragraphs) {
    const text = paragraph.joined.text
    for (let index = 0; index < text.length; ) {
      const code = text.codePointAt(index)!
      index += code > 0xffff ? 2 : 1
      if (code <= 0xffff ? units[code] !== 1 : !inRegionalTables(String.fromCodePoint(code))) continue
      const char = String.fromCodePoint(code)
      if (regionalForm(char, 'tw') || regionalForm(char, 'hk')) votes.opencc++
      if (openccFormOf(char, 'tw')) votes.tw++
      if (openccFormOf(char, 'hk')) votes.hk++
    }
  }
  if (votes.tw > votes.opencc && votes.tw >= votes.hk) return 'tw'
  if (votes.hk > votes.opencc) return 'hk'
  return undefined
}

/** Find the characters of a paragraph written in the wrong script or regional form. */
function check(paragraph: ParagraphText, decision: Decision, house: Region | undefined, strict: boolean): Finding[] {
  if (decision.target === 'simplified') return checkSimplified(paragraph, strict)
  const findings: Finding[] = []
  if (!mayFind(paragraph, 'traditional', strict)) {
    if (!decision.region) return findings
    const {chars, skip} = charactersOf(paragraph)
    return regionalFindings(chars, skip, decision.region, findings).sort((a, b) => a.index - b.index)
  }
  const {chars, skip, title} = charactersOf(paragraph)
  // Converted only around the characters the loop below can report (`convertWanted`).
  const simplified = chars.slice()
  const converted = convertWanted(chars, (index) => !skip[index] && mayReport(chars[index]!, 'traditional', strict), (part, at) => {
    const toSimplified = convertChars(part, 'simplified').value
    for (let k = 0; k < toSimplified.length; k++) simplified[at + k] = toSimplified[k]!
    return convertChars(toSimplified, 'traditional')
  })
  const region = decision.region ?? house
  const regional = (char: string) => (region ? (regionalForm(char, region) ?? char) : char)
  for (let index = 0; index < chars.length; index++) {
    if (skip[index]) continue
    const char = chars[index]!
    const script = charScript(char)
    if (script !== 'simplified' && script !== 'shared') continue
    // A traditional character that also converts (乾 → 干) is not about this.
    if (simplified[index] !== char) continue
    const candidates = counterparts(char, 'traditional')
    if (candidates.length === 0 || (candidates.length === 1 && candidates[0] === char)) continue
    const target = converted.value[index]!
    if (sameTraditional(char, target)) continue
    if (script === 'shared' && !strict && candidates[0] === char) continue
    if (acceptedInTraditional(chars, index, decision.regions)) continue
    const byPhrase = trustedPhrase(converted, simplified, index, traditionalPhraseTable()) || afterNumber(chars, index)
    const name = title[index] === true || inPersonName(chars, index)
    if (script === 'shared') {
      // A shared character is right as written unless a phrase says otherwise
      // (干部 → 幹部) or its default is near certain (后 → 後); never in a name.
      if (name || (!byPhrase && defaultShare(char, 'traditional') < defaultShareForFixShared)) continue
    }
    const decided =
      byPhrase ||
      candidates.filter((candidate) => candidate !== char).length === 1 && script === 'simplified' ||
      defaultShare(char, 'traditional') >= (script === 'shared' ? defaultShareForFixShared : defaultShareForFix)
    findings.push({
      index,
      fix: decided && !name ? regional(target) : undefined,
      candidates: unique(candidates.map(regional)),
      kind: 'script',
      from: byPhrase ? converted.start[index]! : index,
      to: byPhrase ? converted.end[index]! : index + 1,
      name
    })
  }
  if (decision.region) findings.push(...regionalFindings(chars, skip, decision.region, findings))
  return findings.sort((a, b) => a.index - b.index)
}

/** Traditional characters left in a simplified text. */
function checkSimplified(paragraph: ParagraphText, strict: boolean): Finding[] {
  const findings: Finding[] = []
  if (!mayFind(paragraph, 'simplified', strict)) return findings
  const {chars, skip, title} = charactersOf(paragraph)
  const converted = convertWanted(chars, (index) => !skip[index] && mayReport(chars[index]!, 'simplified', strict), (part) => convertChars(part, 'simplified'))
  for (let index = 0; index < chars.length; index++) {
    if (skip[index]) continue
    const char = chars[index]!
    const script = charScript(char)
    if (script !== 'traditional' && script !== 'shared') continue
    const candidates = counterparts(char, 'simplified')
    if (candidates.length === 0 || (candidates.length === 1 && candidates[0] === char)) continue
    const target = converted.value[index]!
    if (target === char) continue
    if (script === 'shared' && !strict && candidates[0] === char) continue
    const name = title[index] === true || inPersonName(chars, index)
    if (acceptedInSimplified(chars, index, name)) continue
    const byPhrase = trustedPhrase(converted, chars, index, simplifiedPhraseTable())
    const decided =
      byPhrase ||
      candidates.filter((candidate) => candidate !== char).length === 1 && script === 'traditional' ||
      defaultShare(char, 'simplified') >= (script === 'shared' ? defaultShareForFixShared : defaultShareForFix)
    findings.push({
      index,
      fix: decided && !name ? target : undefined,
      candidates,
      kind: 'script',
      from: byPhrase ? converted.start[index]! : index,
      to: byPhrase ? converted.end[index]! : index + 1,
      name
    })
  }
  return findings
}

const numeral = /^[\d０-９一二三四五六七八九十百千萬億]$/u

/**
 * `余` right after a number is the simplified `餘` "more than" (`120余萬元`):
 * the surname and the pronoun never follow a numeral.
 */
function afterNumber(chars: readonly string[], index: number): boolean {
  return chars[index] === '余' && numeral.test(chars[index - 1] ?? '')
}

/** Whether a phrase decided the character at `index`, and the phrase does not straddle a word. */
function trustedPhrase(converted: Conversion, chars: readonly string[], index: number, table: Phrases): boolean {
  if (!converted.phrase[index]) return false
  return !phraseStraddles(chars, converted.start[index]!, converted.end[index]!, table)
}

/**
 * Whether a character of the paragraph passes the character-level tests of
 * `check` (the conversion of the whole paragraph, which costs more, decides
 * the rest): most paragraphs have none.
 */
function mayFind(paragraph: ParagraphText, target: Target, strict: boolean): boolean {
  const wrong = target === 'traditional' ? 'simplified' : 'traditional'
  return forEachChecked(paragraph, (code) => {
    const script = codePointScript(code)
    return (script === wrong || script === 'shared') && mayReport(String.fromCodePoint(code), target, strict)
  })
}

/**
 * The character-level tests of `check` and `checkSimplified`: a character of
 * the wrong script, or a shared one, with a counterpart in `target` other than
 * itself (a shared character whose default is itself only when `strict`).
 */
function mayReport(char: string, target: Target, strict: boolean): boolean {
  const script = charScript(char)
  if (script !== (target === 'traditional' ? 'simplified' : 'traditional') && script !== 'shared') return false
  const candidates = counterparts(char, target)
  if (candidates.length === 0 || (candidates.length === 1 && candidates[0] === char)) return false
  return !(script === 'shared' && !strict && candidates[0] === char)
}

/** Traditional characters in OpenCC's form where the region writes another (`爲` → `為` in Taiwan). */
function regionalFindings(chars: string[], skip: boolean[], region: Region, already: Finding[]): Finding[] {
  const taken = new Set(already.map((finding) => finding.index))
  const exceptions = regionalExceptions(region)
  const converted = convertChars(chars, 'traditional', exceptions, (char) => regionalForm(char, region) ?? char)
  const findings: Finding[] = []
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!
    const target = converted.value[index]!
    if (skip[index] || taken.has(index) || target === char) continue
    // Only characters the region writes differently; exception phrases keep theirs.
    if (!regionalForm(char, region) && !converted.phrase[index]) continue
    findings.push({index, fix: target, candidates: [target], kind: 'regional', from: index, to: index + 1})
  }
  return findings
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)]
}

const regionNames: Record<Region, string> = {tw: 'Taiwan', hk: 'Hong Kong'}

/** Merge findings into messages: a decided run is one message with one fix; an undecided character is its own. */
function emit(paragraph: ParagraphText, findings: Finding[], decision: Decision, file: VFile, report: Report): void {
  if (findings.length === 0) return
  const characters = charactersOf(paragraph)
  let index = 0
  while (index < findings.length) {
    const first = findings[index]!
    if (first.name) {
      emitName(paragraph, first, decision, file, report)
      index++
      continue
    }
    const group = groupFrom(findings, index, characters.chars)
    index += group.length
    emitGroup(paragraph, characters, group, decision, file, report)
  }
}

/**
 * The findings that make one message, from `findings[index]`: a decided
 * finding extends over the next decided ones of its kind inside the same
 * phrase, right next to it, or across a gap of a few hanzi.
 */
function groupFrom(findings: Finding[], index: number, chars: readonly string[]): Finding[] {
  const first = findings[index]!
  const group = [first]
  if (first.fix === undefined) return group
  // Extend over findings inside the same phrase or right next to the run.
  let end = first.to
  while (index + group.length < findings.length) {
    const next = findings[index + group.length]!
    if (next.fix === undefined || next.kind !== first.kind) break
    // Also join a word split by up to two other hanzi (覺明法師).
    const gap = chars.slice(end, next.index)
    if (next.index > end && (gap.length > maximumGap || !gap.every((char) => han.test(char)))) break
    group.push(next)
    end = Math.max(end, next.to)
  }
  return group
}

/** Report one group of findings: its span, its fix (when decided) and the wording. */
function emitGroup(
  paragraph: ParagraphText,
  {chars, offsets}: Characters,
  group: Finding[],
  decision: Decision,
  file: VFile,
  report: Report
): void {
  const {joined} = paragraph
  const first = group[0]!
  const from = Math.min(...group.map((finding) => finding.from))
  const to = Math.max(...group.map((finding) => finding.to))
  // Trim the span to the flagged characters when the phrase is long, but keep
  // a two-character phrase (干部) as context.
  const start = to - from <= 4 ? from : first.index
  const end = to - from <= 4 ? to : group.at(-1)!.index + 1
  const at = offsets[start]!
  const length = offsets[end - 1]! + chars[end - 1]!.length - at
  // The source slice, invisible characters included, so that a fix keeps them.
  const original = joined.text.slice(at, at + length)
  const span = locate(joined, at, length)
  if (!span) return
  let replacement = ''
  let cursor = at
  for (const finding of group) {
    if (finding.fix === undefined) continue
    const offset = offsets[finding.index]!
    replacement += joined.text.slice(cursor, offset) + finding.fix
    cursor = offset + chars[finding.index]!.length
  }
  replacement += joined.text.slice(cursor, at + length)
  const flagged = group.map((finding) => chars[finding.index]!).join('')
  const {reason, note, expected} = wordingOf(group, original, replacement, flagged, decision)
  report(reason, {
    place: placeOf(file, span.start, span.exact ? span.start + length : span.end),
    expected: span.exact ? expected : undefined,
    note,
    data: {
      variant: decision.variant,
      source: decision.source,
      kind: first.kind,
      characters: flagged,
      candidates: first.candidates
    }
  })
}

/**
 * Reason, note and fixes of a group's message: a regional form, a decided
 * replacement, or a character that stands for several (no fix, the editor
 * chooses).
 */
function wordingOf(
  group: Finding[],
  original: string,
  replacement: string,
  flagged: string,
  decision: Decision
): {reason: string; note: string; expected: string[]} {
  const first = group[0]!
  // What the reason quotes: the word as it reads, without invisible characters.
  const shown = original.replace(invisibleAll, '')
  const shownReplacement = replacement.replace(invisibleAll, '')
  const script = decision.target === 'traditional' ? 'simplified' : 'traditional'
  const textName = decision.region ? `${regionNames[decision.region]} ${decision.target}` : decision.target
  if (first.kind === 'regional') {
    return {
      reason: `Unexpected \`${shown}\` in ${regionNames[decision.region!]} text, expected \`${shownReplacement}\``,
      note: `The ${regionNames[decision.region!]} standard form differs from the general traditional form (OpenCC ${decision.region === 'tw' ? 'TWVariants' : 'HKVariants'}); the text is declared \`${decision.variant}\`.`,
      expected: [replacement]
    }
  }
  if (group.every((finding) => finding.fix !== undefined)) {
    return {
      reason: `Unexpected ${script} \`${shown}\` in ${textName} text, expected \`${shownReplacement}\``,
      note: `${noteFor(decision)} The replacement follows OpenCC's phrase and character tables${group.some((finding) => finding.to - finding.from > 1) ? ' (a phrase decides it)' : ''}.`,
      expected: [replacement]
    }
  }
  const others = first.candidates.filter((candidate) => candidate !== flagged)
  const shared = first.candidates.includes(flagged)
  return {
    reason: `Unexpected ${script} \`${shown}\` in ${textName} text, expected ${list(others)}${shared ? ` unless \`${flagged}\` is meant` : ''}`,
    note: `${noteFor(decision)} \`${flagged}\` stands for several characters (${first.candidates.map((candidate) => `\`${candidate}\``).join(', ')}) and no phrase decides which, so an editor has to choose.`,
    expected: []
  }
}

/**
 * A character of the other script inside what looks like a name (after a
 * surname, a title, in a short quotation or book title): names keep the
 * characters their owners chose, so this is a question with no fix.
 */
function emitName(paragraph: ParagraphText, finding: Finding, decision: Decision, file: VFile, report: Report): void {
  const {chars, offsets} = charactersOf(paragraph)
  const char = chars[finding.index]!
  const span = locate(paragraph.joined, offsets[finding.index]!, char.length)
  if (!span) return
  const script = decision.target === 'traditional' ? 'simplified' : 'traditional'
  const context = chars.slice(Math.max(0, finding.index - 2), finding.index + 2).join('')
  const others = finding.candidates.filter((candidate) => candidate !== char)
  report(`Check this name: ${script} \`${char}\` in \`${context}\` in ${decision.target} text, elsewhere written ${list(others)}`, {
    place: placeOf(file, span.start, span.exact ? span.start + char.length : span.end),
    note: `\`${char}\` looks like part of a name (after a surname or a title, or in a short quotation or book title). Names keep the characters their owners chose, so jiaodui proposes no fix; change it only if the name is usually written ${list(others)}.`,
    data: {variant: decision.variant, source: decision.source, kind: 'name', characters: char, candidates: finding.candidates},
    // Unsure (it may be a name), so say less: information, not a warning.
    uncertain: true
  })
}

function noteFor(decision: Decision): string {
  const how =
    decision.source === 'detected'
      ? `Most script-specific characters of the file are ${decision.target}`
      : `The text is declared \`${decision.variant}\` (${decision.source})`
  return `${how}; a ${decision.target === 'traditional' ? 'simplified' : 'traditional'} character left in it is usually a conversion or copy-paste leftover.`
}

function list(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
