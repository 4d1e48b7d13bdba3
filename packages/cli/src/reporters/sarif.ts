import {noteOf, type Report, type ReportMessage} from '@jiaodui/core'
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

/** Write the SARIF log piece by piece, one result at a time (see `sarif`). */
export function writeSarif(report: Report, rules: readonly AnyRule[], write: (piece: string) => void): void {
  const sorted = sortRules(rules)
  const index = new Map(sorted.map((rule, position) => [rule.meta.ruleId, position]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {name: 'jiaodui', version: report.tool.version, informationUri, rules: sorted.map(ruleDescriptor)}
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {description: {text: 'The working directory of the run'}}},
        artifacts: report.files.map((file) => ({
          location: {uri: uri(file.path), uriBaseId: '%SRCROOT%'},
          ...(file.encoding ? {encoding: file.encoding} : {})
        })),
        invocations: [
          {
            executionSuccessful: report.summary.filesWithErrors === 0,
            toolExecutionNotifications: notifications(report)
          }
        ],
        results: new Streamed(results(report, index))
      }
    ]
  }
  writeJson(log, write)
  write('\n')
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

/** Files that could not be read, as tool execution notifications. */
function notifications(report: Report) {
  const found = []
  for (const file of report.files) {
    if (!file.error) continue
    found.push({
      level: 'error',
      message: {text: `${file.path}: ${file.error.message}`},
      descriptor: {id: file.error.code},
      locations: [{physicalLocation: {artifactLocation: {uri: uri(file.path), uriBaseId: '%SRCROOT%'}}}]
    })
  }
  return found
}

/** The SARIF results of a report's messages, made one at a time. */
function* results(report: Report, index: ReadonlyMap<string, number>): Generator<Record<string, unknown>> {
  for (const file of report.files) {
    const artifactLocation = {uri: uri(file.path), uriBaseId: '%SRCROOT%'}
    for (const message of file.messages) yield result(report, message, artifactLocation, index)
  }
}

/** One message as a SARIF result: its rule, level, region, fix and related location. */
function result(
  report: Report,
  message: ReportMessage,
  artifactLocation: {uri: string; uriBaseId: string},
  index: ReadonlyMap<string, number>
): Record<string, unknown> {
  const note = noteOf(report.rules, message)
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
