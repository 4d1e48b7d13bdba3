/**
 * Line-level scoring of boilerplate findings against the labelled corpus
 * (`../shared/corpus/*`, label format in its README). Shared by the
 * evaluation script `bench/eval-boilerplate/run.js` (through `dist/`) and the
 * regression test `test/boilerplate.corpus.test.ts` (through `src/`), so both report the
 * same numbers.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'

/** One line label of a `*.labels.jsonl` file. */
export interface LineLabel {
  line: number
  label: 'content' | 'boilerplate'
  kind?: string
  blank?: boolean
  ambiguous?: boolean
  partial?: boolean
  note?: string
}

/** Script of a page: simplified (`hans`) or traditional (`hant`). */
export type Script = 'hans' | 'hant'

/** A labelled page of the corpus. */
export interface CorpusPage {
  /** File name without `.txt`. */
  name: string
  /** Corpus folder name (`seeds`, `boilerplate-dev`). */
  corpus: string
  path: string
  text: string
  labels: LineLabel[]
  script: Script
}

/** Counts of one scoring mode. */
export interface Counts {
  /** Boilerplate lines flagged. */
  truePositive: number
  /** Content lines flagged. */
  falsePositive: number
  /** Boilerplate lines missed. */
  falseNegative: number
  /** Content lines (scored). */
  content: number
  /** Per boilerplate kind: lines and how many were flagged. */
  kinds: Record<string, {total: number; found: number}>
}

/** Precision, recall, F1 and the share of content lines wrongly flagged. */
export interface Metrics {
  precision: number
  recall: number
  f1: number
  wronglyFlagged: number
  wronglyFlaggedShare: number
}

/** The scoring modes of the corpus README. */
export type Mode = 'strict' | 'lenient'

/** Rules whose findings count as boilerplate findings. */
export const boilerplateRules = ['no-scraped-boilerplate', 'no-repeated-boilerplate'] as const

// Characters that differ between the scripts; common in news text.
const simplifiedOnly = '们这为国发说时会来对经过进还动实现开关长问与门东车两个书学业让产认马电话见间边后机员从号万们级区场该应将样种题头无线记证观数据华该红务农报义严识达运选济单质总组织党权'
const traditionalOnly = '們這為國發說時會來對經過進還動實現開關長問與門東車兩個書學業讓產認馬電話見間邊後機員從號萬級區場該應將樣種題頭無線記證觀數據華紅務農報義嚴識達運選濟單質總組織黨權'

/** Decide a page's script by character statistics (used when no metadata says). */
export function detectScript(text: string): Script {
  let simplified = 0
  let traditional = 0
  for (const char of text) {
    if (simplifiedOnly.includes(char)) simplified++
    else if (traditionalOnly.includes(char)) traditional++
  }
  return traditional > simplified ? 'hant' : 'hans'
}

/** Parse a `*.labels.jsonl` file. */
export function parseLabels(text: string): LineLabel[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LineLabel)
}

/**
 * The labelled pages of a corpus folder. The script comes from `meta.json`
 * (`script`) when the folder has one, else from character statistics.
 */
export function loadCorpus(folder: string): CorpusPage[] {
  const metaPath = path.join(folder, 'meta.json')
  const meta: Record<string, {script?: string}> = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, {script?: string}>)
    : {}
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4)
      const text = readFileSync(path.join(folder, file), 'utf8')
      const labels = parseLabels(readFileSync(path.join(folder, `${name}.labels.jsonl`), 'utf8'))
      const given = meta[name]?.script
      const script: Script = given === 'hant' || given === 'hans' ? given : detectScript(text)
      return {name, corpus: path.basename(folder), path: path.join(folder, file), text, labels, script}
    })
}

/** Minimal view of a message: rule and place. */
interface MessageLike {
  ruleId?: string | undefined | null
  data?: Record<string, unknown> | undefined | null
  place?: {start: {line: number; column: number}; end: {line: number; column: number}} | {line: number; column: number} | undefined | null
}

/**
 * Lines (1-based) covered by the messages of the given rules. A message that
 * ends at column 1 of a line (after a deleted line ending) does not cover it.
 */
export function flaggedLines(messages: readonly MessageLike[], ruleIds: readonly string[]): Set<number> {
  const lines = new Set<number>()
  for (const message of messages) {
    if (!message.ruleId || !ruleIds.includes(message.ruleId)) continue
    // A span glued to a paragraph deletes part of a line, not the line.
    if (message.data?.['span'] === true) continue
    const place = message.place
    if (!place) continue
    if ('start' in place) {
      let last = place.end.line
      if (place.end.column === 1 && last > place.start.line) last--
      for (let line = place.start.line; line <= last; line++) lines.add(line)
    } else {
      lines.add(place.line)
    }
  }
  return lines
}

