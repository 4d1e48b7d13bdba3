import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {compileSchema} from '@jiaodui/lint-rule'
import {parse} from 'yaml'
import type {Kind} from './kinds.js'
import {patternsSchema} from './schema.js'

/** One entry of the pattern data, defaults filled in. */
export interface PatternEntry {
  id: string
  kind: Kind
  strength: 'strong' | 'weak'
  pattern: string
  maxLength: number
  allowSentence: boolean
  allowClause: boolean
  inline: boolean
  startsBlock: boolean
  /** `line` (whole lines) or a span glued to the `start` / `end` of a paragraph. */
  position: 'line' | 'start' | 'end'
  examples: string[]
  counterexamples: string[]
  note?: string
}

/** A pattern ready to test lines with. */
export interface Pattern extends PatternEntry {
  regex: RegExp
  /** The data file it came from (file name only). */
  file: string
}

/** Error for pattern data that is invalid, duplicated or unsafe. */
export class PatternDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PatternDataError'
  }
}

/** The folder of the pattern data shipped with the rule (works from `src/` and `dist/`). */
export const defaultDataDirectory = new URL('../data/', import.meta.url)

/**
 * Validate and compile the pattern data of one file (already parsed from
 * YAML): schema, unique ids, span positions and regex syntax. Throws
 * `PatternDataError` naming the file and the entry. The backtracking check is
 * not run here, at every start: it runs on the shipped data in the tests
 * (`checkPatternSafety` in `check-data.ts`), where a bad pattern fails the build.
 */
export function compilePatterns(data: unknown, file: string, seen = new Set<string>()): Pattern[] {
  const validate = compileSchema(patternsSchema)
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    throw new PatternDataError(`Invalid pattern data in ${file}: ${errors.join('; ')}`)
  }
  const entries = (data as {patterns: PatternEntry[]}).patterns
  return entries.map((entry) => {
    if (seen.has(entry.id)) throw new PatternDataError(`Duplicate pattern id \`${entry.id}\` in ${file}`)
    seen.add(entry.id)
    const position = entry.position ?? 'line'
    const glued = entry.kind.startsWith('glued-')
    if (glued !== (position !== 'line')) {
      throw new PatternDataError(`Pattern \`${entry.id}\` in ${file}: span patterns (position start/end) and glued-* kinds go together`)
    }
    if ((position === 'start' && !entry.pattern.startsWith('^')) || (position === 'end' && !entry.pattern.endsWith('$'))) {
      throw new PatternDataError(`Pattern \`${entry.id}\` in ${file}: a ${position} pattern must be anchored at the ${position}`)
    }
    let regex: RegExp
    try {
      regex = new RegExp(entry.pattern, 'u')
    } catch (error) {
      throw new PatternDataError(`Pattern \`${entry.id}\` in ${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
    return {...entry, position, counterexamples: entry.counterexamples ?? [], regex, file}
  })
}

const cache = new Map<string, Pattern[]>()

/**
 * Load every `*.yaml` file of a data folder, once per process and folder:
 * the rule calls this when it is attached, never per file.
 */
export function loadPatterns(directory: URL = defaultDataDirectory): Pattern[] {
  const key = directory.href
  const cached = cache.get(key)
  if (cached) return cached
  const folder = fileURLToPath(directory)
  const seen = new Set<string>()
  const patterns: Pattern[] = []
  for (const name of readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    let data: unknown
    try {
      data = parse(readFileSync(new URL(name, directory), 'utf8'))
    } catch (error) {
      throw new PatternDataError(`Cannot read pattern data ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
    patterns.push(...compilePatterns(data, name, seen))
  }
  if (patterns.length === 0) throw new PatternDataError(`No pattern data in ${folder}`)
  cache.set(key, patterns)
  return patterns
}
