import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit
} from 'vscode-languageserver/node'
import type {VFileMessage} from 'vfile-message'
import {applyEdits, editFromMessage, type Edit} from '@jiaodui/core'
import type {RuleFamily} from '@jiaodui/lint-rule'
import type {CheckedDocument} from './checker.js'

/** Command behind "accept this word": adds the word to `settings.allow` in the project config. */
export const acceptWordCommand = 'jiaodui.acceptWord'

/** Kind of the "fix all" source action, for editors' fix-on-save settings. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.jiaodui`

/** Arguments of `jiaodui.acceptWord`. */
export interface AcceptWordArguments {
  uri: string
  word: string
}

/** What code actions need besides the checked document. */
export interface ActionContext {
  /** The range the editor asks about (cursor or selection). */
  range: Range
  /** Kinds the editor asks for (`undefined` = all). */
  only?: readonly string[] | undefined
  /** Whether the client takes versioned `documentChanges` (refused when the document moved on). */
  documentChanges: boolean
  /** Rule id → family, to offer "accept this word" on script findings only. */
  families: ReadonlyMap<string, RuleFamily>
  /** The diagnostic of a message, as published. */
  diagnosticOf(message: VFileMessage): Diagnostic
}

/** Longest word offered for the allow-list: a name or a term, not a sentence. */
const maxWordLength = 24

/**
 * The code actions of a checked document at a range: the quick fixes of the
 * findings there, "fix all of this rule", "fix all", and "accept this word".
 */
export function codeActionsFor(entry: CheckedDocument, context: ActionContext): CodeAction[] {
  const messages = entry.file?.messages ?? []
  const {document} = entry
  const from = document.offsetAt(context.range.start)
  const to = document.offsetAt(context.range.end)
  const here = messages.filter((message) => {
    const edit = offsetsOf(message)
    return edit !== undefined && edit.start <= to && edit.end >= from
  })
  const actions: CodeAction[] = []
  const rulesDone = new Set<string>()
  for (const message of here) {
    actions.push(...quickFixes(entry, message, context))
    const ruleId = message.ruleId
    if (ruleId && !rulesDone.has(ruleId) && editFromMessage(message)) {
      rulesDone.add(ruleId)
      const ofRule = messages.filter((other) => other.ruleId === ruleId)
      const fixAll = fixAllAction(entry, ofRule, `Fix all \`${ruleId}\` problems in this document`, CodeActionKind.QuickFix, context)
      if (fixAll) actions.push(fixAll)
    }
    const accept = acceptWordAction(entry, message, context)
    if (accept) actions.push(accept)
  }
  if (rulesDone.size > 0) {
    const all = fixAllAction(entry, messages, 'Fix all auto-fixable jiaodui problems in this document', CodeActionKind.QuickFix, context)
    if (all) actions.push(all)
  }
  if (context.only?.some((kind) => covers(kind, fixAllKind))) {
    const all = fixAllAction(entry, messages, 'Fix all auto-fixable jiaodui problems', fixAllKind, context, 1)
    if (all) actions.push(all)
  }
  return actions.filter((action) => !context.only || context.only.some((kind) => covers(kind, action.kind)))
}

/** Whether a requested kind covers an action's kind: kinds are dot-separated hierarchies (`source` covers `source.fixAll.jiaodui`). */
function covers(requested: string, kind: string | undefined): boolean {
  return kind !== undefined && (kind === requested || kind.startsWith(`${requested}.`))
}

/** One action per suggested replacement of a message; the first is the autofix. */
function quickFixes(entry: CheckedDocument, message: VFileMessage, context: ActionContext): CodeAction[] {
  const offsets = offsetsOf(message)
  if (!offsets || !message.expected) return []
  const actual = message.actual ?? entry.document.getText().slice(offsets.start, offsets.end)
  return message.expected.slice(0, 5).map((text, index) => ({
    title: text === '' ? `Delete \`${printable(actual)}\`` : `Replace \`${printable(actual)}\` with \`${printable(text)}\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [context.diagnosticOf(message)],
    isPreferred: index === 0,
    edit: workspaceEdit(entry, [textEdit(entry, {...offsets, text})], context)
  }))
}

/**
 * The autofixes of `messages` as one edit: overlapping fixes are left for the
 * next round (as `jiaodui check --fix` does per pass), never merged.
 */
function fixAllAction(
  entry: CheckedDocument,
  messages: readonly VFileMessage[],
  title: string,
  kind: string,
  context: ActionContext,
  minimum = 2
): CodeAction | undefined {
  const edits = messages.map(editFromMessage).filter((edit) => edit !== undefined)
  if (edits.length < minimum) return undefined
  const {applied} = applyEdits(entry.document.getText(), edits)
  if (applied.length < minimum) return undefined
  return {
    title: `${title} (${applied.length})`,
    kind,
    ...(kind === CodeActionKind.QuickFix ? {diagnostics: applied.map((edit) => context.diagnosticOf(edit.message))} : {}),
    edit: workspaceEdit(entry, applied.map((edit) => textEdit(entry, edit)), context)
  }
}

function acceptWordAction(entry: CheckedDocument, message: VFileMessage, context: ActionContext): CodeAction | undefined {
  const family = message.ruleId ? context.families.get(message.ruleId) : undefined
  const word = message.actual?.trim()
  // Words only: a stray comma or an invisible character is fixed, not allowed.
  if (family !== 'script' || !word || word.length > maxWordLength || /\s/.test(word) || !/\p{L}/u.test(word)) return undefined
  const args: AcceptWordArguments = {uri: entry.document.uri, word}
  const title = `Accept \`${printable(word)}\` in this project (add it to settings.allow in the jiaodui config)`
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [context.diagnosticOf(message)],
    command: {title, command: acceptWordCommand, arguments: [args]}
  }
}

function offsetsOf(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {offset: start} = place.start
  const {offset: end} = place.end
  return start === undefined || end === undefined ? undefined : {start, end}
}

function textEdit(entry: CheckedDocument, edit: Pick<Edit, 'start' | 'end' | 'text'>): TextEdit {
  // Offsets are UTF-16 units into the snapshot the messages came from; positionAt keeps them exact.
  return {
    range: {start: entry.document.positionAt(edit.start), end: entry.document.positionAt(edit.end)},
    newText: edit.text
  }
}

function workspaceEdit(entry: CheckedDocument, edits: TextEdit[], context: ActionContext): WorkspaceEdit {
  const {uri, version} = entry.document
  return context.documentChanges
    ? {documentChanges: [{textDocument: {uri, version}, edits}]}
    : {changes: {[uri]: edits}}
}

/** Invisible and control characters shown as `U+XXXX` in a title. */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
}
