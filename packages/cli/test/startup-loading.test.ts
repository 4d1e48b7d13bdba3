import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {root} from './helpers.js'

/**
 * Start-up: what a run loads, not how long it takes (timings live in bench/startup). The built
 * CLI checks one plain-text article with the defaults and a hook records every module it loads.
 */
function modulesLoadedBy(args: string[], files: Record<string, string>): {status: number | null; modules: string[]} {
  const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-startup-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  const log = path.join(folder, 'loaded.txt')
  writeFileSync(
    path.join(folder, 'hooks.mjs'),
    `import {appendFileSync} from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n')
  return next(url, context)
}\n`
  )
  // ES modules through a load hook, CommonJS ones (createRequire) through Module._load.
  writeFileSync(
    path.join(folder, 'register.mjs'),
    `import {register, default as Module} from 'node:module'
import {appendFileSync} from 'node:fs'
register(${JSON.stringify(pathToFileURL(path.join(folder, 'hooks.mjs')).href)})
const load = Module._load
Module._load = function (request, parent, isMain) {
  try { appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent) + '\\n') } catch {}
  return load.apply(this, arguments)
}\n`
  )
  writeFileSync(log, '')
  const bin = path.join(root, 'packages', 'cli', 'bin', 'jiaodui.js')
  // The modules as built, not the one-file bundle (bundle.test.ts), so each module shows up.
  const env = {...process.env, JIAODUI_BUNDLE: '0'}
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(folder, 'register.mjs')).href, bin, ...args], {cwd: folder, encoding: 'utf8', env})
  return {status: result.status, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean)}
}

const article = '据统计，2023年全市共接待游客1200万人次，同比增长15%。\n记者 张三 摄\n'

describe('start-up loading', () => {
  test('a plain-text check with the defaults loads neither ajv, yaml, the Markdown/HTML parsers, the globber nor other reporters', () => {
    const {status, modules} = modulesLoadedBy(['check', '--format', 'json', 'article.txt'], {'article.txt': article})
    expect(status === 0 || status === 1, modules.slice(-5).join('\n')).toBe(true)
    // The run did check the text: the rules and the claims segmenter were loaded.
    expect(modules.some((url) => url.includes('no-scraped-boilerplate'))).toBe(true)
    for (const unwanted of ['/ajv/dist/2020.js', '/yaml/', '/micromark', '/parse5/', '/remark-parse/', '/rehype-parse/', 'reporters/html.js', 'reporters/stylish.js', '/tinyglobby/', '/picomatch/']) {
      expect(modules.filter((url) => url.includes(unwanted)), unwanted).toEqual([])
    }
  })

  test('a Markdown input and a YAML config load their parsers; the config is validated by the generated validator, without ajv', () => {
    const {status, modules} = modulesLoadedBy(['check', '--format', 'stylish', 'article.md'], {
      'article.md': `# 标题\n\n${article}`,
      '.jiaoduirc.yaml': 'rules:\n  no-confusable: warn\n'
    })
    expect(status === 0 || status === 1).toBe(true)
    for (const wanted of ['/yaml/', '/micromark', '/remark-parse/', 'reporters/stylish.js', 'generated/config-validator.cjs']) {
      expect(modules.some((url) => url.includes(wanted)), wanted).toBe(true)
    }
    expect(modules.filter((url) => url.includes('/ajv/dist/2020.js'))).toEqual([])
  })

  test('a folder or a glob loads the globber', () => {
    for (const target of ['.', '*.txt']) {
      const {status, modules} = modulesLoadedBy(['check', '--format', 'json', target], {'article.txt': article})
      expect(status === 0 || status === 1, target).toBe(true)
      expect(modules.some((url) => url.includes('/tinyglobby/')), target).toBe(true)
    }
  })

  test('rule options in the config are validated with ajv, which is then loaded', () => {
    const {status, modules} = modulesLoadedBy(['check', 'article.txt'], {
      'article.txt': article,
      '.jiaoduirc.json': JSON.stringify({rules: {'no-scraped-boilerplate': {options: {structure: false}}}})
    })
    expect(status === 0 || status === 1).toBe(true)
    expect(modules.some((url) => url.includes('/ajv/dist/2020.js'))).toBe(true)
  })
})
