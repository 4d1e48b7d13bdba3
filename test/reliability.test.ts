import {chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {assertValid, runCli, type CliResult} from './helpers.js'

// Issue 13: each case here failed before its fix.
const jiaodui = runCli
const dirty = '在春耕生产中\u200b，各村普遍安排有种植经验的农户。\n'
const clean = '在春耕生产中，各村普遍安排有种植经验的农户。\n'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-reliability-'))
})
afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
})

function workspace(name: string, files: Record<string, string | Uint8Array>): string {
  const folder = path.join(dir, name)
  mkdirSync(folder, {recursive: true})
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), {recursive: true})
    writeFileSync(path.join(folder, file), content)
  }
  return folder
}

function report(result: CliResult) {
  const parsed = JSON.parse(result.stdout)
  assertValid('report.schema.json', parsed)
  return parsed as {files: Array<{path: string; messages: Array<Record<string, any>>; error?: {code: string; message: string}; fixed?: number}>; summary: Record<string, number>}
}

describe('the config of the working folder', () => {
  test('its ignorePatterns apply to `jiaodui check .`', async () => {
    const folder = workspace('ignore-patterns', {'.jiaoduirc.json': JSON.stringify({ignorePatterns: ['drafts/**']}), 'a.txt': dirty, 'drafts/b.txt': dirty})
    expect(report(await jiaodui(['check', '--format', 'json', '.'], folder)).files.map((file) => file.path)).toEqual(['a.txt'])
  })

  test('its corpus-rule settings apply (no-repeated-boilerplate off)', async () => {
    const line = '扫码关注本报微信公众号 获取更多资讯\n'
    const files: Record<string, string> = {'.jiaoduirc.json': JSON.stringify({rules: {'no-repeated-boilerplate': 'off'}})}
    for (const name of ['a', 'b', 'c', 'd']) files[`${name}.txt`] = `${name}县新闻标题\n${clean}${line}`
    const result = report(await jiaodui(['check', '--format', 'json', '.'], workspace('corpus-settings', files)))
    expect(result.files.flatMap((file) => file.messages.map((message) => message['ruleId']))).not.toContain('no-repeated-boilerplate')
  })
})

