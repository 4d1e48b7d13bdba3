import path from 'node:path'
import {Option, type Command} from 'commander'
import {formatFromPath} from '@jiaodui/core'
import type {ConfigLoader} from './config.js'
import {parseEncoding} from './decode.js'
import {expandPaths, IgnoreMatcher} from './files.js'
import {readInput, type FileTask} from './check-file.js'
import {exitCodes, FatalError, type Io} from './io.js'

/** Input options shared by the commands that read articles. */
export interface InputOptions {
  stdin?: boolean
  stdinFilename?: string
  encoding?: string
}

/** Largest input the read-only commands accept (as `check --max-file-size` 16). */
const maxBytes = 16e6

/**
 * The inputs named on the command line (stdin, files, folders, globs, minus
 * ignored files) as read-only tasks; a path that matches nothing is fatal.
 */
export async function gatherTasks(
  paths: readonly string[],
  options: InputOptions,
  io: Io,
  loader: ConfigLoader
): Promise<FileTask[]> {
  const encoding = options.encoding === undefined ? undefined : parseEncoding(options.encoding)
  if (options.encoding !== undefined && !encoding) throw new FatalError(`unknown encoding \`${options.encoding}\``)
  if (options.stdin && paths.length > 0) throw new FatalError('give either --stdin or paths, not both')
  const base = {fix: false, encoding, maxBytes}
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    return [{...base, display: name, format: formatFromPath(name) ?? 'txt'}]
  }
  const root = loader.nearest(path.join(io.cwd, '.'))
  const matcher = new IgnoreMatcher(io.cwd, root.config.ignorePatterns ?? [])
  const expanded = await expandPaths(paths.length > 0 ? paths : ['.'], io.cwd, matcher)
  if (expanded.unmatched.length > 0) {
    throw new FatalError(expanded.unmatched.map((arg) => `no files matching \`${arg}\``).join('\n'))
  }
  return expanded.files.map((absolute) => ({
    ...base,
    display: path.relative(io.cwd, absolute).split(path.sep).join('/'),
    absolute,
    format: formatFromPath(absolute) ?? 'txt'
  }))
}

/**
 * A command that reads articles and prints records (`numbers`, `claims`): the
 * paths argument and the input and output options they share.
 */
export function recordCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .argument('[paths...]', 'files, folders or globs', [])
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'path to report for standard input; its extension picks the format')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--encoding <name>', 'read files in this encoding instead of detecting it')
}

/**
 * Read each task and print the records `recordsOf` makes of its text, as JSON
 * lines or one JSON array. Unreadable inputs are reported on stderr and make
 * the exit code 2; the other inputs are still printed.
 */
export async function printRecords<Task extends FileTask>(
  tasks: readonly Task[],
  format: 'jsonl' | 'json',
  io: Io,
  recordsOf: (task: Task, text: string) => Promise<readonly object[]>
): Promise<number> {
  let failed = false
  const all: object[] = []
  for (const task of tasks) {
    // Reading, decoding and their errors are shared with `check`.
    const outcome = await readInput(task, io.readStdin)
    if (outcome.error || !outcome.decoded) {
      io.stderr(`jiaodui: ${task.display}: ${outcome.error?.message ?? 'not read'}\n`)
      failed = true
      continue
    }
    for (const record of await recordsOf(task, outcome.decoded.text)) {
      if (format === 'jsonl') io.stdout(JSON.stringify(record) + '\n')
      else all.push(record)
    }
  }
  if (format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n')
  return failed ? exitCodes.fatal : exitCodes.clean
}
