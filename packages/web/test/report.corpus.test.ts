import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchChromium} from './browser.js'

/**
 * Browser tier: `jiaodui check --format html` over the project's examples plus
 * a hostile article, opened from disk in Chromium; and the JUnit output parsed
 * by Chromium's XML parser. Screenshot: /tmp/jiaodui-report.png.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const cli = path.join(root, 'packages/cli/bin/jiaodui.js')

/** Lines an attacker could put in an article; each also carries a defect, so it is shown in context. */
const hostileArticle = [
  '首页 > <script>window.__pwned = "script"</script> > 正文\u200b',
  '记者获悉,标题为" onload="window.__pwned = \'onload\'" x="的文章\u200b已发布。',
  '正文</textarea><img src=x onerror="window.__pwned = \'img\'">结束,全文完。',
  "来源：<svg onload=\"window.__pwned='svg'\">示例报\u0001",
  ''
].join('\n')

/** A file name is shown too (no `/` possible in it; a control character is). */
const hostileName = '<img src=x onerror="window.__pwned=\'name\'">\u0007 稿.txt'

let folder: string
let browser: Browser
let page: Page
const dialogs: string[] = []
const requests: string[] = []

function jiaodui(args: string[]): string {
  const result = spawnSync('node', [cli, 'check', ...args], {cwd: folder, encoding: 'utf8'})
  if (result.status !== 1) throw new Error(`expected exit 1 (findings), got ${result.status}: ${result.stderr}`)
  return result.stdout
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-report-'))
  cpSync(path.join(root, 'examples'), path.join(folder, 'examples'), {recursive: true})
  writeFileSync(path.join(folder, 'examples', hostileName), hostileArticle)
  expect(jiaodui(['--format', 'html', '--output', 'report.html', 'examples'])).toBe('')
}, 120_000)

afterAll(async () => {
  await browser?.close()
  rmSync(folder, {recursive: true, force: true})
})

describe('the HTML report in a real browser', () => {
  test('renders totals and its charts, and runs no script from an article or a file name', async () => {
    browser = await launchChromium()
    page = await browser.newPage({viewport: {width: 1200, height: 1500}})
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(path.join(folder, 'report.html')).href)
    await page.waitForLoadState('load')

    expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    // The one script that ran is the page's own: the filters counted the findings.
    expect(await page.textContent('#shown')).toMatch(/^\d+ shown$/)
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('main img, main textarea, main svg').count()).toBe(0)
    // No network: the page loads nothing besides itself.
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])

    // The attack is shown as text, in context, where the editor can read it.
    const text = (await page.textContent('main')) ?? ''
    expect(text).toContain('<script>window.__pwned = "script"</script>')
    expect(text).toContain('" onload="window.__pwned')
    expect(text).toContain('</textarea><img src=x onerror=')
    expect(text).toContain(hostileName.replace('\u0007', '⟨U+0007⟩'))

    const bars = page.locator('.chart rect')
    expect(await bars.count()).toBeGreaterThanOrEqual(8)
    const widest = await page.locator('figure.chart >> nth=0').locator('rect').evaluateAll((rects) => Math.max(...rects.map((rect) => rect.getBoundingClientRect().width)))
    expect(widest).toBeGreaterThan(100)
    expect(await page.locator('.totals .total-error dd').textContent()).toMatch(/^[1-9]\d*$/)
    await page.screenshot({path: '/tmp/jiaodui-report.png'})
  })

  test('filters by rule and by severity', async () => {
    const visible = () => page.locator('li.finding:visible').count()
    const all = await visible()
    await page.selectOption('#filter-rule', 'no-scraped-boilerplate')
    const boilerplate = await visible()
    expect(boilerplate).toBeGreaterThan(0)
    expect(boilerplate).toBeLessThan(all)
    expect(await page.locator('li.finding:visible:not([data-rule="no-scraped-boilerplate"])').count()).toBe(0)
    await page.selectOption('#filter-rule', '')
    await page.uncheck('input[name=severity][value=warning]')
    expect(await page.locator('li.finding.severity-warning:visible').count()).toBe(0)
    expect(await visible()).toBeGreaterThan(0)
    await page.check('input[name=severity][value=warning]')
    expect(await visible()).toBe(all)
  })

  test('the JUnit report of the same run, control character included, is well-formed XML for Chromium', async () => {
    const xml = jiaodui(['--format', 'junit', 'examples'])
    expect(xml).toContain('onerror=&quot;window.__pwned=&apos;name&apos;&quot;&gt;[U+0007] 稿.txt')
    const parsed = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'application/xml')
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        suites: document.querySelectorAll('testsuite').length,
        failures: document.querySelectorAll('testcase > failure').length,
        root: document.documentElement.getAttribute('failures')
      }
    }, xml)
    expect(parsed.error).toBeNull()
    expect(parsed.suites).toBe(7)
    expect(String(parsed.failures)).toBe(parsed.root)
    expect(readFileSync(path.join(folder, 'report.html'), 'utf8')).toContain('<mark>⟨U+0001⟩</mark>')
  })
})
