import type {Kind} from './kinds.js'
import {containsAny, containsEach, includesAny, startsWithAny} from './required-characters.js'
import type {Pattern} from './patterns.js'
import {repeatsHead, splitPageTitle} from './page-title.js'
import {codePointCounter, endsLikeSentence, endsWithPunctuation, hasClause, normalise, punctuationCount, visibleLength, wordCount} from './text.js'

/** Where a line sits in the document, as the classifier sees it. */
export type Zone = 'header' | 'title' | 'body' | 'trail' | 'footer' | 'none'

/** Evidence that a line is boilerplate. */
export interface Evidence {
  kind: Kind
  strength: 'strong' | 'weak'
  /** Pattern id, or `structure:<what>` for structural evidence. */
  id: string
  inline: boolean
  startsBlock: boolean
}

/** The classifier's judgement of one line. */
export interface Verdict {
  boilerplate: boolean
  kind?: Kind
  /** Pattern id or `structure:<what>` that decided, when one did. */
  id?: string
  zone: Zone
  blank: boolean
}

/** The classifier's view of a whole text. */
export interface Analysis {
  verdicts: Verdict[]
  /** First and last line (0-based) of the body, when a body was found. */
  body?: [number, number]
  /** Index of the title line, when one was found. */
  title?: number
  /**
   * The first line when it is the only title but ends with the site name
   * (`標題｜蘋果日報`): the offset where the site part starts, for a span finding.
   */
  pageTitleSuffix?: {line: number; start: number}
}

/** Classifier settings. */
export interface ClassifyOptions {
  /** Use document structure (body, header, footer, lists); `false` = patterns only. */
  structure: boolean
}

/** Per-line facts. */
interface Line {
  text: string
  length: number
  /** Letters and hanzi. */
  words: number
  blank: boolean
  punctuation: number
  evidence?: Evidence
  score: number
  /** A table row: content whatever it holds. */
  table?: boolean
  /** A heading of the article itself (导语, 记者手记, the title on the first line). */
  heading?: boolean
}

/** Score of a line for the body search (max-sum segment); see the README. */
export const scores = {
  blockHeading: -1000,
  strong: -6,
  inline: -1,
  structure: -3,
  weak: -1.5,
  proseUnit: 15,
  proseCap: 300,
  shortProse: 1,
  fragment: 0.3,
  longUnpunctuated: 0.8,
  mediumUnpunctuated: 0.2,
  tiny: -1,
  headline: -0.5,
  /** A body must score at least this much. */
  minBody: 2
}

const listMarker = /^(?:【[^】]{1,8}】|\[[^\]]{1,8}\]|\d{1,2}(?:[、.．]|\s)|[·•▪●◆■▶►]\s?)/u
const inheritable = new Set<Kind>([
  'related-links',
  'recommendation',
  'name-cloud',
  'comment-widget',
  'share-promo',
  'navigation',
  'keywords',
  'slogan'
])

/** Test one normalised line against the patterns: the first strong match, else the first weak one. */
export function matchLine(text: string, length: number, patterns: readonly Pattern[]): Pattern | undefined {
  const sentence = endsLikeSentence(text)
  const clause = hasClause(text)
  let weak: Pattern | undefined
  for (const pattern of patterns) {
    if (pattern.position !== 'line' || length > pattern.maxLength) continue
    if (sentence && !pattern.allowSentence) continue
    if (clause && !pattern.allowClause) continue
    if (weak && pattern.strength === 'weak') continue
    if (pattern.starts !== undefined && !startsWithAny(text, pattern.starts)) continue
    if (pattern.requires !== undefined && !containsAny(text, pattern.requires)) continue
    if (pattern.requiresAlso !== undefined && !containsEach(text, pattern.requiresAlso)) continue
    if (pattern.literals !== undefined && !includesAny(text, pattern.literals)) continue
    if (pattern.regex.test(text)) {
      if (pattern.strength === 'strong') return pattern
      weak = pattern
    }
  }
  return weak
}

/** Split a line into list items (space, 、, |, ／ separated); undefined when it is not a list. */
function tokens(text: string): string[] | undefined {
  if (text.length > 120 || /[，。！？；：:,;!?]/.test(text)) return undefined
  const items = text.split(/\s*[\s、|｜/／]\s*/u).filter(Boolean)
  return items
}

