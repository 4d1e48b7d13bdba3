// Writes schemas/config.schema.json from the rules of the preset (run `pnpm generate`).
// test/schemas.test.ts fails when the committed file and this output differ.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules} from '@jiaodui/preset'
import {buildConfigSchema} from '../dist/schema.js'

const target = fileURLToPath(new URL('../../../schemas/config.schema.json', import.meta.url))
writeFileSync(target, JSON.stringify(buildConfigSchema(rules), null, 2) + '\n')
console.log(`wrote ${target}`)