/** An empty set of counts. */
export function emptyCounts(): Counts {
  return {truePositive: 0, falsePositive: 0, falseNegative: 0, content: 0, kinds: {}}
}

/**
 * Count one page. Blank lines are never scored; `lenient` also leaves out
 * lines marked `ambiguous` or `partial`.
 */
export function countPage(labels: readonly LineLabel[], flagged: ReadonlySet<number>, mode: Mode, into = emptyCounts()): Counts {
  for (const label of labels) {
    if (label.blank) continue
    if (mode === 'lenient' && (label.ambiguous || label.partial)) continue
    const hit = flagged.has(label.line)
    if (label.label === 'boilerplate') {
      if (hit) into.truePositive++
      else into.falseNegative++
      const kind = label.kind ?? 'other'
      const entry = (into.kinds[kind] ??= {total: 0, found: 0})
      entry.total++
      if (hit) entry.found++
    } else {
      into.content++
      if (hit) into.falsePositive++
    }
  }
  return into
}

/** Precision, recall, F1 and wrongly-flagged share of counts. */
export function metrics(counts: Counts): Metrics {
  const {truePositive: tp, falsePositive: fp, falseNegative: fn} = counts
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    precision,
    recall,
    f1,
    wronglyFlagged: fp,
    wronglyFlaggedShare: counts.content === 0 ? 0 : fp / counts.content
  }
}

/** What the evaluation needs of the engine (`@jiaodui/core`). */
export interface EngineLike {
  check(input: {value: string; format: 'txt'; path?: string}): Promise<VFile>
  complete(files: VFile[]): Promise<void>
}

/** The result of one corpus folder. */
export interface CorpusResult {
  corpus: string
  pages: Array<{page: CorpusPage; file: VFile; flagged: Set<number>; masked: Set<number>}>
}

/**
 * Run an engine over every page of a folder as one run (per-file phase, then
 * the corpus phase over all of them) and collect the flagged lines. Findings of
 * `no-masked-text` are kept apart in `masked`: they ask a person to restore
 * words and delete nothing, so they are not boilerplate findings.
 */
export async function runCorpus(engine: EngineLike, folder: string): Promise<CorpusResult> {
  const pages = loadCorpus(folder)
  const files: VFile[] = []
  for (const page of pages) files.push(await engine.check({value: page.text, format: 'txt', path: page.path}))
  await engine.complete(files)
  return {
    corpus: path.basename(folder),
    pages: pages.map((page, index) => {
      const file = files[index]!
      return {
        page,
        file,
        flagged: flaggedLines(file.messages, boilerplateRules),
        masked: flaggedLines(file.messages, ['no-masked-text'])
      }
    })
  }
}

/** One row of the table: a corpus, a script and a mode. */
export interface Row {
  corpus: string
  script: Script
  mode: Mode
  pages: number
  counts: Counts
  metrics: Metrics
}

/** Rows per script and mode for a corpus result. */
export function tabulate(result: CorpusResult): Row[] {
  const rows: Row[] = []
  for (const script of ['hans', 'hant'] as const) {
    const pages = result.pages.filter((entry) => entry.page.script === script)
    if (pages.length === 0) continue
    for (const mode of ['strict', 'lenient'] as const) {
      const counts = emptyCounts()
      for (const entry of pages) countPage(entry.page.labels, entry.flagged, mode, counts)
      rows.push({corpus: result.corpus, script, mode, pages: pages.length, counts, metrics: metrics(counts)})
    }
  }
  return rows
}

/** Per-page errors (for reading the misses): wrongly flagged and missed lines. */
export function pageErrors(entry: CorpusResult['pages'][number], mode: Mode): {falsePositive: LineLabel[]; falseNegative: LineLabel[]} {
  const falsePositive: LineLabel[] = []
  const falseNegative: LineLabel[] = []
  for (const label of entry.page.labels) {
    if (label.blank) continue
    if (mode === 'lenient' && (label.ambiguous || label.partial)) continue
    const hit = entry.flagged.has(label.line)
    if (label.label === 'content' && hit) falsePositive.push(label)
    if (label.label === 'boilerplate' && !hit) falseNegative.push(label)
  }
  return {falsePositive, falseNegative}
}
