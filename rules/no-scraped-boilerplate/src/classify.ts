import type {Kind} from './kinds.js'
import type {Pattern} from './patterns.js'
import {endsLikeSentence, endsWithPunctuation, hasClause, normalise, punctuationCount, visibleLength, wordCount} from './text.js'

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
    if (length > pattern.maxLength) continue
    if (sentence && !pattern.allowSentence) continue
    if (clause && !pattern.allowClause) continue
    if (weak && pattern.strength === 'weak') continue
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

/** Whether a line is the same text twice (`今日要论今日要论`, `A A`). */
function isDoubled(text: string): boolean {
  const compact = text.replace(/ /g, '')
  const chars = [...compact]
  if (chars.length < 8 || chars.length % 2 !== 0) return false
  const half = chars.length / 2
  return chars.slice(0, half).join('') === chars.slice(half).join('')
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
  const lines: Line[] = texts.map((raw) => {
    const text = normalise(raw)
    const length = visibleLength(text)
    const line: Line = {text, length, words: wordCount(text), blank: length === 0, punctuation: punctuationCount(text), score: 0}
    if (!line.blank) {
      const pattern = matchLine(text, length, patterns)
      if (pattern) {
        line.evidence = {
          kind: pattern.kind,
          strength: pattern.strength,
          id: pattern.id,
          inline: pattern.inline,
          startsBlock: pattern.startsBlock
        }
      }
    }
    return line
  })

  const verdicts: Verdict[] = lines.map((line) => ({boilerplate: false, zone: 'none', blank: line.blank}))
  const flag = (index: number, evidence: Evidence | undefined, fallback: Kind, zone: Zone, id?: string) => {
    const verdict = verdicts[index]!
    verdict.boilerplate = true
    verdict.kind = evidence?.kind ?? fallback
    const decidedBy = evidence?.id ?? id
    if (decidedBy !== undefined) verdict.id = decidedBy
    verdict.zone = zone
  }

  if (!options.structure) {
    lines.forEach((line, index) => {
      if (line.evidence?.strength === 'strong') flag(index, line.evidence, line.evidence.kind, 'none')
    })
    return {verdicts}
  }

  addStructure(lines)
  for (const line of lines) line.score = scoreOf(line)

  const nonBlank: number[] = []
  lines.forEach((line, index) => {
    if (!line.blank) nonBlank.push(index)
  })

  // The body: the segment of lines with the largest total score.
  const body = maxSegment(lines)
  if (!body) {
    lines.forEach((line, index) => {
      if (line.evidence?.strength === 'strong') flag(index, line.evidence, line.evidence.kind, 'none')
    })
    return {verdicts}
  }
  let [start, end] = body
  const isEvidence = (index: number) => lines[index]!.evidence !== undefined
  // Tiny: a few characters, or no words at all (`15867`, `09 / 07`).
  const isTiny = (index: number) => !lines[index]!.blank && (lines[index]!.length <= 4 || lines[index]!.words < 2)
  // Lines between the page metadata (dateline, byline, share buttons) and the
  // body proper are its start: captions, subheadings, a lead. When no metadata
  // separates them, the title joins the body too: content either way.
  const found = start
  for (let index = start - 1; index >= 0; index--) {
    if (lines[index]!.blank) continue
    if (isEvidence(index) || isTiny(index)) break
    start = index
  }

  // Header: find the title walking up from the body, past metadata lines.
  let title: number | undefined
  for (let index = start - 1; index >= 0; index--) {
    const line = lines[index]!
    if (line.blank || isEvidence(index) || isTiny(index)) continue
    title = index
    break
  }
  if (title === undefined && start < found) title = start
  const titleBlock = new Set<number>()
  if (title !== undefined && title < start) {
    titleBlock.add(title)
    for (let index = title - 1; index >= 0; index--) {
      const line = lines[index]!
      if (line.blank) continue
      if (isEvidence(index) || line.length < 5 || line.words < 2) break
      titleBlock.add(index)
    }
  }
  // The same title twice in the title block (`标题` / `标题`): the upper copy goes.
  const seenTitles = new Map<string, number>()
  for (const index of [...titleBlock].sort((a, b) => b - a)) {
    const text = lines[index]!.text
    if (seenTitles.has(text)) {
      titleBlock.delete(index)
      lines[index]!.evidence = {kind: 'duplicate-title', strength: 'strong', id: 'structure:duplicate-title', inline: false, startsBlock: false}
    } else seenTitles.set(text, index)
  }
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
    if (evidence?.strength === 'strong' || headerSignal) {
      const kind = evidence?.kind ?? (previousKind && inheritable.has(previousKind) ? previousKind : 'navigation')
      flag(index, evidence, kind, 'header', evidence ? undefined : 'structure:header')
      previousKind = kind
    } else {
      verdicts[index]!.zone = 'header'
    }
  }

  // The title repeated right after itself is a scraping artefact.
  if (title !== undefined) {
    const next = nonBlank.find((index) => index > title && !titleBlock.has(index))
    if (next !== undefined && lines[next]!.text === lines[title]!.text && !verdicts[next]!.boilerplate) {
      flag(next, undefined, 'duplicate-title', next < start ? 'header' : 'body', 'structure:duplicate-title')
    }
  }

  // Body: only strong evidence is boilerplate.
  for (let index = start; index <= end; index++) {
    const line = lines[index]!
    verdicts[index]!.zone = 'body'
    if (line.evidence?.strength === 'strong') flag(index, line.evidence, line.evidence.kind, 'body')
  }

  // Footer: from the first line that cannot belong to the article to the end.
  const trigger = findTrigger(lines, end + 1)
  let footer = lines.length
  if (trigger !== undefined) {
    footer = trigger
    // Widgets and short tags right before the trigger go with it.
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
      const shortTag = !line.evidence && line.length <= 8 && !endsLikeSentence(line.text)
      if (!weak && !shortTag) break
      if (!weak) allWeak = false
      run = index
      count++
    }
    if (count >= 3 || allWeak) footer = run
    else {
      for (let index = trigger - 1; index > end; index--) {
        const line = lines[index]!
        if (line.blank) continue
        if (line.evidence?.strength !== 'weak') break
        footer = index
      }
    }
  }
  previousKind = undefined
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

  const analysis: Analysis = {verdicts, body: [start, end]}
  if (title !== undefined) analysis.title = title
  return analysis
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
    if (line.blank) return
    if (previous !== -1 && chains(lines[previous]!.text, line.text)) {
      if (runStart === -1) runStart = previous
    } else {
      closeRun(previous)
    }
    previous = index
  })
  closeRun(previous)

  for (const line of lines) {
    if (line.blank || line.evidence) continue
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
    const shortTag = line !== undefined && !evidence && line.length <= 8 && !endsLikeSentence(line.text)
    if (line && (weak || shortTag)) {
      if (widgetStart === -1) widgetStart = index
      widgets++
      if (weak) weakWidgets++
    } else {
      if (widgetStart !== -1 && widgetQualifies(widgets, weakWidgets)) return widgetStart
      widgetStart = -1
      widgets = weakWidgets = 0
    }
    const prose = line !== undefined && line.punctuation >= 1 && line.length >= 40
    if (!line || prose) {
      if (runStart !== -1 && listQualifies(items, marked, meta)) return runStart
      runStart = -1
      items = marked = meta = 0
      continue
    }
    if (runStart === -1) runStart = index
    if (weak && (evidence.kind === 'dateline' || evidence.kind === 'comment-widget' || evidence.kind === 'recommendation')) {
      meta++
    } else if (!evidence && line.length >= 6 && line.length <= 40) {
      items++
      if (listMarker.test(line.text)) marked++
    }
  }
  return undefined
}

function widgetQualifies(widgets: number, weak: number): boolean {
  return widgets >= 4 && weak >= 3
}

function listQualifies(items: number, marked: number, meta: number): boolean {
  return items >= 3 && (marked >= 2 || meta >= 2)
}
