// Web page benchmark (on demand, never in the test suite): the bundle's size
// and the time the engine takes in Chromium to check a 10 KB article.
//
//   node bench/web/run.js            (needs Debian's chromium; writes bench/out/web.json)
//
// The article is the page's own sample (written for the project) repeated to
// 10 KB, so it carries the usual defects: boilerplate lines, invisible and
// half-width characters, numbers that disagree.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {chromium} from '../../packages/web/node_modules/playwright-core/index.mjs'
import {buildPage} from '../../packages/web/scripts/bundle.js'
import {servePage} from '../../packages/web/scripts/serve.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const runs = 15

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** The sample article of the page, repeated to `bytes` of UTF-8. */
function articleOf(bytes) {
  const source = readFileSync(path.join(root, 'packages/web/src/sample.ts'), 'utf8')
  const lines = [...source.matchAll(/^  '(.*)',$/gm)].map((match) => JSON.parse(`"${match[1].replace(/"/g, '\\"')}"`))
  const sample = lines.join('\n') + '\n'
  let text = ''
  while (Buffer.byteLength(text) < bytes) text += sample
  return text
}

const outdir = mkdtempSync(path.join(tmpdir(), 'jiaodui-web-bench-'))
const sizes = await buildPage({outdir})
const gzipped = Object.fromEntries(
  Object.keys(sizes).map((name) => [name, gzipSync(readFileSync(path.join(outdir, name))).length])
)
const {server, url} = await servePage({outdir})
const browser = await chromium.launch({
  executablePath: process.env.JIAODUI_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
try {
  const page = await browser.newPage()
  const loadStarted = Date.now()
  await page.goto(url)
  await page.waitForSelector('body[data-engine-ready]', {state: 'attached'})
  const engineReadyMs = Number(await page.getAttribute('body', 'data-engine-ready'))
  const pageToEngineMs = Date.now() - loadStarted
  const article = articleOf(10_000)
  const times = []
  let findings = 0
  for (let run = 0; run < runs; run++) {
    // A different text each time, so nothing is cached between runs.
    await page.evaluate((text) => {
      const area = document.getElementById('article')
      area.value = text
      document.body.removeAttribute('data-checked')
      area.dispatchEvent(new Event('input'))
    }, article + '。'.repeat(run))
    await page.waitForSelector('body[data-checked]', {state: 'attached'})
    findings = Number(await page.getAttribute('body', 'data-checked'))
    const status = await page.textContent('#status')
    times.push(Number(/checked in (\d+) ms/.exec(status)[1]))
  }
  // Responsiveness: the longest gap between 10 ms timer ticks on the page's
  // main thread while the worker checks a 1 MB article.
  const big = articleOf(1_000_000)
  const stall = await page.evaluate(async (text) => {
    let longest = 0
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 10)
    const area = document.getElementById('article')
    const started = performance.now()
    area.value = text
    document.body.removeAttribute('data-checked')
    area.dispatchEvent(new Event('input'))
    while (!document.body.hasAttribute('data-checked')) await new Promise((resolve) => setTimeout(resolve, 20))
    clearInterval(timer)
    return {checkAndRenderMs: Math.round(performance.now() - started), longestMainThreadGapMs: Math.round(longest), status: document.getElementById('status').textContent}
  }, big)
  const result = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    bundleBytes: sizes,
    bundleGzipBytes: gzipped,
    engineStartMs: engineReadyMs,
    pageLoadToEngineReadyMs: pageToEngineMs,
    article: {bytes: Buffer.byteLength(article), findings},
    checkMs: {first: times[0], median: median(times.slice(1)), min: Math.min(...times.slice(1)), max: Math.max(...times.slice(1)), runs},
    oneMegabyte: {bytes: Buffer.byteLength(big), ...stall}
  }
  mkdirSync(path.join(root, 'bench/out'), {recursive: true})
  writeFileSync(path.join(root, 'bench/out/web.json'), JSON.stringify(result, null, 2) + '\n')
  console.log(JSON.stringify(result, null, 2))
} finally {
  await browser.close()
  server.close()
  rmSync(outdir, {recursive: true, force: true})
}
