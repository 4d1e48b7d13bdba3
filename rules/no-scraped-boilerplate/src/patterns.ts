import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {firstCharacters, requiredCharacterSets, requiredCharacters, requiredStrings} from './required-characters.js'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {compileSchema} from '@jiaodui/lint-rule'
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
  /** Characters every match contains one of (`requiredCharacters`); a text without any is not run through `regex`. */
  requires: string | undefined
  /** The other sets of characters every match contains one of each (`requiredCharacterSets` without `requires`). */
  requiresAlso?: string[] | undefined
  /** Strings every match contains one of (`requiredStrings`); a text without any is not run through `regex`. */
  literals?: string[] | undefined
  /** Code points a match starts with (`firstCharacters`, anchored patterns); a text starting otherwise is not run through `regex`. */
  starts?: Array<[number, number]> | undefined
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
    return {...entry, position, counterexamples: entry.counterexamples ?? [], regex, requires: requiredCharacters(entry.pattern), requiresAlso: otherSets(entry.pattern), literals: requiredStrings(entry.pattern), starts: firstCharacters(entry.pattern), file}
  })
}

/** The sets of characters a pattern requires besides its smallest (`requires`), or undefined when none. */
function otherSets(pattern: string): string[] | undefined {
  const smallest = requiredCharacters(pattern)
  const others = requiredCharacterSets(pattern).filter((set) => set !== smallest)
  return others.length > 0 ? others : undefined
}

/** The checked data of a folder, written at build time beside its YAML (`scripts/compile-patterns.js`). */
export const compiledFileName = 'patterns.compiled.json'

/** `compiledFileName`'s content: the hash of the YAML it was made from, and each file's entries, defaults filled in. */
export interface CompiledPatterns {
  source: string
  /** SHA-256 of the same sources (`sha256OfSources`): checked instead of `source` where Node's crypto is at hand, in a tenth of the time. */
  sha256?: string | undefined
  /** Entries with the characters each requires (`requiredCharacters`), the strings it requires (`requiredStrings`) and the characters it starts with (`firstCharacters`), worked out at build time. */
  files: Record<string, Array<PatternEntry & {requires?: string | undefined; requiresAlso?: string[] | undefined; literals?: string[] | undefined; starts?: Array<[number, number]> | undefined}>>
}

/** The YAML files of a data folder, sorted, with their text (line ends as `\n`). */
export function readPatternSources(directory: URL): Array<{name: string; text: string}> {
  const folder = fileURLToPath(directory)
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({name, text: readFileSync(new URL(name, directory), 'utf8').replace(/\r\n/g, '\n')}))
}

/** A 53-bit hash (cyrb53) of the sources: tells whether the compiled data is the data's own. */
export function hashPatternSources(sources: ReadonlyArray<{name: string; text: string}>): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (const {name, text} of sources) {
    for (const part of [name, '\0', text, '\0']) {
      for (let i = 0; i < part.length; i++) {
        const code = part.charCodeAt(i)
        h1 = Math.imul(h1 ^ code, 2654435761)
        h2 = Math.imul(h2 ^ code, 1597334677)
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** SHA-256 of the sources (names and texts, each followed by NUL), in hex; undefined without `node:crypto` (a browser). */
export function sha256OfSources(sources: ReadonlyArray<{name: string; text: string}>): string | undefined {
  let crypto: typeof import('node:crypto')
  try {
    crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  } catch {
    return undefined
  }
  const hash = crypto.createHash('sha256')
  for (const {name, text} of sources) hash.update(name).update('\0').update(text).update('\0')
  return hash.digest('hex')
}

/** Parse and check every YAML source (schema, ids, positions, regex syntax): the slow path and the build's. */
export function compileSources(sources: ReadonlyArray<{name: string; text: string}>): Pattern[] {
  // yaml (and ajv, in `compilePatterns`) load only here: a run with fresh compiled data never needs them.
  const {parse} = createRequire(import.meta.url)('yaml') as typeof import('yaml')
  const seen = new Set<string>()
  const patterns: Pattern[] = []
  for (const {name, text} of sources) {
    let data: unknown
    try {
      data = parse(text)
    } catch (error) {
      throw new PatternDataError(`Cannot read pattern data ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
    patterns.push(...compilePatterns(data, name, seen))
  }
  return patterns
}

/** The compiled data of a folder when it was made from exactly these sources, else `undefined`. */
function readCompiled(directory: URL, sources: ReadonlyArray<{name: string; text: string}>): Pattern[] | undefined {
  const file = new URL(compiledFileName, directory)
  if (!existsSync(file)) return undefined
  const compiled = JSON.parse(readFileSync(file, 'utf8') as string) as CompiledPatterns
  // (`hashPatternSources` in cold JavaScript took 5 ms of every start; the browser page has no crypto of Node's.)
  const sha256 = sha256OfSources(sources)
  if (sha256 !== undefined ? compiled.sha256 !== sha256 : compiled.source !== hashPatternSources(sources)) return undefined
  const patterns: Pattern[] = []
  for (const {name} of sources) {
    for (const {requires, requiresAlso, literals, starts, ...entry} of compiled.files[name] ?? []) patterns.push(withLazyRegex({...entry, regex: undefined, requires, requiresAlso, literals, starts, file: name}))
  }
  return patterns
}

/**
 * A checked pattern whose regex is made the first time it is read: a run tests a few of the
 * patterns (the prefilters skip the rest), and making all of them took about 2 ms of every start.
 */
function withLazyRegex(entry: Omit<Pattern, 'regex'> & {regex: undefined}): Pattern {
  let regex: RegExp | undefined
  // (Redefined where it stands: the keys keep the order of a pattern made from the YAML.)
  return Object.defineProperty(entry, 'regex', {enumerable: true, configurable: true, get: () => (regex ??= new RegExp(entry.pattern, 'u'))}) as unknown as Pattern
}

const cache = new Map<string, Pattern[]>()

/**
 * Load the pattern data of a folder, once per process and folder: the rule
 * calls this when it is attached, never per file. The checked data compiled at
 * build time is used when it matches the YAML (the usual case: no YAML parsing
 * or schema compiling at start-up); otherwise the YAML is parsed and checked here.
 */
export function loadPatterns(directory: URL = defaultDataDirectory): Pattern[] {
  const key = directory.href
  const cached = cache.get(key)
  if (cached) return cached
  const sources = readPatternSources(directory)
  const patterns = readCompiled(directory, sources) ?? compileSources(sources)
  if (patterns.length === 0) throw new PatternDataError(`No pattern data in ${fileURLToPath(directory)}`)
  cache.set(key, patterns)
  return patterns
}
