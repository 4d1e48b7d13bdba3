import {chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {seedFiles, shared} from './helpers.js'
import {checkReportSlices, fixConverges} from './records.js'

// The CLI on the real seed articles in ../shared (tier two: `pnpm test:corpus`).

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
    // The seeds carry no-break spaces between phrases and before names (see seed 001 and 002).
    await checkReportSlices(seedFiles())
  })

  test('with every rule on, --fix on the seeds converges and leaves nothing fixable', async () => {
    const folder = path.join(dir, 'fix-all-seeds')
    mkdirSync(folder, {recursive: true})
    for (const seed of seedFiles()) {
      // ../shared is read-only, and so are its copies: make them writable, as an article folder is.
      cpSync(seed, path.join(folder, path.basename(seed)))
      chmodSync(path.join(folder, path.basename(seed)), 0o644)
    }
    await fixConverges(folder, seedFiles().map((seed) => path.basename(seed)))
  })
})
