import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {assertValid, root, runCli} from './helpers.js'

/** Where a record says it is: its text and the offset and line/column it starts at. */
interface Located {
  path: string
  text: string
  start: number
  end: number
  line: number
  column: number
}

/**
 * Run `jiaodui <command> <files>` (numbers or claims) and check every JSON line:
 * valid against `schema`, its text sliced from its file at its offsets, line
 * and column agreeing with the offset. Returns the records.
 */
export async function checkRecords(
  command: 'numbers' | 'claims',
  files: readonly string[],
  schema: string,
  locate: (record: any) => Located
): Promise<any[]> {
  const result = await runCli([command, ...files], root)
  expect(result.code).toBe(0)
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
  const texts = new Map(files.map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]))
  for (const record of records) {
    assertValid(schema, record)
    const where = locate(record)
    const text = texts.get(where.path)!
    expect(text.slice(where.start, where.end)).toBe(where.text)
    const before = text.slice(0, where.start).split('\n')
    expect([where.line, where.column]).toEqual([before.length, before.at(-1)!.length + 1])
  }
  return records
}

/** Where a `jiaodui numbers` record is. */
export const quantityPlace = (record: any): Located => ({...record, line: record.line, column: record.column})

/** Where a `jiaodui claims` record is. */
export const claimPlace = (record: any): Located => ({
  path: record.path,
  text: record.text,
  start: record.place.start.offset,
  end: record.place.end.offset,
  line: record.place.start.line,
  column: record.place.start.column
})

/** The JSON report of a CLI run, checked against its schema. */
export function jsonReportOf(stdout: string) {
  const report = JSON.parse(stdout)
  assertValid('report.schema.json', report)
  return report as {
    files: Array<{path: string; encoding?: string; messages: Array<Record<string, any>>; error?: {code: string; message: string}; fixed?: number}>
    summary: Record<string, number>
  }
}

/**
 * `jiaodui check --format json <files>` (from the repository root): a valid
 * report naming every file, in UTF-8, each message's `actual` sliced from its
 * file at its offsets; warnings found and exit code 1.
 */
export async function checkReportSlices(files: readonly string[]): Promise<void> {
  const result = await runCli(['check', '--format', 'json', ...files], root)
  expect(result.stderr).toBe('')
  const report = jsonReportOf(result.stdout)
  expect(report.files.map((file) => file.path)).toEqual(files.map((file) => path.relative(root, file)))
  expect(report.summary['warnings']).toBeGreaterThan(0)
  expect(result.code).toBe(1)
  for (const file of report.files) {
    expect(file.encoding).toBe('UTF-8')
    const text = readFileSync(path.resolve(root, file.path), 'utf8')
    for (const message of file.messages) {
      expect(message['actual']).toBe(text.slice(message['place'].start.offset, message['place'].end.offset))
    }
  }
}

/**
 * `--fix` with every rule on, in `folder` (copies of articles): it fixes
 * something, a second run fixes nothing and changes no byte, and what remains
 * offers no automatic fix.
 */
export async function fixConverges(folder: string, names: readonly string[]): Promise<void> {
  const read = () => names.map((name) => readFileSync(path.join(folder, name), 'utf8'))
  const fixed = jsonReportOf((await runCli(['check', '--fix', '--format', 'json', '.'], folder)).stdout)
  expect(fixed.summary['fixed']).toBeGreaterThan(0)
  const afterFix = read()
  const again = jsonReportOf((await runCli(['check', '--fix', '--format', 'json', '.'], folder)).stdout)
  // Everything fixable was fixed in the first run; what remains needs a person.
  expect(again.summary['fixed']).toBe(0)
  expect(read()).toEqual(afterFix)
  for (const file of again.files) {
    for (const message of file.messages) expect(message['expected']?.[0]).toBeUndefined()
  }
}
