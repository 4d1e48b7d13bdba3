import {expect, test} from 'vitest'
import {lintRule, validateOptions, type OptionsOf} from '@jiaodui/lint-rule'

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minLength: {type: 'integer', minimum: 1, default: 2, description: 'Shortest run reported.'},
    kinds: {type: 'object', additionalProperties: {type: 'boolean'}, description: 'Kinds to report.'},
    mode: {enum: ['strict', 'loose'], default: 'strict', description: 'How strict.'},
    allow: {type: 'array', items: {type: 'string'}, description: 'Words to accept.'}
  }
} as const

test('the factory fills in the schema defaults, so rules never repeat them', () => {
  const rule = lintRule<OptionsOf<typeof schema>>(
    {origin: 'jiaodui:example-rule', family: 'general', description: 'An example', defaultSeverity: 'warning', fixable: false, optionsSchema: schema},
    () => {}
  )
  expect(validateOptions(rule.meta, {})).toEqual({minLength: 2, mode: 'strict'})
  expect(validateOptions(rule.meta, {minLength: 4, allow: ['余']})).toEqual({minLength: 4, mode: 'strict', allow: ['余']})
})
