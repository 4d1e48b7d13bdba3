import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {dataKeys} from '@jiaodui/lint-rule'
import {root} from './helpers.js'

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) yield* sources(full)
    else if (name.endsWith('.ts')) yield full
  }
}

test('every key of file.data that a package writes is declared in dataKeys, with its writer', () => {
  const written = new Set<string>()
  for (const top of ['packages', 'rules']) {
    for (const pkg of readdirSync(path.join(root, top))) {
      const src = path.join(root, top, pkg, 'src')
      if (!statSync(path.join(root, top, pkg)).isDirectory() || !readdirSync(path.join(root, top, pkg)).includes('src')) continue
      for (const file of sources(src)) {
        const text = readFileSync(file, 'utf8')
        for (const match of text.matchAll(/file\.data(?:\.(\w+)|\['(\w+)'\])\s*(?:=(?!=)|\?\?=)/g)) written.add(match[1] ?? match[2]!)
      }
    }
  }
  expect([...written].filter((key) => !(key in dataKeys))).toEqual([])
})

test('a rule that is off still writes the data later rules read, and reports nothing', async () => {
  const {createEngine} = await import('@jiaodui/core')
  const {rules} = await import('@jiaodui/preset')
  const engine = createEngine(rules, {rules: {'no-scraped-boilerplate': 'off'}})
  // Written for this test: a dateline and source line under the headline.
  const file = await engine.check({value: '港口新航线明年开通\n2026年3月2日08:15　来源：示例日报\n新航线明年开通，每日往返十二班。\n', format: 'txt'})
  expect(file.data.meta).toMatchObject({date: '2026-03-02', source: '示例日报'})
  expect(file.messages.filter((message) => message.ruleId === 'no-scraped-boilerplate')).toEqual([])
})

const claimRules = ['consistent-numeric-claims', 'no-contradictory-claims', 'parts-sum-to-whole', 'no-impossible-percentage']
const allClaimRulesOff = Object.fromEntries(claimRules.map((id) => [id, 'off' as const]))
// Written for this test: a dated article with figures.
const article = '新华社南宁2024年5月6日电\n截至2023年底，广西共有农民专业合作社6.1万家，比上年增长4.5%。\n'

test('a rule that is off and whose data nobody reads is not run at all (the claim rules off: no claims extracted)', async () => {
  const {createEngine, rulesToRun} = await import('@jiaodui/core')
  const {rules} = await import('@jiaodui/preset')
  const attached = rulesToRun(rules, {rules: allClaimRulesOff}, []).map((rule) => rule.meta.ruleId)
  for (const id of claimRules) expect(attached).not.toContain(id)
  const file = await createEngine(rules, {rules: allClaimRulesOff}).check({value: article, format: 'txt'})
  expect(file.data.claims).toBeUndefined()
  // With every rule on, the same article has claims.
  expect((await createEngine(rules, {}).check({value: article, format: 'txt'})).data.claims?.length).toBeGreaterThan(0)
})

test('an off rule still runs when a rule that is on, the report or the caller reads its data', async () => {
  const {createEngine, rulesToRun} = await import('@jiaodui/core')
  const {rules} = await import('@jiaodui/preset')
  const ids = (config: Parameters<typeof rulesToRun>[1], keep: string[] = []) => rulesToRun(rules, config, keep).map((rule) => rule.meta.ruleId)
  // The claim rules read `meta` (no-scraped-boilerplate) and `region` (no-mixed-variant).
  expect(ids({rules: {'no-scraped-boilerplate': 'off', 'no-mixed-variant': 'off'}})).toEqual(expect.arrayContaining(['no-scraped-boilerplate', 'no-mixed-variant']))
  // With the claim rules off too, nobody reads `meta`; the report still reads `region`.
  const without = ids({rules: {...allClaimRulesOff, 'no-scraped-boilerplate': 'off', 'no-mixed-variant': 'off'}})
  expect(without).not.toContain('no-scraped-boilerplate')
  expect(without).toContain('no-mixed-variant')
  // The CLI's index step keeps `claims`: one claim rule runs (silently), and what it reads.
  const kept = ids({rules: {...allClaimRulesOff, 'no-scraped-boilerplate': 'off'}}, ['claims'])
  expect(kept.filter((id) => claimRules.includes(id)).length).toBeGreaterThan(0)
  expect(kept).toContain('no-scraped-boilerplate')
  const file = await createEngine(rules, {rules: allClaimRulesOff}, {keepData: ['claims']}).check({value: article, format: 'txt'})
  expect(file.data.claims?.length).toBeGreaterThan(0)
  expect(file.messages.filter((message) => claimRules.includes(message.ruleId ?? ''))).toEqual([])
})
