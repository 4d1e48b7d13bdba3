import {noteOf, type Report, type ReportFile, type ReportMessage} from '@jiaodui/core'

/** A message with its rule's note and documentation url put back (the JSON report keeps them once per rule). */
export type DescribedMessage = ReportMessage & {note?: string | undefined; url?: string | undefined}

/** A report file whose messages carry their note and url. */
export type DescribedFile = Omit<ReportFile, 'messages'> & {messages: DescribedMessage[]}

/** A report whose messages carry their note and url, for reporters that show them per message. */
export type DescribedReport = Omit<Report, 'files'> & {files: DescribedFile[]}

/** Put each message's note and url back from `report.rules` (a message that already has them keeps them). */
export function describeMessages(report: Report): DescribedReport {
  const rules = report.rules ?? {}
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      messages: file.messages.map((message: DescribedMessage) => ({
        ...message,
        note: message.note ?? noteOf(rules, message),
        url: message.url ?? rules[message.ruleId]?.url
      }))
    }))
  }
}
