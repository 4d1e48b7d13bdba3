import path from 'node:path'
import {Option, type Command} from 'commander'
import type {Claim} from '@jiaodui/claims'
import {isCalendarDate} from '@jiaodui/lint-rule'
import {rules} from '@jiaodui/preset'
import {claimEngines} from '../claim-engines.js'
import {RunConfigs} from '../engines.js'
import {gatherInputs, type InputOptions, printRecords, recordCommand} from '../inputs.js'
import {FatalError, type Io} from '../io.js'

/** One line of `jiaodui claims` output (`schemas/claim.schema.json`). */
export type ClaimRecord = {path: string} & Claim

/** Options of `jiaodui claims`. */
interface ClaimsOptions extends InputOptions {
  format: 'jsonl' | 'json'
  date?: string
  region?: string
}


/** Register `jiaodui claims`. */
export function registerClaims(program: Command, io: Io, setExit: (code: number) => void): void {
  recordCommand(
    program,
    'claims',
    'print the numeric claims of the articles (scope, metric, value interval, period, confidence), one JSON object per line'
  )
    .option('--date <YYYY-MM-DD>', 'article date for texts without a dateline (overrides config `settings.date`)')
    .addOption(new Option('--region <region>', 'region of the articles: currency, 我国/本港/全台 (overrides config `settings.region`)').choices(['auto', 'zh-CN', 'zh-HK', 'zh-TW', 'zh-MO']))
    .action(async (paths: string[], options: ClaimsOptions) => {
      setExit(await claims(paths, options, io))
    })
}

async function claims(paths: string[], options: ClaimsOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new FatalError(`invalid --date \`${options.date}\`: expected a calendar date YYYY-MM-DD`)
  const overrides = {...(options.date ? {date: options.date} : {}), ...(options.region ? {region: options.region} : {})}
  const configs = new RunConfigs(rules, io.cwd, options.config, overrides)
  const engineFor = claimEngines()
  const tasks = (await gatherInputs(paths, {...options, engines: false}, io, configs)).tasks.map((task) => ({
    ...task,
    shared: configs.configFor(task.absolute ?? path.join(io.cwd, task.display)).config.settings ?? {}
  }))
  return printRecords(tasks, options.format, io, async (task, text) => {
    const file = await engineFor(task.shared).check({value: text, format: task.format, path: task.display})
    const claims = (file.data['claims'] as Claim[] | undefined) ?? []
    return claims.map((claim): ClaimRecord => ({path: task.display, ...claim}))
  })
}
