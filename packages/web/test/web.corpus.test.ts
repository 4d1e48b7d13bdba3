import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import type {Server} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {buildPage} from '../scripts/bundle.js'
import {servePage} from '../scripts/serve.js'
import {launchChromium} from './browser.js'

/**
 * Browser tier (Chromium from Debian, driven by playwright-core): the editor
 * page built with esbuild and served on 127.0.0.1. Named `*.corpus.test.ts`
 * so it runs in `pnpm test:corpus`, where `.ci/run` has installed Chromium.
 * Screenshot: /tmp/jiaodui-web.png.
 */
let outdir: string
let server: Server
let url: string
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'jiaodui-web-'))
  await buildPage({outdir})
  ;({server, url} = await servePage({outdir}))
  browser = await launchChromium()
  page = await browser.newPage({viewport: {width: 1400, height: 900}, acceptDownloads: true})
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(url)
})

afterAll(async () => {
  await browser?.close()
  server?.close()
  rmSync(outdir, {recursive: true, force: true})
})

/** Wait for the check of the current text to finish; returns the number of findings. */
async function checked(): Promise<number> {
  await page.waitForSelector('body[data-checked]', {state: 'attached'})
  return Number(await page.getAttribute('body', 'data-checked'))
}

async function findingsOf(ruleId: string): Promise<number> {
  return page.locator(`section.rule[data-rule="${ruleId}"] li`).count()
}

describe('the editor page', () => {
  test('loads: title, the engine starts in a Web Worker, no page errors', async () => {
    expect(await page.title()).toContain('jiaodui')
    await page.waitForSelector('body[data-engine-ready]', {state: 'attached'})
    expect(page.workers()).toHaveLength(1)
    expect(pageErrors).toEqual([])
  })

  test('a seed-like article shows its findings, highlighted in the text with their reasons', async () => {
    await page.click('#sample')
    const count = await checked()
    expect(count).toBeGreaterThanOrEqual(5)
    expect(await page.locator('#annotated mark').count()).toBe(count)
    expect(await findingsOf('no-scraped-boilerplate')).toBeGreaterThanOrEqual(3)
    expect(await page.textContent('#findings')).toContain('Unexpected breadcrumb `首页 > 城市新闻 > 正文`')
    // The numbers family too: two counts of the same thing in one article.
    expect(await page.textContent('#findings')).toContain('`85个` contradicts `58个` on line 5')
    expect(await page.getAttribute('#annotated mark.severity-error >> nth=0', 'title')).toContain('no-scraped-boilerplate')
    // A reason in the list selects its text in the editor.
    await page.locator('section.rule[data-rule="no-contradictory-claims"] .reason').click()
    const selected = await page.evaluate(() => {
      const area = document.getElementById('article') as HTMLTextAreaElement
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(selected).toBe('85个')
    await page.screenshot({path: '/tmp/jiaodui-web.png'})
  })

  test('one click fixes one finding; "Fix all" fixes every finding of a rule; the fixed text downloads', async () => {
    const before = await checked()
    await page.locator('section.rule[data-rule="no-invisible-character"] li', {hasText: 'zero-width space'}).locator('button.fix').click()
    expect(await checked()).toBe(before - 1)
    expect(await page.inputValue('#article')).not.toContain('\u200b')
    expect(await page.textContent('#status')).toContain('1 fixed')

    await page.locator('section.rule[data-rule="no-scraped-boilerplate"] button.fix-all').click()
    await checked()
    expect(await findingsOf('no-scraped-boilerplate')).toBe(0)
    const text = await page.inputValue('#article')
    expect(text).not.toContain('首页 >')
    expect(text).toContain('城固县文化局')

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('sample.fixed.txt')
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text)
    await page.screenshot({path: '/tmp/jiaodui-web-fixed.png'})
  })

  test('typing is checked again (debounced) and stays in the text area', async () => {
    await page.fill('#article', '')
    await page.locator('#article').pressSequentially('记者获悉,今年')
    expect(await checked()).toBeGreaterThanOrEqual(1)
    expect(await findingsOf('consistent-punctuation-width')).toBe(1)
  })

  test('Markdown and HTML articles are checked in their format (positions in the original text)', async () => {
    await page.selectOption('#format', 'md')
    await page.fill('#article', '# 标题\n\n记者获悉,今年**新建**图书室。\n')
    expect(await checked()).toBe(1)
    expect(await page.textContent('#findings')).toContain('3:5')
    await page.selectOption('#format', 'html')
    await page.fill('#article', '<p>记者获悉&nbsp;今年新建图书室。</p>\n<p>首页 &gt; 城市新闻 &gt; 正文</p>\n')
    expect(await checked()).toBeGreaterThanOrEqual(1)
    expect(await page.textContent('#findings')).toContain('no-break space')
    await page.selectOption('#format', 'txt')
  })

  test('a pasted text over the limit gets a clear message instead of a check', async () => {
    await page.evaluate(() => {
      const area = document.getElementById('article') as HTMLTextAreaElement
      area.value = '很长的文章。'.repeat(400_000)
      area.dispatchEvent(new Event('input'))
    })
    await page.waitForSelector('#notice:not([hidden])')
    expect(await page.textContent('#notice')).toContain('this page checks articles up to 2 million')
    await page.fill('#article', '短文。')
    expect(await checked()).toBe(0)
    expect(await page.isHidden('#notice')).toBe(true)
  })

  test('binary, GB18030 or Big5 and oversized files get a clear message, never a frozen tab', async () => {
    const open = async (name: string, buffer: Buffer) => {
      await page.evaluate(() => {
        document.body.removeAttribute('data-checked')
        document.getElementById('notice')!.hidden = true
      })
      await page.setInputFiles('#open', {name, mimeType: 'text/plain', buffer})
      await page.waitForFunction(() => !document.getElementById('notice')!.hidden || document.body.hasAttribute('data-checked'))
      return (await page.isHidden('#notice')) ? '' : ((await page.textContent('#notice')) ?? '')
    }
    expect(await open('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toContain('binary')
    const gb = iconv.encode('首页 > 城市新闻 > 正文\n河湾区新建社区图书室。\n', 'gb18030')
    expect(await open('gb.txt', gb)).toMatch(/gb\.txt is not valid UTF-8\. It may be GB18030 .* or Big5/)
    expect(await open('big.txt', Buffer.alloc(2_100_000, 0x41))).toContain('big.txt is 2.1 MB')
    // Decoded as the CLI would once the editor names the encoding.
    await page.selectOption('#encoding', 'gb18030')
    expect(await open('gb.txt', gb)).toBe('')
    expect(await checked()).toBeGreaterThanOrEqual(1)
    expect(await page.inputValue('#article')).toContain('河湾区新建社区图书室')
    expect(await page.textContent('#file-name')).toBe('gb.txt (GB18030)')
    // The page still answers: the checks ran off the main thread.
    expect(await page.evaluate(() => 6 * 7)).toBe(42)
    expect(pageErrors).toEqual([])
  })
})
