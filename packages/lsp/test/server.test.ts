import {existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic
} from 'vscode-languageserver/node'
import {pathToFileURL} from 'node:url'
import {corpusRule, lintRule} from '@jiaodui/lint-rule'
import {buildConfigSchema} from '@jiaodui/cli'
import {rules as presetRules} from '@jiaodui/preset'
import {acceptWordCommand, fixAllKind} from '../src/index.js'
import {startClient, type TestClient} from './client.js'

const allowInSchema = Boolean(
  (buildConfigSchema(presetRules) as {properties: {settings: {properties: Record<string, unknown>}}}).properties.settings.properties['allow']
)

const widthUrl = presetRules.find((rule) => rule.meta.ruleId === 'consistent-punctuation-width')!.meta.url

let client: TestClient | undefined
afterEach(async () => {
  await client?.close()
  client = undefined
})

/** Ranges and codes only, sorted, for exact comparison. */
function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map((diagnostic) => ({code: diagnostic.code, range: diagnostic.range}))
}

const at = (line: number, start: number, end = start + 1) => ({start: {line, character: start}, end: {line, character: end}})

// `𠮷` is outside the BMP: two UTF-16 units, so the comma after it is at character 8, not 7.
const twoDefects = '𠮷野家今天开门,我们去吃饭。\n他说\u200b明天再来。\n'

describe('diagnostics', () => {
  test('initialize declares incremental sync, code actions and the accept-word command', async () => {
    client = await startClient()
    const {capabilities, serverInfo} = client.initialize
    expect(serverInfo?.name).toBe('jiaodui')
    expect(capabilities.textDocumentSync).toMatchObject({openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}})
    expect(capabilities.codeActionProvider).toEqual({codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]})
    expect(capabilities.executeCommandProvider?.commands).toEqual([acceptWordCommand])
  })

  test('a document with known defects gets them with exact UTF-16 ranges, severity, code and docs link', async () => {
    client = await startClient()
    const {diagnostics} = await client.open('defects.txt', twoDefects)
    expect(summary(diagnostics)).toEqual([
      {code: 'consistent-punctuation-width', range: at(0, 8)},
      {code: 'no-invisible-character', range: at(1, 2)}
    ])
    expect(diagnostics[0]).toMatchObject({
      severity: DiagnosticSeverity.Warning,
      source: 'jiaodui',
      codeDescription: {href: widthUrl},
      message: 'Unexpected half-width `,` in Chinese text, expected `，`'
    })
  })

  test('ranges stay exact with CRLF and lone CR line ends', async () => {
    client = await startClient()
    const {diagnostics} = await client.open('crlf.txt', '第一行。\r\n今天天气很好,我们去散步。\r第三行\u200b。\r\n')
    expect(summary(diagnostics)).toEqual([
      {code: 'consistent-punctuation-width', range: at(1, 6)},
      {code: 'no-invisible-character', range: at(2, 3)}
    ])
  })

  test('a change is checked again (debounced) and published for its version', async () => {
    client = await startClient()
    const uri = client.uriOf('edit.txt')
    await client.open('edit.txt', '今天天气很好。\n')
    const after = await client.change(uri, '今天天气很好,我们去散步。\n')
    expect(after.version).toBe(2)
    expect(summary(after.diagnostics)).toEqual([{code: 'consistent-punctuation-width', range: at(0, 6)}])
  })

  test('Markdown and HTML documents are reported at their place in the source', async () => {
    client = await startClient()
    const markdown = await client.open('note.md', '# 标题\n\n**今天**天气很好,我们去散步。\n', 'markdown')
    expect(summary(markdown.diagnostics)).toEqual([{code: 'consistent-punctuation-width', range: at(2, 10)}])
    const html = await client.open('page.html', '<p>今天<b>天气</b>很好,我们去散步。</p>\n', 'html')
    expect(summary(html.diagnostics)).toEqual([{code: 'consistent-punctuation-width', range: at(0, 16)}])
  })

  test('a cross-article clash carries related information pointing at the other article', async () => {
    client = await startClient()
    const first = '宁陕县新修桥梁\n2026年4月1日　来源：示例周报\n据县水利局介绍，全县共有水库58座。\n'
    const second = '宁陕县加固病险水库\n2026年4月3日　来源：示例晚报\n据县水利局统计，全县共有水库85座。\n'
    const a = client.uriOf('a.txt')
    await client.open('a.txt', first)
    const firstAgain = client.diagnostics(a, (params) => params.diagnostics.some((d) => d.code === 'consistent-numeric-claims'))
    const b = await client.open('b.txt', second)
    const clash = b.diagnostics.find((diagnostic) => diagnostic.code === 'consistent-numeric-claims')
    expect(clash?.range).toEqual(at(2, 14, 17))
    expect(clash?.relatedInformation).toEqual([{location: {uri: a, range: at(2, 14, 17)}, message: '`58座` is stated here'}])
    // The first article is published again with the clash, pointing back.
    const back = (await firstAgain).diagnostics.find((diagnostic) => diagnostic.code === 'consistent-numeric-claims')
    expect(back?.relatedInformation?.[0]?.location.uri).toBe(client.uriOf('b.txt'))
  })
})

