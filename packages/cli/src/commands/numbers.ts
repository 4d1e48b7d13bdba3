import path from 'node:path'
import type {Command} from 'commander'
import {Option} from 'commander'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import {createEngine, formatFromPath, type Engine, type Format} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {findQuantities, type Quantity} from '@jiaodui/zh-number'
import {readInput, type FileTask} from '../check-file.js'
import {ConfigLoader} from '../config.js'
import {parseEncoding} from '../decode.js'
import {expandPaths, IgnoreMatcher} from '../files.js'
import {exitCodes, FatalError, type Io} from '../io.js'

/** One line of `jiaodui numbers` output (`schemas/quantity.schema.json`). */
export type QuantityRecord = {path: string; line: number; column: number} & Quantity

/** Options of `jiaodui numbers`. */
interface NumbersOptions {
  stdin?: boolean
  stdinFilename?: string
  format: 'jsonl' | 'json'
  encoding?: string
}

/** Register `jiaodui numbers`. */
export function registerNumbers(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('numbers')
    .description('print every quantity in the articles (value interval, unit, kind, counted noun), one JSON object per line')
    .argument('[paths...]', 'files, folders or globs', [])
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'path to report for standard input; its extension picks the format')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--encoding <name>', 'read files in this encoding instead of detecting it')
    .action(async (paths: string[], options: NumbersOptions) => {
      setExit(await numbers(paths, options, io))
    })
}

/**
 * Quantities of the prose: the whole text for `.txt`; for Markdown and HTML,
 * each paragraph of the nlcst tree, so markup is never read as numbers.
 */
export function quantitiesOf(text: string, format: Format, tree: Root | undefined): Quantity[] {
  if (format === 'txt' || !tree) return findQuantities(text)
  const found: Quantity[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) continue
    // Code (nlcst SourceNode) is blanked out, keeping lengths, so offsets still map.
    let value = ''
    visit(paragraph, (node) => {
      if (node.type === 'SourceNode') value += ' '.repeat(node.value.length)
      else if ('value' in node) value += node.value
    })
    // Offsets map back only where the source is the decoded text (no entities inside).
    const exact = text.slice(start, end) === toString(paragraph)
    for (const quantity of findQuantities(value)) {
      if (!exact) continue
      found.push({...quantity, start: quantity.start + start, end: quantity.end + start, numStart: quantity.numStart + start, numEnd: quantity.numEnd + start})
    }
  }
  return found
}

async function numbers(paths: string[], options: NumbersOptions, io: Io): Promise<number> {
  const forced = options.encoding === undefined ? undefined : parseEncoding(options.encoding)
  if (options.encoding !== undefined && !forced) throw new FatalError(`unknown encoding \`${options.encoding}\``)
  const engine: Engine = createEngine([], {})
  const tasks: FileTask[] = []
  const base = {fix: false, encoding: forced, maxBytes: 16e6}
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    tasks.push({...base, display: name, format: formatFromPath(name) ?? 'txt'})
  } else {
    const root = new ConfigLoader(rules).nearest(path.join(io.cwd, '.'))
    const matcher = new IgnoreMatcher(io.cwd, root.config.ignorePatterns ?? [])
    const expanded = await expandPaths(paths.length > 0 ? paths : ['.'], io.cwd, matcher)
    if (expanded.unmatched.length > 0) {
      throw new FatalError(expanded.unmatched.map((arg) => `no files matching \`${arg}\``).join('\n'))
    }
    for (const absolute of expanded.files) {
      tasks.push({
        ...base,
        display: path.relative(io.cwd, absolute).split(path.sep).join('/'),
        absolute,
        format: formatFromPath(absolute) ?? 'txt'
      })
    }
  }
  let failed = false
  const all: QuantityRecord[] = []
  for (const task of tasks) {
    // Reading, decoding and their errors are shared with `check`.
    const outcome = await readInput(task, io.readStdin)
    if (outcome.error || !outcome.decoded) {
      io.stderr(`jiaodui: ${task.display}: ${outcome.error?.message ?? 'not read'}\n`)
      failed = true
      continue
    }
    const text = outcome.decoded.text
    const tree = task.format === 'txt' ? undefined : (await engine.parse({value: text, format: task.format})).tree
    const place = location(text)
    for (const quantity of quantitiesOf(text, task.format, tree)) {
      const point = place.toPoint(quantity.start)
      const record: QuantityRecord = {path: task.display, line: point?.line ?? 1, column: point?.column ?? 1, ...quantity}
      if (options.format === 'jsonl') io.stdout(JSON.stringify(record) + '\n')
      else all.push(record)
    }
  }
  if (options.format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n')
  return failed ? exitCodes.fatal : exitCodes.clean
}
