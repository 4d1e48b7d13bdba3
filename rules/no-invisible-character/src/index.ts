import type {Root} from 'nlcst'
import {joinLeaves, lintRule, locate, paragraphsOf, paragraphText, placeOf, type JoinedText, type OptionsOf, type Report} from '@jiaodui/lint-rule'
import {allowedMask, allowedWords, isTraditionalRegion, regionOf} from '@jiaodui/zh-script'

/** Options of `no-invisible-character`: the schema is the one place each option is written. */
const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ideographicSpace: {
      type: 'boolean',
      default: true,
      description: 'Report ideographic spaces (U+3000) inside a line where the region\'s house style does not use them.'
    },
    oddSpace: {type: 'boolean', default: true, description: 'Report no-break and other odd spaces.'}
  }
} as const

/** Options of `no-invisible-character`, as the factory hands them to the rule (defaults filled in). */
export type Options = OptionsOf<typeof optionsSchema>

/** What a character is, for messages and fixes. */
interface Kind {
  name: string
  /** The group the message belongs to, recorded in `data.kind`. */
  kind: 'zero-width' | 'bom' | 'soft-hyphen' | 'bidi' | 'control' | 'odd-space' | 'ideographic-space' | 'line-separator'
}

const names: Record<number, Kind> = {
  0x00a0: {name: 'no-break space', kind: 'odd-space'},
  0x00ad: {name: 'soft hyphen', kind: 'soft-hyphen'},
  0x034f: {name: 'combining grapheme joiner', kind: 'zero-width'},
  0x061c: {name: 'Arabic letter mark', kind: 'bidi'},
  0x115f: {name: 'Hangul choseong filler', kind: 'zero-width'},
  0x1160: {name: 'Hangul jungseong filler', kind: 'zero-width'},
  0x180e: {name: 'Mongolian vowel separator', kind: 'zero-width'},
  0x200b: {name: 'zero-width space', kind: 'zero-width'},
  0x200c: {name: 'zero-width non-joiner', kind: 'zero-width'},
  0x200d: {name: 'zero-width joiner', kind: 'zero-width'},
  0x200e: {name: 'left-to-right mark', kind: 'bidi'},
  0x200f: {name: 'right-to-left mark', kind: 'bidi'},
  0x2028: {name: 'line separator', kind: 'line-separator'},
  0x2029: {name: 'paragraph separator', kind: 'line-separator'},
  0x202a: {name: 'left-to-right embedding', kind: 'bidi'},
  0x202b: {name: 'right-to-left embedding', kind: 'bidi'},
  0x202c: {name: 'pop directional formatting', kind: 'bidi'},
  0x202d: {name: 'left-to-right override', kind: 'bidi'},
  0x202e: {name: 'right-to-left override', kind: 'bidi'},
  0x202f: {name: 'narrow no-break space', kind: 'odd-space'},
  0x205f: {name: 'medium mathematical space', kind: 'odd-space'},
  0x2060: {name: 'word joiner', kind: 'zero-width'},
  0x2061: {name: 'function application', kind: 'zero-width'},
  0x2062: {name: 'invisible times', kind: 'zero-width'},
  0x2063: {name: 'invisible separator', kind: 'zero-width'},
  0x2064: {name: 'invisible plus', kind: 'zero-width'},
  0x2066: {name: 'left-to-right isolate', kind: 'bidi'},
  0x2067: {name: 'right-to-left isolate', kind: 'bidi'},
  0x2068: {name: 'first strong isolate', kind: 'bidi'},
  0x2069: {name: 'pop directional isolate', kind: 'bidi'},
  0x3000: {name: 'ideographic space', kind: 'ideographic-space'},
  0x3164: {name: 'Hangul filler', kind: 'zero-width'},
  0xfeff: {name: 'byte-order mark', kind: 'bom'},
  0xffa0: {name: 'half-width Hangul filler', kind: 'zero-width'}
}