describe('--fix keeps file identity', () => {
  test('a symlink stays a symlink and its target is fixed', async () => {
    const folder = workspace('symlink', {'target/a.txt': dirty})
    symlinkSync(path.join(folder, 'target', 'a.txt'), path.join(folder, 'link.txt'))
    const result = await jiaodui(['check', '--fix', '--format', 'json', 'link.txt'], folder)
    expect(result.code).toBe(0)
    expect(lstatSync(path.join(folder, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(folder, 'target', 'a.txt'), 'utf8')).toBe(clean)
  })

  test('mode 666 stays 666; a read-only file is refused and left as it was', async () => {
    const folder = workspace('modes', {'open.txt': dirty, 'locked.txt': dirty})
    chmodSync(path.join(folder, 'open.txt'), 0o666)
    chmodSync(path.join(folder, 'locked.txt'), 0o444)
    const result = report(await jiaodui(['check', '--fix', '--format', 'json', '.'], folder))
    expect(statSync(path.join(folder, 'open.txt')).mode & 0o777).toBe(0o666)
    expect(readFileSync(path.join(folder, 'open.txt'), 'utf8')).toBe(clean)
    expect(readFileSync(path.join(folder, 'locked.txt'), 'utf8')).toBe(dirty)
    const locked = result.files.find((file) => file.path === 'locked.txt')!
    expect(locked.error).toEqual({code: 'read-only', message: 'the file is read-only (mode 444); not fixed'})
    // The refused file's messages are those of the text on disk.
    expect(locked.messages.map((message) => message['actual'])).toEqual(['\u200b'])
  })

  test('a file with another hard link is refused, both names keep the same bytes', async () => {
    const folder = workspace('hardlink', {'a.txt': dirty})
    linkSync(path.join(folder, 'a.txt'), path.join(folder, 'b.md'))
    const result = report(await jiaodui(['check', '--fix', '--format', 'json', 'a.txt'], folder))
    expect(result.files[0]!.error?.code).toBe('hard-linked')
    expect(statSync(path.join(folder, 'a.txt')).ino).toBe(statSync(path.join(folder, 'b.md')).ino)
  })

  test('a forced encoding that does not give back the bytes read is refused, not written as garbage', async () => {
    const big5 = iconv.encode('山西省今年新建公路\u3000三百公里。\n', 'big5')
    const folder = workspace('forced-encoding', {'a.txt': big5})
    const result = report(await jiaodui(['check', '--fix', '--encoding', 'gb18030', '--format', 'json', 'a.txt'], folder))
    expect(result.files[0]!.error?.code).toBe('encoding-mismatch')
    expect(result.summary['fixed']).toBe(0)
    expect(readFileSync(path.join(folder, 'a.txt')).equals(big5)).toBe(true)
  })
})

describe('--fix removes whole elements', () => {
  test('a repeated line in Markdown and HTML goes with its markup (heading, list item, quote, element)', async () => {
    const files: Record<string, string> = {}
    for (const name of ['a', 'b', 'c']) {
      files[`${name}.md`] = `# ${name}县新闻\n\n## 扫码关注本报微信公众号 获取更多资讯\n\n- 扫码下载本报客户端 随时阅读\n\n> 本报地址 广州市新港东路八号\n\n正文第一段，讲述${name}县新航线。\n`
      files[`${name}.html`] = `<h1>${name}县新闻</h1>\n<h2>扫码关注本报微信公众号 获取更多资讯</h2>\n<p>扫码下载本报客户端 随时阅读</p>\n<p>正文第一段，讲述${name}县新航线。</p>\n`
    }
    const folder = workspace('markup', files)
    expect((await jiaodui(['check', '--fix', '.'], folder)).code).toBe(0)
    for (const name of ['a', 'b', 'c']) {
      const markdown = readFileSync(path.join(folder, `${name}.md`), 'utf8')
      expect(markdown.replace(/\n+/g, '\n')).toBe(`# ${name}县新闻\n正文第一段，讲述${name}县新航线。\n`)
      expect(readFileSync(path.join(folder, `${name}.html`), 'utf8')).toBe(`<h1>${name}县新闻</h1>\n<p>正文第一段，讲述${name}县新航线。</p>\n`)
    }
  })
})

describe('--fix and legacy encodings', () => {
  test('bytes that read as both GB18030 and Big5 are not rewritten on a guess (found by the fuzz test)', async () => {
    const bytes = iconv.encode('hu ì。,中', 'gb18030')
    const folder = workspace('ambiguous-encoding', {'a.txt': bytes})
    const result = report(await jiaodui(['check', '--fix', '--format', 'json', 'a.txt'], folder))
    expect(result.files[0]!.error?.code).toBe('encoding-ambiguous')
    expect(readFileSync(path.join(folder, 'a.txt')).equals(bytes)).toBe(true)
    // Told the encoding, it fixes.
    expect((await jiaodui(['check', '--fix', '--encoding', 'gb18030', 'a.txt'], folder)).code).toBe(0)
    expect(iconv.decode(readFileSync(path.join(folder, 'a.txt')), 'gb18030')).toBe('hu ì。，中')
  })
})

describe('--fix reports the text it wrote', () => {
  test('after corpus fixes the report points into the fixed text', async () => {
    const promo = '扫码关注本报微信公众号 获取更多资讯\n'
    const files: Record<string, string> = {}
    for (const name of ['a', 'b', 'c']) files[`${name}.txt`] = `${name}县新闻标题\n${promo}${dirty}`
    const folder = workspace('recheck', files)
    const result = report(await jiaodui(['check', '--fix', '--format', 'json', '.'], folder))
    for (const file of result.files) {
      const text = readFileSync(path.join(folder, file.path), 'utf8')
      expect(text).not.toContain(promo)
      for (const message of file.messages) {
        expect(text.slice(message['place'].start.offset, message['place'].end.offset)).toBe(message['actual'])
      }
    }
  })

  test('--dry-run says "would fix" and writes nothing', async () => {
    const folder = workspace('dry-run', {'a.txt': dirty})
    const result = await jiaodui(['check', '--fix', '--dry-run', 'a.txt'], folder)
    expect(result.stderr).toContain('would fix 1 problem')
    expect(result.stderr).not.toMatch(/\bfixed\b/)
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(dirty)
  })

  test('--stdin --fix answers in the encoding that came in, byte-order mark included', async () => {
    const gb = iconv.encode(dirty, 'gb18030')
    const fromGb = await jiaodui(['check', '--stdin', '--fix'], dir, gb)
    expect(fromGb.stdoutBytes.equals(iconv.encode(clean, 'gb18030'))).toBe(true)
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dirty)])
    const fromBom = await jiaodui(['check', '--stdin', '--fix'], dir, bom)
    expect(fromBom.stdoutBytes.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean)]))).toBe(true)
  })
})

