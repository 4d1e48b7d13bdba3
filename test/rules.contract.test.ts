import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildReport, createEngine, fixText, formatFromPath, type Format} from '@jiaodui/core'
import {docsBase, isCorpusRule, type AnyRule} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {assertValid, root} from './helpers.js'

/** What a fixture expects of one message; absent fields are not checked. */
interface ExpectedMessage {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  actual?: string
  /** `null` = the message must not carry `expected`. */
  expected?: string[] | null
  data?: Record<string, unknown>
  reason?: string
}

interface Fixture {
  messages: ExpectedMessage[]
  /** Text after `--fix`; absent = fixing changes nothing. */
  output?: string
  /** Settings for the rule under test. */
  settings?: unknown
}

function fixturesOf(rule: AnyRule): Array<{name: string; input: string; format: Format; fixture: Fixture}> {
  const dir = path.join(root, 'rules', rule.meta.ruleId, 'test', 'fixtures')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const files = readdirSync(path.join(dir, name))
      const inputName = files.find((file) => file.startsWith('input.'))
      if (!inputName) throw new Error(`Fixture ${rule.meta.ruleId}/${name} has no input file`)
      return {
        name,
        input: readFileSync(path.join(dir, name, inputName), 'utf8'),
        format: formatFromPath(inputName)!,
        fixture: JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as Fixture
      }
    })
}

/** Check the message contract of DESIGN.md on one message. */
function checkContract(rule: AnyRule, message: VFileMessage, input: string): void {
  expect(message.source).toBe('jiaodui')
  expect(message.ruleId).toBe(rule.meta.ruleId)
  expect(message.url).toBe(`${docsBase}${rule.meta.ruleId}#readme`)
  // One sentence: no line break, starts with a capital, no trailing period.
  expect(message.reason).toMatch(/^[A-Z`]/)
  expect(message.reason).not.toMatch(/\n|\.$/)
  expect(typeof message.note === 'string' && message.note.length > 0).toBe(true)
  const place = message.place
  expect(place && 'start' in place).toBe(true)
  if (!place || !('start' in place)) return
  const {start, end} = place
  expect(start.offset).toBeTypeOf('number')
  expect(end.offset).toBeTypeOf('number')
  expect(end.offset!).toBeGreaterThanOrEqual(start.offset!)
  // Line/column agree with the offset.
  for (const point of [start, end]) {
    const before = input.slice(0, point.offset)
    const lines = before.split('\n')
    expect(point.line).toBe(lines.length)
    expect(point.column).toBe(lines.at(-1)!.length + 1)
  }
  // `actual` is the exact source slice.
  expect(message.actual).toBe(input.slice(start.offset, end.offset))
  // Severity follows the configured default; a message the rule is unsure of is info.
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  expect(severity).toBe(message.data?.['uncertain'] === true ? 'info' : rule.meta.defaultSeverity)
  // Only fixable rules offer fixes.
  if (!rule.meta.fixable) expect(message.expected?.length ?? 0).toBe(0)
  if (message.expected) {
    for (const value of message.expected) expect(typeof value).toBe('string')
  }
}

function matches(message: VFileMessage, expected: ExpectedMessage): boolean {
  const place = message.place && 'start' in message.place ? message.place : undefined
  if (!place) return false
  if (place.start.line !== expected.line || place.start.column !== expected.column) return false
  if (expected.endLine !== undefined && place.end.line !== expected.endLine) return false
  if (expected.endColumn !== undefined && place.end.column !== expected.endColumn) return false
  if (expected.actual !== undefined && message.actual !== expected.actual) return false
  if (expected.expected === null && message.expected !== undefined) return false
  if (expected.expected && JSON.stringify(message.expected) !== JSON.stringify(expected.expected)) return false
  if (expected.reason !== undefined && message.reason !== expected.reason) return false
  if (expected.data) {
    for (const [key, value] of Object.entries(expected.data)) {
      if (JSON.stringify(message.data?.[key]) !== JSON.stringify(value)) return false
    }
  }
  return true
}

async function runRule(rule: AnyRule, input: string, format: Format, settings?: unknown): Promise<VFile> {
  const engine = createEngine([rule], {rules: {[rule.meta.ruleId]: (settings ?? {}) as never}})
  const file = await engine.check({value: input, format, path: `input.${format}`})
  await engine.complete([file])
  return file
}

test('every rule folder is a rule of the preset, with a README titled by its id', () => {
  const folders = readdirSync(path.join(root, 'rules')).sort()
  expect(folders).toEqual(rules.map((rule) => rule.meta.ruleId).sort())
  for (const rule of rules) {
    const readme = readFileSync(path.join(root, 'rules', rule.meta.ruleId, 'README.md'), 'utf8')
    expect(readme.split('\n')[0]).toBe(`# ${rule.meta.ruleId}`)
    const pkg = JSON.parse(readFileSync(path.join(root, 'rules', rule.meta.ruleId, 'package.json'), 'utf8'))
    expect(pkg.name).toBe(`@jiaodui/rule-${rule.meta.ruleId}`)
  }
})

