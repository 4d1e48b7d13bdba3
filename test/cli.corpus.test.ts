import {chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {assertValid, root, runCli, seedFiles, shared, type CliResult} from './helpers.js'

// The CLI on the real seed articles in ../shared (tier two: `pnpm test:corpus`).
const jiaodui = runCli

function jsonReport(result: CliResult) {
  const report = JSON.parse(result.stdout)
  assertValid('report.schema.json', report)
  return report as {
    files: Array<{path: string; encoding?: string; messages: Array<Record<string, any>>; error?: {code: string; message: string}; fixed?: number}>
    summary: Record<string, number>
  }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-cli-corpus-'))
})
afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
})

test('the shared corpus exists beside the repo', () => {
  expect(readFileSync(path.join(shared, 'corpus', 'README.md'), 'utf8')).toContain('Line labels')
})

describe('jiaodui check on the seeds', () => {
  test('the seeds: a JSON report valid against the schema, exit 1 on findings', async () => {
    const result = await jiaodui(['check', '--format', 'json', ...seedFiles()], root)
    expect(result.stderr).toBe('')
    const report = jsonReport(result)
    expect(report.files).toHaveLength(5)
    expect(report.files.map((file) => file.path)).toEqual(
      seedFiles().map((file) => path.relative(root, file))
    )
    // The seeds carry no-break spaces between phrases and before names (see seed 001 and 002).
    expect(report.summary['warnings']).toBeGreaterThan(0)
    expect(result.code).toBe(1)
    for (const file of report.files) {
      expect(file.encoding).toBe('UTF-8')
      const text = readFileSync(path.resolve(root, file.path), 'utf8')
      for (const message of file.messages) {
        expect(message['actual']).toBe(text.slice(message['place'].start.offset, message['place'].end.offset))
      }
    }
  })

  test('with every rule on, --fix on the seeds converges and leaves nothing fixable', async () => {
    const folder = path.join(dir, 'fix-all-seeds')
    mkdirSync(folder, {recursive: true})
    for (const seed of seedFiles()) {
      // ../shared is read-only, and so are its copies: make them writable, as an article folder is.
      cpSync(seed, path.join(folder, path.basename(seed)))
      chmodSync(path.join(folder, path.basename(seed)), 0o644)
    }
    const fixed = jsonReport(await jiaodui(['check', '--fix', '--format', 'json', '.'], folder))
    expect(fixed.summary['fixed']).toBeGreaterThan(0)
    const afterFix = seedFiles().map((seed) => readFileSync(path.join(folder, path.basename(seed)), 'utf8'))
    const again = jsonReport(await jiaodui(['check', '--fix', '--format', 'json', '.'], folder))
    // Everything fixable was fixed in the first run; what remains needs a person.
    expect(again.summary['fixed']).toBe(0)
    expect(seedFiles().map((seed) => readFileSync(path.join(folder, path.basename(seed)), 'utf8'))).toEqual(afterFix)
    for (const file of again.files) {
      for (const message of file.messages) expect(message['expected']?.[0]).toBeUndefined()
    }
  })
})
