import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {assertValid, runCli} from './helpers.js'

// Issue 13: the whole CLI on generated files. No crash, exit codes 0/1/2 only,
// reports valid against the schema, `--fix` idempotent and never removing a
// character outside a span the first report names. 500 cases (tier two).

const pieces = [
  '新航线', '明年', '开通', '每日', '往返', '十二班', '港口', '渡輪', '發佈會', '于', '後', '余', '乾', '里長',
  '，', '。', '、', '：', '；', '！', '？', '「', '」', '“', '”', '（', '）', '《', '》', '……', '——',
  ',', '.', ':', ';', '(', ')', '!', '?', '"', "'", '*', '***', '×', '□', '%', '-', '|', '/', '>', '#',
  '12', '3.5', '19.5万', '1660万人', '50%', '２０', 'ＡＢ', '2026年3月2日', '其中', '共有', '全县', '分别为',
  ' ', '\u3000', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u00ad', '\u202e', '\t', '\n', '\n\n', '\r\n',
  '（fā）', '(huì)', '﹔', '︰', '⼈', 'Веijing', 'α', '😀', '👍🏽', '𠮷',
  '本报记者 王小明', '责任编辑：李华', '来源：新华社', '首页 > 新闻 > 正文', '扫码关注', '原标题：', '（记者 张三）',
  '<p>', '</p>', '<h2>', '</h2>', '<br>', '&amp;', '&nbsp;', '<!-- x -->', '# ', '## ', '- ', '> ', '**', '`', '[a](b)'
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))
const encodings = ['utf-8', 'utf-8-bom', 'gb18030', 'big5', 'utf-16le'] as const
const formats = ['txt', 'md', 'html'] as const

function encode(value: string, encoding: (typeof encodings)[number]): Buffer | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(value)
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(value)])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(value, 'utf-16le')])
    default: {
      const bytes = iconv.encode(value, encoding)
      // Only texts the legacy encoding can hold.
      return iconv.decode(bytes, encoding) === value ? bytes : undefined
    }
  }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-fuzz-'))
})
afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
})

let counter = 0

test('the CLI on 500 generated files: valid reports, exit codes 0/1/2, safe idempotent fixes', async () => {
  await fc.assert(
    fc.asyncProperty(text, fc.constantFrom(...encodings), fc.constantFrom(...formats), async (value, encoding, format) => {
      const bytes = encode(value, encoding)
      if (!bytes) return
      const folder = path.join(dir, String(counter++))
      mkdirSync(folder)
      const name = `a.${format}`
      writeFileSync(path.join(folder, name), bytes)
      const first = await runCli(['check', '--format', 'json', name], folder)
      expect([0, 1, 2]).toContain(first.code)
      const report = JSON.parse(first.stdout)
      assertValid('report.schema.json', report)
      const file = report.files[0]
      if (file.error) return
      const before = readFileSync(path.join(folder, name))
      const fixed = await runCli(['check', '--fix', '--format', 'json', name], folder)
      expect([0, 1, 2]).toContain(fixed.code)
      assertValid('report.schema.json', JSON.parse(fixed.stdout))
      const afterBytes = readFileSync(path.join(folder, name))
      // Idempotent: a second --fix changes nothing.
      await runCli(['check', '--fix', '--format', 'json', name], folder)
      expect(readFileSync(path.join(folder, name)).equals(afterBytes)).toBe(true)
      if (afterBytes.equals(before)) return
      // Fix pass by pass, as the CLI does: each pass may only lose characters inside the spans its
      // own report named (a fix can reveal a defect for the next pass: `‮来源：…` becomes a source
      // line once the bidi control is gone). Each intermediate text is checked through the CLI.
      const decode = (data: Buffer): string =>
        encoding === 'utf-8' || encoding === 'utf-8-bom'
          ? data.toString('utf8').replace(/^\uFEFF/, '')
          : encoding === 'utf-16le'
            ? iconv.decode(data.subarray(2), 'utf-16le', {stripBOM: false})
            : iconv.decode(data, encoding)
      const final = decode(afterBytes)
      let current = decode(before)
      let messages = file.messages
      for (let pass = 0; pass < 8 && current !== final; pass++) {
        const next = applyFixes(current, messages)
        if (next === current) break
        expectKept(current, next, messages, `${JSON.stringify(value)} (${format}, ${encoding}), pass ${pass}`)
        current = next
        const again = await runCli(['check', '--stdin', '--stdin-filename', name, '--format', 'json'], folder, current)
        messages = JSON.parse(again.stdout).files[0].messages
      }
      expect(current).toBe(final)
    }),
    {numRuns: 500, seed: 20261206}
  )
})

interface ReportMessage {
  place: {start: {offset: number}; end: {offset: number}}
  actual?: string
  expected?: string[]
}

/** Apply the first fix of each message, as `applyEdits` does: by offset, skipping overlaps. */
function applyFixes(text: string, messages: ReportMessage[]): string {
  const edits = messages
    .filter((message) => message.expected?.[0] !== undefined)
    .map((message) => ({start: message.place.start.offset, end: message.place.end.offset, text: message.expected![0]!}))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  let output = ''
  let cursor = 0
  let lastInsert = -1
  for (const edit of edits) {
    if (edit.start < cursor || (edit.start === edit.end && edit.start === lastInsert)) continue
    output += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
    if (edit.start === edit.end) lastInsert = edit.start
  }
  return output + text.slice(cursor)
}

/** Every character of `before` outside the messages' spans is in `after`, in order. */
function expectKept(before: string, after: string, messages: ReportMessage[], where: string): void {
  let cursor = 0
  for (let index = 0; index < before.length; index++) {
    if (messages.some((message) => message.place.start.offset <= index && index < message.place.end.offset)) continue
    const found = after.indexOf(before[index]!, cursor)
    expect(found, `lost ${JSON.stringify(before[index])} at ${index}, outside every reported span, in ${where}`).not.toBe(-1)
    cursor = found + 1
  }
}
