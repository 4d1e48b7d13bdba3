import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {schemaFormats} from '@jiaodui/lint-rule'
import {describe, expect, test} from 'vitest'
import {extractClaims} from '../src/index.js'

// Tier two: reads the seed articles in ../shared (not part of the repository).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const seeds = path.resolve(root, '..', 'shared', 'corpus', 'seeds')
const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'claim.schema.json'), 'utf8')) as object
const ajv = new Ajv2020({strict: true, allErrors: true, formats: schemaFormats})
const validate = ajv.compile(schema)

describe('claims of the seed articles', () => {
  test('every claim of the seeds is schema-valid and slices the text', () => {
    for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(path.join(seeds, name), 'utf8')
      const claims = extractClaims({text, path: name})
      expect(claims.length).toBeGreaterThan(10)
      for (const claim of claims) {
        if (!validate(claim)) throw new Error(JSON.stringify(validate.errors))
        expect(text.slice(claim.place.start.offset, claim.place.end.offset)).toBe(claim.text)
      }
    }
  })

})
