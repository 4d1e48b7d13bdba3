import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, expect, test} from 'vitest'
import {root} from './helpers.js'

// Issue 10: `npm pack` of the publishable packages gives a working `jiaodui`
// installed from the tarballs alone (as `npx` would install it). Tier two: it
// installs third-party dependencies from the npm registry.
const work = mkdtempSync(path.join(tmpdir(), 'jiaodui-pack-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

function publishable(): string[] {
  const folders: string[] = []
  for (const top of ['packages', 'rules']) {
    for (const name of readdirSync(path.join(root, top))) {
      const manifest = path.join(root, top, name, 'package.json')
      try {
        if (!JSON.parse(readFileSync(manifest, 'utf8')).private) folders.push(path.join(root, top, name))
      } catch {
        // Not a package.
      }
    }
  }
  return folders
}

test('the packed CLI installs from its tarballs and checks an article', () => {
  const tarballs = path.join(work, 'tarballs')
  mkdirSync(tarballs)
  // One npx start for all packages: `pnpm pack` rewrites `workspace:*` to versions and runs `prepack`.
  const script = publishable().map((folder) => `(cd '${folder}' && pnpm pack --pack-destination '${tarballs}')`).join(' && ')
  execFileSync('npx', ['--yes', '-p', 'pnpm@10', '-c', script], {stdio: 'pipe'})
  const app = path.join(work, 'app')
  mkdirSync(app)
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'newsroom', private: true}))
  const files = readdirSync(tarballs).map((name) => path.join(tarballs, name))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...files], {cwd: app, stdio: 'pipe'})
  const bin = path.join(app, 'node_modules', '.bin', 'jiaodui')
  expect(execFileSync(bin, ['--version'], {encoding: 'utf8'}).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  // Rule data (boilerplate patterns, character tables, places) must be in the tarballs.
  writeFileSync(path.join(app, 'a.txt'), '首页 > 新闻 > 正文\n港口新航線明年开通\n新航线明年开通,每日往返十二班。\n')
  let output = ''
  try {
    execFileSync(bin, ['check', '--format', 'json', 'a.txt'], {cwd: app, encoding: 'utf8'})
  } catch (error) {
    output = (error as {stdout: string}).stdout
  }
  const rules = JSON.parse(output).files[0].messages.map((message: {ruleId: string}) => message.ruleId)
  expect(rules).toEqual(expect.arrayContaining(['no-scraped-boilerplate', 'consistent-punctuation-width']))
})