/** Whether a line is a list of short items: a menu or a cloud of names or keywords. */
function isTokenList(text: string): boolean {
  const items = tokens(text)
  if (!items || items.length < 4) return false
  return items.every((item) => visibleLength(item) <= 6)
}

/** Whether a line is the same text twice (`今日评论今日评论`, `A A`). */
function isDoubled(text: string): boolean {
  const compact = text.replace(/ /g, '')
  // Halves compared as strings first (a line doubled by code points is doubled
  // by code units); code points counted only then: a long line is not copied
  // into an array of characters.
  if (compact.length % 2 !== 0) return false
  const half = compact.slice(0, compact.length / 2)
  return half === compact.slice(compact.length / 2) && visibleLength(half) >= 4
}

/**
 * Whether line `b` continues line `a` as in a list where each title appears
 * twice (`A B` then `B C`): `b` starts with a space-separated tail of `a`.
 */
function chains(a: string, b: string): boolean {
  if (a.length > 200 || b.length > 200 || a.length === 0) return false
  if (b.startsWith(a + ' ')) return true
  let index = a.indexOf(' ')
  while (index !== -1) {
    const tail = a.slice(index + 1)
    if (tail.length >= 2 && (b === tail || b.startsWith(tail + ' '))) return true
    index = a.indexOf(' ', index + 1)
  }
  return false
}

function scoreOf(line: Line): number {
  if (line.blank) return 0
  if (line.table) return scores.shortProse
  const evidence = line.evidence
  if (evidence) {
    if (evidence.startsBlock) return scores.blockHeading
    if (evidence.strength === 'weak') return scores.weak
    if (evidence.inline) return scores.inline
    return evidence.id.startsWith('structure:') ? scores.structure : scores.strong
  }
  const {length, punctuation, text} = line
  if (punctuation >= 1 && length >= 40) return Math.min(length, scores.proseCap) / scores.proseUnit
  if (punctuation >= 1 && length >= 20) return scores.shortProse
  if (endsWithPunctuation(text)) return scores.fragment
  if (length >= 30) return scores.longUnpunctuated
  if (length >= 20) return scores.mediumUnpunctuated
  if (length <= 4) return scores.tiny
  return scores.headline
}

/**
 * Classify every line (or block) of a text as content or boilerplate. Pure:
 * the same input gives the same verdicts. Linear in the number of lines.
 */
export function classify(texts: readonly string[], patterns: readonly Pattern[], options: ClassifyOptions): Analysis {
  const {lines, head, suffix} = describeLines(texts, patterns)
  const verdicts: Verdict[] = lines.map((line) => ({boilerplate: false, zone: 'none', blank: line.blank}))
  const flag = flagger(verdicts)
  if (!options.structure) return patternsOnly(lines, verdicts, flag, suffix)

  addStructure(lines)
  for (const line of lines) line.score = scoreOf(line)
  const body = maxSegment(lines)
  if (!body) {
    // No body stands out (a short text): the lines above the first sentence are
    // its header all the same, where weak evidence (a bare date) counts too.
    const firstProse = lines.findIndex((line) => !line.blank && isProse(line) && line.heading !== true)
    const analysis = patternsOnly(lines, verdicts, flag, suffix, firstProse === -1 ? 0 : firstProse)
    // Nor a page of headlines between page furniture at both ends (a portal's home page).
    const furniture = lines.filter((line) => line.evidence?.strength === 'strong' && !line.evidence.inline).length >= 2
    const listing = furniture ? listingOf(lines, 0, lines.length - 1) : undefined
    return listing ? flagListing(lines, verdicts, flag, listing) : analysis
  }
  const found = body[0]
  const end = body[1]
  const start = extendBodyUp(lines, found)
  const {title, titleBlock} = findTitleBlock(lines, start, found, head)
  markFirstLineCopy(lines, title, titleBlock)
  flagHeader(lines, verdicts, flag, start, titleBlock)
  flagTitleRepeat(lines, verdicts, flag, title, titleBlock, start)
  // Body: only strong evidence is boilerplate.
  for (let index = start; index <= end; index++) {
    const line = lines[index]!
    verdicts[index]!.zone = 'body'
    if (line.evidence?.strength === 'strong') flag(index, line.evidence, line.evidence.kind, 'body')
  }
  flagTrailAndFooter(lines, verdicts, flag, end, findFooterStart(lines, end))
  const furniture = lines.slice(0, start).some((line) => line.evidence?.strength === 'strong' && !line.evidence.inline)
  const listing = listingOf(lines, start, end, furniture)
  if (listing) return flagListing(lines, verdicts, flag, listing)

  const analysis: Analysis = {verdicts, body: [start, end]}
  if (title !== undefined) analysis.title = title
  if (suffix && !verdicts[suffix.line]!.boilerplate) analysis.pageTitleSuffix = suffix
  return analysis
}

