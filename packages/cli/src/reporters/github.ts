import {emptySummary, type Report, type ReportFile, type ReportInput, type ReportSummary} from '@jiaodui/core'
import {wholeFiles} from './described.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Escape workflow-command data (the message). */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a workflow-command property value (file, title). */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::…`): each
 * message becomes an annotation on the pull request.
 */
export function github(report: Report): string {
  const lines = report.files.flatMap(fileLines)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Write the annotations of a run while making them, one file at a time (see `writeJsonStream`). Returns the summary. */
export function writeGithubStream(inputs: readonly ReportInput[], write: (piece: string) => void): ReportSummary {
  const summary = emptySummary()
  for (const file of wholeFiles(inputs, summary)) {
    const lines = fileLines(file)
    if (lines.length > 0) write(lines.map((line) => `${line}\n`).join(''))
  }
  return summary
}

/** A file's annotations: its error, then one per message. */
function fileLines(file: ReportFile): string[] {
  const lines: string[] = []
  if (file.error) {
    lines.push(`::error file=${property(file.path)},title=${property(`jiaodui: ${file.error.code}`)}::${data(file.error.message)}`)
  }
  for (const message of file.messages) {
    const {start, end} = message.place
    lines.push(
      `::${commands[message.severity]} file=${property(file.path)},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${property(`jiaodui(${message.ruleId})`)}::${data(message.reason)}`
    )
  }
  return lines
}
