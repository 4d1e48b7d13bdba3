import type {Report} from '@jiaodui/core'

/** The JSON report (validates against `schemas/report.schema.json`). */
export function json(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