type Flag = (index: number, evidence: Evidence | undefined, fallback: Kind, zone: Zone, id?: string) => void

/** A function that marks a line boilerplate, with the evidence or the structural reason that decided. */
function flagger(verdicts: Verdict[]): Flag {
  return (index, evidence, fallback, zone, id) => {
    const verdict = verdicts[index]!
    verdict.boilerplate = true
    verdict.kind = evidence?.kind ?? fallback
    const decidedBy = evidence?.id ?? id
    if (decidedBy !== undefined) verdict.id = decidedBy
    verdict.zone = zone
  }
}

// Headings that open a part of the article itself: never page furniture, even
// short and above the body (`记者手记` is a reporter's notes, not a byline).
const contentHeading =
  /^(?:[导導]语|[导導]言|[编編]者按|前言|引言|序言|[记記]者(?:手[记記]|[观觀]察|[调調]查|探[访訪]|再[访訪]|[札劄][记記]|[笔筆][记記])|[对對][话話]实[录錄]|[对對][话話]實錄|[专專][访訪]|背景[资資]料|[链鏈]接|延伸[阅閱][读讀]資料)[:：]?$/u

/** A row of a table (`| 1985年3月12日 | 加入警隊 |`) or its separator: content, whatever it holds. */
export function isTableRow(text: string): boolean {
  if (!text.includes('|')) return false
  const bars = text.split('|').length - 1
  return (/^\|/.test(text) || /\|$/.test(text)) && bars >= 2
}

/** Per-line facts, the pattern evidence of every line and what the first line says about the title. */
function describeLines(texts: readonly string[], patterns: readonly Pattern[]): {lines: Line[]; head?: string; suffix?: {line: number; start: number}} {
  const normalised = texts.map((raw) => normalise(raw))
  const firstLine = normalised.findIndex((text) => text !== '')
  const lines = texts.map((raw, index) => {
    const text = normalised[index]!
    const length = visibleLength(text)
    const line: Line = {text, length, words: wordCount(text), blank: length === 0, punctuation: punctuationCount(text), score: 0}
    if (line.blank) return line
    if (isTableRow(raw.trim())) line.table = true
    else if (contentHeading.test(text)) line.heading = true
    else {
      const pattern = matchLine(text, length, patterns)
      if (pattern) line.evidence = {kind: pattern.kind, strength: pattern.strength, id: pattern.id, inline: pattern.inline, startsBlock: pattern.startsBlock}
    }
    return line
  })
  markBrokenTableRows(lines, texts)
  markFieldTables(lines)
  if (firstLine === -1) return {lines}
  const first = lines[firstLine]!
  const split = first.evidence || first.table ? undefined : splitPageTitle(texts[firstLine]!)
  if (split && repeatsHead(split.head, normalised, firstLine)) {
    // The title of the web page, repeated by the headline below it.
    first.evidence = {kind: 'page-title', strength: 'strong', id: 'structure:page-title', inline: false, startsBlock: false}
    return {lines, head: split.head}
  }
  if (split) {
    first.heading = true
    return {lines, head: split.head, suffix: {line: firstLine, start: split.suffixStart}}
  }
  // The first line of a stored article is its title.
  if (!first.evidence && !first.table && looksLikeHeadline(first)) first.heading = true
  // A first line too short for a headline (a site name) names no title.
  return looksLikeHeadline(first) ? {lines, head: first.text} : {lines}
}

/**
 * A row of a table broken over two lines by a line break inside a cell
 * (`| 公司名稱` then `English name | 1.08億元 |`): the half with one bar at
 * its edge, next to a table row, is part of the table too.
 */
function markBrokenTableRows(lines: Line[], texts: readonly string[]): void {
  lines.forEach((line, index) => {
    if (line.blank || line.table) return
    const raw = texts[index]!.trim()
    if (!/^\||\|$/.test(raw)) return
    const previous = lines[index - 1]
    const next = lines[index + 1]
    if (previous?.table || next?.table) {
      line.table = true
      delete line.evidence
    }
  })
}