describe('open documents', () => {
  const first = '宁陕县新修桥梁\n2026年4月1日　来源：示例周报\n据县水利局介绍，全县共有水库58座。\n'
  const second = '宁陕县加固病险水库\n2026年4月3日　来源：示例晚报\n据县水利局统计，全县共有水库85座。\n'
  const hasClash = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'consistent-numeric-claims')

  test('closing an article clears its diagnostics and the clash it caused in the other one', async () => {
    client = await startClient()
    const a = client.uriOf('a.txt')
    const b = client.uriOf('b.txt')
    await client.open('a.txt', first)
    expect(hasClash((await client.open('b.txt', second)).diagnostics)).toBe(true)
    const cleared = client.diagnostics(b)
    const refreshed = client.diagnostics(a, (params) => !hasClash(params.diagnostics))
    await client.closeDocument(b)
    expect((await cleared).diagnostics).toEqual([])
    expect((await refreshed).diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('consistent-numeric-claims')
  })

  test('an article that can no longer be checked (now binary) leaves the other article without the clash', async () => {
    client = await startClient()
    const a = client.uriOf('a.txt')
    await client.open('a.txt', first)
    await client.open('b.txt', second)
    const refreshed = client.diagnostics(a, (params) => !hasClash(params.diagnostics))
    const b = await client.change(client.uriOf('b.txt'), `${second}\u0000`)
    expect(b.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['binary'])
    expect(hasClash((await refreshed).diagnostics)).toBe(false)
  })

  test('an untitled document is checked with the config of the workspace folder', async () => {
    client = await startClient()
    await client.writeProjectFile('.jiaoduirc.json', JSON.stringify({rules: {'no-invisible-character': 'off'}}))
    const {diagnostics} = await client.open('untitled:Untitled-1', twoDefects)
    expect(summary(diagnostics)).toEqual([{code: 'consistent-punctuation-width', range: at(0, 8)}])
  })
})

