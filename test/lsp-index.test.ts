import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {createEngine} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {indexArchive} from '../packages/cli/src/commands/lsp.js'
import {runCli} from './helpers.js'

// Issue 16: the language server checks an article against the claim index as it is written.
// Invented articles: a 2019 figure in the archive, the same figure with two digits swapped in a draft.
const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-lsp-index-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

test('the archive hook of jiaodui lsp reports a clash with an indexed article, and stays quiet without an index', async () => {
  mkdirSync(path.join(folder, 'archive'))
  writeFileSync(path.join(folder, 'archive', 'guizhou.txt'), '人民网贵阳2019年1月10日电\n截至2018年底，贵州共有8542名第一书记。\n')
  expect((await runCli(['index', 'add', 'archive', '--index', 'claims.db'], folder)).code).toBe(0)
  const engine = createEngine(rules)
  const draft = await engine.check({value: '人民网贵阳2020年1月15日电\n截至2018年底，贵州共有8452名第一书记。\n', format: 'txt', path: path.join(folder, 'draft.txt')})
  let stderr = ''
  const io = {cwd: folder, env: {}, stderr: (text: string | Uint8Array) => void (stderr += String(text))}
  await indexArchive('claims.db', io).checkAgainstArchive([draft])
  const clash = draft.messages.find((message) => message.ruleId === 'consistent-numeric-claims')
  expect(clash?.reason).toContain('archive/guizhou.txt')
  expect(stderr).toBe('')
  // Not asked for (no --index, no settings.index.check): nothing happens.
  const other = await engine.check({value: '截至2018年底，贵州共有8452名第一书记。\n', format: 'txt', path: path.join(folder, 'other.txt')})
  await indexArchive(undefined, io).checkAgainstArchive([other])
  expect(other.messages.filter((message) => message.ruleId === 'consistent-numeric-claims')).toEqual([])
  // An index that does not exist is said once on stderr, never thrown.
  await indexArchive('missing.db', io).checkAgainstArchive([other])
  expect(stderr).toMatch(/claim index not used/)
})