// A field of a figures table: a short label, a colon, a value with a figure (`總額：810,569元`).
const figureField = /^[\p{Script=Han}A-Za-z]{2,8}[：:]\s?\S.{0,28}$/u

/**
 * Runs of at least four `label：figure` lines, most of them without any
 * pattern evidence (`總額：…`, `筆數：…`, `結案日期：…`), are a table of the
 * article (a fund's closing report, a fact box): content, even where one
 * field reads like a dateline. Page metadata blocks (`来源：`, `作者：`,
 * `发布时间：`) match patterns line by line and stay boilerplate.
 */
function markFieldTables(lines: Line[]): void {
  let run: Line[] = []
  const close = () => {
    const plain = run.filter((line) => !line.evidence).length
    if (run.length >= 4 && plain >= 3 && plain * 2 > run.length) {
      for (const line of run) {
        line.table = true
        delete line.evidence
      }
    }
    run = []
  }
  for (const line of lines) {
    if (!line.blank && figureField.test(line.text) && /\d/.test(line.text.slice(line.text.search(/[：:]/)))) run.push(line)
    else close()
  }
  close()
}

/** A headline: several hanzi, not a menu, and either short or with punctuation of its own. */
function looksLikeHeadline(line: Line): boolean {
  if (hanziCount(line.text) < 6 || isTokenList(line.text)) return false
  return line.length <= 48 || (line.length <= 80 && /[，：:「」“”！？]/u.test(line.text))
}

const hanziCount = codePointCounter(/\p{Script=Han}/u)

/** Without structure (or without a body): strong pattern evidence, and any evidence above `headerEnd`. */
function patternsOnly(lines: readonly Line[], verdicts: Verdict[], flag: Flag, suffix?: {line: number; start: number}, headerEnd = 0): Analysis {
  lines.forEach((line, index) => {
    if (line.evidence?.strength === 'strong') flag(index, line.evidence, line.evidence.kind, 'none')
    else if (line.evidence && index < headerEnd) flag(index, line.evidence, line.evidence.kind, 'header')
  })
  return suffix ? {verdicts, pageTitleSuffix: suffix} : {verdicts}
}

/** A line that reads as article text: a sentence of some length, a table row or a heading of the article. */
function isProse(line: Line): boolean {
  if (line.table === true || line.heading === true) return true
  // Clause marks at a rate of prose: a ticker of glued headlines has one or two in 200 characters.
  return line.length >= 20 && line.punctuation >= Math.max(1, line.length / 60)
}

// Tiny: a few characters, or no words at all (`15867`, `09 / 07`).
function isTiny(line: Line): boolean {
  return !line.blank && !line.heading && (line.length <= 4 || line.words < 2)
}

/**
 * Lines between the page metadata (dateline, byline, share buttons) and the
 * body proper are its start: captions, subheadings, a lead. When no metadata
 * separates them, the title joins the body too: content either way.
 */
function extendBodyUp(lines: readonly Line[], found: number): number {
  let start = found
  for (let index = found - 1; index >= 0; index--) {
    const line = lines[index]!
    if (line.blank) continue
    // A caption (inline evidence) among the first paragraphs does not end the
    // body: it is reported inside it, and the paragraphs above it stay.
    if (line.evidence?.inline === true && line.evidence.strength === 'strong' && lines[index - 1] && isProse(lines[index - 1]!)) continue
    if (line.evidence !== undefined || isTiny(line)) break
    start = index
  }
  return start
}

const maxSubtitles = 5
const maxKickers = 3