test('every option of every rule is described in its schema (the one place options are written)', () => {
  for (const rule of rules) {
    const properties = (rule.meta.optionsSchema?.['properties'] ?? {}) as Record<string, {description?: string}>
    for (const [name, property] of Object.entries(properties)) {
      expect(property.description, `${rule.meta.ruleId}: option \`${name}\``).toMatch(/\S/)
    }
  }
})

for (const rule of rules) {
  describe(rule.meta.ruleId, () => {
    const fixtures = fixturesOf(rule)

    test('has fixtures, including one that must stay silent', () => {
      expect(fixtures.length).toBeGreaterThan(0)
      expect(fixtures.some((fixture) => fixture.fixture.messages.length === 0)).toBe(true)
    })

    for (const {name, input, format, fixture} of fixtures) {
      test(`fixture ${name}`, async () => {
        // Every expected message pins its reason: a changed message is a deliberate change.
        for (const want of fixture.messages) expect(want.reason, `${name}: message at ${want.line}:${want.column} pins no reason`).toBeTypeOf('string')
        const file = await runRule(rule, input, format, fixture.settings)
        for (const message of file.messages) checkContract(rule, message, input)
        const unexpected = file.messages.filter((message) => !fixture.messages.some((want) => matches(message, want)))
        const missing = fixture.messages.filter((want) => !file.messages.some((message) => matches(message, want)))
        expect({unexpected: unexpected.map(summary), missing}).toEqual({unexpected: [], missing: []})
        expect(file.messages.length).toBe(fixture.messages.length)

        const report = buildReport([{path: `input.${format}`, file, format}], '0.0.0')
        assertValid('report.schema.json', report)

        if (!isCorpusRule(rule) && rule.meta.fixable) {
          const engine = createEngine([rule], {rules: {[rule.meta.ruleId]: (fixture.settings ?? {}) as never}})
          const fixed = await fixText(engine, {value: input, format})
          expect(fixed.output).toBe(fixture.output ?? input)
          // Fixing again changes nothing: fixes are idempotent.
          const again = await fixText(engine, {value: fixed.output, format})
          expect(again.output).toBe(fixed.output)
        }
      })
    }

    test('robust on empty, blank and odd input', async () => {
      for (const input of ['', ' ', '\n\n\n', '\u3000', '\r\n', '\uD800', '𠮷', '。。。', 'a'.repeat(5000)]) {
        for (const format of ['txt', 'md', 'html'] as const) {
          const file = await runRule(rule, input, format)
          for (const message of file.messages) checkContract(rule, message, input)
        }
      }
    })
  })
}

function summary(message: VFileMessage) {
  return {
    line: message.line,
    column: message.column,
    actual: message.actual,
    expected: message.expected,
    reason: message.reason,
    data: message.data
  }
}
