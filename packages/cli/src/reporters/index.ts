import type {Report} from '@jiaodui/core'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

import type {RenderOptions, ReportFormat} from './formats.js'

export {reportFormats, rendererFor, type RenderOptions, type ReportFormat} from './formats.js'

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