/** The title (walking up from the body, past metadata lines) and the block of title lines above it. */
function findTitleBlock(
  lines: Line[],
  start: number,
  found: number,
  head: string | undefined
): {title: number | undefined; titleBlock: Set<number>} {
  // The headline that the page title (first line) names, when it is repeated above the body.
  let title = head === undefined ? undefined : repeatedHeadline(lines, start, head)
  // Or the body opens with it: below the page title (the lines above are all
  // page furniture), or as the first line when the next line repeats it.
  if (title === undefined && head !== undefined && namesHead(lines[start]!.text, head) && (start > firstNonBlank(lines) || repeatsNext(lines, start))) {
    title = start
  }
  for (let index = start - 1; title === undefined && index >= 0; index--) {
    const line = lines[index]!
    if (line.blank || line.evidence !== undefined || isTiny(line)) continue
    title = index
  }
  if (title === undefined && start < found) title = start
  const titleBlock = new Set<number>()
  if (title !== undefined && title < start) {
    titleBlock.add(title)
    const above: number[] = []
    for (let index = title - 1; index >= 0; index--) {
      const line = lines[index]!
      if (line.blank) continue
      if (line.evidence !== undefined || line.length < 5 || line.words < 2) break
      above.push(index)
    }
    // Subtitles right under the title, before any metadata line.
    const below: number[] = []
    for (let index = title + 1; index < start; index++) {
      const line = lines[index]!
      if (line.blank) continue
      if (line.evidence !== undefined || isTiny(line) || line.length > 60) break
      below.push(index)
    }
    // A headline has a subtitle or a few key points under it and a kicker or
    // two above it; a longer run of short lines without a sentence is a list
    // of the section's headlines or a ticker, and stays header.
    const isList = (run: number[], most: number) => run.length > most && run.every((index) => !isProse(lines[index]!))
    if (!isList(below, maxSubtitles)) for (const index of below) titleBlock.add(index)
    if (!isList(above, maxKickers)) for (const index of above) titleBlock.add(index)
  }
  // The same title twice in the title block (`标题` / `标题`): the upper copy goes.
  const seenTitles = new Set<string>()
  for (const index of [...titleBlock].sort((a, b) => b - a)) {
    const text = lines[index]!.text
    if (seenTitles.has(text)) {
      titleBlock.delete(index)
      lines[index]!.heading = false
      lines[index]!.evidence = {kind: 'duplicate-title', strength: 'strong', id: 'structure:duplicate-title', inline: false, startsBlock: false}
    } else seenTitles.add(text)
  }
  return {title, titleBlock}
}

/**
 * The first line of the page when it is a copy of the title found lower down
 * (the page's `<title>` without a site name): the upper copy goes.
 */
function markFirstLineCopy(lines: Line[], title: number | undefined, titleBlock: ReadonlySet<number>): void {
  const first = lines.findIndex((line) => !line.blank)
  if (title === undefined || first === -1 || first === title || titleBlock.has(first)) return
  const line = lines[first]!
  if (line.evidence || line.text !== lines[title]!.text) return
  line.heading = false
  line.evidence = {kind: 'duplicate-title', strength: 'strong', id: 'structure:duplicate-title', inline: false, startsBlock: false}
}

/** The last line above the body that repeats the page title's headline (not the first line itself). */
function repeatedHeadline(lines: readonly Line[], start: number, head: string): number | undefined {
  const first = lines.findIndex((line) => !line.blank)
  for (let index = start - 1; index > first; index--) {
    const text = lines[index]!.text
    if (lines[index]!.blank || lines[index]!.evidence) continue
    if (namesHead(text, head)) return index
  }
  return undefined
}

function firstNonBlank(lines: readonly Line[]): number {
  return lines.findIndex((line) => !line.blank)
}

/** Whether the next non-blank line after `index` has the same text. */
function repeatsNext(lines: readonly Line[], index: number): boolean {
  const next = nonBlank(lines, index + 1, 1, 1)[0]
  return next !== undefined && lines[next]!.text === lines[index]!.text
}

/** Whether a line is the headline a page title names: the same text, or (8 characters or more) one starting the other. */
function namesHead(text: string, head: string): boolean {
  return text === head || (visibleLength(head) >= 8 && (text.startsWith(head) || (visibleLength(text) >= 8 && head.startsWith(text))))
}

/**
 * Header (above the body): lines with pattern evidence go, and, once the header
 * shows it is page furniture (one strong line or two of any evidence), so do
 * the short lines without evidence (menus). Sentences, table rows, headings of
 * the article and the title block stay, whatever else the header holds.
 */
