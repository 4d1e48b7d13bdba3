import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'

/**
 * The pre-commit framework's own flow (Debian's `pre-commit`, which `.ci/run`
 * installs): a fresh repository of articles names this repository in
 * `.pre-commit-config.yaml`, runs `pre-commit install`, and commits. The hook
 * is the committed HEAD of this repository (pre-commit clones a revision), so
 * commit before running this test. The first commit installs and builds
 * jiaodui in pre-commit's clone (about a minute).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

let articles: string
let env: NodeJS.ProcessEnv

function run(command: string, args: string[]) {
  return spawnSync(command, args, {cwd: articles, env, encoding: 'utf8'})
}

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'})
  if (version.status !== 0) throw new Error('pre-commit is not installed (apt-get install -y pre-commit)')
  articles = mkdtempSync(path.join(tmpdir(), 'jiaodui-articles-'))
  env = {...process.env, PRE_COMMIT_HOME: path.join(articles, '.pre-commit-home'), PRE_COMMIT_COLOR: 'never'}
  const git = (...args: string[]) => execFileSync('git', args, {cwd: articles, env})
  git('init', '-q')
  git('config', 'user.email', 'editor@example.com')
  git('config', 'user.name', 'Editor')
  git('config', 'commit.gpgsign', 'false')
  writeFileSync(path.join(articles, '.gitignore'), '.pre-commit-home/\n')
  const rev = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()
  writeFileSync(
    path.join(articles, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${JSON.stringify(root)}\n    rev: ${rev}\n    hooks:\n      - id: jiaodui\n`
  )
})

// pre-commit's clone holds a whole installed workspace: removing it takes a while.
afterAll(() => {
  rmSync(articles, {recursive: true, force: true})
}, 300_000)

describe('jiaodui as a pre-commit hook, installed by the framework', () => {
  test('pre-commit install, then a defective commit is refused with the finding shown and a clean one passes', () => {
    const install = run('pre-commit', ['install'])
    expect(install.status, install.stderr).toBe(0)
    expect(install.stdout).toContain('pre-commit installed at .git/hooks/pre-commit')

    writeFileSync(path.join(articles, '河湾 图书室.txt'), '首页 > 城市新闻 > 正文\n河湾区新建社区图书室。\n')
    writeFileSync(path.join(articles, 'notes on style.md'), '# 体例\n\n河湾区新建社区图书室。\n')
    run('git', ['add', '.'])
    const refused = run('git', ['commit', '-m', 'defective'])
    const refusedOutput = refused.stdout + refused.stderr
    expect(refused.status, refusedOutput).not.toBe(0)
    expect(refusedOutput).toMatch(/jiaodui \(校对\)\.+Failed/)
    expect(refusedOutput).toContain('河湾 图书室.txt')
    expect(refusedOutput).toContain('Unexpected breadcrumb `首页 > 城市新闻 > 正文`')
    expect(run('git', ['rev-parse', '--verify', 'HEAD']).status).not.toBe(0)

    writeFileSync(path.join(articles, '河湾 图书室.txt'), '河湾区新建社区图书室。\n')
    run('git', ['add', '.'])
    const accepted = run('git', ['commit', '-m', 'clean'])
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0)
    expect(accepted.stdout + accepted.stderr).toMatch(/jiaodui \(校对\)\.+Passed/)
  })
})
