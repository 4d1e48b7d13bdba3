import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {schemaFormats} from '@jiaodui/lint-rule'
import {Ajv2020} from 'ajv/dist/2020.js'
import {expect, test} from 'vitest'
import {buildConfigSchema, ConfigLoader} from '@jiaodui/cli'
import {rules} from '@jiaodui/preset'
import {VFile} from 'vfile'
import {buildReport, defaultNotesPerRule} from '@jiaodui/core'
import {assertValid, root} from './helpers.js'

const schemaFiles = readdirSync(path.join(root, 'schemas')).filter((name) => name.endsWith('.schema.json'))

test('every schema compiles in ajv strict mode (JSON Schema 2020-12)', () => {
  expect(schemaFiles).toContain('config.schema.json')
  expect(schemaFiles).toContain('report.schema.json')
  for (const name of schemaFiles) {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(`https://jiaodui.dev/schemas/${name}`)
    expect(() => new Ajv2020({strict: true, formats: schemaFormats}).compile(schema)).not.toThrow()
  }
})

test('schemas/config.schema.json is generated from the rules (run `pnpm generate`)', () => {
  const committed = JSON.parse(readFileSync(path.join(root, 'schemas', 'config.schema.json'), 'utf8'))
  expect(committed).toEqual(buildConfigSchema(rules))
})

test('every JSON config example in the docs validates', () => {
  const loader = new ConfigLoader(rules)
  const docs = [
    path.join(root, 'README.md'),
    ...rules.map((rule) => path.join(root, 'rules', rule.meta.ruleId, 'README.md'))
  ]
  let examples = 0
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8')
    for (const match of text.matchAll(/```json\n([\s\S]*?)```/g)) {
      const value = JSON.parse(match[1]!)
      if (!('rules' in value) && !('settings' in value)) continue
      expect(() => loader.check(value, doc)).not.toThrow()
      examples++
    }
  }
  expect(examples).toBeGreaterThan(1)
})

test('a report message carries its note by index or, past the bound of the rule table, itself; never both', () => {
  const file = new VFile({path: 'a.txt', value: '甲'.repeat(1100)})
  for (let offset = 0; offset < defaultNotesPerRule + 2; offset++) {
    const message = file.message('reason', {place: {line: 1, column: offset + 1, offset}, ruleId: 'some-rule', source: 'jiaodui'})
    message.note = `note ${offset}`
  }
  const report = JSON.parse(JSON.stringify(buildReport([{path: 'a.txt', file}], '0.0.0')))
  assertValid('report.schema.json', report)
  const both = structuredClone(report)
  both.files[0].messages[0].note = 'note 0'
  expect(() => assertValid('report.schema.json', both)).toThrow(/boolean schema is false/)
})