function flagHeader(lines: readonly Line[], verdicts: Verdict[], flag: Flag, start: number, titleBlock: ReadonlySet<number>): void {
  let strongInHeader = 0
  let evidenceInHeader = 0
  for (let index = 0; index < start; index++) {
    const evidence = lines[index]!.evidence
    if (!evidence) continue
    evidenceInHeader++
    if (evidence.strength === 'strong' && !evidence.inline) strongInHeader++
  }
  const headerSignal = strongInHeader >= 1 || evidenceInHeader >= 2
  let previousKind: Kind | undefined
  for (let index = 0; index < start; index++) {
    const line = lines[index]!
    if (line.blank) continue
    if (titleBlock.has(index)) {
      verdicts[index]!.zone = 'title'
      previousKind = undefined
      continue
    }
    const evidence = line.evidence
    if (evidence || (headerSignal && !isProse(line))) {
      const kind = evidence?.kind ?? (previousKind && inheritable.has(previousKind) ? previousKind : 'navigation')
      flag(index, evidence, kind, 'header', evidence ? undefined : 'structure:header')
      previousKind = kind
    } else {
      verdicts[index]!.zone = 'header'
    }
  }
}

/** The title repeated right after itself is a scraping artefact: the lower copy goes. */
function flagTitleRepeat(
  lines: readonly Line[],
  verdicts: Verdict[],
  flag: Flag,
  title: number | undefined,
  titleBlock: ReadonlySet<number>,
  start: number
): void {
  if (title === undefined) return
  let next: number | undefined
  for (let index = title + 1; index < lines.length; index++) {
    if (!lines[index]!.blank && !titleBlock.has(index)) {
      next = index
      break
    }
  }
  if (next !== undefined && lines[next]!.text === lines[title]!.text && !verdicts[next]!.boilerplate) {
    flag(next, undefined, 'duplicate-title', next < start ? 'header' : 'body', 'structure:duplicate-title')
  }
}

/**
 * Where the page footer starts: the first line after the body that cannot
 * belong to the article, pulled up over the widgets and short tags right
 * before it.
 */
function findFooterStart(lines: readonly Line[], end: number): number {
  const trigger = findTrigger(lines, end + 1)
  if (trigger === undefined) return lines.length
  let footer = trigger
  let run = trigger
  let count = 0
  let allWeak = true
  for (let index = trigger - 1; index > end; index--) {
    const line = lines[index]!
    if (line.blank) {
      run = index
      continue
    }
    const weak = line.evidence?.strength === 'weak'
    const shortTag = !line.evidence && !isProse(line) && line.length <= 8 && !endsLikeSentence(line.text)
    if (!weak && !shortTag) break
    if (!weak) allWeak = false
    run = index
    count++
  }
  if (count >= 3 || allWeak) return run
  for (let index = trigger - 1; index > end; index--) {
    const line = lines[index]!
    if (line.blank) continue
    if (line.evidence?.strength !== 'weak') break
    footer = index
  }
  return footer
}

/** After the body: strong evidence in the trail; everything from the footer start on. */
function flagTrailAndFooter(lines: readonly Line[], verdicts: Verdict[], flag: Flag, end: number, footer: number): void {
  let previousKind: Kind | undefined
  for (let index = end + 1; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank) continue
    const evidence = line.evidence
    if (index < footer) {
      verdicts[index]!.zone = 'trail'
      if (evidence?.strength === 'strong') flag(index, evidence, evidence.kind, 'trail')
      continue
    }
    let kind: Kind
    if (evidence) kind = evidence.kind
    else if (previousKind && inheritable.has(previousKind)) kind = previousKind
    else kind = line.length >= 6 && line.length <= 40 ? 'recommendation' : 'other'
    flag(index, evidence, kind, 'footer', evidence ? undefined : 'structure:footer')
    previousKind = kind
  }
}

/**
 * Whether the page holds no article but a listing, and which: the lines from
 * `start` to `end` (the best body, or the whole page when none stands out)
 * are the results of a search page (a result count such as `找到约2,300条结果`
 * above or below them, with only menus in between), or, when the page has `furniture` (strong
 * evidence such as menus and footers), a portal's headline lists: at least
 * eight headlines and not one full stop `。` among the lines, for an article
 * says something in sentences and a list of headlines never ends one.
 */
