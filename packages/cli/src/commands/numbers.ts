import type {Command} from 'commander'
import type {Root} from 'nlcst'
import {location} from 'vfile-location'
import {segmentsOf, type TreeLike} from '@jiaodui/claims'
import {createEngine, type Engine, type Format} from '@jiaodui/core'
import {rules} from '@jiaodui/preset'
import {findQuantities, type Quantity} from '@jiaodui/zh-number'
import {RunConfigs} from '../engines.js'
import {gatherInputs, type InputOptions, printRecords, recordCommand} from '../inputs.js'
import type {Io} from '../io.js'

/** One line of `jiaodui numbers` output (`schemas/quantity.schema.json`). */
export type QuantityRecord = {path: string; line: number; column: number} & Quantity

/** Options of `jiaodui numbers`. */
interface NumbersOptions extends InputOptions {
  format: 'jsonl' | 'json'
}

/** Register `jiaodui numbers`. */
export function registerNumbers(program: Command, io: Io, setExit: (code: number) => void): void {
  recordCommand(
    program,
    'numbers',
    'print every quantity in the articles (value interval, unit, kind, counted noun), one JSON object per line'
  )
    .action(async (paths: string[], options: NumbersOptions) => {
      setExit(await numbers(paths, options, io))
    })
}

/**
 * Quantities of the prose: the whole text for `.txt`; for Markdown and HTML,
 * each paragraph of the nlcst tree (code blanked out), so markup is never read
 * as numbers.
 */
export function quantitiesOf(text: string, format: Format, tree: Root | undefined): Quantity[] {
  if (format === 'txt' || !tree) return findQuantities(text)
  return segmentsOf(text, tree as unknown as TreeLike).flatMap((segment) =>
    findQuantities(segment.text).map((quantity) => ({
      ...quantity,
      start: quantity.start + segment.offset,
      end: quantity.end + segment.offset,
      numStart: quantity.numStart + segment.offset,
      numEnd: quantity.numEnd + segment.offset
    }))
  )
}

async function numbers(paths: string[], options: NumbersOptions, io: Io): Promise<number> {
  const engine: Engine = createEngine([], {})
  const {tasks} = await gatherInputs(paths, {...options, engines: false}, io, new RunConfigs(rules, io.cwd, options.config))
  return printRecords(tasks, options.format, io, async (task, text) => {
    const tree = task.format === 'txt' ? undefined : (await engine.parse({value: text, format: task.format})).tree
    const place = location(text)
    return quantitiesOf(text, task.format, tree).map((quantity): QuantityRecord => {
      const point = place.toPoint(quantity.start)
      return {path: task.display, line: point?.line ?? 1, column: point?.column ?? 1, ...quantity}
    })
  })
}