describe('inputs that are not plain files', () => {
  test('a *.txt symlink to /dev/zero in a folder is skipped with a note, the rest is checked', async () => {
    const folder = workspace('dev-zero', {'a.txt': dirty})
    symlinkSync('/dev/zero', path.join(folder, 'zero.txt'))
    const result = await jiaodui(['check', '--format', 'json', '.'], folder)
    expect(result.stderr).toContain('zero.txt: is a character device, not checked')
    expect(report(result).files.map((file) => file.path)).toEqual(['a.txt'])
  })

  test('a symlink to a parent folder does not check a file twice', async () => {
    const folder = workspace('loop', {'sub/a.txt': dirty})
    symlinkSync(folder, path.join(folder, 'sub', 'up'))
    const result = report(await jiaodui(['check', '--format', 'json', '.'], folder))
    expect(result.files.map((file) => file.path)).toEqual(['sub/a.txt'])
  })

  test('a FIFO named explicitly is a clear error, never read', async () => {
    const folder = workspace('fifo', {})
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')])
    const result = await jiaodui(['check', 'pipe.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('jiaodui: `pipe.txt` is a FIFO, not a file jiaodui can check\n')
  })

  test('a file over --max-file-size is refused without being read', async () => {
    const folder = workspace('too-large', {'big.txt': '文'.repeat(400_000)})
    const result = report(await jiaodui(['check', '--format', 'json', '--max-file-size', '1', 'big.txt'], folder))
    expect(result.files[0]!.error?.code).toBe('too-large')
  })

  test('a file the heap cannot hold the check of is refused clearly, whatever --max-file-size says', async () => {
    // Markdown is parsed whole (plain text is checked in sections, packages/core/README.md "Large files").
    const folder = workspace('too-large-for-memory', {'huge.md': Buffer.alloc(40_000_000, 0x61)})
    const result = report(await jiaodui(['check', '--format', 'json', '--max-file-size', '200', 'huge.md'], folder))
    expect(result.files[0]!.error?.code).toBe('too-large')
    expect(result.files[0]!.error?.message).toMatch(/heap of [\d.]+ GB/)
  })

  test('an unreadable file says why once (no repeated error code)', async () => {
    if (process.getuid?.() === 0) {
      // Root reads every file: use a folder as the file instead.
      const folder = workspace('unreadable', {})
      mkdirSync(path.join(folder, 'd.txt'))
      expect((await jiaodui(['check', 'd.txt/x.txt'], folder)).stderr).not.toMatch(/(E[A-Z]+): \1/)
      return
    }
    const folder = workspace('unreadable', {'a.txt': dirty})
    chmodSync(path.join(folder, 'a.txt'), 0)
    const result = report(await jiaodui(['check', '--format', 'json', 'a.txt'], folder))
    expect(result.files[0]!.error!.message).not.toMatch(/(E[A-Z]+): \1/)
  })
})

describe('inputs that would take minutes', () => {
  test('a Markdown list nested 1 000 deep is refused clearly; 50 deep is checked', async () => {
    const nested = (depth: number) => Array.from({length: depth}, (_, level) => `${'  '.repeat(level)}- 第${level}层`).join('\n') + '\n'
    const folder = workspace('nested-md', {'deep.md': nested(1000), 'shallow.md': nested(50)})
    const result = report(await jiaodui(['check', '--format', 'json', '.'], folder))
    expect(result.files.find((file) => file.path === 'deep.md')!.error).toEqual({
      code: 'check-failed',
      message: 'could not be checked (Markdown nested deeper than 100 levels (line 102); jiaodui does not read it)'
    })
    expect(result.files.find((file) => file.path === 'shallow.md')!.error).toBeUndefined()
  })
})

describe('small ones', () => {
  test('a bare `jiaodui` prints help on stdout and exits 0', async () => {
    const result = await jiaodui([], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: jiaodui')
    expect(result.stderr).toBe('')
  })

  test('claims --date 2018-13-45 is refused', async () => {
    const result = await jiaodui(['claims', '--date', '2018-13-45', '--stdin'], dir, clean)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('invalid --date `2018-13-45`')
  })

  test('a config error names the pointer once, without a must-match-else line', async () => {
    const folder = workspace('bad-config', {'.jiaoduirc.json': JSON.stringify({rules: {'no-masked-text': {severity: 'loud'}}}), 'a.txt': clean})
    const result = await jiaodui(['check', 'a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('"else"')
    expect(result.stderr).toContain('/rules/no-masked-text/severity')
  })

  test('numbers and claims take --max-file-size, as their size hint says', async () => {
    const folder = workspace('records-size', {'big.txt': '文'.repeat(400_000)})
    const result = await jiaodui(['numbers', '--max-file-size', '1', 'big.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--max-file-size')
    expect((await jiaodui(['numbers', '--max-file-size', '2', 'big.txt'], folder)).code).toBe(0)
  })
})