function listingOf(lines: readonly Line[], start: number, end: number, furniture = true): 'search-results' | 'listing' | undefined {
  if (countNextTo(lines, start - 1, -1) || countNextTo(lines, end + 1, 1)) return 'search-results'
  if (!furniture) return undefined
  // An article's own metadata (a dateline, a byline, an editor) says the page holds an article.
  if (lines.some(isArticleMetadata)) return undefined
  let headlines = 0
  let long = 0
  let enumerated = 0
  for (let index = start; index <= end; index++) {
    const line = lines[index]!
    if (line.blank || line.evidence) continue
    if (line.table || line.heading || sentenceMark.test(line.text)) return undefined
    if (enumeration.test(line.text)) enumerated++
    if (line.length >= 8) long++
    if (isHanziHeadline(line)) headlines++
  }
  // Numbered items (`一、`, `1.`, `（三）`) are a list the article makes (a year's ten top stories, a list of winners).
  if (enumerated >= 3) return undefined
  // Most of the longer lines are Chinese headlines (not code, not English).
  return headlines >= listingMinLines && headlines >= long * 0.6 ? 'listing' : undefined
}

const searchCountId = 'navigation-search-count'
const articleKinds = new Set<Kind>(['dateline', 'byline', 'editor-credit', 'print-edition'])

