import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {capture, root} from './helpers.js'

/**
 * Tier two: the JUnit report read by a real JUnit consumer, Debian's
 * `python3-junitparser` (which `.ci/run` installs), on the project's examples
 * plus a file whose name and text carry control characters.
 */
const python = '/usr/bin/python3'

const readWithJunitparser = `
import json, sys
from junitparser import JUnitXml, Failure, Error
xml = JUnitXml.fromstring(sys.stdin.buffer.read())
suites = list(xml)
cases = [case for suite in suites for case in suite]
print(json.dumps({
  "suites": [suite.name for suite in suites],
  "cases": len(cases),
  "failures": sum(1 for case in cases for result in case.result if isinstance(result, Failure)),
  "errors": sum(1 for case in cases for result in case.result if isinstance(result, Error)),
  "messages": [result.message for case in cases for result in case.result],
}))
`

describe('junit report read by junitparser', () => {
  test('the examples: a suite per file, a failure per error or warning, the messages intact', async () => {
    if (!existsSync(python) || spawnSync(python, ['-c', 'import junitparser']).status !== 0) {
      throw new Error('python3-junitparser is not installed (apt-get install -y python3-junitparser)')
    }
    const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-junit-'))
    cpSync(path.join(root, 'examples'), path.join(folder, 'examples'), {recursive: true})
    writeFileSync(path.join(folder, 'examples', 'bell\u0007 <稿>.txt'), '记者获悉\u0001今年新建图书室。\n')
    const junit = await capture(['check', '--format', 'junit', 'examples'], folder)
    const json = await capture(['check', '--format', 'json', 'examples'], folder)
    rmSync(folder, {recursive: true, force: true})
    const report = JSON.parse(json.stdout) as {files: Array<{path: string; messages: Array<{reason: string; severity: string}>}>}
    const read = spawnSync(python, ['-c', readWithJunitparser], {input: junit.stdout, encoding: 'utf8'})
    expect(read.status, read.stderr).toBe(0)
    const parsed = JSON.parse(read.stdout) as {suites: string[]; cases: number; failures: number; errors: number; messages: string[]}
    expect(parsed.suites).toEqual(report.files.map((file) => file.path.replace('\u0007', '[U+0007]')))
    expect(parsed.suites).toContain('examples/bell[U+0007] <稿>.txt')
    const messages = report.files.flatMap((file) => file.messages)
    expect(parsed.failures).toBe(messages.filter((message) => message.severity !== 'info').length)
    expect(parsed.errors).toBe(0)
    expect(parsed.messages).toEqual(messages.filter((message) => message.severity !== 'info').map((message) => message.reason))
  })
})
