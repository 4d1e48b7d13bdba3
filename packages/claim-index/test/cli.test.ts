import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {rules} from '@jiaodui/preset'
import {ConfigLoader} from '../../cli/src/config.js'
// The CLI depends on this package; its tests drive it in process, as the root tests do.
import {runCli} from '../../../test/helpers.js'
import {clusterTimeout, postgresBackend, postgresBin, sqliteBackend, type Backend, useBackend} from './helpers.js'

const jiaodui = (argv: string[], cwd: string, env: Record<string, string> = {}, stdin = '') =>
  runCli(argv, cwd, stdin, env).then(({code, stdout, stderr}) => ({code, stdout, stderr}))

let root: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'jiaodui-index-cli-'))
})
afterAll(() => rmSync(root, {recursive: true, force: true}))

/** A project folder with two archived articles. */
function project(name: string): string {
  const folder = path.join(root, name)
  mkdirSync(path.join(folder, 'archive'), {recursive: true})
  writeFileSync(path.join(folder, 'archive', 'a.txt'), '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8542名第一书记，驻村干部5.3万名。\n')
  writeFileSync(path.join(folder, 'archive', 'b.txt'), '人民网太原2019年3月2日电 2018年，山西新增农村致富带头人3120名。\n')
  return folder
}

function suite(name: string, make: () => Promise<Backend>) {
  describe(`jiaodui index on ${name}`, () => {
    const backend = useBackend(make)

    async function indexFlag(): Promise<string> {
      const location = await backend.fresh()
      return location.backend === 'postgres' ? location.url : location.file
    }

    test('add, add again, change, stats, remove, prune', async () => {
      const folder = project(`${name}-cycle`)
      const index = await indexFlag()
      const added = await jiaodui(['index', 'add', 'archive', '--index', index, '--source', 'people'], folder)
      expect(added.stderr).toBe('')
      expect(added.stdout).toMatch(/: 2 added, 0 replaced, 0 unchanged \(3 claims recorded\)\n$/)
      expect((await jiaodui(['index', 'add', 'archive', '--index', index], folder)).stdout).toMatch(/0 added, 0 replaced, 2 unchanged/)
      writeFileSync(path.join(folder, 'archive', 'a.txt'), '人民网贵阳2019年1月10日电 截至2018年底，贵州共有8600名第一书记。\n')
      expect((await jiaodui(['index', 'add', 'archive', '--index', index], folder)).stdout).toMatch(/0 added, 1 replaced, 1 unchanged \(1 claims recorded\)/)
      const stats = JSON.parse((await jiaodui(['index', 'stats', '--index', index, '--format', 'json'], folder)).stdout) as Record<string, unknown>
      expect(stats).toMatchObject({backend: name === 'SQLite' ? 'sqlite' : 'postgres', documents: 2, claims: 2, oldest: '2019-01-10', newest: '2019-03-02'})
      expect((await jiaodui(['index', 'remove', 'archive/b.txt', 'archive/none.txt', '--index', index], folder)).stdout).toMatch(/1 of 2 removed/)
      expect((await jiaodui(['index', 'prune', '--before', '2019-02-01', '--index', index], folder)).stdout).toMatch(/1 documents dated before 2019-02-01 removed/)
      expect((await jiaodui(['index', 'stats', '--index', index], folder)).stdout).toMatch(/documents: 0 \(0 undated\)/)
    })

    test('export and import give back the same index; a bad line is refused with its number', async () => {
      const folder = project(`${name}-export`)
      const index = await indexFlag()
      const copy = await indexFlag()
      await jiaodui(['index', 'add', 'archive', '--index', index], folder)
      const exported = await jiaodui(['index', 'export', '--index', index], folder)
      expect(exported.stdout.trim().split('\n')).toHaveLength(2)
      expect((await jiaodui(['index', 'import', '--index', copy], folder, {}, exported.stdout)).stdout).toMatch(/2 added/)
      expect((await jiaodui(['index', 'export', '--index', copy], folder)).stdout).toBe(exported.stdout)
      const bad = await jiaodui(['index', 'import', '--index', copy], folder, {}, exported.stdout + '{"document": {}}\n')
      expect(bad.code).toBe(2)
      expect(bad.stderr).toBe('jiaodui: <stdin>:3: not an index record (expected {"document": {"path", "hash", …}, "claims": […]})\n')
    })
  })
}

suite('SQLite', async () => sqliteBackend())
if (postgresBin) suite('PostgreSQL', postgresBackend)
else describe.skip('jiaodui index on PostgreSQL (skipped: PostgreSQL server binaries not installed)', () => test('skipped', () => {}))

describe('where the index is', () => {
  test('default: .jiaodui/claims.db beside the config; settings.index.location relative to the config; JIAODUI_INDEX_URL before both', async () => {
    const folder = project('where')
    mkdirSync(path.join(folder, 'desk'), {recursive: true})
    writeFileSync(path.join(folder, '.jiaoduirc.json'), JSON.stringify({settings: {date: '2019-05-01'}}))
    await jiaodui(['index', 'add', '../archive/a.txt'], path.join(folder, 'desk'))
    expect(readFileSync(path.join(folder, '.jiaodui', 'claims.db')).subarray(0, 15).toString()).toBe('SQLite format 3')
    writeFileSync(path.join(folder, '.jiaoduirc.json'), JSON.stringify({settings: {index: {location: 'shared/claims.sqlite'}}}))
    await jiaodui(['index', 'add', 'archive/b.txt'], folder)
    expect((await jiaodui(['index', 'stats'], folder)).stdout).toContain(path.join(folder, 'shared', 'claims.sqlite'))
    const fromEnv = await jiaodui(['index', 'stats'], folder, {JIAODUI_INDEX_URL: path.join(folder, 'elsewhere.db')})
    expect(fromEnv).toMatchObject({code: 2, stderr: `jiaodui: no claim index at \`${path.join(folder, 'elsewhere.db')}\` (create one with \`jiaodui index add\`)\n`})
  })

  test('an invalid index setting is a config error with its JSON pointer', async () => {
    const folder = project('bad-setting')
    writeFileSync(path.join(folder, '.jiaoduirc.json'), JSON.stringify({settings: {index: {busyTimeout: -1}}}))
    const result = await jiaodui(['index', 'stats'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\/settings\/index\/busyTimeout/)
  })

  test('importing a file that does not exist is a fatal error and creates no index', async () => {
    const folder = project('import-missing')
    const result = await jiaodui(['index', 'import', 'missing.jsonl'], folder)
    expect(result).toMatchObject({code: 2, stderr: expect.stringMatching(/^jiaodui: cannot read `missing\.jsonl` \(ENOENT/)})
    expect(existsSync(path.join(folder, '.jiaodui'))).toBe(false)
  })

  test('a file that is not an index is a fatal error, not a crash', async () => {
    const folder = project('not-index')
    writeFileSync(path.join(folder, 'notes.db'), 'plain text, not a database\n'.repeat(100))
    const result = await jiaodui(['index', 'stats', '--index', 'notes.db'], folder)
    expect(result).toEqual({code: 2, stdout: '', stderr: `jiaodui: \`${path.join(folder, 'notes.db')}\` is not a claim index: it is not an SQLite database\n`})
  })
})

test('the config example of the README validates against the config schema', () => {
  const readme = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8')
  const examples = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as unknown)
  expect(examples.length).toBeGreaterThan(0)
  const loader = new ConfigLoader(rules)
  for (const example of examples) expect(() => loader.check(example, 'README.md')).not.toThrow()
})
