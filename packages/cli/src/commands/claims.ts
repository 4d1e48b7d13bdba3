import path from 'node:path'
import type {Command} from 'commander'
import type {Claim} from '@jiaodui/claims'
import {createEngine, type Engine} from '@jiaodui/core'
import {isCalendarDate} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'
import {RunConfigs} from '../engines.js'
import {gatherInputs, type InputOptions, printRecords, recordCommand} from '../inputs.js'
import {FatalError, type Io} from '../io.js'

/** One line of `jiaodui claims` output (`schemas/claim.schema.json`). */
export type ClaimRecord = {path: string} & Claim

/** Options of `jiaodui claims`. */
interface ClaimsOptions extends InputOptions {
  format: 'jsonl' | 'json'
  date?: string
}


/** Register `jiaodui claims`. */
export function registerClaims(program: Command, io: Io, setExit: (code: number) => void): void {
  recordCommand(
    program,
    'claims',
    'print the numeric claims of the articles (scope, metric, value interval, period, confidence), one JSON object per line'
  )
    .option('--date <YYYY-MM-DD>', 'article date for texts without a dateline (overrides config `settings.date`)')
    .action(async (paths: string[], options: ClaimsOptions) => {
      setExit(await claims(paths, options, io))
    })
}

async function claims(paths: string[], options: ClaimsOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new FatalError(`invalid --date \`${options.date}\`: expected a calendar date YYYY-MM-DD`)
  const configs = new RunConfigs(rules, io.cwd, options.config)
  // The boilerplate rule records the article's date and place (`file.data.meta`); a claims
  // rule computes the claims from them, once per file (`file.data.claims`). Their messages are not printed.
  const needed = rules.filter((rule) => rule.meta.ruleId === 'no-scraped-boilerplate' || rule.meta.ruleId === 'no-contradictory-claims')
  const engines = new Map<string, Engine>()
  const engineFor = (date: string | undefined): Engine => {
    let engine = engines.get(date ?? '')
    if (!engine) {
      engine = createEngine(needed, date === undefined ? {} : {settings: {date}})
      engines.set(date ?? '', engine)
    }
    return engine
  }
  const dateFor = (file: string): string | undefined => {
    if (options.date !== undefined) return options.date
    const value = configs.configFor(file).config.settings?.['date']
    return typeof value === 'string' && isCalendarDate(value) ? value : undefined
  }
  const tasks = (await gatherInputs(paths, {...options, engines: false}, io, configs)).tasks.map((task) => ({
    ...task,
    date: dateFor(task.absolute ?? path.join(io.cwd, task.display))
  }))
  return printRecords(tasks, options.format, io, async (task, text) => {
    const file = await engineFor(task.date).check({value: text, format: task.format, path: task.display})
    const claims = (file.data['claims'] as Claim[] | undefined) ?? []
    return claims.map((claim): ClaimRecord => ({path: task.display, ...claim}))
  })
}
