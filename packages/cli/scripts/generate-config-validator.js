// Writes generated/config-validator.cjs: the config schema of the preset's rules as ajv standalone
// code, so that a run with a config file validates it without loading ajv (run `pnpm generate`).
// packages/cli/test/config-validator.test.ts fails when the committed file and this output differ;
// a stale file is never used (its schema hash no longer matches) and ajv compiles the schema.
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules} from '@jiaodui/preset'
import {configValidatorSource} from '../dist/config-validator.js'
import {buildConfigSchema} from '../dist/schema.js'

const target = fileURLToPath(new URL('../generated/config-validator.cjs', import.meta.url))
mkdirSync(fileURLToPath(new URL('../generated/', import.meta.url)), {recursive: true})
writeFileSync(target, configValidatorSource(buildConfigSchema(rules)))
console.log(`wrote ${target}`)
