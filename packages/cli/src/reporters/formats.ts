import type {Report} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'

// The names of the report formats, apart from the reporters: `check` lists them in its options
// and loads only the reporter a run chooses.

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

/**
 * The renderer of one format, loading only its reporter (the HTML one alone is
 * larger than the rest of the CLI's own code).
 */
export async function rendererFor(format: ReportFormat): Promise<(report: Report, options: RenderOptions) => string> {
  switch (format) {
    case 'json': {
      const {json} = await import('./json.js')
      return (report) => json(report)
    }
    case 'sarif': {
      const {sarif} = await import('./sarif.js')
      return (report, options) => sarif(report, options.rules)
    }
    case 'github': {
      const {github} = await import('./github.js')
      return (report) => github(report)
    }
    case 'junit': {
      const {junit} = await import('./junit.js')
      return (report) => junit(report)
    }
    case 'html': {
      const {html} = await import('./html.js')
      return (report, options) => html(report, {rules: options.rules, sources: options.sources})
    }
    case 'stylish': {
      const {stylish} = await import('./stylish.js')
      return (report, options) => stylish(report, {color: options.color, dryRun: options.dryRun})
    }
  }
}