describe('code actions', () => {
  test('the quick fix of a finding, applied, leaves the other finding; fix all leaves none', async () => {
    client = await startClient()
    const uri = client.uriOf('fix.txt')
    await client.open('fix.txt', twoDefects)
    const actions = await client.actions(uri, at(0, 8))
    const titles = actions.map((action) => action.title)
    expect(titles).toContain('Replace `,` with `，`')
    expect(titles).toContain('Fix all auto-fixable jiaodui problems in this document (2)')
    const quickFix = actions.find((action) => action.title === 'Replace `,` with `，`')!
    expect(quickFix).toMatchObject({kind: CodeActionKind.QuickFix, isPreferred: true})
    expect(quickFix.edit?.documentChanges).toEqual([{textDocument: {uri, version: 1}, edits: [{range: at(0, 8), newText: '，'}]}])
    const afterOne = await client.apply(uri, quickFix)
    expect(client.text(uri)).toBe('𠮷野家今天开门，我们去吃饭。\n他说\u200b明天再来。\n')
    expect(summary(afterOne.diagnostics)).toEqual([{code: 'no-invisible-character', range: at(1, 2)}])

    await client.change(uri, twoDefects)
    const fixAll = (await client.actions(uri, at(1, 2))).find((action) => action.title.startsWith('Fix all auto-fixable'))!
    const clean = await client.apply(uri, fixAll)
    expect(client.text(uri)).toBe('𠮷野家今天开门，我们去吃饭。\n他说明天再来。\n')
    expect(clean.diagnostics).toEqual([])
  })

  test('"fix all of this rule" fixes that rule only; source.fixAll is offered when asked for', async () => {
    client = await startClient()
    const uri = client.uriOf('rule.txt')
    await client.open('rule.txt', '今天天气很好,我们去散步,然后\u200b回家。\n')
    const ofRule = (await client.actions(uri, at(0, 6))).find((action) => action.title.startsWith('Fix all `consistent-punctuation-width`'))
    expect(ofRule?.title).toBe('Fix all `consistent-punctuation-width` problems in this document (2)')
    const source = await client.actions(uri, at(0, 0, 0), [CodeActionKind.SourceFixAll])
    expect(source.map((action: CodeAction) => [action.kind, action.title])).toEqual([[fixAllKind, 'Fix all auto-fixable jiaodui problems (3)']])
    // Kinds are hierarchies, not prefixes of strings.
    expect(await client.actions(uri, at(0, 0, 0), ['source.fix'])).toEqual([])
    const after = await client.apply(uri, ofRule!)
    expect(client.text(uri)).toBe('今天天气很好，我们去散步，然后\u200b回家。\n')
    expect(summary(after.diagnostics)).toEqual([{code: 'no-invisible-character', range: at(0, 15)}])
  })

  test('no actions are offered for a version not checked yet; saving checks at once', async () => {
    // A debounce no test waits for: only the save triggers the check of version 2.
    client = await startClient({debounceMs: 600_000})
    const uri = client.uriOf('stale.txt')
    await client.open('stale.txt', '今天天气很好,我们去散步。\n')
    const pending = client.change(uri, '今天天气很好,我们去公园散步。\n')
    expect(await client.actions(uri, at(0, 6))).toEqual([])
    await client.save(uri)
    expect((await pending).version).toBe(2)
    expect((await client.actions(uri, at(0, 6))).map((action) => action.title)).toContain('Replace `,` with `，`')
  })

  test('"accept this word" adds the word to settings.allow, creating or editing .jiaoduirc.json', async () => {
    client = await startClient()
    const uri = client.uriOf('name.txt')
    await client.open('name.txt', '今天天气很好，我们去公园散步，路过覺醒寺，看到很多游客在拍照留念。\n')
    const accept = (await client.actions(uri, at(0, 17))).find((action) => action.command?.command === acceptWordCommand)
    expect(accept?.title).toBe('Accept `覺` in this project (add it to settings.allow in the jiaodui config)')
    await client.execute(accept!.command!)
    const config = path.join(client.root, '.jiaoduirc.json')
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({settings: {allow: ['覺']}})
    // An existing config keeps everything else, in its own indentation.
    await client.writeProjectFile('.jiaoduirc.json', '{\n    "$schema": "https://jiaodui.dev/schemas/config.schema.json",\n    "rules": {"no-confusable": "off"},\n    "settings": {"allow": ["甲"]}\n}\n')
    await client.execute({title: 'accept', command: acceptWordCommand, arguments: [{uri, word: '覺醒'}]})
    const text = readFileSync(config, 'utf8')
    expect(JSON.parse(text)).toEqual({
      $schema: 'https://jiaodui.dev/schemas/config.schema.json',
      rules: {'no-confusable': 'off'},
      settings: {allow: ['甲', '覺醒']}
    })
    expect(text).toContain('\n    "rules": {"no-confusable": "off"},\n')
    // Accepting it again changes nothing.
    await client.execute({title: 'accept', command: acceptWordCommand, arguments: [{uri, word: '覺醒'}]})
    expect(readFileSync(config, 'utf8')).toBe(text)
  })

  // Runs once the config schema has `settings.allow` (the script-rules issue adds it and the rules that honour it).
  test.skipIf(!allowInSchema)('an accepted word is no longer reported', async () => {
    client = await startClient()
    const uri = client.uriOf('accepted.txt')
    const opened = await client.open('accepted.txt', '今天天气很好，我们去公园散步，路过覺醒寺，看到很多游客在拍照留念。\n')
    expect(summary(opened.diagnostics)).toEqual([{code: 'no-mixed-variant', range: at(0, 17)}])
    const accept = (await client.actions(uri, at(0, 17))).find((action) => action.command?.command === acceptWordCommand)!
    const after = client.diagnostics(uri)
    await client.execute(accept.command!)
    expect((await after).diagnostics).toEqual([])
  })

  test('"accept this word" edits a YAML config (comments kept) and the jiaodui field of package.json', async () => {
    client = await startClient()
    const yamlConfig = path.join(client.root, 'yaml', '.jiaoduirc.yaml')
    mkdirSync(path.dirname(yamlConfig))
    writeFileSync(yamlConfig, '# house style\nrules:\n  no-confusable: off # too noisy\n')
    await client.execute({title: 'accept', command: acceptWordCommand, arguments: [{uri: client.uriOf('yaml/a.txt'), word: '覺醒'}]})
    expect(readFileSync(yamlConfig, 'utf8')).toBe('# house style\nrules:\n  no-confusable: off # too noisy\nsettings:\n  allow:\n    - 覺醒\n')

    const packageJson = path.join(client.root, 'pkg', 'package.json')
    mkdirSync(path.dirname(packageJson))
    writeFileSync(packageJson, '{\n  "name": "articles",\n  "private": true,\n  "jiaodui": {\n    "settings": {\n      "allow": []\n    }\n  }\n}\n')
    await client.execute({title: 'accept', command: acceptWordCommand, arguments: [{uri: client.uriOf('pkg/a.txt'), word: '覺醒'}]})
    expect(JSON.parse(readFileSync(packageJson, 'utf8'))).toEqual({name: 'articles', private: true, jiaodui: {settings: {allow: ['覺醒']}}})
  })

  test('"accept this word" is not offered for punctuation or invisible characters', async () => {
    client = await startClient()
    const uri = client.uriOf('marks.txt')
    await client.open('marks.txt', twoDefects)
    const actions = [...(await client.actions(uri, at(0, 8))), ...(await client.actions(uri, at(1, 2)))]
    expect(actions.some((action) => action.command?.command === acceptWordCommand)).toBe(false)
  })
})

