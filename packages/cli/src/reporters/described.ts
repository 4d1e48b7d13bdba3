import {noteOf, reportFiles, RuleTable, type Report, type ReportFile, type ReportInput, type ReportMessage, type ReportSummary} from '@jiaodui/core'

/** A message with its rule's note and documentation url put back (the JSON report keeps them once per rule). */
export type DescribedMessage = ReportMessage & {note?: string | undefined; url?: string | undefined}

/** A report file whose messages carry their note and url. */
export type DescribedFile = Omit<ReportFile, 'messages'> & {messages: DescribedMessage[]}

/** A report whose messages carry their note and url, for reporters that show them per message. */
export type DescribedReport = Omit<Report, 'files'> & {files: DescribedFile[]}

/** Put each message's note and url back from `report.rules` (a message that already has them keeps them). */
export function describeMessages(report: Report): DescribedReport {
  const rules = report.rules ?? {}
  return {...report, files: report.files.map((file) => ({...file, messages: file.messages.map((message) => describeMessage(rules, message))}))}
}

/** A message with its rule's note and url put back (one it already has is kept). */
function describeMessage(rules: Report['rules'], message: DescribedMessage): DescribedMessage {
  return {...message, note: message.note ?? noteOf(rules, message), url: message.url ?? rules[message.ruleId]?.url}
}

/**
 * The report files of a run, made one at a time with their messages read (see `reportFiles`), for
 * reporters that write a file's part whole: counts go to `summary`. With `describe`, each message
 * carries its note and url.
 */
export function* wholeFiles(inputs: readonly ReportInput[], summary: ReportSummary, describe = false): Generator<DescribedFile> {
  const table = new RuleTable()
  for (const entry of reportFiles(inputs, summary, table)) {
    const messages = [...entry.messages]
    yield {...entry, messages: describe ? messages.map((message) => describeMessage(table.rules, message)) : messages}
  }
}
