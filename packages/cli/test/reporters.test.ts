import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Report, ReportMessage} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {escapeHtml, html} from '../src/reporters/html.js'
import {junit, xmlText} from '../src/reporters/junit.js'
import {capture, root} from './helpers.js'

/** Characters XML 1.0 cannot hold (Char production), as code units; lone surrogates checked apart. */
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

function message(overrides: Partial<ReportMessage>): ReportMessage {
  return {
    ruleId: 'no-invisible-character',
    source: 'jiaodui',
    severity: 'warning',
    reason: 'Unexpected zero-width space (U+200B), expected nothing',
    place: {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 4, offset: 3}},
    actual: '\u200b',
    expected: [''],
    ...overrides
  }
}

function reportOf(files: Report['files']): Report {
  const all = files.flatMap((file) => file.messages)
  return {
    tool: {name: 'jiaodui', version: '0.0.0'},
    files,
    summary: {
      files: files.length,
      filesWithMessages: files.filter((file) => file.messages.length > 0).length,
      filesWithErrors: files.filter((file) => file.error).length,
      errors: all.filter((item) => item.severity === 'error').length,
      warnings: all.filter((item) => item.severity === 'warning').length,
      infos: all.filter((item) => item.severity === 'info').length,
      fixable: all.filter((item) => item.expected?.[0] !== undefined).length,
      fixed: 0
    }
  }
}

describe('junit reporter', () => {
  test('xmlText: never a character XML cannot hold, and unescaping gives the text back with [U+XXXX] stand-ins', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const escaped = xmlText(text)
        expect(forbiddenInXml.test(escaped)).toBe(false)
        expect(hasLoneSurrogate(escaped)).toBe(false)
        expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/)
        const expected = text.replace(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          (character) => `[U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`
        )
        expect(unescapeXml(escaped)).toBe(expected)
      })
    )
  })

  test('a control character in a reason and a snippet is written as [U+0001], never dropped', () => {
    const xml = junit(reportOf([{path: 'a.txt', messages: [message({reason: 'Unexpected control character \u0001', actual: '\u0001'})]}]))
    expect(xml).toContain('Unexpected control character [U+0001]')
    expect(forbiddenInXml.test(xml)).toBe(false)
  })

  test('a suite per file, a case per finding; errors and warnings fail, info passes; unreadable files are errors; clean files pass', () => {
    const xml = junit(
      reportOf([
        {path: 'a "quoted" <name>.txt', messages: [message({}), message({severity: 'error', ruleId: 'no-scraped-boilerplate'}), message({severity: 'info'})]},
        {path: 'clean.txt', messages: []},
        {path: 'binary.txt', messages: [], error: {code: 'binary', message: 'is a binary file'}}
      ])
    )
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="jiaodui" tests="5" failures="2" errors="1">/)
    expect(xml).toContain('<testsuite name="a &quot;quoted&quot; &lt;name&gt;.txt" tests="3" failures="2" errors="0"')
    expect(xml.match(/<failure /g)).toHaveLength(2)
    expect(xml).toContain('<testcase classname="clean.txt" name="no findings"/>')
    expect(xml).toMatch(/<error type="binary" message="is a binary file">/)
    expect(xml.match(/<system-out>/g)).toHaveLength(1)
  })

  test('jiaodui check --format junit on the examples: one suite per example, exit 1', async () => {
    const result = await capture(['check', '--format', 'junit', 'examples'], root)
    expect(result.code).toBe(1)
    expect(result.stdout.match(/<testsuite /g)).toHaveLength(6)
    expect(result.stdout).toContain('<testsuite name="examples/county-roads.txt"')
  })
})

/**
 * Every tag of a page with its attribute names; throws on a `<` that starts no
 * well-formed tag (escaped text never holds one).
 */
