import {expectTypeOf, test} from 'vitest'
import type {OptionsOf} from '@jiaodui/lint-rule'

const schema = {
  type: 'object',
  properties: {
    minLength: {type: 'integer', default: 2},
    kinds: {type: 'object', additionalProperties: {type: 'boolean'}},
    mode: {enum: ['strict', 'loose'], default: 'strict'},
    allow: {type: 'array', items: {type: 'string'}}
  }
} as const

test('options types come from the schema: a default makes an option always present', () => {
  expectTypeOf<OptionsOf<typeof schema>>().toEqualTypeOf<{
    minLength: number
    mode: 'strict' | 'loose'
    kinds?: Record<string, boolean>
    allow?: string[]
  }>()
  expectTypeOf<OptionsOf<{type: 'object'}>>().toEqualTypeOf<Record<string, never>>()
})
