import type {Report} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'
import {github} from './github.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

/** The report formats of `jiaodui check`. */
export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'github'

/** What a reporter may need besides the report. */
export interface RenderOptions {
  rules: readonly AnyRule[]
  color: boolean
  /** The run only showed what `--fix` would do. */
  dryRun: boolean
}

/** Render a report in one of the formats. */
export function render(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return json(report)
    case 'sarif':
      return sarif(report, options.rules)
    case 'github':
      return github(report)
    case 'stylish':
      return stylish(report, {color: options.color, dryRun: options.dryRun})
  }
}