describe('configuration', () => {
  test('the project config applies, and a change to it (watched files) reloads it', async () => {
    client = await startClient()
    const config = path.join(client.root, '.jiaoduirc.json')
    await client.writeProjectFile('.jiaoduirc.json', JSON.stringify({rules: {'no-invisible-character': 'error'}}))
    const uri = client.uriOf('config.txt')
    const opened = await client.open('config.txt', twoDefects)
    expect(opened.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['consistent-punctuation-width', DiagnosticSeverity.Warning],
      ['no-invisible-character', DiagnosticSeverity.Error]
    ])
    writeFileSync(config, JSON.stringify({rules: {'consistent-punctuation-width': 'off'}}))
    const reloaded = client.diagnostics(uri)
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(config).href, type: FileChangeType.Changed}]
    })
    expect((await reloaded).diagnostics.map((d) => [d.code, d.severity])).toEqual([['no-invisible-character', DiagnosticSeverity.Warning]])
  })

  test('an invalid config is one clear diagnostic; didChangeConfiguration reloads after it is repaired', async () => {
    client = await startClient()
    const config = path.join(client.root, '.jiaoduirc.json')
    await client.writeProjectFile('.jiaoduirc.json', JSON.stringify({rules: {'no-such-rule': 'off'}}))
    const uri = client.uriOf('broken.txt')
    const {diagnostics} = await client.open('broken.txt', twoDefects)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({code: 'config-invalid', severity: DiagnosticSeverity.Error, range: at(0, 0, 0)})
    expect(diagnostics[0]!.message).toContain('.jiaoduirc.json: /rules has unknown property `no-such-rule`')
    writeFileSync(config, '{}')
    const repaired = client.diagnostics(uri)
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {}})
    expect(summary((await repaired).diagnostics).map((d) => d.code)).toEqual(['consistent-punctuation-width', 'no-invisible-character'])
  })

  test('a document excluded by an ignore file gets no diagnostics and one log line', async () => {
    client = await startClient()
    await client.writeProjectFile('.jiaoduiignore', 'drafts/\n')
    mkdirSync(path.join(client.root, 'drafts'))
    const {diagnostics} = await client.open('drafts/draft.txt', twoDefects)
    expect(diagnostics).toEqual([])
    expect(client.logs.filter((log) => log.message.includes('an ignore file excludes it'))).toHaveLength(1)
  })

  test('a workspace folder added later brings its ignore files', async () => {
    client = await startClient()
    const other = realpathSync(mkdtempSync(path.join(tmpdir(), 'jiaodui-lsp-other-')))
    writeFileSync(path.join(other, '.jiaoduiignore'), 'notes.txt\n')
    const uri = pathToFileURL(path.join(other, 'notes.txt')).href
    // Outside every workspace folder, no ignore file applies.
    expect((await client.open(uri, twoDefects)).diagnostics).toHaveLength(2)
    const rechecked = client.diagnostics(uri)
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: {added: [{uri: pathToFileURL(other).href, name: 'other'}], removed: []}
    })
    expect((await rechecked).diagnostics).toEqual([])
  })

  test('ignorePatterns of the workspace folder\'s config exclude documents too', async () => {
    client = await startClient()
    await client.writeProjectFile('.jiaoduirc.json', JSON.stringify({ignorePatterns: ['archive/']}))
    mkdirSync(path.join(client.root, 'archive'))
    expect((await client.open('archive/old.txt', twoDefects)).diagnostics).toEqual([])
    expect((await client.open('new.txt', twoDefects)).diagnostics).toHaveLength(2)
  })
})

