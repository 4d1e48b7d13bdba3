// Shared by the property tests of the script rules (not a test file itself).
import fc from 'fast-check'
import {applyEdits, createEngine, editFromMessage, fixText, type Format} from '@jiaodui/core'
import type {AnyRule} from '@jiaodui/lint-rule'
import {expect} from 'vitest'

/** Texts made of the pieces a rule cares about, joined at random. */
export function textOf(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
}

/**
 * Check, for random texts: every autofix replaces exactly its `actual` and
 * nothing outside its span; fixing is idempotent; a fixed text has no fix left.
 */
export async function checkFixProperties(
  rule: AnyRule,
  texts: fc.Arbitrary<string>,
  options: {format?: Format; settings?: Record<string, unknown>; runs?: number} = {}
): Promise<void> {
  const format = options.format ?? 'txt'
  const engine = createEngine([rule], {rules: {[rule.meta.ruleId]: {}}, settings: options.settings ?? {}})
  await fc.assert(
    fc.asyncProperty(texts, async (value) => {
      const file = await engine.check({value, format})
      for (const message of file.messages) {
        const edit = editFromMessage(message)
        if (!edit) continue
        expect(value.slice(edit.start, edit.end)).toBe(message.actual)
        const {output} = applyEdits(value, [edit])
        expect(output.slice(0, edit.start)).toBe(value.slice(0, edit.start))
        expect(output.slice(edit.start + edit.text.length)).toBe(value.slice(edit.end))
      }
      const fixed = await fixText(engine, {value, format})
      const again = await fixText(engine, {value: fixed.output, format})
      expect(again.output).toBe(fixed.output)
      expect(again.file.messages.filter((message) => message.expected?.[0] !== undefined)).toEqual([])
    }),
    {numRuns: options.runs ?? 60}
  )
}
