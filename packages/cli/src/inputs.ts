import path from 'node:path'
import {Option, type Command} from 'commander'
import {formatFromPath} from '@jiaodui/core'
import type {FileTask} from './check-file.js'
import type {ConfigLoader} from './config.js'
import {parseEncoding} from './decode.js'
import {expandPaths, IgnoreMatcher} from './files.js'
import {FatalError, type Io} from './io.js'

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
