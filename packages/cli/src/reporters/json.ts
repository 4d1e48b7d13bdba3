import type {Report} from '@jiaodui/core'
import {Streamed, writeJson} from '../stream.js'

/**
 * Write the JSON report (validates against `schemas/report.schema.json`) piece
 * by piece, one file entry at a time, as `JSON.stringify(report, null, 2)`
 * would with a final line break.
 */
export function writeJsonReport(report: Report, write: (piece: string) => void): void {
  writeJson({tool: report.tool, files: new Streamed(report.files), rules: report.rules, summary: report.summary}, write)
  write('\n')
}

/** The JSON report as one string (small runs and tests; the CLI streams it). */
export function json(report: Report): string {
  const pieces: string[] = []
  writeJsonReport(report, (piece) => pieces.push(piece))
  return pieces.join('')
}
