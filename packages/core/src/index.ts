export {compareMessages, createEngine, defaultSectionedAbove, defaultSectionSize, formatFromPath, rulesToRun, settingsFor, sortMessages, type CompleteOptions} from './engine.js'
export {splitSections, type Section} from './sections.js'
export type {CheckInput, Engine, EngineOptions, Format, ResolvedConfig} from './engine.js'
export {rehypeChinese, remarkChinese} from './bridge.js'
export {applyDirectives, findDirectives, type Directive} from './directives.js'
export {FileSet} from './file-set.js'
export {applyEdits, editFromMessage, fixText, maxFixPasses} from './fix.js'
export type {Edit, EditResult, FixResult} from './fix.js'
export {buildReport, defaultNotesPerRule, emptySummary, noteOf, reportFiles, RuleTable, severityOf, toReportMessage} from './report.js'
export type {
  Report,
  ReportError,
  ReportFile,
  ReportFileEntry,
  ReportInput,
  ReportMessage,
  ReportPoint,
  ReportRule,
  ReportSummary
} from './report.js'
