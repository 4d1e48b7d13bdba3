import {emptySummary, severityOf, type Report, type ReportInput, type ReportSummary} from '@jiaodui/core'
import {describeMessages, wholeFiles, type DescribedFile, type DescribedMessage} from './described.js'

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, line
 * feed and carriage return; U+FFFE, U+FFFF; lone surrogates), and the C1
 * controls and DEL it allows but a reader cannot see. jiaodui reports
 * control characters, so they do occur in reasons and snippets.
 */
const unrepresentable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Replace what XML cannot hold by a visible `[U+XXXX]`, then escape markup. */
export function xmlText(text: string): string {
  return text
    .replace(unrepresentable, (character) => `[U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** An attribute value: as text, with line breaks and tabs kept as references (attribute values normalise them away). */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}

function attributes(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('')
}

/** The body of a failure: where, what was found, what to put instead, why, and the documentation. */
function failureBody(file: DescribedFile, message: DescribedMessage): string {
  const {start, end} = message.place
  const lines = [`${file.path}:${start.line}:${start.column}-${end.line}:${end.column} ${message.reason}`]
  if (message.actual !== undefined) lines.push(`found: ${JSON.stringify(message.actual)}`)
  if (message.expected?.[0] !== undefined) lines.push(`fix: ${JSON.stringify(message.expected[0])}`)
  if (message.note) lines.push(message.note)
  if (message.cause) lines.push(`see ${message.cause.path ?? ''}${message.cause.place ? `:${message.cause.place.start.line}:${message.cause.place.start.column}` : ''}: ${message.cause.reason}`)
  if (message.url) lines.push(message.url)
  return xmlText(lines.join('\n'))
}

/** One test case per message; errors and warnings fail it, info passes with the message as output. */
function messageCase(file: DescribedFile, message: DescribedMessage): string {
  const {line, column} = message.place.start
  const open = `    <testcase${attributes({classname: file.path, name: `${message.ruleId} at ${line}:${column}`})}>`
  if (message.severity === 'info') {
    return `${open}\n      <system-out>${failureBody(file, message)}</system-out>\n    </testcase>`
  }
  const failure = `<failure${attributes({type: `${message.ruleId} (${message.severity})`, message: message.reason})}>${failureBody(file, message)}</failure>`
  return `${open}\n      ${failure}\n    </testcase>`
}

/** One suite per file: a file that could not be read is one test case in error; a clean file one passing case. */
function fileSuite(file: DescribedFile): string {
  const cases: string[] = []
  let failures = 0
  let errors = 0
  if (file.error) {
    errors++
    cases.push(
      `    <testcase${attributes({classname: file.path, name: 'read and check'})}>\n      <error${attributes({type: file.error.code, message: file.error.message})}>${xmlText(`${file.path}: ${file.error.message}`)}</error>\n    </testcase>`
    )
  }
  for (const message of file.messages) {
    if (message.severity !== 'info') failures++
    cases.push(messageCase(file, message))
  }
  if (cases.length === 0) cases.push(`    <testcase${attributes({classname: file.path, name: 'no findings'})}/>`)
  const head = attributes({name: file.path, tests: cases.length, failures, errors, skipped: 0, file: file.path})
  return `  <testsuite${head}>\n${cases.join('\n')}\n  </testsuite>`
}

/**
 * JUnit XML for CI dashboards (Jenkins, GitLab, Azure and GitHub test
 * reporters): a suite per file, a test case per finding, errors and warnings
 * as failures, unreadable files as errors. Text XML cannot hold is replaced
 * by `[U+XXXX]`, never dropped.
 */
export function junit(plain: Report): string {
  const report = describeMessages(plain)
  const tests = report.files.reduce((sum, file) => sum + Math.max(1, file.messages.length + (file.error ? 1 : 0)), 0)
  const failures = report.files.reduce((sum, file) => sum + file.messages.filter((message) => message.severity !== 'info').length, 0)
  const errors = report.files.filter((file) => file.error).length
  return `${opening({tests, failures, errors})}${report.files.map((file) => `${fileSuite(file)}\n`).join('')}${closing}`
}

/**
 * Write the JUnit XML of a run while making it, one file's suite at a time,
 * as `writeJsonStream` writes the JSON report: a run of 100 000 files never
 * holds its report. The totals on `<testsuites>` come first in the XML, so a
 * first pass counts them from the messages without converting them (reading
 * each file's packed messages twice). Returns the summary.
 */
export function writeJunitStream(inputs: readonly ReportInput[], write: (piece: string) => void): ReportSummary {
  write(opening(totals(inputs)))
  const summary = emptySummary()
  for (const file of wholeFiles(inputs, summary, true)) write(`${fileSuite(file)}\n`)
  write(closing)
  return summary
}

/** The test, failure and error counts of a run's JUnit XML, from its inputs' messages. */
function totals(inputs: readonly ReportInput[]): {tests: number; failures: number; errors: number} {
  let tests = 0
  let failures = 0
  let errors = 0
  for (const input of inputs) {
    let count = 0
    for (const message of input.streamMessages ? input.streamMessages() : (input.file?.messages ?? [])) {
      count++
      if (severityOf(message) !== 'info') failures++
    }
    if (input.error) errors++
    tests += Math.max(1, count + (input.error ? 1 : 0))
  }
  return {tests, failures, errors}
}

function opening(counts: {tests: number; failures: number; errors: number}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({name: 'jiaodui', ...counts})}>\n`
}

const closing = '</testsuites>\n'
