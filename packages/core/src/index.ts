export {createEngine, formatFromPath, settingsFor, sortMessages} from './engine.js'
export type {CheckInput, Engine, Format, ResolvedConfig} from './engine.js'
export {applyEdits, editFromMessage, fixText, maxFixPasses} from './fix.js'
export type {Edit, EditResult, FixResult} from './fix.js'
export {buildReport, severityOf, toReportMessage} from './report.js'
export type {
  Report,
  ReportError,
  ReportFile,
  ReportInput,
  ReportMessage,
  ReportPoint,
  ReportSummary
} from './report.js'
