import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** One `<!-- jiaodui-… -->` comment found in a text. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable'
  /** Rule ids it applies to; empty = every rule. */
  ruleIds: string[]
  /** 1-based line of the comment itself. */
  line: number
  /** 1-based line it silences (for the line forms). */
  target: number
}

const pattern = /<!--\s*jiaodui-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g

/**
 * Find the inline directives of a text. The same HTML-comment form works in
 * Markdown, HTML and plain text, so an editor accepts a finding the same way
 * in every format:
 *
 * - `<!-- jiaodui-disable-next-line no-mixed-variant -->`: the next non-blank line;
 * - `… text <!-- jiaodui-disable-line -->`: its own line;
 * - `<!-- jiaodui-disable rule -->` … `<!-- jiaodui-enable rule -->`: a region.
 */
export function findDirectives(text: string): Directive[] {
  if (!text.includes('jiaodui-')) return []
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const lineOf = (offset: number): number => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
  const lineText = (line: number): string => text.slice(lineStarts[line - 1] ?? text.length, (lineStarts[line] ?? text.length + 1) - 1)
  const directives: Directive[] = []
  for (const match of text.matchAll(pattern)) {
    const kind = match[1] as Directive['kind']
    const ruleIds = match[2]!.split(/[\s,]+/).filter(Boolean)
    const line = lineOf(match.index + match[0].length)
    let target = line
    if (kind === 'disable-next-line') {
      target = line + 1
      while (target <= lineStarts.length && lineText(target).trim() === '') target++
    }
    directives.push({kind, ruleIds, line: lineOf(match.index), target})
  }
  return directives
}

/**
 * Drop the messages the file's directives silence, and every message on the
 * lines of a directive comment itself (it is an instruction, not article text).
 * Returns the directives' unknown rule ids, so callers can say so.
 */
export function applyDirectives(file: VFile, knownRuleIds: ReadonlySet<string>): string[] {
  const directives = findDirectives(String(file.value))
  if (directives.length === 0) return []
  const unknown = new Set<string>()
  for (const directive of directives) for (const id of directive.ruleIds) if (!knownRuleIds.has(id)) unknown.add(id)
  file.messages = file.messages.filter((message) => !silenced(message, directives))
  return [...unknown]
}

/** The messages that `directives` (found in the whole file's text) do not silence. */
export function keepUnsilenced(messages: readonly VFileMessage[], directives: readonly Directive[]): VFileMessage[] {
  return directives.length === 0 ? [...messages] : messages.filter((message) => !silenced(message, directives))
}

function silenced(message: VFileMessage, directives: readonly Directive[]): boolean {
  const line = message.line ?? undefined
  if (line === undefined) return false
  const applies = (directive: Directive) =>
    directive.ruleIds.length === 0 || (message.ruleId !== undefined && directive.ruleIds.includes(message.ruleId))
  let off = false
  for (const directive of directives) {
    switch (directive.kind) {
      case 'disable-next-line':
        // A comment on its own line is an instruction, not article text.
        if (line === directive.line) return true
        if (line === directive.target && applies(directive)) return true
        break
      case 'disable-line':
        if (line === directive.line && applies(directive)) return true
        break
      default:
        if (line === directive.line) return true
        if (directive.line < line && applies(directive)) off = directive.kind === 'disable'
    }
  }
  return off
}