function tagsAndAttributes(page: string): Array<{tag: string; attributes: string[]}> {
  const tags: Array<{tag: string; attributes: string[]}> = []
  const tag = /<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>|<\/[a-zA-Z][\w-]*>|<!doctype html>/gy
  const script = page.indexOf('<script>')
  for (let index = page.indexOf('<'); index !== -1 && index < script; index = page.indexOf('<', index + 1)) {
    tag.lastIndex = index
    const match = tag.exec(page)
    if (!match) throw new Error(`not a tag: ${page.slice(index, index + 60)}`)
    if (match[1]) tags.push({tag: match[1].toLowerCase(), attributes: [...(match[2] ?? '').replace(/="[^"]*"/g, '').matchAll(/\s+([\w:-]+)/g)].map((found) => found[1]!.toLowerCase())})
  }
  return tags
}

describe('html reporter', () => {
  const hostile = ['<script>window.__pwned = 1</script>', '" onload="window.__pwned = 2', "' onerror='alert(1)", '</textarea><img src=x onerror=alert(1)>', '</pre></mark>&amp;']

  test('article text, reasons, paths and fixes are escaped: the only <script> is the page\'s own', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hostile), fc.string(), (attack, noise) => {
        const text = `${noise}${attack}\u200b${attack}`
        const offset = noise.length + attack.length
        const page = html(
          reportOf([
            {
              path: `${attack}.txt`,
              messages: [
                message({
                  reason: `Unexpected ${attack}`,
                  ruleId: attack,
                  place: {start: {line: 1, column: offset + 1, offset}, end: {line: 1, column: offset + 2, offset: offset + 1}},
                  expected: [attack],
                  note: attack,
                  url: `javascript:${attack}`
                })
              ]
            }
          ]),
          {rules, sources: new Map([[`${attack}.txt`, text]])}
        )
        expect(page.match(/<script/gi)).toHaveLength(1)
        expect(tagsAndAttributes(page).filter(({tag, attributes}) => tag === 'img' || tag === 'textarea' || attributes.some((name) => name.startsWith('on')))).toEqual([])
        expect(page).not.toContain('href="javascript:')
        expect(page).toContain(escapeHtml(attack))
      })
    )
  })

  test('totals, a chart bar per family and per rule, a filter option per rule, findings in context with the fix', () => {
    const page = html(
      reportOf([
        {path: 'a.txt', messages: [message({})]},
        {path: 'b.txt', messages: [message({ruleId: 'no-scraped-boilerplate', severity: 'error', place: {start: {line: 2, column: 1, offset: 6}, end: {line: 3, column: 1, offset: 12}}, actual: '来源：某报\n', expected: ['']})]}
      ]),
      {rules, sources: new Map([['a.txt', '新闻\u200b正文'], ['b.txt', '第一行正文\n来源：某报\n第三行']])}
    )
    expect(page).toContain('<dt>errors</dt><dd>1</dd>')
    expect(page).toContain('<dt>warnings</dt><dd>1</dd>')
    for (const family of ['boilerplate', 'script', 'numbers', 'general']) expect(page).toContain(`data-label="${family}"`)
    expect(page).toContain('data-label="no-scraped-boilerplate"')
    expect(page).toContain('<option value="no-invisible-character">')
    // The zero-width space is shown, in its line, with a visible stand-in.
    expect(page).toContain('<span class="line-number">1</span>新闻<mark>⟨U+200B⟩</mark>正文</pre>')
    // A whole-line finding shows its own line only, and the fix deletes it.
    expect(page).toContain('<span class="line-number">2</span><mark>来源：某报</mark></pre>')
    expect(page).toContain('Fix: <del>来源：某报</del> → <em>delete</em>')
    expect(page).toMatch(/script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/)
  })

  test('jiaodui check --format html -o writes one self-contained page (no external resources)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-html-'))
    try {
      writeFileSync(path.join(dir, 'a.txt'), '首页 > 新闻 > 正文\n河湾区新建社区图书室。\n')
      const result = await capture(['check', '--format', 'html', '-o', 'report.html', 'a.txt'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      const page = (await import('node:fs')).readFileSync(path.join(dir, 'report.html'), 'utf8')
      expect(page).toContain(`<mark>${escapeHtml('首页 > 新闻 > 正文')}</mark>`)
      expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\/(?!github\.com\/jiaodui)/)
      expect(page).not.toMatch(/<link |@import|url\(/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('progress', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-progress-'))
    for (let index = 0; index < 5; index++) writeFileSync(path.join(dir, `${index}.txt`), '河湾区新建社区图书室。\n')
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  test('on a terminal: a progress line on stderr (files done/total, MB/s), cleared before the report; never on stdout', async () => {
    const result = await capture(['check', '--format', 'json', '.'], dir, {stderrIsTerminal: true})
    expect(result.stderr).toMatch(/jiaodui: 5\/5 files, 0\.0 MB, [\d.]+ MB\/s/)
    expect(result.stderr.endsWith('\r\u001B[K')).toBe(true)
    expect(result.stdout).not.toContain('files,')
    expect(JSON.parse(result.stdout).summary.files).toBe(5)
  })

  test('not a terminal: nothing on stderr', async () => {
    const result = await capture(['check', '.'], dir, {stderrIsTerminal: false})
    expect(result.stderr).toBe('')
  })
})
