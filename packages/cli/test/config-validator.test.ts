import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {formatAjvErrors, schemaFormats} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'
import {configSchemaHash, configValidatorSource} from '../src/config-validator.js'
import {ConfigError, ConfigLoader} from '../src/config.js'
import {buildConfigSchema} from '../src/schema.js'

const generatedPath = new URL('../generated/config-validator.cjs', import.meta.url)
const schema = buildConfigSchema(rules)
const createValidator = createRequire(import.meta.url)('../generated/config-validator.cjs') as ((formats: typeof schemaFormats) => ((value: unknown) => boolean) & {
  errors?: Parameters<typeof formatAjvErrors>[0]
}) & {schemaHash: string}
const generated = createValidator(schemaFormats)
const compiled = new Ajv2020({strict: true, allErrors: true, formats: schemaFormats}).compile(schema)

/** Configs the two validators must judge alike: valid ones, and one of each kind of mistake. */
const configs: unknown[] = [
  {},
  {rules: {'no-confusable': 'warn'}},
  {rules: {'no-scraped-boilerplate': {severity: 'error', options: {structure: false}}}},
  {rules: {'no-such-rule': 'warn'}},
  {rules: {'no-confusable': 'loud'}},
  {rules: {'no-scraped-boilerplate': {options: {structure: 'yes', extra: 1}}}},
  {settings: {date: '2023-02-30'}},
  {settings: {date: '2023-02-28', variant: 'zh-XX'}},
  {unknown: true, ignorePatterns: 'not a list'},
  [],
  null
]

describe('generated config validator', () => {
  test('generated/config-validator.cjs is what the generator makes from the preset (no drift)', () => {
    const stale = configValidatorSource(schema) !== readFileSync(generatedPath, 'utf8')
    expect(stale, 'packages/cli/generated/config-validator.cjs is stale: run `pnpm generate`').toBe(false)
    expect(createValidator.schemaHash).toBe(configSchemaHash(schema))
  })

  test('judges configs as the schema compiled by ajv does, with the same errors', () => {
    for (const config of configs) {
      const expected = compiled(structuredClone(config))
      expect(generated(structuredClone(config)), JSON.stringify(config)).toBe(expected)
      expect(formatAjvErrors(generated.errors), JSON.stringify(config)).toEqual(formatAjvErrors(compiled.errors))
    }
  })

  test('the loader reports a bad config with its pointers either way', () => {
    const loader = new ConfigLoader(rules)
    expect(() => loader.check({rules: {'no-confusable': 'loud'}}, '.jiaoduirc.json')).toThrow(ConfigError)
    expect(() => loader.check({rules: {'no-confusable': 'loud'}}, '.jiaoduirc.json')).toThrow(/\/rules\/no-confusable/)
    // A rule set the generated file was not made for (stale file): ajv compiles its schema instead.
    const fewer = new ConfigLoader(rules.slice(1))
    expect(() => fewer.check({rules: {[rules[0]!.meta.ruleId]: 'warn'}}, '.jiaoduirc.json')).toThrow(/unknown property/)
    expect(fewer.check({rules: {[rules[1]!.meta.ruleId]: 'warn'}}, '.jiaoduirc.json')).toBeDefined()
  })
})