describe('bad input never crashes the server', () => {
  test('binary, too large and unknown-language documents: one diagnostic or a log line', async () => {
    client = await startClient({maxBytes: 1000})
    const binary = await client.open('blob.txt', 'PNG\u0000\u0001\u0002 data')
    expect(binary.diagnostics.map((d) => d.code)).toEqual(['binary'])
    const large = await client.open('large.txt', '今天天气很好。'.repeat(100))
    expect(large.diagnostics.map((d) => d.code)).toEqual(['too-large'])
    expect(large.diagnostics[0]!.message).toContain('2.1 MB'.replace('2.1', '0.0'))
    const script = await client.open('tool.js', 'const a = 1,b = 2\n', 'javascript')
    expect(script.diagnostics).toEqual([])
    expect(client.logs.some((log) => log.message.includes('language `javascript` is not text, Markdown or HTML'))).toBe(true)
    // The server still works.
    const fine = await client.open('fine.txt', twoDefects)
    expect(fine.diagnostics).toHaveLength(2)
  })

  test('an exception in one rule is logged and the other rules still report', async () => {
    const exploding = lintRule(
      {origin: 'jiaodui:test-exploding', family: 'general', description: 'Throws on every file.', defaultSeverity: 'warning', fixable: false},
      () => {
        throw new Error('boom')
      }
    )
    client = await startClient({rules: [exploding, ...presetRules]})
    const {diagnostics} = await client.open('crash.txt', twoDefects)
    expect(summary(diagnostics).map((d) => d.code)).toEqual(['consistent-punctuation-width', 'no-invisible-character'])
    const failure = client.logs.find((log) => log.message.includes('rule `test-exploding` failed'))
    expect(failure?.message).toContain('boom')
    expect(existsSync(path.join(client.root, '.jiaoduirc.json'))).toBe(false)
  })

  test('an exception in the cross-article phase of a rule is logged and the per-file findings still arrive', async () => {
    const failing = corpusRule(
      {origin: 'jiaodui:test-failing-corpus', family: 'numbers', description: 'Throws when comparing files.', defaultSeverity: 'warning', fixable: false},
      () => {},
      () => {
        throw new Error('cannot compare')
      }
    )
    client = await startClient({rules: [...presetRules, failing]})
    const {diagnostics} = await client.open('corpus.txt', twoDefects)
    expect(summary(diagnostics).map((d) => d.code)).toEqual(['consistent-punctuation-width', 'no-invisible-character'])
    expect(client.logs.some((log) => log.message.includes('rule `test-failing-corpus` failed') && log.message.includes('cannot compare'))).toBe(true)
  })
})
