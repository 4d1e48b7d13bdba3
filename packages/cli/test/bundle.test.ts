import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
// @ts-expect-error: plain JavaScript beside the bin, without declarations
import {isFresh, loadBundle} from '../bin/load-bundle.js'
import {root} from './helpers.js'

const bin = path.join(root, 'packages', 'cli', 'bin', 'jiaodui.js')
const checkout = path.join(root, 'packages', 'cli', 'bundle')

/** A checkout in a temporary folder with one input file and a bundle made from it. */
function fakeCheckout(): {root: string; folder: string; input: string} {
  const fake = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-'))
  const folder = path.join(fake, 'packages', 'cli', 'bundle')
  mkdirSync(folder, {recursive: true})
  const input = path.join(fake, 'input.js')
  writeFileSync(input, 'export const answer = 7\n')
  writeFileSync(path.join(folder, 'run.cjs'), 'exports.run = async (argv) => argv.length + 7\n')
  const stamp = (file: string) => [statSync(file).size, statSync(file).mtimeMs]
  writeFileSync(path.join(folder, 'inputs.json'), JSON.stringify({root: fake, bundle: stamp(path.join(folder, 'run.cjs')), inputs: [['input.js', ...stamp(input)]]}))
  return {root: fake, folder, input}
}

describe('the one-file bundle of a checkout', () => {
  test('is loaded while its inputs are unchanged, with the code cache from the second run on', async () => {
    const fake = fakeCheckout()
    const first = loadBundle(fake.folder, fake.root)
    expect(await first.exports.run(['a', 'b'])).toBe(9)
    expect(first.usedCodeCache).toBe(false)
    first.saveCodeCache()
    expect(existsSync(path.join(fake.folder, 'run.cjs.cache'))).toBe(true)
    const second = loadBundle(fake.folder, fake.root)
    expect(second.usedCodeCache).toBe(true)
    expect(await second.exports.run([])).toBe(7)
  })

  test('is not used when an input changed, the bundle changed, the checkout moved or there is no manifest', () => {
    const edited = fakeCheckout()
    writeFileSync(edited.input, 'export const answer = 8\n')
    expect(isFresh(edited.folder, edited.root)).toBe(false)
    expect(loadBundle(edited.folder, edited.root)).toBeUndefined()

    const touched = fakeCheckout()
    utimesSync(touched.input, new Date(), new Date(Date.now() + 5000))
    expect(isFresh(touched.folder, touched.root)).toBe(false)

    const rebundled = fakeCheckout()
    writeFileSync(path.join(rebundled.folder, 'run.cjs'), 'exports.run = async () => 0 // another build\n')
    expect(isFresh(rebundled.folder, rebundled.root)).toBe(false)

    const moved = fakeCheckout()
    expect(isFresh(moved.folder, path.join(moved.root, 'elsewhere'))).toBe(false)

    const none = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-none-'))
    expect(loadBundle(none, none)).toBeUndefined()
    expect(isFresh(fakeCheckout().folder, fakeCheckout().root)).toBe(false)
  })

  test('a check through the bundle reports exactly what the modules report', () => {
    // `pnpm test` bundles before the tests; a run of vitest alone may find it stale.
    if (!isFresh(checkout, root)) execFileSync(process.execPath, [path.join(root, 'packages', 'cli', 'scripts', 'bundle.js')])
    expect(isFresh(checkout, root)).toBe(true)
    // Only a run through the bundle writes its code cache: the comparison below is of the bundle, not of a fallback.
    rmSync(path.join(checkout, 'run.cjs.cache'), {force: true})
    const examples = path.join(root, 'examples')
    const run = (env: NodeJS.ProcessEnv, format: string) =>
      spawnSync(process.execPath, [bin, 'check', '--format', format, '.'], {cwd: examples, encoding: 'utf8', env: {...process.env, ...env}})
    for (const format of ['json', 'stylish', 'sarif']) {
      const bundled = run({}, format)
      const modules = run({JIAODUI_BUNDLE: '0'}, format)
      expect(bundled.status, bundled.stderr).toBe(1)
      expect(bundled.stdout.length).toBeGreaterThan(100)
      expect(bundled.stdout).toBe(modules.stdout)
      expect(bundled.stderr).toBe(modules.stderr)
    }
    expect(existsSync(path.join(checkout, 'run.cjs.cache'))).toBe(true)
    // Subcommands that load other parts lazily work through the bundle too.
    const numbers = spawnSync(process.execPath, [bin, 'numbers', '.'], {cwd: examples, encoding: 'utf8'})
    expect(numbers.status, numbers.stderr).toBe(0)
    expect(numbers.stdout).toBe(spawnSync(process.execPath, [bin, 'numbers', '.'], {cwd: examples, encoding: 'utf8', env: {...process.env, JIAODUI_BUNDLE: '0'}}).stdout)
    expect(readFileSync(path.join(checkout, 'inputs.json'), 'utf8')).toContain('no-scraped-boilerplate')
  })

  test('a check through the bundle does not load node:child_process; --staged, which runs git, does', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-builtins-'))
    writeFileSync(path.join(folder, 'a.txt'), '据统计，2023年全市共接待游客1200万人次，同比增长15%。\n')
    // Every built-in module a run requires, by name, through the CommonJS loader the bundle uses.
    writeFileSync(
      path.join(folder, 'record.cjs'),
      "const Module = require('node:module'); const load = Module._load; Module._load = function (request) { if (/child_process/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.apply(this, arguments) }\n"
    )
    const run = (args: string[]) => spawnSync(process.execPath, ['--require', path.join(folder, 'record.cjs'), bin, ...args], {cwd: folder, encoding: 'utf8'})
    const checked = run(['check', '--format', 'json', 'a.txt'])
    expect([0, 1], checked.stderr).toContain(checked.status)
    expect(JSON.parse(checked.stdout).files[0].path).toBe('a.txt')
    expect(checked.stderr).not.toContain('child_process')
    // (The recorder itself sees the require: a staged run outside a repository asks git and says so.)
    const staged = run(['check', '--staged'])
    expect(staged.stderr).toContain('loaded node:child_process')
  })

  test('packages kept outside the bundle load from it: the SQLite claim index (libsql)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-index-'))
    writeFileSync(path.join(folder, 'old.txt'), '新华社昆明2021年3月2日电\n截至2020年底，云南共有3721个农民专业合作社。\n')
    writeFileSync(path.join(folder, 'new.txt'), '新华社昆明2022年3月5日电\n截至2020年底，云南共有3271个农民专业合作社。\n')
    const jiaodui = (args: string[]) => spawnSync(process.execPath, [bin, ...args], {cwd: folder, encoding: 'utf8'})
    const added = jiaodui(['index', 'add', 'old.txt', '--index', 'claims.db'])
    expect(added.status, added.stderr).toBe(0)
    const checked = jiaodui(['check', 'new.txt', '--index', 'claims.db', '--format', 'json'])
    expect(checked.stderr).toBe('')
    expect(JSON.parse(checked.stdout).files[0].messages.map((message: {ruleId: string}) => message.ruleId)).toContain('consistent-numeric-claims')
  })
})