function describe(code: number): Kind {
  const known = names[code]
  if (known) return known
  if (code >= 0x2000 && code <= 0x200a) return {name: 'typographic space', kind: 'odd-space'}
  return {name: 'control character', kind: 'control'}
}

// Candidates: every character above, odd spaces U+2000–200A, C0 controls
// other than tab/newline/carriage return, DEL and C1 controls.
const candidate =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u00AD\u034F\u061C\u115F\u1160\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u2069\u3000\u3164\uFEFF\uFFA0]+/g

const cjk = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2026\u201C\u201D\u2018\u2019]/u
const latinOrDigit = /[\p{L}\p{N}]/u
const emojiPart = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u
const joiningScript = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}]/u
const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u
const space = /^[\s\u3000\u00A0\u2000-\u200A\u202F\u205F]*$/

const rule = lintRule<Options>(
  {
    origin: 'jiaodui:no-invisible-character',
    family: 'script',
    description:
      'Zero-width characters, stray byte-order marks, soft hyphens, bidi controls, control characters and odd spaces inside the text',
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema
  },
  function (tree: Root, file, {options, report}) {
    const source = String(file.value)
    // The region is looked up only when an ideographic space in prose needs it.
    let traditional: boolean | undefined
    const check: TextCheck = {
      file,
      options,
      report,
      allow: allowedWords(file),
      traditionalStyle: () => (traditional ??= isTraditionalRegion(regionOf(file).region))
    }
    for (const paragraph of paragraphsOf(tree)) checkText(paragraphText(paragraph, source), check)
    // Whitespace between paragraphs (blank lines) can carry characters too.
    for (const child of tree.children) {
      if (child.type === 'WhiteSpaceNode') checkText(joinLeaves([child], source), check)
    }
  }
)

export default rule

/** What checking one text needs from the run: the file, options, reporter, allowed words and the region's style. */
interface TextCheck {
  file: Parameters<typeof placeOf>[0]
  options: Options
  report: Report
  allow: ReturnType<typeof allowedWords>
  /** Whether the region's house style is traditional (Hong Kong, Taiwan); looked up on first call. */
  traditionalStyle: () => boolean
}

/** Where a group of candidate characters stands in its text. */
interface GroupContext {
  previous: string
  next: string
  atLineStart: boolean
  atLineEnd: boolean
  hasRightToLeft: boolean
  count: number
  headline: boolean
}

/** What to report about a group. */
interface Finding {
  reason: string
  expected: string[]
  note: string
}

/** Report the invisible characters of one paragraph (or inter-paragraph white space). */
function checkText(joined: JoinedText, check: TextCheck): void {
  const {text} = joined
  candidate.lastIndex = 0
  if (!candidate.test(text)) return
  candidate.lastIndex = 0
  const hasRightToLeft = rightToLeft.test(text)
  const firstVisible = text.search(/[^\s\u3000\u00A0\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u2069\uFEFF]/)
  const mask = allowedMask(text, check.allow)
  for (const group of mergeGroups(text, findGroups(text))) {
    if (mask && mask[group.at] === 1) continue
    const finding = judge(group.text, group.code, {
      previous: previousChar(text, group.at),
      next: nextChar(text, group.at + group.length),
      atLineStart: firstVisible === -1 || group.at < firstVisible,
      atLineEnd: lineEndsAfter(text, group.at + group.length),
      hasRightToLeft,
      count: group.count,
      headline: isHeadline(text, group.at)
    }, check)
    if (!finding) continue
    const place = locate(joined, group.at, group.length)
    if (!place) continue
    check.report(finding.reason, {
      place: placeOf(check.file, place.start, place.end),
      expected: place.exact ? finding.expected : undefined,
      note: finding.note,
      data: {kind: describe(group.code).kind, codePoint: codePoint(group.code), count: group.count}
    })
  }
}

