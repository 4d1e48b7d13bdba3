import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
// The CLI depends on this package; its tests drive it in process, as the root tests do.
import {runCli} from '../../../test/helpers.js'
import {clusterTimeout, downgradeToVersion1, postgresBackend, postgresBin, sqliteBackend, type Backend, useBackend} from './helpers.js'

const jiaodui = (argv: string[], cwd: string, env: Record<string, string> = {}) =>
  runCli(argv, cwd, '', env).then(({code, stdout, stderr}) => ({code, stdout, stderr}))

let root: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'jiaodui-check-index-'))
})
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** A newsroom folder: an article published in January 2019, and a draft of January 2020 that contradicts it. */
function newsroom(name: string): string {
  const folder = path.join(root, name)
  mkdirSync(path.join(folder, 'archive', '2019'), {recursive: true})
  mkdirSync(path.join(folder, 'drafts'), {recursive: true})
  writeFileSync(path.join(folder, 'archive', '2019', 'guizhou.txt'), '人民网贵阳2019年1月10日电\n截至2018年底，贵州共有8542名第一书记，驻村干部5.3万名。\n')
  writeFileSync(path.join(folder, 'drafts', 'guizhou.txt'), '人民网贵阳2020年1月15日电\n截至2018年底，贵州共有8452名第一书记。\n')
  return folder
}

interface JsonMessage {
  ruleId: string
  reason: string
  place: {start: {line: number; column: number}}
  cause?: {path?: string; place?: {start: {line: number; column: number}}}
}

function indexMessages(stdout: string): JsonMessage[] {
  const report = JSON.parse(stdout) as {files: Array<{path: string; messages: JsonMessage[]}>}
  return report.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'consistent-numeric-claims')
}

function suite(name: string, make: () => Promise<Backend>) {
  describe(`jiaodui check --index on ${name}`, () => {
    const backend = useBackend(make)

    test('a draft clashing with an article indexed a year earlier: the message names the archived article', async () => {
      const folder = newsroom(`${name}-clash`)
      const location = await backend.fresh()
      const index = location.backend === 'postgres' ? location.url : location.file
      expect((await jiaodui(['index', 'add', 'archive', '--index', index], folder)).code).toBe(0)
      const alone = await jiaodui(['check', 'drafts/guizhou.txt', '--format', 'json'], folder)
      expect(indexMessages(alone.stdout)).toEqual([])
      const checked = await jiaodui(['check', 'drafts/guizhou.txt', '--index', index, '--format', 'json'], folder)
      expect(checked.code).toBe(1)
      const messages = indexMessages(checked.stdout)
      expect(messages.map((message) => message.reason)).toEqual([
        '`8452名` disagrees with `8542名` in the indexed article `archive/2019/guizhou.txt` (2019-01-10, line 2) (第一书记, 贵州省, as of 2018-12): likely transposed digits'
      ])
      expect(messages[0]?.place.start).toEqual({line: 2, column: 14, offset: 30})
      expect(messages[0]?.cause).toMatchObject({path: 'archive/2019/guizhou.txt', place: {start: {line: 2, column: 14}}})
    })

    test('an index made before key versions were recorded: check warns, `index add` re-extracts the unchanged article', async () => {
      const folder = newsroom(`${name}-versions`)
      const location = await backend.fresh()
      const index = location.backend === 'postgres' ? location.url : location.file
      expect((await jiaodui(['index', 'add', 'archive', '--index', index], folder)).code).toBe(0)
      await downgradeToVersion1(location)
      const warned = await jiaodui(['check', 'drafts/guizhou.txt', '--index', index, '--format', 'json'], folder)
      expect(warned.stderr).toMatch(/warning: the claim index .* holds 1 article indexed by another version of the claim extraction .*jiaodui index add/)
      const stats = await jiaodui(['index', 'stats', '--index', index], folder)
      expect(stats.stdout).toMatch(/keys: +version \d+; 1 documents indexed under another version/)
      const added = await jiaodui(['index', 'add', 'archive', '--index', index], folder)
      expect(added.stdout).toMatch(/0 added, 1 replaced, 0 unchanged/)
      const checked = await jiaodui(['check', 'drafts/guizhou.txt', '--index', index, '--format', 'json'], folder)
      expect(checked.stderr).not.toMatch(/another version/)
      expect(indexMessages(checked.stdout).map((message) => message.cause?.path)).toEqual(['archive/2019/guizhou.txt'])
    })

    test('--index-update records the draft, so the archived article, checked again, is told about it', async () => {
      const folder = newsroom(`${name}-update`)
      const location = await backend.fresh()
      const index = location.backend === 'postgres' ? location.url : location.file
      await jiaodui(['index', 'add', 'archive', '--index', index], folder)
      expect((await jiaodui(['check', 'drafts', '--index', index, '--index-update'], folder)).code).toBe(1)
      const again = await jiaodui(['check', 'archive', '--index', index, '--format', 'json'], folder)
      expect(indexMessages(again.stdout).map((message) => message.reason)).toEqual([
        '`8542名` disagrees with `8452名` in the indexed article `drafts/guizhou.txt` (2020-01-15, line 2) (第一书记, 贵州省, as of 2018-12): likely transposed digits'
      ])
    })
  })
}

suite('SQLite', async () => sqliteBackend())
if (postgresBin) suite('PostgreSQL', postgresBackend)
else describe.skip('jiaodui check --index on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))

describe('jiaodui check --index, the default index', () => {
  test('a bare --index before an article uses .jiaodui/claims.db and checks the article', async () => {
    const folder = newsroom('bare')
    await jiaodui(['index', 'add', 'archive'], folder)
    const checked = await jiaodui(['check', '--index', 'drafts/guizhou.txt', '--format', 'json'], folder)
    expect(indexMessages(checked.stdout)).toHaveLength(1)
  })

  test('--index on a project without an index is a clear fatal error; settings.index.check only warns', async () => {
    const folder = newsroom('none')
    const explicit = await jiaodui(['check', 'drafts', '--index'], folder)
    expect(explicit).toMatchObject({code: 2, stderr: expect.stringContaining('no claim index at')})
    writeFileSync(path.join(folder, '.jiaoduirc.json'), JSON.stringify({settings: {index: {check: true}}}))
    const configured = await jiaodui(['check', 'drafts'], folder)
    expect(configured.code).toBe(0)
    expect(configured.stderr).toContain('checked without it (settings.index.check)')
  })
})
