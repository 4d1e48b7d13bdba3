import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {run} from '../src/run.js'
import {cacheFolder} from '../src/cache.js'

// Written for these tests: three short articles that end with the same
// weather line (a corpus rule, no-repeated-boilerplate, reports it across
// files) and one with a half-width comma between hanzi (a per-file message).
const line = '港區今日天氣晴朗，氣溫攝氏二十度\n'
const articles = {
  'a.txt': `渡輪新航線明年開通\n新航線每日往返十二班,票價不變。\n${line}`,
  'b.txt': `圖書館延長開放時間\n閱覽室週末開放至晚上九點。\n${line}`,
  'c.txt': `社區公園完成翻新\n公園新增兩處兒童遊樂區。\n${line}`
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-cache-'))
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, name), text)
  return dir
}

async function check(dir: string, ...args: string[]): Promise<{code: number; report: any}> {
  let stdout = ''
  const code = await run(['check', '--format', 'json', ...args, '.'], {
    cwd: dir,
    stdout: (text) => void (stdout += String(text)),
    stderr: () => undefined,
    color: false
  })
  return {code, report: JSON.parse(stdout)}
}

function entries(dir: string): string[] {
  const root = path.join(dir, cacheFolder)
  return readdirSync(root).flatMap((folder) => readdirSync(path.join(root, folder)).map((name) => path.join(root, folder, name)))
}

describe('--cache', () => {
  it('gives the report of an uncached run, cold and warm, corpus messages included', async () => {
    const dir = workspace()
    const plain = await check(dir)
    expect(plain.report.files.some((file: any) => file.messages.some((message: any) => message.ruleId === 'no-repeated-boilerplate'))).toBe(true)
    const cold = await check(dir, '--cache')
    expect(entries(dir)).toHaveLength(3)
    const warm = await check(dir, '--cache')
    expect(cold).toEqual(plain)
    expect(warm).toEqual(plain)
  })

  it('uses a cached entry instead of checking the file again', async () => {
    const dir = workspace()
    await check(dir, '--cache')
    // Change the reason of every cached message: a warm run must show the changed reasons.
    for (const entry of entries(dir)) {
      const outcome = deserialize(readFileSync(entry)) as {file: {messages: Array<{reason: string}>}}
      for (const message of outcome.file.messages) message.reason = `cached: ${message.reason}`
      writeFileSync(entry, serialize(outcome))
    }
    const warm = await check(dir, '--cache')
    const reasons = warm.report.files.flatMap((file: any) => file.messages.filter((message: any) => message.ruleId !== 'no-repeated-boilerplate').map((message: any) => message.reason))
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.every((reason: string) => reason.startsWith('cached: '))).toBe(true)
  })

  it('checks a changed file again, and an unreadable entry is a miss', async () => {
    const dir = workspace()
    await check(dir, '--cache')
    writeFileSync(path.join(dir, 'a.txt'), `渡輪新航線明年開通\n新航線每日往返十二班，票價不變。\n${line}`)
    for (const entry of entries(dir)) writeFileSync(entry, 'not an entry')
    const warm = await check(dir, '--cache')
    expect(warm).toEqual(await check(dir))
    const a = warm.report.files.find((file: any) => file.path === 'a.txt')
    expect(a.messages.some((message: any) => message.ruleId === 'consistent-punctuation-width')).toBe(false)
  })

  it('depends on the config: another config is a miss', async () => {
    const dir = workspace()
    await check(dir, '--cache')
    writeFileSync(path.join(dir, '.jiaoduirc.json'), JSON.stringify({rules: {'consistent-punctuation-width': 'off'}}))
    const warm = await check(dir, '--cache')
    expect(warm).toEqual(await check(dir))
    expect(warm.report.files.some((file: any) => file.messages.some((message: any) => message.ruleId === 'consistent-punctuation-width'))).toBe(false)
  })
})