/** Decide what (if anything) to report about a group of the character `code`, written `text`. */
function judge(text: string, code: number, context: GroupContext, check: TextCheck): Finding | undefined {
  const {name, kind} = describe(code)
  const label = `${name} (${codePoint(code)}${context.count > 1 ? ` ×${context.count}` : ''})`
  const remove = {reason: `Unexpected ${label}, expected nothing`, expected: ['']}
  switch (kind) {
    case 'zero-width': {
      // Inside an emoji sequence (👩🏽‍💻: woman, skin tone, ZWJ, laptop).
      if (code === 0x200d && emojiPart.test(context.previous) && emojiPart.test(context.next)) return undefined
      if ((code === 0x200c || code === 0x200d) && (joiningScript.test(context.previous) || joiningScript.test(context.next))) return undefined
      return {...remove, note: 'Zero-width characters are invisible in print and break search, word counts and line breaking; Chinese text needs none.'}
    }
    case 'bom':
      return {...remove, note: 'A byte-order mark belongs only at the very start of a file, where jiaodui keeps it; inside the text it is a zero-width character left by pasting or concatenating files.'}
    case 'soft-hyphen':
      return {...remove, note: 'Soft hyphens are invisible hyphenation hints from web pages; Chinese text is not hyphenated.'}
    case 'bidi':
      if (context.hasRightToLeft) return undefined
      return {...remove, note: 'Bidirectional controls change how text is displayed without being visible (see Unicode Technical Standard #9 and CVE-2021-42574, "Trojan Source"); they have no use in a text without right-to-left script.'}
    case 'control':
      return {...remove, note: 'Control characters have no place in an article; they come from broken conversions.'}
    case 'line-separator':
      return {reason: `Unexpected ${label}, expected a line break`, expected: ['\n'], note: 'U+2028 and U+2029 break lines in some programs and not in others; use a plain line break.'}
    case 'odd-space':
      return check.options.oddSpace ? judgeOddSpace(text, code, label, context) : undefined
    case 'ideographic-space':
      return check.options.ideographicSpace ? judgeIdeographicSpace(label, context, check) : undefined
  }
}

/** A no-break or typographic space: removed at a line's edge or beside a space, else a plain space. */
function judgeOddSpace(text: string, code: number, label: string, context: GroupContext): Finding {
  if (context.count > 1 && text.length > context.count) {
    // Several runs on one line: one message, each replaced by a space.
    const spaced = text.replaceAll(String.fromCharCode(code), ' ')
    return {reason: `Unexpected ${label} on one line, expected spaces`, expected: [spaced], note: 'No-break and typographic spaces come from web layout (`&nbsp;`); a plain space keeps the separation.'}
  }
  // Next to an ordinary space it only doubles the space.
  if (context.atLineStart || context.atLineEnd || context.previous === ' ' || context.next === ' ') {
    return {reason: `Unexpected ${label}, expected nothing`, expected: [''], note: 'No-break and typographic spaces at the start or end of a line, or next to an ordinary space, are leftovers of web layout (`&nbsp;`).'}
  }
  return {reason: `Unexpected ${label}, expected a space`, expected: [' '], note: 'No-break and typographic spaces come from web layout (`&nbsp;`); inside a line, a plain space keeps the separation.'}
}

/** An ideographic space inside a line: house style in some places, else a lost break, a space or a comma. */
function judgeIdeographicSpace(label: string, context: GroupContext, check: TextCheck): Finding | undefined {
  if (context.atLineStart || context.atLineEnd) return undefined
  // One ideographic space between clauses of a headline or subhead is
  // Hong Kong and Taiwan house style; two or more inside a line are a
  // lost paragraph break.
  if (context.count === 1) {
    // A headline or subhead: one ideographic space between its clauses, in every region.
    if (context.headline) return undefined
    // Around the bars of a menu or footer (`关于我们　|　联系我们`): layout.
    if (menuBar.test(context.previous) || menuBar.test(context.next)) return undefined
    // Hong Kong and Taiwan prose: between two clauses (hanzi or Chinese marks on both sides).
    if (cjk.test(context.previous) && cjk.test(context.next) && check.traditionalStyle()) return undefined
  }
  if (context.count > 1) {
    return {reason: `Unexpected ${label} inside a line, expected a line break`, expected: [], note: 'A run of ideographic spaces inside a line is a paragraph indent whose line break was lost when the text was copied or scraped.'}
  }
  if (latinOrDigit.test(context.previous) && !cjk.test(context.previous) || latinOrDigit.test(context.next) && !cjk.test(context.next)) {
    return {reason: `Unexpected ${label} next to Latin text, expected a space`, expected: [' '], note: 'The ideographic space is as wide as a hanzi; next to Latin letters or digits use a normal space.'}
  }
  return {reason: `Unexpected ${label} inside a line`, expected: [], note: 'Inside a sentence an ideographic space usually stands for missing punctuation (a comma) or is a leftover of layout; the right fix depends on the sentence.'}
}


