import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {parseRawDiff, parseStage} from '../src/staged.js'
import {capture, root} from './helpers.js'

const defective = '首页 > 城市新闻 > 正文\n河湾区新建社区图书室。\n'
const clean = '河湾区新建社区图书室。\n'

let repo: string

function git(...args: string[]): string {
  return execFileSync('git', args, {cwd: repo, encoding: 'utf8'})
}

function write(name: string, text: string): void {
  writeFileSync(path.join(repo, name), text)
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'jiaodui-staged-'))
  git('init', '-q')
  git('config', 'user.email', 'editor@example.com')
  git('config', 'user.name', 'Editor')
  git('config', 'commit.gpgsign', 'false')
})

afterEach(() => {
  rmSync(repo, {recursive: true, force: true})
})

describe('check --staged', () => {
  test('checks the blob in the index, not the work tree (both ways), with a Chinese name that has a space', async () => {
    const name = '新闻 稿.txt'
    write(name, defective)
    git('add', name)
    write(name, clean)
    const staged = await capture(['check', '--staged', '--format', 'json'], repo)
    expect(staged.code).toBe(1)
    const report = JSON.parse(staged.stdout)
    expect(report.files.map((file: {path: string}) => file.path)).toEqual([name])
    expect(report.files[0].messages[0].ruleId).toBe('no-scraped-boilerplate')

    git('add', name)
    write(name, defective)
    const fixedInIndex = await capture(['check', '--staged'], repo)
    expect(fixedInIndex.code).toBe(0)
    expect(fixedInIndex.stdout).toContain('1 file checked, no problems')
  })

  test('paths (as pre-commit passes them) limit the check; names with glob characters are literal; folders give their staged files', async () => {
    write('a[1].txt', defective)
    write('a1.txt', clean)
    write('notes.md', clean)
    write('image.png', 'not an article')
    git('add', '.')
    const one = await capture(['check', '--staged', '--format', 'json', 'a[1].txt'], repo)
    expect(JSON.parse(one.stdout).files.map((file: {path: string}) => file.path)).toEqual(['a[1].txt'])
    const all = await capture(['check', '--staged', '--format', 'json', '.'], repo)
    expect(JSON.parse(all.stdout).files.map((file: {path: string}) => file.path)).toEqual(['a1.txt', 'a[1].txt', 'notes.md'])
  })

  test('from a subfolder: paths are reported relative to it, configs are looked up from the work-tree path', async () => {
    execFileSync('mkdir', ['-p', path.join(repo, 'desk')])
    write('desk/story.txt', defective)
    write('desk/.jiaoduirc.json', JSON.stringify({rules: {'no-scraped-boilerplate': 'off'}}))
    write('other.txt', defective)
    git('add', '.')
    const result = await capture(['check', '--staged', '--format', 'json'], path.join(repo, 'desk'))
    const report = JSON.parse(result.stdout)
    expect(report.files.map((file: {path: string}) => file.path)).toEqual(['../other.txt', 'story.txt'])
    expect(report.files[1].messages).toEqual([])
    expect(report.files[0].messages).not.toEqual([])
  })

  test('named paths give their index content even when unchanged since the last commit (pre-commit run --all-files)', async () => {
    write('old.txt', defective)
    git('add', '.')
    git('commit', '-qm', 'first', '--no-verify')
    expect((await capture(['check', '--staged'], repo)).code).toBe(0)
    const named = await capture(['check', '--staged', '--format', 'json', 'old.txt'], repo)
    expect(named.code).toBe(1)
    expect(JSON.parse(named.stdout).files.map((file: {path: string}) => file.path)).toEqual(['old.txt'])
  })

  test('deleted files are not checked; nothing staged is a clean run', async () => {
    write('gone.txt', defective)
    git('add', '.')
    git('commit', '-qm', 'first', '--no-verify')
    git('rm', '-q', 'gone.txt')
    const result = await capture(['check', '--staged'], repo)
    expect(result.code).toBe(0)
  })

  test('--staged --fix, --staged --stdin and --staged outside git are refused with a clear message', async () => {
    const fix = await capture(['check', '--staged', '--fix'], repo)
    expect(fix.code).toBe(2)
    expect(fix.stderr).toContain('--staged cannot be combined with --fix')
    const stdin = await capture(['check', '--staged', '--stdin'], repo)
    expect(stdin.code).toBe(2)
    const outside = mkdtempSync(path.join(tmpdir(), 'jiaodui-nogit-'))
    try {
      const result = await capture(['check', '--staged'], outside)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/--staged: git rev-parse failed: fatal: not a git repository/)
    } finally {
      rmSync(outside, {recursive: true, force: true})
    }
  })

  test('a plain .git/hooks/pre-commit refuses a defective commit with the message shown, and lets a clean one pass', () => {
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit')
    writeFileSync(hook, `#!/bin/sh\nexec node ${JSON.stringify(path.join(root, 'packages/cli/bin/jiaodui.js'))} check --staged\n`)
    chmodSync(hook, 0o755)
    write('报道 一.txt', defective)
    git('add', '.')
    const refused = spawnSync('git', ['commit', '-m', 'defective'], {cwd: repo, encoding: 'utf8'})
    expect(refused.status).not.toBe(0)
    expect(refused.stdout + refused.stderr).toContain('Unexpected breadcrumb `首页 > 城市新闻 > 正文`')
    expect(refused.stdout + refused.stderr).toContain('报道 一.txt')
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], {cwd: repo}).status).not.toBe(0)

    write('报道 一.txt', clean)
    git('add', '.')
    const accepted = spawnSync('git', ['commit', '-m', 'clean'], {cwd: repo, encoding: 'utf8'})
    expect(accepted.status).toBe(0)
    expect(git('log', '--format=%s')).toBe('clean\n')
  })
})

describe('parseStage', () => {
  test('mode, blob and path of stage-0 entries; conflict stages left out', () => {
    const blob = 'b'.repeat(40)
    const raw = [`100644 ${blob} 0\t新 稿.txt`, `100644 ${blob} 1\tconflict.txt`, `100644 ${blob} 2\tconflict.txt`, `120000 ${blob} 0\tlink.txt`, ''].join('\0')
    expect(parseStage(raw)).toEqual([
      {mode: '100644', blob, path: '新 稿.txt'},
      {mode: '120000', blob, path: 'link.txt'}
    ])
  })
})

describe('parseRawDiff', () => {
  test('modes, blobs and paths of added, modified and renamed entries', () => {
    const blob = 'a'.repeat(40)
    const raw = [
      `:000000 100644 ${'0'.repeat(40)} ${blob} A`, '新 稿.txt',
      `:100644 100644 ${'1'.repeat(40)} ${blob} M`, 'b.md',
      `:100644 100644 ${'2'.repeat(40)} ${blob} R087`, 'old.txt', 'new name.txt',
      ''
    ].join('\0')
    expect(parseRawDiff(raw)).toEqual([
      {mode: '100644', blob, path: '新 稿.txt'},
      {mode: '100644', blob, path: 'b.md'},
      {mode: '100644', blob, path: 'new name.txt'}
    ])
  })
})
