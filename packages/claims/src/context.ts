// The explicit state of extraction: the article, the segment and the sentence being read.

import type {Place} from '@jiaodui/gazetteer'
import type {Quantity} from '@jiaodui/zh-number'
import type {TopicTime} from './claim-period.js'
import type {TimeMention} from './period.js'
import type {ScopeMention} from './scopes.js'
import type {WordIndex} from './segment.js'
import type {lineIndex, Span} from './text.js'
import type {Claim} from './types.js'
import {partition} from './spans.js'

/** Longest stretch read back from a number for its clause, predicate and list words. */
export const CLAUSE_WINDOW = 160

/** A column or series tag opening a line (`【某某大爆發】`, `【7.1衝擊】`): at most 20 characters. */
const COLUMN_TAG = /^\s*【[^【】\n]{1,20}】/

/**
 * The sentence without the column tag that opens it: a tag names the series the story belongs
 * to, not the place or the thing its figures are about (`【某市疫情】全國確診增至300宗` counts the
 * country's cases, not the city's).
 */
export function withoutColumnTag(folded: string, span: Span): Span {
  const tag = COLUMN_TAG.exec(folded.slice(span.start, Math.min(span.end, span.start + 30)))
  if (!tag || (span.start > 0 && folded[span.start - 1] !== '\n')) return span
  const start = span.start + tag[0].length
  return start < span.end ? {...span, start} : span
}

/** What every claim of an article shares: where it comes from, its date and region, the place it is about. */
export interface ArticleFrame {
  /** The article's path, or its hash without one: the prefix of claim ids. */
  readonly local: string
  readonly date: string | undefined
  readonly region: string | undefined
  /** The region whose calendar its times are read in (`region`, or `JP` for a story about Japan). */
  readonly timeRegion: string | undefined
  /** The place a figure without a place of its own is about. */
  readonly place: Place | undefined
  readonly document: Claim['document']
  /** Line and column of an offset into the whole text. */
  readonly point: ReturnType<typeof lineIndex>
  /** The one statistical period the headline names (`今年前7个月…`, `2025年…`), with its words. */
  readonly headlineTime?: {mention: TimeMention; text: string; lead?: {end: number}} | undefined
  /** The company, body, brand or person the headline names and the body repeats (folded). */
  readonly subject?: string | undefined
  /** Whether the subject is a company a research note calls `公司` in its body (`某某之家：…`, then `公司实现收入…`). */
  readonly subjectCalledCompany?: boolean
  /**
   * Full names the segmenter cuts with mixed tags (`裴/nr 氏/ng 香/ns`), read before figures that fell
   * back to the region: candidates for the person a family story is about (`withProtagonist`), never a
   * sentence's scope on their own.
   */
  readonly looseNames?: Set<string>
  /** Lines of a round-up that are only a foreign country's name (`● 法國`), by offset into the whole text. */
  readonly sections?: ReadonlyArray<{at: number; place: Place}>
}

/** One segment (paragraph) of the article being read. */
export interface SegmentContext {
  readonly article: ArticleFrame
  /** The segment's own text: claims quote it. */
  readonly source: string
  /** `source` folded to simplified characters (same offsets): every search runs on it. */
  readonly folded: string
  /** Offset of the segment in the whole text. */
  readonly offset: number
  readonly words: WordIndex
  readonly nouns: NounPositions
}

/** A metric named in the sentence, and where the number it belongs to ends. */
export interface MetricMention {
  text: string
  end: number
}

/** The sentence being read, and what the earlier sentences of its paragraph left for it. */
export interface SentenceState {
  readonly span: Span
  /** Quantities of the sentence, sorted. */
  readonly quantities: Quantity[]
  /** Scope mentions of the sentence, sorted. */
  readonly scopes: ScopeMention[]
  readonly times: TimeMention[]
  /** The place an earlier sentence of the paragraph was about. */
  readonly subject: ScopeMention | undefined
  /** The time phrase that opened an earlier sentence of the paragraph. */
  readonly topic: TopicTime | undefined
  /** Metric of the last claim of the sentence that named its own (not inherited). */
  lastMetric: MetricMention | undefined
  /** Metrics of the claims of the sentence that named their own, in order. */
  readonly metrics: MetricMention[]
  /** The stock whose move or close the last figure of a market report's sentence gave (`stock-mover.ts`). */
  mover?: StockMover | undefined
}

/** A market report's stock (or list of stocks, `南航及東航分別升…`) and the figure of it read last. */
export interface StockMover {
  readonly names: readonly string[]
  /** Which name of the list the last figure was of. */
  readonly index: number
  /** Where that figure ends. */
  readonly end: number
}

/**
 * `folded.indexOf(noun, from)` and `folded.lastIndexOf(noun, upTo)`, unchanged in result: the
 * sentence is searched first; only a noun absent from it (pinyin debris skipped, trimmed words)
 * falls back to every position of the noun in the segment, listed once per noun instead of
 * scanning the whole segment for each claim.
 */
/** How far from a number a noun is looked for in the text before its positions are listed. */
const NEAR = 400

export class NounPositions {
  private readonly folded: string
  private readonly positions = new Map<string, number[]>()

  constructor(folded: string) {
    this.folded = folded
  }

  // Both return the nearest position of the noun in the whole segment (a position in the sentence
  // is the nearest, and the list holds every position). The sentence is read NEAR characters at most
  // from the number: searching it to its far end for a noun it does not hold (a metric put together
  // from pieces) was quadratic in a sentence of thousands of numbers.

  /** First position of `noun` at or after `from`, or -1. */
  from(noun: string, from: number, sentenceEnd: number): number {
    const near = this.folded.slice(from, Math.min(sentenceEnd, from + NEAR + noun.length)).indexOf(noun)
    if (near >= 0) return from + near
    const list = this.positionsOf(noun)
    const lo = partition(list, (position) => position < from)
    return lo < list.length ? (list[lo] as number) : -1
  }

  /** Last position of `noun` at or before `upTo`, or -1. */
  upTo(noun: string, upTo: number, sentenceStart: number): number {
    const near = this.folded.slice(Math.max(sentenceStart, upTo - NEAR), upTo + noun.length).lastIndexOf(noun)
    if (near >= 0) return Math.max(sentenceStart, upTo - NEAR) + near
    const list = this.positionsOf(noun)
    const lo = partition(list, (position) => position <= upTo)
    return lo > 0 ? (list[lo - 1] as number) : -1
  }

  private positionsOf(noun: string): number[] {
    let list = this.positions.get(noun)
    if (!list) {
      list = []
      for (let i = this.folded.indexOf(noun); i >= 0; i = this.folded.indexOf(noun, i + 1)) list.push(i)
      this.positions.set(noun, list)
    }
    return list
  }
}
