import {emptySummary, reportFiles, RuleTable, type Report, type ReportInput, type ReportSummary} from '@jiaodui/core'
import {Streamed, writeJson} from '../stream.js'

/**
 * Write the JSON report of `inputs` while making it: each file's entry is made,
 * written and dropped before the next, so a run of 100 000 files never holds
 * its report. Returns the summary (written last, with the rules).
 */
export function writeJsonStream(inputs: readonly ReportInput[], version: string, write: (piece: string) => void): ReportSummary {
  const summary = emptySummary()
  const table = new RuleTable()
  // Messages streamed too: one 5 MB article has 100 000 of them.
  const files = new Streamed(map(reportFiles(inputs, summary, table), (entry) => ({...entry, messages: new Streamed(entry.messages)})))
  // `table.rules` and `summary` fill up while `files` is written, before they are.
  writeJson({tool: {name: 'jiaodui', version}, files, rules: table.rules, summary}, write)
  write('\n')
  return summary
}

/**
 * Write the JSON report (validates against `schemas/report.schema.json`) piece
 * by piece, one file entry at a time, as `writeJsonStream` does: compact, each
 * file entry and each message starting a line, a final line break.
 */
export function writeJsonReport(report: Report, write: (piece: string) => void): void {
  const files = report.files.map((file) => ({...file, messages: new Streamed(file.messages)}))
  writeJson({tool: report.tool, files: new Streamed(files), rules: report.rules, summary: report.summary}, write)
  write('\n')
}

/** The JSON report as one string (small runs and tests; the CLI streams it). */
export function json(report: Report): string {
  const pieces: string[] = []
  writeJsonReport(report, (piece) => pieces.push(piece))
  return pieces.join('')
}

function* map<From, To>(items: Iterable<From>, change: (item: From) => To): Generator<To> {
  for (const item of items) yield change(item)
}
