import {expect, test} from 'vitest'
import {compileSchema, schemaDefaults, validateOptions, type JsonSchema} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'

/** What ajv makes of "no options": `{}` validated with defaults filled in. */
function ajvDefaults(schema: JsonSchema): unknown {
  const value = {}
  expect(compileSchema(schema)(value)).toBe(true)
  return value
}

test('every rule schema is read without ajv, and the defaults equal what ajv fills in (same keys, same order)', () => {
  const withSchema = rules.filter((rule) => rule.meta.optionsSchema)
  expect(withSchema.length).toBeGreaterThan(5)
  for (const rule of withSchema) {
    const schema = rule.meta.optionsSchema!
    const read = schemaDefaults(schema)
    expect(read, rule.meta.ruleId).toBeDefined()
    expect(JSON.stringify(read), rule.meta.ruleId).toBe(JSON.stringify(ajvDefaults(schema)))
    expect(JSON.stringify(validateOptions(rule.meta, undefined)), rule.meta.ruleId).toBe(JSON.stringify(ajvDefaults(schema)))
  }
})

const shapes: Record<string, JsonSchema> = {
  flat: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minLength: {type: 'integer', minimum: 1, default: 2},
      mode: {enum: ['strict', 'loose'], default: 'strict'},
      allow: {type: 'array', items: {type: 'string'}, default: ['甲', '乙']},
      kinds: {type: 'object', additionalProperties: {type: 'boolean'}},
      nested: {type: 'object', properties: {inner: {type: 'string', default: 'x'}}},
      table: {type: 'object', additionalProperties: {type: 'number'}, default: {a: 1}}
    }
  },
  empty: {type: 'object', properties: {}}
}

test('defaults read from hand-written schemas equal ajv’s', () => {
  for (const [name, schema] of Object.entries(shapes)) {
    expect(JSON.stringify(schemaDefaults(schema)), name).toBe(JSON.stringify(ajvDefaults(schema)))
  }
})

test('defaults are fresh copies: changing one run’s options does not change the next', () => {
  const first = schemaDefaults(shapes['flat']!) as {allow: string[]}
  first.allow.push('丙')
  expect((schemaDefaults(shapes['flat']!) as {allow: string[]}).allow).toEqual(['甲', '乙'])
})

test('schemas the reading does not follow are left to ajv', () => {
  // Defaults inside an object default: ajv fills them in.
  const nestedDefault = {
    type: 'object',
    properties: {outer: {type: 'object', default: {}, properties: {inner: {type: 'string', default: 'x'}}}}
  }
  expect(schemaDefaults(nestedDefault)).toBeUndefined()
  expect(ajvDefaults(nestedDefault)).toEqual({outer: {inner: 'x'}})
  expect(schemaDefaults({type: 'object', required: ['a'], properties: {a: {type: 'string'}}})).toBeUndefined()
  expect(schemaDefaults({type: 'object', allOf: [], properties: {}})).toBeUndefined()
  expect(schemaDefaults({type: 'array'})).toBeUndefined()
})
