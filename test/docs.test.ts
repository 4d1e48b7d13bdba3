import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {renderExamples, withExamples} from '../packages/cli/src/docs.js'
import {rules} from '@jiaodui/preset'
import {root} from './helpers.js'

for (const rule of rules) {
  test(`${rule.meta.ruleId}: README examples are generated from its fixtures (run \`pnpm generate\`)`, async () => {
    const folder = path.join(root, 'rules', rule.meta.ruleId)
    const readme = readFileSync(path.join(folder, 'README.md'), 'utf8')
    expect(readme).toBe(withExamples(readme, await renderExamples(rule, folder)))
    expect(readme).toContain('## Examples')
  })
}
