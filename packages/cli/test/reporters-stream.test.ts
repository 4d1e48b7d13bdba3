import {buildReport, createEngine, type ReportInput} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {github, writeGithubStream} from '../src/reporters/github.js'
import {junit, writeJunitStream} from '../src/reporters/junit.js'
import {sarif, writeSarifStream} from '../src/reporters/sarif.js'
import {stylish, writeStylishStream} from '../src/reporters/stylish.js'

// `jiaodui check --format stylish|sarif|junit|github` writes its report file by file while
// making it (a run of 100 000 articles never holds a report); what it writes
// must be the report the built form gives: the same SARIF log (a run's
// properties may come in another order) and, byte for byte, the same JUnit
// XML, terminal report and annotations.

/** The inputs of a small run written for this test: two checked articles (one also streaming its messages), one unreadable file, one clean. */
async function inputs(): Promise<ReportInput[]> {
  const engine = createEngine(rules)
  const check = (value: string, path: string) => engine.check({value, format: 'txt', path})
  const a = await check('本报记者 王小明\n渡輪新航线明年开通,每日往返十二班\u200b。\n责任编辑：李华\n', 'b/a.txt')
  const b = await check('全县共有学校120所，其中小学80所、中学50所。\n', 'a/b 空格.txt')
  const clean = await check('今天天气很好。\n', 'c.txt')
  expect(a.messages.length).toBeGreaterThan(2)
  return [
    {path: 'b/a.txt', file: a, format: 'txt', encoding: 'utf-8'},
    {path: 'a/b 空格.txt', file: new VFile({path: 'a/b 空格.txt', value: String(b.value)}), format: 'txt', encoding: 'gb18030', streamMessages: () => b.messages},
    {path: 'bin.txt', error: {code: 'binary', message: 'looks binary (NUL bytes), not checked'}},
    {path: 'c.txt', file: clean, format: 'txt', encoding: 'utf-8', fixed: 0}
  ]
}

function collect(write: (sink: (piece: string) => void) => unknown): string {
  const pieces: string[] = []
  write((piece) => pieces.push(piece))
  return pieces.join('')
}

describe('streamed reports', () => {
  it('SARIF: the same log as the built report, and the same summary', async () => {
    const given = await inputs()
    const built = buildReport(given, '1.2.3')
    let summary
    const streamed = collect((write) => (summary = writeSarifStream(given, '1.2.3', rules, write)))
    expect(JSON.parse(streamed)).toEqual(JSON.parse(sarif(built, rules)))
    expect(summary).toEqual(built.summary)
    const run = JSON.parse(streamed).runs[0]
    expect(run.results.length).toBe(built.summary.errors + built.summary.warnings + built.summary.infos)
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.artifacts.map((artifact: {location: {uri: string}}) => artifact.location.uri)).toEqual(['a/b%20%E7%A9%BA%E6%A0%BC.txt', 'b/a.txt', 'bin.txt', 'c.txt'])
  })

  it('JUnit: the same XML as the built report, totals included, and the same summary', async () => {
    const given = await inputs()
    const built = buildReport(given, '1.2.3')
    let summary
    const streamed = collect((write) => (summary = writeJunitStream(given, write)))
    expect(streamed).toBe(junit(built))
    expect(summary).toEqual(built.summary)
    expect(streamed).toMatch(/<testsuites name="jiaodui" tests="\d+" failures="\d+" errors="1">/)
  })

  it('stylish (plain, coloured, dry run) and GitHub annotations: the same text as from the built report', async () => {
    const given = await inputs()
    const built = buildReport(given, '1.2.3')
    for (const options of [{}, {color: true}, {dryRun: true}]) {
      expect(collect((write) => writeStylishStream(given, options, write))).toBe(stylish(built, options))
    }
    expect(collect((write) => writeGithubStream(given, write))).toBe(github(built))
    const clean = [given[3]!]
    expect(collect((write) => writeStylishStream(clean, {}, write))).toBe(stylish(buildReport(clean, '1.2.3')))
    expect(collect((write) => writeGithubStream(clean, write))).toBe('')
  })
})