/** A line of an article's own metadata: a dateline with a date in figures (not a weather box's `今天`), a byline, an editor credit. */
function isArticleMetadata(line: Line): boolean {
  const evidence = line.evidence
  if (!evidence || !articleKinds.has(evidence.kind) || evidence.inline) return false
  return evidence.kind !== 'dateline' || /\d/.test(line.text)
}
const enumeration = /^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.）)](?!\d)|[①-⑳])/u
// A full stop: `。`, `．`, `.` after a hanzi (text typed with Latin punctuation) or ending an English sentence.
const sentenceMark = /[。．]|(?<=\p{Script=Han})\.(?!\d)|(?<=[a-z)"'”])\.(?=\s|$)/u
const listingMinLines = 8

/**
 * A headline of a listing: eight characters or more (shorter lines may be the
 * lines of a poem), mostly hanzi (code and English are no Chinese headlines).
 */
function isHanziHeadline(line: Line): boolean {
  if (line.length < 8) return false
  const hanzi = hanziCount(line.text)
  return hanzi >= 6 && hanzi * 2 >= line.length
}

/**
 * Whether a search result count lies next to the listing: within ten
 * non-blank lines from `from` walking by `step`, with only page furniture (no
 * line of prose) between them, such as sort and filter menus.
 */
function countNextTo(lines: readonly Line[], from: number, step: 1 | -1): boolean {
  for (const index of nonBlank(lines, from, step, 10)) {
    const line = lines[index]!
    if (line.evidence?.id === searchCountId) return true
    if (isProse(line)) return false
  }
  return false
}

/** Up to `count` indexes of non-blank lines from `from`, walking by `step`. */
function nonBlank(lines: readonly Line[], from: number, step: 1 | -1, count: number): number[] {
  const found: number[] = []
  for (let index = from; index >= 0 && index < lines.length && found.length < count; index += step) {
    if (!lines[index]!.blank) found.push(index)
  }
  return found
}

/** A page without an article: every line is page furniture, the listing lines as related links. */
function flagListing(lines: readonly Line[], verdicts: Verdict[], flag: Flag, listing: 'search-results' | 'listing'): Analysis {
  lines.forEach((line, index) => {
    if (line.blank || verdicts[index]!.boilerplate) return
    flag(index, line.evidence, 'related-links', verdicts[index]!.zone, `structure:${listing}`)
  })
  return {verdicts}
}

/** Structural evidence: chained title lists, menus and name clouds, doubled lines. */
function addStructure(lines: Line[]): void {
  // Chains: `A B` / `B C` / `C D` … (every title shown twice).
  let runStart = -1
  let previous = -1
  const closeRun = (last: number) => {
    if (runStart === -1) return
    const members: number[] = []
    for (let index = runStart; index <= last; index++) if (!lines[index]!.blank) members.push(index)
    if (members.length >= 3) {
      const items = members.flatMap((index) => lines[index]!.text.split(' '))
      const average = items.reduce((sum, item) => sum + visibleLength(item), 0) / Math.max(items.length, 1)
      const kind: Kind = average <= 5 ? 'name-cloud' : 'related-links'
      for (const index of members) {
        const line = lines[index]!
        if (line.evidence?.strength === 'strong') continue
        line.evidence = {kind, strength: 'strong', id: `structure:${kind}`, inline: false, startsBlock: false}
      }
    }
    runStart = -1
  }
  lines.forEach((line, index) => {
    if (line.blank || line.table) return
    if (previous !== -1 && chains(lines[previous]!.text, line.text)) {
      if (runStart === -1) runStart = previous
    } else {
      closeRun(previous)
    }
    previous = index
  })
  closeRun(previous)

  for (const line of lines) {
    if (line.blank || line.evidence || line.table || line.heading) continue
    if (isTokenList(line.text)) {
      line.evidence = {kind: 'navigation', strength: 'weak', id: 'structure:list', inline: false, startsBlock: false}
    } else if (isDoubled(line.text)) {
      line.evidence = {kind: 'duplicate-title', strength: 'weak', id: 'structure:doubled', inline: false, startsBlock: false}
    }
  }
}

/** The maximum-sum segment of line scores (Kadane), or undefined when no segment scores enough. */
function maxSegment(lines: readonly Line[]): [number, number] | undefined {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let segmentStart = 0
  lines.forEach((line, index) => {
    if (sum <= 0) {
      sum = 0
      segmentStart = index
    }
    sum += line.score
    if (sum > best) {
      best = sum
      bestStart = segmentStart
      bestEnd = index
    }
  })
  if (bestStart === -1 || best < scores.minBody) return undefined
  // Trim blank lines at the edges.
  while (bestStart < bestEnd && lines[bestStart]!.score <= 0) bestStart++
  return [bestStart, bestEnd]
}

/**
 * The first line after the body that starts the page footer: strong
 * (non-inline) evidence, a block heading, a list of headlines with a list
 * signature (markers such as `【…】`, `1、`, `·`, or timestamps and counters
 * between the items), or a run of widgets (at least four short lines, three of
 * them weak evidence such as `收藏`, `举报`, `1 条评论`).
 */
function findTrigger(lines: readonly Line[], from: number): number | undefined {
  // List of headlines.
  let runStart = -1
  let items = 0
  let marked = 0
  let meta = 0
  // Run of widgets.
  let widgetStart = -1
  let widgets = 0
  let weakWidgets = 0
  for (let index = from; index <= lines.length; index++) {
    const line = lines[index]
    if (line && line.blank) {
      if (runStart !== -1 && listQualifies(items, marked, meta)) return runStart
      continue
    }
    const evidence = line?.evidence
    if (line && evidence?.strength === 'strong' && !evidence.inline) {
      if (runStart !== -1 && listQualifies(items, marked, meta)) return runStart
      if (widgetStart !== -1 && widgetQualifies(widgets, weakWidgets)) return widgetStart
      return index
    }
    const weak = evidence?.strength === 'weak'
    const shortTag = line !== undefined && !evidence && !isProse(line) && line.length <= 8 && !endsLikeSentence(line.text)
    if (line && (weak || shortTag)) {
      if (widgetStart === -1) widgetStart = index
      widgets++
      if (weak) weakWidgets++
    } else {
      if (widgetStart !== -1 && widgetQualifies(widgets, weakWidgets)) return widgetStart
      widgetStart = -1
      widgets = weakWidgets = 0
    }
    const prose = line !== undefined && (line.table === true || line.heading === true || (line.punctuation >= 1 && line.length >= 40))
    if (!line || prose) {
      if (runStart !== -1 && listQualifies(items, marked, meta)) return runStart
      runStart = -1
      items = marked = meta = 0
      continue
    }
    if (runStart === -1) runStart = index
    if (weak && (evidence.kind === 'dateline' || evidence.kind === 'comment-widget' || evidence.kind === 'recommendation')) {
      meta++
    } else if (!evidence && !line.table && isHeadlineItem(line.text)) {
      items++
      if (listMarker.test(line.text)) marked++
    }
  }
  return undefined
}

/**
 * Whether a line can be an item of a list of headlines: 6 to 40 characters
 * once its marker (`1.`, `·`, `【…】`) is taken off. A numbered list of names
 * (`1. 陳家明`) is the article's own list.
 */
function isHeadlineItem(text: string): boolean {
  const length = visibleLength(text)
  if (length < 6 || length > 40) return false
  const bare = text.replace(listMarker, '')
  return visibleLength(bare) >= 6
}

function widgetQualifies(widgets: number, weak: number): boolean {
  return widgets >= 4 && weak >= 3
}

function listQualifies(items: number, marked: number, meta: number): boolean {
  return items >= 3 && (marked >= 2 || meta >= 2)
}