function codePoint(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
}

interface Group {
  /** The characters reported (from the first to the last of the merged run). */
  text: string
  code: number
  /** UTF-16 offset in the paragraph text and length. */
  at: number
  length: number
  /** How many candidate characters the group holds. */
  count: number
}

/** Every run of one repeated candidate character in a paragraph text. */
function findGroups(text: string): Group[] {
  const found: Group[] = []
  for (const match of text.matchAll(candidate)) {
    for (const group of groups(match[0])) {
      found.push({text: group.text, code: group.code, at: match.index + group.offset, length: group.text.length, count: group.text.length})
    }
  }
  return found
}

/**
 * Merge the odd spaces of one kind on one line into one message (a menu or a
 * footer laid out with `&nbsp;` is one defect, not one per character).
 */
function mergeGroups(text: string, found: Group[]): Group[] {
  const merged: Group[] = []
  for (const group of found) {
    const last = merged.at(-1)
    if (last && last.code === group.code && describe(group.code).kind === 'odd-space' && !text.slice(last.at + last.length, group.at).includes('\n')) {
      last.length = group.at + group.length - last.at
      last.text = text.slice(last.at, last.at + last.length)
      last.count += group.count
      continue
    }
    merged.push({...group})
  }
  return merged
}

// A line this short (in UTF-16 units) without a full stop is a headline, a
// subhead or a menu, where one ideographic space separates clauses or items.
const headlineLength = 60
const menuBar = /^[|｜·•／\/]$/u

/** Whether the line of `text` around `index` reads as a headline: short, and no sentence ends in it. */
export function isHeadline(text: string, index: number): boolean {
  // Line ends are looked for only as far as a headline reaches: searching the
  // whole line from every character of a long line was quadratic.
  const from = Math.max(0, index - headlineLength - 1)
  const before = text.slice(from, index + 1).lastIndexOf('\n')
  if (before === -1 && from > 0) return false
  const after = text.slice(index, index + headlineLength + 2)
  const newline = after.indexOf('\n')
  if (newline === -1 && index + after.length < text.length) return false
  const line = text.slice(before === -1 ? 0 : from + before + 1, newline === -1 ? text.length : index + newline)
  return line.length <= headlineLength && !/[。！？]/.test(line)
}

function previousChar(text: string, index: number): string {
  if (index === 0) return ''
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index)
  return text[index - 1]!
}

function nextChar(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** Whether only spaces follow `index` up to the end of the text or of its line. */
function lineEndsAfter(text: string, index: number): boolean {
  const rest = /^[\s\u3000\u00A0\u2000-\u200A\u202F\u205F]*/.exec(text.slice(index, index + 200))![0]
  return index + rest.length >= text.length || rest.includes('\n')
}

/** Split a run of candidate characters into groups of one repeated character. */
function groups(run: string): Array<{text: string; code: number; offset: number}> {
  const result: Array<{text: string; code: number; offset: number}> = []
  let offset = 0
  while (offset < run.length) {
    const code = run.charCodeAt(offset)
    let end = offset + 1
    while (end < run.length && run.charCodeAt(end) === code) end++
    result.push({text: run.slice(offset, end), code, offset})
    offset = end
  }
  return result
}

