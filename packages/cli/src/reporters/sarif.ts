import {emptySummary, noteOf, reportFiles, RuleTable, type Report, type ReportFile, type ReportFileEntry, type ReportInput, type ReportMessage, type ReportSummary} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'
import {Streamed, writeJson} from '../stream.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/** Where jiaodui lives; SARIF viewers link the tool name to it. */
const informationUri = 'https://github.com/jiaodui/jiaodui'

function region(message: ReportMessage) {
  const {start, end} = message.place
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
    ...(message.actual === undefined ? {} : {snippet: {text: message.actual}})
  }
}

/** Percent-encode a relative path as a URI reference (SARIF `artifactLocation.uri`). */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/**
 * SARIF 2.1.0 log of a run (for GitHub code scanning and other viewers):
 * every rule of the run, results with regions (UTF-16 columns, as SARIF's
 * `columnKind` says), automatic fixes as `fixes`, cross-article causes as
 * related locations, and files that could not be read as notifications.
 */
export function sarif(report: Report, rules: readonly AnyRule[]): string {
  const pieces: string[] = []
  writeSarif(report, rules, (piece) => pieces.push(piece))
  return pieces.join('')
}

/** Write the SARIF log of a built report piece by piece, one result at a time (see `sarif`). */
export function writeSarif(report: Report, rules: readonly AnyRule[], write: (piece: string) => void): void {
  writeSarifLog({files: report.files, rules: () => report.rules, summary: () => report.summary, version: report.tool.version}, rules, write)
}

/**
 * Write the SARIF log of a run while making it, as `writeJsonStream` writes
 * the JSON report: each file's results are made, written and dropped before
 * the next file's, so a run of 100 000 files never holds its report. The
 * run's `artifacts` and `invocations` (which need every file) come after its
 * `results`: SARIF readers take a run's properties in any order. Returns the summary.
 */
export function writeSarifStream(inputs: readonly ReportInput[], version: string, rules: readonly AnyRule[], write: (piece: string) => void): ReportSummary {
  const summary = emptySummary()
  const table = new RuleTable()
  writeSarifLog({files: reportFiles(inputs, summary, table), rules: () => table.rules, summary: () => summary, version}, rules, write)
  return summary
}

/**
 * What a SARIF log is written from: report entries (possibly made while they
 * are written), and the rules table and summary, complete once every entry was read.
 */
interface SarifSource {
  files: Iterable<ReportFile | ReportFileEntry>
  rules: () => Report['rules']
  summary: () => ReportSummary
  version: string
}

function writeSarifLog(source: SarifSource, rules: readonly AnyRule[], write: (piece: string) => void): void {
  const sorted = sortRules(rules)
  const index = new Map(sorted.map((rule, position) => [rule.meta.ruleId, position]))
  // Filled while the results are written: a path and an encoding per file, and the files that could not be read.
  const artifacts: Array<Record<string, unknown>> = []
  const unread: Array<Record<string, unknown>> = []
  function* results(): Generator<Record<string, unknown>> {
    for (const file of source.files) {
      const artifactLocation = {uri: uri(file.path), uriBaseId: '%SRCROOT%'}
      artifacts.push({location: artifactLocation, ...(file.encoding ? {encoding: file.encoding} : {})})
      if (file.error) unread.push(notification(file.path, file.error))
      for (const message of file.messages) yield result(source.rules(), message, artifactLocation, index)
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {name: 'jiaodui', version: source.version, informationUri, rules: sorted.map(ruleDescriptor)}
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {description: {text: 'The working directory of the run'}}},
        results: new Streamed(results()),
        artifacts: new Streamed(later(() => artifacts)),
        invocations: new Streamed(later(() => [{executionSuccessful: source.summary().filesWithErrors === 0, toolExecutionNotifications: unread}]))
      }
    ]
  }
  writeJson(log, write)
  write('\n')
}

/** The items of `make()`, made only when the first is read (after what is written before them). */
function* later<Item>(make: () => Iterable<Item>): Generator<Item> {
  yield* make()
}

/** Rules by id. Ids are `[a-z0-9-]`: code-unit order is `localeCompare`'s, without loading ICU collation. */
function sortRules(rules: readonly AnyRule[]): AnyRule[] {
  return [...rules].sort((a, b) => (a.meta.ruleId < b.meta.ruleId ? -1 : a.meta.ruleId > b.meta.ruleId ? 1 : 0))
}

/** A rule as SARIF's `reportingDescriptor`. */
function ruleDescriptor(rule: AnyRule) {
  return {
    id: rule.meta.ruleId,
    name: rule.meta.ruleId,
    shortDescription: {text: rule.meta.description},
    helpUri: rule.meta.url,
    defaultConfiguration: {level: levels[rule.meta.defaultSeverity]},
    properties: {family: rule.meta.family, fixable: rule.meta.fixable}
  }
}

/** A file that could not be read, as a tool execution notification. */
function notification(path: string, error: NonNullable<ReportFile['error']>) {
  return {
    level: 'error',
    message: {text: `${path}: ${error.message}`},
    descriptor: {id: error.code},
    locations: [{physicalLocation: {artifactLocation: {uri: uri(path), uriBaseId: '%SRCROOT%'}}}]
  }
}

/** One message as a SARIF result: its rule, level, region, fix and related location. */
function result(
  ruleTable: Report['rules'],
  message: ReportMessage,
  artifactLocation: {uri: string; uriBaseId: string},
  index: ReadonlyMap<string, number>
): Record<string, unknown> {
  const note = noteOf(ruleTable, message)
  const result: Record<string, unknown> = {
    ruleId: message.ruleId,
    level: levels[message.severity],
    message: {text: note ? `${message.reason}. ${note}` : message.reason},
    locations: [{physicalLocation: {artifactLocation, region: region(message)}}]
  }
  const ruleIndex = index.get(message.ruleId)
  if (ruleIndex !== undefined) result['ruleIndex'] = ruleIndex
  if (message.expected && message.expected.length > 0) result['fixes'] = [fix(message, message.expected[0]!, artifactLocation)]
  if (message.cause?.path) result['relatedLocations'] = [relatedLocation(message.cause, message.cause.path)]
  if (message.data) result['properties'] = {data: message.data}
  return result
}

/** The automatic fix of a message: replace (or delete) its span with `expected`. */
function fix(message: ReportMessage, expected: string, artifactLocation: {uri: string; uriBaseId: string}) {
  return {
    description: {text: expected === '' ? 'Delete' : `Replace with ${JSON.stringify(expected)}`},
    artifactChanges: [
      {
        artifactLocation,
        replacements: [
          {
            deletedRegion: {charOffset: message.place.start.offset, charLength: message.place.end.offset - message.place.start.offset},
            insertedContent: {text: expected}
          }
        ]
      }
    ]
  }
}

/** The other article a cross-article message points at. */
function relatedLocation(cause: NonNullable<ReportMessage['cause']>, path: string) {
  return {
    id: 1,
    message: {text: cause.reason},
    physicalLocation: {
      artifactLocation: {uri: uri(path), uriBaseId: '%SRCROOT%'},
      ...(cause.place
        ? {region: {startLine: cause.place.start.line, startColumn: cause.place.start.column, endLine: cause.place.end.line, endColumn: cause.place.end.column}}
        : {})
    }
  }
}
