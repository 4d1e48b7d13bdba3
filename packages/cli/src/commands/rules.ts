import type {Command} from 'commander'
import {Option} from 'commander'
import {isCorpusRule, type AnyRule} from '@jiaodui/lint-rule'
import {rules as presetRules} from '@jiaodui/preset'
import {exitCodes, type Io} from '../io.js'
import {displayWidth} from '../reporters/stylish.js'
import {buildConfigSchema} from '../schema.js'

/** One row of `jiaodui rules`. */
export interface RuleRow {
  id: string
  family: string
  severity: string
  fixable: boolean
  phase: 'file' | 'corpus'
  description: string
  url: string
}

/** Describe rules for listing. */
export function ruleRows(rules: readonly AnyRule[]): RuleRow[] {
  return [...rules]
    .map((rule) => ({
      id: rule.meta.ruleId,
      family: rule.meta.family,
      severity: rule.meta.defaultSeverity,
      fixable: rule.meta.fixable,
      phase: isCorpusRule(rule) ? ('corpus' as const) : ('file' as const),
      description: rule.meta.description,
      url: rule.meta.url
    }))
    .sort((a, b) => a.family.localeCompare(b.family) || a.id.localeCompare(b.id))
}

/** Register `jiaodui rules`. */
export function registerRules(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list every rule with its family, default severity, fixability and docs link')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .action((options: {format: 'table' | 'json'}) => {
      const rows = ruleRows(presetRules)
      if (options.format === 'json') {
        io.stdout(JSON.stringify(rows, null, 2) + '\n')
        setExit(exitCodes.clean)
        return
      } else {
        const table = [
          ['rule', 'family', 'severity', 'fix', 'phase', 'docs'],
          ...rows.map((row) => [row.id, row.family, row.severity, row.fixable ? 'yes' : 'no', row.phase, row.url])
        ]
        const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => displayWidth(row[column]!))))
        for (const row of table) {
          io.stdout(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ') + '\n')
        }
        io.stdout('\n' + rows.map((row) => `${row.id}: ${row.description}`).join('\n') + '\n')
        io.stdout('\nShared settings (config `settings`):\n' + sharedSettings().map(([name, description]) => `  ${name}: ${description}`).join('\n') + '\n')
      }
      setExit(exitCodes.clean)
    })
}

/** The shared settings of the config (`region`, `allow`, `date`…) with their descriptions, from the config schema. */
export function sharedSettings(): Array<[string, string]> {
  const schema = buildConfigSchema(presetRules) as {properties: {settings: {properties: Record<string, {description?: string; enum?: unknown[]}>}}}
  return Object.entries(schema.properties.settings.properties).map(([name, property]) => [
    name,
    (property.description ?? '') + (property.enum ? ` (${property.enum.join(', ')})` : '')
  ])
}
