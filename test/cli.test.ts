import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {rules} from '@jiaodui/preset'
import {assertValid, exampleFiles, root, runCli, type CliResult} from './helpers.js'
import {checkReportSlices, fixConverges} from './records.js'

const jiaodui = runCli

function jsonReport(result: CliResult) {
  const report = JSON.parse(result.stdout)
  assertValid('report.schema.json', report)
  return report as {
    files: Array<{path: string; encoding?: string; messages: Array<Record<string, any>>; error?: {code: string; message: string}; fixed?: number}>
    summary: Record<string, number>
  }
}

let dir: string
const dirty = '在春耕生产中\u200b，各村普遍安排有种植经验的农户。\n'
const clean = '在春耕生产中，各村普遍安排有种植经验的农户。\n'

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiaodui-cli-'))
})

afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
})

function workspace(name: string, files: Record<string, string | Uint8Array>): string {
  const folder = path.join(dir, name)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), {recursive: true})
    writeFileSync(path.join(folder, file), content)
  }
  return folder
}

describe('jiaodui check', () => {
  test('the examples: a JSON report valid against the schema, exit 1 on findings', async () => {
    // The examples carry no-break spaces and zero-width characters on purpose.
    await checkReportSlices(exampleFiles())
  })

  test('clean text exits 0; findings exit 1; --max-warnings lets warnings pass', async () => {
    const folder = workspace('codes', {'clean.txt': clean, 'dirty.txt': dirty})
    expect((await jiaodui(['check', 'clean.txt'], folder)).code).toBe(0)
    const found = await jiaodui(['check', 'dirty.txt'], folder)
    expect(found.code).toBe(1)
    expect(found.stdout).toContain('dirty.txt')
    expect(found.stdout).toContain('1:7')
    expect(found.stdout).toContain('no-invisible-character')
    expect((await jiaodui(['check', '--max-warnings', '1', 'dirty.txt'], folder)).code).toBe(0)
    // --quiet reports errors only: this warning is hidden and does not fail the run.
    const quiet = await jiaodui(['check', '--quiet', 'dirty.txt'], folder)
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).not.toContain('no-invisible-character')
  })

  test('folders are walked for .txt .md .html; ignore files are honoured', async () => {
    const folder = workspace('walk', {
      'a.txt': dirty,
      'b.md': `# 标题\n\n${dirty}`,
      'c.html': `<p>${dirty}</p>`,
      'notes.json': '{}',
      'drafts/d.txt': dirty,
      'private/e.txt': dirty,
      'node_modules/x/f.txt': dirty,
      '.gitignore': 'drafts/\n',
      '.jiaoduiignore': 'private/\n'
    })
    const report = jsonReport(await jiaodui(['check', '--format', 'json', '.'], folder))
    expect(report.files.map((file) => file.path)).toEqual(['a.txt', 'b.md', 'c.html'])
    for (const file of report.files) expect(file.messages).toHaveLength(1)
    // Positions in Markdown and HTML point into the original file.
    const md = report.files[1]!.messages[0]!
    expect(md['place'].start).toEqual({line: 3, column: 7, offset: 12})
    const html = report.files[2]!.messages[0]!
    expect(html['place'].start).toEqual({line: 1, column: 10, offset: 9})
  })

  test('globs, and an explicitly named ignored file is skipped with a note', async () => {
    const folder = workspace('globs', {'x/a.txt': dirty, 'x/b.txt': clean, 'drafts/c.txt': dirty, '.gitignore': 'drafts/\n'})
    const report = jsonReport(await jiaodui(['check', '--format', 'json', 'x/*.txt'], folder))
    expect(report.files.map((file) => file.path)).toEqual(['x/a.txt', 'x/b.txt'])
    const ignored = await jiaodui(['check', 'drafts/c.txt', 'x/b.txt'], folder)
    expect(ignored.stderr).toContain('drafts/c.txt: ignored')
    expect(ignored.code).toBe(0)
  })

  test('a path that matches nothing is fatal', async () => {
    const result = await jiaodui(['check', 'missing/*.txt'], workspace('none', {'a.txt': clean}))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no files matching `missing/*.txt`')
  })

  test('--stdin with --stdin-filename picks the format and the path', async () => {
    const folder = workspace('stdin', {})
    const result = await jiaodui(['check', '--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], folder, `# 标题\n\n${dirty}`)
    const report = jsonReport(result)
    expect(report.files[0]!.path).toBe('draft.md')
    expect(report.files[0]!.messages[0]!['place'].start.line).toBe(3)
    expect(result.code).toBe(1)
  })

  test('--stdin --fix prints the fixed text and reports on stderr', async () => {
    const result = await jiaodui(['check', '--stdin', '--fix'], workspace('stdin-fix', {}), dirty)
    expect(result.stdout).toBe(clean)
    expect(result.stderr).toContain('1 file')
    expect(result.code).toBe(0)
  })

  test('--output writes the report to a file', async () => {
    const folder = workspace('output', {'a.txt': dirty})
    const result = await jiaodui(['check', '--format', 'json', '--output', 'out/report.json', 'a.txt'], folder)
    // The folder of the output must exist: jiaodui does not create it silently.
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('cannot write the report to `out/report.json`')
    mkdirSync(path.join(folder, 'out'))
    const again = await jiaodui(['check', '--format', 'json', '--output', 'out/report.json', 'a.txt'], folder)
    expect(again.code).toBe(1)
    expect(again.stdout).toBe('')
    const report = JSON.parse(readFileSync(path.join(folder, 'out/report.json'), 'utf8'))
    assertValid('report.schema.json', report)
    expect(report.files[0].messages).toHaveLength(1)
  })
})

describe('config', () => {
  test('nearest config wins: .jiaoduirc.json, .jiaoduirc.yaml, package.json#jiaodui', async () => {
    const folder = workspace('config-nearest', {
      '.jiaoduirc.json': JSON.stringify({rules: {'no-invisible-character': 'error'}}),
      'a.txt': dirty,
      'yaml/.jiaoduirc.yaml': 'rules:\n  no-invisible-character: off\n',
      'yaml/b.txt': dirty,
      'pkg/package.json': JSON.stringify({name: 'x', jiaodui: {rules: {'no-invisible-character': {severity: 'info'}}}}),
      'pkg/c.txt': dirty,
      'plain/package.json': JSON.stringify({name: 'no-config-here'}),
      'plain/d.txt': dirty
    })
    const report = jsonReport(await jiaodui(['check', '--format', 'json', '.'], folder))
    const byPath = Object.fromEntries(report.files.map((file) => [file.path, file.messages.map((message) => message['severity'])]))
    expect(byPath).toEqual({
      'a.txt': ['error'],
      'pkg/c.txt': ['info'],
      // A package.json without a `jiaodui` field is skipped: the parent config applies.
      'plain/d.txt': ['error'],
      'yaml/b.txt': []
    })
  })

  test('--config overrides discovery', async () => {
    const folder = workspace('config-explicit', {
      '.jiaoduirc.json': JSON.stringify({rules: {'no-invisible-character': 'error'}}),
      'other.yaml': 'rules:\n  no-invisible-character:\n    severity: warn\n    options:\n      oddSpace: false\n',
      'a.txt': dirty
    })
    const report = jsonReport(await jiaodui(['check', '--format', 'json', '--config', 'other.yaml', 'a.txt'], folder))
    expect(report.files[0]!.messages.map((message) => message['severity'])).toEqual(['warning'])
  })

  test('every config error names the file and the JSON pointer, exit 2', async () => {
    const folder = workspace('config-bad', {
      '.jiaoduirc.json': JSON.stringify({
        rules: {
          'no-invisible-character': {severity: 'loud', options: {oddSpace: 'yes', extra: 1}},
          'no-such-rule': 'error'
        },
        colour: true
      }),
      'a.txt': clean
    })
    const result = await jiaodui(['check', 'a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trim().split('\n')
    for (const line of lines) expect(line).toMatch(/^jiaodui: .*\.jiaoduirc\.json: /)
    expect(result.stderr).toContain('has unknown property `colour`')
    expect(result.stderr).toContain('/rules has unknown property `no-such-rule`')
    expect(result.stderr).toContain('/rules/no-invisible-character/severity must be equal to one of the allowed values')
    expect(result.stderr).toContain('/rules/no-invisible-character/options/oddSpace must be boolean')
    expect(result.stderr).toContain('/rules/no-invisible-character/options has unknown property `extra`')
  })

  test('unparsable JSON and YAML configs are fatal with the file named', async () => {
    const json = await jiaodui(['check', 'a.txt'], workspace('config-json', {'.jiaoduirc.json': '{"rules": ', 'a.txt': clean}))
    expect(json.code).toBe(2)
    expect(json.stderr).toMatch(/\.jiaoduirc\.json: is not valid JSON/)
    const yaml = await jiaodui(['check', 'a.txt'], workspace('config-yaml', {'.jiaoduirc.yaml': 'rules: [\n', 'a.txt': clean}))
    expect(yaml.code).toBe(2)
    expect(yaml.stderr).toMatch(/\.jiaoduirc\.yaml: is not valid YAML at line \d+/)
    const missing = await jiaodui(['check', '--config', 'nope.json', 'a.txt'], workspace('config-missing', {'a.txt': clean}))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json: cannot be read')
  })
})

describe('encodings', () => {
  // An invented traditional sentence and a simplified one. Big5 has no zero-width space, so the
  // traditional one carries an ideographic space before digits.
  const traditional = '青禾縣在鄉村建設規劃中提出，到\u30002030年要實現城鄉公交一體化運營。\n'
  const simplified = '青禾县实施“山茶富民行动”，向种茶农户发放小额贴息贷款3亿多元\u200b。\n'

  test('UTF-8 with BOM, UTF-16LE/BE with BOM, GB18030, Big5 are detected and named', async () => {
    const folder = workspace('encodings', {
      'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(simplified, 'utf16le')]),
      'utf16be.txt': iconv.encode(simplified, 'utf-16be', {addBOM: true}),
      'gb18030.txt': iconv.encode(simplified, 'gb18030'),
      'big5.txt': iconv.encode(traditional, 'big5')
    })
    const report = jsonReport(await jiaodui(['check', '--format', 'json', '.'], folder))
    const encodings = Object.fromEntries(report.files.map((file) => [file.path, file.encoding]))
    expect(encodings).toEqual({
      'big5.txt': 'Big5',
      'gb18030.txt': 'GB18030',
      'utf16be.txt': 'UTF-16BE',
      'utf16le.txt': 'UTF-16LE',
      'utf8-bom.txt': 'UTF-8'
    })
    for (const file of report.files) {
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]!['actual']).toBe(file.path.startsWith('big5') ? '\u3000' : '\u200b')
    }
  })

  test('binary and undecodable files are per-file errors; the others are still checked', async () => {
    const folder = workspace('bad-input', {
      'a.txt': dirty,
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'broken.txt': Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0xfd, 0x41, 0x80])
    })
    const result = await jiaodui(['check', '--format', 'json', '.'], folder)
    expect(result.code).toBe(2)
    const report = jsonReport(result)
    const byPath = Object.fromEntries(report.files.map((file) => [file.path, file]))
    expect(byPath['a.txt']!.messages).toHaveLength(1)
    expect(byPath['image.txt']!.error?.code).toBe('binary')
    expect(byPath['broken.txt']!.error?.code).toBe('undecodable')
    const stylish = await jiaodui(['check', '.'], folder)
    expect(stylish.stdout).toMatch(/image\.txt\n {2}error {2}binary data/)
  })

  test('an empty file is checked and clean', async () => {
    const result = await jiaodui(['check', '--format', 'json', 'empty.txt'], workspace('empty', {'empty.txt': ''}))
    expect(result.code).toBe(0)
    expect(jsonReport(result).files[0]!.messages).toEqual([])
  })

  test('--fix keeps the encoding, the BOM and CRLF line endings', async () => {
    const folder = workspace('fix-encodings', {
      'gb.txt': iconv.encode(simplified.replace('\n', '\r\n'), 'gb18030'),
      'big5.txt': iconv.encode(traditional, 'big5'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(traditional, 'utf16le')])
    })
    const result = await jiaodui(['check', '--fix', '--format', 'json', '.'], folder)
    expect(result.code).toBe(0)
    const report = jsonReport(result)
    for (const file of report.files) expect(file.fixed).toBe(1)
    const read = (name: string) => readFileSync(path.join(folder, name))
    expect(iconv.decode(read('gb.txt'), 'gb18030')).toBe(simplified.replace('\u200b', '').replace('\n', '\r\n'))
    expect(iconv.decode(read('big5.txt'), 'big5')).toBe(traditional.replace('\u3000', ' '))
    expect([...read('bom.txt').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read('bom.txt').subarray(3).toString('utf8')).toBe(simplified.replace('\u200b', ''))
    expect([...read('utf16.txt').subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(read('utf16.txt').subarray(2).toString('utf16le')).toBe(traditional.replace('\u3000', ' '))
  })
})

describe('--fix', () => {
  test('fixes a copy of an example and leaves everything else byte for byte', async () => {
    // Only no-invisible-character on, so the untouched text can be compared exactly.
    const only = Object.fromEntries(rules.map((rule) => [rule.meta.ruleId, rule.meta.ruleId === 'no-invisible-character' ? 'warn' : 'off']))
    const folder = workspace('fix-seed', {'.jiaoduirc.json': JSON.stringify({rules: only})})
    cpSync(path.join(root, 'examples', 'county-roads.txt'), path.join(folder, 'seed.txt'))
    const before = readFileSync(path.join(folder, 'seed.txt'), 'utf8')
    const first = await jiaodui(['check', '--format', 'json', 'seed.txt'], folder)
    const messages = jsonReport(first).files[0]!.messages
    expect(messages.length).toBeGreaterThan(0)
    const fixed = await jiaodui(['check', '--fix', '--format', 'json', 'seed.txt'], folder)
    const after = readFileSync(path.join(folder, 'seed.txt'), 'utf8')
    expect(jsonReport(fixed).files[0]!.fixed).toBe(messages.filter((message) => message['expected']?.length).length)
    // Only the flagged characters changed: removing them from both sides gives the same text.
    // Spaces too: an odd space is replaced by a plain one.
    const flagged = new Set([' ', ...messages.flatMap((message) => [...String(message['actual'])])])
    const strip = (text: string) => [...text].filter((char) => !flagged.has(char)).join('')
    expect(strip(after)).toBe(strip(before))
    expect(after).not.toContain('\u00a0')
    const again = await jiaodui(['check', '--fix', '--format', 'json', 'seed.txt'], folder)
    expect(jsonReport(again).summary['fixed']).toBe(0)
    expect(readFileSync(path.join(folder, 'seed.txt'), 'utf8')).toBe(after)
  })

  test('with every rule on, --fix on the examples converges and leaves nothing fixable', async () => {
    const folder = workspace('fix-all-seeds', {})
    for (const example of exampleFiles()) cpSync(example, path.join(folder, path.basename(example)))
    await fixConverges(folder, exampleFiles().map((example) => path.basename(example)))
  })

  test('--dry-run prints a diff and writes nothing', async () => {
    const folder = workspace('dry-run', {'a.txt': dirty})
    const result = await jiaodui(['check', '--fix', '--dry-run', 'a.txt'], folder)
    expect(result.stdout).toContain('--- a/a.txt')
    expect(result.stdout).toContain('+++ b/a.txt')
    expect(result.stdout).toContain(`-${dirty.trimEnd()}`)
    expect(result.stdout).toContain(`+${clean.trimEnd()}`)
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(dirty)
    expect(result.code).toBe(0)
  })

  test('a fix that Big5 cannot encode is refused, the file untouched', async () => {
    // None of today's fixes add hanzi, so check the guard on the encoder directly:
    // `這` is in Big5, the simplified `这` is not and must not become `?`.
    const {encode, DecodeError} = await import('@jiaodui/cli')
    expect(iconv.decode(encode('這', {encoding: 'big5', bom: false}), 'big5')).toBe('這')
    expect(() => encode('这', {encoding: 'big5', bom: false})).toThrow(DecodeError)
  })
})

describe('jiaodui rules and usage', () => {
  test('rules lists every rule with family, severity, fixability and docs link', async () => {
    const result = await jiaodui(['rules', '--format', 'json'], root)
    expect(result.code).toBe(0)
    const rows = JSON.parse(result.stdout)
    expect(rows).toContainEqual({
      id: 'no-invisible-character',
      family: 'script',
      severity: 'warning',
      fixable: true,
      phase: 'file',
      description: expect.any(String),
      url: 'https://github.com/jiaodui/jiaodui/tree/main/rules/no-invisible-character#readme'
    })
    const table = await jiaodui(['rules'], root)
    expect(table.stdout).toMatch(/^rule +family +severity +fix +phase +docs$/m)
  })

  test('unknown options and commands are fatal; --help and --version exit 0', async () => {
    expect((await jiaodui(['check', '--bogus'], root)).code).toBe(2)
    expect((await jiaodui(['frobnicate'], root)).code).toBe(2)
    expect((await jiaodui(['check', '--format', 'xml', 'x'], root)).code).toBe(2)
    const help = await jiaodui(['--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('check')
    const version = await jiaodui(['--version'], root)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('the check --help text is the one checked in', async () => {
    const help = await jiaodui(['check', '--help'], root)
    const expected = readFileSync(path.join(root, 'test', 'fixtures', 'check-help.txt'), 'utf8')
    expect(help.stdout).toBe(expected)
  })
})


describe('bad input', () => {
  test('deeply nested HTML is a clear per-file error, the other files are checked', async () => {
    const folder = workspace('deep-html', {
      'deep.html': '<div>'.repeat(100_000) + '文字' + '</div>'.repeat(100_000),
      'a.txt': dirty
    })
    const result = await jiaodui(['check', '--format', 'json', '.'], folder)
    expect(result.code).toBe(2)
    const report = jsonReport(result)
    const deep = report.files.find((file) => file.path === 'deep.html')!
    expect(deep.error).toEqual({code: 'check-failed', message: expect.stringContaining('HTML nested too deeply to read')})
    expect(report.files.find((file) => file.path === 'a.txt')!.messages).toHaveLength(1)
  })

  test('a long single line without punctuation is checked (positions exact at the end)', async () => {
    const line = '中文字'.repeat(200_000) + '\u200b' + '结尾'
    const report = jsonReport(await jiaodui(['check', '--format', 'json', 'long.txt'], workspace('long-line', {'long.txt': line})))
    expect(report.files[0]!.messages).toHaveLength(1)
    expect(report.files[0]!.messages[0]!['place'].start).toEqual({line: 1, column: 600_001, offset: 600_000})
  })
})

describe('worker threads', () => {
  test('--threads 2 gives the same report as --threads 1, corpus phase included', async () => {
    const files: Record<string, string> = {}
    exampleFiles().forEach((example, index) => {
      const text = readFileSync(example, 'utf8')
      for (let copy = 0; copy < 6; copy++) files[`s${index}-${copy}.txt`] = text
    })
    files['gb.txt'] = iconv.encode(dirty, 'gb18030') as unknown as string
    files['bin.txt'] = Buffer.from([0, 1, 2, 3]) as unknown as string
    const folder = workspace('threads', files)
    const one = await jiaodui(['check', '--format', 'json', '--threads', '1', '.'], folder)
    const two = await jiaodui(['check', '--format', 'json', '--threads', '2', '.'], folder)
    expect(two.code).toBe(one.code)
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout))
    expect(jsonReport(two).files).toHaveLength(exampleFiles().length * 6 + 2)
  })
})

describe('packing messages off the heap', () => {
  test('a run gives the same report whether its files are packed, kept as they are, or packed from the middle on', async () => {
    const files: Record<string, string> = {}
    exampleFiles().forEach((example, index) => {
      const text = readFileSync(example, 'utf8')
      for (let copy = 0; copy < 4; copy++) files[`p${index}-${copy}${path.extname(example)}`] = text
    })
    files['bin.txt'] = Buffer.from([0, 1, 2, 3]) as unknown as string
    const folder = workspace('packing', files)
    const reports: string[] = []
    // 0: every file packed; 30 000 bytes: the first few kept, the rest packed; unset: none packed (a small run).
    for (const budget of ['0', '30000', undefined]) {
      const result = await jiaodui(['check', '--format', 'json', '.'], folder, undefined, {JIAODUI_UNPACKED_BYTES: budget})
      // 2: the binary file is an error of the run.
      expect(result.code).toBe(2)
      reports.push(result.stdout)
    }
    expect(reports[1]).toBe(reports[0])
    expect(reports[2]).toBe(reports[0])
    const report = JSON.parse(reports[0]!)
    // Per-file and corpus messages both went through.
    const rules = new Set(report.files.flatMap((file: {messages: Array<{ruleId: string}>}) => file.messages.map((message) => message.ruleId)))
    expect(rules).toContain('no-repeated-boilerplate')
    expect(rules).toContain('no-invisible-character')
  })

  test('JIAODUI_UNPACKED_BYTES and JIAODUI_SECTION_SIZE must be whole numbers: a clear error, exit 2', async () => {
    const folder = workspace('packing-bad', {'a.txt': clean, 'b.txt': clean})
    const result = await jiaodui(['check', '.'], folder, undefined, {JIAODUI_UNPACKED_BYTES: 'lots'})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/JIAODUI_UNPACKED_BYTES must be a whole number of bytes, not `lots`/)
    // Bad input, not a crash: no internal error and no stack trace.
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
    const section = await jiaodui(['check', '.'], folder, undefined, {JIAODUI_SECTION_SIZE: '0'})
    expect(section.code).toBe(2)
    expect(section.stderr).toMatch(/JIAODUI_SECTION_SIZE must be a whole number of characters, not `0`/)
    expect(section.stderr).not.toMatch(/internal error|\n\s+at /)
  })
})

describe('CI formats', () => {
  test('--format sarif validates against the SARIF 2.1.0 schema', async () => {
    const {default: Ajv} = await import('ajv')
    const schema = JSON.parse(
      readFileSync(path.join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')
    )
    // The OASIS schema is draft-04 (`id`); its keywords are otherwise draft-07 compatible.
    schema.$id = schema.id
    delete schema.id
    delete schema.$schema
    const validate = new Ajv({strict: false, allErrors: true, unicodeRegExp: false}).compile(schema)
    const folder = workspace('sarif', {'a.txt': dirty, 'b.md': `# 标题\n\n${dirty}`, 'bin.txt': Buffer.from([0, 1, 2]) as unknown as string})
    const result = await jiaodui(['check', '--format', 'sarif', '.'], folder)
    expect(result.code).toBe(2)
    const log = JSON.parse(result.stdout)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const run = log.runs[0]
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('no-invisible-character')
    expect(run.results).toHaveLength(2)
    expect(run.results[0].locations[0].physicalLocation.region).toMatchObject({startLine: 1, startColumn: 7, charOffset: 6, charLength: 1})
    expect(run.results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('')
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0].descriptor.id).toBe('binary')
  })

  test('--format github prints workflow annotations', async () => {
    const folder = workspace('github', {'a,b.txt': dirty})
    const result = await jiaodui(['check', '--format', 'github', '.'], folder)
    expect(result.stdout).toBe(
      '::warning file=a%2Cb.txt,line=1,col=7,endLine=1,endColumn=8,title=jiaodui(no-invisible-character)::Unexpected zero-width space (U+200B), expected nothing\n'
    )
    expect(result.code).toBe(1)
  })
})

test('a file over --max-file-size is a clear per-file error', async () => {
  const folder = workspace('too-large', {'big.txt': '中文'.repeat(400_000), 'a.txt': clean})
  const result = await jiaodui(['check', '--format', 'json', '--max-file-size', '1', '.'], folder)
  expect(result.code).toBe(2)
  const report = jsonReport(result)
  expect(report.files.map((file) => file.path)).toEqual(['a.txt', 'big.txt'])
  expect(report.files[1]!.error).toEqual({code: 'too-large', message: expect.stringContaining('over the limit of 1.0 MB')})
  expect(report.files[0]!.messages).toEqual([])
})

describe('rules that are off', () => {
  const claimRulesOff = JSON.stringify({rules: Object.fromEntries(['consistent-numeric-claims', 'no-contradictory-claims', 'parts-sum-to-whole', 'no-impossible-percentage'].map((id) => [id, 'off']))})
  // Written for this test: a Markdown article (claims in a table and in emphasis, read from the tree).
  const article = '---\ndate: 2024-05-06\n---\n\n# 广西合作社\n\n| 地区 | 合作社 |\n| --- | --- |\n| 南宁 | 1.2万家 |\n| 柳州 | 8000家 |\n\n截至2023年底，**广西**共有农民专业合作社6.1万家。\n'

  test('the claim rules off in the config: the index step records the claims it would record with them on', async () => {
    const recorded = async (files: Record<string, string>) => {
      const folder = workspace(`claim-rules-index-${Object.keys(files).length}`, {...files, 'a.md': article})
      const checked = await jiaodui(['check', 'a.md', '--index', 'claims.db', '--index-update', '--format', 'json'], folder)
      expect(checked.stderr).toBe('')
      return (await jiaodui(['index', 'export', '--format', 'jsonl', '--index', 'claims.db'], folder)).stdout
    }
    const off = await recorded({'.jiaoduirc.json': claimRulesOff})
    expect(off).toMatch(/"claims":\[\{/)
    // (Extracted in the per-file phase, from the Markdown tree, as when the rules are on; the index
    // step alone would read the raw text.)
    expect(off).toBe(await recorded({}))
  })
})
