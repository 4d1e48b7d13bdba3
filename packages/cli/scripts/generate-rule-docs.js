// Writes the "Examples" section of every rule README from its fixtures (run `pnpm generate`).
// test/docs.test.ts fails when a committed README and this output differ.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules} from '@jiaodui/preset'
import {renderExamples, withExamples} from '../dist/docs.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
for (const rule of rules) {
  const folder = path.join(root, 'rules', rule.meta.ruleId)
  const readme = path.join(folder, 'README.md')
  const next = withExamples(readFileSync(readme, 'utf8'), await renderExamples(rule, folder))
  writeFileSync(readme, next)
}
console.log(`wrote the examples of ${rules.length} rule READMEs`)
