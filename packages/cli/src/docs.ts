import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {createEngine, fixText, formatFromPath, type Format} from '@jiaodui/core'
import {isCorpusRule, type AnyRule} from '@jiaodui/lint-rule'

/** Markers around the generated examples of a rule README. */
export const examplesStart = '<!-- examples:start: generated from test/fixtures by `pnpm generate`; do not edit -->'
export const examplesEnd = '<!-- examples:end -->'

/** Fixtures short enough to read in a README; at most this many per rule. */
const maxExamples = 6
const maxInputLength = 600

interface Example {
  name: string
  input: string
  format: Format
  settings: unknown
}

function examplesOf(ruleFolder: string): Example[] {
  const dir = path.join(ruleFolder, 'test', 'fixtures')
  if (!existsSync(dir)) return []
  const examples: Example[] = []
  for (const name of readdirSync(dir).sort()) {
    const inputName = readdirSync(path.join(dir, name)).find((file) => file.startsWith('input.'))
    if (!inputName) continue
    const input = readFileSync(path.join(dir, name, inputName), 'utf8')
    if (input.length > maxInputLength) continue
    const expected = JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as {settings?: unknown}
    examples.push({name, input, format: formatFromPath(inputName) ?? 'txt', settings: expected.settings})
  }
  return examples.slice(0, maxExamples)
}

const fence = (language: string, text: string) => {
  const ticks = /```/.test(text) ? '````' : '```'
  return `${ticks}${language}\n${text.endsWith('\n') ? text : text + '\n'}${ticks}`
}

/**
 * The "Examples" section of a rule's README: what the rule says on its own
 * fixtures (run now, not copied), and what `--fix` makes of them, so the docs
 * show exactly what the tests check.
 */
export async function renderExamples(rule: AnyRule, ruleFolder: string): Promise<string> {
  const parts = [examplesStart, '', '## Examples', '']
  for (const example of examplesOf(ruleFolder)) {
    const engine = createEngine([rule], {rules: {[rule.meta.ruleId]: (example.settings ?? {}) as never}})
    const file = await engine.check({value: example.input, format: example.format})
    await engine.complete([file])
    const language = example.format === 'txt' ? 'text' : example.format === 'md' ? 'markdown' : 'html'
    parts.push(`### \`${example.name}\``, '', `In (\`input.${example.format}\`):`, '', fence(language, example.input), '')
    const lines = file.messages.map((message) => {
      const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
      return `${message.line}:${message.column}  ${severity}  ${message.reason}`
    })
    parts.push('Out:', '', fence('text', lines.length > 0 ? lines.join('\n') : 'no messages'), '')
    if (!isCorpusRule(rule) && rule.meta.fixable && lines.length > 0) {
      const fixed = await fixText(engine, {value: example.input, format: example.format})
      if (fixed.output !== example.input) parts.push('With `--fix`:', '', fence(language, fixed.output), '')
    }
  }
  parts.push(examplesEnd)
  return parts.join('\n')
}

/** A README with its examples section replaced (or appended when it has none). */
export function withExamples(readme: string, examples: string): string {
  const start = readme.indexOf(examplesStart)
  const end = readme.indexOf(examplesEnd)
  if (start !== -1 && end !== -1) return readme.slice(0, start) + examples + readme.slice(end + examplesEnd.length)
  return readme.replace(/\n*$/, '\n\n') + examples + '\n'
}
