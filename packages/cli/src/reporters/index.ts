import type {Report} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

/** The report formats of `jiaodui check`. */
export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html'

/** Every report format, in the order `--help` lists them. */
export const reportFormats: readonly ReportFormat[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'html']

/** What a reporter may need besides the report. */
export interface RenderOptions {
  rules: readonly AnyRule[]
  color: boolean
  /** The run only showed what `--fix` would do. */
  dryRun: boolean
  /** Each file's checked text by report path (the HTML report shows findings in context). */
  sources?: ReadonlyMap<string, string> | undefined
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
    case 'junit':
      return junit(report)
    case 'html':
      return html(report, {rules: options.rules, sources: options.sources})
    case 'stylish':
      return stylish(report, {color: options.color, dryRun: options.dryRun})
  }
}
