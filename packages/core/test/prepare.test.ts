import {lintRule} from '@jiaodui/lint-rule'
import {describe, expect, it} from 'vitest'
import {createEngine} from '../src/index.js'

// A rule's `prepare` (its head start on a text) runs once per text and function, before any rule
// of the file; a text checked in sections is prepared by no one (its sections are other texts).

const events: string[] = []
const prepare = (text: string, format: string) => {
  events.push(`prepare ${format} ${text.length}`)
}
const meta = {family: 'boilerplate', description: 'test rule', defaultSeverity: 'warning', fixable: false, prepare} as const
const first = lintRule({...meta, origin: 'jiaodui:first-test-rule'}, () => {
  events.push('first rule')
})
const second = lintRule({...meta, origin: 'jiaodui:second-test-rule'}, () => {
  events.push('second rule')
})

describe('RuleMeta.prepare', () => {
  it('runs once per function before the rules of each text', async () => {
    const engine = createEngine([first, second])
    events.length = 0
    await engine.check({value: '甲乙丙\n', format: 'txt', path: 'a.txt'})
    await engine.check({value: '# 标题\n', format: 'md', path: 'b.md'})
    expect(events).toEqual(['prepare txt 4', 'first rule', 'second rule', 'prepare md 5', 'first rule', 'second rule'])
  })

  it('does not run for a rule that is off, nor for a text checked in sections', async () => {
    events.length = 0
    await createEngine([first, second], {rules: {'first-test-rule': 'off', 'second-test-rule': 'off'}}).check({value: '甲乙丙\n', format: 'txt'})
    await createEngine([first, second], {}, {sectionSize: 10}).check({value: '甲乙丙丁戊\n'.repeat(10), format: 'txt'})
    expect(events.filter((event) => event.startsWith('prepare'))).toEqual([])
    expect(events.filter((event) => event === 'first rule').length).toBeGreaterThan(0)
  })
})
