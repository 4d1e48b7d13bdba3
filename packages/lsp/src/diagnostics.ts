import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range
} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {fileURLToPath} from 'node:url'
import type {VFileMessage} from 'vfile-message'

/** `source` of every diagnostic the server publishes. */
export const diagnosticSource = 'jiaodui'

/** What the server keeps in `Diagnostic.data`, so a code action can find its message. */
export interface DiagnosticData {
  ruleId: string
  /** Whether the message carries an automatic fix. */
  fixable: boolean
}

/** Finds the open document (if any) of a path named by a message's `cause`. */
export type DocumentOfPath = (path: string) => {uri: string; document?: TextDocument | undefined} | undefined

/** The range of a message in `document`: from UTF-16 offsets when the message has them, else from line and column. */
export function rangeOf(message: Pick<VFileMessage, 'place'>, document: TextDocument | undefined): Range {
  const place = message.place
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const start = 'start' in place ? place.start : place
  const end = 'start' in place ? place.end : place
  return {start: positionOf(start, document), end: positionOf(end, document)}
}

function positionOf(
  point: {line: number; column: number; offset?: number | undefined},
  document: TextDocument | undefined
): Position {
  // Offsets are exact UTF-16 positions into the text the rules saw, which is the document's text.
  if (document && point.offset !== undefined) return document.positionAt(point.offset)
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

/** Turn one jiaodui message into an LSP diagnostic on `document`. */
export function toDiagnostic(message: VFileMessage, document: TextDocument, documentOf: DocumentOfPath): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    severity:
      message.fatal === true
        ? DiagnosticSeverity.Error
        : message.fatal === false
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information,
    source: diagnosticSource,
    message: message.reason
  }
  if (message.ruleId) {
    diagnostic.code = message.ruleId
    const data: DiagnosticData = {ruleId: message.ruleId, fixable: message.expected?.[0] !== undefined}
    diagnostic.data = data
  }
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const related = relatedOf(message, documentOf)
  if (related) diagnostic.relatedInformation = [related]
  return diagnostic
}

/** The other place of a cross-article (or cross-sentence) finding, from the message's `cause`. */
function relatedOf(message: VFileMessage, documentOf: DocumentOfPath): DiagnosticRelatedInformation | undefined {
  const cause = message.cause
  if (!cause || typeof cause !== 'object' || !('place' in cause)) return undefined
  const other = cause as VFileMessage
  const path = other.file || message.file
  const target = path ? documentOf(path) : undefined
  if (!target) return undefined
  return {location: {uri: target.uri, range: rangeOf(other, target.document)}, message: other.reason}
}

/** One diagnostic at the start of a document, for a problem with the whole document or its config. */
export function documentDiagnostic(code: string, message: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: diagnosticSource,
    code,
    message
  }
}

/** The file-system path of a `file:` URI; `undefined` for other schemes and for URIs Node cannot map (a remote host). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
