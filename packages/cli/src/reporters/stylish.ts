import {emptySummary, type Report, type ReportFile, type ReportInput, type ReportSummary} from '@jiaodui/core'
import {wholeFiles} from './described.js'

/** ANSI styling, or none. */
interface Paint {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
  underline(text: string): string
}

const plain: Paint = {
  bold: (text) => text,
  dim: (text) => text,
  red: (text) => text,
  yellow: (text) => text,
  blue: (text) => text,
  underline: (text) => text
}

const ansi: Paint = {
  bold: (text) => `\u001B[1m${text}\u001B[22m`,
  dim: (text) => `\u001B[2m${text}\u001B[22m`,
  red: (text) => `\u001B[31m${text}\u001B[39m`,
  yellow: (text) => `\u001B[33m${text}\u001B[39m`,
  blue: (text) => `\u001B[34m${text}\u001B[39m`,
  underline: (text) => `\u001B[4m${text}\u001B[24m`
}

/** Width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
        ? 2
        : 1
  }
  return width
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** Options of the stylish report. */
interface StylishOptions {
  color?: boolean | undefined
  dryRun?: boolean | undefined
}

/** Human-readable report, grouped by file (like ESLint's stylish). */
export function stylish(report: Report, options: StylishOptions = {}): string {
  const lines = report.files.flatMap((file) => fileLines(file, options))
  return [...lines, ...summaryLines(report.summary, options)].join('\n') + '\n'
}

/**
 * Write the stylish report of a run while making it, one file at a time (see
 * `writeJsonStream`): a run of 100 000 files never holds its report. Returns the summary.
 */
export function writeStylishStream(inputs: readonly ReportInput[], options: StylishOptions, write: (piece: string) => void): ReportSummary {
  const summary = emptySummary()
  for (const file of wholeFiles(inputs, summary)) {
    const lines = fileLines(file, options)
    if (lines.length > 0) write(lines.map((line) => `${line}\n`).join(''))
  }
  write(summaryLines(summary, options).map((line) => `${line}\n`).join(''))
  return summary
}

/** A file's lines: its path, its error, its fixes, a row per message (columns as wide as this file needs), a blank line; none for a clean file. */
function fileLines(file: ReportFile, options: StylishOptions): string[] {
  if (file.messages.length === 0 && !file.error && !file.fixed) return []
  const paint = options.color ? ansi : plain
  // With --dry-run nothing was written: the counts are what --fix would do.
  const fixedWord = options.dryRun ? 'would fix' : 'fixed'
  const lines: string[] = []
  const meta = [file.encoding && file.encoding !== 'UTF-8' ? file.encoding : undefined]
    .filter(Boolean)
    .join(', ')
  lines.push(paint.underline(file.path) + (meta ? paint.dim(` (${meta})`) : ''))
  if (file.error) {
    lines.push(`  ${paint.red('error')}  ${file.error.message}  ${paint.dim(file.error.code)}`)
  }
  if (file.fixed) lines.push(paint.dim(`  ${fixedWord} ${file.fixed} problem${file.fixed === 1 ? '' : 's'}`))
  const rows = file.messages.map((message) => [
    `${message.place.start.line}:${message.place.start.column}`,
    message.severity,
    message.reason,
    message.ruleId
  ])
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => displayWidth(row[column]!))))
  for (const row of rows) {
    const severity = row[1]!
    const colour = severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue
    lines.push(
      `  ${paint.dim(pad(row[0]!, widths[0]!))}  ${colour(pad(severity, widths[1]!))}  ${pad(row[2]!, widths[2]!)}  ${paint.dim(row[3]!)}`
    )
  }
  lines.push('')
  return lines
}

/** The closing lines: how many problems of each severity in how many files, and how many are fixable. */
function summaryLines(summary: ReportSummary, options: StylishOptions): string[] {
  const paint = options.color ? ansi : plain
  const problems = summary.errors + summary.warnings + summary.infos
  if (problems === 0 && summary.filesWithErrors === 0) {
    return [`✔ ${summary.files} file${summary.files === 1 ? '' : 's'} checked, no problems${summary.fixed > 0 ? ` (${options.dryRun ? `would fix ${summary.fixed}` : `${summary.fixed} fixed`})` : ''}`]
  }
  const parts = [
    `${problems} problem${problems === 1 ? '' : 's'}`,
    `(${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info)`
  ]
  if (summary.filesWithErrors > 0) {
    parts.push(`in ${summary.files} files; ${summary.filesWithErrors} could not be checked`)
  } else {
    parts.push(`in ${summary.files} file${summary.files === 1 ? '' : 's'}`)
  }
  const lines = [paint.bold((summary.errors > 0 || summary.filesWithErrors > 0 ? paint.red('✖ ') : paint.yellow('⚠ ')) + parts.join(' '))]
  if (summary.fixable > 0) lines.push(paint.dim(`  ${summary.fixable} fixable with --fix`))
  return lines
}
