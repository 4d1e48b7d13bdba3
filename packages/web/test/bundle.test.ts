import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {buildPage, webRoot} from '../scripts/bundle.js'

/** Tier one: the page builds with esbuild, without Node built-ins, rule data embedded; its sources type-check. */
let outdir: string
let sizes: Record<string, number>

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'jiaodui-bundle-'))
  sizes = await buildPage({outdir})
})

afterAll(() => {
  rmSync(outdir, {recursive: true, force: true})
})

describe('the web bundle', () => {
  test('main.js, worker.js, index.html and style.css are written', () => {
    expect(Object.keys(sizes).sort()).toEqual(['main.js', 'worker.js'])
    expect(readFileSync(path.join(outdir, 'index.html'), 'utf8')).toContain('Content-Security-Policy')
    expect(readFileSync(path.join(outdir, 'style.css'), 'utf8')).toContain('mark')
  })

  test('no Node built-in is left; the rule data read with node:fs is embedded', () => {
    const worker = readFileSync(path.join(outdir, 'worker.js'), 'utf8')
    expect(worker).not.toMatch(/(from|require\(|import\()\s*["'](node:)?(fs|path|url|os|crypto|child_process|worker_threads)["']/)
    // An id from rules/no-scraped-boilerplate/data/navigation.yaml.
    expect(worker).toContain('breadcrumb-chain')
    // The engine sits in the worker, not in the page.
    expect(sizes['main.js']).toBeLessThan(50_000)
  })

  test('the page and worker sources type-check against the DOM and WebWorker libraries', () => {
    const tsc = path.resolve(webRoot, '../../node_modules/.bin/tsc')
    expect(() => execFileSync(tsc, ['-p', 'tsconfig.json'], {cwd: webRoot, stdio: 'pipe'})).not.toThrow()
    expect(() => execFileSync(tsc, ['-p', 'tsconfig.worker.json'], {cwd: webRoot, stdio: 'pipe'})).not.toThrow()
  })
})
